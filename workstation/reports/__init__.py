"""Reports of the measures: the month and year PDF and the open-data export (ADR 0028).

An adapter layer next to store and documents: it reads records through the store, computes
with the domain's measures and writes files; nothing here defines a measure.
"""
