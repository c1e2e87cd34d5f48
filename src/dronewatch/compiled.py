"""Which modules of the extraction path run compiled, and their source instead when the build is stale.

``make compile`` (``scripts/compile.py``) compiles the extraction path to C with mypyc, in place: each
module gets a C extension beside its ``.py`` file, which Python imports in preference to the source.
The build writes ``_compiled.json`` beside this module, with a hash of each compiled module's source.
When the package is imported, those hashes are compared with the sources as they are now. If any module
changed since the build, or ``DRONEWATCH_PURE_PYTHON`` is set to a non-empty value, every compiled
module is imported from its source instead: compiled modules call each other directly, so one stale
module makes the whole build stale. Output is the same either way; the compiled build is faster.

The dataclasses a document makes by the dozen (counts, places, quantities, sentences, claims) write
their ``__init__`` out. The one ``dataclasses`` would write stays interpreted Python in the compiled
build, and for a frozen class sets each field through ``object.__setattr__``; written in the class, it
is compiled with the rest, some thirty times faster. A test checks that each one takes the fields of
its class, in order, with their defaults.
"""

from __future__ import annotations

import hashlib
import importlib.abc
import importlib.machinery
import importlib.util
import json
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

__all__ = ["MANIFEST", "PURE_PYTHON", "Build", "read_build", "source_hash", "use_source_when_stale"]

# the build's record of what it compiled, beside this module
MANIFEST = "_compiled.json"
# set to a non-empty value, the compiled modules are not used
PURE_PYTHON = "DRONEWATCH_PURE_PYTHON"
_PACKAGE_DIR = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Build:
    """What the last ``make compile`` left, as the running process found it."""

    # the modules compiled, by name ("dronewatch.extract.context"), with their source files
    modules: Mapping[str, Path]
    # compiled modules whose source changed since the build
    stale: tuple[str, ...] = ()
    # ``DRONEWATCH_PURE_PYTHON`` was set
    forced_pure: bool = False
    # why the last build compiled nothing (no C compiler, no mypyc), if it said
    error: str | None = None

    @property
    def active(self) -> bool:
        """Whether the compiled modules are the ones imported."""
        return bool(self.modules) and not self.stale and not self.forced_pure

    def describe(self) -> str:
        """One line for people: whether the extractor runs compiled, and if not, why."""
        if self.active:
            return f"compiled with mypyc ({len(self.modules)} modules)"
        if self.forced_pure:
            return f"pure Python ({PURE_PYTHON} is set)"
        if self.stale:
            changed = len(self.stale)
            return f"pure Python ({changed} compiled modules changed since the build; run make compile)"
        if self.error:
            return f"pure Python (the last build compiled nothing: {self.error})"
        return "pure Python (run make compile to build the compiled extractor)"


def source_hash(path: Path) -> str:
    """The hash the build records for a source file."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_build(package_dir: Path = _PACKAGE_DIR, environ: Mapping[str, str] = os.environ) -> Build:
    """The build recorded in ``package_dir``'s manifest, checked against the sources there now. A missing
    or unreadable manifest is no build."""
    root = package_dir.parent
    try:
        record = json.loads((package_dir / MANIFEST).read_text(encoding="utf-8"))
        listed = record.get("modules") or {}
        error = record.get("error")
        modules = {str(name): root / str(entry["source"]) for name, entry in listed.items()}
        hashes = {str(name): str(entry["sha256"]) for name, entry in listed.items()}
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        return Build(modules={})
    stale = tuple(
        name for name, path in modules.items() if not path.is_file() or source_hash(path) != hashes[name]
    )
    return Build(
        modules=modules,
        stale=stale,
        forced_pure=bool(environ.get(PURE_PYTHON)),
        error=error if isinstance(error, str) else None,
    )


class _SourceFinder(importlib.abc.MetaPathFinder):
    """Finds the listed modules as their ``.py`` source, ahead of their compiled extensions."""

    def __init__(self, sources: Mapping[str, Path]) -> None:
        self.sources = dict(sources)

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> importlib.machinery.ModuleSpec | None:
        source = self.sources.get(fullname)
        if source is None:
            return None
        package = [str(source.parent)] if source.name == "__init__.py" else None
        return importlib.util.spec_from_file_location(fullname, source, submodule_search_locations=package)


def use_source_when_stale(build: Build | None = None) -> Build:
    """Import the compiled modules from their source from now on unless the build is active (current
    and not switched off). Called once, when the package is imported."""
    build = read_build() if build is None else build
    if build.modules and not build.active and not any(isinstance(f, _SourceFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _SourceFinder(build.modules))
    return build
