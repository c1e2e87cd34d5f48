"""A readable audit of one document's extraction, for a person checking the numbers."""

from __future__ import annotations

import textwrap

from dronewatch.model import (
    Claim,
    Document,
    Extraction,
    ImpactClaim,
    InterceptionClaim,
    Place,
    Quantity,
    Sourcing,
    Time,
)

__all__ = ["render_audit"]

WIDTH = 100


def _quantity(q: Quantity | None) -> str:
    if q is None:
        return "not stated"
    words = {"exact": "", "at_least": "at least ", "at_most": "at most ", "approx": "about "}
    return f"{words[q.qualifier]}{q.value}  “{q.text}”"


def _place(p: Place) -> str:
    where = p.id or "unresolved"
    if p.admin1 and p.admin1 != p.id:
        where += f", in {p.admin1}"
    return f"{p.name} ({where}, {p.level})  “{p.text}”"


def _time(t: Time | None) -> str:
    if t is None:
        return "not stated"
    if t.start is not None and t.end is not None and t.start != t.end:
        when = f"{t.start.isoformat()} to {t.end.isoformat()}"
    elif t.start is not None:
        when = t.start.isoformat()
    else:
        when = (
            f"{t.clock or '?'} (UTC{t.utc_offset})" if t.utc_offset else f"{t.clock or '?'}, zone not stated"
        )
        when += ", date not stated"
    return f"{when}  “{t.text}”"


def _sourcing(s: Sourcing) -> list[str]:
    who = s.attributed_to or "no one named"
    lines = [f"sourcing: {who} ({s.kind.replace('_', ' ')}), verification {s.verification}"]
    for hedge in s.hedges:
        lines.append(f"  hedge ({hedge.kind}): “{hedge.text}”")
    return lines


def _interception(claim: InterceptionClaim) -> list[str]:
    weapon = claim.weapon + (f" ({claim.weapon_model})" if claim.weapon_model else "")
    lines = [
        f"weapon: {weapon}",
        f"destroyed: {_quantity(claim.destroyed)}",
    ]
    if claim.launched is not None:
        lines.append(f"launched: {_quantity(claim.launched)}")
    if claim.suppressed is not None:
        lines.append(f"suppressed: {_quantity(claim.suppressed)}")
    lines.append(f"window: {_time(claim.window)}")
    if claim.breakdown:
        lines.append(f"breakdown ({claim.breakdown_scope}):")
        for item in claim.breakdown:
            lines.append(f"  {item.destroyed.value:>5}  {_place(item.place)}")
        lines.append(f"  {sum(i.destroyed.value for i in claim.breakdown):>5}  in all")
    else:
        lines.append("breakdown: none given")
    return lines


def _impact(claim: ImpactClaim) -> list[str]:
    lines = ["places:"] + [f"  {_place(p)}" for p in claim.places] if claim.places else ["places: none named"]
    lines += [
        f"weapon: {claim.weapon}",
        f"sites: {_quantity(claim.sites)}",
        f"time: {_time(claim.time)}",
    ]
    if claim.consequences:
        lines.append("consequences:")
        lines += [f"  {c.kind.replace('_', ' ')}  “{c.text}”" for c in claim.consequences]
    else:
        lines.append("consequences: none stated")
    lines += [f"killed: {_quantity(claim.killed)}", f"injured: {_quantity(claim.injured)}"]
    return lines


def _claim(index: int, claim: Claim, findings: list[str]) -> list[str]:
    title = f"Claim {index + 1}: {claim.type}"
    if claim.claimant is not None:
        title += f", by {claim.claimant.name}"
    body = _interception(claim) if isinstance(claim, InterceptionClaim) else _impact(claim)
    body += _sourcing(claim.sourcing)
    quote = " ".join(claim.text.split())
    body.append("evidence:")
    body += textwrap.wrap(f"“{quote}”", WIDTH - 6, initial_indent="  ", subsequent_indent="   ")
    body.append(f"  (characters {claim.span[0]}–{claim.span[1]})")
    if findings:
        body.append("findings:")
        body += [f"  ! {f}" for f in findings]
    return [title, *("   " + line for line in body)]


def render_audit(document: Document, extraction: Extraction) -> str:
    """The audit of one document: each claim with values, places, time, sourcing, evidence, findings."""
    head = [
        f"Document {document.id}",
        f"   source: {document.source or 'unknown'}"
        + (f", {document.url}" if document.url else "")
        + (f" ({document.origin})" if document.origin else ""),
        f"   published: {extraction.published_at.isoformat() if extraction.published_at else 'not stated'}",
        f"   language: {extraction.lang}; "
        f"{len(extraction.claims)} claims, {len(extraction.findings)} findings",
        "",
    ]
    by_claim: dict[int | None, list[str]] = {}
    for finding in extraction.findings:
        by_claim.setdefault(finding.claim, []).append(f"{finding.kind}: {finding.message}")
    body: list[str] = []
    for index, claim in enumerate(extraction.claims):
        body += _claim(index, claim, by_claim.get(index, []))
        body.append("")
    if not extraction.claims:
        body.append("No interception or impact claims found.")
    if by_claim.get(None):
        body.append("Findings on the whole document:")
        body += [f"  ! {f}" for f in by_claim[None]]
    return "\n".join(head + body).rstrip() + "\n"
