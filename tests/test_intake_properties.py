"""Properties: whatever bytes arrive, intake yields documents or rejections and never raises."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dronewatch.intake import Rejected, read
from dronewatch.intake.html import html_to_text
from dronewatch.model import Document

# No example database: the test run must not write into the repository.
FUZZ = settings(database=None, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Valid UTF-8 is where the interesting text cases are, so half the examples are encoded text.
ANY_BYTES = st.one_of(
    st.binary(max_size=2000),
    st.text(max_size=500).map(lambda text: text.encode("utf-8")),
    st.text(max_size=200).map(lambda text: b"\xef\xbb\xbf" + text.encode("utf-8")),
)


@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@FUZZ
@given(data=ANY_BYTES)
def test_any_bytes_as_a_text_file_round_trip_or_are_rejected(scratch: Path, data: bytes) -> None:
    path = scratch / "input.txt"
    path.write_bytes(data)
    (item,) = read([str(path)])
    if isinstance(item, Document):
        assert item.text.encode("utf-8") == data.removeprefix(b"\xef\xbb\xbf")
        assert item.origin == str(path)
    else:
        assert isinstance(item, Rejected)
        assert item.origin == str(path)
        assert item.reason


@FUZZ
@given(data=ANY_BYTES, extension=st.sampled_from(["jsonl", "json", "xml", "dat"]))
def test_any_bytes_in_any_structured_format_never_raise(scratch: Path, data: bytes, extension: str) -> None:
    path = scratch / f"input.{extension}"
    path.write_bytes(data)
    for item in read([str(path)]):
        assert isinstance(item, Document | Rejected)
        assert (item.origin or "").startswith(str(path))
        if isinstance(item, Document):
            item.text.encode("utf-8")  # storable: no lone surrogates slipped through


@settings(database=None, deadline=None, max_examples=40)
@given(data=ANY_BYTES)
def test_any_bytes_as_a_web_page_never_raise(scratch: Path, data: bytes) -> None:
    path = scratch / "input.html"
    path.write_bytes(data)
    for item in read([str(path)]):
        assert isinstance(item, Document | Rejected)


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)
RECORDS = st.fixed_dictionaries(
    {},
    optional={
        "text": st.text(max_size=50) | JSON_VALUES,
        "id": st.text(max_size=10) | st.integers() | JSON_VALUES,
        "published_at": st.sampled_from(["2024-11-10", "2024-11-10T15:55:20+03:00", "2024-11-10T15:55", "x"])
        | JSON_VALUES,
        "lang": st.sampled_from(["en", "ru", "uk", "de", ""]) | JSON_VALUES,
        "url": st.text(max_size=10) | JSON_VALUES,
    },
)


@FUZZ
@given(records=st.lists(RECORDS | JSON_VALUES, min_size=1, max_size=8))
def test_json_lines_yield_one_item_per_line(scratch: Path, records: list[object]) -> None:
    path = scratch / "records.jsonl"
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    items = list(read([str(path)]))
    assert [item.origin for item in items] == [f"{path}:{line}" for line in range(1, len(records) + 1)]
    for item, record in zip(items, records, strict=True):
        if isinstance(item, Document):
            assert isinstance(record, dict)
            assert item.text == record["text"]
            assert item.id == (str(record["id"]) if record.get("id") is not None else item.content_hash[:16])
            assert item.published_at is None or item.published_at.utcoffset() is not None


@FUZZ
@given(
    markup=st.text(max_size=300)
    | st.lists(st.sampled_from(["<p>", "</p>", "<b>", "<br>", "x", " ", "&amp;", "<script>", "<!--"])).map(
        "".join
    )
)
def test_html_to_text_never_raises_and_leaves_no_tags(markup: str) -> None:
    text = html_to_text(markup)
    assert isinstance(text, str)
    if "&" not in markup:  # escaped markup is text; unescaped markup must be gone
        assert "<p>" not in text
        assert "<script>" not in text
