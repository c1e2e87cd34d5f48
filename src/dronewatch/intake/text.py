"""Plain text and Markdown: the whole file is one document, its text exactly as decoded."""

from __future__ import annotations

from collections.abc import Iterator

from dronewatch.intake._common import BadInput, Rejected, decode_text, make_document
from dronewatch.model import Document


def read_text(data: bytes, origin: str) -> Iterator[Document | Rejected]:
    """Yield the file as one document, or one `Rejected` if it is not UTF-8 text."""
    try:
        # No stripping, no newline or Unicode normalisation: evidence spans index into this string.
        text = decode_text(data)
    except BadInput as err:
        yield Rejected(origin, err.reason)
        return
    yield make_document(text, origin=origin)
