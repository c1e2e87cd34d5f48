"""When a form found in running text names a place: case, context and list rules of the gazetteer.

Each rule answers for one sense of one form (a region, a sea, a settlement, a bare region adjective)
and looks only at the words next to it, so that matching stays a dictionary walk over the words.
"""

from __future__ import annotations

import re
from typing import Final

from dronewatch.lang import word_starts

__all__ = [
    "CITY_DISTRICT",
    "MAX_ENDING",
    "OPENING_QUOTES",
    "SETTLEMENT",
    "UNIT_PLURALS",
    "Sense",
    "accepts",
    "district_head",
    "district_list",
    "fold",
    "list_member",
    "listed_unit_noun",
    "region_adjective",
    "tokens",
    "tokens_of_words",
]

SETTLEMENT: Final = 2  # the tier of settlement senses (see ``table.TIERS``)
# The longest ending the table stores after a settlement stem ("Брянськ|ькові"): lookups of a word
# try only stems this much shorter than it.
MAX_ENDING: Final = 5
# The English name of a city district ends with its city: "Darnytskyi District, Kyiv".
CITY_DISTRICT: Final = " District, "


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A word: letters and digits, with hyphens and apostrophes inside ("Ростов-на-Дону", "Кам'янське"),
# but not an English possessive ("Krasnodar Krai's" is "Krasnodar Krai" and "'s").
TOKEN: Final = re.compile(r"\w+(?:(?:-|['’ʼ](?!s\b))\w+)*")

# Words after which an adjectival or surname-like settlement name is a place ("в Мирном", "под
# Чеховом", "станица Полтавская"): prepositions of place and the words for kinds of settlement (also
# abbreviated: "г.", "пос.", "с.", "м.", "смт").
CONTEXT_WORDS: Final = _words(
    """в во у под над из около возле близ вблизи до от к ко за через на по с со между рядом рн
    город города городе городу городом г гор поселок поселка поселке поселку поселком пос п пгт рп
    село села селе селу селом с станица станицы станице станицу ст деревня деревни деревне деревню д
    хутор хутора хуторе х аул аула ауле микрорайон микрорайоне мкр нп аэродром аэродрома аэродроме
    аэропорт аэропорта аэропорту аеродром аеродрому аеродромі аеропорт аеропорту airfield airbase
    з із зі біля поблизу від під між коло місто міста місті містом м селище селища селищі смт сел
    районе районі окрестностях окраине околицях околиці окраїні центр центра центре центру центрі
    in near over at outside from to of into around towards town city village settlement"""
)
# Words after a name that make it a place as surely as a preposition before it: the site it names
# ("the Engels airbase", "the Engels oil depot").
CONTEXT_AFTER: Final = _words("""airbase airfield air refinery oil depot port airport terminal""")
# Words before a settlement name that make it a street, square or person's name ("улица Гагарина",
# "проспект Кирова", "имени Чкалова").
STREET_BEFORE: Final = _words(
    """улица улицы улице улицу ул проспект проспекта проспекте пр просп переулок переулке пер площадь
    площади пл бульвар бульваре б-р шоссе набережная набережной наб имени им памятник памятника
    вулиця вулиці вулицю вул провулок провулку майдан майдані площа площі імені ім пам'ятник
    street avenue square"""
)
# Words after a settlement-like name that make it a district, a street or an institution ("Октябрьский
# район", "Московский проспект", "Курская АЭС", "Стародубском муниципальном округе", "Покровского
# направления", "Южном федеральном округе"): whole words, and beginnings of words.
STREET_AFTER: Final = _words(
    """улица улице улицу проспект проспекте проспекта шоссе бульвар переулок площадь площади мост моста
    вокзал вокзала аэс аэропорт аэропорта флот флота фронт фронта полк полка батальон батальона
    бригада бригады дивизия дивизии ул пр
    вулиця вулиці проспект проспекту шосе провулок міст мосту вокзал вокзалу аес
    аеропорт аеропорту флоту фронту полку батальйону бригади дивізії district street avenue"""
)
DISTRICT_AFTER: Final = (
    "район",
    "округ",
    "муниципальн",
    "городск",
    "сельск",
    "поселени",
    "направлени",
    "федеральн",
    "територіальн",
    "громад",
    "міськ",
    "сільськ",
    "селищн",
    "напрям",
    "муніципальн",
)
# A name in a list closed by a district noun is a district: "в Крымском и Красноармейском районах".
DISTRICT_LIST: Final = re.compile(
    r"(?:(?:\s*,\s*(?:(?:и|та|і|й)\s+)?|\s+(?:и|та|і|й)\s+)[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]*)+\s+"
    r"(?i:район(?:ах|ов|ам|ами|ы|ів|и)|округ(?:ах|ов|ам|ами|и|ів)|громад(?:ах|ами|ам|и)?)(?!\w)"
)
# How a word ends when it may be an adjective ("Крымском", "Дніпровському", "Покровська" before "громади").
ADJECTIVE_ENDINGS: Final = tuple(
    sorted(_words("ом ем ой ей ого его ому ему ым им ий ый ое ая ім ій ої ою ька"))
)
# Words after a region adjective that make it the region ("в белгородском селе", "курский
# губернатор", "в брянском приграничье", "голова Сумської ОВА", "у Сумській обл.": the oblast
# abbreviated); "по московскому времени" stays a time.
REGION_NOUNS: Final = _words(
    """село села селе селу селом сел селах поселок посёлок поселка посёлка поселке посёлке поселку
    поселков поселках город города городе городу городом городах хутор хутора хуторе хуторах
    станица станицы станице станицу деревня деревни деревне деревню деревнях аул ауле пгт
    губернатор губернатора губернатору губернатором власти властей приграничье приграничья
    приграничью приграничьем регион региона регионе
    селі селище селища селищі місто міста місті містом губернатора влада влади прикордоння
    прикордонні регіон регіону регіоні
    областной областная областную областном областного областному областные областных обласна
    обласної обласній обласну обласного обласному обласні обласних
    ова ода облдержадміністрації облдержадміністрація облдержадміністрацією
    обл"""
)
# Words for a plant after a region adjective that make it the region ("Саратовский НПЗ", "Рязанський
# НПЗ") — except the oblasts around a city of their own, whose adjective is the city's plant's
# ("Московский НПЗ" is in Moscow, "Київська ТЕЦ" in Kyiv): those are left unresolved.
FACILITY_NOUNS: Final = _words(
    """нпз нефтезавод нефтезавода нефтезаводе нефтезаводу нефтебаза нефтебазы нефтебазе нефтебазу
    нафтозавод нафтозаводу нафтозаводі нафтобаза нафтобази нафтобазі нафтобазу тэц грэс тэс тец грес тес"""
)
CITY_ADJECTIVES: Final = ("москов", "київськ", "киевск", "ленинградск", "петербург")
OPENING_QUOTES: Final = "«\"„“'‘"
_WORD: Final = r"[A-ZА-ЯЁІЇЄҐ][\w'’ʼ-]*"
_SEP: Final = r"(?:\s*,\s*(?:(?:и|та|і|й)\s+)?|\s+(?:и|та|і|й|а\s+также|а\s+також)\s+)"
# The plural noun that closes a list of bare region adjectives ("Белгородской, Брянской областей").
_PLURALS: Final = {
    "o": r"област(?:ей|ях|ям|ями|и|і)",
    "k": r"(?:кра(?:ев|ёв|ях|ям|ями|я|ї)|країв)",
    "s": r"мор(?:ей|ях|ям|ями|я|ів)",
    "r": r"республ(?:и|і)к(?:ами|ах|ам|и)?",
}
# A count in brackets may follow each adjective ("Брянской (15), Курской (11) и Орловской (6) областей").
_BRACKETED: Final = r"(?:\s*\(\s*\d+\s*\))?"
LIST_BEFORE_NOUN: Final = {
    c: re.compile(rf"{_BRACKETED}(?:{_SEP}{_WORD}{_BRACKETED})+\s+(?i:{noun})(?![\w])")
    for c, noun in _PLURALS.items()
}
# The last adjective of such a list, its count in brackets between it and the noun.
LAST_BEFORE_NOUN: Final = {
    c: re.compile(rf"\s*\(\s*\d+\s*\)\s+(?i:{noun})(?![\w])") for c, noun in _PLURALS.items()
}
# A list of places each with its count, the noun after the last ("7 над Сумською та 5 над Харківською
# областями", "Курской – 7, Брянской – 5 областей", "20 — над Брянською, 15 — над Курською областю"):
# past the adjective's own count, items of a count, a preposition and an adjective, then the noun.
_ITEM_COUNT: Final = r"(?:\s*[—–-]\s*\d+)?"
_COUNTED_ITEM: Final = rf"(?:\d+\s*[—–-]?\s*)?(?:(?:над|в|во|у|на|по)\s+)?{_WORD}{_ITEM_COUNT}"
_LAST_NOUNS: Final = {**_PLURALS, "o": _PLURALS["o"] + r"|област(?:ью|ю)"}
COUNTED_BEFORE_NOUN: Final = {
    c: re.compile(rf"{_ITEM_COUNT}(?:{_SEP}{_COUNTED_ITEM})+\s+(?i:{noun})(?![\w])")
    for c, noun in _LAST_NOUNS.items()
}
# What may follow a bare adjective that continues a list ("над Курской областью, 27 — над Липецкой,
# 18 — в Орловской"): the end, punctuation, a number, a conjunction or a preposition; never a noun
# ("Московской думы", "Курской АЭС").
LIST_CONTINUES: Final = re.compile(
    r"\s*(?:$|[,.;:!?)»\"\]—–-]|\d|(?:и|та|і|й|а|также|також|над|в|во|у|на|по|из|с|з|із|від|от)(?![\w]))"
)

# A Latin name in a list closed by a plural noun of a unit names the unit, not a town: "in Kharkiv,
# Poltava, Sumy and Kyiv oblasts", "over the Bryansk, Kursk and Belgorod regions", "the city's Kyivskyi
# and Shevchenkivskyi districts" (the last name and the noun are a form of the table themselves). By
# plural, the singular noun the table's forms end with.
UNIT_PLURALS: Final = {
    "oblasts": "oblast",
    "regions": "region",
    "provinces": "province",
    "districts": "district",
}
_LATIN_NAME: Final = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?"
# "Kyiv (8), Vinnytsia (4), and Zhytomyr (3) oblasts": each name may have its count in brackets.
_COUNTED: Final = r"(?:\s*\(\s*\d+\s*\))?"
NAME_LIST_BEFORE_NOUN: Final = re.compile(
    rf"{_COUNTED}(?:(?:\s*,\s*(?:the\s+)?{_LATIN_NAME}{_COUNTED})*\s*,?\s+(?:and|&)\s+{_LATIN_NAME}{_COUNTED})?"
    rf"\s+(?i:({'|'.join(UNIT_PLURALS)}))(?!\w)"
)


def listed_unit_noun(text: str, end: int, stop: int) -> str | None:
    """The singular of the plural noun that closes a list of Latin names one of which ends at ``end``
    ("oblast" for "Kharkiv, Poltava and Kyiv oblasts"), if any."""
    found = NAME_LIST_BEFORE_NOUN.match(text, end, stop)
    return None if found is None else UNIT_PLURALS[found.group(1).lower()]


# The nouns an admin-2 adjective stands before, by kind ("d": район, округ; "h": громада), in the
# singular cases texts use ("в Почепском районе", "Раменского городского округа", "у Бучанському
# районі", "Вишгородська міська громада"), and the words that may come between ("муниципальном",
# "городского", "міської", "территориальной"). Plurals ("в Крымском и Красноармейском районах") stay
# lists of districts, not places.
DISTRICT_NOUNS: Final = {
    "d": _words(
        "район района району районом районе округ округа округу округом округе окрузі районі районові"
        " district raion"
    ),
    "h": _words(
        "громада громади громаді громаду громадою громады громаде громадой громадою hromada community"
    ),
}
DISTRICT_MODIFIERS: Final = {
    "d": _words(
        """муниципальный муниципального муниципальному муниципальным муниципальном городской городского
        городскому городским городском"""
    ),
    "h": _words(
        """міська міської міській міську міською селищна селищної селищній селищну селищною сільська
        сільської сільській сільську сільською територіальна територіальної територіальній
        територіальну територіальною об'єднана об'єднаної об'єднаній об'єднану об'єднаною
        городская городской городскую городскою поселковая поселковой поселковую поселковою сельская
        сельской сельскую сельскою территориальная территориальной территориальную территориальною
        объединенная объединенной объединенную объединенною territorial urban rural settlement village"""
    ),
}


def district_head(kind: str, text: str, spans: list[tuple[int, int]], keys: list[str], i: int) -> int:
    """How many words after word ``i`` name a unit of ``kind`` ("районе", "городского округа", "міська
    громада"), with only white space between them, or 0."""
    nouns, modifiers = DISTRICT_NOUNS[kind], DISTRICT_MODIFIERS[kind]
    for j in range(i + 1, min(i + 4, len(keys))):
        if not text[spans[j - 1][1] : spans[j][0]].isspace():
            return 0
        if keys[j] in nouns:
            return j - i
        if keys[j] not in modifiers:
            return 0
    return 0


class Sense:
    """One place a form may name: the entry's index, the form's flags (see ``build.py``), the exact
    spelling when case matters, and the sort key (tier, -population, index)."""

    __slots__ = ("entry", "exact", "flags", "order")

    def __init__(self, entry: int, flags: str, exact: str | None, order: tuple[int, int, int]) -> None:
        self.entry = entry
        self.flags = flags
        self.exact = exact
        self.order = order

    @property
    def needs(self) -> str | None:
        """What running text must show for this sense, in words (see ``Candidate``)."""
        if "L" in self.flags:
            return "list"
        if "p" in self.flags:
            return "preposition"
        return {"x": "exact case", "c": "capital"}.get(self.flags[1])


def fold(name: str) -> str:
    """The matching key of a name: lower case, ё as е, one apostrophe, single spaces."""
    return " ".join(name.lower().replace("ё", "е").replace("’", "'").replace("ʼ", "'").split())


def tokens(text: str, folded: str, start: int, stop: int) -> tuple[list[tuple[int, int]], list[str]]:
    """The ``[start, end)`` spans of the words of ``text[start:stop]`` and their folded forms, given
    ``folded``, the text folded as by ``lang.fold_word``."""
    if len(folded) != len(text):  # a letter whose lower case is longer ("İ"): fold word by word
        spans = [m.span() for m in TOKEN.finditer(text, start, stop)]
        return spans, [fold(text[a:b]) for a, b in spans]
    words: list[str] = TOKEN.findall(folded, start, stop)
    starts = word_starts(folded, words, start)
    return [(at, at + len(word)) for at, word in zip(starts, words, strict=True)], words


def tokens_of_words(
    folded: str, words: list[str], starts: list[int]
) -> tuple[list[tuple[int, int]], list[str]]:
    """``tokens`` of the whole of ``folded``, given its words as ``lang.TOKEN`` finds them (runs of
    letters, digits and apostrophes) and where each starts: the runs of word characters an
    apostrophe parts (but for "'s"), joined again where one apostrophe or hyphen stands between two,
    as ``TOKEN`` joins them, without a second pass of the regex engine over the text."""
    spans: list[tuple[int, int]] = []
    keys: list[str] = []
    # the token being read: where it starts and ends, and the word it is where it is one piece whole
    a = b = -1
    whole = ""
    for k in range(len(words)):  # (an index: the compiled build runs a zip through the iterator protocol)
        word, at = words[k], starts[k]
        pieces = [(at, word)]
        if "'" in word:
            pieces.clear()
            offset = at
            for part in word.split("'"):
                if part:
                    pieces.append((offset, part))
                offset += len(part) + 1
        for start, piece in pieces:
            if a >= 0 and start == b + 1 and (folded[b] == "-" or (folded[b] == "'" and piece != "s")):
                b = start + len(piece)
                whole = ""
                continue
            if a >= 0:
                spans.append((a, b))
                keys.append(whole or folded[a:b])
            a, b, whole = start, start + len(piece), piece
    if a >= 0:
        spans.append((a, b))
        keys.append(whole or folded[a:b])
    return spans, keys


def _plain(text: str) -> str:
    return " ".join(text.replace("ё", "е").replace("Ё", "Е").replace("’", "'").replace("ʼ", "'").split())


def _capitalised(surface: str) -> bool:
    """A capital first letter, and on every word of four letters or more ("Нижнем Новгороде")."""
    return surface[:1].isupper() and all(w[:1].isupper() for w in surface.split() if len(w) > 3)


def accepts(sense: Sense, surface: str, keys: list[str], i: int, n: int, quoted: bool = False) -> bool:
    """Whether the words ``keys[i:i+n]``, written ``surface`` in the text, name ``sense`` here;
    ``quoted``: an opening quote comes right before them (the name of a firm, a ship, a pipeline:
    «Дружба», "Азов")."""
    case = sense.flags[1]
    if case == "x" and _plain(surface) != _plain(sense.exact or ""):
        return False
    if case == "c" and not _capitalised(surface):
        return False
    before = keys[i - 1] if i > 0 else ""
    after = keys[i + n] if i + n < len(keys) else ""
    if "p" in sense.flags and before not in CONTEXT_WORDS and after not in CONTEXT_AFTER:
        return False
    street = before in STREET_BEFORE or after in STREET_AFTER or after.startswith(DISTRICT_AFTER)
    return not (sense.order[0] == SETTLEMENT and (quoted or street))


def district_list(surface: str, text: str, span: tuple[int, int], stop: int) -> bool:
    """Whether ``surface`` (at ``span``) looks like an adjective in a list of districts: the words after
    it continue one ("у Дніпровському, Дарницькому та Печерському районах"), or their noun opens it
    ("у трьох районах міста – Київському, Салтівському та Шевченківському"). A district then."""
    if not surface.endswith(ADJECTIVE_ENDINGS):
        return False
    start, end = span
    if DISTRICT_LIST.match(text, end, stop) is not None:
        return True
    return DISTRICTS_OPENED.search(text[max(0, start - DISTRICTS_OPENED_REACH) : start]) is not None


# The districts' noun opening their list, and the items of it so far, right before a name: "районах міста
# – Київському, ", "районах города: ".
DISTRICTS_OPENED: Final = re.compile(
    rf"(?i:район(?:ах|ів|и|ы|ов|ам)|округ(?:ах|ів|и|а|ов))(?:\s+(?i:міста|города))?\s*[–—:-]\s*"
    rf"(?:{_WORD}{_SEP})*$"
)
# How far before a name its list's opening noun may stand.
DISTRICTS_OPENED_REACH: Final = 160


def region_adjective(sense: Sense, surface: str, after: str, where: tuple[str, int, int, set[str]]) -> bool:
    """Whether a bare region adjective (a sense flagged ``L``) names its region here: before a word for
    a settlement or the region's people ("в белгородском селе", "курский губернатор"), or capitalised
    in a list of regions (``list_member``; ``where`` = text, end of the adjective, end of the window,
    kinds of region named in full so far)."""
    if after in REGION_NOUNS:
        return True
    if after in FACILITY_NOUNS:
        return not surface.lower().startswith(CITY_ADJECTIVES)
    text, end, stop, named = where
    kind = sense.flags[sense.flags.index("L") + 1]
    agrees = surface.lower().endswith(AGREEING_ENDINGS[kind])
    return surface[:1].isupper() and agrees and list_member(kind, text, end, stop, named)


# The endings of a bare region adjective that agree with the noun it stands for: feminine for an
# oblast ("над Брянской", "у Сумській") and a republic, masculine for a krai, neuter for a sea. "над
# Брянском" is the city of Bryansk, not the oblast.
AGREEING_ENDINGS: Final = {
    "o": ("ой", "ую", "ая", "ою", "ей", "ій", "ої", "у", "а"),
    "k": ("ий", "ый", "ой", "ого", "ому", "ом", "им", "ім", "ым"),
    "s": ("ое", "ого", "ому", "ом", "им", "ым", "е", "ім"),
    "r": ("ой", "ую", "ая", "ою", "ей", "ій", "ої", "у", "а"),
}


def list_member(kind: str, text: str, end: int, stop: int, named: set[str]) -> bool:
    """Whether a bare region adjective of ``kind`` ending at ``end`` is a member of a list of regions:
    followed by more adjectives and the plural noun ("Белгородской, Брянской областей"; "7 над Сумською
    та 5 над Харківською областями", with their counts), or, after a
    region of that kind named in full (``named``), followed by nothing that makes it an ordinary
    adjective ("… над Курской областью, 27 — над Липецкой")."""
    if (
        LIST_BEFORE_NOUN[kind].match(text, end, stop)
        or LAST_BEFORE_NOUN[kind].match(text, end, stop)
        or COUNTED_BEFORE_NOUN[kind].match(text, end, stop)
    ):
        return True
    return kind in named and LIST_CONTINUES.match(text, end, stop) is not None
