"""`read`: walk the paths given, size-check and load each file, and hand it to its reader."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator, Sequence
from typing import BinaryIO

from dronewatch.intake._common import IntakeError, Reader, Rejected
from dronewatch.intake.guess import FORMATS, guess_format, guess_stdin_format
from dronewatch.intake.jsonl import read_jsonl
from dronewatch.intake.telegram import read_telegram
from dronewatch.intake.text import read_text
from dronewatch.model import Document

#: The default per-file size limit: a stray video or database dump in a directory is refused before
#: it is read into memory. A years-long channel export can be larger; the caller can raise it.
MAX_BYTES: int = 50 * 1024 * 1024

STDIN = "-"
STDIN_ORIGIN = "<stdin>"  # how documents and rejections from stdin name their origin


def read_html(data: bytes, origin: str) -> Iterator[Document | Rejected]:
    """The HTML reader, imported on first use: trafilatura takes a quarter of a second to import,
    which a command reading only text or JSON Lines should not pay."""
    from dronewatch.intake.html import read_html as reader

    return reader(data, origin)


def read_feed(data: bytes, origin: str) -> Iterator[Document | Rejected]:
    """The RSS/Atom reader, imported on first use (it needs feedparser and the HTML reader)."""
    from dronewatch.intake.feed import read_feed as reader

    return reader(data, origin)


_READERS: dict[str, Reader] = {
    "text": read_text,
    "markdown": read_text,  # Markdown is kept as written: its markup is part of the text spans index
    "html": read_html,
    "jsonl": read_jsonl,
    "telegram": read_telegram,
    "feed": read_feed,
}
_MB = 1024 * 1024
_CHUNK = _MB


def read(
    paths: Sequence[str],
    *,
    input_format: str = "auto",
    max_bytes: int = MAX_BYTES,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | Rejected]:
    """Read documents from files, directories and stdin.

    Directories are read recursively in sorted order, skipping hidden files and directories (names
    starting with ``.``), so the same tree always yields the same sequence. Bad input never raises:
    it yields a `Rejected` saying where and why, and reading goes on.

    Args:
        paths: Files, directories, and ``-`` for stdin, read in the order given.
        input_format: One of `FORMATS`; ``auto`` guesses each file's format from its extension and
            content, and stdin's from its content (JSON Lines or plain text).
        max_bytes: Files (and stdin) larger than this are rejected without being read.
        stdin: Where ``-`` reads from; ``sys.stdin.buffer`` when ``None``.

    Returns:
        An iterator of documents and rejections, in input order.

    Raises:
        IntakeError: At call time, for an unknown format, a limit below one byte, or a path that
            does not exist.
    """
    if input_format not in FORMATS:
        raise IntakeError(f"unknown input format {input_format!r}; choose one of {', '.join(FORMATS)}")
    if max_bytes < 1:
        raise IntakeError(f"max_bytes must be at least 1, not {max_bytes}")
    if isinstance(paths, str | bytes):
        raise IntakeError(f"paths must be a list of paths, not the single string {paths!r}")
    names = [os.fspath(path) for path in paths]  # a pathlib.Path slipped in still names its origin as text
    for name in names:
        if name != STDIN and not os.path.exists(name):
            raise IntakeError(f"no such file or directory: {name}")
    # Checks above run now, at the call; the reading below runs as the caller iterates.
    return _read_all(names, input_format, max_bytes, stdin)


def _read_all(
    paths: list[str], input_format: str, max_bytes: int, stdin: BinaryIO | None
) -> Iterator[Document | Rejected]:
    for path in paths:
        if path == STDIN:
            yield from _read_stdin(sys.stdin.buffer if stdin is None else stdin, input_format, max_bytes)
        elif os.path.isdir(path):
            for found, problem in _walk(path):
                if problem is not None:
                    yield Rejected(found, problem)
                else:
                    yield from _read_file(found, input_format, max_bytes)
        else:
            yield from _read_file(path, input_format, max_bytes)


def _walk(root: str) -> Iterator[tuple[str, str | None]]:
    """Files under ``root``, depth-first in name order, each with ``None`` or why it cannot be read."""
    # A stack, not recursion: directory depth is the user's to choose. Items: (path, is_dir, problem).
    stack: list[tuple[str, bool, str | None]] = [(root, True, None)]
    while stack:
        path, is_dir, problem = stack.pop()
        if not is_dir:
            yield path, problem
            continue
        try:
            with os.scandir(path) as listing:
                entries = sorted((entry for entry in listing if not entry.name.startswith(".")), key=_name)
        except OSError as err:
            yield path, f"the directory cannot be listed ({err.strerror}); check its permissions"
            continue
        # Reversed onto the stack so that the first name comes off first.
        stack.extend(_classify(entry) for entry in reversed(entries))


def _classify(entry: os.DirEntry[str]) -> tuple[str, bool, str | None]:
    try:
        if entry.is_dir(follow_symlinks=False):
            return entry.path, True, None
        if entry.is_dir():
            # Following links to directories can loop forever; the user can name the target instead.
            return entry.path, False, "a link to a directory is not followed; pass the directory itself"
        if entry.is_file():
            return entry.path, False, None
    except OSError as err:
        return entry.path, False, f"the file cannot be examined ({err.strerror}); check its permissions"
    # Opening a named pipe found in a directory would block until someone writes to it.
    return entry.path, False, "not a regular file (a pipe, socket or device), so it was not read"


def _name(entry: os.DirEntry[str]) -> str:
    return entry.name


def _read_file(path: str, input_format: str, max_bytes: int) -> Iterator[Document | Rejected]:
    try:
        with open(path, "rb") as handle:
            info = os.fstat(handle.fileno())
            # Refuse by size before reading: a stray multi-gigabyte file must not be loaded to be refused.
            if stat.S_ISREG(info.st_mode) and info.st_size > max_bytes:
                yield Rejected(path, _too_big(f"file is {_size(info.st_size)},", max_bytes))
                return
            data = _read_at_most(handle, max_bytes + 1)  # pipes have no size to check beforehand
    except OSError as err:
        yield Rejected(path, f"the file cannot be read ({err.strerror}); check that it is readable")
        return
    if len(data) > max_bytes:
        yield Rejected(path, _too_big("file is", max_bytes))
        return
    chosen = guess_format(path, data) if input_format == "auto" else input_format
    yield from _READERS[chosen](data, path)


def _read_stdin(source: BinaryIO, input_format: str, max_bytes: int) -> Iterator[Document | Rejected]:
    data = _read_at_most(source, max_bytes + 1)
    if len(data) > max_bytes:
        yield Rejected(STDIN_ORIGIN, _too_big("input is", max_bytes))
        return
    chosen = guess_stdin_format(data) if input_format == "auto" else input_format
    yield from _READERS[chosen](data, STDIN_ORIGIN)


def _read_at_most(source: BinaryIO, limit: int) -> bytes:
    """Up to ``limit`` bytes. In chunks: ``read(limit)`` allocates ``limit`` bytes up front, 50 MB
    for every small file (found by the memory test in tests/test_intake.py)."""
    chunks: list[bytes] = []
    total = 0
    while total < limit:
        chunk = source.read(min(_CHUNK, limit - total))
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
    return b"".join(chunks)


def _too_big(what: str, max_bytes: int) -> str:
    """ "file is 60 MB, over the 50 MB limit; …" or, when the size is unknown, "input is over the …"."""
    return f"{what} over the {_size(max_bytes)} limit; split it or pass a larger --max-bytes"


def _size(count: int) -> str:
    """A size for people: megabytes with one decimal, or bytes when under a tenth of a megabyte."""
    if count < _MB // 10:
        return f"{count} bytes"
    return f"{count / _MB:.1f}".removesuffix(".0") + " MB"
