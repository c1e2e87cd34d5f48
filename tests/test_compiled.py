"""The compiled extractor (``make compile``): the same output as the source, and the source whenever the
build is stale or switched off."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import importlib.util
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

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


def _compile_script() -> Any:
    """``scripts/compile.py`` as a module."""
    spec = importlib.util.spec_from_file_location("dronewatch_compile", ROOT / "scripts" / "compile.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_source_edited_while_the_build_runs_makes_the_build_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = _compile_script()
    package = _package(tmp_path)
    monkeypatch.setattr(script, "SRC", tmp_path)
    monkeypatch.setattr(script, "PACKAGE", package)
    monkeypatch.setattr(script, "MODULES", ("pkg/words.py",))
    monkeypatch.setattr(script, "clean", lambda: 0)

    def build(work: Path) -> None:  # the build reads the source, then someone saves an edit
        (package / "words.py").write_text("WORDS = 2\n", encoding="utf-8")

    monkeypatch.setattr(script, "build", build)
    assert script.main(["--force"]) == 0
    assert read_build(package, environ={}).stale == ("pkg.words",)


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


def _written_out() -> list[type]:
    """The dataclasses of the compiled modules that write their ``__init__`` out."""
    found: list[type] = []
    for path in sorted((ROOT / "src" / "dronewatch").rglob("*.py")):
        name = ".".join(path.relative_to(ROOT / "src").with_suffix("").parts).removesuffix(".__init__")
        tree = ast.parse(path.read_text(encoding="utf-8"))
        written = [
            node.name
            for node in tree.body
            if isinstance(node, ast.ClassDef)
            and any(isinstance(item, ast.FunctionDef) and item.name == "__init__" for item in node.body)
        ]
        module = importlib.import_module(name) if written else None
        classes = [getattr(module, n) for n in written]
        found.extend(c for c in classes if isinstance(c, type) and dataclasses.is_dataclass(c))
    return found


def _init_parameters(cls: type) -> list[tuple[str, object]]:
    """The parameters of a class's own ``__init__`` as its source writes them (the compiled build does
    not keep signatures), with their defaults (``inspect.Parameter.empty`` where none)."""
    path = ROOT / "src" / Path(*cls.__module__.split("."))
    path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
    (node,) = [
        n
        for n in ast.parse(path.read_text(encoding="utf-8")).body
        if isinstance(n, ast.ClassDef) and n.name == cls.__name__
    ]
    (init,) = [f for f in node.body if isinstance(f, ast.FunctionDef) and f.name == "__init__"]
    names = [a.arg for a in init.args.args[1:]]
    given = [eval(ast.unparse(d), vars(sys.modules[cls.__module__])) for d in init.args.defaults]
    defaults: list[object] = [inspect.Parameter.empty] * (len(names) - len(given)) + given
    return list(zip(names, defaults, strict=True))


def test_dataclasses_write_their_init_out_where_documents_make_many() -> None:
    names = {cls.__name__ for cls in _written_out()}
    assert {"Count", "Place", "Quantity", "Sentence", "InterceptionClaim", "ImpactDraft"} <= names


@pytest.mark.parametrize("cls", _written_out(), ids=lambda cls: cls.__name__)
def test_a_written_out_init_takes_the_fields_in_order_with_their_defaults(cls: type) -> None:
    """An ``__init__`` written in a dataclass (for the compiled build, see ``dronewatch.compiled``)
    takes the fields of its class, in order, with their defaults (None for a field whose default a
    factory makes)."""
    fields = [f for f in dataclasses.fields(cls) if f.init]
    parameters = _init_parameters(cls)
    assert [name for name, _ in parameters] == [f.name for f in fields]
    for (_, default), field in zip(parameters, fields, strict=True):
        if field.default is not dataclasses.MISSING:
            assert default == field.default, field.name
        elif field.default_factory is not dataclasses.MISSING:
            assert default is None, field.name
        else:
            assert default is inspect.Parameter.empty, field.name


# Run from source (the compiled classes check the types of their fields): each written-out __init__
# sets every field to what it is given, and a field with a factory to a fresh value of its own.
_SETS_EVERY_FIELD = """
import dataclasses, importlib, sys
for spec in sys.argv[1:]:
    module, name = spec.split(":")
    cls = getattr(importlib.import_module(module), name)
    fields = [f for f in dataclasses.fields(cls) if f.init]
    given = {f.name: object() for f in fields}
    made = cls(**given)
    assert all(getattr(made, n) is v for n, v in given.items()), spec
    for f in fields:
        if f.default_factory is not dataclasses.MISSING:
            first, second = (cls(**{**given, f.name: None}) for _ in range(2))
            assert getattr(first, f.name) == f.default_factory(), (spec, f.name)
            assert getattr(first, f.name) is not getattr(second, f.name), (spec, f.name)
"""


def test_a_written_out_init_sets_every_field() -> None:
    # Time and Sentence work fields of their own out of what they are given: the extractor's tests
    # cover them
    specs = [f"{c.__module__}:{c.__name__}" for c in _written_out() if c.__name__ not in {"Time", "Sentence"}]
    done = subprocess.run(
        [sys.executable, "-c", _SETS_EVERY_FIELD, *specs],
        env={**os.environ, PURE_PYTHON: "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
