"""Extraction: one document's text in, its interception and impact claims out, each with evidence.

The stages, in order: language → sentences and what they mention (counts, weapons, places, times,
hedges) → interception drafts (in prose, then in tables) → impact drafts → sourcing → claims in order of
appearance.
"""

from __future__ import annotations

from typing import Final

from dronewatch.extract.context import Context, Sentence, analyse
from dronewatch.extract.draft import InterceptionDraft
from dronewatch.extract.impacts import ImpactDraft, find_impacts
from dronewatch.extract.interceptions import find_interceptions
from dronewatch.extract.language import detect_language
from dronewatch.extract.sourcing import sourcing_for
from dronewatch.extract.tables import find_table_claims
from dronewatch.lang import LANGUAGES, lexicon
from dronewatch.model import Claim, Document, ImpactClaim, InterceptionClaim

__all__ = ["detect_language", "extract_claims", "language_of"]

Draft = InterceptionDraft | ImpactDraft
# An unclaimed sentence this close after a claim's sentences is about that claim.
ADJACENT: Final = 1


def language_of(document: Document) -> str:
    """The document's language: as given when it is one this project reads, else detected."""
    if document.lang in LANGUAGES:
        return document.lang
    return detect_language(document.text)


def _owners(drafts: list[Draft], ctx: Context) -> dict[int, list[Sentence]]:
    """The sentences whose sourcing each draft takes: its own, and unclaimed sentences with hedges.

    An unclaimed sentence right after a claim qualifies it ("This figure, obtained through exclusive
    channels"); a sentence saying claims cannot be verified ("Би-би-си не может их независимо
    подтвердить") qualifies the claim before it however far it stands, as such notes close an article.
    """
    taken = {i for d in drafts for i in d.sentences}
    result: dict[int, list[Sentence]] = {
        id(d): [ctx.sentences[i] for i in sorted(d.sentences)] for d in drafts
    }
    for sentence in ctx.sentences:
        if sentence.index in taken or not sentence.hedges:
            continue
        before = [d for d in drafts if min(d.sentences) <= sentence.index]
        if not before:
            continue
        owner = max(before, key=lambda d: max(i for i in d.sentences if i <= sentence.index))
        distance = sentence.index - max(i for i in owner.sentences if i <= sentence.index)
        if distance <= ADJACENT or any(h.kind == "unverified" for h in sentence.hedges):
            result[id(owner)].append(sentence)
    return result


def _claim(ctx: Context, draft: Draft, sentences: list[Sentence]) -> Claim:
    claimant, sourcing = sourcing_for(ctx, sentences)
    text = ctx.text[draft.start : draft.end]
    span = (draft.start, draft.end)
    if isinstance(draft, InterceptionDraft):
        return InterceptionClaim(
            claimant=claimant,
            weapon=draft.weapon,
            weapon_model=draft.weapon_model,
            launched=draft.launched,
            destroyed=draft.destroyed,
            suppressed=draft.suppressed,
            window=draft.window,
            breakdown=tuple(draft.breakdown),
            breakdown_scope=draft.scope,
            sourcing=sourcing,
            text=text,
            span=span,
        )
    return ImpactClaim(
        places=tuple(draft.places),
        weapon=draft.weapon,
        sites=draft.sites,
        time=draft.time,
        consequences=tuple(draft.consequences),
        killed=draft.killed,
        injured=draft.injured,
        sourcing=sourcing,
        text=text,
        span=span,
        claimant=claimant,
    )


def extract_claims(text: str, lang: str, document: Document) -> list[Claim]:
    """The claims of one document, in order of appearance.

    Args:
        text: the document text that spans index into.
        lang: ``en``, ``ru`` or ``uk``.
        document: the document, for its publication time.

    Returns:
        Interception and impact claims sorted by where their evidence starts.
    """
    lex = lexicon(lang)
    zone = lex.table("time").get("default_zone")
    ctx = analyse(text, lex, document.published_at, str(zone) if zone else None)
    interceptions = find_interceptions(ctx)
    taken = {i for draft in interceptions for i in draft.sentences}
    drafts: list[Draft] = [*interceptions, *find_table_claims(ctx, taken), *find_impacts(ctx)]
    owners = _owners(drafts, ctx)
    drafts.sort(key=lambda d: (d.start, d.end))
    return [_claim(ctx, d, owners[id(d)]) for d in drafts]
