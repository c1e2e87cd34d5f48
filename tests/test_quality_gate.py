"""The quality gate: the labelled set is scored and no field may fall below its pinned floor.

Floors live in ``tests/data/eval/floors.json`` beside the SHA-256 of the labelled set they were measured
on: the full development set where it is available beside the repository (CI has it), else the
project's redistributable copy. ``make floors`` pins new floors and refuses to lower one unless told
``--allow-lower``.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from evaluation import evaluation


@pytest.fixture(scope="module")
def scored() -> tuple[Any, dict[str, dict[str, float]], dict[str, dict[str, float]]]:
    module = evaluation()
    gold = module.default_gold()
    floors = json.loads(module.FLOORS.read_text(encoding="utf-8"))
    pinned = floors.get(module.gold_hash(gold))
    assert pinned is not None, (
        f"no floors are pinned for {gold} (sha256 {module.gold_hash(gold)}); "
        "run `make floors` to measure and pin them"
    )
    return gold, pinned["floors"], module.measured(module.evaluate(gold))


def test_no_field_falls_below_its_floor(
    scored: tuple[Any, dict[str, dict[str, float]], dict[str, dict[str, float]]],
) -> None:
    gold, floors, measured = scored
    below = [
        f"{scope} {field}: {measured[scope].get(field)} < floor {floor}"
        for scope, row in floors.items()
        for field, floor in row.items()
        if measured.get(scope, {}).get(field, 0.0) < floor
    ]
    assert not below, f"scores on {gold.name} fell below their floors:\n" + "\n".join(below)


def test_every_span_is_valid_and_no_document_is_missing(
    scored: tuple[Any, dict[str, dict[str, float]], dict[str, dict[str, float]]],
) -> None:
    _, _, measured = scored
    assert measured["all"]["evidence.valid_spans"] == 1.0
