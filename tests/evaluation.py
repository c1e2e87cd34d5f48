"""Access to the evaluation script and the labelled documents for the tests."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def evaluation() -> ModuleType:
    """``scripts/evaluate.py`` as a module."""
    if "dronewatch_evaluate" in sys.modules:
        return sys.modules["dronewatch_evaluate"]
    spec = importlib.util.spec_from_file_location("dronewatch_evaluate", ROOT / "scripts" / "evaluate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["dronewatch_evaluate"] = module
    spec.loader.exec_module(module)
    return module
