"""The pipeline for one document: document → claims → findings → extraction.

The same function serves ``dronewatch extract`` (JSON Lines out), ``dronewatch ingest`` (into the store)
and ``dronewatch check`` (an audit for a person).
"""

from __future__ import annotations

from typing import Final

from dronewatch.checks import check_claims
from dronewatch.extract import extract_claims, language_of
from dronewatch.gazetteer import gazetteer
from dronewatch.model import Document, Extraction

__all__ = ["process"]


def _candidates(name: str) -> list[str]:
    """The ids the gazetteer knows for a name it would not resolve in running text."""
    return [candidate.entry.id for candidate in gazetteer().resolve(name)][:MAX_CANDIDATES]


# How many places an ambiguous name's finding lists.
MAX_CANDIDATES: Final = 8


def process(document: Document) -> Extraction:
    """Extract the claims of one document and check them.

    Args:
        document: a document from intake.

    Returns:
        Its extract-v1 result: language, claims in order of appearance, findings.
    """
    lang = language_of(document)
    claims = extract_claims(document.text, lang, document)
    findings = check_claims(claims, _candidates)
    return Extraction(
        id=document.id,
        lang=lang,
        published_at=document.published_at,
        claims=tuple(claims),
        findings=tuple(findings),
        source=document.source,
        url=document.url,
        content_hash=document.content_hash,
    )
