"""The store: documents, claims, evidence spans and findings, and all SQL of the project.

``base`` holds the backend-neutral interface (``Store``, ``ClaimQuery``, ``StoredClaim``,
``Summary``, ``StoreError``), ``rows`` how records become rows, ``migrations`` the numbered schema
migrations and ``sqlite`` the SQLite backend.
"""

from dronewatch.store.base import (
    ALL_CLAIMS,
    ClaimQuery,
    QueryError,
    Store,
    StoredClaim,
    StoreError,
    Summary,
)
from dronewatch.store.sqlite import SQLiteStore

__all__ = [
    "ALL_CLAIMS",
    "ClaimQuery",
    "QueryError",
    "SQLiteStore",
    "Store",
    "StoreError",
    "StoredClaim",
    "Summary",
]
