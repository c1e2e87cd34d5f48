#!/usr/bin/env python3
"""Compile the extraction path to C with mypyc, in place, or remove that build.

    python scripts/compile.py           # build (``make compile``); nothing to do when the build is current
    python scripts/compile.py --force   # build even so
    python scripts/compile.py --clean   # remove the compiled modules: pure Python again

The modules listed in MODULES are compiled by mypyc (from the mypy package, a test tool of the project)
into C extensions beside their sources in ``src/``, which Python imports in preference to the ``.py``
files. ``src/dronewatch/_compiled.json`` records a hash of each source; as soon as one of them changes,
the package imports every module from its source again (``dronewatch.compiled``) until the next build.

The output of the extractor is the same either way (a test compares the two on the labelled set); the
compiled build is faster. Where mypyc or a C compiler is missing, the build compiles nothing, says why,
records the reason in the manifest and exits 0: everything works, in pure Python.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "src"
sys.path.insert(0, str(SRC))

from dronewatch.compiled import MANIFEST, read_build, source_hash  # noqa: E402 - this checkout's package

PACKAGE = SRC / "dronewatch"
# The modules one document passes through in ``dronewatch extract``, from its text to its claims and
# findings. Not the intake (its parsers spend their time in lxml and json), the store, the CLI or the web
# layer, whose cost lies elsewhere.
MODULES = (
    "dronewatch/model.py",
    "dronewatch/lang/__init__.py",
    "dronewatch/gazetteer/__init__.py",
    "dronewatch/gazetteer/rules.py",
    "dronewatch/gazetteer/table.py",
    "dronewatch/extract/__init__.py",
    "dronewatch/extract/breakdown.py",
    "dronewatch/extract/casualties.py",
    "dronewatch/extract/context.py",
    "dronewatch/extract/draft.py",
    "dronewatch/extract/events.py",
    "dronewatch/extract/impacts.py",
    "dronewatch/extract/interceptions.py",
    "dronewatch/extract/language.py",
    "dronewatch/extract/launches.py",
    "dronewatch/extract/numbers.py",
    "dronewatch/extract/roles.py",
    "dronewatch/extract/segment.py",
    "dronewatch/extract/sourcing.py",
    "dronewatch/extract/tables.py",
    "dronewatch/extract/times.py",
    "dronewatch/checks.py",
    "dronewatch/pipeline.py",
)
# the library that compiled modules share, named by the build
GROUP = "dronewatch"


def module_name(source: str) -> str:
    """``dronewatch/extract/__init__.py`` -> ``dronewatch.extract``."""
    parts = source.removesuffix(".py").split("/")
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def compiled_files() -> list[Path]:
    """The C extensions a build left in ``src/``: every module's and the library they share."""
    return sorted([*PACKAGE.rglob("*.so"), *PACKAGE.rglob("*.pyd"), *SRC.glob(f"*{GROUP}__mypyc*")])


def extension_of(source: str) -> Path | None:
    """The C extension built from ``source`` (``context.cpython-311-x86_64-linux-gnu.so``), if any."""
    path = SRC / source
    built = [p for p in path.parent.glob(path.stem + ".*") if p.suffix in (".so", ".pyd")]
    return built[0] if built else None


def current() -> bool:
    """Whether the last build compiled every module of MODULES from the sources as they are now."""
    build = read_build(PACKAGE, environ={})
    names = {module_name(source) for source in MODULES}
    built = all(extension_of(source) is not None for source in MODULES)
    return set(build.modules) == names and not build.stale and built


def clean() -> int:
    """Remove every compiled module and the manifest; return how many files went."""
    files = compiled_files()
    for path in files:
        path.unlink()
    (PACKAGE / MANIFEST).unlink(missing_ok=True)
    return len(files)


@contextlib.contextmanager
def _inside(directory: Path) -> Iterator[None]:
    before = Path.cwd()
    os.chdir(directory)
    try:
        yield
    finally:
        os.chdir(before)


def build(work: Path) -> None:
    """Compile MODULES in place. Raises whatever mypyc or the C compiler raises."""
    from mypyc.build import mypycify
    from setuptools import setup  # type: ignore[import-untyped]  # no stubs; a build tool only here

    with _inside(SRC):
        extensions = mypycify(list(MODULES), opt_level="3", target_dir=str(work / "c"), group_name=GROUP)
        setup(
            name="dronewatch-compiled",
            ext_modules=extensions,
            script_args=["--quiet", "build_ext", "--inplace", "--build-temp", str(work / "temp")],
        )


def source_hashes() -> dict[str, str]:
    """The hash of each module's source, by its path under ``src/``."""
    return {source: source_hash(SRC / source) for source in MODULES}


def write_manifest(error: str | None, hashes: dict[str, str] | None = None) -> None:
    """Record the build: the hash of each source as it was when the build read it (``hashes``), so that
    a source edited while the build ran makes it stale; or why nothing was compiled (``error``)."""
    modules = (
        {}
        if error or hashes is None
        else {module_name(source): {"source": source, "sha256": digest} for source, digest in hashes.items()}
    )
    record = {"python": sys.version.split()[0], "modules": modules, "error": error}
    (PACKAGE / MANIFEST).write_text(json.dumps(record, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--clean", action="store_true", help="remove the compiled modules and stop")
    parser.add_argument("--force", action="store_true", help="build even when the build is current")
    args = parser.parse_args(argv)
    if not args.clean and not args.force and current():
        print("The compiled extractor is current: nothing to do.")
        return 0
    removed = clean()
    if args.clean:
        print(f"Removed {removed} compiled files; the extractor runs as pure Python.")
        return 0
    started = time.perf_counter()
    print(
        f"Compiling {len(MODULES)} modules of the extraction path with mypyc (about two minutes)", flush=True
    )
    work = Path(tempfile.mkdtemp(prefix="dronewatch-compile-"))
    hashes = source_hashes()  # before the build reads them: an edit during the build makes it stale
    try:
        build(work)
    except (Exception, SystemExit) as error:  # whatever fails, pure Python remains
        clean()
        reason = f"{type(error).__name__}: {error}".strip()
        write_manifest(reason)
        print(f"Compiled nothing ({reason}); the extractor runs as pure Python, about a third slower.")
        return 0
    finally:
        shutil.rmtree(work, ignore_errors=True)
    write_manifest(None, hashes)
    print(f"Compiled {len(MODULES)} modules in {time.perf_counter() - started:.0f} s.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
