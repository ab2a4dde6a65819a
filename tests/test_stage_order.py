"""Data flows one way through the stages, and no two packages import each other.

The rule is the README's layout: ``ingest/`` -> ``extract/`` -> ``link/`` -> ``coverage.py`` ->
``report/``, each stage using only the stages before it and the shared modules every stage
passes around (the document model, the items, their JSON codec, settings, errors). Everything
else - ``pipeline.py`` (one check), ``store/``, ``review/``, ``web/``, ``batch/`` and ``cli.py``
- sits above the stages and may use any of them, but not in a circle.

Imports are read from the source with :mod:`ast`, so imports inside functions (the lazy ones
that keep start-up fast) count as well; and each stage is imported in a fresh interpreter to
check what importing it really loads.
"""
from __future__ import annotations

import ast
import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

from conftest import ROOT

PACKAGE = ROOT / "extractor"
# Used by every stage; they import no stage themselves.
SHARED = ("document", "items", "codec", "files", "errors", "settings", "nlp")
STAGES = ("ingest", "extract", "link", "coverage", "report")
# Deliberate exceptions, each with its reason.
EXCEPTIONS = {
    ("extractor.link.evaluate", "coverage"):
        "the linker's evaluation measures uncovered detection, which coverage decides; a check "
        "never imports it (scripts/eval_linking.py and review/learn.py do)",
}


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@lru_cache(maxsize=1)
def imports() -> dict[str, set[str]]:
    """Module -> every extractor module it names in an import, anywhere in its source."""
    out: dict[str, set[str]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        name = _module_name(path)
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                found.add(target)
                # "from . import codec" names a module; "from .items import Action" a name in one.
                found.update(f"{target}.{a.name}" for a in node.names
                             if (PACKAGE.parent / f"{target}.{a.name}".replace(".", "/")).with_suffix(".py").exists()
                             or (PACKAGE.parent / f"{target}.{a.name}".replace(".", "/") / "__init__.py").exists())
        out[name] = {m for m in found if m == "extractor" or m.startswith("extractor.")}
    return out


def top(module: str) -> str:
    """The part of the package a module belongs to: ``extractor.link.text`` -> ``link``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def _allowed(layer: str) -> set[str]:
    if layer in SHARED:
        return set(SHARED) | {""}
    k = STAGES.index(layer)
    return set(SHARED) | set(STAGES[: k + 1]) | {""}


@pytest.mark.parametrize("layer", SHARED + STAGES)
def test_each_stage_imports_only_the_shared_modules_and_earlier_stages(layer):
    allowed = _allowed(layer)
    wrong = sorted(f"{m} imports {t}" for m, targets in imports().items() if top(m) == layer
                   for t in targets if top(t) not in allowed and (m, top(t)) not in EXCEPTIONS)
    assert not wrong, f"{layer} may only import {sorted(allowed - {''})}:\n" + "\n".join(wrong)


def test_exceptions_are_still_needed():
    for (module, layer), why in EXCEPTIONS.items():
        assert any(top(t) == layer for t in imports()[module]), f"{module} no longer imports {layer}: drop it ({why})"


def test_nothing_but_the_entry_point_imports_the_cli():
    users = sorted(m for m, targets in imports().items() if "extractor.cli" in targets and m != "extractor.__main__")
    assert not users, f"the CLI is the edge; these import it: {users}"


def test_no_two_packages_import_each_other():
    graph: dict[str, set[str]] = {}
    for m, targets in imports().items():
        for t in targets:
            if top(t) != top(m) and (m, top(t)) not in EXCEPTIONS and top(t) and top(m):
                graph.setdefault(top(m), set()).add(top(t))
    # Depth-first search for a cycle; report the first one found as a path.
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> list[str] | None:
        state[node] = 1
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path + [node, nxt]
            if nxt not in state and (cycle := visit(nxt, path + [node])):
                return cycle
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (cycle := visit(node, [])):
            start = cycle.index(cycle[-1])
            pytest.fail("import cycle between packages: " + " -> ".join(cycle[start:]))


def _modules_of(layer: str) -> list[str]:
    """The modules of a layer, less the exceptions (which the source check covers)."""
    return sorted(m for m in imports() if top(m) == layer and m not in {m for m, _ in EXCEPTIONS})


@pytest.mark.parametrize("layer", ("shared",) + STAGES + ("pipeline",))
def test_importing_a_stage_in_a_fresh_interpreter_loads_no_later_stage(layer):
    modules = [m for s in SHARED for m in _modules_of(s)] if layer == "shared" else _modules_of(layer)
    code = ("import importlib, json, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.startswith('extractor.'))))")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    loaded = {top(m) for m in json.loads(proc.stdout)}
    allowed = set(SHARED) | set(STAGES) if layer == "pipeline" else _allowed("items" if layer == "shared" else layer)
    allowed |= {layer, ""}
    assert loaded <= allowed, f"importing {layer} loads {sorted(loaded - allowed)}"
