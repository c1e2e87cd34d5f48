"""The per-language wording files are well formed, complete and consistent with each other."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dronewatch.lang import (
    LANGUAGES,
    Lexicon,
    LexiconError,
    alternation,
    lexicon,
    opening_words,
)
from dronewatch.model import CONSEQUENCE_KINDS, WEAPONS

# The real documents of the labelled set the project may redistribute.
REAL_DOCUMENTS = Path(__file__).parent / "data" / "eval" / "gold-redistributable.jsonl"

# The lists every language must have: the extractor asks for each of them (and fails without it).
REQUIRED: dict[str, tuple[str, ...]] = {
    "numbers": ("at_least", "at_most", "approx", "not_counts_after"),
    "interception": (
        "destroyed",
        "launched",
        "suppressed",
        "partial",
        "running_total",
        "direction",
        "over",
        "out_of",
        "all",
        "anaphora",
        "tally",
        "more",
        "hits",
        "attempt",
    ),
    "places": ("unit_nouns", "plural_unit_nouns", "region_nouns", "origin", "anaphora", "not_before"),
    "impact": (
        "words",
        "context",
        "sites",
        "sites_after_fall",
        "fall_onto",
        "destination",
        "negators",
        "no_damage",
    ),
    "consequences": (*[k for k in CONSEQUENCE_KINDS if k != "other"], "damage_words"),
    "casualties": (
        "killed",
        "injured",
        "people",
        "one_person",
        "one_killed",
        "one_injured",
        "no_killed",
        "no_injured",
        "no_casualties",
        "unknown",
        "daily",
    ),
    "sourcing": ("official_bodies", "titles", "media", "eyewitness", "say_verbs"),
    "hedges": ("unverified", "anonymous", "soft"),
    "time": ("approx", "overnight", "from", "to", "filler", "status"),
}
CYRILLIC = re.compile(r"[а-яёіїєґ]", re.IGNORECASE)
LATIN = re.compile(r"[a-z]", re.IGNORECASE)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("section", "key"), [(s, k) for s, keys in REQUIRED.items() for k in keys])
def test_every_list_is_there_and_compiles(lang: str, section: str, key: str) -> None:
    lex = lexicon(lang)
    words = lex.words(section, key)
    assert words, f"{lang}.toml [{section}] {key} is empty"
    assert lex.pattern(section, key).pattern


@pytest.mark.parametrize("lang", LANGUAGES)
def test_weapon_terms_map_to_the_spec_classes(lang: str) -> None:
    for noun, value in lexicon(lang).table("weapons").items():
        weapon, _, _model = str(value).partition(":")
        assert weapon in WEAPONS, f"{lang}.toml weapon {noun!r} -> {value!r}"


@pytest.mark.parametrize("lang", ["ru", "uk"])
def test_no_word_mixes_latin_and_cyrillic_letters(lang: str) -> None:
    """A Latin "e" or "o" typed inside a Cyrillic word would never match real text."""
    lex = lexicon(lang)
    for section, table in lex.data.items():
        for key, value in table.items():
            entries = (
                value if isinstance(value, list) else list(value) if isinstance(value, dict) else [value]
            )
            for entry in entries:
                if key.endswith("_patterns") or not isinstance(entry, str):
                    continue
                for word in re.findall(r"[\w'’ʼ]+", entry):  # "telegram-канали": each part alone
                    assert not (CYRILLIC.search(word) and LATIN.search(word)), (
                        f"{lang} [{section}] {key}: {word!r}"
                    )


@pytest.mark.parametrize("lang", LANGUAGES)
def test_number_words_have_whole_values(lang: str) -> None:
    numbers = lexicon(lang).table("numbers")
    for key in ("units", "tens", "hundreds", "scales", "fixed"):
        for word, value in numbers.get(key, {}).items():
            assert isinstance(value, int), f"{lang} {key} {word!r}"
            assert value >= 0, f"{lang} {key} {word!r}"


@pytest.mark.parametrize(
    ("lang", "word", "value"),
    [
        ("en", "nine", 9),
        ("en", "a dozen", 12),
        ("ru", "двух", 2),
        ("ru", "полдюжины", 6),
        ("ru", "восьмью", 8),
        ("ru", "девятнадцати", 19),
        ("uk", "дев'ять", 9),
        ("uk", "двадцяти", 20),
        ("uk", "чотирьох", 4),
        ("uk", "восьмеро", 8),
        ("uk", "одинадцятьох", 11),
        ("uk", "дев'ятнадцятеро", 19),
        ("uk", "шістнадцятеро", 16),
        ("uk", "тридцятеро", 30),
        ("uk", "двадцятьох", 20),
        ("ru", "девятеро", 9),
        ("uk", "півсотнею", 50),
        ("uk", "півтора десятком", 15),
        ("uk", "півтора сотнями", 150),
        ("ru", "полусотней", 50),
        ("ru", "полутора десятками", 15),
    ],
)
def test_number_words_in_every_case(lang: str, word: str, value: int) -> None:
    numbers = lexicon(lang).table("numbers")
    table = {k: v for key in ("units", "tens", "hundreds", "fixed") for k, v in numbers.get(key, {}).items()}
    assert table[word] == value


def test_an_unknown_language_is_refused_with_the_choices() -> None:
    with pytest.raises(LexiconError, match="choose one of en, ru, uk"):
        lexicon("de")


@pytest.mark.parametrize("bad", [[], [""], ["   "], ["ok", ""]])
def test_an_empty_alternative_is_refused(bad: list[str]) -> None:
    with pytest.raises(LexiconError):
        alternation(bad)


@pytest.mark.parametrize(
    ("phrases", "text", "expected"),
    [
        (["shot down", "shot"], "it was shot down today", ["shot down"]),
        (["shot down", "shot"], "a shot rang out", ["shot"]),
        (["over"], "Moreover, drones flew over", ["over"]),
        (["поврежд*"], "были повреждены дома", ["повреждены"]),
        (["дев'ять"], "дев’ять і девʼять", ["дев’ять", "девʼять"]),
        (["трех"], "трёх дронов", ["трёх"]),
        (["kh-101"], "a Kh-101 missile", ["Kh-101"]),
        (["101"], "a Kh-101 missile", []),
    ],
)
def test_alternation_matches_whole_words_with_variants(
    phrases: list[str], text: str, expected: list[str]
) -> None:
    assert re.findall(alternation(phrases), text, re.IGNORECASE) == expected


@pytest.mark.parametrize(
    ("lang", "text", "values"),
    [
        ("ru", "перехватили несколько десятков БПЛА", []),
        ("ru", "около двух десятков дронов", [20]),
        ("uk", "близько двох десятків", [20]),
        ("en", "hundreds of drones", []),
        ("en", "two hundred drones", [200]),
        ("en", "twenty-three drones", [23]),
        ("ru", "двадцати трёх беспилотников", [23]),
        ("uk", "дев’ятнадцять", [19]),
        ("ru", "сотни беспилотников", []),
        ("ru", "две сотни беспилотников", [200]),
        ("ru", "около сотни беспилотников", [100]),
        ("ru", "более тысячи дронов", [1000]),
        ("uk", "дві сотні дронів", [200]),
        ("uk", "близько сотні дронів", [100]),
        ("uk", "двома сотнями дронів", [200]),
        ("uk", "обидві ракети", [2]),
        ("ru", "оба беспилотника", [2]),
        ("uk", "одинадцятеро людей", [11]),
        ("ru", "более полусотни дронов", [50]),
        # a word adds only to a round number before it
        ("en", "18, nine and five respectively", [18, 9, 5]),
        ("en", "a hundred and five drones", [105]),
        ("en", "one hundred twenty-five drones", [125]),
        ("uk", "двадцятьма сімома дронами", [27]),
        ("ru", "две тысячи триста сорок пять", [2345]),
        # digits a scale word multiplies, a fraction before one
        ("uk", "Росія випустила 40 тисяч дронів", [40000]),
        ("ru", "выпустила 1,2 тыс. дронов", [1200]),
        ("uk", "збито 1,5 тис. дронів", [1500]),
        ("en", "over 2 thousand drones", [2000]),
        ("ru", "сбито 6 000 БПЛА", [6000]),
        ("en", "launched 6,000 drones", [6000]),
    ],
)
def test_number_words_make_counts(lang: str, text: str, values: list[int]) -> None:
    from dronewatch.extract.numbers import find_counts

    assert [c.value for c in find_counts(text, lexicon(lang)) if not c.article] == values


_NUMBER_PIECES = [
    *["12", "1 000", "7,5", "22.05", "00:45", "1/2", "Х-101", "Ту22", "x5", "ab3", "-3", "дв", "двух"],
    *["двадцати", "трёх", "около", "до", "five", "twenty-three", "more than"],
    *["два-три", " ", " ", ", ", "-", "\n", "(", "):"],
]


@given(lang=st.sampled_from(LANGUAGES), pieces=st.lists(st.sampled_from(_NUMBER_PIECES), max_size=30))
def test_counts_start_only_at_a_word_or_a_digit(lang: str, pieces: list[str]) -> None:
    """The count pattern's quick start (a word boundary or a digit) finds what it finds without one."""
    from dronewatch.extract.numbers import _START, _grammar

    pattern = _grammar(lexicon(lang)).pattern
    assert pattern.pattern.startswith(_START)
    plain = re.compile(pattern.pattern[len(_START) :], re.IGNORECASE)
    text = "".join(pieces)
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


_WORD_PIECES = ["'", "’", "_", "a", "х", "ab3", "a_12", "дев'ять", "дев’ять", "'five", "pre", "ё"]


@given(
    lang=st.sampled_from(LANGUAGES),
    pieces=st.lists(st.sampled_from(_NUMBER_PIECES + _WORD_PIECES), max_size=30),
)
def test_counts_tried_only_where_a_word_can_start_one_are_those_a_scan_finds(
    lang: str, pieces: list[str]
) -> None:
    """The count pattern tried only at words a count can start with, at digits and after apostrophes
    finds what a scan of the whole text finds."""
    from dronewatch.extract.context import Context
    from dronewatch.extract.numbers import find_counts

    lex = lexicon(lang)
    text = "".join(pieces)
    starts = Context(text, lex, None, ()).count_starts()
    assert find_counts(text, lex, starts=starts) == find_counts(text, lex)


@pytest.mark.parametrize(
    ("lang", "key", "word"),
    [
        *[("ru", "destroyed", w) for w in ["сбила", "уничтожила", "нейтрализовали", "подбили", "отразили"]],
        *[("uk", "destroyed", w) for w in ["збила", "знешкодила", "ліквідували", "відмінусували"]],
        ("uk", "destroyed", "приземлили"),
        *[("en", "destroyed", w) for w in ["shot down", "downed", "took out", "neutralised"]],
        *[("ru", "launched", w) for w in ["запустила", "выпустила", "направила"]],
        *[("uk", "launched", w) for w in ["запустив", "запустила", "випустила", "спрямувала"]],
        *[("en", "launched", w) for w in ["launched", "fired", "attacked Ukraine with"]],
        ("en", "launched", "launched an attack, using"),
    ],
)
def test_the_verbs_of_reports_in_every_person_and_gender(lang: str, key: str, word: str) -> None:
    assert lexicon(lang).pattern("interception", key).fullmatch(word), (lang, key, word)


_LISTS = [
    ("interception", "running_total"),
    ("interception", "destroyed"),
    ("impact", "words"),
    ("casualties", "no_killed"),
    ("casualties", "injured"),
    ("hedges", "soft"),
    ("hedges", "unverified"),
    ("hedges", "anonymous"),
    ("places", "origin"),
    ("casualties", "one_person"),
    ("impact", "no_damage"),
    ("casualties", "no_injured"),
    ("interception", "launched"),
    ("interception", "suppressed"),
    ("interception", "tally"),
]
_FILLERS = [" ", "  ", "\n", "-", "'", "’", ",", ".", "X", "й", "5", "(", "Ё"]
# Wording the lists' regular expressions match, whose first words need not be phrases of the lists.
_MATCHED = [
    *["since the beginning of", "could not  independently verify", "has not yet been confirmed", "disputed"],
    *["всего с начала", "с начала", "всего с", "жертв среди мирных жителей нет", "не может подтвердить"],
    *["от начала", "з початку", "жертв серед цивільних немає", "не можемо перевірити", "спростували"],
    *["attacked the city with", "launched an attack using", "lost, presumably to jamming"],
    *["bringing the total to", "an 80-year-old man"],
    *["the attack included", "drones attacked", "this week", "earlier this week", "загалом з 17 лютого"],
    *["разрушений на месте нет", "пострадавших среди жителей не было", "повреждений не зафиксировано"],
]


@st.composite
def _texts_of(draw: st.DrawFn, lists: list[tuple[str, str]], matched: list[str]) -> tuple[str, str]:
    """A language and a text pieced together from the phrases of ``lists`` (whole, in capitals, cut
    in half), fillers and ``matched`` wording."""
    lang = draw(st.sampled_from(LANGUAGES))
    lex = lexicon(lang)
    phrases = sorted({p.replace("*", "ах") for s, k in lists for p in lex.phrases(s, k)})
    pieces = [
        st.sampled_from(phrases),
        st.sampled_from(phrases).map(str.upper),
        st.sampled_from(phrases).map(lambda p: p[: len(p) // 2]),
        st.sampled_from(_FILLERS),
    ]
    if matched:
        pieces.append(st.sampled_from(matched))
    return lang, "".join(draw(st.lists(st.one_of(pieces), max_size=25)))


@settings(deadline=None)  # the first example loads the gazetteer
@given(_texts_of(_LISTS, _MATCHED))
def test_word_lists_are_found_where_a_scan_of_the_text_finds_them(case: tuple[str, str]) -> None:
    """A list is tried only where a word of the text can start one of its phrases or where one of its
    regular expressions matches; it finds what a scan of the whole text finds."""
    from dronewatch.extract.context import analyse

    lang, text = case
    lex = lexicon(lang)
    ctx = analyse(text, lex, None, None)
    for section, key in _LISTS:
        scanned = [m.span() for m in lex.folded_pattern(section, key).finditer(text.lower())]
        assert [(m.start, m.end) for m in ctx.find(section, key, 0, len(text))] == scanned, (section, key)


@pytest.mark.parametrize(
    ("expression", "beginnings"),
    [
        (r"(?:struck|hit)\s+", {"struck", "hit"}),
        (r"жертв(?:и|ы)?", {"жертв"}),
        # a lookbehind or a lookahead before the first letter matches no letter
        (r"(?<!earlier\s)(?<!later\s)\bthis\s+week\b", {"this"}),
        (r"(?:(?<=\battack\s)|(?<=\bstrike\s))(?:included|includes)\b", {"included", "includes"}),
        # an optional opening: its words or the words after it
        (r"(?:всего\s+)?с\s+начала", {"всего", "с"}),
        (r"(?:загалом\s+)?(?:з|із)\s+\d", {"загалом", "з", "із"}),
        # what may start with no letter cannot tell
        (r"[\"“]lost", None),
        (r"\d{4}\s+года", None),
        (r"(?:всего)?\s+с", None),
        (r"(?:a)?", None),
    ],
)
def test_the_words_a_regular_expression_begins_with(expression: str, beginnings: set[str] | None) -> None:
    found = opening_words(expression)
    assert (None if found is None else set(found[0]) | set(found[1])) == beginnings


@pytest.mark.parametrize(
    ("expression", "stems", "words"),
    [
        (r"жертв(?:и|ы)?", {"жертв"}, {}),
        (r"(?:всего\s+)?с\s+начала", set(), {"всего": None, "с": {"на"}}),
        (r"(?:с|со)\s+\d{1,2}\s+(?:января|февраля)", set(), {"с": None, "со": None}),
        (r"\bв\s+(?:январе|феврале|марте)\b", set(), {"в": {"ян", "фе", "ма"}}),
        (r"за\s+(?:эту|прошедшую)\s+неделю", set(), {"за": {"эт", "пр"}}),
        (r"(?:struck|hit)\s+", set(), {"struck": None, "hit": None}),
        (r"(?:a|an)\s+(?:bc|abc)", set(), {"a": {"bc", "ab"}, "an": {"bc", "ab"}}),
        (r"a\s+b", set(), {"a": None}),  # "b" may begin any word
        (r"г\.\s*о\.", set(), {"г": None}),
        (r"\d{4}\s+года", None, None),
    ],
)
def test_the_whole_words_a_regular_expression_opens_with(
    expression: str, stems: set[str] | None, words: dict[str, set[str] | None] | None
) -> None:
    """A word the literal text of an expression goes on past is whole, and the word after it begins
    so: "с" of "с\\s+начала" starts a match only before a word in "на"."""
    found = opening_words(expression)
    if stems is None:
        assert found is None
        return
    assert found is not None
    assert set(found[0]) == stems
    assert {w: None if a is None else set(a) for w, a in found[1].items()} == words


_CLOCK_PIECES = [
    *["20:00", "8.30", "07.00", "1100", "8", "23", "12:45:10", "2024", "1.5", ":", ".", "-", "—"],
    *["с ", "до ", " мск", " мск ", "в полночь", "полдень", "опівночі", "noon", "midnight", " p.m.", "a.m."],
    *[" GMT", " Moscow time", "22 мая", "23 травня", "Nov. 25", " вечера", " ночи", " ранку", "девяти"],
    *["з дев'ятої вечора", "до третьої ночі", "between ", " and ", " on Saturday", "вчера", "(", ")"],
]


@settings(deadline=None)
@given(
    st.sampled_from(LANGUAGES), st.lists(st.sampled_from(_CLOCK_PIECES + _FILLERS), max_size=25).map("".join)
)
def test_clock_times_are_found_where_a_scan_of_the_text_finds_them(lang: str, text: str) -> None:
    """Clock times tried only where one can start (a number, a named hour) are those a scan finds."""
    from datetime import UTC, datetime

    from dronewatch.extract.context import analyse
    from dronewatch.extract.times import find_times

    lex = lexicon(lang)
    published = datetime(2025, 5, 23, 6, 0, tzinfo=UTC)
    ctx = analyse(text, lex, published, "Europe/Moscow")
    for sentence in ctx.sentences:
        scanned = find_times(
            text, lex, published, default_zone="Europe/Moscow", start=sentence.start, end=sentence.end
        )
        assert list(sentence.times) == scanned


_TABLES = [("weapons", ""), ("time", "zones")]


@settings(deadline=None)
@given(_texts_of(_TABLES, []))
def test_tables_are_found_where_a_scan_of_the_text_finds_them(case: tuple[str, str]) -> None:
    """A table's pattern (weapon nouns, time zones) tried only where a word can start one of its keys
    finds what a scan of the whole text finds."""
    from dronewatch.extract.context import Context

    lang, text = case
    lex = lexicon(lang)
    ctx = Context(text, lex, None, ())
    for section, key in _TABLES:
        pattern = lex.table_pattern(section, key or None)
        scanned = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in ctx.scan(pattern, section, key)] == scanned, (section, key)


# The word lists the extractor asks of a text by name: ctx.find("section", "key", …), ctx.has(…).
_ASKED = re.compile(r"\.(?:find|has)\(\s*\"([a-z_]+)\",\s*\"([a-z_]+)\"")


def test_every_word_list_the_extractor_asks_for_is_in_some_language() -> None:
    # a list a language lacks matches nothing there; one no language has is a misspelt name
    from pathlib import Path

    import dronewatch.extract

    asked = {
        pair
        for path in Path(dronewatch.extract.__file__).parent.glob("*.py")
        for pair in _ASKED.findall(path.read_text(encoding="utf-8"))
    }
    assert len(asked) > 50
    data = [lexicon(lang).data for lang in LANGUAGES]
    missing = sorted(
        (section, key)
        for section, key in asked
        if not any(d.get(section, {}).get(key) or d.get(section, {}).get(f"{key}_patterns") for d in data)
    )
    assert missing == []


@pytest.mark.parametrize(
    ("phrases", "follow"),
    [
        (["с начала", "с начала года", "со стороны"], {"с": {"на"}, "со": {"ст"}}),
        (["kh-101", "kh-55 missiles"], {"kh": {"10", "55"}}),
        (["по данным*", "по д*"], {}),  # a stem of one letter after "по": any word may follow
        (["в бою", "в"], {}),  # "в" is a phrase of its own
        (["с начала", "с*"], {}),  # "с*" starts with any word beginning "с"
        (
            ["since the start", "this year", "дев'ять годин"],
            {"since": {"th"}, "this": {"ye"}, "дев'ять": {"го"}},
        ),
        (["за сутки", "за  Сутки"], {"за": {"су"}}),
    ],
)
def test_the_word_after_a_first_word_that_a_phrase_needs(
    phrases: list[str], follow: dict[str, set[str]]
) -> None:
    lex = Lexicon(lang="ru", data={"section": {"key": phrases}})
    assert lex.next_words("section", "key") == follow


def test_a_list_with_an_expression_that_starts_with_no_letter_lets_any_word_follow() -> None:
    lex = Lexicon(lang="ru", data={"section": {"key": ["с начала"], "key_patterns": [r"\d+ дней"]}})
    assert lex.next_words("section", "key") == {}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_word_list_is_found_in_real_reports_where_a_scan_finds_it(lang: str) -> None:
    """Every word list of a language, tried only where a word of a real report can start one of its
    phrases (and, where a phrase needs a second word, only before one it can have), finds what a
    scan of the whole report finds: the reports of every language, as the words of one turn up in
    another's."""
    from dronewatch.extract.context import analyse

    lex = lexicon(lang)
    texts = [json.loads(line)["text"] for line in REAL_DOCUMENTS.read_text(encoding="utf-8").splitlines()]
    lists = [(section, key) for section, key in lex.start_index().numbers if key]
    assert sum(1 for section, key in lists if lex.list_info(section, key).follow) >= 50
    for text in texts:
        ctx = analyse(text, lex, None, None)
        for section, key in lists:
            if not isinstance(lex.data[section][key], list):
                continue
            scanned = [m.span() for m in lex.folded_pattern(section, key).finditer(text.lower())]
            found = [(m.start, m.end) for m in ctx.find(section, key, 0, len(text))]
            assert found == scanned, (section, key, text[:80])


_CLAUSE_PIECES = ["а", "но", "тогда как", "але", "тоді як", "while", "whereas", "but", "and that", "А", "BUT"]
_CLAUSE_PIECES += [" ", "  ", "\n", ", ", ",", "; ", ":", ".", " слово", " word", "-", "'", "5"]


def _same_clauses(lang: str, text: str) -> None:
    from dronewatch.extract.context import _clause_breaks, analyse
    from dronewatch.extract.segment import clauses

    lex = lexicon(lang)
    for sentence in analyse(text, lex, None, None).sentences:
        assert list(sentence.clauses) == clauses(text, sentence.segment, _clause_breaks(lex)), sentence


@settings(deadline=None)
@given(st.sampled_from(LANGUAGES), st.lists(st.sampled_from(_CLAUSE_PIECES), max_size=30).map("".join))
def test_clauses_break_where_a_scan_of_the_sentence_breaks_them(lang: str, text: str) -> None:
    """The conjunctions that start a clause, tried only where the start index says one can start,
    break a sentence where a scan of it for them at every space does."""
    _same_clauses(lang, text)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_clauses_of_real_reports_break_where_a_scan_breaks_them(lang: str) -> None:
    for line in REAL_DOCUMENTS.read_text(encoding="utf-8").splitlines():
        _same_clauses(lang, json.loads(line)["text"])
