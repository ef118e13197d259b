"""Storage: SQLAlchemy models, engine and session setup, unit of work, read-side queries."""
