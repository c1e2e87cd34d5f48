"""Tables of real wording, per language and wording family, with the claims they must yield.

Russian ministry statements are quoted from the Ministry of Defence of the Russian Federation; Russian
Telegram posts from NKTKLN/telegram-news-classifier (CC BY 4.0, texts (c) their channels). English and
Ukrainian rows written for these tests follow the wording of air-force reports and news relays.
Known failures are strict xfails: they must start passing before their mark is removed.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dronewatch.extract.context import analyse
from dronewatch.intake import make_document
from dronewatch.lang import lexicon
from dronewatch.model import Extraction, ImpactClaim, InterceptionClaim
from dronewatch.pipeline import process

Row = tuple[int | None, int | None, int | None, list[tuple[str, int]]]


def run(text: str, published_at: str | None = None, lang: str | None = None) -> Extraction:
    when = datetime.fromisoformat(published_at) if published_at else None
    return process(make_document(text, published_at=when, lang=lang))


def interceptions(extraction: Extraction) -> list[Row]:
    """(destroyed, launched, suppressed, [(admin1 or id, count)]) per interception claim."""
    rows = []
    for claim in extraction.claims:
        if isinstance(claim, InterceptionClaim):
            items = [(b.place.admin1 or b.place.id or "?", b.destroyed.value) for b in claim.breakdown]
            rows.append(
                (
                    claim.destroyed.value if claim.destroyed else None,
                    claim.launched.value if claim.launched else None,
                    claim.suppressed.value if claim.suppressed else None,
                    items,
                )
            )
    return rows


def impacts(extraction: Extraction) -> list[tuple[list[str], int | None, int | None, int | None]]:
    """(admin1 ids, sites, killed, injured) per impact claim."""
    rows = []
    for claim in extraction.claims:
        if isinstance(claim, ImpactClaim):
            admin1 = sorted({p.admin1 or p.id or "?" for p in claim.places})
            rows.append(
                (
                    admin1,
                    claim.sites.value if claim.sites else None,
                    claim.killed.value if claim.killed else None,
                    claim.injured.value if claim.injured else None,
                )
            )
    return rows


def windows(extraction: Extraction) -> list[tuple[str | None, str | None]]:
    found = []
    for claim in extraction.claims:
        if isinstance(claim, InterceptionClaim) and claim.window is not None:
            start, end = claim.window.start, claim.window.end
            found.append((start.isoformat() if start else None, end.isoformat() if end else None))
    return found


def findings(extraction: Extraction) -> list[str]:
    return sorted({f.kind for f in extraction.findings})


# --- Russian: ministry statements -------------------------------------------------------------------

RU_MINISTRY: list[Any] = [
    pytest.param(
        "В период с 20.00 мск 22 мая до 7.00 мск 23 мая дежурными средствами ПВО перехвачены и уничтожены 348 "
        "украинских беспилотных летательных аппаратов самолетного типа над территориями Белгородской области.",
        [(348, None, None, [("RU-BEL", 348)])],
        id="one-region-window",
    ),
    pytest.param(
        "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 173 украинских беспилотных "
        "летательных аппарата самолетного типа над территориями Белгородской, Брянской областей и Республики Крым.",
        [(173, None, None, [])],
        id="regions-without-counts",
    ),
    pytest.param(
        "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 77 украинских беспилотных "
        "летательных аппаратов самолетного типа:\n▫️ 42 – над территорией Саратовской области,\n▫️ 12 – над "
        "территорией Ростовской области,\n▫️ 10 – над территорией Республики Крым,\n▫️ 9 – над территорией "
        "Волгоградской области,\n▫️ 2 – над территорией Белгородской области,\n▫️ 1 – над территорией "
        "Астраханской области.\n▫️ 1 – над территорией Чеченской Республики.",
        [
            (
                77,
                None,
                None,
                [
                    ("RU-SAR", 42),
                    ("RU-ROS", 12),
                    ("UA-43", 10),
                    ("RU-VGG", 9),
                    ("RU-BEL", 2),
                    ("RU-AST", 1),
                    ("RU-CE", 1),
                ],
            )
        ],
        id="bulleted-list",
    ),
    pytest.param(
        "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 11 украинских беспилотных "
        "летательных аппаратов самолетного типа: ▫️ восемь – над территорией Белгородской области, ▫️ два – над "
        "территорией Курской области, ▫️ один БПЛА – над акваторией Черного моря.",
        [(11, None, None, [("RU-BEL", 8), ("RU-KRS", 2), ("sea:black", 1)])],
        id="word-numbers-and-sea",
    ),
    pytest.param(
        "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 10 украинских беспилотных "
        "летательных аппаратов: по три БпЛА над территориями Белгородской и Ростовской областей, по два БпЛА над "
        "территориями Смоленской и Липецкой областей.",
        [(10, None, None, [("RU-BEL", 3), ("RU-ROS", 3), ("RU-SMO", 2), ("RU-LIP", 2)])],
        id="distributive-po",
    ),
    pytest.param(
        "В течение прошедшей ночи дежурными средствами ПВО перехвачены и уничтожены 60 украинских беспилотных "
        "летательных аппаратов самолетного типа: ▫️ 34 – над территорией Брянской области, ▫️ 13 – над "
        "Московским регионом, в том числе 12 БПЛА, летевших на Москву, ▫️ 9 БПЛА – территорией Краснодарского "
        "края, ▫️ 4 – над акваторией Азовского моря.",
        [(60, None, None, [("RU-BRY", 34), ("RU-MOS", 13), ("RU-KDA", 9), ("sea:azov", 4)])],
        id="subset-is-not-an-item",
    ),
    pytest.param(
        "Около 9.30 мск дежурными средствами ПВО уничтожен украинский беспилотный летательный аппарат над "
        "территорией Белгородской области.",
        [(1, None, None, [("RU-BEL", 1)])],
        id="implicit-one",
    ),
    pytest.param(
        "В период с 22.00 мск 22 июня до 7.00 мск 23 июня дежурными средствами ПВО перехвачены и уничтожены 16 "
        "украинских беспилотных летательных аппаратов самолетного типа: ▪️ 13 БПЛА – над территорией Ростовской "
        "области, ▪️ 3 БПЛА – над территорией Астраханской области. ➡️ Всего за ночь перехвачены и уничтожены 23 "
        "беспилотных летательных аппарата самолетного типа: ▪️ 14 БПЛА – над территорией Ростовской области, "
        "▪️ 9 БПЛА – над территорией Волгоградской области.",
        [
            (16, None, None, [("RU-ROS", 13), ("RU-AST", 3)]),
            (23, None, None, [("RU-ROS", 14), ("RU-VGG", 9)]),
        ],
        id="roll-up-with-a-new-total",
    ),
    pytest.param(
        "Сбиты 4 реактивных снаряда HIMARS и 32 беспилотника над Белгородской областью.",
        [(4, None, None, [("RU-BEL", 4)]), (32, None, None, [("RU-BEL", 32)])],
        id="a-place-after-a-list-downed-together",
    ),
    pytest.param(
        "Противник задействовал для поражения 846 дронов-камикадзе.",
        [(None, 846, None, [])],
        id="drones-used-for-striking-were-launched",
    ),
    # a list of weapons whose items quote a model's name, with an item of no count and "а также"
    pytest.param(
        "Средствами противовоздушной обороны сбиты четыре управляемые авиабомбы «JDAM-ER», три реактивных "
        "снаряда системы залпового огня «Ураган», ракета большой дальности «Нептун-Д», а также 243 беспилотных "
        "летательных аппарата самолетного типа.",
        [(4, None, None, []), (3, None, None, []), (243, None, None, [])],
        id="quoted-model-names-in-a-list",
    ),
    pytest.param(
        "Средствами ПВО сбиты 3 реактивных снаряда «Ураган», 243 беспилотника.",
        [(3, None, None, []), (243, None, None, [])],
        id="a-quoted-model-name-ends-an-item",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RU_MINISTRY)
def test_russian_ministry_statements(text: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2026-05-23T05:25:17+00:00")) == expected


@pytest.mark.parametrize(
    ("text", "published_at", "window"),
    [
        pytest.param(
            "В период с 20.00 мск 22 мая до 7.00 мск 23 мая дежурными средствами ПВО перехвачены и уничтожены 348 "
            "украинских беспилотных летательных аппаратов.",
            "2026-05-23T05:25:17+00:00",
            ("2026-05-22T20:00:00+03:00", "2026-05-23T07:00:00+03:00"),
            id="dated-night",
        ),
        pytest.param(
            "В период с 20.00 мск 31 марта до 24.00 мск 31 марта дежурными средствами ПВО перехвачены и "
            "уничтожены 12 украинских беспилотных летательных аппаратов.",
            "2026-04-01T00:30:00+00:00",
            ("2026-03-31T20:00:00+03:00", "2026-04-01T00:00:00+03:00"),
            id="until-24-00",
        ),
        pytest.param(
            "В течение прошедшей ночи в период с 23.00 мск 20 марта т.г. до 7.00 мск 21 марта т.г. дежурными "
            "средствами ПВО перехвачены и уничтожены 283 украинских беспилотных летательных аппарата.",
            "2026-03-21T05:30:00+00:00",
            ("2026-03-20T23:00:00+03:00", "2026-03-21T07:00:00+03:00"),
            id="this-year-suffix",
        ),
        pytest.param(
            "В течение прошедшей ночи (с 21.00 мск 6.05 до 7.00 мск 7.05) дежурными средствами ПВО перехвачены и "
            "уничтожены 347 украинских беспилотных летательных аппаратов.",
            "2026-05-07T05:10:00+00:00",
            ("2026-05-06T21:00:00+03:00", "2026-05-07T07:00:00+03:00"),
            id="numeric-dates",
        ),
        pytest.param(
            "В период с 20.00 до 23.00 мск дежурными средствами ПВО перехвачены и уничтожены 57 украинских "
            "беспилотных летательных аппаратов.",
            "2026-03-01T21:24:58+00:00",
            ("2026-03-01T20:00:00+03:00", "2026-03-01T23:00:00+03:00"),
            id="evening-posted-after-midnight",
        ),
        pytest.param(
            "В период с 20.00 мск 25.05 дежурными средствами ПВО перехвачены и уничтожены 5 украинских "
            "беспилотных летательных аппаратов.",
            "2025-05-26T05:00:00+00:00",
            ("2025-05-25T20:00:00+03:00", None),
            id="start-only",
        ),
        pytest.param(
            "В период 20:00-23:00 мск над Брянской областью уничтожено 5 БПЛА.",
            "2025-07-13T09:00:00+03:00",
            ("2025-07-12T20:00:00+03:00", "2025-07-12T23:00:00+03:00"),
            id="two-times-joined-by-a-dash",
        ),
        pytest.param(
            "В ночь на 5 июля с 20:00 до 07:00 над регионами сбиты 40 БПЛА.",
            "2025-07-05T09:00:00+03:00",
            ("2025-07-04T20:00:00+03:00", "2025-07-05T07:00:00+03:00"),
            id="the-night-into-a-date-begins-the-evening-before",
        ),
        pytest.param(
            "Минобороны заявило, что с девяти вечера до полуночи по местному времени над шестью областями были "
            "сбиты 42 украинских беспилотника.",
            "2024-11-20T05:30:42+00:00",
            ("2024-11-19T21:00:00+03:00", "2024-11-20T00:00:00+03:00"),
            id="hours-in-words",
        ),
        pytest.param(
            "По данным SHOT, два вражеских беспилотника уничтожены на подлёте к предприятию. Атака велась сегодня "
            "около 02:30 ночи.",
            "2024-12-04T06:05:57+00:00",
            ("2024-12-04T02:30:00+03:00", "2024-12-04T02:30:00+03:00"),
            id="the-time-of-the-attack-told-after-the-claim",
        ),
        pytest.param(
            "По данным Воздушных сил ВСУ, с 01:30 до 05:00 над Львовской областью сбиты девять «шахедов».",
            "2023-12-29T11:20:00+02:00",
            ("2023-12-29T01:30:00+02:00", "2023-12-29T05:00:00+02:00"),
            id="kyiv-time-over-ukraine-in-winter",
        ),
        pytest.param(
            "Над Севастополем с 01:30 до 05:00 сбиты пять БПЛА.",
            "2023-12-29T11:20:00+02:00",
            ("2023-12-29T01:30:00+03:00", "2023-12-29T05:00:00+03:00"),
            id="moscow-time-over-sevastopol",
        ),
    ],
)
def test_russian_windows(text: str, published_at: str, window: tuple[str, str | None]) -> None:
    assert windows(run(text, published_at)) == [window]


# --- Russian: Telegram posts --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_interceptions", "expected_impacts", "expected_findings"),
    [
        pytest.param(
            "Средства ПВО за прошедшую неделю сбили 1 024 украинских беспилотника и 12 ракет ATACMS.",
            [],
            [],
            [],
            id="a-week-s-total-is-no-attack",
        ),
        pytest.param(
            "Над Смоленской областью сбиты 5 беспилотников. Просим жителей не приближаться к обломкам.",
            [(5, None, None, [("RU-SMO", 5)])],
            [],
            [],
            id="advice-not-to-approach-debris-is-no-impact",
        ),
        pytest.param(
            "В Курске мужчина доставлен в больницу № 2 с ранениями после атаки беспилотника.",
            [],
            [(["RU-KRS"], None, None, 1)],
            [],
            id="a-hospital-s-number-is-no-count",
        ),
        # "without casualties or damage" after a downing is no impact; after debris fell, its zero holds
        pytest.param(
            "В Новокуйбышевске сбит один беспилотник, обошлось без пострадавших и разрушений.",
            [(1, None, None, [("RU-SAM", 1)])],
            [],
            [],
            id="without-casualties-and-damage-is-no-impact",
        ),
        pytest.param(
            "Над Брянской областью сбиты 3 беспилотника. Обошлось без разрушений и пострадавших.",
            [(3, None, None, [("RU-BRY", 3)])],
            [],
            [],
            id="without-damage-and-casualties-is-no-impact",
        ),
        pytest.param(
            "В Чебоксарах обломки беспилотника упали на территорию промзоны, обошлось без пострадавших и "
            "разрушений.",
            [],
            [(["RU-CU"], None, None, 0)],
            [],
            id="debris-fell-without-casualties-and-damage",
        ),
        pytest.param(
            "Женщина погибла в белгородском селе Красный Восток после того, как на ее дом упал и сдетонировал "
            "сбитый БПЛА.",
            [],
            [(["RU-BEL"], None, 1, None)],
            [],
            id="one-person-killed",
        ),
        pytest.param(
            "Два беспилотника, летевших на Москву, отражены ПВО в Раменском.\n\nОб этом сообщил Сергей "
            "Собянин. Разрушений и пострадавших нет.",
            [(2, None, None, [("RU-MOS", 2)])],
            [],
            [],
            id="participle-after-a-clause-and-no-damage",
        ),
        pytest.param(
            "Реактивные дроны атаковали завод в Брянске. Система противовоздушной обороны сбила 13 БПЛА — один "
            "из них упал на здание предприятия, начался пожар.\n\nВсё началось в 4:30 утра и продолжалось до 7 "
            "часов. Предварительно, жертв нет.",
            [(13, None, None, [])],
            [(["RU-BRY"], None, 0, None)],
            [],
            id="impact-with-no-victims",
        ),
        pytest.param(
            "Губернаторы двух российских областей заявили о новых сбитых украинских дронах, шесть из них, как "
            "утверждается, сбиты над Калугой.",
            [(6, None, None, [("RU-KLU", 6)])],
            [],
            ["unverified_claim"],
            id="alleged",
        ),
        pytest.param(
            "По словам чиновника, было выпущено восемь ракет ATACMS, а российское ПВО сбило всего две.",
            [(2, 8, None, [])],
            [],
            [],
            id="launched-then-downed-without-noun",
        ),
        pytest.param(
            "Отражена атака 3 БПЛА, летевших на Москву.",
            [(3, None, None, [])],
            [],
            [],
            id="an-attack-of-three-drones-repelled",
        ),
        pytest.param(
            "Всего с 20:00 сбито 12 беспилотников.",
            [(12, None, None, [])],
            [],
            [],
            id="a-total-since-a-clock-time-is-no-running-total",
        ),
        pytest.param(
            "**Российские власти заявили об атаке более 50 дронов**\n\nМинобороны России утверждает, что "
            "минувшей ночью средства ПВО сбили 51 украинский беспилотник.",
            [(51, None, None, [])],
            [],
            [],
            id="a-headline-s-rounded-attack-is-the-body-s-downed-count",
        ),
        pytest.param(
            "Средства ПВО сбили два снаряда реактивной системы залпового огня HIMARS.",
            [(2, None, None, [])],
            [],
            [],
            id="rockets-of-a-multiple-launch-rocket-system-in-full",
        ),
        pytest.param(
            "Средствами ПВО сбит снаряд реактивной системы залпового огня HIMARS.",
            [(1, None, None, [])],
            [],
            [],
            id="one-rocket-of-a-multiple-launch-rocket-system-in-full",
        ),
        pytest.param(
            "Россия запустила 11 ракет, из которых восемь сбиты, и 85 дронов, из которых 70 сбиты.",
            [(8, 11, None, []), (70, 85, None, [])],
            [],
            [],
            id="of-which-after-each-item-of-a-launch-list",
        ),
        pytest.param(
            "В ночь с 13 на 14 августа над Брянской областью уничтожены 30 беспилотников.",
            [(30, None, None, [("RU-BRY", 30)])],
            [],
            [],
            id="the-first-day-of-a-night-is-no-count-ru",
        ),
        pytest.param(
            "В ночь с 31 июля на 1 августа над Брянской областью уничтожены 30 беспилотников.",
            [(30, None, None, [("RU-BRY", 30)])],
            [],
            [],
            id="a-night-across-two-months-is-no-running-total-ru",
        ),
        pytest.param(
            "Всего с начала атаки ПВО уничтожили восемь БПЛА над Севастополем.",
            [(8, None, None, [("UA-40", 8)])],
            [],
            [],
            id="since-the-attack-began-is-no-running-total",
        ),
        pytest.param(
            "Над Ленинградской и Новгородской областями сбиты по два беспилотника.",
            [(None, None, None, [("RU-LEN", 2), ("RU-NGR", 2)])],
            [],
            [],
            id="so-many-over-each-and-no-total",
        ),
        pytest.param(
            "Над Брянской областью сбиты двенадцать беспилотников. Ещё шесть беспилотников приземлены "
            "подразделениями РЭБ.",
            [(12, None, 6, [("RU-BRY", 12)])],
            [],
            [],
            id="landed-by-electronic-warfare-units",
        ),
        pytest.param(
            "Зеленский предупредил, что Россия может запустить до 500 дронов.",
            [],
            [],
            [],
            id="a-launch-foreseen-is-none-told-ru",
        ),
        pytest.param(
            "Над морем в районе Любимовки сбито шесть БПЛА, сообщил губернатор Севастополя Михаил Развожаев.",
            [(6, None, None, [("sea:black", 6)])],
            [],
            [],
            id="the-sea-off-a-village",
        ),
        pytest.param(
            "Над Брянским районом уничтожены 4 беспилотника. Ещё 2 БПЛА сбиты над Почепским районом.",
            [(4, None, None, [("RU-BRY", 4)]), (2, None, None, [("RU-BRY", 2)])],
            [],
            [],
            id="more-over-another-district-of-the-region",
        ),
        pytest.param(
            "Над Брянской областью уничтожены 4 беспилотника. Ещё 2 БПЛА сбиты над Почепским районом.",
            [(4, None, None, [("RU-BRY", 4)]), (2, None, None, [("RU-BRY", 2)])],
            [],
            [],
            id="more-over-a-district-of-the-region-downed-over",
        ),
        pytest.param(
            "Уничтожены 19, 11 и 6 беспилотников над Брянской, Курской и Орловской областями соответственно.",
            [(None, None, None, [("RU-BRY", 19), ("RU-KRS", 11), ("RU-ORL", 6)])],
            [],
            [],
            id="numbers-listed-before-their-noun-respectively-ru",
        ),
    ],
)
def test_russian_telegram_posts(
    text: str,
    expected_interceptions: list[Row],
    expected_impacts: list[Any],
    expected_findings: list[str],
) -> None:
    extraction = run(text, "2024-11-20T05:30:42+00:00")
    assert interceptions(extraction) == expected_interceptions
    assert impacts(extraction) == expected_impacts
    assert findings(extraction) == expected_findings


# --- Ukrainian: air-force reports and regional posts ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_interceptions", "expected_impacts"),
    [
        pytest.param(
            "У ніч на 25 листопада противник атакував 98 ударними БпЛА типу Shahed та дронами-імітаторами. "
            "Протиповітряною обороною збито/подавлено 67 ворожих БпЛА, ще 23 – локаційно втрачені.",
            [(67, 98, 23, [])],
            [],
            id="air-force-night-report",
        ),
        pytest.param(
            "Українські захисники цієї ночі збили усі 14 шахедів, запущених окупантами.",
            [(14, 14, None, [])],
            [],
            id="all-of-them",
        ),
        pytest.param(
            "Вночі над Черкащиною збили ворожий безпілотник. Через падіння уламків загорілась суха рослинність, "
            "постраждалих немає.",
            [(1, None, None, [("UA-71", 1)])],
            [(["UA-71"], None, None, 0)],
            id="one-drone-and-debris",
        ),
        pytest.param(
            "Внаслідок атаки дронів на Харків постраждали 15 людей, одна людина загинула.",
            [],
            [(["UA-63"], None, 1, 15)],
            id="casualties-after-the-verb",
        ),
        pytest.param(
            "Протягом доби над Дніпропетровщиною сили ППО знищили 7 безпілотників. Уламки пошкодили два "
            "приватні будинки у Павлоградському районі. Обійшлося без постраждалих.",
            [(7, None, None, [("UA-12", 7)])],
            [(["UA-12"], None, None, 0)],
            id="a-day-of-downings-is-a-claim",
        ),
        pytest.param(
            "Уночі ворог атакував Харків ударними дронами. Травмовано 4 людей, серед них дитина.",
            [],
            [(["UA-63"], None, None, 4)],
            id="traumatised-is-injured",
        ),
        pytest.param(
            "Противник атакував 120 ударними БпЛА з напрямків: Курськ, Орел, Міллерово, Приморсько-Ахтарськ. "
            "Зафіксовано влучання 22 ударних БпЛА на 9 локаціях.",
            [(None, 120, None, [])],
            [([], 9, None, None)],
            id="launch-origins-and-hits-are-neither-places-nor-launches",
        ),
        pytest.param(
            "Противник атакував ударними БпЛА типу «Шахед» та дронами-імітаторами — всього 97 засобів "
            "повітряного нападу. Протиповітряною обороною збито/подавлено 74 ворожих БпЛА.",
            [(74, 97, None, [])],
            [],
            id="a-total-of-unnamed-weapons-after-a-list-of-drones-counts-drones",
        ),
        pytest.param(
            "У ніч на 3 вересня росіяни випустили по Україні 502 повітряні цілі: 476 дронів і 26 ракет. Сили "
            "ППО знешкодили 430 дронів та 21 ракету.",
            [(430, 476, None, []), (21, 26, None, [])],
            [],
            id="a-total-of-air-targets-given-by-type-after-a-colon",
        ),
        pytest.param(
            "У ніч на 7 вересня противник атакував 823 засобами повітряного нападу: 810 ударними БпЛА та 13 "
            "ракетами. Станом на 09:00 ППО збито/подавлено 747 БпЛА та 4 ракети.",
            [(747, 810, None, []), (4, 13, None, [])],
            [],
            id="means-of-air-attack-by-type",
        ),
        pytest.param(
            "Вночі на Житомирщині працювала ППО. Збито 8 шахедів. Внаслідок падіння уламків у Бердичівському "
            "районі пошкоджено два будинки. Постраждалих немає.",
            [(8, None, None, [])],
            [(["UA-18"], None, None, 0)],
            id="houses-are-no-breakdown-item",
        ),
        pytest.param(
            "У ніч на 25 листопада ворог атакував Україну 96 ударними БпЛА та 3 балістичними ракетами. Станом на "
            "08:30 збито/подавлено 72 БпЛА та 2 ракети. Зафіксовано влучання 1 ракети та 24 ударних БпЛА на 7 "
            "локаціях.",
            [(72, 96, None, []), (2, 3, None, [])],
            [([], 7, None, None)],
            id="a-list-of-hits",
        ),
        pytest.param(
            "Над Черкащиною ППО знешкодила 6 ударних БпЛА та 1 крилату ракету Х-101.",
            [(6, None, None, [("UA-71", 6)]), (1, None, None, [("UA-71", 1)])],
            [],
            id="air-defence-feminine-verb",
        ),
        pytest.param(
            "Вночі ворог атакував понад сотнею ударних дронів. Збито 86.",
            [(86, 100, None, [])],
            [],
            id="a-hundred-as-a-noun",
        ),
        pytest.param(
            "Вночі росіяни атакували Одесу ударними безпілотниками. Сили ППО знищили 11 з 14 дронів. Внаслідок "
            "падіння уламків пошкоджено адмінбудівлю, поранено охоронця.",
            [(11, 14, None, [])],
            [(["UA-51"], None, None, 1)],
            id="a-guard-wounded",
        ),
        pytest.param(
            "Росіяни випустили 40 дронів та 2 ракети Х-59. Усі ракети та 35 дронів збито.",
            [(35, 40, None, []), (2, 2, None, [])],
            [],
            id="all-missiles-downed",
        ),
        pytest.param(
            "Результати протиповітряної оборони: збито – 68 БпЛА, локаційно втрачено – 12.",
            [(68, None, 12, [])],
            [],
            id="suppressed-verb-dash-count",
        ),
        pytest.param(
            "Загалом з 18:00 24 листопада ворог запустив 75 ударних БпЛА. Станом на 07:00 збито 56, ще 15 – "
            "локаційно втрачені (без негативних наслідків).",
            [(56, 75, 15, [])],
            [],
            id="the-enemy-launched",
        ),
        pytest.param(
            "Протягом ночі ворог атакував Дніпропетровщину 20 дронами та ракетою. Сили ППО знищили 17 БпЛА та "
            "ракету. У Кривому Розі пошкоджено 3 приватні будинки, травмовано жінку.",
            [(17, 20, None, []), (1, 1, None, [])],
            [(["UA-12"], None, None, 1)],
            id="one-missile-after-a-count-of-drones",
        ),
        pytest.param(
            "Кількість загиблих внаслідок удару по Запоріжжю зросла до 5, поранено 21 людину, повідомив Іван "
            "Федоров.",
            [],
            [(["UA-23"], None, 5, 21)],
            id="the-number-of-dead-rose-to",
        ),
        pytest.param(
            "За даними джерел, дрони СБУ уразили нафтобазу у Брянській області.",
            [],
            [(["RU-BRY"], None, None, None)],
            id="struck-a-depot-say-sources",
        ),
        pytest.param(
            "Ворог атакував Київщину 30 дронами. Над Київською областю збито 25 БпЛА.",
            [(25, 30, None, [("UA-32", 25)])],
            [],
            id="launched-then-downed-over-one-region",
        ),
        pytest.param(
            "Противник атакував 87 ворожими БпЛА. Збито 51 ворожий БпЛА у Київській, Житомирській та Черкаській "
            "областях.",
            [(51, 87, None, [])],
            [],
            id="launched-then-downed-over-a-group-of-regions",
        ),
        pytest.param(
            "У ніч на 12 листопада противник атакував Україну. Загалом зафіксовано 643 засоби повітряного "
            "нападу:\n595 ударних БпЛА;\n40 крилатих ракет Х-101;\n8 балістичних ракет Іскандер-М.\n"
            "Протиповітряною обороною збито/подавлено 603 засоби повітряного нападу:\n566 ворожих БпЛА різних "
            "типів;\n2 ракети Кинджал;\n2 балістичні ракети Іскандер-М/KN-23;\n33 крилаті ракети Х-101/Калібр.",
            [(566, 595, None, []), (33, 40, None, []), (2, 8, None, []), (2, None, None, [])],
            [],
            id="air-force-totals-listed-by-type-line-by-line",
        ),
        pytest.param(
            "Противник атакував Україну 200 засобами повітряного нападу. Протиповітряною обороною збито/подавлено "
            "180 цілей:\n▪️ 170 ворожих БпЛА;\n▪️ 2 Кинджали;\n▪️ 8 крилатих ракет X-101.",
            [(None, 200, None, []), (170, None, None, []), (2, None, None, []), (8, None, None, [])],
            [],
            id="a-list-by-type-with-bullets-and-plural-model-names",
        ),
        pytest.param(
            "Над Черкащиною збито ворожий БпЛА.",
            [(1, None, None, [("UA-71", 1)])],
            [],
            id="one-enemy-drone-by-its-adjective",
        ),
        pytest.param(
            "Противник випустив 8 ракет Калібр, усі збито.",
            [(8, 8, None, [])],
            [],
            id="launched-and-all-downed-in-one-sentence",
        ),
        pytest.param(
            "Противник випустив 8 ракет Калібр. Всі збиті.",
            [(8, 8, None, [])],
            [],
            id="launched-then-all-downed",
        ),
        pytest.param(
            "Противник атакував 30 БпЛА. Збито 29 БпЛА. Ще 1 ворожий БпЛА локаційно втрачений.",
            [(29, 30, 1, [])],
            [],
            id="one-lost-to-jamming-in-the-singular",
        ),
        pytest.param(
            "Міноборони РФ заявило, що збило 50 українських дронів. За даними відомства, 23 безпілотники збили "
            "над Брянською областю, 15 — над Курською, 7 — над Орловською, ще 5 — над акваторією Чорного моря.",
            [(50, None, None, [("RU-BRY", 23), ("RU-KRS", 15), ("RU-ORL", 7), ("sea:black", 5)])],
            [],
            id="a-relay-of-the-ministry-with-its-breakdown-in-the-next-sentence",
        ),
        pytest.param(
            "Росія атакувала Україну 62 дронами – 47 збито.",
            [(47, 62, None, [])],
            [],
            id="launched-a-dash-and-downed",
        ),
        pytest.param(
            "Міноборони РФ заявило про 30 збитих безпілотників.",
            [(30, None, None, [])],
            [],
            id="a-count-of-downed-drones",
        ),
        pytest.param(
            "Росія атакувала Україну 61 дроном.",
            [(None, 61, None, [])],
            [],
            id="the-instrumental-singular-after-61",
        ),
        pytest.param(
            "У ніч на 19 липня противник атакував 2 ракетами Х-59/69 з повітряного простору Курської області та "
            "112 ударними БпЛА. Збито 87 БпЛА. Зафіксовано влучання 18 ударних БпЛА на 7 локаціях.",
            [(None, 2, None, []), (87, 112, None, [])],
            [([], 7, None, None)],
            id="the-airspace-missiles-came-from-is-no-place-of-the-hits",
        ),
        pytest.param(
            "Мер Москви Собянін повідомив про збиття понад двох десятків дронів, що летіли на столицю.",
            [(20, None, None, [])],
            [],
            id="the-capital-drones-flew-towards-is-no-place-they-were-downed",
        ),
        pytest.param(
            "Збито 296 ударних БпЛА «Шахед».",
            [(296, None, None, [])],
            [],
            id="a-type-name-in-quotes-after-its-noun-is-no-drone-of-its-own",
        ),
        pytest.param(
            "Росія атакувала Україну 500 дронами — це наймасованіша атака з початку повномасштабної війни.",
            [(None, 500, None, [])],
            [],
            id="the-most-massive-attack-since-the-start-of-the-war-is-no-running-total",
        ),
        pytest.param(
            "Противник завдав комбінованого удару 598 ударними БпЛА та 31 ракетою. Збито 563 БпЛА та 26 ракет.",
            [(563, 598, None, []), (26, 31, None, [])],
            [],
            id="a-combined-strike-with-counts-is-a-launch",
        ),
        pytest.param(
            "Знищено 14 безпілотників: по 3 — на Сумщині та Чернігівщині, решта — над Полтавщиною.",
            [(14, None, None, [("UA-59", 3), ("UA-74", 3)])],
            [],
            id="each-count-reaches-no-further-than-its-list-item",
        ),
        pytest.param(
            "Противник атакував 5 балістичними ракетами Іскандер-М/KN-23 з Курської та Воронезької областей, "
            "4 керованими авіаційними ракетами Х-59/69 з повітряного простору Бєлгородської області та 87 "
            "ударними БпЛА типу Shahed.",
            [(None, 5, None, []), (None, 4, None, []), (None, 87, None, [])],
            [],
            id="every-item-of-a-launch-list-with-origins",
        ),
        pytest.param(
            "Протягом тижня росіяни випустили по Україні понад 1300 ударних дронів, майже 1200 керованих "
            "авіабомб та 9 ракет.",
            [],
            [],
            id="a-week-s-total-is-no-attack",
        ),
        pytest.param(
            "Протягом цього тижня росіяни випустили по Україні понад 1 300 ударних дронів, майже 1 200 керованих "
            "авіабомб та 50 ракет різних типів.",
            [],
            [],
            id="this-week-s-total-is-no-attack",
        ),
        pytest.param(
            "Сили ППО в ніч на 1 листопада знешкодили 55 ворожих ударних дронів із 79, які запустила Росія.",
            [(55, 79, None, [])],
            [],
            id="the-launched-count-after-the-noun-of-the-downed",
        ),
        pytest.param(
            "Росія запустила 273 дрони — це рекорд з початку повномасштабного вторгнення. Збито 88.",
            [(88, 273, None, [])],
            [],
            id="a-record-since-the-start-of-the-invasion-is-no-running-total",
        ),
        pytest.param(
            "Ворог атакував двадцятьма сімома ударними БпЛА. Збито 20.",
            [(20, 27, None, [])],
            [],
            id="the-instrumental-of-seven",
        ),
        pytest.param(
            "Запущено дев'ять «шахедів», усі збито: шість над Одещиною, три над Миколаївщиною.",
            [(9, 9, None, [("UA-51", 6), ("UA-48", 3)])],
            [],
            id="all-downed-then-where",
        ),
        pytest.param(
            "Противник атакував 2 ракетами з Брянської області. Зафіксовано влучання на 9 локаціях.",
            [(None, 2, None, [])],
            [([], 9, None, None)],
            id="a-launch-origin-is-no-place-hit",
        ),
        pytest.param(
            "Росіяни атакували Україну 27 ударними дронами та двома ракетами Х-59 з окупованої території "
            "Запорізької області. Знищено 21 «шахед». Обидві ракети збили над Дніпропетровщиною.",
            [(21, 27, None, []), (2, 2, None, [("UA-12", 2)])],
            [],
            id="a-launch-origin-does-not-part-a-launch-from-its-downed",
        ),
        pytest.param(
            "Противник завдав комбінованого удару: 19 балістичних ракет Іскандер-М/KN-23; 430 ударних БпЛА.\n\n"
            "Станом на 09:00 збито/подавлено 419 повітряних цілей:\n✔️ 14 балістичних ракет Іскандер-М/KN-23;\n"
            "✔️ 405 ворожих БпЛА.",
            [(14, 19, None, []), (405, 430, None, [])],
            [],
            id="items-after-semicolons-and-checkmarks",
        ),
        pytest.param(
            "Противник завдав комбінованого удару: 19 балістичних ракет Іскандер-М/KN-23 з Брянської, "
            "Воронезької областей та ТОТ Криму; 430 ударних БпЛА типу Shahed – з напрямків Курськ, Орел.",
            [(None, 19, None, []), (None, 430, None, [])],
            [],
            id="an-item-of-a-launch-list-ends-with-where-it-came-from",
        ),
        pytest.param(
            "Міноборони Росії заявило, що над територією РФ та окупованим Кримом знищено 37 безпілотників, "
            "зокрема 12 — над акваторією Чорного моря.",
            [(37, None, None, [("sea:black", 12)])],
            [],
            id="a-region-joined-to-a-country-keeps-the-total",
        ),
        pytest.param(
            "Сили ППО вночі знешкодили:\n🔹 на Вінниччині – 4 БпЛА;\n🔹 на Житомирщині – три;\n🔹 на Хмельниччині – "
            "два.\nЗагалом це 9 ворожих дронів.",
            [(9, None, None, [("UA-05", 4), ("UA-18", 3), ("UA-68", 2)])],
            [],
            id="a-list-by-place-with-no-total-before-it-and-its-total-after",
        ),
        pytest.param(
            "Ворог застосував 45 ударних БпЛА та керовану авіаційну ракету Х-59/69. Збито 29 БпЛА. Керовану "
            "ракету знешкоджено.",
            [(29, 45, None, []), (1, 1, None, [])],
            [],
            id="one-missile-with-no-numeral-in-a-launch-list",
        ),
        pytest.param(
            "Ворог застосував 45 ударних БпЛА «Шахед» та керовану авіаційну ракету Х-59/69. Збито 29 БпЛА. "
            "Керовану ракету знешкоджено.",
            [(29, 45, None, []), (1, 1, None, [])],
            [],
            id="one-missile-with-no-numeral-after-a-type-name-in-quotes",
        ),
        pytest.param(
            "Ворог запустив 14 безпілотників «Шахед», які були запущені з південно-східного напрямку, а також "
            "крилату ракету Х-22.",
            [(None, 14, None, []), (None, 1, None, [])],
            [],
            id="one-missile-with-no-numeral-after-a-relative-clause-about-the-drones",
        ),
        pytest.param(
            "Всього було запущено дев'ять «шахедів» — усі знищені силами ППО: шість над Одещиною, три над "
            "Миколаївщиною.",
            [(9, 9, None, [("UA-51", 6), ("UA-48", 3)])],
            [],
            id="all-downed-by-air-defence-then-where",
        ),
        pytest.param(
            "Росія атакувала Україну 81 дроном: збито 56, ще 20 локаційно втрачено\nВночі Росія атакувала "
            "Україну 81 ударним безпілотником. Збито 56 БпЛА. Ще 20 дронів-імітаторів локаційно втрачено.",
            [(56, 81, 20, [])],
            [],
            id="the-body-repeats-the-headline-s-suppressed-count-in-a-sentence-of-its-own",
        ),
        pytest.param(
            "Над Україною вночі знешкодили 55 «шахедів»\n\nСили ППО в ніч на 1 листопада знешкодили 55 ворожих "
            "ударних дронів із 79, які запустила Росія.",
            [(55, 79, None, [])],
            [],
            id="the-body-gives-the-launched-count-the-headline-left-out",
        ),
        pytest.param(
            "Знищено 20 дронів з 7 напрямків.",
            [(20, None, None, [])],
            [],
            id="a-count-of-directions-is-no-launch",
        ),
        pytest.param(
            "Над Київщиною збили 5 дронів. Ще 3 — над Житомирщиною.",
            [(5, None, None, [("UA-32", 5)]), (3, None, None, [("UA-18", 3)])],
            [],
            id="more-elsewhere-at-the-start-of-the-next-sentence-is-a-claim-of-its-own",
        ),
        pytest.param(
            "Сили ППО збили над Кіровоградщиною 7 із 9 дронів.",
            [(7, 9, None, [("UA-35", 7)])],
            [],
            id="the-count-a-downed-one-is-out-of-is-no-item-of-its-place",
        ),
        pytest.param(
            "Сили ППО збили 7 «шахедів» із 9.", [(7, 9, None, [])], [], id="out-of-after-a-quoted-noun"
        ),
        pytest.param(
            "Ворог випустив сім ракет. Шість із них знешкодили сили ППО.",
            [(6, 7, None, [])],
            [],
            id="six-of-them-with-iz",
        ),
        pytest.param("Сили ППО збили 80 зі 100 дронів.", [(80, 100, None, [])], [], id="out-of-with-zi"),
        pytest.param("Україна зазнала атак 50 дронів.", [(None, 50, None, [])], [], id="suffered-attacks"),
        pytest.param(
            "Росія атакувала Україну 810 дронами. Збити або подавити вдалося 747 дронів.",
            [(747, 810, None, [])],
            [],
            id="downed-or-suppressed-in-the-infinitive-uk",
        ),
        pytest.param(
            "Росія атакувала Україну трьомастами сорока дронами.",
            [(None, 340, None, [])],
            [],
            id="hundreds-in-the-instrumental-uk",
        ),
        pytest.param(
            "Знищено 14 БпЛА над Херсонщиною. По населених пунктах Херсонщини скинуто 11 керованих авіабомб.",
            [(14, None, None, [("UA-65", 14)]), (None, 11, None, [])],
            [],
            id="a-count-of-another-weapon-is-no-item-of-a-drone-list",
        ),
        pytest.param(
            "Ворог атакував Херсонщину 11 керованими авіабомбами.",
            [(None, 11, None, [])],
            [],
            id="glide-bombs-in-the-instrumental",
        ),
        pytest.param(
            "Із семи ракет сили ППО збили шість.", [(6, 7, None, [])], [], id="of-seven-missiles-six"
        ),
        pytest.param(
            "Ігнат: із семи крилатих ракет Х-101 сили ППО збили шість",
            [(6, 7, None, [])],
            [],
            id="of-seven-missiles-six-after-the-speaker-s-name",
        ),
        pytest.param(
            "Над Полтавщиною знищено 11 БпЛА, ще три дрони подавлено засобами РЕБ.",
            [(11, None, 3, [("UA-53", 11)])],
            [],
            id="more-suppressed-after-downed-completes-the-claim",
        ),
        pytest.param(
            "Росія атакувала Україну 101 дроном і трьома ракетами: скільки збила ППО",
            [(None, 101, None, []), (None, 3, None, [])],
            [],
            id="a-headline-asking-how-many-were-downed",
        ),
        pytest.param(
            "Росія запустила понад 100 дронів\n\nРосійські війська атакували Україну 112 безпілотниками. Збито 68.",
            [(68, 112, None, [])],
            [],
            id="a-headline-s-lower-bound-is-the-body-s-figure",
        ),
        pytest.param(
            "У Росії заявили, що над окупованим Кримом збили 14 українських дронів, ще 6 — над Чорним "
            "морем. Загалом, за даними Міноборони РФ, за ніч знищено 20 безпілотників.",
            [(20, None, None, [("UA-43", 14), ("sea:black", 6)])],
            [],
            id="a-roll-up-of-counts-by-place-is-their-total",
        ),
        pytest.param(
            "Збито 15 дронів:\n🔸 Київщина: 9;\n🔸 Житомирщина: 6.",
            [(15, None, None, [("UA-32", 9), ("UA-18", 6)])],
            [],
            id="a-colon-between-a-region-and-its-count",
        ),
        pytest.param(
            "Ворог випустив 12 ракет, усі, крім двох, збито.",
            [(10, 12, None, [])],
            [],
            id="all-but-two-were-downed",
        ),
        pytest.param(
            "Ворог скинув 16 КАБ, застосував 43 FPV-дрони та 2 ударні БпЛА «Шахед».",
            [(None, 16, None, []), (None, 43, None, []), (None, 2, None, [])],
            [],
            id="glide-bombs-dropped-were-launched",
        ),
        pytest.param(
            "Збито/подавлено 388 повітряних цілей: 372 ворожі БпЛА та 16 ракет.",
            [(372, None, None, []), (16, None, None, [])],
            [],
            id="a-total-downed-or-suppressed-before-its-list-is-no-suppressed-count",
        ),
        # the General Staff's summary: weapons used "for striking" were launched, not struck down
        pytest.param(
            "Противник завдав двох ракетних ударів, застосувавши три ракети.",
            [(None, 3, None, [])],
            [],
            id="having-used-three-missiles",
        ),
        pytest.param(
            "Крім того, противник залучив для ураження 846 дронів-камікадзе.",
            [(None, 846, None, [])],
            [],
            id="drew-in-drones-for-striking",
        ),
        pytest.param(
            "Противник атакував 3 ракетами «Калібр», 2 ракетами Х-59 та 40 ударними БпЛА.",
            [(None, 3, None, []), (None, 2, None, []), (None, 40, None, [])],
            [],
            id="a-quoted-model-name-ends-an-item",
        ),
        pytest.param(
            "Збито 20 дронів. Ще 2 дрони потрапили під дію РЕБ.",
            [(20, None, 2, [])],
            [],
            id="drones-that-fell-under-electronic-warfare",
        ),
        pytest.param(
            "Противник атакував ударними БпЛА типу Shahed, «Гербера» – всього 98 БпЛА. Збито 61 БпЛА.",
            [(61, 98, None, [])],
            [],
            id="the-total-after-the-types-of-a-launch",
        ),
        pytest.param(
            "Противник атакував двома балістичними ракетами, ракетою Х-59/69 та 27 ударними БпЛА. Збито 21 БпЛА.",
            [(None, 2, None, []), (None, 1, None, []), (21, 27, None, [])],
            [],
            id="a-launch-list-past-an-item-of-one-weapon",
        ),
        # the instrumental of the tens 60-80 and the -ома forms
        pytest.param(
            "Вночі ворог атакував Україну двома балістичними ракетами та сімдесятьма двома ударними дронами. Збито 58 "
            "дронів.",
            [(None, 2, None, []), (58, 72, None, [])],
            [],
            id="seventy-two-in-the-instrumental",
        ),
        pytest.param(
            "Ворог атакував область п'ятдесятьома шістьома дронами.",
            [(None, 56, None, [])],
            [],
            id="fifty-six-in-the-instrumental-with-oma",
        ),
        pytest.param(
            "Ворог атакував Київ балістичними ракетами. Сили ППО збили обидві ракети.",
            [(2, 2, None, [])],
            [],
            id="both-downed-are-all-launched",
        ),
        # an Air Force list by type whose line has a verb of its own; what was lost, told with no noun, is the drones'
        pytest.param(
            "У ніч на 4 липня (з 18:00 3 липня) противник атакував Україну 550 засобами повітряного нападу: 539 "
            "ударними БпЛА типу Shahed та імітаторами різних типів і 11 ракетами – балістичними Іскандер-М/KN-23 "
            "та крилатою Х-101.\n"
            "Станом на 09:00 протиповітряною обороною збито/подавлено 478 повітряних цілей:\n"
            "✔️ 270 ворожих БпЛА збито вогневими засобами;\n"
            "✔️ 2 крилаті ракети Х-101;\n"
            "✔️ 206 – локаційно втрачені (імітатори) / подавлені засобами РЕБ.",
            [(270, 539, 206, []), (2, 11, None, [])],
            [],
            id="air-force-list-by-type-with-a-verb-in-a-line",
        ),
        pytest.param(
            "Голова Сумської ОВА Олег Григоров повідомив, що над його областю вночі збили сім дронів.",
            [(7, None, None, [("UA-59", 7)])],
            [],
            id="over-his-region-is-the-region-of-the-speaker-s-title",
        ),
        pytest.param(
            "Близько 11:40 на Покровському напрямку підрозділи зенітних ракетних військ знищили російський "
            "винищувач-бомбардувальник Су-34.",
            [(1, None, None, [])],
            [],
            id="a-fighter-bomber-is-an-aircraft",
        ),
        pytest.param(
            "Зранку на Маріупольському напрямку також збили два літаки – Су-34 та Су-35.",
            [(2, None, None, [])],
            [],
            id="planes-in-the-plural",
        ),
        pytest.param(
            "Загалом із 17 лютого українські захисники неба знищили 13 російських літаків.",
            [],
            [],
            id="a-total-since-a-date-is-a-running-total",
        ),
        pytest.param(
            "Ворог задіяв 158 засобів повітряного нападу: 36 ударних БпЛА типу Shahed-136/131 та 122 ракети – "
            "крилаті Х-101/Х-555/Х-55. Знешкоджено 114 повітряних цілей: 87 крилатих ракет і 27 «шахедів».",
            [(27, 36, None, []), (87, 122, None, [])],
            [],
            id="weapons-the-enemy-employed-were-launched",
        ),
        pytest.param(
            "«З шістдесяти одного дрона збили сорок», – сказав Ігнат.",
            [(40, 61, None, [])],
            [],
            id="out-of-opening-a-quote",
        ),
        pytest.param(
            "Противник здійснив пуски двох балістичних ракет по Харкову.",
            [(None, 2, None, [])],
            [],
            id="launches-carried-out",
        ),
        pytest.param(
            "Ворог скинув 3 КАБи на Запорізький район.",
            [(None, 3, None, [])],
            [],
            id="glide-bombs-in-the-plural-kaby",
        ),
        pytest.param(
            "Збито 40 дронів. Ще 29 — це локаційна втрата.",
            [(40, None, 29, [])],
            [],
            id="a-locational-loss",
        ),
        pytest.param(
            "Листопад: Росія запустила по Україні понад 5 400 дронів.",
            [],
            [],
            id="a-month-heading-is-a-running-total",
        ),
        pytest.param(
            "Уточнення (10:45): у першій версії новини ми помилково вказали, що над областю збито 21 дрон. "
            "Насправді сили ППО знешкодили над областю 12 дронів.",
            [(12, None, None, [])],
            [],
            id="a-figure-the-first-version-gave-by-mistake",
        ),
        pytest.param(
            "У ніч на 19 листопада ворог запустив 476 дронів і 48 ракет, з яких збили 442 і 41 відповідно.",
            [(442, 476, None, []), (41, 48, None, [])],
            [],
            id="downed-respectively-of-two-weapons",
        ),
        pytest.param(
            "Збито 40 дронів, ще 20 втратили локаційно.",
            [(40, None, 20, [])],
            [],
            id="lost-with-the-adverb-after-the-verb",
        ),
        pytest.param(
            "За його словами, по заводу росіяни випустили дві крилаті ракети та кілька ударних дронів.",
            [],
            [],
            id="missiles-fired-at-one-plant-are-no-launch",
        ),
        pytest.param(
            "Вночі сили ППО відбили атаку 12 дронів на Київ.",
            [(12, None, None, [("UA-30", 12)])],
            [],
            id="an-attack-of-twelve-drones-repelled",
        ),
        pytest.param(
            "Відбито атаку 5 БпЛА на Одесу.",
            [(5, None, None, [("UA-51", 5)])],
            [],
            id="an-attack-of-five-drones-repelled-passive",
        ),
        pytest.param(
            "Сили оборони відбили 12 атак окупантів на Покровському напрямку.",
            [],
            [],
            id="ground-assaults-repelled-are-no-weapons",
        ),
        pytest.param(
            "Ворог випустив 6 ракет «Кинджал» з літаків МіГ-31К, 4 з них збито.",
            [(4, 6, None, [])],
            [],
            id="of-them-counts-the-missiles-not-the-aircraft-they-came-from",
        ),
        pytest.param(
            "Росія запустила 11 ракет, з яких вісім збито, та 85 дронів, з яких 70 збито.",
            [(8, 11, None, []), (70, 85, None, [])],
            [],
            id="of-which-after-each-item-of-a-launch-list",
        ),
        pytest.param(
            "Ворог випустив 4 ракети «Кинджал» і 4 ракети Х-59/69. Збито дві «Кинджал» і три Х-59/69.",
            [(2, 4, None, []), (3, 4, None, [])],
            [],
            id="two-models-launched-with-the-same-count",
        ),
        pytest.param(
            "У ніч з 13 на 14 серпня над Київщиною знищено 30 шахедів.",
            [(30, None, None, [("UA-32", 30)])],
            [],
            id="the-first-day-of-a-night-is-no-count",
        ),
        pytest.param(
            "У ніч з 31 липня на 1 серпня противник атакував Україну 80 ударними БпЛА. Збито 60.",
            [(60, 80, None, [])],
            [],
            id="a-night-across-two-months-is-no-running-total",
        ),
        pytest.param(
            "Над Вінниччиною та Хмельниччиною збито по шість дронів.",
            [(None, None, None, [("UA-05", 6), ("UA-68", 6)])],
            [],
            id="so-many-over-each-and-no-total",
        ),
        pytest.param(
            "ППО збила 12 шахедів, ще 5 погасили РЕБом.",
            [(12, None, 5, [])],
            [],
            id="put-out-by-electronic-warfare",
        ),
        pytest.param(
            "Уночі над Київщиною 12 ворожих дронів не долетіли до цілей через дію засобів РЕБ.",
            [(None, None, 12, [])],
            [],
            id="did-not-reach-their-targets-for-electronic-warfare",
        ),
        pytest.param(
            "Зеленський попередив, що Росія може запустити до 500 дронів.",
            [],
            [],
            id="a-launch-foreseen-is-none-told",
        ),
        pytest.param(
            "Уночі ворог атакував Україну півсотнею ударних БпЛА. Збито тридцять.",
            [(30, 50, None, [])],
            [],
            id="half-a-hundred-in-the-instrumental",
        ),
        pytest.param(
            "Над Одещиною та Чорним морем знищено 15 дронів: 11 – над областю, 4 – над морем.",
            [(15, None, None, [("UA-51", 11), ("sea:black", 4)])],
            [],
            id="over-the-region-and-over-the-sea-in-a-list",
        ),
        pytest.param(
            "Сили ППО уразили 9 ворожих безпілотників над Запорізькою областю.",
            [(9, None, None, [("UA-23", 9)])],
            [],
            id="hit-and-so-downed",
        ),
        pytest.param(
            "Над Запорізькою областю уражено 9 ворожих БпЛА.",
            [(9, None, None, [("UA-23", 9)])],
            [],
            id="drones-hit-are-no-impact",
        ),
        pytest.param(
            "ППО збила 12 шахедів. Засобами РЕБ приземлено ще 16 дронів.",
            [(12, None, 16, [])],
            [],
            id="landed-by-electronic-warfare",
        ),
        pytest.param(
            "Уночі над Черкащиною працювала ППО: знищено 7 ворожих БпЛА.",
            [(7, None, None, [("UA-71", 7)])],
            [],
            id="where-air-defence-worked-before-a-colon",
        ),
        pytest.param(
            "Сили оборони уразили 3 склади БпЛА та 2 пункти управління БпЛА.",
            [],
            [],
            id="depots-of-drones-hit-are-no-downing",
        ),
    ],
)
def test_ukrainian_reports(text: str, expected_interceptions: list[Row], expected_impacts: list[Any]) -> None:
    extraction = run(text, "2025-11-25T07:30:00+02:00")
    assert extraction.lang == "uk"
    assert interceptions(extraction) == expected_interceptions
    assert impacts(extraction) == expected_impacts


# --- English: relays and articles ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected_interceptions", "expected_impacts", "expected_findings"),
    [
        pytest.param(
            "Air defences intercepted 83 drones, including 64 over the Bryansk region, nine over the Kaluga "
            "region and five over the Smolensk region, the Defence Ministry said.",
            [(83, None, None, [("RU-BRY", 64), ("RU-KLU", 9), ("RU-SMO", 5)])],
            [],
            ["breakdown_sum_mismatch"],
            id="including-breakdown",
        ),
        pytest.param(
            "Ukraine's air defence shot down 34 out of 35 Russian drones launched overnight, the air force said.",
            [(34, 35, None, [])],
            [],
            [],
            id="out-of",
        ),
        pytest.param(
            "Russia launched 23 drones overnight. Air defences destroyed 18 of the drones. Reuters could not "
            "independently verify the report.",
            [(18, 23, None, [])],
            [],
            ["unverified_claim"],
            id="launched-then-destroyed",
        ),
        pytest.param(
            "Russia launched 23 drones and a cruise missile overnight, the air force said, adding that its air "
            "defence systems destroyed the missile and 18 of the drones.",
            [(18, 23, None, []), (1, 1, None, [])],
            [],
            [],
            id="the-missile-downs-the-one-launched",
        ),
        pytest.param(
            "Local officials in Tver reported seven people injured in the attacks.",
            [],
            [(["RU-TVE"], None, None, 7)],
            [],
            id="injured-count",
        ),
        pytest.param(
            "An attempt at a terrorist attack on objects of the Russian Federation was stopped, air defence "
            "systems destroyed a Ukrainian drone over the Bryansk region.",
            [(1, None, None, [("RU-BRY", 1)])],
            [],
            [],
            id="attempted-attack-is-no-impact",
        ),
        pytest.param(
            "Debris fell at nine addresses in the Belgorod region; a fire forced an evacuation, and no injuries "
            "were reported.",
            [],
            [(["RU-BEL"], 9, None, 0)],
            [],
            id="sites-and-no-injuries",
        ),
        pytest.param(
            "Ukraine's air force said Russia had attacked with 82 drones overnight, of which 61 were shot down "
            "and 14 were lost to electronic warfare.",
            [(61, 82, 14, [])],
            [],
            [],
            id="of-which-downed-and-lost",
        ),
        pytest.param(
            "Russia attacked with 82 drones overnight, the air force said. Of these, 61 were shot down and 14 "
            "were lost to electronic warfare.",
            [(61, 82, 14, [])],
            [],
            [],
            id="of-these-in-the-next-sentence",
        ),
        pytest.param(
            "Ukraine's military said it downed 23 of 31 Russian drones launched overnight.",
            [(23, 31, None, [])],
            [],
            [],
            id="n-of-m",
        ),
        pytest.param(
            "The air force said 61 of the 82 drones were shot down.",
            [(61, 82, None, [])],
            [],
            [],
            id="n-of-the-m",
        ),
        pytest.param(
            "Russia attacked Ukraine with 120 drones overnight, the Air Force said. Air defences downed 98 of them.",
            [(98, 120, None, [])],
            [],
            [],
            id="attacked-the-country-with-and-downed-n-of-them",
        ),
        pytest.param(
            "A Russian drone strike on Odesa overnight damaged port infrastructure and sparked a fire, injuring "
            "three people, Governor Oleh Kiper said.",
            [],
            [(["UA-51"], None, None, 3)],
            [],
            id="injuring-n-people",
        ),
        pytest.param(
            "Air defences destroyed 37 Ukrainian drones from 8 p.m. to 11 p.m. Moscow time, the ministry said.",
            [(37, None, None, [])],
            [],
            [],
            id="moscow-time-is-no-place",
        ),
        pytest.param(
            "On the night of September 7, Russia launched 810 Shahed-type attack drones and decoys, as well as "
            "13 missiles, at Ukraine. Ukrainian air defenses shot down or suppressed 747 drones and four missiles.",
            [(747, 810, None, []), (4, 13, None, [])],
            [],
            [],
            id="as-well-as-continues-the-list",
        ),
        pytest.param(
            "Ukrainian forces shot down 12 of 14 drones, and 2 drones hit targets in the Sumy region, the air "
            "force said.",
            [(12, 14, None, [])],
            [(["UA-59"], None, None, None)],
            [],
            id="drones-that-hit-are-no-breakdown-item",
        ),
        pytest.param(
            "In the Bryansk region, a Ukrainian drone attacked a civilian car, injuring the driver, governor "
            "Alexander Bogomaz said.",
            [],
            [(["RU-BRY"], None, None, 1)],
            [],
            id="injuring-the-driver",
        ),
        pytest.param(
            "Ukraine's air force said that of the 25 drones Russia launched overnight, 20 were shot down and "
            "five were jammed.",
            [(20, 25, 5, [])],
            [],
            [],
            id="of-the-drones-russia-launched",
        ),
        pytest.param(
            "Russia launched 25 drones overnight, the air force said. 20 were shot down and five were jammed.",
            [(20, 25, 5, [])],
            [],
            [],
            id="bare-counts-with-their-own-verbs",
        ),
        pytest.param(
            "Ukraine says it shot down 41 of 49 drones Russia launched overnight, with hits recorded in five "
            "locations.",
            [(41, 49, None, [])],
            [([], 5, None, None)],
            [],
            id="hits-at-n-locations",
        ),
        pytest.param(
            "In Belgorod, a drone struck a car, killing a man and injuring his wife, the regional governor said.",
            [],
            [(["RU-BEL"], None, 1, 1)],
            [],
            id="killing-a-man-and-injuring-his-wife",
        ),
        pytest.param(
            "Ukrainian media reported explosions in Kharkiv overnight. According to unconfirmed reports, a Russian "
            "drone hit a residential building.",
            [],
            [(["UA-63"], None, None, None)],
            ["anonymous_source", "unverified_claim"],
            id="unnamed-media-and-unconfirmed-reports",
        ),
        pytest.param(
            "Russia launched a combined missile and drone attack on Ukraine overnight, using 7 missiles and 93 "
            "drones, the Air Force reported. Air defense downed 6 missiles and 72 drones.",
            [(6, 7, None, []), (72, 93, None, [])],
            [],
            [],
            id="a-missile-and-drone-attack-is-no-count-of-missiles",
        ),
        pytest.param(
            "Russia launched 90 Shahed attack drones overnight.",
            [(None, 90, None, [])],
            [],
            [],
            id="attack-drones-are-drones",
        ),
        pytest.param(
            "Air defenses destroyed 42 Ukrainian drones overnight over the Bryansk (15), Kursk (11), Oryol (6) and "
            "Belgorod (10) regions, the ministry said.",
            [(42, None, None, [("RU-BRY", 15), ("RU-KRS", 11), ("RU-ORL", 6), ("RU-BEL", 10)])],
            [],
            [],
            id="counts-in-brackets-after-their-places",
        ),
        pytest.param(
            "A total of 337 Ukrainian drones were destroyed overnight, including 91 over the Moscow region, the "
            "Defense Ministry said.",
            [(337, None, None, [("RU-MOS", 91)])],
            [],
            ["breakdown_sum_mismatch"],
            id="a-total-of-is-no-count-of-one",
        ),
        pytest.param(
            "Debris fell on a kindergarten in Kyiv, Mayor Vitali Klitschko said. Two people were hospitalized.",
            [],
            [(["UA-30"], None, None, 2)],
            [],
            id="hospitalized-are-injured",
        ),
        pytest.param(
            "The death toll from the Russian drone strike on Ternopil rose to 12, officials said.",
            [],
            [(["UA-61"], None, 12, None)],
            [],
            id="the-death-toll-rose-to",
        ),
        pytest.param(
            "Drones hit an oil refinery in the Ryazan region, the governor said. The claim could not be "
            "independently confirmed.",
            [],
            [(["RU-RYA"], None, None, None)],
            ["unverified_claim"],
            id="could-not-be-independently-confirmed",
        ),
        pytest.param(
            "A Russian drone hit a nine-storey apartment building in Sumy, killing two people and injuring 14, "
            "including three children.",
            [],
            [(["UA-59"], None, 2, 14)],
            [],
            id="killing-n-and-injuring-m",
        ),
        pytest.param(
            "During the first wave of the attack, Russian air defence tried to shoot down four kamikaze drones.",
            [],
            [],
            [],
            id="tried-to-shoot-down-says-no-outcome",
        ),
        pytest.param(
            "Air defense units shot down drones above the Bryansk Region in the morning. Also, a fixed-wing drone "
            "was intercepted above the region at around 5:30 p.m. Moscow time.",
            [(1, None, None, [("RU-BRY", 1)])],
            [],
            [],
            id="the-region-named-before",
        ),
        pytest.param(
            "Russia launched 96 drones and three Iskander-M ballistic missiles against Ukraine overnight. "
            "Ukrainian air defense shot down or suppressed 72 drones and two missiles, while 24 drones and one "
            "missile hit targets in seven locations, according to the report.",
            [(72, 96, None, []), (2, 3, None, [])],
            [([], 7, None, None)],
            [],
            id="a-verb-does-not-reach-past-its-objects",
        ),
        pytest.param(
            "Moscow Mayor Sergei Sobyanin reported on Telegram that two more drones flying towards Moscow had been "
            "shot down, bringing the total number for the day to 12.",
            [(2, None, None, []), (12, None, None, [])],
            [],
            [],
            id="two-more-flying-towards-and-the-total-for-the-day",
        ),
        pytest.param(
            "Russia launched a record 810 drones and decoys overnight, Ukraine's air force said.",
            [(None, 810, None, [])],
            [],
            [],
            id="an-article-before-a-number-counts-nothing",
        ),
        pytest.param(
            "Russian forces launched 40 drones and 2 Kh-59 guided missiles. All missiles and 35 drones were shot "
            "down, the Air Force said.",
            [(35, 40, None, []), (2, 2, None, [])],
            [],
            [],
            id="all-missiles-were-shot-down",
        ),
        pytest.param(
            "Air defences destroyed 19 drones over the Moscow region, 16 of which were reportedly heading toward "
            "the capital, the ministry said.",
            [(19, None, None, [("RU-MOS", 19)])],
            [],
            [],
            id="reportedly-is-a-soft-hedge-not-doubt",
        ),
        pytest.param(
            "Russia said it had shot down 40 Ukrainian drones, 21 of them over the Bryansk region bordering "
            "Ukraine.",
            [(40, None, None, [("RU-BRY", 21)])],
            [],
            ["breakdown_sum_mismatch"],
            id="n-of-them-over-a-region",
        ),
        pytest.param(
            "Kyiv Mayor Vitali Klitschko said that explosions were heard in the capital. Later he said debris fell "
            "in the Obolonskyi district.",
            [],
            [(["UA-30"], None, None, None)],
            [],
            id="a-kyiv-district-in-english",
        ),
        pytest.param(
            "The Air Force said that 31 drones were shot down in the north and east of the country, 12 were "
            "lost, likely due to electronic warfare, and 5 hit their targets.",
            [(31, None, 12, [])],
            [],
            [],
            id="lost-likely-to-electronic-warfare-and-hits",
        ),
        pytest.param(
            "Russia's Defense Ministry said 15 drones were shot down over Bryansk Oblast, nine over Kursk Oblast, "
            "and two each over Belgorod and Oryol oblasts.",
            [(None, None, None, [("RU-BRY", 15), ("RU-KRS", 9), ("RU-BEL", 2), ("RU-ORL", 2)])],
            [],
            [],
            id="two-each-over",
        ),
        pytest.param(
            "In Mykolaiv Oblast, air defense shot down 9 drones.",
            [(9, None, None, [("UA-48", 9)])],
            [],
            [],
            id="the-place-that-opens-the-sentence",
        ),
        pytest.param(
            "The Kiev regime's attempt at a terrorist attack was thwarted. Air defense units intercepted two drones "
            "above the region of Kursk.",
            [(2, None, None, [("RU-KRS", 2)])],
            [],
            [],
            id="the-kiev-regime-is-no-place",
        ),
        pytest.param(
            "Russia fired 45 drones at Ukraine overnight, of which 34 were downed, the air force said. Another 9 "
            'were "lost", likely due to electronic warfare.',
            [(34, 45, 9, [])],
            [],
            [],
            id="lost-in-quotes",
        ),
        pytest.param(
            "The air force said 57 of the 80 drones were shot down, while 19 were lost, likely due to electronic "
            "jamming.",
            [(57, 80, 19, [])],
            [],
            [],
            id="lost-to-electronic-jamming",
        ),
        pytest.param(
            "Russia attacked overnight with 75 drones, of which 50 were shot down and 20 disappeared from radar.",
            [(50, 75, 20, [])],
            [],
            [],
            id="disappeared-from-radar",
        ),
        pytest.param(
            'Russia launched 90 drones. Air defense shot down 52 drones, while another 30 were "lost in location".',
            [(52, 90, 30, [])],
            [],
            [],
            id="lost-in-location",
        ),
        pytest.param(
            'Russia launched 90 drones. Air defense shot down 52 drones, while 30 drones were "lost," likely due '
            "to electronic warfare.",
            [(52, 90, 30, [])],
            [],
            [],
            id="lost-with-the-comma-inside-the-quotes",
        ),
        pytest.param(
            "Russia attacked Ukraine with 145 Shahed-136 attack drones overnight, the Air Force said. Air defense "
            "shot down 110.",
            [(110, 145, None, [])],
            [],
            [],
            id="the-digits-of-a-model-count-nothing",
        ),
        pytest.param(
            "Air defences intercepted four S-300 missiles over the Belgorod region.",
            [(4, None, None, [("RU-BEL", 4)])],
            [],
            [],
            id="a-count-before-a-model-with-digits",
        ),
        pytest.param(
            "Air defences shot down two dozen drones over the Kursk region.",
            [(24, None, None, [("RU-KRS", 24)])],
            [],
            [],
            id="two-dozen",
        ),
        pytest.param(
            "MOSCOW, April 5 (Reuters) - Russian air defences shot down 30 Ukrainian drones overnight, including "
            "10 over the Bryansk region, the Defence Ministry said.",
            [(30, None, None, [("RU-BRY", 10)])],
            [],
            ["breakdown_sum_mismatch"],
            id="a-dateline-with-a-date-and-an-agency",
        ),
        pytest.param(
            "Air defence systems destroyed 34 Ukrainian aircraft-type drones over the Kursk region, according to "
            "the Moscow Times.",
            [(34, None, None, [("RU-KRS", 34)])],
            [],
            [],
            id="aircraft-type-drones-are-drones",
        ),
        pytest.param(
            "Russia launched 101 drones against Ukraine overnight, the Air Force said. Air defense shot down 63 "
            "drones over the Kharkiv, Sumy and Poltava regions.",
            [(63, 101, None, [])],
            [],
            [],
            id="launched-then-downed-over-a-group-of-regions",
        ),
        pytest.param(
            "Ukraine launched 50 drones at Russia overnight. Russian air defenses destroyed 41 drones over the "
            "Bryansk region.",
            [(41, 50, None, [("RU-BRY", 41)])],
            [],
            [],
            id="launched-then-downed-over-one-region",
        ),
        pytest.param(
            "Air defense shot down or suppressed 603 air targets:\n- 566 drones;\n- 2 Kinzhal missiles;\n- 35 "
            "cruise missiles.",
            [(566, None, None, []), (2, None, None, []), (35, None, None, [])],
            [],
            [],
            id="a-total-listed-by-type-line-by-line",
        ),
        pytest.param(
            "Russia launched 12 drones at Ukraine overnight, all of which were shot down.",
            [(12, 12, None, [])],
            [],
            [],
            id="launched-all-of-which-were-shot-down",
        ),
        pytest.param(
            "Russia struck Ukraine with 5 missiles and 90 drones overnight.",
            [(None, 5, None, []), (None, 90, None, [])],
            [],
            [],
            id="struck-a-country-with-is-a-launch",
        ),
        pytest.param(
            "Russia attacked Ukraine overnight, firing 653 drones and 51 missiles, the Air Force said.",
            [(None, 653, None, []), (None, 51, None, [])],
            [],
            [],
            id="firing-is-a-launch",
        ),
        pytest.param(
            "Drones hit an oil depot in Bryansk, a Ukrainian security source told Reuters.",
            [],
            [(["RU-BRY"], None, None, None)],
            ["anonymous_source"],
            id="a-security-source-told",
        ),
        pytest.param(
            "Russia's defence ministry says 24 drones were destroyed overnight. The BBC has not been able to "
            "verify these claims.",
            [(24, None, None, [])],
            [],
            ["unverified_claim"],
            id="has-not-been-able-to-verify",
        ),
        pytest.param(
            "Moscow Mayor Sergei Sobyanin reported downing 34 drones that were flying toward the capital.",
            [(34, None, None, [])],
            [],
            [],
            id="reported-downing",
        ),
        pytest.param(
            "Russia downs 30 Ukrainian drones over Bryansk region",
            [(30, None, None, [("RU-BRY", 30)])],
            [],
            [],
            id="a-headline-in-the-present",
        ),
        pytest.param(
            "Air defense systems destroyed 19 drones: nine over the Belgorod Region and ten over the waters of "
            "the Black Sea.",
            [(19, None, None, [("RU-BEL", 9), ("sea:black", 10)])],
            [],
            [],
            id="over-the-waters-of-a-sea",
        ),
        pytest.param(
            "Russia's Defence Ministry said it had destroyed 45 drones, most of them over the Bryansk region.",
            [(45, None, None, [])],
            [],
            [],
            id="most-of-them-over-a-region-is-no-item",
        ),
        pytest.param(
            "Russian air defence units destroyed 12 Ukrainian drones overnight. Seven of the drones were downed "
            "over the Kursk region, the ministry said.",
            [(12, None, None, [("RU-KRS", 7)])],
            [],
            ["breakdown_sum_mismatch"],
            id="the-same-speaker-named-again-goes-on-with-the-breakdown",
        ),
        pytest.param(
            "Russia attacked Ukraine overnight with 87 drones from the Kursk and Oryol regions.",
            [(None, 87, None, [])],
            [],
            [],
            id="where-the-drones-came-from-is-no-impact",
        ),
        pytest.param(
            "Of the 80 drones launched, 52 were shot down, the air force said.",
            [(52, 80, None, [])],
            [],
            [],
            id="of-the-drones-launched",
        ),
        pytest.param(
            "Overnight drone attack: the Defense Ministry reports 23 drones downed, a fire breaks out in "
            "Kstovo\n\nAir defense systems shot down 23 drones, 11 of them over the Bryansk region.",
            [(23, None, None, [("RU-BRY", 11)])],
            [(["RU-NIZ"], None, None, None)],
            ["breakdown_sum_mismatch"],
            id="a-headline-count-is-not-placed-where-the-headline-says-a-fire-broke-out",
        ),
        pytest.param(
            "Ukraine launched a barrage of drones at Moscow overnight.",
            [],
            [],
            [],
            id="a-barrage-of-drones-is-no-count",
        ),
        pytest.param(
            "Air defense forces repelled an attack by three drones flying toward Moscow.",
            [(3, None, None, [])],
            [],
            [],
            id="an-attack-by-three-drones-repelled",
        ),
        pytest.param(
            "Moscow said it had shot down 126 Ukrainian drones overnight.",
            [(126, None, None, [])],
            [],
            [],
            id="a-capital-that-says-is-its-government",
        ),
        pytest.param(
            "2 missiles and 33 Shahed drones were shot down.",
            [(2, None, None, []), (33, None, None, [])],
            [],
            [],
            id="two-subjects-of-one-passive-verb",
        ),
        pytest.param(
            "In the Chernihiv region, air defense forces destroyed 14 drones overnight.",
            [(14, None, None, [("UA-74", 14)])],
            [],
            [],
            id="in-the-region-first",
        ),
        pytest.param(
            "It also said it had shot down three U.S.-made HIMARS rockets.",
            [(3, None, None, [])],
            [],
            [],
            id="us-made",
        ),
        pytest.param(
            "Air defense shot down 406 drones. A strike killed three people and injured 12 in Dnipro.",
            [(406, None, None, [])],
            [(["UA-12"], None, 3, 12)],
            [],
            id="casualties-after-an-interception-are-no-item",
        ),
        pytest.param(
            "Ukraine attacked the Russian Black Sea port of Novorossiysk with drones, damaging a tanker.",
            [],
            [(["RU-KDA"], None, None, None)],
            [],
            id="a-sea-port-is-no-sea",
        ),
        pytest.param(
            "At least 34 people, including two children, were killed and 117 others wounded when two Russian "
            "ballistic missiles struck Sumy.",
            [],
            [(["UA-59"], None, 34, 117)],
            [],
            id="an-aside-between-the-count-and-its-verb",
        ),
        pytest.param(
            "Ukraine's air force said it intercepted 12 cruise missiles aimed at Kyiv.",
            [(12, None, None, [])],
            [],
            [],
            id="the-city-missiles-were-aimed-at-is-no-place-they-were-downed",
        ),
        pytest.param(
            "Russia says it shot down 125 Ukrainian drones as Kyiv targets fuel depots",
            [(125, None, None, [])],
            [],
            [],
            id="the-capital-that-targets-is-its-government",
        ),
        pytest.param(
            "In July, about 85% of drones were shot down or jammed.",
            [],
            [],
            [],
            id="a-percentage-is-no-count",
        ),
        pytest.param(
            "In September, Russia launched over 5,600 drones at Ukraine.",
            [],
            [],
            [],
            id="a-month-s-total-is-a-running-total",
        ),
        pytest.param(
            "Russian forces have launched over 2,000 Shahed drones against Ukraine in November 2024 alone.",
            [],
            [],
            [],
            id="a-month-alone-is-a-running-total",
        ),
        pytest.param(
            "Russia has fired more than 9,000 missiles at Ukraine since September 2022.",
            [],
            [],
            [],
            id="since-a-month-is-a-running-total",
        ),
        pytest.param(
            "Russia launched 273 drones at Ukraine overnight, the largest such attack since the start of the "
            "full-scale war, officials said.",
            [(None, 273, None, [])],
            [],
            [],
            id="the-largest-attack-since-the-start-of-the-war-is-no-running-total",
        ),
        pytest.param(
            "Ukraine's Air Force said that 72 of 111 drones launched by Russia overnight had been shot down, with "
            '39 more "lost in location."',
            [(72, 111, 39, [])],
            [],
            [],
            id="a-launch-phrase-between-the-noun-and-its-passive-verb",
        ),
        pytest.param(
            "Air defenses shot down 30 of the missiles and 47 of the drones.",
            [(30, None, None, []), (47, None, None, [])],
            [],
            [],
            id="a-count-of-the-missiles-is-no-count-out-of-the-next",
        ),
        pytest.param(
            "Russia attacked Ukraine overnight on November 2 with 81 drones, the Air Force reported.",
            [(None, 81, None, [])],
            [],
            [],
            id="attacked-with-a-date-between",
        ),
        pytest.param(
            "Air defense forces repelled a drone attack overnight, destroying more than 20 UAVs, Governor Yury "
            "Slyusar said.",
            [(20, None, None, [])],
            [],
            [],
            id="destroying-as-a-participle",
        ),
        pytest.param(
            "Russia launched a massive missile and drone barrage against Ukraine's energy facilities overnight.",
            [],
            [],
            [],
            id="a-missile-and-drone-barrage-counts-no-missile",
        ),
        pytest.param(
            "Air defenses shot down ten rockets fired from a Vampire multiple launch rocket system over the "
            "Belgorod Region.",
            [(10, None, None, [("RU-BEL", 10)])],
            [],
            [],
            id="a-rocket-system-counts-no-rocket",
        ),
        pytest.param(
            "The death toll in Kryvyi Rih rises to 18.",
            [],
            [(["UA-12"], None, 18, None)],
            [],
            id="the-death-toll-rises-to",
        ),
        pytest.param(
            'Ukraine\'s air force said 88 drones had been shot down and another 128 were "lost", probably as a '
            "result of electronic countermeasures.",
            [(88, None, 128, [])],
            [],
            [],
            id="another-count-lost-completes-the-claim",
        ),
        pytest.param(
            "Russia fired 111 drones at Ukraine overnight. Sixty-five of them were shot down. A further 35 were "
            '"lost" - the military\'s term for drones thought to have been jammed.',
            [(65, 111, 35, [])],
            [],
            [],
            id="a-further-count-lost-two-sentences-after-the-launch",
        ),
        pytest.param(
            "On the night of April 19, the enemy attacked with 5 Iskander-M/KN-23 ballistic missiles from the "
            "Kursk and Voronezh regions, 4 Kh-59/69 guided air missiles from the airspace of the Belgorod "
            "region, and 87 Shahed-type attack UAVs and imitator drones of various types.",
            [(None, 5, None, []), (None, 4, None, []), (None, 87, None, [])],
            [],
            [],
            id="every-item-of-a-launch-list-with-origins-and-an-oxford-comma",
        ),
        pytest.param(
            "As of 09:00, 78 Shahed attack drones have been confirmed shot down in Kharkiv, Poltava and Sumy "
            "oblasts.",
            [(78, None, None, [])],
            [],
            [],
            id="a-passive-verb-after-a-type-name-and-its-noun",
        ),
        pytest.param(
            "As of 09:00, 78 Shahed attack drones and other types of drones have been confirmed shot down in "
            "Kharkiv, Poltava and Odesa oblasts.",
            [(78, None, None, [])],
            [],
            [],
            id="a-passive-verb-after-weapon-nouns-joined-without-a-count",
        ),
        pytest.param(
            "Overnight, Russian troops attacked Ukraine with 3 Iskander-M ballistic missiles and 91 Shahed-type "
            "drones. As of 09:00, air defense forces had shot down 2 missiles and 48 drones over Kyiv, Kharkiv, "
            "Sumy and Poltava regions.",
            [(2, 3, None, []), (48, 91, None, [])],
            [],
            [],
            id="one-count-over-a-list-of-regions-is-placed-in-none",
        ),
        pytest.param(
            "Air defences downed 55 drones out of 79 launched by Russia overnight.",
            [(55, 79, None, [])],
            [],
            [],
            id="the-launched-count-after-the-noun-of-the-downed",
        ),
        pytest.param(
            "Moscow Mayor Sergei Sobyanin reported a total of 26 drones downed between 11 p.m. and 6 a.m.",
            [(26, None, None, [])],
            [],
            [],
            id="a-participle-right-after-its-noun-without-an-auxiliary",
        ),
        pytest.param(
            'Russia launched 84 drones. Air defense downed 59, while 24 others were "lost locationally," likely '
            "due to electronic warfare.",
            [(59, 84, 24, [])],
            [],
            [],
            id="lost-locationally-in-quotes",
        ),
        pytest.param(
            "Air defences destroyed 40 drones overnight, the Kyiv City Military Administration said.",
            [(40, None, None, [])],
            [],
            [],
            id="a-place-in-the-name-of-the-speaker",
        ),
        pytest.param(
            "Air defences destroyed 40 drones overnight, Ukrainian officials in Kharkiv said.",
            [(40, None, None, [])],
            [],
            [],
            id="a-place-of-the-officials-who-speak",
        ),
        pytest.param(
            "Kyiv (AFP) - Ukraine's air force said it shot down 22 of 29 drones.",
            [(22, 29, None, [])],
            [],
            [],
            id="an-agency-dateline",
        ),
        pytest.param(
            "Russia launched 9 drones, all were shot down: six over Odesa Oblast, three over Mykolaiv Oblast.",
            [(9, 9, None, [("UA-51", 6), ("UA-48", 3)])],
            [],
            [],
            id="all-downed-then-where",
        ),
        pytest.param(
            "The enemy attacked with 2 Kinzhal aeroballistic missiles (from Tambov region airspace), 5 Kalibr "
            "cruise missiles (from the Black Sea) and 41 Shahed-type strike UAVs. Air defense shot down 5 Kalibr "
            "cruise missiles and 30 Shahed-type UAVs.",
            [(None, 2, None, []), (5, 5, None, []), (30, 41, None, [])],
            [],
            [],
            id="launch-origins-in-brackets",
        ),
        pytest.param(
            "Russia fired 29 Kh-101 cruise missiles and 28 Shahed drones overnight; 18 of the cruise missiles "
            "and all 28 drones were destroyed, the air force said.",
            [(18, 29, None, []), (28, 28, None, [])],
            [],
            [],
            id="a-semicolon-between-two-statements-joins-no-list",
        ),
        pytest.param(
            "It said 51 drones and all six missiles were intercepted.",
            [(51, None, None, []), (6, 6, None, [])],
            [],
            [],
            id="the-first-of-a-list-before-all-of-the-next",
        ),
        pytest.param(
            "Russia downed 105 drones\n\nRussia's Defense Ministry said its air defenses had destroyed 105 drones, "
            "of which 65 were downed over the Kursk region.",
            [(105, None, None, [("RU-KRS", 65)])],
            [],
            ["breakdown_sum_mismatch"],
            id="the-body-restates-the-headline-s-total-and-gives-its-breakdown",
        ),
        pytest.param(
            "Air defence destroyed 11 drones over Lipetsk Oblast and debris fell in Yelets.",
            [(11, None, None, [("RU-LIP", 11)])],
            [(["RU-LIP"], None, None, None)],
            [],
            id="a-place-where-debris-fell-after-the-count-is-not-its-place",
        ),
        pytest.param(
            "The ministry said it destroyed 337 drones overnight, including 91 over Moscow Oblast. According to "
            "the ministry, 126 drones were downed over Kursk Oblast, 91 over Moscow Oblast, and 38 over Bryansk "
            "Oblast.",
            [(337, None, None, [("RU-MOS", 91), ("RU-KRS", 126), ("RU-BRY", 38)])],
            [],
            ["breakdown_sum_mismatch"],
            id="an-item-of-the-lead-restated-in-the-full-list",
        ),
        pytest.param(
            "Air defense shot down four JDAM bombs, three HIMARS rockets and 112 drones.",
            [(4, None, None, []), (3, None, None, []), (112, None, None, [])],
            [],
            [],
            id="bombs-rockets-and-drones",
        ),
        pytest.param(
            "Air defense shot down four JDAM guided aerial bombs, three HIMARS multiple launch rocket system "
            "projectiles and 112 aircraft-type unmanned aerial vehicles.",
            [(4, None, None, []), (3, None, None, []), (112, None, None, [])],
            [],
            [],
            id="a-word-of-a-weapon-s-name-is-no-verb",
        ),
        pytest.param(
            "Ukrainian forces fired 12 rockets at Belgorod, and ten of them were shot down over the Belgorod "
            "region.",
            [(10, 12, None, [("RU-BEL", 10)])],
            [],
            [],
            id="ten-of-the-launched-downed-over-a-region",
        ),
        pytest.param(
            "Russia launched 8 Shahed drones at Mykolaiv region. All of them were shot down over Mykolaiv Oblast.",
            [(8, 8, None, [("UA-48", 8)])],
            [],
            [],
            id="all-of-the-launched-downed-over-a-region",
        ),
        pytest.param(
            "Air defense shot down 47 drones over Kyiv (8), Vinnytsia (4), and Zhytomyr (3) oblasts.",
            [(47, None, None, [("UA-32", 8), ("UA-05", 4), ("UA-18", 3)])],
            [],
            ["breakdown_sum_mismatch"],
            id="names-with-counts-in-brackets-before-a-plural-noun",
        ),
        pytest.param(
            "Russian forces launched two Iskander-M ballistic missiles at Dnipro; neither was shot down.",
            [(0, 2, None, [])],
            [],
            [],
            id="neither-was-shot-down",
        ),
        pytest.param(
            "The ministry said it had destroyed 32 drones over the Saratov, Volgograd and Rostov regions - 18, "
            "nine and five respectively.",
            [(32, None, None, [("RU-SAR", 18), ("RU-VGG", 9), ("RU-ROS", 5)])],
            [],
            [],
            id="counts-paired-with-places-respectively",
        ),
        pytest.param(
            "Russia attacked Ukraine with 500 drones and 50 missiles\n\nUkraine's air force said it had shot down "
            "or disabled 495 of the 496 drones and 45 of the 53 missiles launched by Russia.",
            [(495, 496, None, []), (45, 53, None, [])],
            [],
            [],
            id="the-exact-launched-figure-after-a-headline-s-round-one",
        ),
        pytest.param(
            "Russia attacked Ukraine with 537 air attack assets overnight, including 477 drones and decoys and 60 "
            "missiles of various types.",
            [(None, 477, None, []), (None, 60, None, [])],
            [],
            [],
            id="a-launch-of-every-class-including-counts-by-class",
        ),
        pytest.param(
            "A drone destroyed a house in the village.",
            [],
            [],
            [],
            id="a-drone-that-destroyed-something-is-no-interception",
        ),
        pytest.param(
            "Sobyanin posted 12 separate updates on Telegram, each reporting one to three drones downed.",
            [],
            [],
            [],
            id="the-ends-of-a-range-are-no-counts",
        ),
        pytest.param(
            "Russia attacks Ukraine with 139 drones overnight: 78 drones shot down\n\nBetween 18:00 on 8 "
            "February and 08:00 on 9 February, Russian forces attacked Ukraine with 139 Shahed attack "
            "drones. As of 09:00, 78 drones have been shot down. 56 decoy drones were lost from radar.",
            [(78, 139, 56, [])],
            [],
            [],
            id="a-headline-in-the-present-tense-and-its-body",
        ),
        pytest.param(
            "Russia launches nearly 600 drones, 48 missiles in massive attack\n\nRussia launched 595 drones "
            "and 48 missiles at Ukraine overnight, the Air Force reported. Air defense intercepted or "
            "suppressed 566 drones and 43 missiles. In Bashkortostan, Radiy Khabirov claimed two drones "
            "were shot down.",
            [(566, 595, None, []), (43, 48, None, []), (2, None, None, [("RU-BA", 2)])],
            [],
            [],
            id="a-headline-s-rounded-count-is-the-body-s-exact-one",
        ),
        pytest.param(
            "Russia claims 221 drones downed overnight\n\nA governor said three drones were shot down near "
            "Kirishi. The refinery is one of Russia's largest. It processes crude. Russia's Defense "
            "Ministry claimed that 221 Ukrainian drones were shot down overnight over 14 regions, "
            "including 28 over Leningrad Oblast.",
            [(221, None, None, [("RU-LEN", 28)]), (3, None, None, [("RU-LEN", 3)])],
            [],
            ["breakdown_sum_mismatch"],
            id="a-headline-s-claim-takes-the-breakdown-of-its-body",
        ),
        pytest.param(
            "A Ukrainian drone attack sparked a fire at an oil refinery in the Russian port of Tuapse "
            "overnight, regional officials said, as Kyiv keeps up its long-range campaign against "
            "Russia's energy industry.",
            [],
            [(["RU-KDA"], None, None, None)],
            [],
            id="kyiv-keeping-up-a-campaign-is-the-government",
        ),
        pytest.param(
            "Zelensky stated on March 7 that Russian forces launched almost 1,200 guided glide bombs, over 870 "
            "Shahed drones, and over 80 missiles against Ukraine over the past week.",
            [],
            [],
            [],
            id="a-week-s-total-is-no-attack",
        ),
        pytest.param(
            "Russian forces launched 127 missiles and 109 drones overnight. The missiles included 77 Kh-101 "
            "cruise missiles, of which Ukrainian forces downed 73.",
            [(None, 127, None, []), (None, 109, None, []), (73, 77, None, [])],
            [],
            [],
            id="what-the-missiles-of-a-launch-included",
        ),
        pytest.param(
            "The overnight strike comprised 12 Kalibr cruise missiles and 30 Shahed drones.",
            [(None, 12, None, []), (None, 30, None, [])],
            [],
            [],
            id="what-a-strike-comprised",
        ),
        pytest.param(
            "Air defense forces destroyed 19 of 24 Shahed-type drones over Odesa region.",
            [(19, 24, None, [("UA-51", 19)])],
            [],
            [],
            id="the-place-after-n-of-m-drones-is-the-downed-count-s",
        ),
        pytest.param(
            "Air defenses destroyed 40 drones overnight. In the morning, another drone was shot down over the "
            "Kursk region.",
            [(40, None, None, []), (1, None, None, [("RU-KRS", 1)])],
            [],
            [],
            id="another-drone-later-is-a-claim-of-its-own",
        ),
        pytest.param(
            "Air defenses destroyed 40 drones overnight. Two more drones were shot down over the Kursk region.",
            [(40, None, None, []), (2, None, None, [("RU-KRS", 2)])],
            [],
            [],
            id="two-more-drones-later-are-a-claim-of-their-own",
        ),
        pytest.param(
            "Air defenses intercepted 18 missiles fired at Kyiv.",
            [(18, None, None, [])],
            [],
            [],
            id="the-city-missiles-were-fired-at-is-no-item",
        ),
        pytest.param(
            "Russia launched four Iskander-M ballistic missiles. None of the ballistic missiles was intercepted.",
            [(0, 4, None, [])],
            [],
            [],
            id="none-of-the-missiles-in-a-sentence-of-its-own",
        ),
        pytest.param(
            "Of the 22 cruise missiles, 19 were destroyed, the air force said.",
            [(19, 22, None, [])],
            [],
            [],
            id="of-the-n-missiles-m-were-destroyed",
        ),
        pytest.param(
            "It added that 31 Shahed drones - which Russia calls Geran-2 - were also shot down.",
            [(31, None, None, [])],
            [],
            [],
            id="an-aside-between-dashes-before-the-verb",
        ),
        pytest.param(
            "Russia launched 49 drones on May 4 and 112 drones on May 5; Ukraine downed 38 and 91 respectively.",
            [(38, 49, None, []), (91, 112, None, [])],
            [],
            [],
            id="downed-counts-respectively-of-launches",
        ),
        pytest.param(
            "Shahed-type strike UAVs: launched 143, shot down 98, locationally lost 37.",
            [(98, 143, 37, [])],
            [],
            [],
            id="a-line-of-fields-after-a-weapon-and-a-colon",
        ),
        pytest.param(
            "Shahed-type UAVs — 143 launched, 98 shot down, 37 lost locationally.",
            [(98, 143, 37, [])],
            [],
            [],
            id="a-line-of-fields-after-a-weapon-and-a-dash",
        ),
        pytest.param(
            "Shahed-type UAVs: launched 20, shot down 15, impacts by 3.",
            [(15, 20, None, [])],
            [],
            [],
            id="a-line-of-fields-with-hits-counts-no-hit-as-a-claim",
        ),
        pytest.param(
            "Russian air defenses shot down 1,018 Ukrainian drones over past week",
            [],
            [],
            [],
            id="over-past-week-is-a-running-total",
        ),
        pytest.param(
            "Russia launched 1,300 drones and 900 guided bombs this week, Zelensky says.",
            [],
            [],
            [],
            id="this-week-at-the-end-is-a-running-total",
        ),
        pytest.param(
            "Earlier this week, Russia launched 500 drones at Ukraine, the air force said.",
            [(None, 500, None, [])],
            [],
            [],
            id="earlier-this-week-is-an-attack-s-time",
        ),
        pytest.param(
            "Ukrainian air defense shot down 12 Russian drones over Kherson Oblast overnight.\n\nCorrection: An "
            "earlier version of this article stated that 21 drones were shot down. The correct figure is 12.",
            [(12, None, None, [("UA-65", 12)])],
            [],
            [],
            id="a-figure-a-correction-withdraws",
        ),
        pytest.param(
            "In the strike, Russia used 78 missiles and 106 drones. According to the Air Force, of the 78 missiles, "
            "59 were shot down. Of the 106 drones, 54 were destroyed and 52 were locationally lost.",
            [(59, 78, None, []), (54, 106, 52, [])],
            [],
            [],
            id="of-the-weapons-after-a-speaker-each-to-its-own",
        ),
        pytest.param(
            "Russia fired 728 drones and 13 missiles. Of the drones, 296 were shot down.",
            [(296, 728, None, []), (None, 13, None, [])],
            [],
            [],
            id="of-the-drones-without-their-count",
        ),
        pytest.param(
            "Russia launched 122 drones and two Iskander-M ballistic missiles at Ukraine overnight. Air defence "
            "units shot down 98 drones. Neither missile was intercepted, it said.",
            [(98, 122, None, []), (0, 2, None, [])],
            [],
            [],
            id="neither-missile-was-intercepted",
        ),
        pytest.param(
            "Russia fired four Kh-59/69 guided missiles, none of which was shot down.",
            [(0, 4, None, [])],
            [],
            [],
            id="none-of-which-was-shot-down",
        ),
        pytest.param(
            "Air defense destroys 14 drones over Odesa region overnight, fire at enterprise in Izmail district",
            [(14, None, None, [("UA-51", 14)])],
            [],
            [],
            id="a-place-where-a-fire-broke-out-after-the-count-is-not-its",
        ),
        pytest.param(
            "Russia says it downed 105 drones as Moscow airports halt flights",
            [(105, None, None, [])],
            [],
            [],
            id="a-place-in-another-statement-after-as-is-not-the-count-s",
        ),
        pytest.param(
            "Russia fired 50 cruise missiles; all but one were shot down.",
            [(49, 50, None, [])],
            [],
            [],
            id="all-but-one-were-shot-down",
        ),
        pytest.param(
            "Russia launched a total of 215 air attack assets – 70 missiles and 145 drones – the Air Force said. "
            "Of these, 112 targets were neutralized: 48 missiles and 64 drones were shot down, while 47 drones were "
            "lost locationally.",
            [(48, 70, None, []), (64, 145, 47, [])],
            [],
            [],
            id="a-total-of-all-weapons-the-typed-claims-add-up-to-is-no-claim",
        ),
        pytest.param(
            "Our air defense destroyed 112 targets. Russia launched 215 attack drones and 70 missiles.",
            [(112, None, None, []), (None, 215, None, []), (None, 70, None, [])],
            [],
            [],
            id="a-total-of-all-weapons-nothing-adds-up-to-is-a-claim",
        ),
        # advice not to go near debris tells of no debris that fell
        pytest.param(
            "Air defences shot down 5 drones over Smolensk region. The governor asked residents not to "
            "approach debris.",
            [(5, None, None, [("RU-SMO", 5)])],
            [],
            [],
            id="advice-not-to-approach-debris-is-no-impact",
        ),
        # the weapons as the subject of "attacked", or its agent in the passive, were launched
        pytest.param(
            "Ukraine was attacked by 100 drones overnight; 80 were shot down.",
            [(80, 100, None, [])],
            [],
            [],
            id="was-attacked-by-drones",
        ),
        pytest.param(
            "342 UAVs of various modifications attacked Zaporizhzhia, Stepnohirsk and Kamianske.",
            [(None, 342, None, [])],
            [],
            [],
            id="drones-of-various-modifications-attacked",
        ),
        pytest.param(
            "Russia targeted western Ukraine with 45 drones overnight.",
            [(None, 45, None, [])],
            [],
            [],
            id="targeted-western-ukraine-with-drones",
        ),
        pytest.param(
            "Two people were killed and five wounded when Russian drones attacked Kherson.",
            [],
            [(["UA-65"], None, 2, 5)],
            [],
            id="the-wounded-before-drones-that-attacked-were-no-drones",
        ),
        # "all of them" after a launch of two weapons: both were downed
        pytest.param(
            "At night, the enemy attacked Khmelnytskyi region with three Kh-101 cruise missiles and 12 Shahed-type "
            "drones. All of them were destroyed over the region by air defense forces.",
            [(3, 3, None, [("UA-68", 3)]), (12, 12, None, [("UA-68", 12)])],
            [],
            [],
            id="all-of-them-after-a-launch-of-two-weapons",
        ),
        pytest.param(
            "Russia launched 3 missiles and 12 drones. They were shot down.",
            [(None, 3, None, []), (12, 12, None, [])],
            [],
            [],
            id="they-without-all-is-the-last-weapon-s",
        ),
        pytest.param(
            "728 drones and 13 missiles were launched, of which 718 drones and 7 missiles were reportedly "
            "intercepted.",
            [(718, 728, None, []), (7, 13, None, [])],
            [],
            [],
            id="an-adverb-of-the-passive-verb",
        ),
        pytest.param(
            "Russia fired two Iskander-M ballistic missiles at the city, neither of which was shot down.",
            [(0, 2, None, [])],
            [],
            [],
            id="neither-of-which-was-shot-down",
        ),
        # a total told after the items of its breakdown
        pytest.param(
            "Air defense destroyed 19 drones over the Volgograd region and 7 over the Rostov region, a total of 46.",
            [(46, None, None, [("RU-VGG", 19), ("RU-ROS", 7)])],
            [],
            ["breakdown_sum_mismatch"],
            id="a-total-of-after-the-items",
        ),
        pytest.param(
            "Air defense destroyed 19 drones over the Volgograd region, 7 over the Rostov region and 3 over the "
            "Republic of Crimea, 29 in total during the night.",
            [(29, None, None, [("RU-VGG", 19), ("RU-ROS", 7), ("UA-43", 3)])],
            [],
            [],
            id="in-total-after-the-items",
        ),
        # two people, each with an age; a death of wounds; a worker by the vehicle they drove
        pytest.param(
            "Kharkiv: a 41-year-old woman and an 8-year-old boy were injured.",
            [],
            [(["UA-63"], None, None, 2)],
            [],
            id="two-people-each-with-an-age",
        ),
        pytest.param(
            "A 58-year-old man died of his wounds in hospital in Kherson.",
            [],
            [(["UA-65"], None, 1, None)],
            [],
            id="died-of-his-wounds-is-a-death-only",
        ),
        pytest.param(
            "A drone hit a truck in Kherson; a 45-year-old truck driver was injured.",
            [],
            [(["UA-65"], None, None, 1)],
            [],
            id="an-aged-truck-driver",
        ),
        pytest.param(
            "A drone fell near Kursk. No damage or casualties were reported.",
            [],
            [(["RU-KRS"], None, 0, 0)],
            [],
            id="no-damage-or-casualties",
        ),
        pytest.param(
            "Local channels say at least 6 drones were shot down over Engels.",
            [(6, None, None, [("RU-SAR", 6)])],
            [],
            ["anonymous_source"],
            id="local-channels-say",
        ),
        # one place named after every count of a list downed together is each weapon's
        pytest.param(
            "Four HIMARS rockets and 32 drones were shot down over the Belgorod region.",
            [(4, None, None, [("RU-BEL", 4)]), (32, None, None, [("RU-BEL", 32)])],
            [],
            [],
            id="a-place-after-a-list-downed-together",
        ),
        pytest.param(
            "Five drones were destroyed in the port, and eight UAVs were shot down over the Belgorod region.",
            [(5, None, None, []), (8, None, None, [("RU-BEL", 8)])],
            [],
            [],
            id="a-place-after-a-count-with-a-verb-of-its-own-is-its-alone",
        ),
        pytest.param(
            "Leningrad region governor Alexander Drozdenko said air defences had destroyed 30 drones over the "
            "region.",
            [(30, None, None, [("RU-LEN", 30)])],
            [],
            [],
            id="over-the-region-of-the-speaker-s-title",
        ),
        pytest.param(
            "Last night, another massive attack: more than 50 missiles and almost 500 drones.",
            [(None, 50, None, []), (None, 500, None, [])],
            [],
            [],
            id="an-attack-and-a-colon-before-its-weapons",
        ),
        pytest.param(
            "Russia launched 19 drones at Odesa region overnight; 16 of them were shot down over the region.",
            [(16, 19, None, [("UA-51", 16)])],
            [],
            [],
            id="some-of-a-launch-downed-over-the-region-it-targeted",
        ),
        # models' nicknames in the plural
        pytest.param(
            "6 Shaheds and 2 Kalibrs were destroyed over Lviv region.",
            [(6, None, None, [("UA-46", 6)]), (2, None, None, [("UA-46", 2)])],
            [],
            [],
            id="plural-nicknames-of-models",
        ),
        pytest.param(
            "Air defense shot down 3 Iskanders and 2 Kinzhals.",
            [(3, None, None, []), (2, None, None, [])],
            [],
            [],
            id="plural-nicknames-of-missiles",
        ),
        # people by their work, with an age before it; injuries received
        pytest.param(
            "A drone hit a house in Kherson. A firefighter was injured.",
            [],
            [(["UA-65"], None, None, 1)],
            [],
            id="a-firefighter-was-injured",
        ),
        pytest.param(
            "A drone hit a house in Kherson. A 55-year-old security guard was injured.",
            [],
            [(["UA-65"], None, None, 1)],
            [],
            id="an-aged-security-guard-was-injured",
        ),
        pytest.param(
            "A 62-year-old woman received minor injuries in Krasnodar.",
            [],
            [(["RU-KDA"], None, None, 1)],
            [],
            id="received-minor-injuries",
        ),
        pytest.param(
            "A missile hit a training ground in Dnipropetrovsk Oblast, Russian Telegram channels claimed.",
            [],
            [(["UA-12"], None, None, None)],
            ["anonymous_source"],
            id="telegram-channels-claimed",
        ),
        pytest.param(
            "Russia launched 2 ballistic missiles. Both ballistic missiles were not downed.",
            [(0, 2, None, [])],
            [],
            [],
            id="missiles-that-were-not-downed",
        ),
        pytest.param(
            "Russian aircraft dropped at least eight guided aerial bombs on Zaporizhzhia.",
            [(None, 8, None, [])],
            [],
            [],
            id="guided-bombs-dropped-were-launched",
        ),
        pytest.param(
            "Moscow's defence ministry said its forces had shot down 45 Ukrainian drones overnight, including 12 over "
            "the Moscow region.",
            [(45, None, None, [("RU-MOS", 12)])],
            [],
            ["breakdown_sum_mismatch"],
            id="moscow-s-defence-ministry-is-no-place",
        ),
        pytest.param(
            "Air defense downed 113 drones, and 26 drones hit eight locations.",
            [(113, None, None, [])],
            [([], 8, None, None)],
            [],
            id="drones-that-hit-were-not-downed",
        ),
        pytest.param(
            "Sevastopol governor Mikhail Razvozhayev said air defenses had shot down 18 drones over the city.",
            [(18, None, None, [("UA-40", 18)])],
            [],
            [],
            id="over-the-city-the-governor-s-title-names",
        ),
        pytest.param(
            "Ukrainian air defenses shot down all 15 drones that were heading toward the city.",
            [(15, 15, None, [])],
            [],
            [],
            id="heading-toward-the-city-is-no-place",
        ),
        pytest.param(
            "Air defenses shot down 7 Shaheds and 2 Kalibr missiles over the Mykolaiv region.",
            [(7, None, None, [("UA-48", 7)]), (2, None, None, [("UA-48", 2)])],
            [],
            [],
            id="the-place-after-a-list-of-weapons-is-each-s",
        ),
        pytest.param(
            "Air defense forces shot down four missiles, two rockets of a multiple launch rocket system and 211 "
            "drones.",
            [(4, None, None, []), (2, None, None, []), (211, None, None, [])],
            [],
            [],
            id="the-launch-of-a-launcher-s-name-is-no-verb",
        ),
        # a headline on its own line, its last participle downing what it counts
        pytest.param(
            "Russia launches 90 drones, 2 ballistic missiles at Ukraine overnight, 64 drones downed\n\nRussia "
            "launched 90 drones and two ballistic missiles overnight, the Air Force said. Of those, 64 drones were "
            "shot down and 20 were locationally lost.",
            [(64, 90, 20, []), (None, 2, None, [])],
            [],
            [],
            id="a-headline-line-ending-in-a-participle",
        ),
        pytest.param(
            "Russian forces had shot down a Ukrainian Su-27 fighter jet, the ministry said.",
            [(1, None, None, [])],
            [],
            [],
            id="a-fighter-jet-is-an-aircraft",
        ),
        pytest.param(
            "Tatarstan was attacked by drones overnight. Two drones were shot down over the republic, the government "
            "said.",
            [(2, None, None, [("RU-TA", 2)])],
            [],
            [],
            id="over-the-republic-named-before",
        ),
        pytest.param(
            "Russian air defenses shot down 93 enemy drones overnight, the ministry said. The Bryansk region led the "
            "tally with 38 intercepted UAVs, followed by the Moscow region, where 19 drones were destroyed.",
            [(93, None, None, [("RU-BRY", 38), ("RU-MOS", 19)])],
            [],
            ["breakdown_sum_mismatch"],
            id="a-place-before-where-is-the-clause-s",
        ),
        pytest.param(
            "Russia's defence ministry said it had destroyed 121 drones over 13 regions, with the most, 33, brought "
            "down over the Ryazan region, followed by 28 over the Bryansk region.",
            [(121, None, None, [("RU-RYA", 33), ("RU-BRY", 28)])],
            [],
            ["breakdown_sum_mismatch"],
            id="a-count-set-off-by-commas-takes-the-next-clause-s-place",
        ),
        pytest.param(
            "Kursk Governor Alexander Khinshtein said seven drones had been shot down over his region overnight.",
            [(7, None, None, [("RU-KRS", 7)])],
            [],
            [],
            id="over-his-region-is-the-region-of-the-speaker-s-title",
        ),
        pytest.param(
            "Since 17 February, air defences have downed 13 Russian jets.",
            [],
            [],
            [],
            id="a-total-since-a-date-is-a-running-total",
        ),
        pytest.param(
            "Russia fired more than 1,300 drones at Ukraine in a week, Zelensky said.",
            [],
            [],
            [],
            id="in-a-week-is-a-running-total",
        ),
        pytest.param(
            "Of the 56 Shahed drones that Russia launched overnight, Ukrainian forces shot down 35, while 17 more "
            "went off the radar.",
            [(35, 56, 17, [])],
            [],
            [],
            id="went-off-the-radar-is-suppressed",
        ),
        pytest.param(
            "Russia attacks Ukraine with 430 drones, 19 missiles overnight\n\nRussia launched 2 Kinzhal missiles and "
            "17 Kalibr missiles, the Air Force said. Air defences shot down 405 drones, 2 Kinzhal missiles and 14 "
            "Kalibr missiles.",
            [(405, 430, None, []), (2, 2, None, []), (14, 17, None, [])],
            [],
            [],
            id="a-headline-s-missiles-that-the-models-add-up-to",
        ),
        pytest.param(
            "Russia fired two cruise missiles at the refinery overnight.",
            [],
            [],
            [],
            id="missiles-fired-at-one-refinery-are-no-launch",
        ),
        pytest.param(
            "The fleet's patrol ships detected and destroyed five unmanned boats heading towards the Crimean coast, "
            "the ministry said.",
            [(5, None, None, [])],
            [],
            [],
            id="unmanned-boats-destroyed",
        ),
        pytest.param(
            "Russia says it shot down 112 Ukrainian drones, flights disrupted at Moscow airports",
            [(112, None, None, [])],
            [],
            [],
            id="a-clause-about-flights-names-no-place-of-the-count",
        ),
        pytest.param(
            "In total, 147 means of air attack were detected:\n– 8 Kh-101 air-launched cruise missiles;\n– 4 "
            "Iskander-M/KN-23 ballistic missiles;\n– 135 strike UAVs of the Shahed type and decoy drones.\n\nAs of "
            "09:00, air defence neutralised 112 air attack means:\n– 7 Kh-101 cruise missiles;\n– 1 Iskander-M/KN-23 "
            "ballistic missile;\n– 104 enemy UAVs of various types.",
            [(7, 8, None, []), (1, 4, None, []), (104, 135, None, [])],
            [],
            [],
            id="air-force-lists-after-means-were-detected",
        ),
        pytest.param(
            "In total, 12 means of air attack were detected:\n– 8 Kh-101 air-launched cruise missiles (launch area – "
            "Saratov region);\n– 4 strike UAVs.\n\nHits by 3 missiles were recorded at 9 locations.",
            [(None, 8, None, []), (None, 4, None, [])],
            [([], 9, None, None)],
            [],
            id="a-launch-area-is-no-place-of-the-hits",
        ),
        pytest.param(
            "Russia attacked Khmelnytskyi Oblast overnight, the governor said. Over the region, 6 missiles and 9 "
            "UAVs were shot down.",
            [(6, None, None, [("UA-68", 6)]), (9, None, None, [("UA-68", 9)])],
            [],
            [],
            id="over-the-region-opening-the-sentence",
        ),
        pytest.param(
            "Air defence forces destroyed nine Ukrainian drones over Smolensk and its outskirts overnight; debris of "
            "one of them fell on the territory of the Smolensk aviation plant, the governor said.",
            [(9, None, None, [("RU-SMO", 9)])],
            [(["RU-SMO"], None, None, None)],
            [],
            id="where-the-debris-of-one-fell-is-no-item",
        ),
        pytest.param(
            "CORRECTED-Russia says it destroyed 38 Ukrainian drones overnight\n\n(Corrects number of drones destroyed "
            "over the Kursk region to 9 from 19 in paragraph 2)\n\nRussian air defences destroyed 38 Ukrainian drones "
            "overnight, including 12 over the Bryansk region and 9 over the Kursk region, the ministry said.",
            [(38, None, None, [("RU-BRY", 12), ("RU-KRS", 9)])],
            [],
            ["breakdown_sum_mismatch"],
            id="a-correction-line-gives-no-item",
        ),
        pytest.param(
            "23 Ukrainian drones had been shot down over the Volga region during the night.",
            [(23, None, None, [])],
            [],
            [],
            id="the-volga-region-is-no-unit",
        ),
        pytest.param(
            "Voronezh Governor Alexander Gusev said 17 drones were destroyed over the region.",
            [(17, None, None, [("RU-VOR", 17)])],
            [],
            [],
            id="the-region-of-a-town-in-a-governor-s-title",
        ),
        pytest.param(
            "Kharkiv Governor Oleh Syniehubov said 17 drones were destroyed over the region.",
            [(17, None, None, [("UA-63", 17)])],
            [],
            [],
            id="the-region-of-a-town-in-a-governor-s-title-ua",
        ),
        pytest.param(
            "Drones attacked Kursk. The governor spoke on Telegram. Nine drones were shot down over the city.",
            [(9, None, None, [("RU-KRS", 9)])],
            [],
            [],
            id="over-the-city-named-two-sentences-before",
        ),
        pytest.param(
            "Debris fell in Kyiv overnight. No casualties were reported. Tkachenko said 20 drones had been "
            "destroyed over the city.",
            [(20, None, None, [("UA-30", 20)])],
            [(["UA-30"], None, 0, 0)],
            [],
            id="over-the-capital-named-two-sentences-before",
        ),
        pytest.param(
            "The air force said it shot down all six missiles launched overnight, as well as 23 of 30 drones.",
            [(6, 6, None, []), (23, 30, None, [])],
            [],
            [],
            id="a-launch-participle-after-an-item-of-the-list",
        ),
        pytest.param(
            "The air force said it shot down all six missiles launched from the Black Sea, as well as 23 of 30 "
            "drones.",
            [(6, 6, None, []), (23, 30, None, [])],
            [],
            [],
            id="a-launch-participle-with-its-origin-after-an-item-of-the-list",
        ),
        pytest.param(
            "Russia reports attack by more than 50 drones\n\nThe ministry said air defences shot down 51 "
            "Ukrainian drones overnight.",
            [(51, None, None, [])],
            [],
            [],
            id="a-headline-s-rounded-attack-is-the-body-s-downed-count",
        ),
        pytest.param(
            "Russia fired 40 Kh-101 missiles from Tu-95MS bombers; 35 of them were shot down.",
            [(35, 40, None, [])],
            [],
            [],
            id="of-them-counts-the-missiles-not-the-bombers-they-came-from",
        ),
        pytest.param(
            "Russia launched 11 missiles, of which eight were intercepted, and 85 drones, of which 70 were "
            "downed.",
            [(8, 11, None, []), (70, 85, None, [])],
            [],
            [],
            id="of-which-after-each-item-of-a-launch-list",
        ),
        pytest.param(
            "Air defense shot down or suppressed 585 drones and 30 missiles: 29 Kh-101 and one Kalibr.",
            [(585, None, None, []), (29, None, None, []), (1, None, None, [])],
            [],
            [],
            id="shot-down-or-suppressed-is-one-verb-for-the-types-after-the-colon",
        ),
        pytest.param(
            "Russia launched 4 Kinzhal missiles and 4 Kh-59/69 missiles. Two Kinzhals and three Kh-59/69 were "
            "shot down.",
            [(2, 4, None, []), (3, 4, None, [])],
            [],
            [],
            id="two-models-launched-with-the-same-count",
        ),
        pytest.param(
            "Russia fired 700 drones at Ukraine overnight, along with 13 missiles.",
            [(None, 700, None, []), (None, 13, None, [])],
            [],
            [],
            id="along-with-joins-a-launch-list",
        ),
        pytest.param(
            "Air defences downed 33 drones over the Kursk region, in what Moscow called a terrorist attack.",
            [(33, None, None, [("RU-KRS", 33)])],
            [],
            [],
            id="in-what-moscow-called-is-its-government",
        ),
        pytest.param(
            "Debris fell on a house in Ryazan after drones were shot down.",
            [],
            [(["RU-RYA"], None, None, None)],
            [],
            id="the-article-of-a-house-counts-no-drones",
        ),
        pytest.param(
            "Russia launched 449 drones and missiles against Ukraine overnight, including 19 Iskander-M "
            "ballistic missiles and 430 Shahed-type attack drones and decoys, Ukraine's Air Force reported. Air "
            "defense downed 405 targets — 14 missiles and 391 drones.",
            [(14, 19, None, []), (391, 430, None, [])],
            [],
            [],
            id="a-total-of-drones-and-missiles-listed-by-type",
        ),
        pytest.param(
            "Air defences shot down two drones each over the Belgorod and Kursk regions.",
            [(None, None, None, [("RU-BEL", 2), ("RU-KRS", 2)])],
            [],
            [],
            id="so-many-over-each-and-no-total",
        ),
        pytest.param(
            "Russia pummelled Ukraine with 120 drones overnight, the air force said.",
            [(None, 120, None, [])],
            [],
            [],
            id="pummelled-with",
        ),
        pytest.param(
            "Russia threw 120 drones at Ukraine overnight.",
            [(None, 120, None, [])],
            [],
            [],
            id="threw-at",
        ),
        pytest.param(
            "Zelensky warned that Russia may launch up to 500 drones in the coming days.",
            [],
            [],
            [],
            id="a-launch-foreseen-is-none-told",
        ),
        pytest.param(
            "Air defences shot down several dozen drones over the Kyiv region.",
            [],
            [],
            [],
            id="several-dozen-is-no-number",
        ),
        pytest.param(
            "Air defences shot down a few dozen drones over the Kyiv region.",
            [],
            [],
            [],
            id="a-few-dozen-is-no-number",
        ),
        pytest.param(
            "The Ukrainian Air Force reported that Russian forces launched 28 missiles and 405 drones. The Ukrainian "
            "Air Force reported that Ukrainian forces downed 16 missiles and 333 drones and that six missiles and "
            "36 drones struck 15 locations.",
            [(16, 28, None, []), (333, 405, None, [])],
            [([], 15, None, None)],
            [],
            id="and-that-opens-another-statement",
        ),
        pytest.param(
            "Four drones were downed over the sea off Cape Fiolent and two over the Balaklava district, "
            "Sevastopol governor Mikhail Razvozhayev said.",
            [(None, None, None, [("sea:black", 4), ("UA-40", 2)])],
            [],
            [],
            id="the-sea-of-sevastopol",
        ),
        pytest.param(
            "The overnight attack involved 653 drones and 52 missiles, the air force said.",
            [(None, 653, None, []), (None, 52, None, [])],
            [],
            [],
            id="the-attack-involved",
        ),
        pytest.param(
            "The attack also involved 11 Kh-59/69 guided air missiles launched from the Belgorod Oblast airspace, "
            "of which eight were intercepted, and 85 Shahed-type drones, of which 70 were downed.",
            [(8, 11, None, []), (70, 85, None, [])],
            [],
            [],
            id="of-which-after-an-item-that-goes-on",
        ),
        pytest.param(
            "Air defences shot down five drones over the southern Russian region of Rostov, the governor said.",
            [(5, None, None, [("RU-ROS", 5)])],
            [],
            [],
            id="the-russian-region-of-rostov",
        ),
        pytest.param(
            "Air defenses repel drone attack on Kaspiysk in Dagestan\n\nFour drones were shot down over Kaspiysk "
            "overnight, the head of Dagestan said. There were no casualties or damage.",
            [(4, None, None, [("RU-DA", 4)])],
            [],
            [],
            id="an-attack-repelled-is-no-impact",
        ),
        pytest.param(
            "On 31 May Russia launched 472 drones and 48 missiles, the Air Force said.",
            [(None, 472, None, []), (None, 48, None, [])],
            [],
            [],
            id="the-month-may-is-no-modal",
        ),
        pytest.param(
            "In Kherson region, air defence shot down 3 drones over the waters of the Dnipro river.",
            [(3, None, None, [("UA-65", 3)])],
            [],
            [],
            id="the-waters-of-a-river-are-no-sea",
        ),
        pytest.param(
            "Air defences destroyed 19, 11 and 6 drones over the Bryansk, Kursk and Oryol regions respectively.",
            [(None, None, None, [("RU-BRY", 19), ("RU-KRS", 11), ("RU-ORL", 6)])],
            [],
            [],
            id="numbers-listed-before-their-noun-respectively",
        ),
    ],
)
def test_english_relays(
    text: str,
    expected_interceptions: list[Row],
    expected_impacts: list[Any],
    expected_findings: list[str],
) -> None:
    extraction = run(text, "2025-07-20T09:00:00+03:00")
    assert extraction.lang == "en"
    assert interceptions(extraction) == expected_interceptions
    assert impacts(extraction) == expected_impacts
    assert findings(extraction) == expected_findings


@pytest.mark.parametrize(
    ("text", "value"),
    [
        pytest.param("погиб мирный житель, 52-летняя женщина ранена", None, id="age-is-not-a-count"),
        pytest.param("загинув 30 грудня 2024 року", None, id="a-date-is-not-a-count"),
    ],
)
def test_ages_and_dates_are_not_casualty_counts(text: str, value: int | None) -> None:
    extraction = run("Беспилотник атаковал автомобиль в Белгородской области: " + text)
    counts = {c.injured.value for c in extraction.claims if isinstance(c, ImpactClaim) and c.injured}
    assert 52 not in counts
    assert 30 not in {c.killed.value for c in extraction.claims if isinstance(c, ImpactClaim) and c.killed}
    assert 2024 not in counts


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "За інформацією джерел РБК-Україна, дрони уразили нафтобазу в Брянській області.",
            "uk",
            ["anonymous_source"],
            id="sources-of-an-outlet",
        ),
        pytest.param(
            "Російські пабліки пишуть, що у Брянській області уламки впали на нафтобазу.",
            "uk",
            ["anonymous_source"],
            id="russian-public-pages-write",
        ),
        pytest.param(
            "Уламки впали на нафтобазу в Брянській області. Українська правда не змогла верифікувати цю "
            "інформацію.",
            "uk",
            ["unverified_claim"],
            id="could-not-verify-in-ukrainian",
        ),
        pytest.param(
            "Минобороны России заявило, что ночью сбит 41 беспилотник над Брянской областью. Независимо "
            "проверить эти данные невозможно.",
            "ru",
            ["unverified_claim"],
            id="cannot-be-checked-independently-in-russian",
        ),
        pytest.param(
            "За неофіційною інформацією, дрони уразили нафтобазу в Брянській області.",
            "uk",
            ["anonymous_source"],
            id="unofficial-information",
        ),
        pytest.param(
            "A drone hit an oil depot in Bryansk, a source said on condition of anonymity.",
            "en",
            ["anonymous_source"],
            id="on-condition-of-anonymity",
        ),
        pytest.param(
            "The ministry said 12 drones were shot down over Belgorod region. Al Jazeera was not able to "
            "independently verify the claims.",
            "en",
            ["unverified_claim"],
            id="was-not-able-to-verify",
        ),
        pytest.param(
            "The ministry said 12 drones were shot down over Belgorod region, a claim for which it provided no "
            "evidence.",
            "en",
            ["unverified_claim"],
            id="provided-no-evidence",
        ),
        pytest.param(
            "Russian milbloggers claimed that 12 drones were shot down over Belgorod region.",
            "en",
            ["anonymous_source"],
            id="milbloggers",
        ),
        pytest.param(
            "Над Сумщиною збито 3 дрони. Офіційно влада регіону це не підтвердила.",
            "uk",
            ["unverified_claim"],
            id="the-authorities-did-not-confirm-it",
        ),
        pytest.param(
            "Ukrainska Pravda has not been able to independently verify the claim that 30 drones were shot down.",
            "en",
            ["unverified_claim"],
            id="has-not-been-able-to-verify",
        ),
        pytest.param(
            "Air defences shot down 30 drones, the ministry said. None of the claims could be verified.",
            "en",
            ["unverified_claim"],
            id="none-of-the-claims-could-be-verified",
        ),
        pytest.param(
            "Air defences shot down 30 drones, the ministry said. Reuters couldn't verify the figure.",
            "en",
            ["unverified_claim"],
            id="could-not-in-short",
        ),
        pytest.param(
            "Drones struck an oil depot in Rostov Oblast. Officials have not confirmed the strike.",
            "en",
            ["unverified_claim"],
            id="officials-have-not-confirmed",
        ),
        pytest.param(
            "Drones struck an oil depot in Rostov Oblast, but ISW has not observed visual confirmation of these "
            "reports.",
            "en",
            ["unverified_claim"],
            id="no-visual-confirmation",
        ),
        pytest.param(
            "Местные каналы пишут, что над городом работала ПВО и сбила пять дронов.",
            "ru",
            ["anonymous_source"],
            id="local-channels-write",
        ),
        pytest.param(
            "Місцеві канали пишуть, що над містом збили п'ять дронів.",
            "uk",
            ["anonymous_source"],
            id="local-channels-write-uk",
        ),
        pytest.param(
            "Sources claim 12 drones hit the airfield in Engels.",
            "en",
            ["anonymous_source"],
            id="sources-claim",
        ),
        pytest.param(
            "Two drones were shot down over Kursk, according to military sources.",
            "en",
            ["anonymous_source"],
            id="according-to-military-sources",
        ),
        pytest.param(
            "Ten drones were downed over Belgorod, according to war correspondents.",
            "en",
            ["anonymous_source"],
            id="according-to-war-correspondents",
        ),
        pytest.param(
            "Five drones hit an oil depot in Engels, according to Russian Telegram channels.",
            "en",
            ["anonymous_source"],
            id="according-to-telegram-channels-with-an-adjective",
        ),
        pytest.param(
            "Posts falsely claim that 40 drones were shot down over Kyiv.",
            "en",
            ["unverified_claim"],
            id="posts-falsely-claim",
        ),
        pytest.param(
            "A drone hit an oil depot in Tuapse, the governor said. Reuters was not in a position to "
            "independently confirm the report.",
            "en",
            ["unverified_claim"],
            id="not-in-a-position-to-confirm",
        ),
        pytest.param(
            "Fontanka, citing its sources, reported that a drone hit a refinery in Kirishi.",
            "en",
            ["anonymous_source"],
            id="citing-its-sources",
        ),
        pytest.param(
            "По данным местных СМИ, после атаки беспилотника загорелся терминал в Туапсе.",
            "ru",
            ["anonymous_source"],
            id="by-the-data-of-local-media-ru",
        ),
        pytest.param(
            "За даними місцевих ЗМІ, після атаки дронів спалахнула пожежа на НПЗ у Саратові.",
            "uk",
            ["anonymous_source"],
            id="by-the-data-of-local-media-uk",
        ),
        pytest.param(
            "На НПЗ у Саратові спалахнула пожежа. Офіційно ураження НПЗ поки не підтверджене.",
            "uk",
            ["unverified_claim"],
            id="not-confirmed-neuter-uk",
        ),
        pytest.param(
            "За даними російських пабліків, у Бєлгороді спалахнула пожежа після атаки дронів.",
            "uk",
            ["anonymous_source"],
            id="by-the-data-of-russian-publics-uk",
        ),
        pytest.param(
            "По данным украинских СМИ, в Одессе после атаки дронов произошел пожар.",
            "ru",
            ["anonymous_source"],
            id="by-the-data-of-ukrainian-media-ru",
        ),
        # an appeal not to post photos names social media as no source
        pytest.param(
            "Обломки упали на территорию промзоны в Чебоксарах. Пострадавших нет. Не публикуйте в соцсетях "
            "фото и видео.",
            "ru",
            [],
            id="an-appeal-not-to-post-is-no-source-ru",
        ),
        pytest.param(
            "Уламки впали на приватний будинок у Києві. Не поширюйте у соцмережах фото та відео.",
            "uk",
            [],
            id="an-appeal-not-to-post-is-no-source-uk",
        ),
        pytest.param(
            "Над Белгородом сбиты десять беспилотников, пишут военкоры.",
            "ru",
            ["anonymous_source"],
            id="war-correspondents-write-ru",
        ),
        pytest.param(
            "The Russian MoD claimed that drones hit an airfield in Engels. ISW has not observed confirmation of "
            "these claims.",
            "en",
            ["unverified_claim"],
            id="isw-has-not-observed-confirmation",
        ),
        pytest.param(
            "По данным источника Baza, дрон атаковал подстанцию в Строителе. На объекте возник пожар.",
            "ru",
            ["anonymous_source"],
            id="the-sourcing-of-the-sentence-that-named-the-impact-s-place",
        ),
        pytest.param(
            "За інформацією місцевих телеграм-каналів, у Харкові уламки дрона впали на дах будинку.",
            "uk",
            ["anonymous_source"],
            id="telegram-channels-in-the-genitive-uk",
        ),
        pytest.param(
            "Two drones were purportedly shot down over Novorossiysk, the channel said.",
            "en",
            ["unverified_claim"],
            id="purportedly-is-doubt",
        ),
        pytest.param(
            "За інформацією російських ЗМІ, на території заводу у Брянську спалахнула пожежа.",
            "uk",
            ["anonymous_source"],
            id="unnamed-media-uk",
        ),
        pytest.param(
            "По данным СМИ, в Брянске на территории завода после атаки дрона начался пожар.",
            "ru",
            ["anonymous_source"],
            id="unnamed-media-ru",
        ),
        pytest.param(
            "Як повідомило джерело УП в Генштабі, уражено НПЗ у Рязані, виникла пожежа.",
            "uk",
            ["anonymous_source"],
            id="a-source-named-by-its-outlet-uk",
        ),
        pytest.param(
            "Над Курською областю збито 12 дронів, заявили в Міноборони РФ. Верифікувати ці цифри «Новинарня» не може.",
            "uk",
            ["unverified_claim"],
            id="cannot-verify-uk",
        ),
        pytest.param(
            "Над Курською областю збито 12 дронів, заявили в Міноборони РФ. Незалежного підтвердження цих даних немає.",
            "uk",
            ["unverified_claim"],
            id="no-independent-confirmation-uk",
        ),
        pytest.param(
            "Над Брянською областю знищили 14 безпілотників. Ці дані не вдалося незалежно перевірити.",
            "uk",
            ["unverified_claim"],
            id="could-not-independently-verify-uk",
        ),
        pytest.param(
            "Над Брянською областю знищили 14 безпілотників. Українська правда не змогла незалежно перевірити цю "
            "інформацію.",
            "uk",
            ["unverified_claim"],
            id="an-outlet-could-not-independently-verify-uk",
        ),
        pytest.param(
            "Над Брянской областью уничтожены 14 беспилотников. Би-би-си не смогла независимо проверить эту "
            "информацию.",
            "ru",
            ["unverified_claim"],
            id="an-outlet-could-not-independently-verify-ru",
        ),
        pytest.param(
            "Russia's defence ministry said it had shot down 45 drones. Neither side's claims could be "
            "independently verified.",
            "en",
            ["unverified_claim"],
            id="neither-side-s-claims-could-be-verified",
        ),
        pytest.param(
            "В Новочеркасске повреждена ГРЭС. Проверить эти сведения «Медуза» пока не может.",
            "ru",
            ["unverified_claim"],
            id="to-verify-this-an-outlet-cannot-ru",
        ),
        pytest.param(
            "У Сумах пошкоджено будинок. Перевірити ці дані «Суспільне» поки не може.",
            "uk",
            ["unverified_claim"],
            id="to-verify-this-an-outlet-cannot-uk",
        ),
        pytest.param(
            "A drone damaged a residential building in Kursk, according to Russian media.",
            "en",
            ["anonymous_source"],
            id="according-to-russian-media",
        ),
        pytest.param(
            "У Києві пошкоджено будинок. Як пишуть у мережі, вибухів було п'ять.",
            "uk",
            ["anonymous_source"],
            id="as-they-write-online",
        ),
        pytest.param(
            "В Курске поврежден дом. Как пишут в сети, взрывов было пять.",
            "ru",
            ["anonymous_source"],
            id="as-they-write-online-ru",
        ),
        pytest.param(
            "У Києві пошкоджено будинок, 3 людини поранені. Інформація потребує перевірки.",
            "uk",
            ["unverified_claim"],
            id="the-information-needs-checking",
        ),
        pytest.param(
            "У Рязані пошкоджено НПЗ. Росіяни в соцмережах скаржаться на пожежу.",
            "uk",
            ["anonymous_source"],
            id="on-social-media",
        ),
        pytest.param(
            "Про збиття 5 БпЛА над Сумщиною повідомив голова ОВА Олег Григоров в соцмережах.",
            "uk",
            [],
            id="an-official-on-social-media-is-named",
        ),
    ],
)
def test_sourcing_findings(text: str, lang: str, expected: list[str]) -> None:
    assert findings(run(text, "2025-08-23T12:30:00+00:00", lang=lang)) == expected


# --- rules found on the development set, one row each ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Министерство утверждает, что над Новгородской областью сбили 20 дронов, над Курской — пять, над "
            "Белгородской, Тульской и Тверской областями — по три, над Брянской и Смоленской — по два.",
            [
                (
                    None,
                    None,
                    None,
                    [
                        ("RU-NGR", 20),
                        ("RU-KRS", 5),
                        ("RU-BEL", 3),
                        ("RU-TUL", 3),
                        ("RU-TVE", 3),
                        ("RU-BRY", 2),
                        ("RU-SMO", 2),
                    ],
                )
            ],
            id="distributive-after-its-places",
        ),
        pytest.param(
            "Силы ПВО уничтожили над Курской областью 27 украинских беспилотников. Еще четыре дрона перехватили над "
            "Липецкой областью. Два дрона сбили над Белгородской областью и еще один — над Орловской. Всего за "
            "прошедшую ночь ПВО сбили 34 дрона.",
            [(34, None, None, [("RU-KRS", 27), ("RU-LIP", 4), ("RU-BEL", 2), ("RU-ORL", 1)])],
            id="more-and-a-roll-up-of-the-items",
        ),
        pytest.param(
            "Отражена атака двух беспилотников, летевших на Москву. Ещё один сбит над Подольском.",
            [(2, None, None, []), (1, None, None, [("RU-MOS", 1)])],
            id="one-more-after-a-total-placed-nowhere-is-a-claim-of-its-own",
        ),
        pytest.param(
            "Над Краснодарским краем, по данным оперштаба, уничтожены 40 беспилотников.",
            [(40, None, None, [("RU-KDA", 40)])],
            id="an-attribution-between-the-place-and-the-count",
        ),
        pytest.param(
            "Силы ПВО ночью уничтожили: над Брянской областью – 5 БПЛА, над Курской – 3, над Орловской – 2.",
            [(None, None, None, [("RU-BRY", 5), ("RU-KRS", 3), ("RU-ORL", 2)])],
            id="a-list-by-place-after-the-verb-s-colon",
        ),
        pytest.param(
            "Над территорией России и Крыма уничтожены 37 беспилотников.",
            [(37, None, None, [])],
            id="a-region-joined-to-a-country-is-not-the-count-s-own-place",
        ),
        pytest.param(
            "Противник атаковал Украину 142 дронами и четырьмя ракетами Искандер-М. По состоянию на 09:00 сбиты "
            "115 дронов. Баллистические ракеты сбить не удалось.",
            [(115, 142, None, []), (0, 4, None, [])],
            id="the-missiles-could-not-be-downed",
        ),
        pytest.param(
            "Средства ПВО уничтожили 14 украинских беспилотников над территорией Краснодарского края. Шесть БПЛА "
            "сбили над Брянской областью, три — над Крымом.",
            [(14, None, None, [("RU-KDA", 14)]), (None, None, None, [("RU-BRY", 6), ("UA-43", 3)])],
            id="a-total-wholly-placed-takes-no-items",
        ),
        pytest.param(
            "В период с 12:00 до 14:00 мск ПВО ликвидировали восемь дронов над территорией Брянской области, семь "
            "было сбито в небе над Смоленской областью.",
            [(None, None, None, [("RU-BRY", 8), ("RU-SMO", 7)])],
            id="a-verb-between-count-and-place",
        ),
        pytest.param(
            "Три FPV-дрона также пытались атаковать Брянскую область, еще два БПЛА сбито над Воронежской областью.",
            [(None, 3, None, []), (2, None, None, [("RU-VOR", 2)])],
            id="a-launch-at-one-region-is-not-completed-elsewhere",
        ),
        pytest.param(
            "Семь сбитых дронов в Калужской области, еще пять в Брянской — заявления губернаторов.",
            [(7, None, None, [("RU-KLU", 7)]), (5, None, None, [("RU-BRY", 5)])],
            id="more-in-another-region-is-a-claim-of-its-own",
        ),
        pytest.param(
            "Российские средства ПВО сбили две британские крылатые ракеты Storm Shadow, шесть американских "
            "реактивных снарядов HIMARS и 67 беспилотников самолётного типа.",
            [(2, None, None, []), (6, None, None, []), (67, None, None, [])],
            id="a-list-of-weapons-keeps-its-verb",
        ),
        pytest.param(
            "К утру количество беспилотников, сбитых на подлете к Москве, достигло 32, сообщил Собянин.",
            [(32, None, None, [])],
            id="a-tally-that-reached-a-count",
        ),
        pytest.param(
            "ПВО отразили атаку беспилотника, летевшего на Москву, в Раменском городском округе.\n\nUPD. Ещё "
            "один сбили в районе Павлово-Посадского городского округа.",
            [(1, None, None, [("RU-MOS", 1)]), (1, None, None, [("RU-MOS", 1)])],
            id="one-more-is-never-a-repeat",
        ),
        pytest.param(
            "Под Москвой сбит второй за ночь беспилотник.",
            [(1, None, None, [("RU-MOS", 1)])],
            id="near-a-city-region-is-the-region-around",
        ),
        pytest.param(
            "Средства ПВО перехватили несколько десятков БПЛА в Крымском районе.",
            [],
            id="several-tens-is-no-count",
        ),
        pytest.param(
            "Россияне атаковали Украину по трем направлениям: Крым; Курск. ПВО уничтожила 17 БпЛА.",
            [(17, None, None, [])],
            id="a-count-of-directions-is-no-item",
        ),
        pytest.param(
            "ПВО сбили 2 беспилотника в Раменском и Павлово-Посадском городских округах.",
            [(2, None, None, [])],
            id="plural-unit-noun-names-several-places",
        ),
        pytest.param(
            "Воздушные силы ВСУ сообщили, что в ночь на 12 октября Россия атаковала Украину 3 ракетами и 85 "
            "дронами. Из них сбиты 2 ракеты и 61 беспилотник, еще 14 дронов локационно потеряны.",
            [(2, 3, None, []), (61, 85, 14, [])],
            id="a-suppressing-verb-after-its-weapon",
        ),
        pytest.param(
            "Дежурные средства ПВО за ночь перехватили и уничтожили 42 украинских беспилотника над территориями "
            "Брянской (15), Курской (11), Орловской (6) и Белгородской (10) областей.",
            [(42, None, None, [("RU-BRY", 15), ("RU-KRS", 11), ("RU-ORL", 6), ("RU-BEL", 10)])],
            id="counts-in-brackets-in-a-list-of-regions",
        ),
        pytest.param(
            "Три беспилотника пытались атаковать Курскую область. Они были сбиты в небе над российским регионом "
            "силами ПВО.",
            [(3, 3, None, [("RU-KRS", 3)])],
            id="the-region-named-again",
        ),
        pytest.param(
            "Над Брянской областью сбиты два беспилотника: один над Брянском, второй — над Клинцами.",
            [(2, None, None, [("RU-BRY", 2)])],
            id="places-within-the-totals-own-region",
        ),
        pytest.param(
            "Минобороны: за ночь над регионами России сбиты полторы сотни беспилотников.",
            [(150, None, None, [])],
            id="one-and-a-half-hundred",
        ),
        pytest.param(
            "Силами ПВО Минобороны сбиты еще 3 беспилотника, летевших на Москву. Всего с начала суток — 26.",
            [(3, None, None, []), (26, None, None, [])],
            id="a-total-since-the-start-of-the-day",
        ),
        pytest.param(
            "Собянин: ПВО сбила еще один беспилотник, летевший на Москву. Всего за день их было 17.",
            [(1, None, None, []), (17, None, None, [])],
            id="a-total-for-the-day-without-its-noun",
        ),
        pytest.param(
            "С начала года силами ПВО сбиты 3 500 беспилотников.",
            [],
            id="a-total-since-the-start-of-the-year-is-no-claim",
        ),
        pytest.param(
            "ПВО сбила два беспилотника над Курской областью. Всего погибли 5.",
            [(2, None, None, [("RU-KRS", 2)])],
            id="a-total-of-casualties-is-no-total-of-drones",
        ),
        pytest.param(
            "Силами ПВО Минобороны отражена атака двух БПЛА, летевших на Москву.\nОтражена атака ещё трёх "
            "беспилотников, летевших на Москву.\nТаким образом, начиная с 22:00 уничтожены пять БПЛА.",
            [(2, None, None, []), (3, None, None, [])],
            id="a-roll-up-of-separate-reports-repeats-their-figures",
        ),
        pytest.param(
            "Над Брянской областью уничтожены 7 БПЛА. Еще один беспилотник уничтожен над Курской областью.",
            [(7, None, None, [("RU-BRY", 7)]), (1, None, None, [("RU-KRS", 1)])],
            id="one-more-elsewhere-in-the-next-sentence-is-a-claim-of-its-own",
        ),
        pytest.param(
            "Область подверглась атакам более 50 беспилотников.",
            [(None, 50, None, [])],
            id="attacks-in-the-plural",
        ),
        pytest.param(
            "Россия атаковала Украину 810 беспилотниками. Сбить или подавить удалось 747 дронов.",
            [(747, 810, None, [])],
            id="downed-or-suppressed-in-the-infinitive",
        ),
        pytest.param(
            "Россияне атаковали регион тремя десятками дронов.", [(None, 30, None, [])], id="three-tens"
        ),
        pytest.param(
            "Россия атаковала Украину тремястами сорока дронами.",
            [(None, 340, None, [])],
            id="hundreds-in-the-instrumental",
        ),
        pytest.param(
            "Россия атаковала регион несколькими десятками дронов.", [], id="some-tens-is-no-number"
        ),
        pytest.param(
            "Уничтожены девять БПЛА:\n▪️ шесть — над Брянской областью;\n▪️ три — над Рыльским районом Курской "
            "области.",
            [(9, None, None, [("RU-BRY", 6), ("RU-KRS", 3)])],
            id="an-item-over-a-district-and-its-region",
        ),
        pytest.param(
            "Над Воронежем и пятью районами области уничтожены 20 БПЛА.",
            [(20, None, None, [])],
            id="a-count-of-districts-is-no-count-of-drones",
        ),
        pytest.param(
            "Над Брянской областью уничтожены два БПЛА. Над Курской областью уничтожены три БПЛА. Всего за "
            "ночь уничтожены пять БПЛА.",
            [(5, None, None, [("RU-BRY", 2), ("RU-KRS", 3)])],
            id="a-roll-up-of-counts-by-place-is-their-total",
        ),
        pytest.param(
            "ПВО сбила от двух до трех беспилотников.",
            [],
            id="the-ends-of-a-range-are-no-counts",
        ),
        pytest.param(
            "Уничтожены 15 БПЛА:\n▫️ Брянская область: 9;\n▫️ Курская область: 6.",
            [(15, None, None, [("RU-BRY", 9), ("RU-KRS", 6)])],
            id="a-colon-between-a-place-and-its-count",
        ),
        pytest.param(
            "Сбиты 15 дронов. Больше всего — над Брянской областью: девять, над Курской — шесть.",
            [(15, None, None, [("RU-BRY", 9), ("RU-KRS", 6)])],
            id="most-of-them-over-a-place-after-a-colon",
        ),
        pytest.param(
            "Минобороны отчиталось о 23 сбитых над Брянской областью беспилотниках.",
            [(23, None, None, [("RU-BRY", 23)])],
            id="a-place-between-a-participle-and-its-noun",
        ),
        pytest.param(
            "Кроме того, за сутки средствами ПВО сбиты 3 управляемые авиационные бомбы «JDAM».",
            [(3, None, None, [])],
            id="guided-aviation-bombs-in-full",
        ),
        pytest.param(
            "За ноябрь Минобороны сообщило об уничтожении 4218 беспилотников.",
            [],
            id="a-month-s-total-is-a-running-total",
        ),
        pytest.param(
            "ПВО сбила 3 ракеты и 12 беспилотников над Белгородской областью.",
            [(3, None, None, [("RU-BEL", 3)]), (12, None, None, [("RU-BEL", 12)])],
            id="the-place-after-a-list-of-weapons-is-each-s-ru",
        ),
        pytest.param(
            "ПВО за ночь сбила 40 беспилотников. Больше всего — 25 — над Брянской областью, затем идет Курская "
            "область, где уничтожили 15 дронов.",
            [(40, None, None, [("RU-KRS", 15), ("RU-BRY", 25)])],
            id="a-place-before-where-is-the-clause-s-ru",
        ),
        pytest.param(
            "Министерство утверждает, что над Новгородской областью сбили 20 дронов. Одновременно появилось "
            "сообщение губернатора Смоленской области Василия Анохина, который утверждает, что над его областью "
            "сбиты семь беспилотников.",
            [(20, None, None, [("RU-NGR", 20)]), (7, None, None, [("RU-SMO", 7)])],
            id="over-his-region-is-the-region-of-the-speaker-s-title-ru",
        ),
        pytest.param(
            "С 17 февраля ПВО уничтожили 130 беспилотников.",
            [],
            id="a-total-since-a-date-is-a-running-total-ru",
        ),
        pytest.param(
            "По его словам, за семь дней российские войска выпустили по Украине более 1 400 ударных беспилотников, "
            "почти 1 100 управляемых авиабомб и 55 ракет разных типов.",
            [],
            id="seven-days-are-a-running-total-ru",
        ),
        pytest.param(
            "Ночью над областью уничтожены пять беспилотников, ещё три отклонены от целей средствами "
            "радиоэлектронной борьбы.",
            [(5, None, 3, [])],
            id="turned-away-from-their-targets-by-ew-ru",
        ),
        pytest.param(
            "По состоянию на 08:30 сбиты 78 дронов, еще 23 имитатора локационно утеряны без негативных последствий.",
            [(78, None, 23, [])],
            id="lost-from-location-in-another-word-ru",
        ),
        pytest.param(
            "Российские ПВО сбили украинский истребитель МиГ-29 над Курской областью.",
            [(1, None, None, [("RU-KRS", 1)])],
            id="a-fighter-is-an-aircraft-ru",
        ),
        pytest.param(
            "Противник атаковал Украину 810 ударными беспилотниками, а также 13 ракетами — девятью крылатыми "
            "«Искандер-К» и четырьмя баллистическими «Искандер-М». По состоянию на 09:00 сбиты или подавлены 747 "
            "беспилотников и четыре крылатые ракеты «Искандер-К».",
            [(747, 810, None, []), (4, 9, None, []), (None, 4, None, [])],
            id="a-launch-split-by-model-after-a-dash-ru",
        ),
        pytest.param(
            "За сутки средствами ПВО сбиты 193 беспилотника. Кроме того, в Черном море уничтожены пять "
            "безэкипажных катеров.",
            [(193, None, None, []), (5, None, None, [("sea:black", 5)])],
            id="uncrewed-boats-are-a-claim-of-their-own-ru",
        ),
    ],
)
def test_breakdown_rules(text: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-08-23T12:30:00+00:00", lang="ru")) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "В Славянске-на-Кубани фрагменты упали на территории трех частных домов, пострадавших нет.",
            "ru",
            [(["RU-KDA"], 3, None, 0)],
            id="houses-something-fell-on-are-sites",
        ),
        pytest.param(
            "Обломки беспилотника упали в Брянской области: частично повреждены два домовладения.",
            "ru",
            [(["RU-BRY"], None, None, None)],
            id="damaged-houses-are-not-sites",
        ),
        pytest.param(
            "Украинский БПЛА взорвался на окраине Людиново Калужской области. Повреждены несколько домов. Жертв и "
            "серьезных повреждений инфраструктуры нет.",
            "ru",
            [(["RU-KLU"], None, 0, None)],
            id="no-victims-with-words-between",
        ),
        pytest.param(
            "Пожежа в Оболонському районі Києва спалахнула внаслідок удару дрона. Пізніше стало відомо про одного загиблого.",
            "uk",
            [(["UA-30"], None, 1, None)],
            id="one-dead-in-the-oblique-case",
        ),
        pytest.param(
            "Drones attacked Belgorod, three people were injured, the governor said. The regional government "
            "building was also attacked earlier; no one was injured.",
            "en",
            [(["RU-BEL"], None, None, 3), (["RU-BEL"], None, None, 0)],
            id="another-toll-is-another-impact",
        ),
        pytest.param(
            "Local officials in Tver, northwest of Moscow, reported seven people injured in the attacks.",
            "en",
            [(["RU-TVE"], None, None, 7)],
            id="a-landmark-is-not-the-place",
        ),
        pytest.param(
            "Russian drones struck Odesa overnight, wounding 15 people, the governor said.",
            "en",
            [(["UA-51"], None, None, 15)],
            id="wounding-n",
        ),
        pytest.param(
            "A Russian missile strike on Dnipro killed two and left 14 injured, the governor said.",
            "en",
            [(["UA-12"], None, 2, 14)],
            id="a-casualty-word-goes-with-the-count-right-before-it",
        ),
        pytest.param(
            "Вночі росіяни вдарили по Запоріжжю, поранивши п'ятьох людей, повідомив голова ОВА.",
            "uk",
            [(["UA-23"], None, None, 5)],
            id="struck-and-wounded-in-ukrainian",
        ),
        pytest.param(
            "Увечері ворог ударив дроном по Сумах, вбивши двох людей і поранивши ще сімох.",
            "uk",
            [(["UA-59"], None, 2, 7)],
            id="killing-and-wounding-in-ukrainian",
        ),
        pytest.param(
            "Удар дрона по автомобилю в Белгородской области ранил двух мирных жителей, сообщил губернатор.",
            "ru",
            [(["RU-BEL"], None, None, 2)],
            id="wounded-as-a-verb-in-russian",
        ),
        pytest.param(
            "Внаслідок нічної атаки на Київщину пошкоджено приватні будинки. Загиблих та постраждалих немає.",
            "uk",
            [(["UA-32"], None, 0, 0)],
            id="neither-dead-nor-injured-in-ukrainian",
        ),
        pytest.param(
            "Обломки БПЛА упали на территории Брянской области. Погибших и раненых нет.",
            "ru",
            [(["RU-BRY"], None, 0, 0)],
            id="neither-dead-nor-wounded-in-russian",
        ),
        pytest.param(
            "Debris fell in the Kyiv region, damaging two houses. There were no deaths or injuries.",
            "en",
            [(["UA-32"], None, 0, 0)],
            id="no-deaths-or-injuries",
        ),
        pytest.param(
            "В Ізмаїльському районі пошкоджено портову інфраструктуру, виникла пожежа. Травмованих немає.",
            "uk",
            [(["UA-51"], None, None, 0)],
            id="none-hurt-in-ukrainian",
        ),
        pytest.param(
            "Debris damaged a warehouse in the Odesa region. No one was wounded, the governor said.",
            "en",
            [(["UA-51"], None, None, 0)],
            id="no-one-was-wounded",
        ),
        pytest.param(
            "Обломки БПЛА упали в Белгороде, пострадавших не менее пяти человек, погибших не менее двух.",
            "ru",
            [(["RU-BEL"], None, 2, 5)],
            id="at-least-n-is-no-zero",
        ),
        pytest.param(
            "In the Zaporizhzhia region, Russian strikes killed a 72-year-old woman, the governor said.",
            "en",
            [(["UA-23"], None, 1, None)],
            id="a-person-of-an-age",
        ),
        pytest.param(
            "A drone attack on Kharkiv injured 9 people, the governor said. A drone hit a high-rise in the "
            "Kholodnohirskyi district.",
            "en",
            [(["UA-63"], None, None, 9)],
            id="a-district-of-the-city-is-the-same-impact",
        ),
        pytest.param(
            "Уламки впали у Шевченківському районі Києва. В Обухові Київської області пошкоджено будинок.",
            "uk",
            [(["UA-30"], None, None, None), (["UA-32"], None, None, None)],
            id="another-town-is-another-impact",
        ),
        pytest.param(
            "У Черкасах уламки впали на дах будинку. Постраждалих, на щастя, немає.",
            "uk",
            [(["UA-71"], None, None, 0)],
            id="none-hurt-with-words-and-commas-between-in-ukrainian",
        ),
        pytest.param(
            "У Черкасах уламки впали на дах будинку. Постраждалих не зафіксовано.",
            "uk",
            [(["UA-71"], None, None, 0)],
            id="none-hurt-recorded-in-ukrainian",
        ),
        pytest.param(
            "У Черкасах уламки впали на дах будинку. Потерпілих немає.",
            "uk",
            [(["UA-71"], None, None, 0)],
            id="no-victims-potirpili-in-ukrainian",
        ),
        pytest.param(
            "У Черкасах уламки впали на дах будинку, відомо про двох потерпілих.",
            "uk",
            [(["UA-71"], None, None, 2)],
            id="victims-potirpili-are-injured",
        ),
        pytest.param(
            "У Черкасах уламки впали на дах будинку. Обійшлося без людських жертв.",
            "uk",
            [(["UA-71"], None, 0, None)],
            id="without-human-victims-in-ukrainian",
        ),
        pytest.param(
            "У Черкасах уламки впали на подвір'я. Попередньо без пожежі та постраждалих.",
            "uk",
            [(["UA-71"], None, None, 0)],
            id="without-a-fire-and-hurt-people",
        ),
        pytest.param(
            "Над Черкащиною сили ППО збили 7 шахедів. Інформації про постраждалих не надходило.",
            "uk",
            [],
            id="an-interception-with-casualties-unknown-is-no-impact",
        ),
        pytest.param(
            "Над Черкащиною сили ППО збили 7 шахедів. Пошкоджень та постраждалих немає.",
            "uk",
            [],
            id="an-interception-with-no-damage-and-no-hurt-is-no-impact",
        ),
        pytest.param(
            "Над Черкащиною сили ППО збили 7 шахедів. Обійшлося без жертв і руйнувань.",
            "uk",
            [],
            id="an-interception-that-passed-without-victims-or-damage-is-no-impact",
        ),
        pytest.param(
            "Над Брянской областью сбиты 7 беспилотников. Пострадавших, к счастью, нет.",
            "ru",
            [],
            id="an-interception-with-none-hurt-between-commas-is-no-impact",
        ),
        pytest.param(
            "У Черкасах уламки впали на дах будинку. Загинули восьмеро людей, поранено одинадцятьох.",
            "uk",
            [(["UA-71"], None, 8, 11)],
            id="collective-eight-and-eleven-in-the-accusative",
        ),
        pytest.param(
            "Беспилотник атаковал легковой автомобиль в Курской области, убив водителя и ранив трех пассажиров.",
            "ru",
            [(["RU-KRS"], None, 1, 3)],
            id="killing-one-unnumbered-and-wounding-three-in-russian",
        ),
        pytest.param(
            "Зафіксовано влучання 24 ударних БпЛА на 12 локаціях, а також падіння уламків (збитих) на 3 "
            "локаціях.",
            "uk",
            [([], 12, None, None), ([], 3, None, None)],
            id="sites-hit-and-sites-where-debris-fell-are-two-impacts",
        ),
        pytest.param(
            "Hits of missiles and 35 strike drones were recorded at 10 locations, while debris from downed "
            "drones fell at four locations.",
            "en",
            [([], 10, None, None), ([], 4, None, None)],
            id="hits-at-ten-locations-debris-at-four",
        ),
        pytest.param(
            "В Белгороде мужчина получил баротравму.",
            "ru",
            [(["RU-BEL"], None, None, 1)],
            id="a-man-with-barotrauma",
        ),
        pytest.param(
            "Внаслідок атаки дрона у Херсоні 60-річний чоловік отримав вибухову травму.",
            "uk",
            [(["UA-65"], None, None, 1)],
            id="a-man-with-a-blast-trauma",
        ),
        pytest.param(
            "В Курске дрон атаковал частный дом. Пострадала женщина.",
            "ru",
            [(["RU-KRS"], None, None, 1)],
            id="a-woman-was-hurt",
        ),
        pytest.param(
            "Внаслідок удару дрона у Херсоні поранено юнака.",
            "uk",
            [(["UA-65"], None, None, 1)],
            id="a-young-man-wounded",
        ),
        pytest.param(
            "Уламки впали на території Хмельницької області. Ніхто не поранений.",
            "uk",
            [(["UA-68"], None, None, 0)],
            id="no-one-wounded-is-a-zero-not-one",
        ),
        pytest.param(
            "В Белгороде обломки упали на дом. Никто не ранен.",
            "ru",
            [(["RU-BEL"], None, None, 0)],
            id="no-one-wounded-in-russian",
        ),
        pytest.param(
            "У Києві внаслідок атаки поранено 31 людину. Госпіталізовано 19 потерпілих.",
            "uk",
            [(["UA-30"], None, None, 31)],
            id="those-in-hospital-are-some-of-the-injured",
        ),
        pytest.param(
            "A drone hit a car in Kherson, injuring a 43-year-old man and a 39-year-old woman.",
            "en",
            [(["UA-65"], None, None, 2)],
            id="a-man-and-a-woman",
        ),
        pytest.param(
            "У Херсоні внаслідок удару загинули двоє дорослих і дитина, поранено двох чоловіків і трьох жінок.",
            "uk",
            [(["UA-65"], None, 3, 5)],
            id="groups-of-people-joined",
        ),
        pytest.param(
            "В Белгороде в результате удара ранены двое мужчин и женщина.",
            "ru",
            [(["RU-BEL"], None, None, 3)],
            id="two-men-and-a-woman",
        ),
        pytest.param(
            "У Києві уламки впали на 3 домогосподарства, постраждалих немає.",
            "uk",
            [(["UA-30"], 3, None, 0)],
            id="households-debris-fell-on-are-sites-in-ukrainian",
        ),
        pytest.param(
            "A missile struck Dnipro, claiming the lives of three people.",
            "en",
            [(["UA-12"], None, 3, None)],
            id="claiming-the-lives-of",
        ),
        pytest.param(
            "A drone hit a house in Kharkiv. A man suffered shrapnel wounds.",
            "en",
            [(["UA-63"], None, None, 1)],
            id="shrapnel-wounds",
        ),
        pytest.param(
            "У Фастівському районі загорілося складське приміщення.",
            "uk",
            [(["UA-32"], None, None, None)],
            id="a-warehouse-caught-fire",
        ),
        pytest.param(
            "В Грайвороне посечены фасад и остекление дома.",
            "ru",
            [(["RU-BEL"], None, None, None)],
            id="a-facade-cut-by-fragments",
        ),
        pytest.param(
            "Наслідки атаки зафіксовано у 8 локаціях Києва.",
            "uk",
            [(["UA-30"], 8, None, None)],
            id="the-aftermath-recorded-at-eight-locations",
        ),
        pytest.param(
            "Кількість загиблих у Києві зросла до 15.",
            "uk",
            [(["UA-30"], None, 15, None)],
            id="the-number-of-dead-rose-to-on-its-own",
        ),
        pytest.param(
            "A Russian missile struck Dnipro. The death toll has risen to five.",
            "en",
            [(["UA-12"], None, 5, None)],
            id="the-death-toll-has-risen-to",
        ),
        pytest.param(
            "У Дніпрі кількість загиблих збільшилася до 4.",
            "uk",
            [(["UA-12"], None, 4, None)],
            id="the-number-of-dead-grew-to",
        ),
        pytest.param(
            "A Russian drone hit a house in the Kyiv region. A woman was killed and three people were injured.",
            "en",
            [(["UA-32"], None, 1, 3)],
            id="one-person-unnumbered-beside-a-count-of-the-injured",
        ),
        pytest.param(
            "A Russian drone hit a residential building in Kharkiv, injuring 12 people. Among the injured are "
            "two children. Five of them were hospitalized.",
            "en",
            [(["UA-63"], None, None, 12)],
            id="some-of-the-injured-are-no-count-of-their-own",
        ),
        pytest.param(
            "У Києві уламки впали на будинок, поранено 7 людей. Четверо з них госпіталізовані.",
            "uk",
            [(["UA-30"], None, None, 7)],
            id="four-of-them-in-ukrainian",
        ),
        pytest.param(
            "У Києві уламки впали на будинок. Серед поранених — 3 дітей, загалом травмовано 99 людей.",
            "uk",
            [(["UA-30"], None, None, 99)],
            id="among-the-injured-in-ukrainian",
        ),
        pytest.param(
            "В Белгороде ранены 5 человек, в том числе двое детей.",
            "ru",
            [(["RU-BEL"], None, None, 5)],
            id="including-two-children-in-russian",
        ),
        pytest.param(
            "KYIV (Reuters) - A drone hit a house in Kharkiv, injuring two people, the Kyiv Independent reported.",
            "en",
            [(["UA-63"], None, None, 2)],
            id="a-dateline-and-an-outlet-are-no-places",
        ),
        pytest.param(
            "Росіяни атакували Харків дронами. Удари припали на 4 адреси.",
            "uk",
            [(["UA-63"], 4, None, None)],
            id="sites-in-the-accusative-in-ukrainian",
        ),
        pytest.param(
            "Ворог атакував Запоріжжя дронами, влучання зафіксовано на 5 локації.",
            "uk",
            [(["UA-23"], 5, None, None)],
            id="locations-in-the-accusative-in-ukrainian",
        ),
        pytest.param(
            "Вражено Київ. Ще дев'ятнадцятеро людей дістали поранень.",
            "uk",
            [(["UA-30"], None, None, 19)],
            id="a-collective-numeral-of-the-teens-in-ukrainian",
        ),
        pytest.param(
            "In Kharkiv, drones struck the city's Kholodnohirskyi district overnight. No-one was hurt, the governor said.",
            "en",
            [(["UA-63"], None, None, 0)],
            id="no-one-with-a-hyphen",
        ),
        pytest.param(
            "Ворог атакував Кривий Ріг дронами. Травмовано трьох людей. Двох госпіталізовано.",
            "uk",
            [(["UA-12"], None, None, 3)],
            id="some-of-the-injured-hospitalized-after-the-count",
        ),
        pytest.param(
            "A drone attack on Voronezh injured three people, including a child. A 15-year-old boy was hospitalised.",
            "en",
            [(["RU-VOR"], None, None, 3)],
            id="one-of-the-injured-hospitalised",
        ),
        pytest.param(
            "Кількість постраждалих унаслідок удару по Харкову зросла до 23. Раніше повідомлялося про 17 "
            "постраждалих.",
            "uk",
            [(["UA-63"], None, None, 23)],
            id="an-earlier-figure-is-no-toll-of-its-own",
        ),
        pytest.param(
            "У Сумах поранено двох цивільних. Постраждав 17-річний юнак, його госпіталізовано.",
            "uk",
            [(["UA-59"], None, None, 2), (["UA-59"], None, None, 1)],
            id="another-one-injured-then-hospitalized-is-a-toll-of-its-own",
        ),
        pytest.param(
            "Росіяни вбили трьох жителів Костянтинівки.",
            "uk",
            [(["UA-14"], None, 3, None)],
            id="killed-by-an-active-verb-in-ukrainian",
        ),
        pytest.param(
            "У Шевченківському районі Києва впали уламки. Медики надали допомогу двом постраждалим, одного "
            "госпіталізували.",
            "uk",
            [(["UA-30"], None, None, 2)],
            id="the-injured-in-the-dative-in-ukrainian",
        ),
        pytest.param(
            "Окупанти поранили двох людей у Херсоні.",
            "uk",
            [(["UA-65"], None, None, 2)],
            id="injured-by-an-active-verb-in-ukrainian",
        ),
        pytest.param(
            "ВСУ ранили двух жителей Белгорода.",
            "ru",
            [(["RU-BEL"], None, None, 2)],
            id="injured-by-an-active-verb-in-russian",
        ),
        pytest.param(
            "Governor Andrei Vorobyov said a man had been killed at a car park in the town of Domodedovo, and "
            "that three other people had been wounded there.",
            "en",
            [(["RU-MOS"], None, 1, 3)],
            id="three-other-people-wounded",
        ),
        pytest.param(
            "An enemy drone struck a car in Kursk. The driver, a 45-year-old man, died at the scene. Two "
            "passengers were taken to the Kursk regional hospital.",
            "en",
            [(["RU-KRS"], None, 1, 2)],
            id="a-person-in-an-apposition-and-passengers-taken-to-a-named-hospital",
        ),
        pytest.param(
            "Уламки пошкодили будинки в Одесі. Загинула 59-річна жінка, ще четверо людей, зокрема дитина, "
            "поранені.",
            "uk",
            [(["UA-51"], None, 1, 4)],
            id="a-person-in-an-aside-is-one-of-the-people-counted",
        ),
        pytest.param(
            "Атака на Одесу: загинула жінка, є поранені. Уламки пошкодили будинки в Одесі.",
            "uk",
            [(["UA-51"], None, 1, None)],
            id="the-injured-said-without-a-number-are-not-one-person",
        ),
        pytest.param(
            "The deadliest Russian attack on Kyiv since the start of the full-scale invasion killed 23 people "
            "and injured 48.",
            "en",
            [(["UA-30"], None, 23, 48)],
            id="a-toll-compared-with-the-war-so-far-is-the-attack-s",
        ),
        pytest.param(
            "Наймасованіша атака з початку війни: у Києві загинули 12 людей.",
            "uk",
            [(["UA-30"], None, 12, None)],
            id="a-toll-of-the-largest-attack-since-the-start-of-the-war",
        ),
        pytest.param(
            "Russian drones hit a house near Kyiv, killing a woman.",
            "en",
            [(["UA-32"], None, 1, None)],
            id="near-a-city-region-is-the-region-around",
        ),
        pytest.param(
            "Уламки впали біля Києва, пошкоджено два будинки.",
            "uk",
            [(["UA-32"], None, None, None)],
            id="near-a-city-region-is-the-region-around-in-ukrainian",
        ),
        pytest.param(
            "A drone attack caused a fire at an oil depot in Engels.",
            "en",
            [(["RU-SAR"], None, None, None)],
            id="caused-a-fire",
        ),
        pytest.param(
            "В Брянской области поражена нефтебаза.",
            "ru",
            [(["RU-BRY"], None, None, None)],
            id="a-depot-hit-in-russian",
        ),
        pytest.param(
            "Уражено нафтобазу в Брянській області.",
            "uk",
            [(["RU-BRY"], None, None, None)],
            id="a-depot-hit-in-ukrainian",
        ),
        pytest.param(
            "Местные паблики пишут о пожаре на нефтебазе в Брянской области.",
            "ru",
            [(["RU-BRY"], None, None, None)],
            id="a-fire-reported",
        ),
        pytest.param(
            "В Киришском районе уничтожены три беспилотника. При падении обломков возник пожар. Пострадавших "
            "нет.\nНад Кстовским округом сбиты 11 БПЛА. На территории промзоны возник пожар, ранен один сотрудник.",
            "ru",
            [(["RU-LEN"], None, None, 0), (["RU-NIZ"], None, None, 1)],
            id="damage-told-without-a-place-is-where-the-text-went-last",
        ),
        pytest.param(
            "Eight more drones were downed over the southern region of Kherson, its governor said. Various "
            "Russian attacks in this region killed one person and injured 13 more over the past day, he said.",
            "en",
            [],
            id="a-day-s-tally-of-many-attacks-is-no-impact",
        ),
        pytest.param(
            "Russia Claims Downing 337 Ukrainian Drones in Largest Attack on Moscow Yet",
            "en",
            [],
            id="an-attack-on-a-place-with-no-damage-is-no-impact",
        ),
        pytest.param(
            "Ворог завдав удару по Харкову. Уламки пошкодили будинок.",
            "uk",
            [(["UA-63"], None, None, None)],
            id="an-attack-then-damage-is-an-impact",
        ),
        pytest.param(
            "A drone hit a car in Belgorod; the driver, a 45-year-old man, was hospitalised with shrapnel wounds.",
            "en",
            [(["RU-BEL"], None, None, 1)],
            id="a-person-in-an-apposition-before-a-passive-verb",
        ),
        pytest.param(
            "A drone hit a car in Belgorod. A woman, 62, was killed.",
            "en",
            [(["RU-BEL"], None, 1, None)],
            id="a-person-and-an-age-in-an-apposition",
        ),
        pytest.param(
            "Kiev's forces shelled Belgorod, injuring one.",
            "en",
            [(["RU-BEL"], None, None, 1)],
            id="the-capital-s-forces-are-the-government",
        ),
        pytest.param(
            "Kiev fires rockets at Belgorod, one woman wounded.",
            "en",
            [(["RU-BEL"], None, None, 1)],
            id="the-capital-firing-is-the-government",
        ),
        pytest.param(
            "Шебекинский округ. В селе Новая Таволжанка повреждены два частных дома.\nГрайворонский округ. В "
            "посёлке Дорогощь пострадали двое мирных жителей.",
            "ru",
            [(["RU-BEL"], None, None, None), (["RU-BEL"], None, None, 2)],
            id="a-heading-of-another-district-of-the-same-region-starts-another-impact",
        ),
        pytest.param(
            "A Ukrainian drone set fire to a warehouse in Belgorod. There were no casualties.",
            "en",
            [(["RU-BEL"], None, 0, 0)],
            id="set-fire-to",
        ),
        pytest.param(
            "A drone hit a house in Sumy. Two women aged 54 and 71 were injured.",
            "en",
            [(["UA-59"], None, None, 2)],
            id="ages-after-aged-are-no-count",
        ),
        pytest.param(
            "У Херсоні дрон скинув вибухівку на зупинку. Трьох людей віком 45 та 58 років поранено.",
            "uk",
            [(["UA-65"], None, None, 3)],
            id="a-list-of-ages-is-no-count",
        ),
        pytest.param(
            "В Новошахтинске горит нефтебаза. Информации о пострадавших пока нет.",
            "ru",
            [(["RU-ROS"], None, None, None)],
            id="no-information-on-casualties-yet",
        ),
        pytest.param(
            "У Фастові уламки влучили у склад. Загинув працівник підприємства.",
            "uk",
            [(["UA-32"], None, 1, None)],
            id="a-worker-killed",
        ),
        pytest.param(
            "Зафіксовано влучання на семи локаціях, а також падіння уламків на трьох.",
            "uk",
            [([], 7, None, None), ([], 3, None, None)],
            id="debris-at-three-more-the-sites-noun-left-out",
        ),
        pytest.param(
            "Hits were recorded at 10 locations, while debris fell at four.",
            "en",
            [([], 10, None, None), ([], 4, None, None)],
            id="debris-fell-at-four-the-sites-noun-left-out",
        ),
        pytest.param(
            "У Херсоні дрон атакував авто. Водій, 37-річний чоловік, отримав поранення.",
            "uk",
            [(["UA-65"], None, None, 1)],
            id="a-person-in-an-apposition-before-a-verb-phrase",
        ),
        pytest.param(
            "У Херсоні дрон скинув вибухівку на зупинку. Трьох людей віком 19, 45 та 58 років поранено.",
            "uk",
            [(["UA-65"], None, None, 3)],
            id="the-commas-of-a-list-of-ages-end-no-clause",
        ),
        pytest.param(
            "У Костянтинівці пошкоджено 37 цивільних об'єктів.",
            "uk",
            [(["UA-14"], None, None, None)],
            id="objects-damaged-are-no-sites",
        ),
        pytest.param(
            "Обломки упали на территории двух объектов в Брянске.",
            "ru",
            [(["RU-BRY"], 2, None, None)],
            id="objects-debris-fell-on-are-sites",
        ),
        pytest.param(
            "Drone attack on Odesa: two injured\n\nA fire broke out at a warehouse in Odesa district. Two "
            "workers were injured.",
            "en",
            [(["UA-51"], None, None, 2)],
            id="the-headline-s-toll-told-again-in-the-body-is-one-impact",
        ),
        pytest.param(
            "Атака на Одесу: загинула жінка, є поранені",
            "uk",
            [(["UA-51"], None, 1, None)],
            id="there-are-injured-counts-no-one",
        ),
        pytest.param(
            "Запоріжжя. Ворог завдав удару по Шевченківському району. Поранено трьох людей.\n\nОновлено: "
            "кількість поранених зросла до п'яти.",
            "uk",
            [(["UA-23"], None, None, 5)],
            id="a-toll-grown-replaces-the-one-before",
        ),
        pytest.param(
            "Two guided bombs hit Kharkiv's Kyivskyi district. As of now, 11 people have been injured.\nUPDATE "
            "14:20: The number of injured has risen to 14.",
            "en",
            [(["UA-63"], None, None, 14)],
            id="the-number-of-injured-has-risen",
        ),
        pytest.param(
            "Шахеди атакували Харків: є загиблий і 15 постраждалих. У Шевченківському районі влучання в "
            "приватний будинок, одна людина загинула, ще одна дістала поранень. Згодом кількість "
            "постраждалих збільшилась до десяти людей.",
            "uk",
            [(["UA-63"], None, 1, 15), (["UA-63"], None, 1, 1)],
            id="a-tally-grown-below-the-headline-s-says-nothing-new",
        ),
        pytest.param(
            "У Сумах загинули двоє людей, ще 14 поранено. Серед поранених — 9-річна дівчинка.",
            "uk",
            [(["UA-59"], None, 2, 14)],
            id="one-among-the-injured-is-one-of-those-counted-uk",
        ),
        pytest.param(
            "В Белгороде погибли два человека, еще 14 ранены. Среди пострадавших — ребенок.",
            "ru",
            [(["RU-BEL"], None, 2, 14)],
            id="one-among-the-injured-is-one-of-those-counted-ru",
        ),
        pytest.param(
            "In Sumy, two people were killed and 14 injured. Among the injured is a nine-year-old girl.",
            "en",
            [(["UA-59"], None, 2, 14)],
            id="one-among-the-injured-is-one-of-those-counted-en",
        ),
        pytest.param(
            "В Волгограде пострадали три человека. Двоих пострадавших госпитализировали.",
            "ru",
            [(["RU-VGG"], None, None, 3)],
            id="some-of-the-injured-named-by-their-noun-in-hospital-ru",
        ),
        pytest.param(
            "У Сумах поранено 14 людей. Трьох поранених госпіталізували.",
            "uk",
            [(["UA-59"], None, None, 14)],
            id="some-of-the-injured-named-by-their-noun-in-hospital-uk",
        ),
        pytest.param(
            "У Шостці БпЛА влучив у ферму. Загинули двоє чоловіків.\n\nУ Білопіллі дрон скинув вибухівку на "
            "автомобіль. Водія поранено.",
            "uk",
            [(["UA-59"], None, 2, None), (["UA-59"], None, None, 1)],
            id="another-town-of-the-region-where-a-drone-dropped-explosives-uk",
        ),
        pytest.param(
            "В Шостке БПЛА попал в ферму. Погибли двое мужчин.\n\nВ Белополье дрон сбросил взрывчатку на "
            "автомобиль. Ранен водитель.",
            "ru",
            [(["UA-59"], None, 2, None), (["UA-59"], None, None, 1)],
            id="another-town-of-the-region-where-a-drone-dropped-explosives-ru",
        ),
        pytest.param(
            "У Марганецькій громаді поранено 58-річного чоловіка.\n\nПід вечір противник атакував Межівську "
            "громаду. Зайнялася приватна оселя. Минулося без постраждалих.",
            "uk",
            [(["UA-12"], None, None, 1), (["UA-12"], None, None, 0)],
            id="another-community-of-the-region-the-enemy-attacked",
        ),
        pytest.param(
            "У Харкові поранено подружжя.", "uk", [(["UA-63"], None, None, 2)], id="a-married-couple-uk"
        ),
        pytest.param(
            "В Белгороде ранены супруги.", "ru", [(["RU-BEL"], None, None, 2)], id="a-married-couple-ru"
        ),
        pytest.param(
            "In Kharkiv, an elderly couple was injured.",
            "en",
            [(["UA-63"], None, None, 2)],
            id="a-married-couple-en",
        ),
        pytest.param(
            "У Харкові поранено матір і бабусю.", "uk", [(["UA-63"], None, None, 2)], id="two-kin-joined-uk"
        ),
        pytest.param(
            "В Белгороде мать и сын получили ранения.",
            "ru",
            [(["RU-BEL"], None, None, 2)],
            id="two-kin-joined-ru",
        ),
        pytest.param(
            "In Kharkiv, a mother and her son were injured.",
            "en",
            [(["UA-63"], None, None, 2)],
            id="two-people-joined-before-their-verb-en",
        ),
        pytest.param(
            "A drone hit a house in Kharkiv. Two people sought medical help.",
            "en",
            [(["UA-63"], None, None, 2)],
            id="sought-medical-help-en",
        ),
        pytest.param(
            "В Белгороде дрон атаковал автомобиль. Два человека обратились за медпомощью.",
            "ru",
            [(["RU-BEL"], None, None, 2)],
            id="sought-medical-help-ru",
        ),
        pytest.param(
            "У Харкові дрон влучив у будинок. Троє людей звернулися по медичну допомогу.",
            "uk",
            [(["UA-63"], None, None, 3)],
            id="sought-medical-help-uk",
        ),
        pytest.param(
            "Two ballistic missiles hit Sumy, killing 32 people. Earlier, officials had reported 21 dead.",
            "en",
            [(["UA-59"], None, 32, None)],
            id="a-toll-officials-had-reported-earlier",
        ),
        pytest.param(
            "In the Lviv region, the governor said two energy facilities had been hit, and in the Ivano-Frankivsk "
            "region, a gas plant was damaged. No casualties were reported in either region.",
            "en",
            [(["UA-46"], None, 0, 0), (["UA-26"], None, 0, 0)],
            id="two-regions-one-clause-after-the-other-en",
        ),
        pytest.param(
            "На Львівщині влучання в енергооб'єкт, а на Івано-Франківщині пошкоджено газовий завод. Постраждалих "
            "в обох областях немає.",
            "uk",
            [(["UA-46"], None, None, 0), (["UA-26"], None, None, 0)],
            id="two-regions-one-clause-after-the-other-uk",
        ),
        pytest.param(
            "Під ударом опинилися Київщина, Житомирщина та Хмельниччина: влучання зафіксовано на шести локаціях.",
            "uk",
            [(["UA-18", "UA-32", "UA-68"], 6, None, None)],
            id="a-list-of-regions-stays-one-impact",
        ),
        pytest.param(
            "Unverified videos on social media show two bombers burning at an airbase in the Murmansk region.",
            "en",
            [(["RU-MUR"], None, None, None)],
            id="bombers-burning-at-an-airbase",
        ),
        pytest.param(
            "ПВО Минобороны отразили атаку беспилотника, летевшего на Москву, в Раменском городском округе. На "
            "месте падения обломков разрушений и пострадавших нет.",
            "ru",
            [(["RU-MOS"], None, None, 0)],
            id="debris-where-the-drone-was-downed-not-where-it-flew",
        ),
        pytest.param(
            "Отражена атака еще двух БПЛА, летевших на Москву. На месте падения обломков работают специалисты "
            "экстренных служб.",
            "ru",
            [([], None, None, None)],
            id="debris-of-drones-flying-to-moscow-fell-where-not-said",
        ),
        pytest.param(
            "A missile struck Kharkiv, killing four people. A man later died in hospital, bringing the death toll "
            "to five.",
            "en",
            [(["UA-63"], None, 5, None)],
            id="bringing-the-death-toll-to",
        ),
        pytest.param(
            "В Белгороде при атаке дрона пострадали 3 работника, один из них скончался.",
            "ru",
            [(["RU-BEL"], None, 1, 3)],
            id="one-of-the-injured-died",
        ),
        pytest.param(
            "З-під завалів у Харкові дістали тіло чоловіка.",
            "uk",
            [(["UA-63"], None, 1, None)],
            id="a-body-recovered",
        ),
        pytest.param(
            "Є нові знеструмлення в Сумській області.", "uk", [(["UA-59"], None, None, None)], id="outages"
        ),
        pytest.param(
            "Kyiv. November 21. INTERFAX-UKRAINE - Hits by 24 attack UAVs were recorded at 8 locations.",
            "en",
            [([], 8, None, None)],
            id="a-dated-agency-dateline-is-no-place",
        ),
        pytest.param(
            "Debris fell in the Moscow Region from drones flying towards Moscow.",
            "en",
            [(["RU-MOS"], None, None, None)],
            id="where-the-drones-flew-beside-where-debris-fell",
        ),
        pytest.param(
            "Kyiv has hit refineries across Russia in recent months.",
            "en",
            [],
            id="kyiv-has-hit-is-its-government",
        ),
        pytest.param(
            "🔹 Ніжинська громада: уламки пошкодили дах приватного будинку.\n🔹 Корюківська громада: через атаку "
            "дрона знеструмлено 4 тис. абонентів.\n\nЗагиблих і поранених немає.",
            "uk",
            [(["UA-74"], None, 0, 0), (["UA-74"], None, 0, 0)],
            id="a-zero-after-a-list-holds-for-every-line",
        ),
        pytest.param(
            "🔸 Краснопільська громада: удар FPV-дрона по авто, поранено чоловіка.\n🔸 Суми: уламки впали на "
            "територію гаражного кооперативу. Постраждалих немає.",
            "uk",
            [(["UA-59"], None, None, 1), (["UA-59"], None, None, 0)],
            id="a-zero-on-a-line-of-a-list-holds-for-that-line",
        ),
        pytest.param(
            "The driver, a 41-year-old man, sustained a shrapnel wound to the shoulder in Belgorod.",
            "en",
            [(["RU-BEL"], None, None, 1)],
            id="sustained-a-shrapnel-wound",
        ),
        pytest.param(
            "In Belgorod, two local residents near the station were injured by shrapnel.",
            "en",
            [(["RU-BEL"], None, None, 2)],
            id="local-residents-are-people",
        ),
        pytest.param(
            "Під ударом були Марганецька, Покровська та Мирівська громади. Пошкоджено приватні будинки.",
            "uk",
            [(["UA-12"], None, None, None)],
            id="a-list-of-hromada-adjectives-names-no-town",
        ),
        pytest.param(
            "Вночі ворог атакував Чернігівщину ударними дронами.\n\n"
            "🔹 Новгород-Сіверська громада: влучання у будівлю сільгосппідприємства, знищено техніку. "
            "Виникла пожежа, її ліквідували рятувальники.\n"
            "🔹 Ніжинська громада: уламки збитого БпЛА пошкодили дах приватного будинку.\n\n"
            "Загиблих і поранених немає.",
            "uk",
            [(["UA-74"], None, 0, 0), (["UA-74"], None, 0, 0)],
            id="a-zero-after-a-list-holds-for-a-line-of-two-sentences",
        ),
        pytest.param(
            "Ворог атакував Харків. Влучання у пʼятиповерхівку. З-під завалів дістали тіло жінки.",
            "uk",
            [(["UA-63"], None, 1, None)],
            id="the-body-of-a-woman-is-one-killed",
        ),
        pytest.param(
            "Беспилотник атаковал Белгород. Из-под завалов извлекли тело мужчины.",
            "ru",
            [(["RU-BEL"], None, 1, None)],
            id="the-body-of-a-man-is-one-killed",
        ),
        pytest.param(
            "A Russian drone attack on Odesa overnight injured two people, Governor Oleh Kiper said. Another "
            "person was killed in the Izmail district, he added.",
            "en",
            [(["UA-51"], None, None, 2), (["UA-51"], None, 1, None)],
            id="another-person-is-one",
        ),
        pytest.param(
            "Ворог атакував Черкаси. Влучання у пʼятиповерхівку в Соснівському районі. Наразі відомо про 12 "
            "поранених.",
            "uk",
            [(["UA-71"], None, None, 12)],
            id="a-district-the-gazetteer-lacks-lies-in-the-city-just-named",
        ),
        pytest.param(
            "Ворог атакував Дніпро. Влучання у пʼятиповерхівку в Самарському районі. Наразі відомо про 12 "
            "поранених.",
            "uk",
            [(["UA-12"], None, None, 12)],
            id="a-district-of-dnipro-the-source-files-under-a-rural-hromada",
        ),
        # a second toll at another place, its verb left out, is an impact of its own
        pytest.param(
            "Russian drone strikes killed two people in Kherson and one in Nikopol overnight.",
            "en",
            [(["UA-65"], None, 2, None), (["UA-12"], None, 1, None)],
            id="second-toll-count-then-place-en",
        ),
        pytest.param(
            "Two people were injured in Kharkiv and three more in Chuhuiv, officials said.",
            "en",
            [(["UA-63"], None, None, 2), (["UA-63"], None, None, 3)],
            id="second-toll-more-in-a-town-of-the-same-region-en",
        ),
        pytest.param(
            "Внаслідок атаки загинули двоє людей у Херсоні та ще одна людина в Нікополі.",
            "uk",
            [(["UA-65"], None, 2, None), (["UA-12"], None, 1, None)],
            id="second-toll-with-people-uk",
        ),
        pytest.param(
            "У Харкові поранено дві людини, у Запоріжжі — три.",
            "uk",
            [(["UA-63"], None, None, 2), (["UA-23"], None, None, 3)],
            id="second-toll-place-dash-count-uk",
        ),
        pytest.param(
            "В Белгороде погибли два человека, в Шебекино — один.",
            "ru",
            [(["RU-BEL"], None, 2, None), (["RU-BEL"], None, 1, None)],
            id="second-toll-place-dash-count-ru",
        ),
        pytest.param(
            "Russian drone strikes killed two people in Kherson, one in Nikopol and three in Dnipro.",
            "en",
            [(["UA-65"], None, 2, None), (["UA-12"], None, 1, None), (["UA-12"], None, 3, None)],
            id="a-third-toll-its-verb-left-out-en",
        ),
        pytest.param(
            "В Белгороде погибли два человека, в Шебекино — один, в Грайвороне — трое.",
            "ru",
            [(["RU-BEL"], None, 2, None), (["RU-BEL"], None, 1, None), (["RU-BEL"], None, 3, None)],
            id="a-third-toll-its-verb-left-out-ru",
        ),
        # controls: a verb of its own, a count of something else, the same place again
        pytest.param(
            "Two people were killed in Kharkiv and three were injured in Zaporizhzhia.",
            "en",
            [(["UA-23", "UA-63"], None, 2, 3)],
            id="second-toll-with-its-own-verb-is-not-elliptic",
        ),
        pytest.param(
            "У Харкові загинули дві людини, у Харкові — 5 будинків пошкоджено.",
            "uk",
            [(["UA-63"], None, 2, None)],
            id="a-count-of-houses-is-no-second-toll",
        ),
        # "from a drone", "с применением БПЛА": the weapon, not where it came from; the place after it is hit
        pytest.param(
            "В результате атаки ВСУ с применением БПЛА на Горловку погиб мирный житель.",
            "ru",
            [(["UA-14"], None, 1, None)],
            id="an-attack-with-the-use-of-a-drone-on-a-town",
        ),
        pytest.param(
            "ВСУ атаковали с дрона автомобиль в Шебекино. Ранен мужчина.",
            "ru",
            [(["RU-BEL"], None, None, 1)],
            id="attacked-from-a-drone-a-car-in-a-town-ru",
        ),
        pytest.param(
            "Російські військові атакували з дрона маршрутку в Херсоні. Поранено двох людей.",
            "uk",
            [(["UA-65"], None, None, 2)],
            id="attacked-from-a-drone-a-minibus-in-a-city-uk",
        ),
        # condolences mourn the dead counted where their death was told; "of the dead" counts some of them
        pytest.param(
            "В Донецке ранены двое мужчин. Соболезную родным и близким погибшего.",
            "ru",
            [(["UA-14"], None, None, 2)],
            id="condolences-count-no-dead-ru",
        ),
        pytest.param(
            "У Києві внаслідок атаки поранено 11 людей. Співчуття рідним загиблого.",
            "uk",
            [(["UA-30"], None, None, 11)],
            id="condolences-count-no-dead-uk",
        ),
        pytest.param(
            "A missile attack on Dnipro killed 20 civilians. Eight of the dead were children.",
            "en",
            [(["UA-12"], None, 20, None)],
            id="some-of-the-dead-are-no-toll-of-their-own",
        ),
        # an agency's dateline names no place of the impact
        pytest.param(
            "Київ. 7 грудня. ІНТЕРФАКС-УКРАЇНА - Зафіксовано влучання 10 ударних БпЛА на шести локаціях, "
            "повідомили Повітряні сили.",
            "uk",
            [([], 6, None, None)],
            id="a-dateline-in-ukrainian-capitals",
        ),
        pytest.param(
            "Київ • Укрінформ\nЗафіксовано влучання 10 ударних БпЛА на шести локаціях.",
            "uk",
            [([], 6, None, None)],
            id="a-dateline-of-a-place-and-an-agency-alone-on-a-line",
        ),
        pytest.param(
            "У Херсоні чоловік помер від поранень у лікарні.",
            "uk",
            [(["UA-65"], None, 1, None)],
            id="died-of-wounds-is-a-death-only-uk",
        ),
        # a refinery or a power plant named by its region's adjective lies in the region
        pytest.param(
            "Дроны атаковали Саратовский НПЗ, возник пожар.",
            "ru",
            [(["RU-SAR"], None, None, None)],
            id="a-refinery-by-its-region-s-adjective-ru",
        ),
        pytest.param(
            "Дрони атакували Рязанський НПЗ, спалахнула пожежа.",
            "uk",
            [(["RU-RYA"], None, None, None)],
            id="a-refinery-by-its-region-s-adjective-uk",
        ),
        # a figure corrected right after it, and a toll updated after a figure told earlier
        pytest.param(
            "В Белгороде после атаки дронов пострадали не трое, а пятеро человек.",
            "ru",
            [(["RU-BEL"], None, None, 5)],
            id="not-three-but-five-ru",
        ),
        pytest.param(
            "У Харкові внаслідок удару постраждали не троє, а п'ятеро людей.",
            "uk",
            [(["UA-63"], None, None, 5)],
            id="not-three-but-five-uk",
        ),
        pytest.param(
            "Officials had initially said that eight people were killed in Kharkiv, but the toll rose to 12.",
            "en",
            [(["UA-63"], None, 12, None)],
            id="initially-said-but-the-toll-rose",
        ),
        # what happened to each of the people counted is no toll of its own
        pytest.param(
            "У Херсоні поранено двох людей. 52-річний чоловік отримав вибухову травму, жінка — контузію.",
            "uk",
            [(["UA-65"], None, None, 2)],
            id="each-of-the-injured-described-uk",
        ),
        pytest.param(
            "В Белгороде ранены два человека.\n\nМужчина получил осколочные ранения, женщина — баротравму.",
            "ru",
            [(["RU-BEL"], None, None, 2)],
            id="each-of-the-injured-described-ru",
        ),
        pytest.param(
            "Ворог атакував Павлоградський район. Поранено чоловіка.\n\nПід ворожим прицілом була і "
            "Нікопольщина. Пошкоджені 3 приватні будинки. Люди не постраждали.",
            "uk",
            [(["UA-12"], None, None, 1), (["UA-12"], None, None, 0)],
            id="another-district-under-the-enemy-s-sights",
        ),
        pytest.param(
            "Дрон атакував потяг у Шостці. Постраждалих, попередньо, — 30.",
            "uk",
            [(["UA-59"], None, None, 30)],
            id="a-hedge-set-off-by-commas-between-a-toll-and-its-count",
        ),
        # the year a person was born stands between two people joined
        pytest.param(
            "У Херсоні внаслідок удару дрона загинув чоловік 1979 року народження та його син.",
            "uk",
            [(["UA-65"], None, 2, None)],
            id="born-in-a-year-and-his-son-uk",
        ),
        pytest.param(
            "В Курске погибли мужчина 1956 г.р. и его жена.",
            "ru",
            [(["RU-KRS"], None, 2, None)],
            id="born-in-a-year-and-his-wife-ru",
        ),
        pytest.param(
            # not the city's district after another sentence, but a district of the one region the text names
            "Ворог атакував Черкаси. Вночі над областю збито 5 дронів. Влучання у будинок в Соснівському районі.",
            "uk",
            [(["UA-71"], None, None, None)],
            id="not-after-another-sentence-but-in-the-one-region",
        ),
        # an aside between commas before the negation keeps the zero; a negated participle is no damage
        pytest.param(
            "Ночью над Воронежской областью сбиты 5 беспилотников. Пострадавших и разрушений, по предварительным "
            "данным, нет.",
            "ru",
            [],
            id="no-damage-with-an-aside-ru",
        ),
        pytest.param(
            "Ночью над Воронежской областью сбиты 5 беспилотников. Никто не пострадал, инфраструктура не повреждена.",
            "ru",
            [],
            id="infrastructure-not-damaged-ru",
        ),
        pytest.param(
            "В Белгороде обломки беспилотника упали на крышу дома. Погибших и раненых, по предварительным данным, нет.",
            "ru",
            [(["RU-BEL"], None, 0, 0)],
            id="no-dead-or-wounded-with-an-aside-ru",
        ),
        pytest.param(
            "У Харкові уламки дрона впали на дах будинку. Загиблих і поранених, за попередньою інформацією, немає.",
            "uk",
            [(["UA-63"], None, 0, 0)],
            id="no-dead-or-wounded-with-an-aside-uk",
        ),
        pytest.param(
            "Вночі над Харківщиною збито 5 БпЛА. Ніхто не постраждав, інфраструктура не пошкоджена.",
            "uk",
            [],
            id="infrastructure-not-damaged-uk",
        ),
        pytest.param(
            "В Коростені уламки впали на території двох підприємств.",
            "uk",
            [(["UA-18"], 2, None, None)],
            id="debris-on-the-grounds-of-two-enterprises-uk",
        ),
        pytest.param(
            "На Житомирщині уламки впали на території трьох домоволодінь.",
            "uk",
            [(["UA-18"], 3, None, None)],
            id="debris-on-three-households-uk",
        ),
        # a closing zero holds for every impact told right before it with no toll of its own
        pytest.param(
            "Уночі ворожі БпЛА атакували Чернігівщину. На Корюківщині внаслідок падіння уламків пошкоджено два "
            "приватні будинки. У Ніжинському районі зафіксовано влучання в об'єкт інфраструктури, виникла пожежа. "
            "Без постраждалих.",
            "uk",
            [(["UA-74"], None, None, 0), (["UA-74"], None, None, 0)],
            id="a-closing-zero-for-the-impacts-before-it",
        ),
        # "no one" counts nobody, whatever verb and adverb follow it
        pytest.param(
            "Debris fell on a house in Kharkiv. No one has been injured.",
            "en",
            [(["UA-63"], None, None, 0)],
            id="no-one-has-been-injured",
        ),
        pytest.param(
            "A drone hit a warehouse in Odesa. No one was reportedly hurt.",
            "en",
            [(["UA-51"], None, None, 0)],
            id="no-one-was-reportedly-hurt",
        ),
        pytest.param(
            "Debris fell on a house in Belgorod. A woman suffered barotrauma and was treated on the spot.",
            "en",
            [(["RU-BEL"], None, None, 1)],
            id="barotrauma-is-an-injury",
        ),
        # a death told with "скончался", "помер" is a toll as "погиб", "загинув" is
        pytest.param(
            "В Шебекино дрон ударил по автомобилю. Мужчина скончался в больнице.",
            "ru",
            [(["RU-BEL"], None, 1, None)],
            id="ru-died-in-hospital",
        ),
        pytest.param(
            "Уламки дрона впали на подвір'я у Нікополі. Чоловік помер у лікарні.",
            "uk",
            [(["UA-12"], None, 1, None)],
            id="uk-died-in-hospital",
        ),
        pytest.param(
            "Обломки беспилотника упали на частный дом в Курске. Пострадавшая женщина умерла в больнице.",
            "ru",
            [(["RU-KRS"], None, 1, None)],
            id="ru-the-injured-woman-died",
        ),
        # the one person told wounded, then dead, is a death and no wound
        pytest.param(
            "A drone hit a house in Rylsk. A 63-year-old woman who was wounded in the attack died in hospital.",
            "en",
            [(["RU-KRS"], None, 1, None)],
            id="en-wounded-then-died",
        ),
        pytest.param(
            "Обломки беспилотника упали на частный дом в Шебекино. Мужчина получил ранения и позднее скончался.",
            "ru",
            [(["RU-BEL"], None, 1, None)],
            id="ru-wounded-then-died",
        ),
        pytest.param(
            "A drone hit a house in Rylsk. A man was killed and a woman was wounded.",
            "en",
            [(["RU-KRS"], None, 1, 1)],
            id="en-one-killed-another-wounded",
        ),
        pytest.param(
            "In Lozova, a drone hit the premises of a private enterprise, causing a fire. No people were "
            "injured, Governor Oleh Syniehubov said.",
            "en",
            [(["UA-63"], None, None, 0)],
            id="en-no-people-were-injured",
        ),
        pytest.param(
            "In Lozova, a drone hit the premises of a private enterprise, causing a fire. Casualties were "
            "avoided, the governor said.",
            "en",
            [(["UA-63"], None, 0, 0)],
            id="en-casualties-were-avoided",
        ),
        pytest.param(
            "In Lozova, a drone hit the premises of a private enterprise, causing a fire. There were no dead or "
            "wounded, the regional administration reported.",
            "en",
            [(["UA-63"], None, 0, 0)],
            id="en-no-dead-or-wounded",
        ),
        pytest.param(
            "Russian strike on Dnipro kills 3, injures 20.",
            "en",
            [(["UA-12"], None, 3, 20)],
            id="en-a-headline-in-the-present-tense",
        ),
        pytest.param(
            "A 14-year-old boy in Kyiv suffered cuts from broken glass after a drone hit a building.",
            "en",
            [(["UA-30"], None, None, 1)],
            id="en-cuts-are-wounds",
        ),
        pytest.param(
            "Three people were killed and 23 injured in a drone attack on Kyiv. Two children are among the "
            "injured, a 7-year-old boy and a 13-year-old girl.",
            "en",
            [(["UA-30"], None, 3, 23)],
            id="en-some-are-among-the-injured",
        ),
        pytest.param(
            "Three people were killed and 23 injured in a drone attack on Kyiv. Earlier in the morning, the city "
            "administration had put the number of wounded at 14.",
            "en",
            [(["UA-30"], None, 3, 23)],
            id="en-the-number-put-earlier",
        ),
        pytest.param(
            "Russian missile strike on Vinnytsia injures two dozen, damages a dozen buildings\n\nA Russian Kh-101 "
            "cruise missile hit the center of Vinnytsia, killing an 81-year-old woman and injuring two dozen "
            "people, Governor Serhii Borzov reported.",
            "en",
            [(["UA-05"], None, 1, 24)],
            id="en-the-headline-s-toll-told-again-beside-one-person",
        ),
        pytest.param(
            "A drone struck a freight train in Kharkiv Oblast, injuring the driver. No passengers were hurt.",
            "en",
            [(["UA-63"], None, None, 1)],
            id="en-no-passengers-hurt-is-no-zero-of-all",
        ),
        pytest.param(
            "Russian missiles and drones pound Dnipro, killing 4 and wounding dozens.",
            "en",
            [(["UA-12"], None, 4, None)],
            id="en-killing-a-number-and-wounding-dozens",
        ),
        pytest.param(
            "The governor said a drone had been shot down over Kursk. He did not report any damage.",
            "en",
            [],
            id="en-no-details-of-damage-is-no-impact",
        ),
        pytest.param(
            "Дрон атакував Харків. Двох людей, як повідомив Синєгубов, поранено.",
            "uk",
            [(["UA-63"], None, None, 2)],
            id="uk-who-told-it-between-the-count-and-the-wound",
        ),
        pytest.param(
            "Удар по Дніпру: кількість загиблих зросла з 26 до 32.",
            "uk",
            [(["UA-12"], None, 32, None)],
            id="uk-a-toll-grown-from-one-figure-to-another",
        ),
        pytest.param(
            "Удар по Дніпру: кількість загиблих зросла з 26-ти до 32-х.",
            "uk",
            [(["UA-12"], None, 32, None)],
            id="uk-a-toll-grown-from-one-figure-to-another-with-case-endings",
        ),
        pytest.param(
            "Strike on Dnipro: the death toll rose from 26 to 32.",
            "en",
            [(["UA-12"], None, 32, None)],
            id="en-a-toll-grown-from-one-figure-to-another",
        ),
        pytest.param(
            "A drone damaged a house in Lyudinovo. The governor said that nobody required medical help.",
            "en",
            [(["RU-KLU"], None, None, 0)],
            id="en-nobody-required-medical-help",
        ),
        pytest.param(
            "A drone hit a house in Kharkiv. A woman and her 12-year-old son were injured.",
            "en",
            [(["UA-63"], None, None, 2)],
            id="en-a-woman-and-her-son-of-an-age",
        ),
        pytest.param(
            "Дрон влучив у будинок у Сумах. Людей не зачепило.",
            "uk",
            [(["UA-59"], None, None, 0)],
            id="uk-nobody-touched",
        ),
        pytest.param(
            "Russia attacked Kharkiv overnight. Consequences of the attack were recorded at 14 addresses.",
            "en",
            [(["UA-63"], 14, None, None)],
            id="en-consequences-recorded-at-addresses",
        ),
        pytest.param(
            "Nikopol. Russian forces shelled the city with artillery; a house was damaged.\nMarhanets community. A "
            "58-year-old man was injured by an FPV drone.",
            "en",
            [(["UA-12"], None, None, None), (["UA-12"], None, None, 1)],
            id="en-a-community-as-a-heading-opens-an-impact",
        ),
        pytest.param(
            "Росіяни вдарили по Дніпру, вбивши чотирьох людей і поранивши кількох.",
            "uk",
            [(["UA-12"], None, 4, None)],
            id="uk-killing-a-number-and-wounding-several",
        ),
        pytest.param(
            "Унаслідок атаки у Харкові постраждали 12 будинків.",
            "uk",
            [(["UA-63"], None, None, None)],
            id="uk-houses-that-suffered-are-no-casualties",
        ),
        pytest.param(
            "Унаслідок атаки на Харківщину постраждали чотири райони області.",
            "uk",
            [(["UA-63"], None, None, None)],
            id="uk-districts-that-suffered-are-no-casualties",
        ),
        pytest.param(
            "В результате атаки в Белгороде пострадали 12 жилых домов и пять жителей области.",
            "ru",
            [(["RU-BEL"], None, None, 5)],
            id="ru-houses-are-no-casualties-the-people-of-the-region-are",
        ),
        pytest.param(
            "Кількість загиблих унаслідок ракетного удару по Полтаві зросла до 51 людини, ще 271 – поранені. Вдень "
            "Міністерство оборони повідомляло про 41 загиблого та 180 поранених.",
            "uk",
            [(["UA-53"], None, 51, 271)],
            id="uk-what-the-ministry-was-reporting-by-day-is-an-earlier-figure",
        ),
        pytest.param(
            "Росіяни вночі вдарили ракетами по Харкову. О 00:40 Синєгубов писав про шістьох поранених. Станом на "
            "09:00 відомо про 19 постраждалих.",
            "uk",
            [(["UA-63"], None, None, 19)],
            id="uk-what-was-written-at-an-hour-is-an-earlier-figure",
        ),
        pytest.param(
            "У Харкові виникла пожежа, зараз її локалізовано. Нікого не поранено.",
            "uk",
            [(["UA-63"], None, None, 0)],
            id="uk-nobody-wounded-in-the-accusative",
        ),
        pytest.param(
            "Украинский дрон атаковал машину энергетиков под Рыльском — погиб электромонтёр, ещё двое ранены.",
            "ru",
            [(["RU-KRS"], None, 1, 2)],
            id="ru-one-worker-named-by-trade",
        ),
        pytest.param(
            "Утром Ярославль атакован беспилотниками. Силами ПВО сбиты четыре дрона. Ещё один упал на территории "
            "промзоны во Фрунзенском районе, там загорелось складское помещение.",
            "ru",
            [(["RU-YAR"], None, None, None)],
            id="ru-a-city-district-the-gazetteer-lacks-lies-in-the-region-of-the-document",
        ),
        pytest.param(
            "Дроны атаковали Брянск и Курск. Во Фрунзенском районе повреждён дом.",
            "ru",
            [(["?"], None, None, None)],
            id="ru-a-district-the-gazetteer-lacks-in-a-text-of-two-regions-is-not-guessed",
        ),
        pytest.param(
            "A drone hit a car in the Belgorod region, killing two people and injuring a boy.",
            "en",
            [(["RU-BEL"], None, 2, 1)],
            id="killing-a-count-and-injuring-one-person",
        ),
        pytest.param(
            "Дрон атакував авто на Харківщині, вбивши двох людей і поранивши жінку.",
            "uk",
            [(["UA-63"], None, 2, 1)],
            id="killing-a-count-and-injuring-one-person-uk",
        ),
        pytest.param(
            "A drone hit a car in the Belgorod region, killing one person. In a separate attack, a drone hit a "
            "shop in Shebekino. No one was injured.",
            "en",
            [(["RU-BEL"], None, 1, None), (["RU-BEL"], None, None, 0)],
            id="a-separate-attack-in-the-same-region-is-another-impact",
        ),
        pytest.param(
            "A drone hit a refinery in the Krasnodar region. In a separate incident, debris fell on three "
            "households in Afipsky.",
            "en",
            [(["RU-KDA"], None, None, None), (["RU-KDA"], 3, None, None)],
            id="a-separate-incident-with-its-sites-is-another-impact",
        ),
        pytest.param(
            "Дрон влучив у будинок у Харкові, поранено двох людей. Внаслідок іншої атаки в Харкові пошкоджено "
            "гараж.",
            "uk",
            [(["UA-63"], None, None, 2), (["UA-63"], None, None, None)],
            id="another-attack-in-the-same-city-is-another-impact-uk",
        ),
        pytest.param(
            "Fire breaks out at Russian refinery\n\nA fire broke out at a refinery in the Krasnodar region after "
            "a drone attack.",
            "en",
            [(["RU-KDA"], None, None, None)],
            id="a-headline-that-names-no-place-is-the-body-s-impact",
        ),
        pytest.param(
            "В Краснодаре осколки БПЛА повредили крышу дома.",
            "ru",
            [(["RU-KDA"], None, None, None)],
            id="shards-of-a-drone-damaged-a-roof",
        ),
        pytest.param(
            "У Дніпрі фрагменти дрона пошкодили дах будинку.",
            "uk",
            [(["UA-12"], None, None, None)],
            id="fragments-of-a-drone-damaged-a-roof-uk",
        ),
        pytest.param(
            "В Воронеже обломки БПЛА упали на частный дом, возник пожар. Информации о пострадавших на данный момент "
            "нет.",
            "ru",
            [(["RU-VOR"], None, None, None)],
            id="no-information-on-casualties-for-the-moment-is-unknown",
        ),
        pytest.param(
            "У Харкові уламки дрона впали на будинок. Інформації про постраждалих на цей час немає.",
            "uk",
            [(["UA-63"], None, None, None)],
            id="no-information-on-casualties-for-the-moment-is-unknown-uk",
        ),
        pytest.param(
            "Внаслідок нічної атаки в Київській області постраждали 4 людини. У Броварському районі поранено "
            "чоловіка. У Бучанському районі травмовано 3 людей.",
            "uk",
            [(["UA-32"], None, None, None), (["UA-32"], None, None, 1), (["UA-32"], None, None, 3)],
            id="a-region-s-toll-that-sums-the-districts-after-it",
        ),
        pytest.param(
            "Drones attacked Kharkiv, injuring three people.\n\nIn the Saltivskyi district, two women were "
            "injured. Two hours later, a drone hit a building in the Slobidskyi district. A 60-year-old woman was "
            "injured.",
            "en",
            [(["UA-63"], None, None, None), (["UA-63"], None, None, 2), (["UA-63"], None, None, 1)],
            id="a-city-s-toll-that-sums-the-districts-after-it",
        ),
        pytest.param(
            "Беспилотник повредил жилой дом в Белгороде.",
            "ru",
            [(["RU-BEL"], None, None, None)],
            id="a-drone-damaged-a-house",
        ),
        pytest.param(
            "Дрон пошкодив житловий будинок у Харкові.",
            "uk",
            [(["UA-63"], None, None, None)],
            id="a-drone-damaged-a-house-uk",
        ),
        pytest.param(
            "В Шахтах повреждён дом. Губернатор о пострадавших не сообщил.",
            "ru",
            [(["RU-ROS"], None, None, None)],
            id="nothing-said-of-casualties-is-unknown",
        ),
        pytest.param(
            "В Шахтах загорелась сухая трава. Информация о других пострадавших не поступала.",
            "ru",
            [(["RU-ROS"], None, None, None)],
            id="no-word-of-other-casualties-is-unknown",
        ),
        pytest.param(
            "У Сумах пошкоджено будинок. Голова ОВА про постраждалих не повідомив.",
            "uk",
            [(["UA-59"], None, None, None)],
            id="nothing-said-of-casualties-is-unknown-uk",
        ),
        pytest.param(
            "Ворог атакував Запоріжжя ударними дронами. Постраждали 3 людини. Оновлено: 4 постраждалих.",
            "uk",
            [(["UA-23"], None, None, 4)],
            id="an-update-tells-the-toll-anew-uk",
        ),
        pytest.param(
            "A drone attacked Kharkiv. Three people were injured. Update: 4 injured.",
            "en",
            [(["UA-63"], None, None, 4)],
            id="an-update-tells-the-toll-anew",
        ),
        pytest.param(
            "Дрон атаковал Белгород. Пострадали 3 человека. UPD: пострадал один человек.",
            "ru",
            [(["RU-BEL"], None, None, 1)],
            id="an-update-corrects-the-toll-down",
        ),
        pytest.param(
            "Three people were wounded in the Kyiv region, the Kyiv regional governor said.",
            "en",
            [(["UA-32"], None, None, 3)],
            id="the-capital-in-a-regional-governor-s-title-is-no-place",
        ),
        pytest.param(
            "Russian drones killed two people in Kyiv on Sunday, as Moscow pressed its air campaign.",
            "en",
            [(["UA-30"], None, 2, None)],
            id="a-capital-that-presses-a-campaign-is-its-government",
        ),
        pytest.param(
            "Зафіксовано влучання на 16 локаціях. Падіння уламків зафіксовано на 9 локаціях.",
            "uk",
            [([], 16, None, None), ([], 9, None, None)],
            id="hits-and-debris-at-their-own-sites-in-two-sentences-uk",
        ),
        pytest.param(
            "Hits were recorded at 16 locations. Debris fell at nine locations.",
            "en",
            [([], 16, None, None), ([], 9, None, None)],
            id="hits-and-debris-at-their-own-sites-in-two-sentences",
        ),
        pytest.param(
            "Debris fell in the Domodedovo district, Sobyanin said.",
            "en",
            [(["RU-MOS"], None, None, None)],
            id="the-district-of-the-one-town-so-named",
        ),
        pytest.param(
            "У Грайворонському окрузі дрон влучив у будинок, поранено жінку.",
            "uk",
            [(["RU-BEL"], None, None, 1)],
            id="a-russian-district-as-ukrainian-reports-spell-it",
        ),
        pytest.param(
            "У Ніжинській громаді загинули чоловік 61 року та його дружина.",
            "uk",
            [(["UA-74"], None, 2, None)],
            id="a-man-of-an-age-and-his-wife",
        ),
        pytest.param(
            "В Рыльске погибли мужчина 61 года и его 58-летняя жена.",
            "ru",
            [(["RU-KRS"], None, 2, None)],
            id="a-man-of-an-age-and-his-wife-ru",
        ),
        pytest.param(
            "In Nizhyn a man and his mother were injured.",
            "en",
            [(["UA-74"], None, None, 2)],
            id="a-man-and-his-mother",
        ),
        pytest.param(
            "A drone hit a car in Kherson, injuring a man (45) and a woman.",
            "en",
            [(["UA-65"], None, None, 2)],
            id="an-age-in-brackets-is-no-count-of-people",
        ),
        pytest.param(
            "У Херсоні дрон атакував авто, поранено чоловіка (45 років) та жінку.",
            "uk",
            [(["UA-65"], None, None, 2)],
            id="an-age-in-brackets-is-no-count-of-people-uk",
        ),
        pytest.param(
            "In Odesa, a man, 61, and his wife were injured when a drone hit their house.",
            "en",
            [(["UA-51"], None, None, 2)],
            id="an-age-between-commas-is-no-count-of-people",
        ),
        pytest.param(
            "A Russian drone struck a car in Kherson, wounding a 17-year-old, the regional governor said.",
            "en",
            [(["UA-65"], None, None, 1)],
            id="an-age-alone-is-one-person",
        ),
        pytest.param(
            "A 14-year-old was injured in the attack on Kharkiv, Mayor Ihor Terekhov said.",
            "en",
            [(["UA-63"], None, None, 1)],
            id="an-age-alone-is-one-person-before-its-verb",
        ),
        pytest.param(
            "In Kharkiv, a 14-year-old and a 72-year-old woman were injured.",
            "en",
            [(["UA-63"], None, None, 2)],
            id="an-age-alone-and-a-person",
        ),
        pytest.param(
            "У Херсоні внаслідок удару дрона поранено 9-річну дівчинку.",
            "uk",
            [(["UA-65"], None, None, 1)],
            id="a-girl-in-the-accusative",
        ),
        pytest.param(
            "В Херсоне в результате удара дрона ранены 9-летняя девочка и её бабушка.",
            "ru",
            [(["UA-65"], None, None, 2)],
            id="a-girl-and-her-grandmother-ru",
        ),
        pytest.param(
            "Ночью 14 января российские войска атаковали Киев ударными беспилотниками. В Дарницком районе "
            "зафиксировано попадание в складское помещение. Ранее сообщалось о шести пострадавших. По состоянию "
            "на 07:40 медики оказали помощь уже 11 людям, четверых из них, включая 12-летнюю девочку, "
            "госпитализировали.",
            "ru",
            [(["UA-30"], None, None, None)],
            id="a-girl-among-those-counted-ru",
        ),
        pytest.param(
            "У Херсоні дрон атакував автобус. Поранено жінку та двох чоловіків.",
            "uk",
            [(["UA-65"], None, None, 3)],
            id="one-person-before-a-count-of-people",
        ),
        pytest.param(
            "У Херсоні дрон атакував автобус. Поранено водія та трьох пасажирок.",
            "uk",
            [(["UA-65"], None, None, 4)],
            id="one-person-before-a-count-of-passengers",
        ),
        pytest.param(
            "У Херсоні дрон атакував автобус. Поранено водія, кондукторку та пасажира.",
            "uk",
            [(["UA-65"], None, None, 3)],
            id="a-list-of-three-people",
        ),
        pytest.param(
            "У Херсоні дрон атакував будинок. Загинули батько, мати та двоє дітей.",
            "uk",
            [(["UA-65"], None, 4, None)],
            id="a-list-of-people-and-a-count",
        ),
        pytest.param(
            "У Херсоні дрон атакував будинок. Загинула жінка та троє людей отримали поранення.",
            "uk",
            [(["UA-65"], None, 1, 3)],
            id="a-count-with-a-toll-of-its-own-is-not-joined",
        ),
        pytest.param(
            "У Херсоні дрон атакував будинок. Загинула жінка, поранено чоловіка та двох дітей.",
            "uk",
            [(["UA-65"], None, 1, 3)],
            id="a-list-after-another-toll",
        ),
        pytest.param(
            "В Херсоне дрон атаковал автобус. Ранены женщина и двое мужчин.",
            "ru",
            [(["UA-65"], None, None, 3)],
            id="one-person-before-a-count-of-people-ru",
        ),
        pytest.param(
            "In Kherson a drone hit a bus; a woman and two men were injured.",
            "en",
            [(["UA-65"], None, None, 3)],
            id="one-person-before-a-count-of-people-en",
        ),
        pytest.param(
            "In Kherson a drone hit a house, injuring a man, a woman and a child.",
            "en",
            [(["UA-65"], None, None, 3)],
            id="a-list-of-three-people-en",
        ),
        pytest.param(
            "In Kherson a drone hit a tractor; a tractor driver and a combine operator were wounded.",
            "en",
            [(["UA-65"], None, None, 2)],
            id="workers-named-by-their-trade",
        ),
        pytest.param(
            "In Kherson a drone hit a house, injuring a boy and his elderly grandmother.",
            "en",
            [(["UA-65"], None, None, 2)],
            id="a-boy-and-his-grandmother",
        ),
        pytest.param(
            "Kharkiv Oblast: Nine people, including a 3-year-old girl and a 16-year-old boy, were wounded in "
            "attacks on the Kharkiv district.",
            "en",
            [(["UA-63"], None, None, 9)],
            id="people-listed-among-those-counted-are-no-more",
        ),
        pytest.param(
            "A Russian drone strike claimed two lives in Kostiantynivka, the governor said.",
            "en",
            [(["UA-14"], None, 2, None)],
            id="claimed-two-lives",
        ),
        pytest.param(
            "Російський удар по Дніпру забрав життя трьох людей, ще 12 поранені.",
            "uk",
            [(["UA-12"], None, 3, 12)],
            id="took-the-lives-of-uk",
        ),
        pytest.param(
            "Удар по Белгороду унёс жизни двух человек, ещё 12 ранены.",
            "ru",
            [(["RU-BEL"], None, 2, 12)],
            id="took-the-lives-of-ru",
        ),
        pytest.param(
            "Дрон атакував Харків. Людських втрат немає, п'ятеро людей травмовані.",
            "uk",
            [(["UA-63"], None, 0, 5)],
            id="a-count-after-no-casualties-says-otherwise",
        ),
        pytest.param(
            "Дрон атакував Харків, пошкоджено будинок. Загиблих, на щастя, немає.",
            "uk",
            [(["UA-63"], None, 0, None)],
            id="no-dead-with-an-aside",
        ),
        pytest.param(
            "Дрон атаковал Белгород, поврежден дом. Погибших, к счастью, нет.",
            "ru",
            [(["RU-BEL"], None, 0, None)],
            id="no-dead-with-an-aside-ru",
        ),
        pytest.param(
            "Дрон атакував Харків, пошкоджено будинок. До лікарні потрапили семеро людей.",
            "uk",
            [(["UA-63"], None, None, 7)],
            id="taken-to-hospital-uk",
        ),
        pytest.param(
            "Дрон атаковал Белгород, поврежден дом. В больницу попали семь человек.",
            "ru",
            [(["RU-BEL"], None, None, 7)],
            id="taken-to-hospital-ru",
        ),
        pytest.param(
            "Voronezh governor reports two dozen drones destroyed over region, private house damaged\n\n"
            "VORONEZH, October 11. /TASS/. Air defense forces detected and destroyed two dozen Ukrainian drones "
            "over the city of Voronezh overnight, Governor Alexander Gusev said on his Telegram channel.\n\n"
            '"Preliminarily, there were no casualties. In one of the districts, a private house was slightly '
            'damaged by falling debris," the governor wrote.',
            "en",
            [(["RU-VOR"], None, 0, 0)],
            id="a-dateline-is-no-sentence-of-the-story",
        ),
        pytest.param(
            "A 9-year-old girl suffered a cut to her arm in Kharkiv after a drone hit a house.",
            "en",
            [(["UA-63"], None, None, 1)],
            id="a-cut-is-an-injury",
        ),
        pytest.param(
            "Уламки дрона пошкодили будинок у Полтавському районі.",
            "uk",
            [(["UA-53"], None, None, None)],
            id="a-district-ukraine-and-russia-share-in-a-ukrainian-report",
        ),
        pytest.param(
            "Дрони атакували Воронезьку область, уламки впали у Каменському районі.",
            "uk",
            [(["RU-VOR"], None, None, None)],
            id="a-district-in-the-russian-region-a-ukrainian-report-names",
        ),
        pytest.param(
            "Унаслідок атаки дронів на Харків загинули двоє людей. Ще одна людина померла в лікарні. Загалом "
            "загиблих – троє.",
            "uk",
            [(["UA-63"], None, 3, None)],
            id="a-total-says-the-toll-anew",
        ),
        pytest.param(
            "В Белгороде дрон атаковал автобус. Пострадали восемь пассажиров. Позже одна из пострадавших "
            "скончалась в больнице. Таким образом, погибла одна женщина, ранены семь человек.",
            "ru",
            [(["RU-BEL"], None, 1, 7)],
            id="a-total-says-each-toll-anew-ru",
        ),
        pytest.param(
            "В Белгороде дрон атаковал автобус, пострадали восемь человек. UPD: погибли двое, ранены пятеро.",
            "ru",
            [(["RU-BEL"], None, 2, 5)],
            id="an-update-tells-a-toll-not-told-before",
        ),
        pytest.param(
            "16:10 – Russian drones struck Odesa; two people were confirmed dead and 15 wounded.\n\n"
            "21:35 – Death toll in Odesa rises to four, with 22 injured.",
            "en",
            [(["UA-51"], None, 4, 22)],
            id="a-live-blog-toll-rises",
        ),
        pytest.param(
            "Russian drones struck Odesa, killing two and wounding 15. The death toll later rose to four, with 22 "
            "injured.",
            "en",
            [(["UA-51"], None, 4, 22)],
            id="a-toll-rises-with-both-counts",
        ),
        pytest.param(
            "The strike on Kharkiv damaged a house but left no one dead or injured.",
            "en",
            [(["UA-63"], None, 0, 0)],
            id="no-one-dead-or-injured",
        ),
        pytest.param(
            "A drone hit a warehouse in Kharkiv. None of the workers was injured.",
            "en",
            [(["UA-63"], None, None, 0)],
            id="none-of-the-workers-was-injured",
        ),
        pytest.param(
            "A drone hit a bus in Kherson, injuring its driver and two passengers.",
            "en",
            [(["UA-65"], None, None, 3)],
            id="its-driver-and-two-passengers",
        ),
        pytest.param(
            "Під ударом був Синельниківський район. Поранено 57-річного чоловіка. На Нікопольщині агресор бив по "
            "Марганецькій громаді. Пошкоджено лінію електропередачі. Обійшлося без постраждалих.",
            "uk",
            [(["UA-12"], None, None, 1), (["UA-12"], None, None, 0)],
            id="the-enemy-pounded-another-community",
        ),
        pytest.param(
            "A Russian drone hit a bus in Kherson, which lies on the Dnipro River, injuring five people. Among "
            "those wounded was a 17-year-old passenger.",
            "en",
            [(["UA-65"], None, None, 5)],
            id="a-river-is-no-town-and-among-those-wounded",
        ),
        pytest.param(
            "Rescuers saved 12 lives after a drone hit a residential building in Odesa.",
            "en",
            [(["UA-51"], None, None, None)],
            id="lives-saved-are-no-deaths",
        ),
        pytest.param(
            "A man who lives nearby was injured by debris in Odesa.",
            "en",
            [(["UA-51"], None, None, 1)],
            id="lives-nearby-is-no-death",
        ),
        pytest.param(
            "Kharkiv will stay without power until evening after a Russian drone struck a substation overnight.",
            "en",
            [(["UA-63"], None, None, None)],
            id="a-town-before-a-modal-is-a-place",
        ),
        pytest.param(
            "Внаслідок удару по Харкову загинули двоє людей, ще чоловіка та жінку госпіталізовано.",
            "uk",
            [(["UA-63"], None, 2, 2)],
            id="a-count-of-people-goes-on-with-and-only",
        ),
        pytest.param(
            "Внаслідок удару по Харкову загинули двоє людей, чоловік та жінка.",
            "uk",
            [(["UA-63"], None, 2, None)],
            id="people-listed-after-their-count-restate-it",
        ),
        pytest.param(
            "In Kyiv, three people were injured in a drone strike. In Odesa, two people were injured after a "
            "drone hit a house. In total, five people were injured across Ukraine overnight.",
            "en",
            [(["UA-30"], None, None, 3), (["UA-51"], None, None, 2), ([], None, None, 5)],
            id="a-total-after-two-impacts-is-no-update-of-one",
        ),
        pytest.param(
            "В Белгороде в результате атаки дрона пострадали 2 пожарных автомобиля.",
            "ru",
            [(["RU-BEL"], None, None, None)],
            id="fire-engines-are-no-people",
        ),
        pytest.param(
            "В Климовском районе в н.п. Кирилловка дрон атаковал дом, пострадали двое.",
            "ru",
            [(["?", "RU-BRY"], None, None, 2)],
            id="an-abbreviated-settlement-word-ends-no-sentence",
        ),
        pytest.param(
            "Hits were recorded at seven locations, with falling debris reported at three more, the air force "
            "said.",
            "en",
            [([], 7, None, None), ([], 3, None, None)],
            id="debris-at-three-more",
        ),
    ],
)
def test_impact_rules(text: str, lang: str, expected: list[Any]) -> None:
    assert impacts(run(text, "2025-08-23T12:30:00+00:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "killed", "injured"),
    [
        pytest.param(
            "A drone hit a car in the Belgorod region, killing a man and injuring his wife.",
            "en",
            "killing a man",
            "injuring his wife",
            id="each-verb-with-the-person-after-it",
        ),
        pytest.param(
            "Город Шебекино атакован тремя дронами-камикадзе. В результате одной из атак ранен мирный житель.",
            "ru",
            None,
            "ранен мирный житель",
            id="one-of-the-attacks-counts-no-people",
        ),
    ],
)
def test_the_evidence_of_one_person_is_the_person(
    text: str, lang: str, killed: str | None, injured: str | None
) -> None:
    claims = [
        c for c in run(text, "2025-08-23T12:30:00+00:00", lang=lang).claims if isinstance(c, ImpactClaim)
    ]
    assert [(c.killed and c.killed.text, c.injured and c.injured.text) for c in claims] == [(killed, injured)]


@pytest.mark.parametrize(
    ("text", "published_at", "window"),
    [
        pytest.param(
            "The Russian Defense Ministry noted that on February 3, at about 20:00 local time, air defense systems "
            "intercepted two drones over the territory of the Bryansk region.",
            "2024-02-03",
            ("2024-02-03T20:00:00+03:00", "2024-02-03T20:00:00+03:00"),
            id="local-time-of-a-russian-region",
        ),
        pytest.param(
            "Also, a fixed-wing drone was intercepted above the Bryansk region at around 5:30 p.m. Moscow time.",
            "2023-09-07",
            ("2023-09-07T17:30:00+03:00", "2023-09-07T17:30:00+03:00"),
            id="pm-and-a-date-only-publication",
        ),
        pytest.param(
            "Russia's Defence Ministry said its forces had intercepted and destroyed 37 Ukrainian drones over "
            "Russian regions between 8 p.m. and 11 p.m. Moscow time on Monday.",
            "2025-11-25",
            ("2025-11-24T20:00:00+03:00", "2025-11-24T23:00:00+03:00"),
            id="bare-hours-with-pm-and-a-weekday",
        ),
        pytest.param(
            "The ministry said 52 drones were downed between 11:00 p.m. on Nov. 24 and 7:00 a.m. on Nov. 25 "
            "Moscow time.",
            "2025-11-25",
            ("2025-11-24T23:00:00+03:00", "2025-11-25T07:00:00+03:00"),
            id="abbreviated-months-with-a-full-stop",
        ),
        pytest.param(
            "Russian air defence units destroyed 12 Ukrainian drones between 8 p.m. Moscow time (1700 GMT) and "
            "11 p.m. (2000 GMT) on Monday.",
            "2025-11-25",
            ("2025-11-24T20:00:00+03:00", "2025-11-24T23:00:00+03:00"),
            id="the-same-time-in-gmt-in-brackets",
        ),
        pytest.param(
            "Air defences shot down 26 drones between midnight and 7 a.m. Moscow time, the ministry said.",
            "2025-11-25",
            ("2025-11-25T00:00:00+03:00", "2025-11-25T07:00:00+03:00"),
            id="from-midnight",
        ),
        pytest.param(
            "Air defences shot down 26 drones between 8 p.m. and midnight Moscow time on Monday.",
            "2025-11-25",
            ("2025-11-24T20:00:00+03:00", "2025-11-25T00:00:00+03:00"),
            id="to-midnight",
        ),
        pytest.param(
            "Air defences destroyed 12 drones between 8 and 11 p.m. Moscow time on Monday.",
            "2025-11-25",
            ("2025-11-24T20:00:00+03:00", "2025-11-24T23:00:00+03:00"),
            id="one-pm-for-both-times",
        ),
        pytest.param(
            "Air defences destroyed 12 drones between 2:30 and 4 p.m. Moscow time on Monday.",
            "2025-11-25",
            ("2025-11-24T14:30:00+03:00", "2025-11-24T16:00:00+03:00"),
            id="one-pm-for-a-time-with-minutes",
        ),
        pytest.param(
            "Air defences destroyed 12 drones over Kharkiv Oblast from 18:00 local time on Saturday until 08:00 "
            "on Sunday.",
            "2025-11-25",
            ("2025-11-22T18:00:00+02:00", "2025-11-23T08:00:00+02:00"),
            id="each-end-on-its-own-weekday-past-local-time",
        ),
        pytest.param(
            "Russian air defence units destroyed 59 Ukrainian drones from 11 p.m. Moscow time (2000 GMT) on "
            "Saturday to 6:30 a.m. (0330 GMT) on Sunday.",
            "2025-06-01",
            ("2025-05-31T23:00:00+03:00", "2025-06-01T06:30:00+03:00"),
            id="the-time-in-gmt-in-brackets-before-the-day",
        ),
        pytest.param(
            "Russia's defence ministry said its air defences destroyed 18 Ukrainian drones over the Bryansk region "
            "between 1100 and 1400 Moscow time (0800-1100 GMT) on Friday.",
            "2025-08-29T11:35:00+00:00",
            ("2025-08-29T11:00:00+03:00", "2025-08-29T14:00:00+03:00"),
            id="four-digit-clock-times-before-a-zone",
        ),
    ],
)
def test_english_times(text: str, published_at: str, window: tuple[str, str]) -> None:
    when = datetime.fromisoformat(published_at).replace(tzinfo=UTC)
    extraction = process(make_document(text, published_at=when, lang="en"))
    assert windows(extraction) == [window]


@pytest.mark.parametrize(
    ("text", "published_at", "window"),
    [
        pytest.param(
            "Russia fired 111 drones at Ukraine overnight, according to the air force. Sixty-five of them were "
            "shot down. The air force said the attack lasted from 18:00 local time on Saturday until 08:00 on "
            "Sunday. In Kharkiv, drones hit four locations.",
            "2025-03-30T10:00:00+01:00",
            # the clocks went forward at 03:00 that Sunday
            ("2025-03-29T18:00:00+02:00", "2025-03-30T08:00:00+03:00"),
            id="told-after-the-claim-in-a-report-published-in-london",
        ),
        pytest.param(
            'Air defence downed 19 drones over Odesa Oblast on the night of 2-3 July. "Between 23:00 and 04:30, '
            'air defence forces were working over the region," the governor said.',
            "2025-07-03T09:05:00+03:00",
            ("2025-07-02T23:00:00+03:00", "2025-07-03T04:30:00+03:00"),
            id="told-in-a-quote-after-the-claim",
        ),
        pytest.param(
            "Ukraine's air defenses intercepted six Kinzhal missiles over Kyiv. The missiles were intercepted at "
            "around 3 a.m. local time (8 p.m. ET on Monday).",
            "2023-05-16T09:30:00+03:00",
            ("2023-05-16T03:00:00+03:00", "2023-05-16T03:00:00+03:00"),
            id="the-one-time-of-a-downing-told-after-the-claim",
        ),
        pytest.param(
            "Air defences shot down two drones approaching Bryansk, the governor said. The attack began at around "
            "2:30 a.m.",
            "2024-12-04T09:00:00+03:00",
            ("2024-12-04T02:30:00+03:00", "2024-12-04T02:30:00+03:00"),
            id="the-time-of-the-attack-named-after-the-claim",
        ),
    ],
)
def test_a_window_told_after_its_claim(text: str, published_at: str, window: tuple[str, str]) -> None:
    extraction = run(text, published_at)
    assert extraction.lang == "en"
    assert windows(extraction) == [window]


@pytest.mark.parametrize(
    ("text", "published_at", "window"),
    [
        pytest.param(
            "Russia launched 93 drones at Ukraine since 6pm on Saturday.",
            "2025-03-16T09:55:00+00:00",
            ("2025-03-15T18:00:00+02:00", None),
            id="the-clock-of-the-country-attacked-in-a-report-stamped-in-gmt",
        ),
        pytest.param(
            "Russia attacked Ukraine with 83 drones from 6 p.m. on Saturday until 8 a.m. on Sunday.",
            "2025-02-09T10:30:00+01:00",
            ("2025-02-08T18:00:00+02:00", "2025-02-09T08:00:00+02:00"),
            id="the-clock-of-the-country-attacked-in-a-report-stamped-in-cet",
        ),
        pytest.param(
            "Russia attacked Ukraine with 83 drones from 6 p.m. local time (1600 UTC) on Saturday until 8 a.m. on "
            "Sunday.",
            "2025-02-09T10:30:00+02:00",
            ("2025-02-08T18:00:00+02:00", "2025-02-09T08:00:00+02:00"),
            id="local-time-and-utc-in-brackets-before-the-day",
        ),
        pytest.param(
            "The ministry said on Sunday that air defenses had shot down 26 drones between 8 p.m. and 11 p.m. "
            "Moscow time on Saturday.",
            "2025-01-26T09:00:00+03:00",
            ("2025-01-25T20:00:00+03:00", "2025-01-25T23:00:00+03:00"),
            id="the-day-of-the-window-not-of-the-saying",
        ),
        pytest.param(
            "З 19:00 25.11 до 02:00 26.11 над Житомирщиною сили ППО знищили вісім ворожих дронів.",
            "2024-11-26T07:45:00+02:00",
            ("2024-11-25T19:00:00+02:00", "2024-11-26T02:00:00+02:00"),
            id="numeric-dates-after-clock-times",
        ),
        pytest.param(
            "Artamonov said a regional air-raid alert was in effect from 01:15 until 04:40 local time. The Russian "
            "Defense Ministry reported that eight drones were destroyed over the Lipetsk region during that period.",
            "2025-12-14T06:30:00+03:00",
            ("2025-12-14T01:15:00+03:00", "2025-12-14T04:40:00+03:00"),
            id="a-window-told-before-the-claim-keeps-its-clock",
        ),
        pytest.param(
            "Russia attacked Ukraine with 92 drones overnight. Between 6 pm on Saturday and 8 am on Sunday, air "
            "defences shot down 71 of the drones.",
            "2025-07-20T09:00:00+03:00",
            ("2025-07-19T18:00:00+03:00", "2025-07-20T08:00:00+03:00"),
            id="the-window-of-the-downing-of-a-launch-told-before",
        ),
        # a night over before the report ends on the day named, not the night after it
        pytest.param(
            "Вночі 12 грудня, з 22:00 до 04:30, сили ППО збили 20 дронів.",
            "2025-12-12T07:50:00+02:00",
            ("2025-12-11T22:00:00+02:00", "2025-12-12T04:30:00+02:00"),
            id="the-night-of-a-date-published-that-morning",
        ),
        pytest.param(
            "The ministry said on Sunday that air defences had destroyed 41 drones between 11:00 p.m. and 6:00 "
            "a.m. Moscow time.",
            "2025-09-14T12:00:00+03:00",
            ("2025-09-13T23:00:00+03:00", "2025-09-14T06:00:00+03:00"),
            id="said-on-a-weekday-that-a-night-s-drones-were-downed",
        ),
        # an hour with its part of the day is a clock time; one shares the part of the day after it
        pytest.param(
            "В ночь на 15 мая около 3 часов ночи над Брянской областью сбиты пять беспилотников.",
            "2025-05-15T09:00:00+03:00",
            ("2025-05-15T03:00:00+03:00", "2025-05-15T03:00:00+03:00"),
            id="ru-an-hour-of-the-night",
        ),
        pytest.param(
            "С 2 до 4 часов ночи над Курской областью уничтожены 12 беспилотников.",
            "2025-05-15T09:00:00+03:00",
            ("2025-05-15T02:00:00+03:00", "2025-05-15T04:00:00+03:00"),
            id="ru-a-window-of-hours-sharing-their-part-of-the-day",
        ),
        pytest.param(
            "Около 11 вечера над Белгородской областью сбиты два беспилотника.",
            "2025-05-15T09:00:00+03:00",
            ("2025-05-14T23:00:00+03:00", "2025-05-14T23:00:00+03:00"),
            id="ru-an-hour-of-the-evening-before-the-report",
        ),
        pytest.param(
            "Близько 4-ї ранку над Сумщиною збито 5 ударних БпЛА.",
            "2025-05-15T09:00:00+03:00",
            ("2025-05-15T04:00:00+03:00", "2025-05-15T04:00:00+03:00"),
            id="uk-an-ordinal-hour-of-the-morning",
        ),
        pytest.param(
            "Air defences shot down five drones over the Bryansk region at 3 o'clock in the morning.",
            "2025-05-15T09:00:00+03:00",
            ("2025-05-15T03:00:00+03:00", "2025-05-15T03:00:00+03:00"),
            id="en-an-hour-o-clock-in-the-morning",
        ),
        # the time of an attack told with no count is that of the downing told next
        pytest.param(
            "Близько 23:40 ворог атакував Дніпро ударними БпЛА. Над містом сили ППО збили трьох «шахедів».",
            "2025-08-30T00:35:00+03:00",
            ("2025-08-29T23:40:00+03:00", "2025-08-29T23:40:00+03:00"),
            id="uk-the-time-of-the-attack-before-the-downing",
        ),
        pytest.param(
            "At around 23:40, Russia attacked Dnipro with attack drones. Air defences shot down three Shaheds "
            "over the city.",
            "2025-08-30T00:35:00+03:00",
            ("2025-08-29T23:40:00+03:00", "2025-08-29T23:40:00+03:00"),
            id="en-the-time-of-the-attack-before-the-downing",
        ),
        pytest.param(
            "З дев'ятої вечора до першої ночі над областю збили 12 дронів.",
            "2024-11-20T07:30:00+02:00",
            ("2024-11-19T21:00:00+02:00", "2024-11-20T01:00:00+02:00"),
            id="uk-hours-in-words",
        ),
        pytest.param(
            "Над Сумщиною сили ППО збили два дрони. Атака почалася близько 02:30.",
            "2024-12-04T09:00:00+02:00",
            ("2024-12-04T02:30:00+02:00", "2024-12-04T02:30:00+02:00"),
            id="uk-the-time-of-the-attack-told-after-the-claim",
        ),
        pytest.param(
            "Від пʼятої ранку над областю збили 12 дронів.",
            "2024-11-20T07:30:00+02:00",
            ("2024-11-20T05:00:00+02:00", None),
            id="uk-hours-in-words-with-a-modifier-letter-apostrophe",
        ),
        pytest.param(
            "З першої до п'ятої ранку над Київщиною збито 12 дронів.",
            "2024-11-20T07:30:00+02:00",
            ("2024-11-20T01:00:00+02:00", "2024-11-20T05:00:00+02:00"),
            id="uk-two-hours-in-words-share-their-part-of-the-day",
        ),
        pytest.param(
            "В период с 23:00 мск субботы до 6:00 мск воскресенья над Брянской областью уничтожены 12 "
            "беспилотников.",
            "2025-11-02T09:00:00+03:00",
            ("2025-11-01T23:00:00+03:00", "2025-11-02T06:00:00+03:00"),
            id="ru-weekdays-in-the-genitive",
        ),
        pytest.param(
            "Із 19:00 неділі до 07:00 понеділка над Київщиною збито 12 дронів.",
            "2025-11-03T09:00:00+02:00",
            ("2025-11-02T19:00:00+02:00", "2025-11-03T07:00:00+02:00"),
            id="uk-weekdays-in-the-genitive",
        ),
    ],
)
def test_windows_of_reports(text: str, published_at: str, window: tuple[str, str | None]) -> None:
    assert windows(run(text, published_at)) == [window]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Five bombs hit Zaporizhzhia between 13:20 and 13:45. The air force said it had shot down 23 drones "
            "overnight.",
            id="en",
        ),
        pytest.param(
            "Дві КАБ влучили в Запоріжжя між 13:20 та 13:45. Повітряні сили повідомили, що вночі збили 23 дрони.",
            id="uk",
        ),
    ],
)
def test_the_window_of_a_strike_by_other_weapons_is_no_claim_s(text: str) -> None:
    extraction = run(text, "2025-10-05T09:00:00+03:00")
    assert [
        c.destroyed and c.destroyed.value for c in extraction.claims if isinstance(c, InterceptionClaim)
    ] == [23]
    assert windows(extraction) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "З 23:10 до 04:20 противник випустив 8 крилатих ракет «Калібр». Також ворог запустив з Криму 12 ударних "
            "БпЛА.",
            "uk",
        ),
        ("From 23:10 to 04:20 Russia launched 8 Kalibr missiles. It also launched 12 attack drones.", "en"),
    ],
)
def test_a_launch_told_also_is_in_the_window_of_the_sentence_before(text: str, lang: str) -> None:
    window = ("2023-07-19T23:10:00+03:00", "2023-07-20T04:20:00+03:00")
    assert windows(run(text, "2023-07-20T09:00:00+03:00", lang=lang)) == [window, window]


def test_nights_counted_are_no_hour_of_the_night() -> None:
    extraction = run(
        "Уже 3 ночи подряд над Брянской областью сбиты 5 беспилотников.", "2025-05-15T09:00:00+03:00"
    )
    assert windows(extraction) == []
    assert interceptions(extraction) != []


@pytest.mark.parametrize(
    "text",
    [
        "За три ночи над Брянской областью сбиты 40 беспилотников.",
        "Из девяти сбитых дронов два упали в Брянской области.",
    ],
)
def test_a_number_word_is_an_hour_only_before_a_part_of_the_day(text: str) -> None:
    assert windows(run(text, "2025-05-15T09:00:00+03:00", lang="ru")) == []


def test_the_time_of_a_downing_told_after_is_that_of_every_claim_of_the_sentence_before() -> None:
    extraction = run(
        "Air defenses intercepted six Kinzhal missiles and nine Kalibr cruise missiles over Kyiv. The missiles "
        "were intercepted at around 3 a.m.",
        "2023-05-16T09:30:00+03:00",
    )
    assert windows(extraction) == [("2023-05-16T03:00:00+03:00", "2023-05-16T03:00:00+03:00")] * 2


def test_over_the_region_is_the_region_not_a_town_named_in_it() -> None:
    extraction = run(
        "В Ростовской области после атаки дронов вспыхнул пожар на НПЗ в Новошахтинске. Губернатор заявил, что над "
        "областью ночью уничтожены 25 беспилотников."
    )
    (claim,) = [c for c in extraction.claims if isinstance(c, InterceptionClaim)]
    assert [(b.place.id, b.destroyed.value) for b in claim.breakdown] == [("RU-ROS", 25)]


@pytest.mark.parametrize(
    "later",
    [
        pytest.param(
            "The drones were downed between 8 p.m. Moscow time on Wednesday and 7 a.m. on Thursday, the "
            "ministry said in a statement, adding that 19 of them were destroyed over the Bryansk region "
            "and 11 over the Smolensk region.",
            id="adding-that-of-them",
        ),
        pytest.param(
            "Between 8 p.m. Moscow time on Wednesday and 7 a.m. on Thursday, 19 of them were destroyed over "
            "the Bryansk region and 11 over the Smolensk region.",
            id="of-them-after-the-window",
        ),
    ],
)
def test_a_window_told_with_some_of_the_weapons_counted_is_the_claim_s(later: str) -> None:
    text = "Air defense systems destroyed 45 Ukrainian drones overnight, the ministry said.\n\n" + later
    extraction = run(text, "2025-12-04T14:22:00+08:00")
    assert interceptions(extraction) == [(45, None, None, [("RU-BRY", 19), ("RU-SMO", 11)])]
    assert windows(extraction) == [("2025-12-03T20:00:00+03:00", "2025-12-04T07:00:00+03:00")]
    assert findings(extraction) == ["breakdown_sum_mismatch"]


def test_four_digits_without_a_zone_are_no_time() -> None:
    extraction = run(
        "Russia launched 1100 drones against Ukraine on Friday.", "2025-08-29T11:35:00+00:00", lang="en"
    )
    assert interceptions(extraction) == [(None, 1100, None, [])]
    claim = extraction.claims[0]
    assert isinstance(claim, InterceptionClaim)
    assert claim.window is None


@pytest.mark.parametrize(
    "text",
    [
        "Над Калужской областью сбиты 5 БПЛА. В аэропорту Калуги вводились временные ограничения с 01:15 до 05:40.",
        "Над Калужской областью сбиты 5 БПЛА, в аэропорту Калуги действовали ограничения с 01:15 до 05:40.",
    ],
)
def test_airport_restrictions_are_no_window_of_the_attack(text: str) -> None:
    extraction = run(text, "2025-11-20T07:30:00+03:00", lang="ru")
    assert interceptions(extraction) == [(5, None, None, [("RU-KLU", 5)])]
    assert windows(extraction) == []


def test_a_time_of_day_no_clock_fixes_is_no_window() -> None:
    extraction = run("Russia launched 40 drones overnight, starting at 7pm.", "2025-03-16T09:55:00+00:00")
    assert windows(extraction) == []


def test_of_them_before_a_colon_list_is_no_count_out_of_the_next() -> None:
    # "475 of them: 211 drones …": "of them" is a pronoun, and 211 the first item of the list after it,
    # not the launched count of the 475 ("34 out of 35 drones")
    extraction = run(
        "Ukrainian air defence shot down or suppressed 475 of them: 211 drones were shot down and 39 missiles "
        "were destroyed.",
        "2025-06-29T10:30:00+03:00",
    )
    assert all(row[1] is None for row in interceptions(extraction))
    assert (211, None, None, []) in interceptions(extraction)


@pytest.mark.parametrize(
    "text",
    [
        "ПВО уничтожили 5 беспилотников над Новоцарской областью.",
        # a lower-case adjective of the same shape before the name ("центральной") hides nothing
        "ПВО уничтожили 5 беспилотников над центральной Новоцарской областью.",
    ],
)
def test_an_unknown_unit_is_kept_unresolved_and_reported(text: str) -> None:
    extraction = run(text, lang="ru")
    (claim,) = [c for c in extraction.claims if isinstance(c, InterceptionClaim)]
    (item,) = claim.breakdown
    assert (item.place.id, item.place.text, item.destroyed.value) == (None, "Новоцарской областью", 5)
    (finding,) = [f for f in extraction.findings if f.kind == "unresolved_place"]
    assert finding.message == "the place “Новоцарской областью” could not be resolved"
    assert finding.detail["candidates"] == []


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Drone fragments fell in Tulcea County, Romania.", "Tulcea County"),
        ("A drone hit a house in the Soroca District of Moldova.", "Soroca District"),
    ],
)
def test_a_unit_abroad_is_kept_unresolved_and_reported(text: str, place: str) -> None:
    extraction = run(text, lang="en")
    (claim,) = [c for c in extraction.claims if isinstance(c, ImpactClaim)]
    assert [(p.id, p.text) for p in claim.places] == [(None, place)]
    assert [f.kind for f in extraction.findings] == ["unresolved_place"]


def test_an_ambiguous_unit_is_reported_with_its_candidates() -> None:
    extraction = run("Обломки беспилотника упали в Каменском районе, пострадавших нет.", lang="ru")
    (finding,) = [f for f in extraction.findings if f.kind == "unresolved_place"]
    assert finding.message.startswith("the place “Каменском районе” is ambiguous: it may be ")
    assert "oktmo:60623000" in finding.detail["candidates"]


def test_a_shared_unit_name_is_settled_by_the_region_named_nearby() -> None:
    text = "За ночь над Ростовской областью уничтожено 30 беспилотников, на промобъекте в Каменском районе начался пожар."
    extraction = run(text, lang="ru")
    assert interceptions(extraction) == [(30, None, None, [("RU-ROS", 30)])]
    assert not [f for f in extraction.findings if f.kind == "unresolved_place"]
    assert impacts(extraction) == [(["RU-ROS"], None, None, None)]


def test_a_small_village_outside_every_region_named_is_not_guessed() -> None:
    text = (
        "Два человека пострадали во время атаки беспилотников в Подмосковье. Обломки БПЛА упали на "
        "частный дом в деревне Становое, начался пожар."
    )
    extraction = run(text, lang="ru")
    places = [p for c in extraction.claims if isinstance(c, ImpactClaim) for p in c.places]
    assert {p.admin1 for p in places} == {"RU-MOS", None}
    assert [f.detail["text"] for f in extraction.findings if f.kind == "unresolved_place"] == ["Становое"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("В Курской области в селе Ивановское дрон атаковал дом. Ранен мужчина.", "ru"),
        ("В Белгородском районе в селе Никольское дрон атаковал дом. Ранен мужчина.", "ru"),
        ("На Сумщині в селі Миколаївка дрон вдарив по будинку. Поранено чоловіка.", "uk"),
    ],
)
def test_a_village_outside_the_region_named_beside_it_is_not_guessed(text: str, lang: str) -> None:
    extraction = run(text, lang=lang)
    (impact,) = [c for c in extraction.claims if isinstance(c, ImpactClaim)]
    assert len({p.admin1 for p in impact.places if p.admin1}) == 1
    assert [p.id for p in impact.places if p.level == "settlement"] == [None]
    assert [f.kind for f in extraction.findings] == ["unresolved_place"]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("Станом на 09:00 ППО збито 47 БпЛА.", "uk", id="uk-stanom-na"),
        pytest.param("По состоянию на 09:00 силами ПВО сбито 47 БПЛА.", "ru", id="ru-po-sostoyaniyu-na"),
        pytest.param("As of 9 a.m., air defences had shot down 47 drones.", "en", id="en-as-of"),
    ],
)
def test_the_time_of_a_status_report_is_no_window(text: str, lang: str) -> None:
    extraction = run(text, "2025-11-25T10:00:00+02:00", lang=lang)
    assert interceptions(extraction) == [(47, None, None, [])]
    assert windows(extraction) == []


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        pytest.param("В Курске обломки сбитого дрона повредили крышу дома.", "ru", "RU-KRS", id="ru"),
        pytest.param("У Сумах уламки збитого дрона пошкодили дах будинку.", "uk", "UA-59", id="uk"),
        pytest.param("In Kursk, debris from a downed drone damaged a roof.", "en", "RU-KRS", id="en"),
        pytest.param(
            "In Belgorod, debris from a drone shot down over the city damaged a gas pipeline.",
            "en",
            "RU-BEL",
            id="en-participle-after-the-noun",
        ),
        pytest.param(
            "In Belgorod, wreckage of a drone downed over the city damaged a gas pipeline.",
            "en",
            "RU-BEL",
            id="en-wreckage-of-a-drone-downed",
        ),
    ],
)
def test_debris_of_a_downed_drone_is_no_downing(text: str, lang: str, region: str) -> None:
    extraction = run(text, "2025-08-23T12:30:00+00:00", lang=lang)
    assert interceptions(extraction) == []
    assert impacts(extraction) == [([region], None, None, None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Противник атакував 1 200 ударними дронами. Збито 1 050.", "uk", id="uk-without-its-letters"
        ),
        pytest.param(
            "Противник атаковал 1 200 ударными дронами. Сбито 1 050.", "ru", id="ru-without-its-letters"
        ),
        pytest.param("Над Брянской областью сбиты два беспилотника.", "ru", id="ru-short"),
        pytest.param("Над Сумщиною збили два безпілотники.", "uk", id="uk-short"),
        pytest.param(
            "Над Черкащиною сили ППО знешкодили ворожу крилату ракету Х-101.", "uk", id="uk-short-no-letters"
        ),
        pytest.param("Уражено 5 ворожих БпЛА над Сумщиною.", "uk", id="uk-spelling-of-drones"),
        pytest.param(
            "Обломки упали у аэродрома Бельбек, пострадавших нет.", "ru", id="ru-with-the-preposition-u"
        ),
        pytest.param(
            "У Сумах уламки збитого дрона пошкодили дах будинку.", "uk", id="uk-debris-without-its-letters"
        ),
    ],
)
def test_short_posts_in_russian_and_ukrainian_are_told_apart(text: str, lang: str) -> None:
    from dronewatch.extract.language import detect_language

    assert detect_language(text) == lang


def _weighed_by_regex(text: str) -> str:
    """Russian or Ukrainian as the letters and whole words weigh, each found by a regex scan."""
    from dronewatch.extract import language

    sample = text[: language.SAMPLE]

    def weight(letters: str, words: frozenset[str]) -> int:
        found = re.findall(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)", sample, re.IGNORECASE)
        return 2 * len(re.findall(f"[{letters}]", sample)) + 3 * len(found)

    uk = weight(language._UKRAINIAN_LETTERS, language._UKRAINIAN_WORDS) + 3 * len(re.findall("БпЛА", sample))
    return "uk" if uk > weight(language._RUSSIAN_LETTERS, language._RUSSIAN_WORDS) else "ru"


_CYRILLIC_PIECES = [
    *[
        "що",
        "та",
        "від",
        "під",
        "які",
        "було",
        "також",
        "області",
        "і",
        "з",
        "уже",
        "что",
        "как",
        "это",
        "от",
        "под",
        "было",
        "также",
        "области",
        "и",
        "с",
    ],
    "Що",
    "ЧТО",
    "ї",
    "ы",
    "Ё",
    "є",
    "2",
    "_",
    "x",
    " ",
    " ",
    ", ",
    "\n",
    "-",
    "сбили",
    "збили",
    "області1",
    "БпЛА",
    "БПЛА",
]


@given(st.lists(st.sampled_from(_CYRILLIC_PIECES), min_size=1, max_size=60))
def test_cyrillic_texts_are_weighed_by_letters_and_whole_words(pieces: list[str]) -> None:
    from dronewatch.extract.language import detect_language

    text = "".join(pieces)
    if detect_language(text) != "en":
        assert detect_language(text) == _weighed_by_regex(text)


@given(
    st.lists(
        st.sampled_from([*_CYRILLIC_PIECES, "ў", "Ђ", "ѣ", "«", "№", "—", "“", "€", "é", "😀", "ЎЁ", "ґҐ"]),
        max_size=40,
    ).map("".join)
)
def test_the_letters_counted_are_those_a_regex_scan_finds(text: str) -> None:
    """Cyrillic, Ukrainian and Russian letters counted in the opening encoded as Windows-1251 are the
    letters of each class a regex finds: no other character takes their bytes."""
    from dronewatch.extract import language

    encoded = text.encode(language._ENCODING, "ignore")
    for letters, pattern in [
        (language._CYRILLIC_BYTES, "[а-яА-ЯёЁіїєґІЇЄҐ]"),
        (language._UKRAINIAN_BYTES, f"[{language._UKRAINIAN_LETTERS}]"),
        (language._RUSSIAN_BYTES, f"[{language._RUSSIAN_LETTERS}]"),
    ]:
        assert language._count(encoded, letters) == len(re.findall(pattern, text))


@given(
    st.lists(
        st.sampled_from([*_CYRILLIC_PIECES, "«", "»", ".", "(", "’", "'", "—", "…", "é", "٣", "ǅ", "\u00a0"]),
        max_size=40,
    )
)
def test_the_words_weighed_are_those_a_regex_scan_finds(pieces: list[str]) -> None:
    from dronewatch.extract.language import _words

    text = "".join(pieces).lower()
    assert _words(text) == re.findall(r"\w+", text)


@pytest.mark.parametrize(
    ("text", "published_at", "window"),
    [
        pytest.param(
            "Сегодня в период с 9.00 до 13.00 мск над Белгородской областью уничтожены четыре БПЛА.",
            "2025-11-25T12:30:00+03:00",
            ("2025-11-25T09:00:00+03:00", "2025-11-25T13:00:00+03:00"),
            id="today-wins-over-the-publication-time",
        ),
        pytest.param(
            "Сегодня ночью с 23:00 до 07:00 мск над Брянской областью уничтожены 12 БПЛА.",
            "2025-11-25T08:00:00+03:00",
            ("2025-11-24T23:00:00+03:00", "2025-11-25T07:00:00+03:00"),
            id="tonight-across-midnight-ends-today",
        ),
        pytest.param(
            "Yesterday, between 8 p.m. and 11 p.m. Moscow time, air defences destroyed 5 drones over the Kursk "
            "region.",
            "2025-11-25T15:00:00+03:00",
            ("2025-11-24T20:00:00+03:00", "2025-11-24T23:00:00+03:00"),
            id="yesterday",
        ),
    ],
)
def test_a_day_named_relative_to_the_publication_dates_the_window(
    text: str, published_at: str, window: tuple[str, str]
) -> None:
    assert windows(run(text, published_at)) == [window]


TABLE_ROWS = "\n".join(
    [
        "On the night of December 15 (from 18:00 on December 14), the enemy attacked with missiles and drones.",
        "Results as of 09:00:",
        "",
        "Type of weapon                        Launched   Shot down   Lost (EW)",
        "Shahed-type UAVs, decoys              131        94          29",
        "Kh-101 cruise missiles                6          6           -",
        "Iskander-M ballistic missiles         3          1           -",
        "",
        "Hits by 4 missiles and 8 UAVs were recorded at 6 locations.",
    ]
)


@pytest.mark.parametrize(
    ("text", "published_at", "expected", "window"),
    [
        pytest.param(
            TABLE_ROWS,
            "2025-12-15T09:35:00+02:00",
            [("uav", 94, 131, 29), ("missile", 6, 6, None), ("missile", 1, 3, None)],
            ("2025-12-14T18:00:00+02:00", None),
            id="en-columns-in-spaces",
        ),
        pytest.param(
            "У ніч на 15 грудня (з 18:00 14 грудня) противник атакував ракетами та дронами.\n\n"
            "| Тип засобу | Запущено | Збито | Локаційно втрачено |\n"
            "| Ударні БпЛА типу Shahed | 131 | 94 | 29 |\n"
            "| Крилаті ракети Х-101 | 6 | 6 | - |",
            "2025-12-15T09:35:00+02:00",
            [("uav", 94, 131, 29), ("missile", 6, 6, None)],
            ("2025-12-14T18:00:00+02:00", None),
            id="uk-columns-in-bars",
        ),
        pytest.param(
            "С 20.00 мск 14 декабря до 7.00 мск 15 декабря:\nСредство\tЗапущено\tСбито\nБеспилотники\t40\t38",
            "2025-12-15T09:35:00+03:00",
            [("uav", 38, 40, None)],
            ("2025-12-14T20:00:00+03:00", "2025-12-15T07:00:00+03:00"),
            id="ru-columns-in-tabs",
        ),
    ],
)
def test_tables_of_weapons(
    text: str,
    published_at: str,
    expected: list[tuple[str, int, int, int | None]],
    window: tuple[str, str | None],
) -> None:
    extraction = run(text, published_at)
    claims = [c for c in extraction.claims if isinstance(c, InterceptionClaim)]
    rows = [
        (
            c.weapon,
            c.destroyed.value if c.destroyed else None,
            c.launched.value if c.launched else None,
            c.suppressed.value if c.suppressed else None,
        )
        for c in claims
    ]
    assert rows == expected
    assert set(windows(extraction)) == {window}
    for claim in claims:
        for quantity in (claim.destroyed, claim.launched, claim.suppressed):
            if quantity is not None:
                assert text[quantity.span[0] : quantity.span[1]] == quantity.text == str(quantity.value)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Launched   Shot down   Lost\nDrones 131 94 29", id="cells-need-a-wide-gap"),
        pytest.param(
            "Launched   Shot down\nThe report came at 09:00    131    94", id="a-row-needs-a-weapon"
        ),
        pytest.param(
            "Type    Launched   Shot down   Lost\nDrones    131    94", id="a-row-needs-every-column"
        ),
        pytest.param("Shot down    Destroyed\nDrones    131    94", id="a-column-names-one-figure-once"),
    ],
)
def test_what_is_no_table_of_weapons(text: str) -> None:
    assert interceptions(run(text, "2025-12-15T09:35:00+02:00")) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("Shot down:", "en", id="en-an-opening-line-alone"),
        pytest.param("Launched, shot down and lost:\nDrones 131 94 29", "en", id="en-no-list-after-it"),
        pytest.param("Сили ППО вночі знешкодили:\n\nДеталі згодом.", "uk", id="uk-no-list-after-it"),
    ],
)
def test_a_list_s_opening_line_with_no_count_after_it_is_no_claim(text: str, lang: str) -> None:
    assert interceptions(run(text, "2025-12-15T09:35:00+02:00", lang=lang)) == []


@pytest.mark.parametrize(
    ("text", "lang", "not_a_toll"),
    [
        (
            "В Белгороде погиб человек, в Курской области сбиты 12 беспилотников, в Брянской области — 5.",
            "ru",
            5,
        ),
        ("У Харкові загинули дві людини, у Запоріжжі пошкоджено 5 будинків, у Дніпрі — 3.", "uk", 3),
        (
            "Two people were killed in Kharkiv, air defence downed 20 drones, 5 in Sumy and 15 in Poltava.",
            "en",
            5,
        ),
    ],
)
def test_a_count_after_weapons_or_damage_is_no_second_toll(text: str, lang: str, not_a_toll: int) -> None:
    extraction = run(text)
    assert extraction.lang == lang
    tolls = {c.killed.value for c in extraction.claims if isinstance(c, ImpactClaim) and c.killed}
    assert not_a_toll not in tolls


@pytest.mark.parametrize(
    ("text", "lang"),
    [("A drone hit school No. 5 in Kursk.", "en"), ("Дрон попал в больницу № 5 в Курске.", "ru")],
)
def test_a_number_after_a_number_sign_names_something(text: str, lang: str) -> None:
    context = analyse(text, lexicon(lang), None, None)
    assert [c.value for s in context.sentences for c in s.counts if not c.article] == []


def test_a_digest_of_places_and_tolls_is_no_dateline() -> None:
    extraction = run("Дрон атакував будинок. Харків • 3 поранені\nДніпро • 2 загиблих")
    assert impacts(extraction) == [(["UA-63"], None, None, 3), (["UA-12"], None, 2, None)]


def test_the_speaker_s_region_over_a_region_named_before() -> None:
    extraction = run(
        "Ukraine also attacked the Kursk region overnight. Leningrad region governor Alexander Drozdenko said "
        "air defences had destroyed 30 drones over the region."
    )
    assert interceptions(extraction) == [(30, None, None, [("RU-LEN", 30)])]


def test_a_night_whose_end_the_text_dates_stays_that_night() -> None:
    extraction = run(
        "С 22:00 12 декабря до 04:30 13 декабря над Брянской областью сбиты 20 беспилотников.",
        "2025-12-12T09:00:00+03:00",
    )
    assert windows(extraction) == [("2025-12-12T22:00:00+03:00", "2025-12-13T04:30:00+03:00")]


@pytest.mark.parametrize(
    "text", ["Дроны атаковали Московский НПЗ, возник пожар.", "Дрони атакували Київську ТЕЦ, виникла пожежа."]
)
def test_the_plant_of_a_city_of_its_own_is_not_the_oblast_s(text: str) -> None:
    assert all(r[0] in ([], ["?"]) for r in impacts(run(text)))


def test_a_total_of_another_weapon_after_a_breakdown_is_not_its_total() -> None:
    extraction = run("Над Брянской областью уничтожены 19 беспилотников, над Ростовской — 7, всего 2 ракеты.")
    assert (2, None, None, [("RU-BRY", 19), ("RU-ROS", 7)]) not in interceptions(extraction)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Russian troops attacked a minibus with a drone in Kherson, injuring the driver.",
            "en",
            id="en-attacked-a-minibus-with-a-drone",
        ),
        pytest.param(
            "Russian forces attacked an oil depot in Bryansk with five drones.", "en", id="en-an-oil-depot"
        ),
        pytest.param("Ворог атакував двома дронами підприємство в Одесі.", "uk", id="uk-the-target-after"),
        pytest.param("Окупанти атакували маршрутку дроном у Херсоні.", "uk", id="uk-the-target-before"),
        pytest.param("Противник атаковал двумя дронами автомобиль в Шебекино.", "ru", id="ru-a-car"),
    ],
)
def test_weapons_that_hit_one_target_are_no_launch(text: str, lang: str) -> None:
    assert interceptions(run(text, "2025-06-03T12:00:00+03:00", lang=lang)) == []


@pytest.mark.parametrize(
    ("text", "lang", "launched"),
    [
        pytest.param("Russia attacked Ukraine with 120 drones overnight.", "en", 120, id="en-a-country"),
        pytest.param("Ворог атакував Харків двадцятьма шахедами.", "uk", 20, id="uk-a-city"),
        pytest.param(
            "Противник атаковал Белгородскую область 15 беспилотниками.", "ru", 15, id="ru-a-region"
        ),
    ],
)
def test_weapons_launched_at_a_place_are_a_launch(text: str, lang: str, launched: int) -> None:
    assert [row[1] for row in interceptions(run(text, "2025-06-03T12:00:00+03:00", lang=lang))] == [launched]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "В результате атаки беспилотников на аэродром повреждены два самолета.", "ru", id="ru-damaged"
        ),
        pytest.param("На аэродроме Шайковка поражены два самолета Су-34.", "ru", id="ru-at-the-airfield"),
        pytest.param("ВСУ атаковали аэродром, поврежден один самолет.", "ru", id="ru-one-damaged"),
        pytest.param("На аеродромі знищено три гелікоптери.", "uk", id="uk-at-the-airfield"),
        pytest.param(
            "Two aircraft were damaged at the Engels air base, a source said.", "en", id="en-air-base"
        ),
    ],
)
def test_aircraft_hit_on_the_ground_are_no_interception(text: str, lang: str) -> None:
    assert interceptions(run(text, "2025-06-03T12:00:00+03:00", lang=lang)) == []


def test_aircraft_shot_down_in_the_air_are_an_interception() -> None:
    text = "Силы ПВО сбили два самолета Су-25 над Донецкой областью."
    assert [row[0] for row in interceptions(run(text, "2025-06-03T12:00:00+03:00", lang="ru"))] == [2]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Вночі ППО приземлила 14 шахедів над Київщиною.",
            "uk",
            [(14, None, None, [("UA-32", 14)])],
            id="uk-she-landed",
        ),
        pytest.param("Сили ППО мінуснула 5 дронів.", "uk", [(5, None, None, [])], id="uk-she-minused"),
        pytest.param(
            "Air defences shot down 12 drones headed for Moscow, Mayor Sergei Sobyanin said.",
            "en",
            [(12, None, None, [])],
            id="en-headed-for-is-a-direction",
        ),
        pytest.param(
            "По селу Головчино выпущено 12 миномётных снарядов, совершено 5 атак с использованием шести "
            "беспилотников, два из них сбиты.",
            "ru",
            [(2, 6, None, [])],
            id="ru-digest-with-the-use-of-drones",
        ),
        pytest.param(
            "Ворог завдав удару по Сумах з використанням трьох дронів, один збито.",
            "uk",
            [(1, 3, None, [])],
            id="uk-with-the-use-of-drones",
        ),
        pytest.param(
            "У жовтні Росія випустила по Україні 5 298 ударних дронів.", "uk", [], id="uk-in-october"
        ),
        pytest.param("В октябре над регионом сбито 300 беспилотников.", "ru", [], id="ru-in-october"),
        pytest.param("За 2024 рік над областю збито 900 дронів.", "uk", [], id="uk-over-a-year"),
        pytest.param(
            "Два человека погибли и пятеро пострадали при атаке FPV-дрона на автобус в Курской области.",
            "ru",
            [],
            id="ru-five-people-are-no-drones",
        ),
    ],
)
def test_feminine_verbs_directions_launch_phrases_and_running_totals(
    text: str, lang: str, expected: list[Row]
) -> None:
    assert interceptions(run(text, "2025-11-01T14:00:00+02:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Debris fell on a house in Belgorod. The residents were unharmed.",
            "en",
            [(["RU-BEL"], None, None, 0)],
            id="en-unharmed",
        ),
        pytest.param(
            "A drone hit a warehouse in Odesa. Employees were not injured.",
            "en",
            [(["UA-51"], None, None, 0)],
            id="en-were-not-injured",
        ),
        pytest.param(
            "Air defence downed 65 drones, while another 25 drones were lost in location and did not cause damage.",
            "en",
            [],
            id="en-did-not-cause-damage",
        ),
        pytest.param(
            "По его словам, за девять месяцев в результате атак ВСУ в Брянской области погибли 28 мирных жителей.",
            "ru",
            [],
            id="ru-nine-months-of-tolls",
        ),
    ],
)
def test_unharmed_denied_damage_and_running_tolls(text: str, lang: str, expected: list[Any]) -> None:
    assert impacts(run(text, "2025-11-01T14:00:00+02:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Над Брянской областью сбиты 3-х беспилотника.",
            "ru",
            [(3, None, None, [("RU-BRY", 3)])],
            id="ru-3-kh",
        ),
        pytest.param(
            "Над Курською областю збито 5-ти дронів.", "uk", [(5, None, None, [("RU-KRS", 5)])], id="uk-5-ty"
        ),
        pytest.param("Ворог атакував Одесу 2-ма ракетами.", "uk", [(None, 2, None, [])], id="uk-2-ma"),
    ],
)
def test_a_case_ending_after_digits_leaves_a_count(text: str, lang: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-06-03T21:00:00+03:00", lang=lang)) == expected


def test_a_compound_after_digits_is_still_no_count() -> None:
    text = "Обломки беспилотника упали во двор в Белгороде. Пострадал 52-летний мужчина."
    assert impacts(run(text, "2025-06-03T21:00:00+03:00", lang="ru")) == [(["RU-BEL"], None, None, 1)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Атаку відбито: окупаційна влада Криму заявила, що над півостровом «збито 14 БпЛА».",
            "uk",
            [(14, None, None, [("UA-43", 14)])],
            id="uk-over-the-peninsula",
        ),
        pytest.param(
            "Обломки беспилотника упали на предприятие в Калуге. На окраине города уничтожили три БПЛА.",
            "ru",
            [(3, None, None, [("RU-KLU", 3)])],
            id="ru-on-the-outskirts-of-the-city",
        ),
        pytest.param(
            "Беспилотники атаковали Крым. Над полуостровом сбиты девять БПЛА.",
            "ru",
            [(9, None, None, [("UA-43", 9)])],
            id="ru-over-the-peninsula",
        ),
    ],
)
def test_a_region_or_city_named_again_by_a_common_noun(text: str, lang: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-06-03T21:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Of the 142 drones, 97 were shot down and 42 others were neutralized by electronic warfare.",
            [(97, 142, 42, [])],
            id="neutralized-by-electronic-warfare",
        ),
        pytest.param(
            'Russia launched 60 drones. 38 were shot down, and another 22 drones "failed to reach their targets," '
            "the Air Force said.",
            [(38, 60, 22, [])],
            id="failed-to-reach-their-targets",
        ),
        pytest.param(
            'Russia launched 120 drones; 30 were shot down, while another 84 drones had "disappeared" from radar.',
            [(30, 120, 84, [])],
            id="a-quote-inside-disappeared-from-radar",
        ),
        pytest.param(
            "Air defence shot down all but three of the 45 drones launched overnight, the Air Force said.",
            [(42, 45, None, [])],
            id="all-but-three-of-the-45",
        ),
        pytest.param(
            "Ukrainian drones hit the Morozovsk military airfield overnight, with sources claiming that at least "
            "six aircraft were destroyed.",
            [],
            id="aircraft-destroyed-at-an-airfield-hit",
        ),
    ],
)
def test_english_electronic_warfare_all_but_and_aircraft_on_the_ground(
    text: str, expected: list[Row]
) -> None:
    assert interceptions(run(text, "2025-06-03T21:00:00+03:00", lang="en")) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Several Telegram channels, citing local residents, reported that a drone hit a warehouse in Domodedovo.",
            id="channels-citing-residents",
        ),
        pytest.param(
            "Videos posted on social media showed a large fire at the Saratov refinery after a drone strike.",
            id="posted-on-social-media",
        ),
    ],
)
def test_english_unnamed_channels_and_social_media_are_anonymous(text: str) -> None:
    assert "anonymous_source" in findings(run(text, "2025-06-03T21:00:00+03:00", lang="en"))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Удар дронів по Сумах. Станом на ранок відомо про п'ятьох загиблих і 38 поранених. Уночі повідомлялося "
            "про трьох загиблих.",
            "uk",
            [(["UA-59"], None, 5, 38)],
            id="uk-reported-overnight-is-an-earlier-figure",
        ),
        pytest.param(
            "Уламки впали на автостоянку в Дарницькому районі Києва. Постраждали дві людини. Вже троє постраждалих.",
            "uk",
            [(["UA-30"], None, None, 3)],
            id="uk-already-three-replaces-two",
        ),
        pytest.param(
            "Обломки упали на дом в Белгороде. Пострадали двое. Уже трое пострадавших, сообщил губернатор.",
            "ru",
            [(["RU-BEL"], None, None, 3)],
            id="ru-already-three-replaces-two",
        ),
    ],
)
def test_an_updated_toll_replaces_the_one_before(text: str, lang: str, expected: list[Any]) -> None:
    assert impacts(run(text, "2025-06-03T21:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Вибухи у Львові. Місто атакують ракети. Наразі інформації про влучання немає.", "uk", id="uk"
        ),
        pytest.param("Взрывы в Курске. Информации о попаданиях пока нет.", "ru", id="ru"),
        pytest.param(
            "Explosions were heard in Lviv. There is no information about hits so far.", "en", id="en"
        ),
    ],
)
def test_no_information_about_hits_is_no_impact(text: str, lang: str) -> None:
    assert impacts(run(text, "2025-06-03T21:00:00+03:00", lang=lang)) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "В Белгородском районе в посёлке Дубовое при детонации беспилотника пострадала женщина. У 58-летней "
            "жительницы баротравма.\n\nВ Борисовском районе в селе Берёзовка дрон-камикадзе ударил по частному "
            "домовладению. 62-летний мужчина получил осколочные ранения.",
            "ru",
            # (two villages the gazetteer does not settle: several of each name in the region)
            [(["?", "RU-BEL"], None, None, 1), (["?", "RU-BEL"], None, None, 1)],
            id="two-villages-no-headline",
        ),
        pytest.param(
            "В посёлке Разумное в результате атаки дрона-камикадзе ранен мирный житель. Бригада скорой помощи "
            "доставляет его в городскую больницу № 2 Белгорода.",
            "ru",
            [(["RU-BEL"], None, None, 1)],
            id="the-hospital-s-city-is-no-impact",
        ),
    ],
)
def test_impacts_of_a_report_of_several_villages(text: str, lang: str, expected: list[Any]) -> None:
    assert impacts(run(text, "2025-06-03T21:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Обломки упали на территории одного из предприятий Рязани, возник пожар.",
            "ru",
            [(["RU-RYA"], None, None, None)],
            id="ru-one-of-the-enterprises",
        ),
        pytest.param(
            "Уламки впали на території одного з підприємств міста Дніпро.",
            "uk",
            [(["UA-12"], None, None, None)],
            id="uk-one-of-the-enterprises",
        ),
        pytest.param(
            "Грайворонский округ. По селу Головчино совершено 5 атак с использованием шести беспилотников, два из "
            "них сбиты. Пострадавших нет. Повреждены частный дом и легковой автомобиль.",
            "ru",
            [(["RU-BEL"], None, None, 0)],
            id="ru-a-zero-right-before-the-damage",
        ),
    ],
)
def test_one_of_a_group_and_a_zero_told_before_the_damage(text: str, lang: str, expected: list[Any]) -> None:
    assert impacts(run(text, "2025-06-03T21:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Ворог атакував Україну: сім балістичних ракет і дві крилаті.",
            "uk",
            [(None, 7, None, []), (None, 2, None, [])],
            id="uk-two-cruise",
        ),
        pytest.param(
            "Противник выпустил семь баллистических ракет и две крылатые.",
            "ru",
            [(None, 7, None, []), (None, 2, None, [])],
            id="ru-two-cruise",
        ),
    ],
)
def test_a_missile_adjective_whose_noun_is_left_out(text: str, lang: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-06-03T21:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "As of 09:00, the following had been downed:\n• 6 Kh-101 cruise missiles;\n• 3 Kalibr cruise missiles;\n"
            "• 54 Shahed-type attack drones.",
            "en",
            [(6, None, None, []), (3, None, None, []), (54, None, None, [])],
            id="en-the-following-had-been-downed",
        ),
        pytest.param(
            "Сили ППО вночі знешкодили:\n🔹 6 крилатих ракет Х-101;\n🔹 54 ударні БпЛА.",
            "uk",
            [(6, None, None, []), (54, None, None, [])],
            id="uk-lines-by-weapon",
        ),
        pytest.param(
            "Сили ППО вночі знешкодили:\n🔹 9 БпЛА — над Київщиною;\n🔹 5 БпЛА — над Сумщиною.",
            "uk",
            [(None, None, None, [("UA-32", 9), ("UA-59", 5)])],
            id="uk-lines-by-place-stay-one-list",
        ),
    ],
)
def test_lines_by_weapon_after_an_opener_with_no_total(text: str, lang: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-06-03T21:00:00+03:00", lang=lang)) == expected


def test_people_counted_before_a_long_phrase_and_their_verb() -> None:
    text = "Two employees of an electronics plant in Cheboksary were hurt in the drone attack."
    assert impacts(run(text, "2025-06-03T21:00:00+03:00", lang="en")) == [(["RU-CU"], None, None, 2)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia targeted the Odesa region with 40 drones overnight.",
            [(None, 40, None, [])],
            id="a-region",
        ),
        pytest.param("Russian forces targeted a car with a drone in Kherson.", [], id="one-target"),
    ],
)
def test_targeted_with_is_a_launch_at_a_place(text: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-06-03T21:00:00+03:00", lang="en")) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "03:41 Собянин: ПВО сбиты два беспилотника, летевших на Москву.", "ru", id="ru-a-post-s-stamp"
        ),
        pytest.param(
            "08:20 – Air Force: 12 drones were shot down over the Kyiv region.", "en", id="en-a-post-s-stamp"
        ),
        pytest.param(
            "В 8:37 стало известно, что над Брянской областью сбиты 5 БПЛА.", "ru", id="ru-became-known"
        ),
        pytest.param("At 08:20 the Air Force said 12 drones had been shot down.", "en", id="en-said-at"),
        pytest.param("О 8:37 стало відомо, що над Сумщиною збито 5 дронів.", "uk", id="uk-became-known"),
    ],
)
def test_the_time_something_was_told_is_no_window(text: str, lang: str) -> None:
    extraction = run(text, "2025-06-03T09:00:00+03:00", lang=lang)
    assert interceptions(extraction)
    assert windows(extraction) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "С 20:00 до 23:00 над областью сбиты 5 БПЛА, сообщил губернатор.", "ru", id="ru-attribution-after"
        ),
        pytest.param(
            "Russia attacked with 112 drones starting at 7 p.m. on June 2, the Air Force reported.",
            "en",
            id="en-attribution-after",
        ),
    ],
)
def test_an_attribution_after_a_comma_leaves_the_window(text: str, lang: str) -> None:
    assert len(windows(run(text, "2025-06-03T09:00:00+03:00", lang=lang))) == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Debris fell on a house in Cheboksary, Chuvashia's head Oleg Nikolayev said.", "en", id="en"
        ),
        pytest.param(
            "Обломки упали на дом в Чебоксарах, сообщил глава Чувашии Олег Николаев.", "ru", id="ru"
        ),
    ],
)
def test_a_place_name_after_a_given_name_is_a_surname(text: str, lang: str) -> None:
    assert impacts(run(text, "2025-06-03T09:00:00+03:00", lang=lang)) == [(["RU-CU"], None, None, None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "A drone attack caused a fire at an oil refinery in the Kirishi district of the Leningrad region.",
            [(["RU-LEN"], None, None, None)],
            id="kirishi-district",
        ),
        pytest.param(
            "Drone debris fell on an industrial enterprise in the Yelets district of the Lipetsk region, sparking a fire.",
            [(["RU-LIP"], None, None, None)],
            id="yelets-district",
        ),
    ],
)
def test_an_english_district_named_after_its_town(text: str, expected: list[Any]) -> None:
    extraction = run(text, "2025-06-03T09:00:00+03:00", lang="en")
    assert impacts(extraction) == expected
    assert "unresolved_place" not in findings(extraction)


def test_weapons_that_left_the_airspace_are_neither_downed_nor_jammed() -> None:
    text = (
        "Внаслідок протиповітряного бою збито 34 ворожих БпЛА.\n\n28 ворожих БпЛА-імітаторів – локаційно втрачені "
        "(без негативних наслідків), 2 БпЛА залишили повітряний простір України в напрямку Білорусі."
    )
    assert interceptions(run(text, "2025-06-03T09:00:00+03:00", lang="uk")) == [(34, None, 28, [])]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Ворог атакував Одещину вночі – трьома «шахедами», а на світанку – двома балістичними ракетами.",
            "uk",
            [(None, 3, None, []), (None, 2, None, [])],
            id="uk-and-at-dawn",
        ),
        pytest.param(
            "Противник атаковал регион ночью – пятью беспилотниками, а утром – двумя ракетами.",
            "ru",
            [(None, 5, None, []), (None, 2, None, [])],
            id="ru-and-in-the-morning",
        ),
    ],
)
def test_a_second_clause_with_its_verb_left_out_keeps_it(text: str, lang: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-06-03T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Над Белгородской областью сбита управляемая авиабомба «Хаммер».",
            "ru",
            [(1, None, None, [("RU-BEL", 1)])],
            id="ru-one-glide-bomb",
        ),
        pytest.param(
            "Дежурными средствами ПВО сбиты ракета «Нептун», управляемая авиабомба «Хаммер» и 12 беспилотников.",
            "ru",
            [(1, None, None, []), (1, None, None, []), (12, None, None, [])],
            id="ru-a-list-of-one-of-each",
        ),
        pytest.param(
            "Над Курською областю збито керовану авіабомбу.",
            "uk",
            [(1, None, None, [("RU-KRS", 1)])],
            id="uk",
        ),
    ],
)
def test_one_glide_bomb_said_with_no_number(text: str, lang: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-06-03T09:00:00+03:00", lang=lang)) == expected


def test_a_fire_at_a_site_is_an_impact() -> None:
    text = "Telegram channels reported explosions in the Ramenskoye district and a fire at a warehouse in Domodedovo."
    assert impacts(run(text, "2025-06-03T09:00:00+03:00", lang="en")) == [(["RU-MOS"], None, None, None)]


def test_an_air_force_report_of_a_combined_attack() -> None:
    text = (
        "⚡️ У ніч на 3 лютого (з 18:00 2 лютого) противник завдав масованого комбінованого удару ракетами "
        "повітряного та наземного базування і ударними БпЛА. Основний напрямок удару – об'єкти енергетики.\n\n"
        "Усього зафіксовано 516 засобів повітряного нападу:\n"
        "– 2 аеробалістичні ракети Кинджал (район пуску – Тамбовська обл.);\n"
        "– 9 балістичних ракет Іскандер-М (Курська, Воронезька обл.);\n"
        "– 4 керовані авіаційні ракети Х-59/69 (Бєлгородська обл.);\n"
        "– 469 ударних БпЛА типу Shahed, Гербера та дронів-імітаторів різних типів.\n\n"
        "За попередніми даними, станом на 10:00 протиповітряною обороною збито/подавлено 452 повітряні цілі:\n"
        "– 2 аеробалістичні ракети Кинджал;\n– 5 балістичних ракет Іскандер-М;\n"
        "– 3 керовані авіаційні ракети Х-59/69;\n– 442 ворожі БпЛА різних типів.\n\n"
        "Зафіксовано влучання 11 ракет та 36 ударних БпЛА на 14 локаціях."
    )
    extraction = run(text, "2026-02-03T10:30:00+02:00", lang="uk")
    assert interceptions(extraction) == [
        (2, 2, None, []),
        (5, 9, None, []),
        (3, 4, None, []),
        (442, 469, None, []),
    ]
    assert set(windows(extraction)) == {("2026-02-02T18:00:00+02:00", None)}
    # the regions in brackets are where the missiles were launched from, not where anything fell
    assert impacts(extraction) == [([], 14, None, None)]


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("Між 23:00 та 05:30 над областю збито 12 дронів.", "uk", id="uk-mizh"),
        pytest.param("Между 23:00 и 05:30 над областью сбито 12 беспилотников.", "ru", id="ru-mezhdu"),
    ],
)
def test_a_window_between_two_hours(text: str, lang: str) -> None:
    extraction = run(text, "2025-06-03T09:00:00+03:00", lang=lang)
    assert windows(extraction) == [("2025-06-02T23:00:00+03:00", "2025-06-03T05:30:00+03:00")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "За даними Міноборони РФ, над Курською областю збито 12 дронів. Редакція не має змоги перевірити ці дані.",
            ["unverified_claim"],
            id="cannot-check",
        ),
        pytest.param(
            "За даними Міноборони РФ, над Курською областю збито 12 дронів. Ці дані не піддаються незалежній перевірці.",
            ["unverified_claim"],
            id="no-independent-check",
        ),
        pytest.param(
            "Як повідомив обізнане джерело, уражено НПЗ у Рязані, виникла пожежа.",
            ["anonymous_source"],
            id="a-knowledgeable-source",
        ),
    ],
)
def test_ukrainian_doubt_and_unnamed_sources(text: str, expected: list[str]) -> None:
    assert findings(run(text, "2025-06-03T09:00:00+03:00", lang="uk")) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Унаслідок удару по Харкову поранено 20 людей. Шестеро поранених — у важкому стані.",
            "uk",
            id="uk",
        ),
        pytest.param(
            "Унаслідок удару по Харкову поранено 20 людей. Один із постраждалих у важкому стані.",
            "uk",
            id="uk-one-of",
        ),
        pytest.param(
            "В результате удара по Белгороду ранены 20 человек. Шестеро раненых — в тяжелом состоянии.",
            "ru",
            id="ru",
        ),
    ],
)
def test_the_condition_of_some_of_the_injured_is_no_other_toll(text: str, lang: str) -> None:
    assert [row[3] for row in impacts(run(text, "2025-06-03T09:00:00+03:00", lang=lang))] == [20]


@pytest.mark.parametrize(
    ("text", "lang", "region"),
    [
        pytest.param("Атака на Сумщину. У регіоні збито 5 дронів.", "uk", "UA-59", id="uk-in-the-region"),
        pytest.param(
            "Атака на Сумщину. На території області збито 5 дронів.", "uk", "UA-59", id="uk-on-the-territory"
        ),
        pytest.param(
            "Атака на Брянскую область. В регионе сбиты 5 беспилотников.",
            "ru",
            "RU-BRY",
            id="ru-in-the-region",
        ),
    ],
)
def test_in_the_region_names_the_region_named_before(text: str, lang: str, region: str) -> None:
    assert interceptions(run(text, "2025-06-03T09:00:00+03:00", lang=lang)) == [
        (5, None, None, [(region, 5)])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Запоріжжя. Є влучання в промислове підприємство Хортицького району, травмовано трьох людей.\n\n"
            "Нагадаю: за минулий тиждень ворог 1 638 разів атакував 18 населених пунктів області. Загинули 11 людей, "
            "поранено 46.",
            [(["UA-23"], None, None, 3)],
            id="a-week-s-toll-in-the-next-sentence",
        ),
        pytest.param(
            "Протягом минулої доби ворог атакував 38 населених пунктів Херсонщини.\n\nВнаслідок російської агресії "
            "загинули 2 людини, ще 17 – травмовані.\n\nСьогодні вранці в Корабельному районі Херсона ворожий дрон "
            "скинув вибухівку на приватне подвір'я. Поранення отримала 67-річна жінка.",
            [(["UA-65"], None, None, 1)],
            id="a-day-s-toll-in-the-next-paragraph",
        ),
    ],
)
def test_a_tally_of_many_attacks_goes_on_in_the_sentence_after_it(text: str, expected: list[Any]) -> None:
    assert impacts(run(text, "2025-06-03T12:00:00+03:00", lang="uk")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Air defences shot down both Kinzhal missiles.", [(2, None, None, [])], id="both"),
        pytest.param(
            "Six drones were brought down by electronic warfare, the Air Force said.",
            [(None, None, 6, [])],
            id="brought-down-by-electronic-warfare",
        ),
        pytest.param(
            "As of 08:30, 41 drones had been shot down or suppressed by electronic warfare.",
            [(41, None, None, [])],
            id="shot-down-or-suppressed-is-downed",
        ),
        pytest.param(
            "Air defences destroyed 10 drones: six over the Bryansk region and two UAVs each over the Tula and "
            "Oryol regions.",
            [(10, None, None, [("RU-BRY", 6), ("RU-TUL", 2), ("RU-ORL", 2)])],
            id="two-uavs-each",
        ),
        pytest.param(
            "Russia launched 34,000 drones in the first nine months of 2025.", [], id="first-nine-months"
        ),
    ],
)
def test_english_both_electronic_warfare_each_and_months(text: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-06-03T12:00:00+03:00", lang="en")) == expected


def test_a_town_s_name_before_said_is_a_surname() -> None:
    text = (
        "Two employees of a plant in Cheboksary were hurt when drones struck the facility, Chuvashia's head "
        "Oleg Nikolayev said.\nNikolayev said the plant had sustained minor damage."
    )
    assert impacts(run(text, "2025-06-03T12:00:00+03:00", lang="en")) == [(["RU-CU"], None, None, 2)]


def test_strikes_recorded_at_locations_are_sites() -> None:
    text = "Strikes were recorded at 12 locations in Kyiv."
    assert impacts(run(text, "2025-06-03T12:00:00+03:00", lang="en")) == [(["UA-30"], 12, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("A drone strike on Sept. 27 injured dozens of people in Kharkiv.", id="sept"),
        pytest.param("On Dec. 23 Russia launched a massive attack on Kyiv.", id="dec"),
    ],
)
def test_the_day_after_an_abbreviated_month_is_no_count(text: str) -> None:
    extraction = run(text, "2025-12-24T12:00:00+02:00", lang="en")
    assert interceptions(extraction) == []
    assert all(row[2] is None and row[3] is None for row in impacts(extraction))


def test_aerial_weapons_are_every_class_launched() -> None:
    text = "Russia launched 537 aerial weapons, including 477 drones and decoys and 60 missiles, the Air Force said."
    assert interceptions(run(text, "2025-06-03T12:00:00+03:00", lang="en")) == [
        (None, 477, None, []),
        (None, 60, None, []),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "The death toll from the Russian strike on Zaporizhzhia has risen to 14, Governor Fedorov said. "
            "Earlier, Fedorov reported seven dead.",
            "en",
            [(["UA-23"], None, 14, None)],
            id="en-earlier-x-reported",
        ),
        pytest.param(
            "A drone hit a house in Kharkiv, injuring 14 people. Terekhov had reported six injured.",
            "en",
            [(["UA-63"], None, None, 14)],
            id="en-had-reported",
        ),
        pytest.param(
            "Удар по Запоріжжю: загинули 14 людей. Раніше Федоров повідомляв про сімох загиблих.",
            "uk",
            [(["UA-23"], None, 14, None)],
            id="uk-earlier-x-reported",
        ),
    ],
)
def test_a_figure_an_official_reported_earlier_is_no_toll(text: str, lang: str, expected: list[Any]) -> None:
    assert impacts(run(text, "2025-06-03T12:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "name", "surface"),
    [
        pytest.param(
            "Над областью сбили два беспилотника, сообщил губернатор Курской области Алексей Смирнов.",
            "ru",
            "Алексей Смирнов",
            "губернатор Курской области Алексей Смирнов",
            id="a-governor-of-a-region-ru",
        ),
        pytest.param(
            "Над областю збили два дрони, повідомив начальник Черкаської ОВА Ігор Табурець.",
            "uk",
            "Ігор Табурець",
            "начальник Черкаської ОВА Ігор Табурець",
            id="the-head-of-a-regional-military-administration-uk",
        ),
        pytest.param(
            "Над областю збили два дрони, повідомив голова Харківської обласної військової адміністрації Олег "
            "Синєгубов.",
            "uk",
            "Олег Синєгубов",
            "голова Харківської обласної військової адміністрації Олег Синєгубов",
            id="the-administration-in-full-uk",
        ),
    ],
)
def test_a_speaker_s_office_between_title_and_name(text: str, lang: str, name: str, surface: str) -> None:
    (claim,) = run(text, "2025-08-23T12:30:00+00:00", lang=lang).claims
    assert claim.claimant is not None
    assert (claim.claimant.name, claim.claimant.text) == (name, surface)
    assert claim.sourcing.kind == "named_official"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "У ніч на 25 травня противник атакував 364 ударними БпЛА, а також 9 крилатими ракетами Х-101 та 55 "
            "балістичними ракетами Іскандер-М/KN-23. Збито 266 ворожих БпЛА та 7 крилатих ракет.",
            "uk",
            [(266, 364, None, []), (7, 9, None, []), (None, 55, None, [])],
            id="uk-cruise-after-a-model",
        ),
        pytest.param(
            "В ночь на 25 мая противник выпустил 9 крылатых ракет и 55 баллистических ракет. Сбито 6 крылатых ракет.",
            "ru",
            [(6, 9, None, []), (None, 55, None, [])],
            id="ru-cruise-by-its-words",
        ),
        pytest.param(
            "Russia launched 9 cruise missiles and 31 ballistic missiles overnight. Air defences shot down 6 "
            "cruise missiles.",
            "en",
            [(6, 9, None, []), (None, 31, None, [])],
            id="en-cruise-by-its-words",
        ),
    ],
)
def test_a_kind_of_missile_downed_completes_the_launch_of_that_kind(
    text: str, lang: str, expected: list[Row]
) -> None:
    assert interceptions(run(text, "2025-05-25T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Противник атакував 364 ударними БпЛА та імітаторами. Збито 266 БпЛА, ще 43 ворожих імітатори "
            "локаційно втрачені.",
            "uk",
            [(266, 364, 43, [])],
            id="uk-decoys-lost-from-radar",
        ),
        pytest.param(
            "Russia launched 273 drones and decoys. 88 drones were shot down, and 128 decoys were lost from radar.",
            "en",
            [(88, 273, 128, [])],
            id="en-decoys-lost-from-radar",
        ),
    ],
)
def test_decoy_drones_are_drones_of_the_attack(text: str, lang: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-05-25T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "The Defense Ministry said 29 drones and 4 unmanned surface vessels were destroyed over the Black Sea.",
            "en",
            [("uav", None, 29, [("sea:black", 29)]), ("unknown", "USV", 4, [("sea:black", 4)])],
            id="en-drones-and-boats",
        ),
        pytest.param(
            "Над акваторией Черного моря уничтожены 29 беспилотников и 4 безэкипажных катера.",
            "ru",
            [("uav", None, 29, [("sea:black", 29)]), ("unknown", "USV", 4, [("sea:black", 4)])],
            id="ru-drones-and-boats",
        ),
        pytest.param(
            "Intercepted 29 drones: 20 over the Bryansk region, 9 over the Kursk region, and 4 unmanned boats over "
            "the Black Sea.",
            "en",
            [("uav", None, 29, [("RU-BRY", 20), ("RU-KRS", 9)])],
            id="en-boats-are-no-item-of-the-drones",
        ),
    ],
)
def test_boats_counted_beside_drones_are_a_weapon_of_their_own(
    text: str, lang: str, expected: list[tuple[str, str | None, int | None, list[tuple[str, int]]]]
) -> None:
    found = [
        (
            claim.weapon,
            claim.weapon_model,
            claim.destroyed.value if claim.destroyed else None,
            [(b.place.admin1 or b.place.id or "?", b.destroyed.value) for b in claim.breakdown],
        )
        for claim in run(text, "2025-08-20T09:00:00+03:00", lang=lang).claims
        if isinstance(claim, InterceptionClaim)
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "window"),
    [
        pytest.param(
            "Над Пермским краем с 02:00 до 04:00 по местному времени сбиты 3 беспилотника.",
            "ru",
            ("2025-12-03T02:00:00+05:00", "2025-12-03T04:00:00+05:00"),
            id="ru-perm-local-time",
        ),
        pytest.param(
            "Над Башкирией в 06:40 по местному времени сбит беспилотник.",
            "ru",
            ("2025-12-03T06:40:00+05:00", "2025-12-03T06:40:00+05:00"),
            id="ru-bashkiria-local-time",
        ),
        pytest.param(
            "С 23:00 до 05:00 по местному времени над территорией Татарстана сбиты 6 БПЛА.",
            "ru",
            ("2025-12-02T23:00:00+03:00", "2025-12-03T05:00:00+03:00"),
            id="ru-tatarstan-keeps-moscow-time",
        ),
        pytest.param(
            "Air defenses destroyed 15 drones over the Yekaterinburg area between 3 a.m. and 5 a.m. local time.",
            "en",
            ("2025-12-03T03:00:00+05:00", "2025-12-03T05:00:00+05:00"),
            id="en-yekaterinburg-local-time",
        ),
        pytest.param(
            "Air defenses destroyed 15 drones over the Samara region between 3 a.m. and 5 a.m. local time.",
            "en",
            ("2025-12-03T03:00:00+04:00", "2025-12-03T05:00:00+04:00"),
            id="en-samara-local-time",
        ),
        pytest.param(
            "Air defenses destroyed 15 drones over the Kursk region between 3 a.m. and 5 a.m. local time.",
            "en",
            ("2025-12-03T03:00:00+03:00", "2025-12-03T05:00:00+03:00"),
            id="en-kursk-local-time-is-moscow-time",
        ),
        pytest.param(
            "З 01:00 до 04:00 за місцевим часом над Харківщиною збито 7 дронів.",
            "uk",
            ("2025-12-03T01:00:00+02:00", "2025-12-03T04:00:00+02:00"),
            id="uk-kharkiv-local-time",
        ),
    ],
)
def test_local_time_is_the_clock_of_the_region_named(text: str, lang: str, window: tuple[str, str]) -> None:
    assert windows(run(text, "2025-12-03T09:00:00+03:00", lang=lang)) == [window]


@pytest.mark.parametrize(
    ("text", "window"),
    [
        pytest.param(
            "С часа ночи до пяти утра над Брянской областью уничтожены 12 беспилотников.",
            ("2025-12-03T01:00:00+03:00", "2025-12-03T05:00:00+03:00"),
            id="from-one-at-night-to-five",
        ),
        pytest.param(
            "Около часа ночи над Брянской областью уничтожены 2 беспилотника.",
            ("2025-12-03T01:00:00+03:00", "2025-12-03T01:00:00+03:00"),
            id="about-one-at-night",
        ),
    ],
)
def test_one_o_clock_said_as_the_hour_alone(text: str, window: tuple[str, str]) -> None:
    assert windows(run(text, "2025-12-03T09:00:00+03:00", lang="ru")) == [window]


def test_an_hour_long_is_no_one_o_clock() -> None:
    text = "Атака длилась около часа. Над Брянской областью уничтожены 2 беспилотника."
    assert windows(run(text, "2025-12-03T09:00:00+03:00", lang="ru")) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Russian air defence units destroyed 13 Ukrainian drones over Russian territory and the Black Sea "
            "overnight, the defence ministry said, including five over Crimea and four over the Black Sea.",
            "en",
            [(13, None, None, [("UA-43", 5), ("sea:black", 4)])],
            id="en-russian-territory-and-the-sea-then-a-subset",
        ),
        pytest.param(
            "Russian air defence units destroyed 13 Ukrainian drones over Russian regions and the Black Sea.",
            "en",
            [(13, None, None, [])],
            id="en-russian-regions-and-the-sea",
        ),
        pytest.param(
            "Над российскими регионами и Черным морем уничтожены 13 беспилотников.",
            "ru",
            [(13, None, None, [])],
            id="ru-russian-regions-and-the-sea",
        ),
    ],
)
def test_a_place_joined_to_a_country_s_territory_is_not_the_count_s_own(
    text: str, lang: str, expected: list[Row]
) -> None:
    assert interceptions(run(text, "2025-08-20T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Russia's defence ministry said it has destroyed more than 3,000 Ukrainian drones since 2024.",
            "en",
            id="en-since-a-year",
        ),
        pytest.param(
            "Russian forces have shot down 5,200 Ukrainian drones since the war began, the ministry said.",
            "en",
            id="en-since-the-war-began",
        ),
        pytest.param(
            "С 2022 года над Белгородской областью сбиты более 5000 беспилотников.",
            "ru",
            id="ru-since-a-year",
        ),
        pytest.param("З 2022 року над Київщиною збили понад 3000 шахедів.", "uk", id="uk-since-a-year"),
    ],
)
def test_a_tally_since_a_year_or_the_war_s_start_is_a_running_total(text: str, lang: str) -> None:
    assert run(text, "2025-08-20T09:00:00+03:00", lang=lang).claims == ()


def test_a_night_dated_with_its_year_is_no_running_total() -> None:
    text = "В ночь на 5 мая 2025 года над Белгородской областью сбиты 5 беспилотников."
    assert interceptions(run(text, "2025-05-05T09:00:00+03:00", lang="ru")) == [
        (5, None, None, [("RU-BEL", 5)])
    ]


@pytest.mark.parametrize(
    "tail",
    [
        "without reporting damage",
        "without offering details on damage",
        "without giving any details of damage",
    ],
)
def test_a_downing_told_without_details_of_damage_is_no_impact(tail: str) -> None:
    text = f"Tula Governor Dmitry Milyaev said air defences destroyed five drones over the region overnight, {tail}."
    assert impacts(run(text, "2025-08-20T09:00:00+03:00", lang="en")) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Debris fell on a highway in Moscow without causing injuries.",
            [(["RU-MOW"], None, None, 0)],
            id="without-causing-injuries",
        ),
        pytest.param(
            "Debris fell on a house in Kursk; there were no injuries or deaths.",
            [(["RU-KRS"], None, 0, 0)],
            id="no-injuries-or-deaths",
        ),
        pytest.param(
            "A drone hit a warehouse in St. Petersburg, injuring two people.",
            [(["RU-SPE"], None, None, 2)],
            id="st-dot-petersburg",
        ),
    ],
)
def test_english_zeros_and_a_city_named_with_an_abbreviation(text: str, expected: list[Any]) -> None:
    assert impacts(run(text, "2025-08-20T09:00:00+03:00", lang="en")) == expected


def test_an_abbreviated_name_in_a_list_of_regions() -> None:
    text = (
        "15 drones were destroyed: five over the Bryansk Region, three over St. Petersburg and seven over the "
        "Kursk Region."
    )
    extraction = run(text, "2025-08-20T09:00:00+03:00", lang="en")
    assert interceptions(extraction) == [(15, None, None, [("RU-BRY", 5), ("RU-SPE", 3), ("RU-KRS", 7)])]
    assert findings(extraction) == []


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param(
            "Міноборони РФ заявило про 40 збитих дронів над Брянщиною. Незалежних підтверджень немає.", "uk"
        ),
        pytest.param(
            "Міноборони РФ заявило про 40 збитих дронів над Брянщиною. Підтверджень цьому немає.", "uk"
        ),
        pytest.param(
            "Міноборони РФ заявило про 40 збитих дронів над Брянщиною. Ми не можемо незалежно верифікувати ці дані.",
            "uk",
        ),
        pytest.param(
            "Міноборони РФ заявило про 40 збитих дронів над Брянщиною. Перевірити ці заяви в умовах війни неможливо.",
            "uk",
        ),
        pytest.param(
            "Минобороны заявило о 40 сбитых дронах над Брянской областью. Независимых подтверждений нет.",
            "ru",
        ),
        pytest.param(
            "Минобороны заявило о 40 сбитых дронах над Брянской областью. Мы не можем независимо верифицировать "
            "эти данные.",
            "ru",
        ),
        pytest.param(
            "Минобороны заявило о 40 сбитых дронах над Брянской областью. Проверить эти заявления в условиях "
            "войны невозможно.",
            "ru",
        ),
    ],
)
def test_more_ways_to_say_a_claim_is_not_verified(text: str, lang: str) -> None:
    assert "unverified_claim" in findings(run(text, "2025-08-20T09:00:00+03:00", lang=lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param("Засобами РЕБ знешкоджено три дрони.", "uk", [(None, None, 3, [])], id="uk-reb-before"),
        pytest.param(
            "Средствами РЭБ нейтрализованы три беспилотника.", "ru", [(None, None, 3, [])], id="ru-reb"
        ),
        pytest.param(
            "Над Полтавщиною збили троє дронів.",
            "uk",
            [(3, None, None, [("UA-53", 3)])],
            id="uk-collective-numeral",
        ),
        pytest.param(
            "Над Полтавщиною збито п'ятеро ворожих дронів.",
            "uk",
            [(5, None, None, [("UA-53", 5)])],
            id="uk-collective-numeral-and-adjective",
        ),
    ],
)
def test_means_of_electronic_warfare_and_collective_numerals(
    text: str, lang: str, expected: list[Row]
) -> None:
    assert interceptions(run(text, "2025-08-20T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "На Київщині зафіксовано 4 місця падіння уламків.",
            "uk",
            [(["UA-32"], 4, None, None)],
            id="uk-4-places",
        ),
        pytest.param(
            "В Брянской области зафиксированы 3 места падения обломков.",
            "ru",
            [(["RU-BRY"], 3, None, None)],
            id="ru-3-places",
        ),
        pytest.param(
            "Пятеро пострадали при атаке дрона на Белгород.",
            "ru",
            [(["RU-BEL"], None, None, 5)],
            id="ru-five-people",
        ),
    ],
)
def test_sites_counted_in_the_plural_of_two_to_four_and_people_counted(
    text: str, lang: str, expected: list[Any]
) -> None:
    assert impacts(run(text, "2025-08-20T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param("Вночі із 44 дронів збито 38.", "uk", [(38, 44, None, [])], id="uk-at-night-out-of"),
        pytest.param(
            "У ніч на 13 листопада з 44 дронів збито 38.", "uk", [(38, 44, None, [])], id="uk-dated-out-of"
        ),
        pytest.param(
            "Противник здійснив запуск 55 ударних БпЛА.", "uk", [(None, 55, None, [])], id="uk-made-a-launch"
        ),
        pytest.param(
            "Повітряні сили зафіксували запуск 55 ударних БпЛА, збито 49.",
            "uk",
            [(49, 55, None, [])],
            id="uk-recorded-a-launch",
        ),
        pytest.param(
            "Противник осуществил запуск 55 ударных БПЛА, сбиты 49.",
            "ru",
            [(49, 55, None, [])],
            id="ru-made-a-launch",
        ),
        pytest.param(
            "Росіяни запустили по Україні крилату ракету Х-22.",
            "uk",
            [(None, 1, None, [])],
            id="uk-one-missile",
        ),
        pytest.param(
            "Ворог атакував Одещину ударним дроном.", "uk", [(None, 1, None, [])], id="uk-one-drone"
        ),
        pytest.param(
            "Росія вночі атакувала Україну 60 дронами і крилатою ракетою.",
            "uk",
            [(None, 60, None, []), (None, 1, None, [])],
            id="uk-and-one-missile",
        ),
        pytest.param("Ворог атакував дроном цивільний автомобіль у Херсоні.", "uk", [], id="uk-one-target"),
        pytest.param("Массовая атака БПЛА на Подмосковье.", "ru", [], id="ru-an-attack-is-no-launch-of-one"),
        pytest.param(
            "Air defense neutralised 52 drones: 40 were shot down and 12 were lost in location.",
            "en",
            [(40, None, 12, [])],
            id="en-neutralised-split",
        ),
        pytest.param(
            "Протиповітряною обороною знешкоджено 52 ворожі БпЛА: 40 збито, 12 локаційно втрачені.",
            "uk",
            [(40, None, 12, [])],
            id="uk-neutralised-split",
        ),
        pytest.param(
            "Збито 67 БпЛА, ще 23 – локаційно втрачені.", "uk", [(67, None, 23, [])], id="uk-no-split"
        ),
    ],
)
def test_launches_told_by_a_noun_or_of_one_weapon_and_totals_split(
    text: str, lang: str, expected: list[Row]
) -> None:
    assert interceptions(run(text, "2025-08-20T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Ukraine's air force said it shot down six missiles fired by Russia at Kyiv.", id="fired-by-at"
        ),
        pytest.param(
            "Russian forces destroyed 12 Ukrainian drones attacking the Zaporizhzhia nuclear plant.",
            id="attacking",
        ),
        pytest.param(
            "Moscow airports halt flights as Russia says it downed 524 Ukrainian drones", id="as-says"
        ),
        pytest.param("Flights halted in Kazan as Russia says it downed 40 drones.", id="as-says-in-a-town"),
    ],
)
def test_a_target_or_a_place_of_another_statement_is_no_item(text: str) -> None:
    (row,) = interceptions(run(text, "2025-08-20T09:00:00+03:00", lang="en"))
    assert row[3] == []


@pytest.mark.parametrize(
    ("text", "count"),
    [
        pytest.param("Drones were downed at 2 a.m. Debris damaged a house.", 2, id="a-clock-then-a-sentence"),
        pytest.param(
            "Drones were downed at 2 a.m. Moscow time. Debris damaged a house.", 2, id="a-zone-goes-on"
        ),
        pytest.param("Drones were downed at 11 p.m. Saturday, the ministry said.", 1, id="a-weekday-goes-on"),
        pytest.param("Drones were downed over St. Petersburg overnight.", 1, id="st-is-no-end"),
    ],
)
def test_a_clock_s_p_m_ends_a_sentence_before_a_capitalised_word_of_its_own(text: str, count: int) -> None:
    from dronewatch.extract.segment import sentences

    assert len(sentences(text)) == count


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Air defences destroyed 12 drones over the Kursk region, which borders Ukraine's Sumy region.",
            "en",
            [(12, None, None, [("RU-KRS", 12)])],
            id="en-relative-clause",
        ),
        pytest.param(
            "Three drones were shot down over the Bryansk region, the Russian Defence Ministry in Moscow said.",
            "en",
            [(3, None, None, [("RU-BRY", 3)])],
            id="en-attribution",
        ),
        pytest.param(
            "Над Брянской областью сбиты 5 беспилотников, сообщил губернатор Курской области.",
            "ru",
            [(5, None, None, [("RU-BRY", 5)])],
            id="ru-attribution",
        ),
        pytest.param(
            "Kursk Governor Alexander Khinshtein said air defences shot down four drones over the region at 2 a.m. "
            "Debris damaged a house in the Rylsk district.",
            "en",
            [(4, None, None, [("RU-KRS", 4)])],
            id="en-the-region-at-2-am",
        ),
    ],
)
def test_places_of_a_relative_clause_an_attribution_or_the_next_sentence_are_no_item(
    text: str, lang: str, expected: list[Row]
) -> None:
    assert interceptions(run(text, "2025-08-20T09:00:00+03:00", lang=lang)) == expected


def test_harm_told_in_one_of_the_regions_an_attack_reached_is_there_only() -> None:
    text = "Russia attacked the Sumy and Poltava regions with drones overnight. In Sumy, two people were injured."
    assert impacts(run(text, "2025-08-20T09:00:00+03:00", lang="en")) == [(["UA-59"], None, None, 2)]


def test_a_window_with_an_end_told_with_the_downing_outdoes_the_launch_s_start() -> None:
    text = (
        "Russia launched 43 missiles at Ukraine from 7 p.m. on Jan. 14. Between 7 p.m. on Jan. 14 and 9 a.m. on "
        "Jan. 15, air defense destroyed 30 missiles."
    )
    assert windows(run(text, "2025-01-15T10:00:00+02:00", lang="en")) == [
        ("2025-01-14T19:00:00+02:00", "2025-01-15T09:00:00+02:00")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Russia attacked Ukraine with 43 missiles and 74 drones. Air defense destroyed 30 missiles, including "
            "seven Kh-101 cruise missiles, and 47 drones.",
            [(30, 43, None, []), (47, 74, None, [])],
            id="a-subset-by-type-is-no-claim",
        ),
        pytest.param(
            "Air defences shot down 60 drones out of 80 overnight.",
            [(60, 80, None, [])],
            id="out-of-then-overnight",
        ),
    ],
)
def test_subsets_by_type_and_out_of_before_a_time(text: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-08-20T09:00:00+03:00", lang="en")) == expected


def test_a_count_of_addresses_in_the_sentence_after_the_debris_is_the_impact_s_sites() -> None:
    text = "Debris fell on a residential building in Krasnodar. Emergency services were working at four addresses."
    assert impacts(run(text, "2025-08-20T09:00:00+03:00", lang="en")) == [(["RU-KDA"], 4, None, None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "У Ростовській області вночі тривала атака. Над областю знищено 9 БпЛА та пошкоджено кілька будинків у "
            "Таганрозі.",
            "uk",
            [(9, None, None, [("RU-ROS", 9)])],
            id="uk-the-region-then-damage-in-a-town",
        ),
        pytest.param(
            "Вночі в Криму пролунали вибухи. Міноборони РФ заявило про знищення 14 безпілотників над півостровом та "
            "6 — над Чорним морем.",
            "uk",
            [(None, None, None, [("UA-43", 14), ("sea:black", 6)])],
            id="uk-the-peninsula-then-the-sea",
        ),
        pytest.param(
            "Безпілотники атакували Кириші Ленінградської області. Над районом знищили три дрони.",
            "uk",
            [(3, None, None, [("RU-LEN", 3)])],
            id="uk-over-the-district",
        ),
        pytest.param(
            "Drones attacked the Kstovo district of the Nizhny Novgorod region. Air defences shot down three drones "
            "over the district.",
            "en",
            [(3, None, None, [("RU-NIZ", 3)])],
            id="en-over-the-district",
        ),
        pytest.param(
            "Над Києвом та областю збито 15 дронів.",
            "uk",
            [(15, None, None, [])],
            id="uk-the-city-and-the-region",
        ),
        pytest.param(
            "Over Kyiv and the region, air defences shot down 15 drones.",
            "en",
            [(15, None, None, [])],
            id="en-the-city-and-the-region",
        ),
    ],
)
def test_a_region_named_again_by_a_common_noun_beside_other_places(
    text: str, lang: str, expected: list[Row]
) -> None:
    assert interceptions(run(text, "2025-08-20T09:00:00+03:00", lang=lang)) == expected


def test_one_more_told_after_the_count_is_a_claim_of_its_own_region() -> None:
    text = "Two drones were shot down over the Bryansk region. One more was shot down over the Oryol region."
    assert interceptions(run(text, "2025-08-20T09:00:00+03:00", lang="en")) == [
        (2, None, None, [("RU-BRY", 2)]),
        (1, None, None, [("RU-ORL", 1)]),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "killed"),
    [
        pytest.param(
            "A Russian drone hit a house in Kherson, killing a mother and her two children.",
            "en",
            3,
            id="en-her-two",
        ),
        pytest.param(
            "Внаслідок удару по Херсону загинули жінка та двоє її дітей.", "uk", 3, id="uk-two-of-hers"
        ),
        pytest.param("Внаслідок удару по Херсону загинули жінка та її двоє дітей.", "uk", 3, id="uk-her-two"),
        pytest.param(
            "В результате удара по Курску погибли мужчина и его двое детей.", "ru", 3, id="ru-his-two"
        ),
    ],
)
def test_a_person_and_their_children_counted(text: str, lang: str, killed: int) -> None:
    ((_, _, found, _),) = impacts(run(text, "2025-08-20T09:00:00+03:00", lang=lang))
    assert found == killed


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("ППО знищила 42 дрони та «Кинджал».", "uk", id="uk"),
        pytest.param("ПВО сбила 42 дрона и «Кинжал».", "ru", id="ru"),
        pytest.param("Сили ППО знищили 42 дрони та ракету «Кинджал».", "uk", id="uk-the-noun-and-its-type"),
    ],
)
def test_one_missile_named_by_its_model_after_a_count_of_drones(text: str, lang: str) -> None:
    claims = [
        c
        for c in run(text, "2025-08-20T09:00:00+03:00", lang=lang).claims
        if isinstance(c, InterceptionClaim)
    ]
    assert [(c.weapon, c.weapon_model, c.destroyed.value if c.destroyed else None) for c in claims] == [
        ("uav", None, 42),
        ("missile", "Kinzhal", 1),
    ]


@pytest.mark.parametrize(
    ("text", "published_at", "expected"),
    [
        pytest.param(
            "Воздушные силы ВСУ сообщили, что силами ПВО обезврежены 563 беспилотника.",
            "2025-06-01T09:00:00+03:00",
            [(563, None, None, [])],
            id="rendered-harmless",
        ),
        pytest.param(
            "Над Брянской областью, по предварительным данным, сбиты два беспилотника.",
            "2025-06-01T09:00:00+03:00",
            [(2, None, None, [("RU-BRY", 2)])],
            id="a-preliminary-aside",
        ),
        pytest.param(
            "С 7:00 до 9:00 по Москве над Курской областью уничтожены 3 беспилотника.",
            "2025-06-01T10:00:00+03:00",
            [(3, None, None, [("RU-KRS", 3)])],
            id="by-moscow-is-a-clock",
        ),
        pytest.param(
            "Минобороны сообщило о 12 сбитых за ночь украинских беспилотниках.",
            "2025-06-01T10:00:00+03:00",
            [(12, None, None, [])],
            id="overnight-between-the-count-and-its-noun",
        ),
    ],
)
def test_russian_wording_from_probes(text: str, published_at: str, expected: list[Row]) -> None:
    assert interceptions(run(text, published_at, lang="ru")) == expected


def test_a_russian_text_stamped_two_hours_ahead_keeps_kyiv_s_winter_clock() -> None:
    text = (
        "Воздушные силы ВСУ: с 19:00 14 января до 08:00 15 января противник атаковал Украину 74 ударными БпЛА. "
        "Сбит 41 БпЛА."
    )
    assert windows(run(text, "2025-01-15T09:40:00+02:00", lang="ru")) == [
        ("2025-01-14T19:00:00+02:00", "2025-01-15T08:00:00+02:00")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "В Таганроге обломки беспилотника повредили дом. Информация о погибших не поступала.",
            [(["RU-ROS"], None, None, None)],
            id="no-news-of-the-dead-is-no-zero",
        ),
        pytest.param(
            "В Запорожье зафиксированы удары по шести локациям.",
            [(["UA-23"], 6, None, None)],
            id="strikes-at-six",
        ),
    ],
)
def test_russian_impacts_from_probes(text: str, expected: list[Any]) -> None:
    assert impacts(run(text, "2025-06-01T09:00:00+03:00", lang="ru")) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        pytest.param("По непроверенным данным, над Брянской областью сбиты два беспилотника.", "ru", id="ru"),
        pytest.param("За неперевіреними даними, над Брянщиною збито два дрони.", "uk", id="uk"),
        pytest.param(
            "According to unverified reports, two drones were shot down over the Bryansk region.",
            "en",
            id="en",
        ),
    ],
)
def test_unverified_reports_are_flagged(text: str, lang: str) -> None:
    assert "unverified_claim" in findings(run(text, "2025-06-01T09:00:00+03:00", lang=lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Над Калужской областью сбиты 8 беспилотников. UPD: число сбитых выросло до 12.",
            "ru",
            [(8, None, None, [("RU-KLU", 8)]), (12, None, None, [])],
            id="ru-the-number-downed-grew-to",
        ),
        pytest.param(
            "Над Київщиною збито 8 дронів. Кількість збитих зросла до 12.",
            "uk",
            [(8, None, None, [("UA-32", 8)]), (12, None, None, [])],
            id="uk-the-number-downed-grew-to",
        ),
        pytest.param(
            "Над территорией Брянской области уничтожены ещё 6 беспилотников. Всего за ночь — уже 32 БПЛА.",
            "ru",
            [(6, None, None, [("RU-BRY", 6)]), (32, None, None, [])],
            id="ru-in-all-naming-the-weapon",
        ),
        pytest.param(
            "Над Воронежем и Лискинским районом уничтожены 14 беспилотников.",
            "ru",
            [(14, None, None, [])],
            id="ru-a-city-and-a-district-are-two-places",
        ),
    ],
)
def test_running_tallies_and_two_places_of_one_count(text: str, lang: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-06-01T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "In the neighbouring Mykolaiv region, governor Vitaliy Kim said seven drones were shot down.",
            "en",
            [(7, None, None, [("UA-48", 7)])],
            id="en-neighbouring",
        ),
        pytest.param(
            "In the southern Kherson region, seven drones were shot down.",
            "en",
            [(7, None, None, [("UA-65", 7)])],
            id="en-southern",
        ),
        pytest.param(
            "Meanwhile, in Zhytomyr Oblast, seven drones were shot down.",
            "en",
            [(7, None, None, [("UA-18", 7)])],
            id="en-meanwhile",
        ),
        pytest.param(
            "У сусідній Миколаївській області збили сім дронів.",
            "uk",
            [(7, None, None, [("UA-48", 7)])],
            id="uk",
        ),
    ],
)
def test_words_before_the_place_that_opens_a_sentence(text: str, lang: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-06-01T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "injured"),
    [
        pytest.param(
            "A drone attack on Kharkiv injured 21 people, the governor said. Initially, the governor reported 17 "
            "wounded.",
            "en",
            [21],
            id="en-initially",
        ),
        pytest.param(
            "Внаслідок атаки на Харків поранено 21 людину. Спочатку повідомлялося про 17 поранених.",
            "uk",
            [21],
            id="uk-at-first",
        ),
        pytest.param(
            "В результате атаки на Белгород ранен 21 человек. Изначально сообщалось о 17 раненых.",
            "ru",
            [21],
            id="ru-originally",
        ),
    ],
)
def test_a_toll_first_reported_is_no_second_impact(text: str, lang: str, injured: list[int]) -> None:
    assert [row[3] for row in impacts(run(text, "2025-06-01T09:00:00+03:00", lang=lang))] == injured


@pytest.mark.parametrize(
    ("text", "lang", "kind"),
    [
        pytest.param(
            "A claim by pro-Kremlin bloggers that two drones were shot down over Kursk could not be independently "
            "checked.",
            "en",
            "anonymous_source",
            id="en-pro-kremlin-bloggers",
        ),
        pytest.param(
            "A claim that two drones were shot down over Kursk could not be independently checked.",
            "en",
            "unverified_claim",
            id="en-independently-checked",
        ),
        pytest.param(
            "Проросійські пабліки пишуть про 20 збитих дронів над Брянщиною.",
            "uk",
            "anonymous_source",
            id="uk",
        ),
        pytest.param(
            "Пророссийские паблики пишут о 20 сбитых дронах над Брянской областью.",
            "ru",
            "anonymous_source",
            id="ru",
        ),
    ],
)
def test_unnamed_channels_with_an_adjective_and_unchecked_claims(text: str, lang: str, kind: str) -> None:
    assert kind in findings(run(text, "2025-06-01T09:00:00+03:00", lang=lang))


def test_a_toll_since_then_is_a_running_total() -> None:
    text = "A drone hit a house in Sumy. According to the UN, more than 14,000 civilians have been killed since then."
    assert impacts(run(text, "2025-06-01T09:00:00+03:00", lang="en")) == [(["UA-59"], None, None, None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "A drone hit Lviv, injuring three. The Volyn region governor, Ivan Rudnytskyi, said air defenses downed "
            "five drones over the region.",
            "en",
            [(5, None, None, [("UA-07", 5)])],
            id="en-the-speaker-s-region",
        ),
        pytest.param(
            "Над Полтавщиною знищено 9 дронів.\n\nГолова Черкаської ОВА Ігор Табурець повідомив, що над областю "
            "збито 4 дрони.",
            "uk",
            [(9, None, None, [("UA-53", 9)]), (4, None, None, [("UA-71", 4)])],
            id="uk-the-speaker-s-region",
        ),
        pytest.param(
            "Russia launched 653 drones and 51 missiles, the Air Force said.\n\nIn Vinnytsia Oblast, air defense "
            "shot down 23 drones.",
            "en",
            [(None, 653, None, []), (None, 51, None, []), (23, None, None, [("UA-05", 23)])],
            id="en-a-region-s-own-report",
        ),
    ],
)
def test_a_region_s_own_report_after_another_s(text: str, lang: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-06-01T09:00:00+03:00", lang=lang)) == expected


def test_a_toll_brought_to_a_figure_in_a_city() -> None:
    text = "A 77-year-old woman died in hospital, bringing the death toll in Odesa to three."
    assert impacts(run(text, "2025-06-01T09:00:00+03:00", lang="en")) == [(["UA-51"], None, 3, None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Russia launched 496 drones and 53 missiles overnight, the Air Force said. Air defense downed 495 "
            "targets in total, including 447 drones and 48 missiles.",
            "en",
            [(447, 496, None, []), (48, 53, None, [])],
            id="en",
        ),
        pytest.param(
            "Сили ППО знешкодили 495 повітряних цілей, зокрема 447 дронів та 48 ракет.",
            "uk",
            [(447, None, None, []), (48, None, None, [])],
            id="uk",
        ),
    ],
)
def test_a_downed_total_of_every_class_including_counts_by_class(
    text: str, lang: str, expected: list[Row]
) -> None:
    assert interceptions(run(text, "2025-06-01T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "The death toll from the Russian attack on Dnipro has risen to 20, the governor said. Two of the "
            "injured died in hospital overnight.",
            "en",
            [(["UA-12"], None, 20, None)],
            id="en-two-of-the-injured",
        ),
        pytest.param(
            "Кількість загиблих у Дніпрі зросла до 20. Двоє поранених померли в лікарні.",
            "uk",
            [(["UA-12"], None, 20, None)],
            id="uk-two-injured-died",
        ),
        pytest.param(
            "У Харкові загинули четверо членів однієї родини.",
            "uk",
            [(["UA-63"], None, 4, None)],
            id="uk-family",
        ),
        pytest.param(
            "A drone strike on Kharkiv killed four members of one family.",
            "en",
            [(["UA-63"], None, 4, None)],
            id="en-family",
        ),
    ],
)
def test_some_of_the_injured_who_died_and_members_of_a_family(
    text: str, lang: str, expected: list[Any]
) -> None:
    assert impacts(run(text, "2025-06-01T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Russian air defences destroyed 337 drones: 126 over the Kursk region, 91 over the Moscow region, 14 "
            "over Lipetsk and 106 over five other regions.",
            "en",
            [(337, None, None, [("RU-KRS", 126), ("RU-MOS", 91), ("RU-LIP", 14)])],
            id="en",
        ),
        pytest.param(
            "Уничтожены 337 беспилотников: 126 над Курской областью, 91 над Московским регионом и 120 над другими "
            "регионами.",
            "ru",
            [(337, None, None, [("RU-KRS", 126), ("RU-MOS", 91)])],
            id="ru",
        ),
    ],
)
def test_a_count_over_other_regions_is_no_item_of_the_last_place(
    text: str, lang: str, expected: list[Row]
) -> None:
    extraction = run(text, "2025-06-01T09:00:00+03:00", lang=lang)
    assert interceptions(extraction) == expected
    assert findings(extraction) == ["breakdown_sum_mismatch"]


def test_the_injured_counted_in_the_dative() -> None:
    text = "В Белгороде в результате атаки дрона медпомощь оказана 6 пострадавшим."
    assert impacts(run(text, "2025-06-01T09:00:00+03:00", lang="ru")) == [(["RU-BEL"], None, None, 6)]


def test_a_sentence_opening_with_an_earlier_day_is_another_impact() -> None:
    text = (
        "Russia attacked Kyiv overnight. Two people were injured in Kyiv.\n\nOn June 10, Russia launched 315 "
        "drones and seven missiles at Ukraine, killing two people in Kyiv."
    )
    assert impacts(run(text, "2025-06-12T09:00:00+03:00", lang="en")) == [
        (["UA-30"], None, None, 2),
        (["UA-30"], None, 2, None),
    ]


def test_a_sentence_opening_with_the_day_before_is_the_same_impact() -> None:
    text = (
        "Russia attacked Kyiv overnight. Two people were injured in Kyiv. On June 11, a woman died in Kyiv."
    )
    assert impacts(run(text, "2025-06-12T09:00:00+03:00", lang="en")) == [(["UA-30"], None, 1, 2)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Уламки впали на відкриту територію в Миколаївському районі, без наслідків.\n\nЗафіксовано влучання 24 "
            "ударних БпЛА на 12 локаціях.",
            "uk",
            [(["UA-48"], None, None, None), ([], 12, None, None)],
            id="uk",
        ),
        pytest.param(
            "Debris fell in Kyiv's Darnytskyi district, damaging a house.\n\nHits were recorded at 27 locations "
            "across the country, the air force said.",
            "en",
            [(["UA-30"], None, None, None), ([], 27, None, None)],
            id="en",
        ),
    ],
)
def test_sites_counted_in_a_paragraph_of_their_own_are_the_whole_attack_s(
    text: str, lang: str, expected: list[Any]
) -> None:
    assert impacts(run(text, "2025-06-12T09:00:00+03:00", lang=lang)) == expected


def test_a_toll_of_the_whole_country_is_no_region_s() -> None:
    text = (
        "In Kyiv Oblast, governor Mykola Kalashnyk reported four dead.\n\nA massive Russian attack on Ukraine "
        "overnight has killed at least 12 people, according to Ukrainian officials."
    )
    assert impacts(run(text, "2025-06-12T09:00:00+03:00", lang="en")) == [
        (["UA-32"], None, 4, None),
        ([], None, 12, None),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "При отражении атаки БПЛА обломки упали на территорию предприятия в Новороссийске. Пострадавших нет.",
            "ru",
            [(["RU-KDA"], None, None, 0)],
            id="ru-debris-while-repelling",
        ),
        pytest.param(
            "Під час відбиття атаки уламки дрона впали на приватний будинок у Броварах.",
            "uk",
            [(["UA-32"], None, None, None)],
            id="uk-debris-while-repelling",
        ),
        pytest.param(
            "Беспилотник попал в жилой дом в Брянске.", "ru", [(["RU-BRY"], None, None, None)], id="ru-hit"
        ),
        pytest.param(
            "Ворожий дрон влучив у котельню в Сумах, повідомили в міській раді.",
            "uk",
            [(["UA-59"], None, None, None)],
            id="uk-hit",
        ),
        pytest.param(
            "Над Брянской областью сбит беспилотник. Падения обломков не зафиксировано.",
            "ru",
            [],
            id="ru-no-debris",
        ),
        pytest.param(
            "Над Хмельниччиною знешкоджено ворожу крилату ракету. Падіння уламків не зафіксовано.",
            "uk",
            [],
            id="uk-no-debris",
        ),
        pytest.param(
            "Попытка атаки отражена, пострадавших и разрушений нет.", "ru", [], id="ru-attack-repelled"
        ),
    ],
)
def test_debris_while_repelling_hits_and_no_debris(text: str, lang: str, expected: list[Any]) -> None:
    assert impacts(run(text, "2025-06-12T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Над Тульской областью ночью отражена атака беспилотников: сбиты 2 БПЛА.",
            "ru",
            [(2, None, None, [("RU-TUL", 2)])],
            id="ru-attack-repelled-then-colon",
        ),
        pytest.param(
            "Вночі над Чернігівщиною відпрацювала ППО: знешкоджено шість ворожих «шахедів».",
            "uk",
            [(6, None, None, [("UA-74", 6)])],
            id="uk-air-defence-worked",
        ),
        pytest.param(
            "Over the Kursk region, air defences repelled an attack: 4 drones were destroyed.",
            "en",
            [(4, None, None, [("RU-KRS", 4)])],
            id="en-repelled-an-attack",
        ),
        pytest.param(
            "Над Подмосковьем ПВО приземлила 6 беспилотников.",
            "ru",
            [(6, None, None, [("RU-MOS", 6)])],
            id="ru-landed",
        ),
        pytest.param(
            "ПВО минуснула 6 беспилотников над Брянской областью.",
            "ru",
            [(6, None, None, [("RU-BRY", 6)])],
            id="ru-minused",
        ),
        pytest.param(
            "Russian forces had taken down 24 Ukrainian drones over the Bryansk region.",
            "en",
            [(24, None, None, [("RU-BRY", 24)])],
            id="en-taken-down",
        ),
        pytest.param(
            "Сили ППО знешкодили 31 ціль над Сумщиною.",
            "uk",
            [(31, None, None, [("UA-59", 31)])],
            id="uk-31-targets",
        ),
        pytest.param(
            "ПВО поразила 12 воздушных целей над Курской областью.",
            "ru",
            [(12, None, None, [("RU-KRS", 12)])],
            id="ru-hit-12-air-targets",
        ),
    ],
)
def test_repelled_attacks_and_more_downing_verbs(text: str, lang: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-06-12T09:00:00+03:00", lang=lang)) == expected


def test_a_strike_on_a_depot_is_no_interception() -> None:
    text = "ВСУ поразили нефтебазу в Брянской области."
    assert interceptions(run(text, "2025-06-12T09:00:00+03:00", lang="ru")) == []


def test_debris_of_a_drone_while_repelling_is_no_downing() -> None:
    text = "Во время отражения атаки обломки беспилотника упали на крышу дома в Анапе."
    extraction = run(text, "2025-06-12T09:00:00+03:00", lang="ru")
    assert interceptions(extraction) == []
    assert impacts(extraction) == [(["RU-KDA"], None, None, None)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "Уничтожены 45 украинских БПЛА:\n▪️ Брянская обл. — 17;\n▪️ Смоленская обл. — 28.",
            "ru",
            [(45, None, None, [("RU-BRY", 17), ("RU-SMO", 28)])],
            id="ru-lines",
        ),
        pytest.param(
            "Уночі збито 12 дронів: над Сумською обл. – 8, над Харківською обл. – 4.",
            "uk",
            [(12, None, None, [("UA-59", 8), ("UA-63", 4)])],
            id="uk-list",
        ),
    ],
)
def test_list_items_of_regions_with_their_noun_abbreviated(text: str, lang: str, expected: list[Row]) -> None:
    assert interceptions(run(text, "2025-06-12T09:00:00+03:00", lang=lang)) == expected


def test_one_person_injured_beside_a_count_of_homes() -> None:
    text = "Russia attacked Mykolaiv with drones, injuring a woman and damaging 14 homes."
    assert impacts(run(text, "2025-06-12T09:00:00+03:00", lang="en")) == [(["UA-48"], None, None, 1)]


def test_an_earlier_report_of_another_speaker_is_no_item_of_the_list_before() -> None:
    text = (
        "Над Брянской областью уничтожены 11 БПЛА, над Курской — 19, сообщили в Минобороны. Ранее губернатор "
        "Хинштейн сообщал, что над Курской областью сбиты 12 беспилотников."
    )
    assert interceptions(run(text, "2025-06-12T09:00:00+03:00", lang="ru")) == [
        (None, None, None, [("RU-BRY", 11), ("RU-KRS", 19)]),
        (12, None, None, [("RU-KRS", 12)]),
    ]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "A man died in hospital from wounds sustained in the strike on Sumy.",
            "en",
            [(["UA-59"], None, 1, None)],
            id="en-died-of-wounds",
        ),
        pytest.param(
            "Чоловік помер у лікарні від поранень, отриманих під час атаки на Суми.",
            "uk",
            [(["UA-59"], None, 1, None)],
            id="uk-died-of-wounds",
        ),
        pytest.param(
            "Мужчина скончался в больнице от ранений, полученных при атаке на Белгород.",
            "ru",
            [(["RU-BEL"], None, 1, None)],
            id="ru-died-of-wounds",
        ),
        pytest.param(
            "Уламки впали на чотири ділянки на Київщині.",
            "uk",
            [(["UA-32"], 4, None, None)],
            id="uk-four-plots",
        ),
        pytest.param(
            "В Подмосковье обломки беспилотника упали на четыре участка в Раменском округе. Никто не пострадал.",
            "ru",
            [(["RU-MOS"], 4, None, 0)],
            id="ru-four-plots",
        ),
        pytest.param(
            "Debris fell on four land plots in the Kyiv region.",
            "en",
            [(["UA-32"], 4, None, None)],
            id="en-plots",
        ),
    ],
)
def test_deaths_of_wounds_and_plots_counted_as_sites(text: str, lang: str, expected: list[Any]) -> None:
    assert impacts(run(text, "2025-06-12T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param(
            "У Краматорську загинула одна людина, у Слов'янську поранено чотирьох.",
            "uk",
            [(["UA-14"], None, 1, None), (["UA-14"], None, None, 4)],
            id="uk",
        ),
        pytest.param(
            "В Рыльске погиб водитель, в Льгове ранены двое.",
            "ru",
            [(["RU-KRS"], None, 1, None), (["RU-KRS"], None, None, 2)],
            id="ru",
        ),
        pytest.param(
            "Уламки впали у Краматорську, у Слов'янську пошкоджено будинок.",
            "uk",
            [(["UA-14"], None, None, None)],
            id="uk-damage-alone-stays-one",
        ),
    ],
)
def test_towns_of_one_region_with_tolls_of_their_own_in_one_sentence(
    text: str, lang: str, expected: list[Any]
) -> None:
    assert impacts(run(text, "2025-06-12T09:00:00+03:00", lang=lang)) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        pytest.param("У Сумах загиблих немає, поранені двоє.", "uk", [(["UA-59"], None, 0, 2)], id="uk"),
        pytest.param("В Брянске погибших нет, ранены двое.", "ru", [(["RU-BRY"], None, 0, 2)], id="ru"),
    ],
)
def test_the_place_of_a_denial_is_where_the_harm_told_after_it_happened(
    text: str, lang: str, expected: list[Any]
) -> None:
    assert impacts(run(text, "2025-06-12T09:00:00+03:00", lang=lang)) == expected
