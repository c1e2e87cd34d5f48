"""The seed article scores 1.0 on every field with the evaluation set's own scorer."""

from __future__ import annotations

from typing import Any

from evaluation import evaluation


def test_the_seed_scores_one_on_every_field() -> None:
    module = evaluation()
    gold = module.default_gold()
    scorer = module.load_scorer(gold)
    (seed,) = [r for r in scorer.read_jsonl(str(gold)) if r["id"] == "seed"]
    result: dict[str, Any] = scorer.score([seed], module.predict([seed]))
    for field in module.FIELDS:
        assert result[field]["f1"] == 1.0, (field, result[field])
    assert result["interception.weapon_accuracy"] == 1.0
    assert result["evidence.valid_spans"] == 1.0
    assert result["documents_missing_from_output"] == 0
    # the seed has real items in these fields, so 1.0 is not the score of an empty field
    assert result["interception.breakdown"]["tp"] == 3
    assert result["findings"]["tp"] == 3
    assert result["impact.sites"]["tp"] == 1


def test_every_document_is_extracted_with_valid_spans() -> None:
    module = evaluation()
    gold = module.default_gold()
    scorer = module.load_scorer(gold)
    rows = scorer.read_jsonl(str(gold))
    result = scorer.score(rows, module.predict(rows))
    assert result["documents_missing_from_output"] == 0
    assert result["evidence.valid_spans"] == 1.0


def test_every_output_line_of_the_labelled_set_validates_against_the_schema() -> None:
    from strategies import extract_validator

    module = evaluation()
    gold = module.default_gold()
    rows = module.load_scorer(gold).read_jsonl(str(gold))
    validator = extract_validator()
    for line in module.predict(rows):
        errors = [e.message for e in validator.iter_errors(line)]
        assert not errors, (line["id"], errors)
