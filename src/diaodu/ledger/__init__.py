"""② The ledger: the system of record, one relational schema on SQLite or PostgreSQL."""
