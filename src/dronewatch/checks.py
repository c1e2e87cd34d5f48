"""Checks on a document's own claims: totals that do not add up, repeated places, weak sourcing."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from dronewatch.model import Claim, Finding, ImpactClaim, InterceptionClaim, Severity

__all__ = ["Candidates", "check_claims"]

# The ids a place name may stand for, best first.
Candidates = Callable[[str], list[str]]


def _sum_mismatch(index: int, claim: InterceptionClaim) -> Finding | None:
    if claim.destroyed is None or not claim.breakdown:
        return None
    total = claim.destroyed.value
    listed = sum(item.destroyed.value for item in claim.breakdown)
    if listed == total:
        return None
    remainder = total - listed
    if remainder > 0:
        message = f"the breakdown adds up to {listed}, {remainder} fewer than the stated {total}"
    else:
        message = f"the breakdown adds up to {listed}, {-remainder} more than the stated {total}"
    if claim.breakdown_scope == "partial":
        message += " (the breakdown says it is partial)"
    detail = {"total": total, "sum": listed, "remainder": remainder, "scope": claim.breakdown_scope}
    severity: Severity = "info" if claim.breakdown_scope == "partial" and remainder > 0 else "warning"
    return Finding("breakdown_sum_mismatch", index, severity, message, detail)


def _duplicate_places(index: int, claim: InterceptionClaim) -> Finding | None:
    # counted in a plain dictionary: a Counter is built by interpreted code, even in the compiled build
    keys: dict[str, int] = {}
    for item in claim.breakdown:
        if item.place.id is not None:
            keys[item.place.id] = keys.get(item.place.id, 0) + 1
    repeated = sorted(key for key, n in keys.items() if n > 1)
    if not repeated:
        return None
    names = ", ".join(repeated)
    return Finding(
        "breakdown_duplicate_place",
        index,
        "warning",
        f"the breakdown lists {names} more than once",
        {"places": repeated},
    )


def _sourcing(index: int, claim: Claim) -> list[Finding]:
    found = []
    unverified = [h for h in claim.sourcing.hedges if h.kind == "unverified"]
    if claim.sourcing.verification == "unverified" and unverified:
        found.append(
            Finding(
                "unverified_claim",
                index,
                "warning",
                f"the document says this claim is not verified: “{unverified[0].text}”",
                {"hedges": [h.text for h in unverified]},
            )
        )
    anonymous = [h for h in claim.sourcing.hedges if h.kind == "anonymous"]
    if anonymous or claim.sourcing.kind == "anonymous":
        quoted = f": “{anonymous[0].text}”" if anonymous else ""
        found.append(
            Finding(
                "anonymous_source",
                index,
                "warning",
                f"this claim rests on unnamed sources{quoted}",
                {"hedges": [h.text for h in anonymous]},
            )
        )
    return found


def _unresolved(index: int, claim: Claim, candidates: Candidates | None) -> list[Finding]:
    places = claim.places if isinstance(claim, ImpactClaim) else tuple(b.place for b in claim.breakdown)
    found = []
    for place in places:
        if place.id is not None:
            continue
        options = candidates(place.text) if candidates is not None else []
        if options:
            message = f"the place “{place.text}” is ambiguous: it may be {', '.join(options)}"
        else:
            message = f"the place “{place.text}” could not be resolved"
        detail = {"text": place.text, "span": list(place.span), "candidates": options}
        found.append(Finding("unresolved_place", index, "info", message, detail))
    return found


def check_claims(claims: Sequence[Claim], candidates: Candidates | None = None) -> list[Finding]:
    """The findings on one document's claims, in claim order.

    Args:
        claims: the claims of one document.
        candidates: the ids a name may stand for (the gazetteer's), to report an unresolved place as
            ambiguous with its candidates rather than unknown.
    """
    findings: list[Finding] = []
    for index, claim in enumerate(claims):
        if isinstance(claim, InterceptionClaim):
            for check in (_sum_mismatch, _duplicate_places):
                finding = check(index, claim)
                if finding is not None:
                    findings.append(finding)
        findings.extend(_sourcing(index, claim))
        findings.extend(_unresolved(index, claim, candidates))
    return findings
