"""The compiled extractor (``make compile``): the same output as the source, and the source whenever the
build is stale or switched off."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import dronewatch
import dronewatch.extract.context
from dronewatch.compiled import MANIFEST, PURE_PYTHON, Build, read_build, source_hash

ROOT = Path(__file__).resolve().parent.parent
LABELLED = ROOT / "tests" / "data" / "eval" / "gold-redistributable.jsonl"


def _package(tmp_path: Path, *, error: str | None = None) -> Path:
    """A package folder with one module and a manifest that records it as built."""
    package = tmp_path / "pkg"
    package.mkdir()
    source = package / "words.py"
    source.write_text("WORDS = 1\n", encoding="utf-8")
    modules = {} if error else {"pkg.words": {"source": "pkg/words.py", "sha256": source_hash(source)}}
    (package / MANIFEST).write_text(json.dumps({"modules": modules, "error": error}), encoding="utf-8")
    return package


def test_a_current_build_is_active(tmp_path: Path) -> None:
    build = read_build(_package(tmp_path), environ={})
    assert build.active
    assert build.modules == {"pkg.words": tmp_path / "pkg" / "words.py"}
    assert build.describe() == "compiled with mypyc (1 modules)"


def test_a_changed_source_makes_the_build_stale(tmp_path: Path) -> None:
    package = _package(tmp_path)
    (package / "words.py").write_text("WORDS = 2\n", encoding="utf-8")
    build = read_build(package, environ={})
    assert build.stale == ("pkg.words",)
    assert not build.active
    assert "run make compile" in build.describe()


def test_a_missing_source_makes_the_build_stale(tmp_path: Path) -> None:
    package = _package(tmp_path)
    (package / "words.py").unlink()
    assert read_build(package, environ={}).stale == ("pkg.words",)


def test_the_environment_switches_the_build_off(tmp_path: Path) -> None:
    build = read_build(_package(tmp_path), environ={PURE_PYTHON: "1"})
    assert build.forced_pure
    assert not build.active
    assert build.describe() == f"pure Python ({PURE_PYTHON} is set)"


@pytest.mark.parametrize(
    "manifest",
    [
        None,
        "{not json",
        '["a list"]',
        '{"modules": null}',
        '{"modules": {"pkg.words": {}}}',
        '{"modules": {"pkg.words": "words.py"}}',
        '{"modules": ["pkg.words"]}',
    ],
)
def test_no_readable_manifest_is_no_build(tmp_path: Path, manifest: str | None) -> None:
    if manifest is not None:
        (tmp_path / MANIFEST).write_text(manifest, encoding="utf-8")
    build = read_build(tmp_path, environ={})
    assert build == Build(modules={})
    assert build.describe() == "pure Python (run make compile to build the compiled extractor)"


def test_a_failed_build_says_why(tmp_path: Path) -> None:
    build = read_build(_package(tmp_path, error="CompileError: command 'gcc' failed"), environ={})
    assert not build.active
    assert (
        build.describe()
        == "pure Python (the last build compiled nothing: CompileError: command 'gcc' failed)"
    )


def test_this_checkout_runs_its_build_when_there_is_one() -> None:
    build = dronewatch.BUILD
    assert not build.stale, f"the compiled extractor is older than {build.stale}: run make compile"
    module = Path(dronewatch.extract.context.__file__ or "")
    assert (module.suffix == ".py") is not build.active


def _extract(path: Path, *, pure: bool) -> tuple[str, str]:
    env = {k: v for k, v in os.environ.items() if k != PURE_PYTHON}
    if pure:
        env[PURE_PYTHON] = "1"
    script = (
        "import dronewatch, dronewatch.extract.context as c, sys; "
        "print(dronewatch.BUILD.describe(), c.__file__, file=sys.stderr); "
        "from dronewatch.cli import main; main()"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, "extract", str(path)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    return done.stdout, done.stderr.splitlines()[0]


def test_the_compiled_and_the_source_extractor_give_the_same_output() -> None:
    pure, pure_said = _extract(LABELLED, pure=True)
    built, built_said = _extract(LABELLED, pure=False)
    assert pure_said.startswith("pure Python")
    assert pure_said.endswith("context.py")
    assert built_said.startswith(dronewatch.BUILD.describe())
    documents = LABELLED.read_text(encoding="utf-8").splitlines()
    assert len(pure.splitlines()) == len([line for line in documents if line])
    assert built == pure


def test_the_version_says_how_the_extractor_runs() -> None:
    from click.testing import CliRunner

    from dronewatch.cli import cli

    result = CliRunner().invoke(cli, ["--version"])
    assert result.output == f"dronewatch {dronewatch.__version__}; extractor: {dronewatch.BUILD.describe()}\n"
