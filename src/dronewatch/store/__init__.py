"""The store: migrations and all SQL."""
