"""The workstation store: one SQLite file per workstation (outbox, today's lookup cache, the
embedded registry), with its own schema and migrations, apart from the site database."""
