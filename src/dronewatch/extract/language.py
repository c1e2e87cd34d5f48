"""Which of English, Russian or Ukrainian a document is written in."""

from __future__ import annotations

import codecs
import re
from encodings import cp1251
from typing import Final

__all__ = ["detect_language"]

# Letters only one of the two Cyrillic languages uses.
_UKRAINIAN_LETTERS: Final = "іїєґІЇЄҐ"
_RUSSIAN_LETTERS: Final = "ыэъёЫЭЪЁ"
# Short, frequent words that only one of the two languages uses.
_UKRAINIAN: Final = (
    "що та як це від під які було його також області і й з із про вже після внаслідок повідомив повідомила"
    " збито збили збив збила знищено знищили атакував атакувала атакували вночі уночі ворог дронами"
    " безпілотники безпілотників поранено загинув загинула сили ворожий ворожу ворожі ворожих ворожого"
    " крилату крилаті крилатих знешкодили знешкоджено уражено уламки уламків уламками збитого збитих"
    " пошкоджено пошкодили будинку будинок"
)
_RUSSIAN: Final = (
    "что как это от под было его также области который и с из уже после сообщил сообщила"
    " сбито сбиты сбили сбил уничтожено уничтожены уничтожили атаковал атаковала атаковали ночью"
    " беспилотники беспилотников ранен ранены погиб погибла силы вражеский вражеских крылатую крылатые"
    " крылатых поражено обломки обломков обломками сбитого сбитых повреждено повреждены повредили"
)
_UKRAINIAN_WORDS: Final = frozenset(_UKRAINIAN.split())
_RUSSIAN_WORDS: Final = frozenset(_RUSSIAN.split())
# a word of both lists weighs for Ukrainian
_ONLY_RUSSIAN_WORDS: Final = _RUSSIAN_WORDS - _UKRAINIAN_WORDS
_WORD: Final = re.compile(r"\w+")
_LATIN: Final = re.compile(r"[a-zA-Z]+")
_LINKS: Final = re.compile(r"https?://\S+|[@#]\w+")
# How much of a document's opening decides its language; longer texts do not change their minds.
SAMPLE: Final = 4000
# Letters are counted in the opening encoded as Windows-1251, which gives each Cyrillic letter of the
# two languages a byte of its own (and drops what it cannot encode): a byte string is counted by
# deleting the bytes of a class and comparing lengths, with no regex and no scan per letter.
_ENCODING: Final = "cp1251"
# (its table, used directly: ``str.encode`` would look the codec up and run its Python wrapper each time)
_ENCODING_TABLE: Final = cp1251.encoding_table
_CYRILLIC_BYTES: Final = (
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ" + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯІЇЄҐ"
).encode(_ENCODING)
_UKRAINIAN_BYTES: Final = _UKRAINIAN_LETTERS.encode(_ENCODING)
_RUSSIAN_BYTES: Final = _RUSSIAN_LETTERS.encode(_ENCODING)


def detect_language(text: str) -> str:
    """``en``, ``ru`` or ``uk`` by script, then by letters and words only one language uses.

    Links, hashtags and markup are Latin in every language, so a document with a fair share of
    Cyrillic letters is Russian or Ukrainian; between those two, і ї є ґ and words like "що" weigh
    for Ukrainian, ы э ъ ё and "что" for Russian.
    """
    sample = text[:SAMPLE]
    if sample.isascii():
        return "en"
    letters = codecs.charmap_encode(sample, "ignore", _ENCODING_TABLE)[0]
    cyrillic = _count(letters, _CYRILLIC_BYTES)
    if cyrillic == 0:
        return "en"
    # Latin letters are counted only where they could outweigh the Cyrillic ones
    if cyrillic < 20 or (len(sample) - cyrillic) // 2 > cyrillic:
        latin = sum(map(len, _LATIN.findall(_LINKS.sub("", sample))))
        if cyrillic < max(20, latin // 2) and latin > cyrillic:
            return "en"
    uk = 2 * _count(letters, _UKRAINIAN_BYTES)
    ru = 2 * _count(letters, _RUSSIAN_BYTES)
    # the Ukrainian Air Force spells drones "БпЛА", Russian reports "БПЛА"
    uk += 3 * sample.count("БпЛА")
    for word in _words(sample.lower()):
        if word in _UKRAINIAN_WORDS:
            uk += 3
        elif word in _ONLY_RUSSIAN_WORDS:
            ru += 3
    return "uk" if uk > ru else "ru"


def _count(encoded: bytes, letters: bytes) -> int:
    """How many bytes of ``encoded`` are among ``letters``."""
    return len(encoded) - len(encoded.translate(None, letters))


def _words(text: str) -> list[str]:
    """The words of ``text`` (``\\w+``), found mostly without the regex engine: a run between spaces
    that is letters once the marks around it are stripped is one word, as "області," or "«що»"; the
    rest ("10-й", "5км") go through the pattern. (Every letter is a word character, and no mark is.)"""
    found: list[str] = []
    for chunk in text.split():
        if chunk.isalpha():
            found.append(chunk)
            continue
        core = chunk.strip(_MARKS)
        if core.isalpha():
            found.append(core)
        elif core:
            found.extend(_WORD.findall(core))
    return found


# Marks that stand around words: none of them is a word character.
_MARKS: Final = ".,;:!?()[]{}«»\"'“”„‘’—–-…*/"
