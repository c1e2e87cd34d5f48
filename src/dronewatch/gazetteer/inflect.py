"""Case forms of Russian and Ukrainian place names from regular noun and adjective endings.

Used when the gazetteer's tables are built (``build.py``), never while matching: the shipped table
already holds every form. The rules are the regular declensions, deliberately over-generating where a
name's gender or stress cannot be read off its spelling (a name in ``-ь`` gets both the masculine and
the feminine endings; ``Орёл`` gets both ``Орёла`` and ``Орла``). A spurious form costs nothing: it is
a capitalised word no text contains. A missing form costs a place, so the rules err on the side of more.

Phrases decline word by word in agreement (``Нижний Новгород`` → ``Нижнем Новгороде``). A word written
``=Крым`` stays as it is (``Республики Крым``); a hyphenated word declines by its parts
(``Ростов-на-Дону`` → ``Ростове-на-Дону``, ``Петропавловск-Камчатский`` → ``Петропавловске-Камчатском``).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import product
from typing import Literal

__all__ = ["CASES", "Lang", "adjective_cases", "adjective_forms", "inflect", "is_adjectival"]

Lang = Literal["ru", "uk"]
Key = tuple[str, str]  # (number, case): ("sg", "gen")
Table = dict[Key, list[str]]

CASES: tuple[str, ...] = ("nom", "gen", "dat", "acc", "ins", "loc")
VELAR = "кгх"
SIBILANT = "жшчщ"
VOWELS = "аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ"
APOSTROPHES = "'’ʼ"
# Words after which the rest of a hyphenated name stays as it is ("Ростов-на-Дону").
PARTICLES = frozenset({"на", "над", "под", "по", "при", "під"})

# The nouns that head region and sea names, with their full paradigms (singular and plural): the
# plural is what lists use ("Брянской и Курской областей").
_HEADS: dict[Lang, dict[str, tuple[str, str]]] = {
    # noun: (singular nom/gen/dat/acc/ins/loc, plural nom/gen/dat/acc/ins/loc); "|" separates variants
    "ru": {
        "область": (
            "область области области область областью области",
            "области областей областям области областями областях",
        ),
        "край": ("край края краю край краем крае|краю", "края краев|краёв краям края краями краях"),
        "округ": (
            "округ округа округу округ округом округе",
            "округа округов округам округа округами округах",
        ),
        "республика": (
            "республика республики республике республику республикой|республикою республике",
            "республики республик республикам республики республиками республиках",
        ),
        "море": ("море моря морю море морем море", "моря морей морям моря морями морях"),
        "регион": (
            "регион региона региону регион регионом регионе",
            "регионы регионов регионам регионы регионами регионах",
        ),
        "полуостров": (
            "полуостров полуострова полуострову полуостров полуостровом полуострове",
            "полуострова полуостровов полуостровам полуострова полуостровами полуостровах",
        ),
    },
    "uk": {
        "область": (
            "область області області область областю області",
            "області областей областям області областями областях",
        ),
        "край": ("край краю краю|краєві край краєм краї|краю", "краї країв краям краї краями краях"),
        "округ": (
            "округ округу округу|округові округ округом окрузі",
            "округи округів округам округи округами округах",
        ),
        "республіка": (
            "республіка республіки республіці республіку республікою республіці",
            "республіки республік республікам республіки республіками республіках",
        ),
        "море": ("море моря морю море морем морі", "моря морів морям моря морями морях"),
        "регіон": (
            "регіон регіону регіону регіон регіоном регіоні",
            "регіони регіонів регіонам регіони регіонами регіонах",
        ),
        "півострів": (
            "півострів півострова півострову півострів півостровом півострові",
            "півострови півостровів півостровам півострови півостровами півостровах",
        ),
    },
}

# Adjective endings: (singular nom gen dat acc ins loc, plural ...) after the stem.
_RU_ADJ: dict[str, tuple[str, str]] = {
    "ая": ("ая ой ой ую ой|ою ой", "ые ых ым ые ыми ых"),
    "яя": ("яя ей ей юю ей|ею ей", "ие их им ие ими их"),
    "ый": ("ый ого ому ый ым ом", "ые ых ым ые ыми ых"),
    "ой": ("ой ого ому ой ым ом", "ые ых ым ые ыми ых"),
    "ий": ("ий его ему ий им ем", "ие их им ие ими их"),  # soft: "Нижний" → "Нижнего"
    "ое": ("ое ого ому ое ым ом", "ые ых ым ые ыми ых"),
    "ее": ("ее его ему ее им ем", "ие их им ие ими их"),
    "ые": ("", "ые ых ым ые ыми ых"),
    "ие": ("", "ие их им ие ими их"),
}
# "-кий" is hard ("Краснодарского"); after ж, ш, ч, щ both spellings occur ("Горячего", "Большого").
_RU_ADJ_HARD_II = ("ий ого ому ий им ом", "ие их им ие ими их")
_RU_ADJ_SIBILANT_II = ("ий его|ого ему|ому ий им ем|ом", "ие их им ие ими их")
_UK_ADJ: dict[str, tuple[str, str]] = {
    "а": ("а ої ій у ою ій", "і их им і ими их"),
    "я": ("я ьої ій ю ьою ій", "і іх ім і іми іх"),
    "ий": ("ий ого ому ий им ому|ім", "і их им і ими их"),
    "ій": ("ій ього ьому ій ім ьому|ім", "і іх ім і іми іх"),
    "е": ("е ого ому е им ому|ім", "і их им і ими их"),
    # a plural name's adjective may be hard ("Нові" → "Нових") or soft ("Горішні" → "Горішніх"): both
    "і": ("", "і их|іх им|ім і ими|іми их|іх"),
}


def inflect(name: str, lang: Lang) -> list[str]:
    """Every case form of ``name`` in ``lang``, the nominative first, without duplicates.

    A name headed by a region or sea noun (``Брянская область``) also gets its adjectives in the
    singular before the plural noun, as lists write them (``Брянской областей``).
    """
    words = name.split()
    tables = [_word(w, lang, i, len(words)) for i, w in enumerate(words)]
    forms = [" ".join(w.lstrip("=") for w in words)]
    forms += _agree(tables, words)
    head = words[-1].lower() if words else ""
    if len(words) > 1 and head in _HEADS[lang]:
        plural_head = [f for v in _paradigm(words[-1], _HEADS[lang][head][1], "pl").values() for f in v]
        modifiers = tables[:-1]
        for key in [("sg", c) for c in CASES if c != "acc"]:
            if all(t is None or key in t for t in modifiers):
                firsts = [
                    t[key] if t is not None else [w.lstrip("=")]
                    for t, w in zip(modifiers, words, strict=False)
                ]
                forms += [" ".join(combo) for combo in product(*firsts, _unique(plural_head))]
    return _unique(forms)


def adjective_forms(adjective: str, lang: Lang) -> list[str]:
    """Every gender, number and case of an adjective ("Брянская" → "брянский", "Брянском", "Брянские"
    …), cased like it: a region's adjective as texts use it alone ("в белгородском селе")."""
    low = adjective.lower()
    endings = ("ая", "яя", "ий", "ый", "ой", "ое", "ее") if lang == "ru" else ("а", "ий", "е")
    ending = next((e for e in endings if low.endswith(e)), None)
    if ending is None:
        return [adjective]
    stem = adjective[: -len(ending)]
    if lang == "ru":
        masculine = "ий" if stem[-1:].lower() in VELAR + SIBILANT or ending in ("ий", "яя", "ее") else "ый"
        nominatives = [stem + "ая", stem + masculine, stem + "ой", stem + "ое"]
    else:
        nominatives = [stem + "а", stem + "ий", stem + "е"]
    forms = [adjective]
    for nominative in nominatives:
        table = _adjective(nominative, lang, final=False)
        forms += [f for cell in (table or {}).values() for f in cell]
    return _unique(forms)


def adjective_cases(adjective: str, lang: Lang, *, feminine: bool) -> list[str]:
    """The singular case forms of an adjective in one gender, whatever gender it is written in
    ("Каменский" → "Каменского", "Каменском" …; "Акимовский", feminine → "Акимовская", "Акимовской"
    …): a district's or hromada's adjective before its noun. Empty when it is no adjective."""
    low = adjective.lower()
    endings = (
        ("ая", "яя", "ий", "ый", "ой", "ое", "ее")
        if lang == "ru"
        else ("ська", "цька", "зька", "а", "я", "ий", "ій", "е")
    )
    ending = next((e for e in endings if low.endswith(e)), None)
    if ending is None:
        return []
    if lang == "uk" and ending in ("ська", "цька", "зька"):
        ending = "а"
    stem = adjective[: -len(ending)]
    soft = ending in ("яя", "ее", "я", "ій") or (lang == "ru" and ending == "ий" and stem[-1:].lower() == "н")
    if lang == "ru":
        if feminine:
            nominative = stem + ("яя" if soft else "ая")
        else:
            nominative = stem + ("ий" if soft or stem[-1:].lower() in VELAR + SIBILANT else "ый")
    else:
        nominative = stem + (("я" if soft else "а") if feminine else ("ій" if soft else "ий"))
    table = _adjective(nominative, lang, final=False)
    if table is None:
        return []
    return _unique(f for c in CASES for f in table.get(("sg", c), []))


def is_adjectival(name: str, lang: Lang) -> bool:
    """Whether a one-word name declines as an adjective ("Мирный", "Кам'янське", "Ленинградская")."""
    last = name.split("-")[-1]
    return " " not in name and _adjective(last, lang, final=True) is not None


def _unique(forms: Iterable[str]) -> list[str]:
    seen: dict[str, None] = {}
    for form in forms:
        seen.setdefault(form, None)
    return list(seen)


def _agree(tables: list[Table | None], words: list[str]) -> list[str]:
    """The forms of a phrase whose words agree in number and case."""
    declined = [t for t in tables if t is not None]
    if not declined:
        return []
    keys = [k for k in declined[0] if all(k in t for t in declined[1:])]
    forms = []
    for key in keys:
        options = [t[key] if t is not None else [w.lstrip("=")] for t, w in zip(tables, words, strict=True)]
        forms += [" ".join(combo) for combo in product(*options)]
    return forms


def _paradigm(word: str, endings: str, number: str) -> Table:
    """A table from a space-separated list of six whole forms (lowercase), cased like ``word``."""
    table: Table = {}
    for case, cell in zip(CASES, endings.split(), strict=True):
        table[(number, case)] = [_case_like(word, v) for v in cell.split("|")]
    return table


def _case_like(model: str, form: str) -> str:
    return form[:1].upper() + form[1:] if model[:1].isupper() else form


def _word(word: str, lang: Lang, index: int, count: int) -> Table | None:
    """The case table of one word of a name, or None when it does not decline."""
    if word.startswith("=") or not any(ch.isalpha() for ch in word):
        return None
    low = word.lower()
    if low in _HEADS[lang]:
        sg, pl = _HEADS[lang][low]
        return {**_paradigm(word, sg, "sg"), **_paradigm(word, pl, "pl")}
    if "-" in word:
        return _hyphenated(word, lang, index, count)
    final = index == count - 1
    adjective = _adjective(word, lang, final=final)
    if adjective is not None:
        return adjective
    if lang == "ru" and not final and low.endswith(("ов", "ев", "ёв", "ин", "ын")):
        return _suffixed(word, "", "", " а у  ым ом")  # possessive: "Сергиев Посад" → "Сергиевым Посадом"
    return _ru_noun(word) if lang == "ru" else _uk_noun(word)


def _hyphenated(word: str, lang: Lang, index: int, count: int) -> Table | None:
    parts = word.split("-")
    if any(p.lower() in PARTICLES for p in parts[1:]):
        first = _word(parts[0], lang, 0, 1)
        return _join(first, "-" + "-".join(parts[1:]), suffix=True)
    last = _word(parts[-1], lang, index, count)
    prefix = "-".join(parts[:-1]) + "-"
    adjective = _adjective(parts[-1], lang, final=True) is not None
    consonant = parts[0][-1:].lower() not in VOWELS + "-"
    first = _word(parts[0], lang, 0, 1) if adjective and consonant and len(parts) == 2 else None
    if last is not None and first is not None:
        # "Петропавловск-Камчатский" → "Петропавловске-Камчатском": both parts decline, agreeing
        table = {k: [f"{a}-{b}" for a in first.get(k, []) for b in forms] for k, forms in last.items()}
        return {k: v for k, v in table.items() if v} or _join(last, prefix, suffix=False)
    return _join(last, prefix, suffix=False)


def _join(table: Table | None, extra: str, *, suffix: bool) -> Table | None:
    if table is None:
        return None
    return {k: [f + extra if suffix else extra + f for f in forms] for k, forms in table.items()}


def _adjective(word: str, lang: Lang, *, final: bool) -> Table | None:
    low = word.lower()
    if lang == "ru":
        for ending, (sg, pl) in _RU_ADJ.items():
            if low.endswith(ending) and len(low) > len(ending) + 2 and not low.endswith(("ия", "ея")):
                if ending == "ий" and low[-3] in VELAR:
                    sg, pl = _RU_ADJ_HARD_II
                elif ending == "ий" and low[-3] in SIBILANT:
                    sg, pl = _RU_ADJ_SIBILANT_II
                return _adjective_table(word, ending, sg, pl, lang)
        return None
    ending = ""
    if low.endswith(("ий", "ій")):
        ending = low[-2:]
    elif low.endswith(("ська", "цька", "зька")) or (not final and low.endswith("а")):
        ending = "а"
    elif not final and low.endswith("ня"):
        ending = "я"
    elif low.endswith(("ське", "цьке", "зьке", "не", "ве")):
        ending = "е"  # neuter adjectives: "Кам'янське", "Рівне", "Вишневе" (not "Туапсе", "Гуляйполе")
    elif not final and low.endswith("і"):
        ending = "і"
    if not ending or len(low) <= len(ending) + 2:
        return None
    sg, pl = _UK_ADJ[ending]
    return _adjective_table(word, ending, sg, pl, lang)


def _adjective_table(word: str, ending: str, sg: str, pl: str, lang: Lang) -> Table:
    stem = word[: -len(ending)]
    table: Table = {}
    for number, cells in (("sg", sg), ("pl", pl)):
        if not cells:
            continue
        for case, cell in zip(CASES, cells.split(), strict=True):
            table[(number, case)] = [stem + _spell(stem, e, lang) for e in cell.split("|")]
    return table


def _spell(stem: str, ending: str, lang: Lang) -> str:
    """Russian spelling rule: no ы after к, г, х, ж, ш, ч, щ ("Морским", not "Морскым")."""
    if lang == "ru" and ending.startswith("ы") and stem[-1:].lower() in VELAR + SIBILANT:
        return "и" + ending[1:]
    return ending


def _suffixed(word: str, cut: str, stem_extra: str, endings: str, *, stems: Iterable[str] = ()) -> Table:
    """A singular table: nominative ``word``; other cases from each stem plus ``endings`` (six cells,
    space-separated, ``|`` between variants, empty cell = nominative)."""
    base = word[: len(word) - len(cut)] + stem_extra
    table: Table = {}
    cells = endings.split(" ")
    for case, cell in zip(CASES, cells, strict=True):
        if case in ("nom", "acc") and not cell:
            table[("sg", case)] = [word]
            continue
        forms = [s + e for s in (base, *stems) for e in cell.split("|")] if cell else [word]
        table[("sg", case)] = forms
    return table


def _plural(word: str, lang: Lang) -> Table:
    stem = word[:-1]
    gen = [stem, stem + ("ів" if lang == "uk" else "ов"), stem + ("ей" if lang == "ru" else "ів")]
    low = stem.lower()
    if low.endswith("к"):
        gen += [stem[:-1] + "ок", stem[:-1] + "ек"]
    if low.endswith("ц"):
        gen.append(stem[:-1] + "ец")
    if len(low) > 2 and low[-1] not in VOWELS and low[-2] not in VOWELS + "ьй":
        gen.append(stem[:-1] + "е" + stem[-1])  # fleeting vowel: "Лубни" → "Лубен"
    # a Ukrainian plural in -і declines soft: "Чернівці" → "Чернівцям", "Чернівцями", "у Чернівцях"; so
    # may a Russian one in -и after a consonant that can be soft ("Горишние Плавни" → "в Горишних Плавнях")
    soft = (lang == "uk" and word[-1:].lower() == "і") or (
        lang == "ru" and word[-1:].lower() == "и" and low[-1:] not in VELAR + SIBILANT + "ц"
    )
    return {
        ("pl", "nom"): [word],
        ("pl", "gen"): _unique(gen),
        ("pl", "dat"): [stem + "ам", *([stem + "ям"] if soft else [])],
        ("pl", "acc"): [word],
        ("pl", "ins"): [stem + "ами", *([stem + "ями"] if soft else [])],
        ("pl", "loc"): [stem + "ах", *([stem + "ях"] if soft else [])],
    }


def _ru_noun(word: str) -> Table | None:
    low = word.lower()
    last = low[-1:]
    if low.endswith(("ово", "ево", "ёво", "ино", "ыно")):
        table = {("sg", c): [word] for c in CASES}
        table[("sg", "loc")] = [word, word[:-1] + "е"]  # "в Иванове" beside "в Иваново"
        return table
    if low.endswith(("ье", "ьё")):
        return _suffixed(word, "е", "", " я ю  ем е")
    if last in "оеуюэ" or len(low) < 3:
        return None  # indeclinable: "Туапсе", "Кучино"
    if last in "ыи":
        return _plural(word, "ru")
    stem = word[:-1]
    if last == "а":
        gen = "и" if stem[-1:].lower() in VELAR + SIBILANT else "ы"
        ins = "ой|ей|ою" if stem[-1:].lower() in SIBILANT + "ц" else "ой|ою"
        return _suffixed(word, "а", "", f" {gen} е у {ins} е")
    if last == "я":
        if low.endswith("ия"):
            return _suffixed(word, "я", "", " и и ю ей|ею и")
        return _suffixed(word, "я", "", " и е ю ей|ею е")
    if last == "й":
        return _suffixed(word, "й", "", " я ю  ем е")
    if last == "ь":
        # a fleeting "о" before "вь": "Белая Церковь" → "Белой Церкви"
        fleeting = [word[:-3] + "в"] if low.endswith("овь") and len(low) > 4 else []
        table = _suffixed(word, "ь", "", " я|и ю|и  ем и|е", stems=fleeting)
        table[("sg", "ins")].append(word + "ю")  # feminine "Пермью"
        return table
    if last in VOWELS:
        return None
    ins = "ом|ем" if last in SIBILANT + "ц" else "ом"
    return _suffixed(word, "", "", f" а у  {ins} е|у", stems=_ru_fleeting(word))


def _ru_fleeting(word: str) -> list[str]:
    low = word.lower()
    if len(low) < 4:
        return []
    if low.endswith(("ок", "ёк", "ек")):
        return [word[:-2] + "к"]  # "Торжок" → "Торжка"
    if low.endswith("ец"):
        return [word[:-2] + ("ьц" if low[-3] == "л" else "ц")]  # "Елец" → "Ельца", "Череповец" → "Череповца"
    if low.endswith(("ёл", "ел")):
        return [word[:-2] + "л"]  # "Орёл" → "Орла"
    return []


def _uk_alternate(stem: str) -> str:
    """The stem before the dative/locative -і: к → ц, г → з, х → с ("Кременчук" → "Кременчуці")."""
    swap = {"к": "ц", "г": "з", "х": "с", "К": "Ц", "Г": "З", "Х": "С"}
    return stem[:-1] + swap.get(stem[-1:], stem[-1:])


def _uk_noun(word: str) -> Table | None:
    low = word.lower()
    last = low[-1:]
    if len(low) < 3:
        return None
    stem = word[:-1]
    if last in "иі":
        return _plural(word, "uk")
    if last == "а":
        gen = "і" if stem[-1:].lower() in SIBILANT else "и"
        ins = "ею" if stem[-1:].lower() in SIBILANT + "ц" else "ою"
        table = _suffixed(word, "а", "", f" {gen}  у {ins} ")
        table[("sg", "dat")] = table[("sg", "loc")] = _unique([_uk_alternate(stem) + "і", stem + "і"])
        return table
    if last == "я":
        before = low[-2:-1]
        if before in APOSTROPHES:
            return _suffixed(word, "я", "", " я ю я ям ї")  # "Придністров'я"
        if len(low) > 3 and before == low[-3:-2] and before not in VOWELS:
            return _suffixed(word, "я", "", " я ю я ям і")  # "Запоріжжя" → "Запоріжжі"
        if before in VOWELS:
            return _suffixed(word, "я", "", " ї ї ю єю ї")
        return _suffixed(word, "я", "", " і і ю ею і")
    if last == "о":
        table = _suffixed(word, "о", "", " а у  ом у")
        table[("sg", "loc")] = _unique([_uk_alternate(stem) + "і", stem + "у"])
        return table
    if low.endswith("поле"):
        return _suffixed(word, "е", "", " я ю  ем і")  # "Гуляйполе" → "Гуляйполі"
    if last == "й":
        return _suffixed(word, "й", "", " я|ю ю|єві  єм ї")
    if last == "ь":
        stems = []
        if low.endswith("іль"):
            stems.append(word[:-3] + "ол")  # "Тернопіль" → "Тернополя"
        if low.endswith("інь"):
            stems.append(word[:-3] + "ен")  # "Ірпінь" → "Ірпеня"
        if low.endswith("ець") and len(low) > 4:
            stems.append(word[:-3] + "ц")  # "Марганець" → "Марганця", "у Марганці"
        table = _suffixed(word, "ь", "", " я ю|еві  ем і", stems=stems)
        # and as a feminine noun: "Умань" → "Умані", "над Уманню", "Волинь" → "над Волинню"
        table[("sg", "gen")].append(stem + "і")
        table[("sg", "ins")].append(stem + stem[-1] + "ю")
        return table
    if last in VOWELS or last in APOSTROPHES:
        return None
    stems = []
    if low.endswith("ів") and low[-3:-2] in SIBILANT:
        stems.append(word[:-2] + "ев")  # "Коростишів" → "Коростишева", "у Коростишеві"
    elif low.endswith(("ів", "іг")):
        stems.append(word[:-2] + "о" + word[-1])  # "Харків" → "Харкова", "Ріг" → "Рогу"
    elif low.endswith("їв"):
        stems.append(word[:-2] + "єв")  # "Київ" → "Києва"
    ins = "ом|ем" if last in SIBILANT + "ц" else "ом"
    table = _suffixed(word, "", "", f" а|у у|ові  {ins} у|ові", stems=stems)
    table[("sg", "loc")] += [_uk_alternate(s) + "і" for s in (word, *stems)]
    return table
