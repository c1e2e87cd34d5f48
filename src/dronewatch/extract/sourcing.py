"""Who says a claim, and how it is sourced or hedged."""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from dronewatch.extract.context import Context, Sentence
from dronewatch.lang import Lexicon, alternation
from dronewatch.model import Claimant, Hedge, SourceKind, Sourcing, Verification

__all__ = ["claimant_in", "sourcing_for"]

# A personal name after a title: two or three capitalised words ("Sergei Sobyanin", "Вячеслав Гладков").
_NAME: Final = r"(?P<name>[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+(?:\s+[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+){1,2})"


@cache
def _patterns(lex: Lexicon) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    titles = alternation(lex.words("sourcing", "titles"))
    # "Moscow's mayor, Sergei Sobyanin", "Governor Vyacheslav Gladkov", "губернатор Глеб Никитин"
    # Only the title is matched case-insensitively: the name must be capitalised.
    # "губернатор Курской области Алексей Смирнов": the place of the office may stand before the name
    offices = lex.data.get("sourcing", {}).get("office_words")
    office = rf"(?:\s+[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]*\s+(?i:{alternation(offices)}))?" if offices else ""
    named = re.compile(rf"(?:(?:[A-ZА-ЯЁІЇЄҐ][\w-]*(?:['’]s)?\s+){{0,2}})(?i:{titles}){office},?\s+{_NAME}")
    body = alternation(lex.words("sourcing", "official_bodies"))
    bodies = re.compile(rf"(?:(?:the|russian|ukrainian|ukraine's|russia's)\s+)*{body}", re.IGNORECASE)
    media = lex.pattern("sourcing", "media")
    eyewitness = lex.pattern("sourcing", "eyewitness")
    return named, bodies, media, eyewitness


def _strip_article(text: str, start: int) -> tuple[str, int]:
    match = _ARTICLE.match(text)
    if match:
        return text[match.end() :], start + match.end()
    return text, start


def claimant_in(ctx: Context, sentence: Sentence) -> tuple[Claimant, SourceKind] | None:
    """The speaker a sentence names, with the kind of source they are."""
    named, bodies, _media, eyewitness = _patterns(ctx.lex)
    text, start, end = ctx.text, sentence.start, sentence.end
    # each pattern holds a word list, looked up first: most sentences name no speaker
    titled = ctx.has("sourcing", "titles", start, end)
    for match in named.finditer(text, start, end) if titled else ():
        name = match.group("name")
        if name.split()[0].lower() in {"of", "the"}:
            continue
        if not name[0].isupper():
            continue
        surface, begin = _strip_article(match.group(), match.start())
        return Claimant(name, surface, (begin, match.end())), "named_official"
    body = bodies.search(text, start, end) if ctx.has("sourcing", "official_bodies", start, end) else None
    if body:
        surface, begin = _strip_article(body.group(), body.start())
        return Claimant(surface, surface, (begin, body.end())), "official"
    witness = eyewitness.search(text, start, end) if ctx.has("sourcing", "eyewitness", start, end) else None
    if witness:
        return Claimant(witness.group(), witness.group(), (witness.start(), witness.end())), "eyewitness"
    return None


def sourcing_for(ctx: Context, sentences: list[Sentence]) -> tuple[Claimant | None, Sourcing]:
    """The claimant and sourcing of a claim from the sentences it owns (its own sentence first)."""
    claimant: Claimant | None = None
    kind: SourceKind = "unspecified"
    for sentence in sentences:
        if any(h.kind == "anonymous" for h in sentence.hedges):
            continue  # "through privileged access to channels of the HQ": the HQ is not the speaker
        found = claimant_in(ctx, sentence)
        if found is not None:
            claimant, kind = found
            break
    hedges: list[Hedge] = [h for s in sentences for h in s.hedges]
    verification: Verification = "unspecified"
    if any(h.kind == "unverified" for h in hedges):
        verification = "unverified"
    if any(h.kind == "anonymous" for h in hedges) and kind in ("unspecified", "eyewitness"):
        kind = "anonymous"
    attributed = claimant.name if claimant is not None else None
    return claimant, Sourcing(
        attributed_to=attributed, kind=kind, verification=verification, hedges=tuple(hedges)
    )


# "the" before a name.
_ARTICLE: Final = re.compile(r"(?:the|The)\s+")
