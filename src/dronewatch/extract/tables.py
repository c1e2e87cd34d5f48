"""Interception claims from plain-text tables: a header of column names, then a row per weapon.

Pages of the air force's results, once their HTML is text, often hold them as a table:

    Type of weapon                Launched   Shot down   Lost (EW)
    Shahed-type UAVs, decoys      131        94          29
    Kh-101 cruise missiles        6          6           -

Each row is a claim of its weapon: its cells, in the order of the header's columns, give what was
launched, downed and suppressed ("-": none given). The language's ``[interception.table_columns]`` maps
each column name to the role of its figures. The window is that of the nearest sentence before the
table that gives one ("from 18:00 on December 14").
"""

from __future__ import annotations

import re
from functools import cache
from typing import Final

from dronewatch.extract.context import Context, Sentence
from dronewatch.extract.draft import InterceptionDraft
from dronewatch.extract.events import window_of
from dronewatch.lang import Lexicon
from dronewatch.model import Quantity, Time

__all__ = ["find_table_claims"]

# The cells that end a row: runs of digits or a dash, each after a wide gap (two spaces or more, a tab
# or a column bar), so that "drones 131" in a sentence is no row.
_CELLS: Final = re.compile(r"(?:(?:[ \t]*\|[ \t]*|[ \t]{2,}|\t)(?:\d+|[-–—]))+[ \t|]*$")
_CELL: Final = re.compile(r"\d+|[-–—]")
_DIGIT: Final = re.compile(r"\d")
_ROLES: Final = ("launched", "destroyed", "suppressed")


def find_table_claims(ctx: Context, taken: set[int]) -> list[InterceptionDraft]:
    """The claims of every table of weapons in the document, in order; rows in sentences ``taken`` by
    claims found in the prose are left to those."""
    columns_of = _columns(ctx.lex)
    if not columns_of:
        return []
    # the column names of the whole text, found once where the start index allows; a header has two
    section, key = "interception", "table_columns"
    named = list(ctx.scan(ctx.lex.table_pattern(section, key), section, key))
    if len(named) < 2:
        return []
    drafts: list[InterceptionDraft] = []
    roles: list[str] = []
    window: Time | None = None
    for sentence in ctx.sentences:
        row = _row(ctx, sentence, roles, window) if roles else None
        if row is not None:
            if sentence.index not in taken:
                drafts.append(row)
            continue
        inside = [m for m in named if sentence.start <= m.start() and m.end() <= sentence.end]
        roles = _header(ctx.text[sentence.start : sentence.end], inside, columns_of)
        if roles:
            window = _window_before(ctx, sentence.index)
    return drafts


@cache
def _columns(lex: Lexicon) -> dict[str, str]:
    """The role of each column name of ``[interception.table_columns]``, by its folded name."""
    return {
        " ".join(k.lower().split()): str(v) for k, v in lex.table("interception", "table_columns").items()
    }


def _header(line: str, names: list[re.Match[str]], columns_of: dict[str, str]) -> list[str]:
    """The roles of the columns a line names (``names``, in order): two or more, each once, and no
    digit in the line."""
    if len(names) < 2 or _DIGIT.search(line):
        return []
    roles = [columns_of.get(" ".join(m.group().lower().split()), "") for m in names]
    if not all(r in _ROLES for r in roles) or len(set(roles)) != len(roles):
        return []
    return roles


def _row(ctx: Context, sentence: Sentence, roles: list[str], window: Time | None) -> InterceptionDraft | None:
    """The claim of a row: a weapon noun, then one cell per column."""
    cells = _CELLS.search(ctx.text, sentence.start, sentence.end)
    if cells is None:
        return None
    found = list(_CELL.finditer(ctx.text, cells.start(), cells.end()))
    weapons = [w for w in sentence.weapons if w.end <= cells.start()]
    if len(found) != len(roles) or not weapons:
        return None
    weapon = weapons[0]
    draft = InterceptionDraft(
        sentence=sentence.index,
        start=sentence.start,
        end=sentence.end,
        weapon=weapon.weapon,
        weapon_model=weapon.model,
        window=window,
        sentences={sentence.index},
    )
    for role, cell in zip(roles, found, strict=True):
        if cell.group().isdigit():
            setattr(draft, role, Quantity(int(cell.group()), "exact", cell.group(), cell.span()))
    return draft


def _window_before(ctx: Context, index: int) -> Time | None:
    """The window of the nearest sentence before sentence ``index`` that gives one."""
    for sentence in reversed(ctx.sentences[:index]):
        if any(t.window for t in sentence.times):
            return window_of(ctx, sentence)
    return None
