"""Loket workstation: reception, counter and phone work for a municipal KCC."""

__version__ = "0.1.0"
