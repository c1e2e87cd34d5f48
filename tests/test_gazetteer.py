"""The gazetteer on real phrasings: every region in Russian and Ukrainian, lists, seas, cities in
oblique cases, the rule that Ukrainian territory never gets a Russian code, and words that must not
become places. Tables of (text, expected), grouped by where the wording comes from."""

from __future__ import annotations

import json
from itertools import pairwise
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronewatch.gazetteer import Gazetteer, coast_of, gazetteer
from dronewatch.gazetteer.rules import TOKEN, tokens, tokens_of_words
from dronewatch.lang import TOKEN as LIST_WORD
from dronewatch.lang import fold_word, word_starts

# The real documents of the labelled set the project may redistribute.
REAL_DOCUMENTS = Path(__file__).parent / "data" / "eval" / "gold-redistributable.jsonl"


@pytest.fixture(scope="module")
def g() -> Gazetteer:
    return gazetteer()


def found(g: Gazetteer, text: str) -> list[tuple[str | None, str]]:
    """(id, text) of every place found; checks the evidence on the way."""
    places = g.find(text)
    for place in places:
        assert text[place.span[0] : place.span[1]] == place.text
    assert all(a.span[1] <= b.span[0] for a, b in pairwise(places))
    return [(p.id, p.text) for p in places]


def ids(g: Gazetteer, text: str) -> list[str | None]:
    return [i for i, _ in found(g, text)]


# --- every region, named in Russian and Ukrainian in several cases ------------------------------

# Oblasts and krais: the stem of the adjective (Russian, Ukrainian). The phrases are built here with
# the plain endings, independently of the gazetteer's inflection code.
OBLASTS = {
    "RU-AMU": ("Амурск", "Амурськ"), "RU-ARK": ("Архангельск", "Архангельськ"),
    "RU-AST": ("Астраханск", "Астраханськ"), "RU-BEL": ("Белгородск", "Бєлгородськ"),
    "RU-BRY": ("Брянск", "Брянськ"), "RU-CHE": ("Челябинск", "Челябінськ"),
    "RU-IRK": ("Иркутск", "Іркутськ"), "RU-IVA": ("Ивановск", "Іванівськ"),
    "RU-KEM": ("Кемеровск", "Кемеровськ"), "RU-KGD": ("Калининградск", "Калінінградськ"),
    "RU-KGN": ("Курганск", "Курганськ"), "RU-KIR": ("Кировск", "Кіровськ"),
    "RU-KLU": ("Калужск", "Калузьк"), "RU-KOS": ("Костромск", "Костромськ"),
    "RU-KRS": ("Курск", "Курськ"), "RU-LEN": ("Ленинградск", "Ленінградськ"),
    "RU-LIP": ("Липецк", "Липецьк"), "RU-MAG": ("Магаданск", "Магаданськ"),
    "RU-MOS": ("Московск", "Московськ"), "RU-MUR": ("Мурманск", "Мурманськ"),
    "RU-NGR": ("Новгородск", "Новгородськ"), "RU-NIZ": ("Нижегородск", "Нижньогородськ"),
    "RU-NVS": ("Новосибирск", "Новосибірськ"), "RU-OMS": ("Омск", "Омськ"),
    "RU-ORE": ("Оренбургск", "Оренбурзьк"), "RU-ORL": ("Орловск", "Орловськ"),
    "RU-PNZ": ("Пензенск", "Пензенськ"), "RU-PSK": ("Псковск", "Псковськ"),
    "RU-ROS": ("Ростовск", "Ростовськ"), "RU-RYA": ("Рязанск", "Рязанськ"),
    "RU-SAK": ("Сахалинск", "Сахалінськ"), "RU-SAM": ("Самарск", "Самарськ"),
    "RU-SAR": ("Саратовск", "Саратовськ"), "RU-SMO": ("Смоленск", "Смоленськ"),
    "RU-SVE": ("Свердловск", "Свердловськ"), "RU-TAM": ("Тамбовск", "Тамбовськ"),
    "RU-TOM": ("Томск", "Томськ"), "RU-TUL": ("Тульск", "Тульськ"),
    "RU-TVE": ("Тверск", "Тверськ"), "RU-TYU": ("Тюменск", "Тюменськ"),
    "RU-ULY": ("Ульяновск", "Ульяновськ"), "RU-VGG": ("Волгоградск", "Волгоградськ"),
    "RU-VLA": ("Владимирск", "Владимирськ"), "RU-VLG": ("Вологодск", "Вологодськ"),
    "RU-VOR": ("Воронежск", "Воронезьк"), "RU-YAR": ("Ярославск", "Ярославськ"),
    "UA-05": ("Винницк", "Вінницьк"), "UA-07": ("Волынск", "Волинськ"),
    "UA-09": ("Луганск", "Луганськ"), "UA-12": ("Днепропетровск", "Дніпропетровськ"),
    "UA-14": ("Донецк", "Донецьк"), "UA-18": ("Житомирск", "Житомирськ"),
    "UA-21": ("Закарпатск", "Закарпатськ"), "UA-23": ("Запорожск", "Запорізьк"),
    "UA-26": ("Ивано-Франковск", "Івано-Франківськ"), "UA-32": ("Киевск", "Київськ"),
    "UA-35": ("Кировоградск", "Кіровоградськ"), "UA-46": ("Львовск", "Львівськ"),
    "UA-48": ("Николаевск", "Миколаївськ"), "UA-51": ("Одесск", "Одеськ"),
    "UA-53": ("Полтавск", "Полтавськ"), "UA-56": ("Ровенск", "Рівненськ"),
    "UA-59": ("Сумск", "Сумськ"), "UA-61": ("Тернопольск", "Тернопільськ"),
    "UA-63": ("Харьковск", "Харківськ"), "UA-65": ("Херсонск", "Херсонськ"),
    "UA-68": ("Хмельницк", "Хмельницьк"), "UA-71": ("Черкасск", "Черкаськ"),
    "UA-74": ("Черниговск", "Чернігівськ"), "UA-77": ("Черновицк", "Чернівецьк"),
}  # fmt: skip
KRAIS = {
    "RU-ALT": ("Алтайск", "Алтайськ"), "RU-KAM": ("Камчатск", "Камчатськ"),
    "RU-KDA": ("Краснодарск", "Краснодарськ"), "RU-KHA": ("Хабаровск", "Хабаровськ"),
    "RU-KYA": ("Красноярск", "Красноярськ"), "RU-PER": ("Пермск", "Пермськ"),
    "RU-PRI": ("Приморск", "Приморськ"), "RU-STA": ("Ставропольск", "Ставропольськ"),
    "RU-ZAB": ("Забайкальск", "Забайкальськ"),
}  # fmt: skip
# The other 31: republics, autonomous okrugs, the federal cities, Crimea.
OTHERS: dict[str, tuple[str, ...]] = {
    "RU-AD": ("в Республике Адыгея", "над Адыгеей", "у Республіці Адигея", "над Адигеєю"),
    "RU-AL": ("в Республике Алтай", "Горного Алтая", "у Республіці Алтай"),
    "RU-BA": ("в Башкирии", "над Башкортостаном", "Республики Башкортостан", "у Башкортостані"),
    "RU-BU": ("в Бурятии", "у Бурятії"),
    "RU-CE": ("в Чечне", "Чеченской Республики", "у Чечні", "Чеченської Республіки"),
    "RU-CU": ("в Чувашии", "Чувашской Республики", "у Чувашії"),
    "RU-DA": ("в Дагестане", "над Республикой Дагестан", "у Дагестані"),
    "RU-IN": ("в Ингушетии", "в Інгушетії"),
    "RU-KB": ("в Кабардино-Балкарии", "в КБР", "Кабардино-Балкарской Республики", "у Кабардино-Балкарії"),
    "RU-KC": ("в Карачаево-Черкесии", "в КЧР", "у Карачаєво-Черкесії"),
    "RU-KK": ("в Хакасии", "у Хакасії"),
    "RU-KL": ("над Калмыкией", "Республики Калмыкия", "над Калмикією"),
    "RU-KO": ("в Республике Коми", "у Республіці Комі"),
    "RU-KR": ("в Карелии", "у Карелії"),
    "RU-ME": ("в Марий Эл", "Республики Марий Эл", "у Марій Ел"),
    "RU-MO": ("в Мордовии", "у Мордовії"),
    "RU-SA": ("в Якутии", "Республики Саха", "у Якутії"),
    "RU-SE": ("в Северной Осетии", "Республики Северная Осетия", "у Північній Осетії"),
    "RU-TA": ("в Татарстане", "над Татарстаном", "Республики Татарстан", "у Татарстані"),
    "RU-TY": ("в Туве", "в Республике Тыва", "у Тиві"),
    "RU-UD": ("в Удмуртии", "Удмуртской Республики", "в Удмуртії", "Удмуртської Республіки"),
    "RU-CHU": ("на Чукотке", "Чукотского автономного округа", "на Чукотці"),
    "RU-KHM": (
        "в Ханты-Мансийском автономном округе", "в ХМАО", "в Югре", "у Ханти-Мансійському автономному окрузі"
    ),
    "RU-NEN": ("Ненецкого автономного округа", "Ненецького автономного округу"),
    "RU-YAN": ("Ямало-Ненецкого автономного округа", "в ЯНАО", "Ямало-Ненецького автономного округу"),
    "RU-YEV": ("в Еврейской автономной области", "Єврейської автономної області"),
    "RU-MOW": ("в Москве", "над Москвой", "Москвы", "у Москві"),
    "RU-SPE": ("в Санкт-Петербурге", "в Петербурге", "в Питере", "у Санкт-Петербурзі"),
    "UA-30": ("в Киеве", "Киева", "у Києві", "Київ"),
    "UA-40": ("в Севастополе", "у Севастополі"),
    "UA-43": ("в Крыму", "Республики Крым", "у Криму", "в Автономній Республіці Крим", "АР Крим"),
}  # fmt: skip


_ADMIN1 = Path(__file__).resolve().parent.parent / "src" / "dronewatch" / "gazetteer" / "data" / "admin1.tsv"


def _english_phrases() -> list[tuple[str, str]]:
    """Every subdivision by its English name as the shipped table spells it, alone and in a phrase."""
    rows = (
        line.split("\t")
        for line in _ADMIN1.read_text(encoding="utf-8").splitlines()
        if not line.startswith("#")
    )
    return [(phrase, row[0]) for row in rows for phrase in (row[2], f"over the {row[2]}")]


def _region_phrases() -> list[tuple[str, str]]:
    cases = []
    for code, (ru, uk) in OBLASTS.items():
        cases += [
            (f"над территорией {ru}ой области", code),
            (f"в {ru}ой области", code),
            (f"{ru}ая область", code),
            (f"над {ru}ой областью", code),
            (f"в {ru}ую область", code),
            (f"у {uk}ій області", code),
            (f"{uk}а область", code),
            (f"над територією {uk}ої області", code),
            (f"над {uk}ою областю", code),
            (f"на {uk}у область", code),
            (f"по {ru}ой области", code),
            (f"по {uk}ій області", code),
        ]
    for code, (ru, uk) in KRAIS.items():
        cases += [
            (f"{ru}ий край", code),
            (f"над территорией {ru}ого края", code),
            (f"в {ru}ом крае", code),
            (f"над {ru}им краем", code),
            (f"{uk}ого краю", code),
            (f"у {uk}ому краї", code),
            (f"по {ru}ому краю", code),
            (f"{uk}ий край", code),
            (f"над {uk}им краєм", code),
            (f"на {uk}ий край", code),
        ]
    cases += [(phrase, code) for code, phrases in OTHERS.items() for phrase in phrases]
    return cases


def test_the_tables_cover_all_110_subdivisions() -> None:
    codes = set(OBLASTS) | set(KRAIS) | set(OTHERS)
    assert len(codes) == 110
    assert sum(c.startswith("RU-") for c in codes) == 83


@pytest.mark.parametrize(("text", "code"), _region_phrases())
def test_every_region_in_russian_and_ukrainian(g: Gazetteer, text: str, code: str) -> None:
    assert ids(g, text) == [code]


@pytest.mark.parametrize(("text", "code"), _english_phrases())
def test_every_region_by_its_english_name(g: Gazetteer, text: str, code: str) -> None:
    # "Sakha (Yakutia)" names the region twice
    assert set(ids(g, text)) == {code}


@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        ("над территорией Брянской области", "RU-BRY", "Брянской области"),
        ("в брянской области", "RU-BRY", "брянской области"),
        ("Краснодарский край", "RU-KDA", "Краснодарский край"),
        ("в Краснодарском крае", "RU-KDA", "Краснодарском крае"),
        ("Республика Крым", "UA-43", "Республика Крым"),
        ("над Крымом", "UA-43", "Крымом"),
        ("в Крыму", "UA-43", "Крыму"),
        ("Подмосковья", "RU-MOS", "Подмосковья"),
        ("в Подмосковье", "RU-MOS", "Подмосковье"),
        ("Московская область", "RU-MOS", "Московская область"),
        ("на Брянщине", "RU-BRY", "Брянщине"),
        ("Белгородчина", "RU-BEL", "Белгородчина"),
        ("на Курщине", "RU-KRS", "Курщине"),
        ("Смоленщина", "RU-SMO", "Смоленщина"),
        ("на Кубани", "RU-KDA", "Кубани"),
        ("Кубань", "RU-KDA", "Кубань"),
        ("на Харківщині", "UA-63", "Харківщині"),
        ("Харківщина", "UA-63", "Харківщина"),
        ("на Київщині", "UA-32", "Київщині"),
        ("на Одещині", "UA-51", "Одещині"),
        ("на Одесчине", "UA-51", "Одесчине"),
        ("на Дніпропетровщині", "UA-12", "Дніпропетровщині"),
        ("у Запорізькій області", "UA-23", "Запорізькій області"),
        ("на Черкащині", "UA-71", "Черкащині"),
        ("Ленобласть", "RU-LEN", "Ленобласть"),
        ("в Ставрополье", "RU-STA", "Ставрополье"),
        ("на Ростовщині", "RU-ROS", "Ростовщині"),
        ("над Тульщиною", "RU-TUL", "Тульщиною"),
        ("на Воронежчині", "RU-VOR", "Воронежчині"),
        ("у столиці", "UA-30", "столиці"),
        ("над російською столицею", "RU-MOW", "російською столицею"),
    ],
)
def test_colloquial_and_lowercase_region_names(g: Gazetteer, text: str, code: str, evidence: str) -> None:
    assert found(g, text) == [(code, evidence)]


# --- lists of regions (Russian Ministry of Defence, Ukrainian Air Force) -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "перехвачены и уничтожены 173 беспилотных летательных аппарата самолетного типа над "
            "территориями Белгородской, Брянской областей и Республики Крым.",
            ["RU-BEL", "RU-BRY", "UA-43"],
        ),
        (
            "43 — над Курской областью, 27 — над Липецкой, 18 — в Орловской, 8 — в Нижегородской, "
            "7 — в Белгородской, 6 — в Брянской и один в Подмосковье.",
            ["RU-KRS", "RU-LIP", "RU-ORL", "RU-NIZ", "RU-BEL", "RU-BRY", "RU-MOS"],
        ),
        (
            "По 2 БПЛА – над территориями Владимирской, Ивановской, Калужской, Тамбовской и Орловской "
            "областей.",
            ["RU-VLA", "RU-IVA", "RU-KLU", "RU-TAM", "RU-ORL"],
        ),
        (
            "в Ростовской и Воронежской областях, по два — в Оренбургской и Тамбовской",
            ["RU-ROS", "RU-VOR", "RU-ORE", "RU-TAM"],
        ),
        ("над Краснодарским и Ставропольским краями", ["RU-KDA", "RU-STA"]),
        ("над Кабардино-Балкарской и Карачаево-Черкесской республиками", ["RU-KB", "RU-KC"]),
        ("над Удмуртской и Чувашской республиками", ["RU-UD", "RU-CU"]),
        ("4 — над Брянской областью, 2 — над Удмуртской Республикой", ["RU-BRY", "RU-UD"]),
        ("в Белгородской и Курской областях", ["RU-BEL", "RU-KRS"]),
        (
            "на території Житомирської, Київської, Хмельницької, Вінницької, Запорізької та "
            "Дніпропетровської областей",
            ["UA-18", "UA-32", "UA-68", "UA-05", "UA-23", "UA-12"],
        ),
        (
            "в направлении Николаевской, Запорожской, Днепропетровской и Сумской областей",
            ["UA-48", "UA-23", "UA-12", "UA-59"],
        ),
        ("над Черным и Азовским морями", ["sea:black", "sea:azov"]),
        (
            "над территориями Брянской (15), Курской (11), Орловской (6) и Белгородской (10) областей",
            ["RU-BRY", "RU-KRS", "RU-ORL", "RU-BEL"],
        ),
        # English lists of names closed by a plural noun name regions, not their capitals
        (
            "shot down in Kharkiv, Poltava, Sumy, Kyiv, Cherkasy, Chernihiv, Odesa and Mykolaiv oblasts",
            ["UA-63", "UA-53", "UA-59", "UA-32", "UA-71", "UA-74", "UA-51", "UA-48"],
        ),
        ("over the Bryansk, Kursk and Belgorod regions", ["RU-BRY", "RU-KRS", "RU-BEL"]),
        ("over the Nizhny Novgorod, Vladimir and Ivanovo regions", ["RU-NIZ", "RU-VLA", "RU-IVA"]),
        # without the plural noun, the names stay the cities
        ("Kharkiv and Poltava came under fire. The regions nearby", ["geonames:706483", "geonames:696643"]),
        # "Брянском" does not agree with "область": after the oblast it is the city of Bryansk
        ("Над Брянской областью сбиты два беспилотника: один над Брянском", ["RU-BRY", "geonames:571476"]),
    ],
)  # fmt: skip
def test_lists_of_regions(g: Gazetteer, text: str, expected: list[str]) -> None:
    assert ids(g, text) == expected


@pytest.mark.parametrize(
    ("text", "code", "evidence"),
    [
        ("Женщина погибла в белгородском селе Красный Восток", "RU-BEL", "белгородском"),
        ("курский губернатор Алексей Смирнов", "RU-KRS", "курский"),
        ("в брянском приграничье", "RU-BRY", "брянском"),
        ("у харківському селі", "UA-63", "харківському"),
        ("над краснодарским городом", "RU-KDA", "краснодарским"),
        # a regional institution: not the stanitsa of Kurskaya
        ("В Курской областной больнице скончался мужчина", "RU-KRS", "Курской"),
        ("у Сумській обласній лікарні", "UA-59", "Сумській"),
        # the head of a regional military or state administration
        ("голова Сумської ОВА Олег Григоров", "UA-59", "Сумської"),
        ("голова Одеської ОДА", "UA-51", "Одеської"),
    ],
)
def test_a_region_adjective_before_a_settlement_word(
    g: Gazetteer, text: str, code: str, evidence: str
) -> None:
    assert found(g, text) == [(code, evidence)]


# --- Ukrainian territory never gets a Russian code ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("в ДНР", "UA-14"),
        ("Донецкой Народной Республики", "UA-14"),
        ("в ЛНР", "UA-09"),
        ("Луганской Народной Республики", "UA-09"),
        ("over the LPR overnight", "UA-09"),
        ("a car in the DPR", "UA-14"),
        ("Республики Крым", "UA-43"),
        ("Крымский полуостров", "UA-43"),
        ("в Севастополе", "UA-40"),
        ("город Севастополь", "UA-40"),
        ("в Херсонской области", "UA-65"),
        ("в Запорожской области", "UA-23"),
        ("Харьковская область", "UA-63"),
    ],
)
def test_ukrainian_territory_keeps_its_iso_code(g: Gazetteer, text: str, code: str) -> None:
    assert ids(g, text) == [code]


@pytest.mark.parametrize(
    "text",
    [
        "в Донецке",
        "в Луганске",
        "в Мариуполе",
        "в Мелитополе",
        "в Симферополе",
        "в Ялте",
        "в Керчи",
        "в Горловке",
    ],
)
def test_towns_of_occupied_ukraine_lie_in_ukrainian_regions(g: Gazetteer, text: str) -> None:
    (place,) = g.find(text)
    assert place.admin1 is not None
    assert place.admin1.startswith("UA-")


# --- seas ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("над акваторией Черного моря", "sea:black"),
        ("над акваторией Чёрного моря", "sea:black"),
        ("над акваторією Чорного моря", "sea:black"),
        ("в Черном море", "sea:black"),
        ("у Чорному морі", "sea:black"),
        ("над акваторией Азовского моря", "sea:azov"),
        ("над Азовським морем", "sea:azov"),
        ("Каспийского моря", "sea:caspian"),
        ("над акваторией Балтийского моря", "sea:baltic"),
        ("в Баренцевом море", "sea:barents"),
        ("Охотського моря", "sea:okhotsk"),
        ("over the Black Sea", "sea:black"),
        ("the Sea of Azov", "sea:azov"),
    ],
)
def test_seas(g: Gazetteer, text: str, code: str) -> None:
    assert ids(g, text) == [code]


# --- cities in every case -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "admin1"),
    [
        ("в Брянске", "geonames:571476", "RU-BRY"),
        ("жители Белгорода", "geonames:578072", "RU-BEL"),
        ("в Новороссийске", "geonames:518255", "RU-KDA"),
        ("в Туапсе", "geonames:480716", "RU-KDA"),
        ("в Дзержинске", "geonames:563708", "RU-NIZ"),
        ("в Балашихе", "geonames:579464", "RU-MOS"),
        ("в Кучино", "dronewatch:RU-MOS:Kuchino", "RU-MOS"),
        ("в Таганроге", "geonames:484907", "RU-ROS"),
        ("в Ростове-на-Дону", "geonames:501175", "RU-ROS"),
        ("в Нижнем Новгороде", "geonames:520555", "RU-NIZ"),
        ("в Белой Церкви", "geonames:712165", "UA-32"),
        ("по центру Сум", "geonames:692194", "UA-59"),  # the centre of: a short name after it is a place
        ("в Горишних Плавнях", "geonames:6559559", "UA-53"),
        ("в Старом Осколе", "geonames:487928", "RU-BEL"),
        ("в Орле", "geonames:515012", "RU-ORL"),
        ("в Орёле", "geonames:515012", "RU-ORL"),
        ("под Курском", "geonames:538560", "RU-KRS"),
        ("в Энгельсе", "geonames:563464", "RU-SAR"),
        ("в Шебекино", "geonames:495112", "RU-BEL"),
        ("в Каменске-Шахтинском", "geonames:553399", "RU-ROS"),
        ("в Мытищах", "geonames:523812", "RU-MOS"),
        ("в Валуйках", "geonames:477192", "RU-BEL"),
        ("в Харькове", "geonames:706483", "UA-63"),
        ("в Днепре", "geonames:709930", "UA-12"),
        ("в Запорожье", "geonames:687700", "UA-23"),
        ("в Артемовске", "geonames:713174", "UA-14"),
        ("в Кривом Роге", "geonames:703845", "UA-12"),
        ("в Симферополе", "geonames:693805", "UA-43"),
        ("у Харкові", "geonames:706483", "UA-63"),
        ("в Одесі", "geonames:698740", "UA-51"),
        ("Одеса", "geonames:698740", "UA-51"),
        ("у Дніпрі", "geonames:709930", "UA-12"),
        ("у Кривому Розі", "geonames:703845", "UA-12"),
        ("у Львові", "geonames:702550", "UA-46"),
        ("у Миколаєві", "geonames:700569", "UA-48"),
        ("у Херсоні", "geonames:706448", "UA-65"),
        ("у Сумах", "geonames:692194", "UA-59"),
        ("у Тернополі", "geonames:691650", "UA-61"),
        ("у Смілі", "geonames:693457", "UA-71"),
        ("у Каховці", "geonames:707244", "UA-65"),
        ("над Уманню", "geonames:690688", "UA-71"),
        ("над Криворіжжям", "geonames:703845", "UA-12"),
        ("в Ірпені", "geonames:707565", "UA-32"),
        ("у Запоріжжі", "geonames:687700", "UA-23"),
        ("Запоріжжя", "geonames:687700", "UA-23"),
        ("у Бахмуті", "geonames:713174", "UA-14"),
        ("у Кам'янському", "geonames:709932", "UA-12"),
        ("у Кам’янському", "geonames:709932", "UA-12"),
        ("у Камʼянському", "geonames:709932", "UA-12"),
        ("у Брянську", "geonames:571476", "RU-BRY"),
        ("у Бєлгороді", "geonames:578072", "RU-BEL"),
        ("у Новоросійську", "geonames:518255", "RU-KDA"),
        ("у Сизрані", "geonames:484972", "RU-SAM"),
        ("в Єлабузі", "geonames:468082", "RU-TA"),
        ("у Волзькому", "geonames:472231", "RU-VGG"),
        ("в Енгельсі", "geonames:563464", "RU-SAR"),
        ("in Bryansk", "geonames:571476", "RU-BRY"),
        ("Kharkov", "geonames:706483", "UA-63"),
        ("Kharkiv", "geonames:706483", "UA-63"),
    ],
)
def test_cities_in_oblique_cases(g: Gazetteer, text: str, code: str, admin1: str) -> None:
    (place,) = g.find(text)
    assert (place.id, place.admin1, place.level) == (code, admin1, "settlement")


def test_a_shared_name_goes_to_the_region_named_beside_it(g: Gazetteer) -> None:
    # Dzerzhinsk (Nizhny Novgorod Oblast, 230,000 people) is the largest; Toretsk (Donetsk Oblast) was
    # Dzerzhinsk until 2016.
    assert ids(g, "Взрыв в Дзержинске") == ["geonames:563708"]
    assert ids(g, "Обстрел Дзержинска, ДНР") == ["geonames:709354", "UA-14"]
    assert [p.id for p in g.find("в Дзержинске", context_admin1={"UA-14"})] == ["geonames:709354"]
    assert ids(g, "в Дзержинске Нижегородской области") == ["geonames:563708", "RU-NIZ"]


def test_the_sea_a_coastal_region_faces() -> None:
    assert [coast_of(code) for code in ("UA-40", "RU-ROS", "UA-32")] == ["Black Sea", "Sea of Azov", None]


def test_a_village_the_gazetteer_lacks_takes_no_namesake_of_another_region(g: Gazetteer) -> None:
    # No Kalynivka of Kyiv Oblast is known: its district and region are, not a namesake in Donetsk Oblast
    places = g.find("у с. Калинівка Броварського району Київської області", admin2=True)
    assert [p.admin1 for p in places] == ["UA-32", "UA-32"]


def test_a_district_two_countries_share_is_that_of_the_village_before_it(g: Gazetteer) -> None:
    # Poltavskyi Raion (Poltava Oblast) and Poltavsky District (Omsk Oblast); Petrivka lies in Ukraine
    places = g.find("у селі Петрівка Полтавського району", admin2=True)
    assert [(p.level, p.admin1) for p in places] == [("settlement", "UA-53"), ("admin2", "UA-53")]


# --- English seed names keep working ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Bryansk Oblast", "RU-BRY"),
        ("Kaluga Oblast", "RU-KLU"),
        ("Krasnodar Krai", "RU-KDA"),
        ("the Krasnodarsky District", "RU-KDA"),
        ("Moscow", "RU-MOW"),
        ("the Moscow region", "RU-MOS"),
        ("Belgorod region", "RU-BEL"),
        ("Kyiv", "UA-30"),
        ("Kiev", "UA-30"),
        ("Kyiv Oblast", "UA-32"),
        ("Crimea", "UA-43"),
        ("Sevastopol", "UA-40"),
        ("Saint Petersburg", "RU-SPE"),
        ("Kuban", "RU-KDA"),
        ("Krasnodar Krai’s experience", "RU-KDA"),
        ("Bryansk Oblast's governor", "RU-BRY"),
    ],
)
def test_english_names(g: Gazetteer, text: str, code: str) -> None:
    assert ids(g, text) == [code]


def test_the_plural_of_region_ends_a_list_of_regions(g: Gazetteer) -> None:
    # Kyiv the city is its own region: in a list of oblasts it is the oblast around it
    assert ids(g, "in the Kharkiv, Poltava and Kyiv oblasts")[-1] == "UA-32"
    assert ids(g, "over the Tula and Moscow regions")[-1] == "RU-MOS"


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("A drone hit a house in Kryvyi Rih", "UA-12"),  # GeoNames: Kryvyy Rih
        ("shelling of Sloviansk", "UA-14"),  # GeoNames: Slovyansk
        ("in Kupiansk", "UA-63"),
        ("in Chuhuiv", "UA-63"),
        ("Kostiantynivka", "UA-14"),
        ("Feodosia", "UA-43"),  # GeoNames: Feodosiya
        ("near Sudzha", "RU-KRS"),  # a small town, after a preposition
        ("Rylsk", "RU-KRS"),  # GeoNames: Ryl'sk
        ("Sergiev Posad", "RU-MOS"),  # GeoNames: Sergiyev Posad
        ("the Afipsky refinery", "RU-KDA"),  # GeoNames: Afipskiy
        ("in Gorlovka", "UA-14"),  # the Russian name of Horlivka, as TASS writes it
        ("Energodar", "UA-23"),  # Enerhodar
        ("Makeyevka", "UA-14"),  # Makiivka
        ("drones over Stary Oskol", "RU-BEL"),  # GeoNames: Staryy Oskol
        ("a blast in Novy Urengoy", "RU-YAN"),  # GeoNames: Novyy Urengoy
        ("in Lgov", "RU-KRS"),  # GeoNames names the town by its district's adjective, L'govskiy
        ("in Korolyov", "RU-MOS"),  # GeoNames: Korolev; the Russian name has ё
        ("a fire in Rostov", "RU-ROS"),  # Rostov-on-Don, by its Russian short name
        ("debris fell in Slavyansk-on-Kuban", "RU-KDA"),  # GeoNames: Slavyansk-na-Kubani
        ("a depot in Kalach-on-Don", "RU-VGG"),  # GeoNames: Kalach-na-Donu
        ("A fire broke out in Ust-Luga", "RU-LEN"),  # GeoNames: Ust'-Luga, and too small for English
        ("Drones hit the Engels airbase", "RU-SAR"),  # a surname too, but before "airbase"
        ("the Olenya airbase", "RU-MUR"),  # airbases named in reports, added as approximate points
        ("a fire near Dyagilevo", "RU-RYA"),
        ("the Shaykovka airbase", "RU-KLU"),
    ],
)
def test_english_spellings_of_towns_in_reports(g: Gazetteer, text: str, admin1: str) -> None:
    assert [p.admin1 for p in g.find(text)] == [admin1]


@pytest.mark.parametrize(
    ("text", "admin1"),
    [
        ("У Чернівцях уламки пошкодили будинок", "UA-77"),  # a plural in -і declines soft
        ("влучання в об'єкт у Горішніх Плавнях", "UA-53"),  # a soft adjective in the plural
        ("у Нових Санжарах", "UA-53"),  # and a hard one
        ("У Новошахтинську горить нафтобаза", "RU-ROS"),  # a Russian town in "-ск" in Ukrainian
        ("двох людей поранено в Шебекіно", "RU-BEL"),  # "-ино" written "-іно"
        ("удар по Раменському", "RU-MOS"),  # "-ское" written "-ське"
        ("у Мічурінську", "RU-TAM"),  # "и" written "і"
        ("у Покровському пожежа", "UA-12"),  # a Ukrainian spelling of no Russian town that another place has
        ("у Марганці поранено чоловіка", "UA-12"),  # "-ець" loses its е: "Марганець" → "Марганці"
        ("обстріл Марганця", "UA-12"),
    ],
)
def test_ukrainian_forms_of_plural_and_russian_names(g: Gazetteer, text: str, admin1: str) -> None:
    assert [p.admin1 for p in g.find(text)] == [admin1]


def test_a_village_of_sevastopol_that_geonames_lacks(g: Gazetteer) -> None:
    assert [p.admin1 for p in g.find("в Любимовке под Севастополем")] == ["UA-40", "UA-40"]


@pytest.mark.parametrize("text", ["в районе мыса Фиолент", "у аэродрома Бельбек", "в районі Бельбека"])
def test_places_of_sevastopol_that_reports_name(g: Gazetteer, text: str) -> None:
    assert [p.admin1 for p in g.find(text)] == ["UA-40"]


def test_a_small_town_in_english_needs_a_preposition(g: Gazetteer) -> None:
    assert [p.admin1 for p in g.find("in Sudzha")] == ["RU-KRS"]
    assert g.find("Sudzha said") == []


# --- words that are not places ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Атака началась в 03:00 по московскому времени.",
        "в 7.00 Московского времени",
        "на Курской АЭС и на Ленинградской АЭС",
        "Московской думы",
        "Мирный атом, орлиное гнездо, орёл парил.",
        "Губернатор Мирный заявил о пожаре.",
        "Владимир Путин и Володимир Зеленський",
        "Иван Грозный",
        "Центральный военный округ и Северный флот",
        "на улице Гагарина и проспекте Кирова",
        "поврежден нефтепровод «Дружба»",
        "Слава Україні!",
        "Октябрьский район, Ленинский район",
        "в Стародубском муниципальном округе",
        "в Крымском и Красноармейском районах",
        "у Дніпровському, Дарницькому та Печерському районах",
        "Alexander Gusev said",
        "👉 Топор Live. Подписаться",
        "Брянскбург, Москвабад, Курскую",
        "ПВО",
    ],
)
def test_no_false_places(g: Gazetteer, text: str) -> None:
    assert found(g, text) == []


@pytest.mark.parametrize(
    ("text", "admin1", "evidence"),
    [
        ("Ворог атакував Нікопольщину", "UA-12", "Нікопольщину"),
        ("на Броварщині", "UA-32", "Броварщині"),
        ("над Бучанщиною", "UA-32", "Бучанщиною"),
        ("на Никопольщине", "UA-12", "Никопольщине"),
    ],
)
def test_a_raion_by_its_noun(g: Gazetteer, text: str, admin1: str, evidence: str) -> None:
    (place,) = g.find(text)
    assert (place.level, place.admin1, place.text) == ("admin2", admin1, evidence)


def test_a_capital_name_must_be_capitalised(g: Gazetteer) -> None:
    assert found(g, "орёл летел над полем") == []
    assert found(g, "в орле") == []
    assert found(g, "в Орле") == [("geonames:515012", "Орле")]


# --- the interface ------------------------------------------------------------------------------


def test_window_and_spans(g: Gazetteer) -> None:
    text = "Сбиты над Брянской областью. Обломки упали в Курске."
    first = g.find(text, 0, 28)
    second = g.find(text, 28)
    assert [p.id for p in first] == ["RU-BRY"]
    assert [(p.id, p.span) for p in second] == [("geonames:538560", (45, 51))]
    assert text[45:51] == "Курске"


def test_longest_name_wins(g: Gazetteer) -> None:
    assert found(g, "Республики Крым") == [("UA-43", "Республики Крым")]
    assert found(g, "в Нижнем Новгороде") == [("geonames:520555", "Нижнем Новгороде")]


def test_lookup_and_resolve(g: Gazetteer) -> None:
    bryansk = g.lookup("Брянской области")
    assert bryansk is not None
    assert bryansk.id == "RU-BRY"
    assert g.lookup("no such place") is None
    candidates = g.resolve("Дзержинск")
    assert [c.entry.id for c in candidates][:2] == ["geonames:563708", "geonames:709354"]
    assert all(c.entry.level == "settlement" for c in candidates)
    assert [c.needs for c in g.resolve("Липецкой")] == ["list"]
    assert [c.entry.id for c in g.resolve("Харків", lang="uk")] == ["geonames:706483"]
    assert g.resolve("Харків", lang="ru") == []


def test_place_fields(g: Gazetteer) -> None:
    (kursk,) = g.find("в Курске")
    assert (kursk.name, kursk.level, kursk.admin1) == ("Kursk", "settlement", "RU-KRS")
    assert kursk.lat is not None
    assert 51 < kursk.lat < 52
    (sea,) = g.find("Черного моря")
    assert (sea.id, sea.level, sea.admin1) == ("sea:black", "sea", None)


# --- second-level units: districts, okrugs, raions, hromadas, city districts ---------------------


def districts(g: Gazetteer, text: str, context: tuple[str, ...] = ()) -> list[tuple[str | None, str, str]]:
    """(id, level, text) of every place found with second-level units asked for."""
    places = g.find(text, context_admin1=context, admin2=True)
    for place in places:
        assert text[place.span[0] : place.span[1]] == place.text
    return [(p.id, p.level, p.text) for p in places]


# Real phrasings (Russian regional governors and ministries, Ukrainian oblast and city administrations)
# and the unit each names: (text, id, region, the words that name it).
DISTRICT_PHRASINGS = [
    # Russian municipal districts, urban and municipal okrugs
    ("В Раменском городском округе обломки БПЛА повредили крышу дома.",
     "oktmo:46648000", "RU-MOS", "Раменском городском округе"),
    ("Беспилотник упал в районе Павлово-Посадского городского округа.",
     "oktmo:46759000", "RU-MOS", "Павлово-Посадского городского округа"),
    ("В Почепском районе сбит беспилотник.", "oktmo:15644000", "RU-BRY", "Почепском районе"),
    ("В Большесолдатском районе повреждена ЛЭП.", "oktmo:38603000", "RU-KRS", "Большесолдатском районе"),
    ("Большесолдатском районе", "oktmo:38603000", "RU-KRS", "Большесолдатском районе"),
    ("В Стародубском муниципальном округе сбит БПЛА.",
     "oktmo:15650000", "RU-BRY", "Стародубском муниципальном округе"),
    ("В Шебекинском городском округе ранены двое мирных жителей.",
     "oktmo:14750000", "RU-BEL", "Шебекинском городском округе"),
    ("Атака дронов на Краснояружский район.", "oktmo:14643000", "RU-BEL", "Краснояружский район"),
    ("обстрелу подвергся Грайворонский округ", "oktmo:14725000", "RU-BEL", "Грайворонский округ"),
    ("над Одинцовским городским округом", "oktmo:46641000", "RU-MOS", "Одинцовским городским округом"),
    ("в Белгородском районе", "oktmo:14610000", "RU-BEL", "Белгородском районе"),
    # Ukrainian raions and hromadas, in Ukrainian and in Russian
    ("Бучанський район Київської області", "katottg:UA32080000000084076", "UA-32", "Бучанський район"),
    ("в Бучанском районе", "katottg:UA32080000000084076", "UA-32", "Бучанском районе"),
    ("Вишгородська громада", "katottg:UA32100010000094393", "UA-32", "Вишгородська громада"),
    ("на території Вишгородської міської громади",
     "katottg:UA32100010000094393", "UA-32", "Вишгородської міської громади"),
    ("у Білоцерківському районі", "katottg:UA32020000000057002", "UA-32", "Білоцерківському районі"),
    ("обстріляли Нікопольський район", "katottg:UA12080000000023578", "UA-12", "Нікопольський район"),
    ("в Никопольском районе", "katottg:UA12080000000023578", "UA-12", "Никопольском районе"),
    ("у Куп'янському районі", "katottg:UA63080000000032022", "UA-63", "Куп'янському районі"),
    ("у Самарівському районі", "katottg:UA12100000000039307", "UA-12", "Самарівському районі"),  # renamed
    ("в Новомосковском районе", "katottg:UA12100000000039307", "UA-12", "Новомосковском районе"),  # old name
    ("Шосткинська міська громада", "katottg:UA59100170000093676", "UA-59", "Шосткинська міська громада"),
    # city districts of Kyiv and Kharkiv
    ("Внаслідок атаки у Соломʼянському районі пошкоджено будинок.",
     "katottg:UA80000000000980793", "UA-30", "Соломʼянському районі"),
    ("уламки впали у Святошинському районі", "katottg:UA80000000000875983", "UA-30", "Святошинському районі"),
    # and of the other cities with districts in OpenStreetMap
    ("Уламки впали на приватний будинок у Франківському районі.",
     "katottg:UA46060250010515336", "UA-46", "Франківському районі"),
    ("in Lviv's Sykhivskyi district", "katottg:UA46060250010457177", "UA-46", "Sykhivskyi district"),
    # districts the source files under a neighbouring rural hromada; their KATOTTG code is the city's
    ("Влучання в Самарському районі.", "katottg:UA12020010010475293", "UA-12", "Самарському районі"),
    ("у Хортицькому районі", "katottg:UA23060070010618511", "UA-23", "Хортицькому районі"),
    ("в Терновском районе Кривого Рога", "katottg:UA12060170010643671", "UA-12", "Терновском районе"),
    ("in the Inhuletskyi district", "katottg:UA12060170010270453", "UA-12", "Inhuletskyi district"),
    # and in English, in the national transliteration
    ("debris fell in the Obolonskyi district of Kyiv", "katottg:UA80000000000551439", "UA-30",
     "Obolonskyi district"),
    ("in Kyiv's Solomianskyi district", "katottg:UA80000000000980793", "UA-30", "Solomianskyi district"),
    ("a fire in the Saltivskyi district", "katottg:UA63120270010315719", "UA-63", "Saltivskyi district"),
    ("in the Buchanskyi raion", "katottg:UA32080000000084076", "UA-32", "Buchanskyi raion"),
    ("a fire in the Millerovsky district", "oktmo:60632000", "RU-ROS", "Millerovsky district"),
    # and by the town a raion is named after, as English reports name it
    ("killed in the Obukhiv district", "katottg:UA32120000000081110", "UA-32", "Obukhiv district"),
    ("shelled the Nikopol district", "katottg:UA12080000000023578", "UA-12", "Nikopol district"),
    ("in the Synelnykove district", "katottg:UA12140000000011720", "UA-12", "Synelnykove district"),
    ("in the Bucha district", "katottg:UA32080000000084076", "UA-32", "Bucha district"),
    # a Russian district by its town too, and a town of two words as the adjective joins them
    ("in the Shebekino district", "oktmo:14750000", "RU-BEL", "Shebekino district"),
    ("a drone hit a car in the Sudzha district", "oktmo:38640000", "RU-KRS", "Sudzha district"),
    ("in Novy Oskol district;", "oktmo:14735000", "RU-BEL", "Novy Oskol district"),
    ("in the Krasnaya Yaruga district", "oktmo:14643000", "RU-BEL", "Krasnaya Yaruga district"),
    ("a warehouse in Bila Tserkva district", "katottg:UA32020000000057002", "UA-32", "Bila Tserkva district"),
    ("in Kryvyi Rih district", "katottg:UA12060000000022633", "UA-12", "Kryvyi Rih district"),
    # a town's name two units took goes to the one named after the larger town (not Amur oblast's)
    ("in the Romny district", "katottg:UA59060000000086008", "UA-59", "Romny district"),
    # every spelling of the town (GeoNames: Grayvoron)
    ("in the Graivoron district", "oktmo:14725000", "RU-BEL", "Graivoron district"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "code", "admin1", "words"), DISTRICT_PHRASINGS)
def test_district_phrasings(g: Gazetteer, text: str, code: str, admin1: str, words: str) -> None:
    places = [p for p in g.find(text, admin2=True) if p.level == "admin2"]
    assert [(p.id, p.admin1, p.text) for p in places] == [(code, admin1, words)]
    assert places[0].lat is not None


# A name several units share: the region named beside it, or the document's, picks one; else none.
@pytest.mark.parametrize(
    ("text", "context", "expected"),
    [
        ("в Каменском районе", (), []),
        ("Октябрьский район, Ленинский район", (), []),
        ("в Ленинском районе", (), []),
        ("в Курском районе", (), []),  # Kursk Oblast and Stavropol Krai
        ("в Каменском районе Воронежской области", (), ["oktmo:20617000", "RU-VOR"]),
        ("в Каменском районе Ростовской области", (), ["oktmo:60623000", "RU-ROS"]),
        ("Каменский район. Воронежская область.", (), ["oktmo:20617000", "RU-VOR"]),
        ("в Каменском районе", ("RU-ROS",), ["oktmo:60623000"]),
        ("в Каменском районе", ("UA-12",), ["katottg:UA12040000000032213"]),
        ("в Октябрьском районе Курской области", (), ["oktmo:38628000", "RU-KRS"]),
        ("в Октябрьском районе Ростовской области", (), ["oktmo:60641000", "RU-ROS"]),
        ("в Курском районе Курской области", (), ["oktmo:38620000", "RU-KRS"]),
        # Kyiv and Kharkiv both have a Shevchenkivskyi district: the city beside it decides
        ("Уламки впали у Шевченківському районі Харкова.", (),
         ["katottg:UA63120270010948820", "geonames:706483"]),
        ("в Шевченковском районе Киева", (), ["katottg:UA80000000001078669", "UA-30"]),
        ("In Kharkiv, drones hit the city's Kyivskyi and Shevchenkivskyi districts.", (),
         ["geonames:706483", "katottg:UA63120270010216514", "katottg:UA63120270010948820"]),
        ("In Kyiv, debris fell in the Darnytskyi and Obolonskyi districts.", (),
         ["UA-30", "katottg:UA80000000000210193", "katottg:UA80000000000551439"]),
        ("у Шевченківському районі", (), []),
        # Dnipro, Mariupol, Mykolaiv and Kherson each have a Tsentralnyi district
        ("у Центральному районі Дніпра", (), ["katottg:UA12020010010639502", "geonames:709930"]),
        ("у Центральному районі", (), []),
        # a unit named alone gives its region to the next ("Сумський район, Краснопільська громада")
        ("Сумський район, Краснопільська громада", (),
         ["katottg:UA59080000000057897", "katottg:UA59080090000092991"]),
        ("Краснопільська громада", (), []),
        # a town beside it does not pick a rural district ("Октябрьский район" of the city of Rostov)
        ("в Октябрьском районе Ростова", (), ["geonames:501175"]),
    ],
)  # fmt: skip
def test_a_shared_district_name_needs_its_region(
    g: Gazetteer, text: str, context: tuple[str, ...], expected: list[str]
) -> None:
    assert [i for i, _, _ in districts(g, text, context)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "в Стародубском муниципальном округе",
        "в Каменском районе",
        "у Дніпровському, Дарницькому та Печерському районах",
        "в Крымском и Красноармейском районах",
        "Октябрьский район, Ленинский район",
        "Центральный военный округ",
        "в Южном федеральном округе",
        "в районе Таганрога",
        "the city's Kyivskyi and Shevchenkivskyi districts",
    ],
)
def test_a_district_is_never_a_settlement(g: Gazetteer, text: str) -> None:
    for admin2 in (False, True):
        places = g.find(text, admin2=admin2)
        assert all(p.level != "settlement" or p.text == "Таганрога" for p in places), places
        assert all(p.level in ("admin2", "settlement") for p in places), places


def test_districts_only_when_asked_for(g: Gazetteer) -> None:
    assert found(g, "В Почепском районе сбит беспилотник.") == []
    assert ids(g, "в Почепском районе Брянской области") == ["RU-BRY"]


def test_plural_district_lists_stay_out(g: Gazetteer) -> None:
    assert districts(g, "в Почепском и Стародубском районах") == []


def test_lookup_and_resolve_district_names(g: Gazetteer) -> None:
    pochep = g.lookup("Почепский район")
    assert pochep is not None
    assert (pochep.id, pochep.level, pochep.admin1) == ("oktmo:15644000", "admin2", "RU-BRY")
    assert len(g.resolve("Каменский район")) > 5
    assert {c.entry.admin1 for c in g.resolve("Каменский район", lang="uk")} == set()
    assert [c.entry.id for c in g.resolve("Бучанський район", lang="uk")] == ["katottg:UA32080000000084076"]
    assert g.lookup("Почепский") is None or g.lookup("Почепский").level != "admin2"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("У Грайворонському окрузі дрон влучив у будинок.", "oktmo:14725000"),
        ("У Шебекінському окрузі дрон влучив у будинок.", "oktmo:14750000"),
        ("У Шебекинському окрузі дрон влучив у будинок.", "oktmo:14750000"),
        ("Губернатор Ростовської області повідомив про пожежу в Каменському районі.", "oktmo:60623000"),
    ],
)
def test_russian_districts_as_ukrainian_reports_spell_them(g: Gazetteer, text: str, district: str) -> None:
    assert district in [p.id for p in g.find(text, admin2=True)]


def test_a_district_list_opened_by_its_noun_stays_out(g: Gazetteer) -> None:
    text = "Є влучання у трьох районах міста – Київському, Салтівському та Шевченківському."
    assert found(g, text) == []
    assert found(g, "Пошкодження у двох районах міста: Київському та Приморському.") == []


def test_an_adjectival_town_after_in_the_area_of(g: Gazetteer) -> None:
    dzhankoi = "geonames:709334"
    assert ids(g, "Вночі в районі Джанкоя пролунали вибухи.") == [dzhankoi]
    assert ids(g, "Ночью в районе Джанкоя слышны взрывы.") == [dzhankoi]


def test_the_udmurt_republic(g: Gazetteer) -> None:
    assert ids(g, "A drone hit a plant in the Udmurt Republic.") == ["RU-UD"]


def test_a_shared_village_name_goes_to_the_region_of_a_town_named_beside_it(g: Gazetteer) -> None:
    places = g.find("Drones attacked Belbek airfield. A man in Lyubimovka was injured by falling debris.")
    assert [(p.text, p.admin1) for p in places] == [("Belbek", "UA-40"), ("Lyubimovka", "UA-40")]


@given(
    st.lists(
        st.sampled_from(
            ["Kyiv", "Київ", "'s", "’", "ʼ", "-", " ", "\n", "Ростов-на-Дону", "s", "5", ",", "İ", "_"]
        ),
        max_size=20,
    ).map("".join),
    st.integers(0, 5),
)
def test_words_are_where_a_scan_of_the_text_finds_them(text: str, cut: int) -> None:
    """The words the gazetteer looks names up by, and their spans, are those a scan finds."""
    folded = fold_word(text)
    start = min(cut, len(text))
    spans, words = tokens(text, folded, start, len(text))
    scanned = TOKEN.finditer(folded, start) if len(folded) == len(text) else TOKEN.finditer(text, start)
    assert spans == [m.span() for m in scanned]
    if len(folded) == len(text):
        assert words == [folded[a:b] for a, b in spans]


_PIECES = [
    "Kyiv",
    "Київ",
    "'",
    "'s",
    "s",
    "’s",
    "ʼ",
    "-",
    "--",
    " ",
    "\n",
    "Ростов-на-Дону",
    "x's-y",
    "5",
    ",",
    "_",
    "дев'ять",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=20).map("".join))
def test_words_from_the_words_of_the_word_lists_are_those_a_scan_finds(text: str) -> None:
    """The gazetteer's words, read from the words the word lists are looked up by (runs of letters and
    apostrophes), are those its own scan of the text finds."""
    folded = fold_word(text)
    words = LIST_WORD.findall(folded)
    assert tokens_of_words(folded, words, word_starts(folded, words)) == tokens(text, folded, 0, len(text))


def test_words_from_the_words_of_the_word_lists_in_real_reports() -> None:
    texts = [json.loads(line)["text"] for line in REAL_DOCUMENTS.read_text(encoding="utf-8").splitlines()]
    for text in texts:
        folded = fold_word(text)
        words = LIST_WORD.findall(folded)
        assert tokens_of_words(folded, words, word_starts(folded, words)) == tokens(
            text, folded, 0, len(text)
        )


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        pytest.param("a warehouse in St. Petersburg was hit", ["RU-SPE"], id="st-dot"),
        pytest.param("a warehouse in St Petersburg was hit", ["RU-SPE"], id="st"),
        pytest.param(
            "drones over Kursk. Petersburg was quiet", ["RU-KRS"], id="a-sentence-end-joins-no-name"
        ),
    ],
)
def test_a_name_with_an_abbreviation_s_full_stop(g: Gazetteer, text: str, ids: list[str]) -> None:
    found = g.find(text)
    assert [p.admin1 for p in found][: len(ids)] == ids
    assert all(text[p.span[0] : p.span[1]] == p.text for p in found)


@pytest.mark.parametrize(
    ("text", "ids"),
    [
        pytest.param(
            "Збито 12 дронів: 7 над Сумською та 5 над Харківською областями.", ["UA-59", "UA-63"], id="uk"
        ),
        pytest.param(
            "Сбито 12 дронов: 7 над Курской и 5 над Брянской областями.", ["RU-KRS", "RU-BRY"], id="ru"
        ),
        pytest.param(
            "Збито 35 дронів: 20 — над Брянською, 15 — над Курською областю.",
            ["RU-BRY", "RU-KRS"],
            id="dashes",
        ),
        pytest.param("У Сумській обл. уламки впали на будинок.", ["UA-59"], id="uk-obl-abbreviated"),
        pytest.param("В Курской обл. обломки упали на дом.", ["RU-KRS"], id="ru-obl-abbreviated"),
    ],
)
def test_region_adjectives_counted_before_one_noun_or_before_its_abbreviation(
    g: Gazetteer, text: str, ids: list[str]
) -> None:
    assert [p.id for p in g.find(text)] == ids
