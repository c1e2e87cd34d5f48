"""Responses kept until the store changes: repeated pages are answered without querying again.

The server only reads, and a page is a function of its address and the stored data, so a response
can be reused until another connection commits (an ingest): the key holds the store's
``data_version``, which changes on every such commit. Each thread keeps its own cache beside its own
connection (a data version is only comparable on one connection). Least recently used responses go
first when the cache is full.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

__all__ = ["CACHE_BYTES", "Cached", "ResponseCache"]

CACHE_BYTES = 64 * 1024 * 1024
"""64 MiB of responses: about 1,300 pages of 50 claims, or every overview a team looks at in a day."""


@dataclass(frozen=True)
class Cached:
    """A response body and its media type, made when the store had ``version``."""

    version: int
    body: bytes
    media_type: str


class ResponseCache:
    """Response bodies by request key, up to ``max_bytes`` in total; 0 keeps nothing."""

    def __init__(self, max_bytes: int = CACHE_BYTES) -> None:
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple[str, ...], Cached] = OrderedDict()
        self._bytes = 0
        self.hits = 0
        self.misses = 0

    def get(self, key: tuple[str, ...], version: int) -> Cached | None:
        """The response kept for ``key`` when it was made at this data ``version``, else None."""
        entry = self._entries.get(key)
        if entry is None or entry.version != version:
            self.misses += 1
            if entry is not None:
                self._drop(key)
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return entry

    def put(self, key: tuple[str, ...], entry: Cached) -> None:
        """Keep ``entry`` under ``key``, dropping the least recently used ones to make room."""
        size = len(entry.body)
        if size > self.max_bytes // 8:
            return  # one response may not take over the cache
        if key in self._entries:
            self._drop(key)
        self._entries[key] = entry
        self._bytes += size
        while self._bytes > self.max_bytes:
            self._drop(next(iter(self._entries)))

    def _drop(self, key: tuple[str, ...]) -> None:
        self._bytes -= len(self._entries.pop(key).body)

    def __len__(self) -> int:
        return len(self._entries)
