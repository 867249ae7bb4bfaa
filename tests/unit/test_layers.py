"""The package's folders are the pipeline, and imports point one way only: down this list.

Every module's imports are read with `ast` (also those inside functions), so a shortcut
that would tangle the stages fails here before anyone has to find it in a review."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "mentorblog"

# Lowest first. A module may import its own layer and any layer below it; `build` (the
# stage order) sits on top of the stages, the commands and the importers on top of it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("mentorblog",),  # the version, nothing else
    ("theme",),  # Jinja's code for the theme's layouts (render/theme_code.py): none of ours
    ("core",),
    ("read",),
    ("markdown",),
    ("search",),  # reads only core/: parse, collect and render each use it
    ("plan",),
    ("images",),
    ("render",),
    ("output",),
    ("build",),  # build.py and the modules beside it (BUILD)
    ("commands", "importers"),
    ("cli",),
    ("__main__",),  # python -m mentorblog
)

# Imports that point the wrong way, each to be removed by the change that fixes it. None now:
# an entry here must name a real import (test_known_exceptions_still_exist).
KNOWN: set[tuple[str, str]] = set()


# The top-level modules that run the stages: the order (build), loading a site, rendering
# it, the process pools and the options. They import one another freely.
BUILD = {"build", "load", "produce", "workers", "options", "plugins"}


def _unit(dotted: str) -> str:
    """The layer name of a module: its folder, or the module itself at the top level."""
    parts = dotted.split(".")
    unit = parts[1] if len(parts) > 1 else parts[0]
    return "build" if unit in BUILD else unit


def _rank(dotted: str) -> int:
    unit = _unit(dotted)
    for rank, names in enumerate(LAYERS):
        if unit in names:
            return rank
    raise AssertionError(f"{dotted}: in no layer of tests/unit/test_layers.py")


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def _imports(path: Path, module: str) -> set[str]:
    """Every mentorblog module `path` imports, by dotted name."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("mentorblog"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            if not base.startswith("mentorblog"):
                continue
            for alias in node.names:  # `from mentorblog.plan import search` names a module
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in MODULES else base)
    return found


MODULES = _modules()


def _edges() -> set[tuple[str, str]]:
    edges = set()
    for module, path in MODULES.items():
        for target in _imports(path, module):
            edges.add((module.removeprefix("mentorblog."), target.removeprefix("mentorblog.")))
    return edges


def _wrong_way(source: str, target: str) -> bool:
    if target == "mentorblog":
        return False
    src, dst = _rank("mentorblog." + source), _rank("mentorblog." + target)
    if src != dst:
        return dst > src
    # Same layer, different folders (commands and importers): neither knows the other.
    return _unit("mentorblog." + source) != _unit("mentorblog." + target)


def test_every_module_is_in_a_layer() -> None:
    for module in MODULES:
        _rank(module)


def test_imports_point_down_the_pipeline() -> None:
    wrong = sorted(e for e in _edges() if _wrong_way(*e) and e not in KNOWN)
    assert not wrong, "imports against the pipeline:\n" + "\n".join(
        f"  {source} imports {target}" for source, target in wrong)


def test_known_exceptions_still_exist() -> None:
    """An allowed exception that was fixed must leave the list, so it cannot come back."""
    edges = _edges()
    assert not sorted(KNOWN - edges)


@pytest.mark.parametrize("source,target,wrong", [
    ("plan.collect", "core.model", False),
    ("core.model", "plan.collect", True),
    ("commands.serve", "importers.jekyll", True),
    ("cli", "commands.serve", False),
    ("render.outputs", "render.outputs", False),
])
def test_the_rule_itself(source: str, target: str, wrong: bool) -> None:
    assert _wrong_way(source, target) is wrong
