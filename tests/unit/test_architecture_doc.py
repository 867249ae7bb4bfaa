"""docs/architecture.md names only code that exists: every file and folder it names, and every
function, class, method, field or constant it names in code spans (`load_site`,
`views.TRACKED`, `SiteView`, `render_site(...)`), read with `ast` from src/mentorblog/. A
rename that leaves the doc behind fails here."""

from __future__ import annotations

import ast
import builtins
import re
from functools import cache
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SRC = REPO / "src" / "mentorblog"
DOC = REPO / "docs" / "architecture.md"

# A span that is a name or a call: `a`, `a.b.c`, `a(...)`, `a.b()`.
_FILES = (".pickle", ".yaml", ".json", ".txt", ".html", ".md", ".js", ".css", ".xml", ".csv")
_NAME = re.compile(r"^([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)(\(.*\))?$")
_PATH = re.compile(r"^[\w./-]+\.py$")
_CAMEL = re.compile(r"^_?[A-Z][a-z0-9]+[A-Z]\w*$")  # SiteView, BuildError; not PAGE or Page
_SNAKE = re.compile(r"^_?[a-z][a-z0-9]*(?:_[a-z0-9]+)+$")  # render_site, _ParseWorker is camel


@cache
def _files() -> tuple[str, ...]:
    return tuple(p.relative_to(SRC).as_posix() for p in SRC.rglob("*"))


@cache
def _defined() -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """Names each module defines (by its stem; a package by its folder's name), anywhere in
    it: functions, classes, methods, fields, constants; and all of them together."""
    modules: dict[str, set[str]] = {}
    every: set[str] = set()
    for path in SRC.rglob("*.py"):
        if path.is_relative_to(SRC / "theme" / "compiled"):
            continue  # Jinja's code for the theme's layouts: their text would count as names
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                names.add(node.name)
            elif isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names.add(node.target.id)
            elif isinstance(node, ast.ImportFrom):
                # A package's entry names what it imports; a library's class (`StrictUndefined`)
                # is a name the code uses.
                imported = {a.asname or a.name for a in node.names}
                (names if path.name == "__init__.py" else every).update(imported)
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                # Names the code spells as text: hooks (`on_site`), markdown-it rules, keys.
                every.update(w for w in node.value.split() if w.isidentifier())
        stem = path.parent.name if path.name == "__init__.py" else path.stem
        modules.setdefault(stem, set()).update(names)
        every |= names
    every |= set(dir(builtins))
    return {k: frozenset(v) for k, v in modules.items()}, frozenset(every)


def _spans() -> list[str]:
    text = DOC.read_text(encoding="utf-8")
    text = re.sub(r"^```.*?^```", "", text, flags=re.MULTILINE | re.DOTALL)  # diagrams
    return sorted(set(re.findall(r"`([^`\n]+)`", text)))


def _path_problem(span: str) -> str | None:
    if span.startswith(("tests/", "bench/", "docs/", "src/")):
        return None if (REPO / span).exists() else "no such file in the repository"
    found = any(f == span or f.endswith("/" + span) for f in _files())
    return None if found else "no such module in src/mentorblog/"


def _name_problem(span: str) -> str | None:
    match = _NAME.match(span)
    if match is None or span.endswith(_FILES):  # `outputs.pickle`, `site.yaml`: files
        return None
    dotted, call = match.groups()
    parts = dotted.split(".")
    modules, every = _defined()
    if len(parts) == 1:
        (name,) = parts
        if call or _CAMEL.match(name) or _SNAKE.match(name):
            return None if name in every or name in modules else f"`{name}` is defined nowhere"
        return None
    first, rest = parts[0], parts[1:]
    if first in modules:  # `views.TRACKED`: the module defines the name
        if rest[0] not in modules[first] and rest[0] not in modules:
            return f"module `{first}` defines no `{rest[0]}`"
        rest = rest[1:]
    elif not _CAMEL.match(first) or first not in every:
        return None  # a layout's expression (`site.asset(...)`) or a setting (`params.x`)
    missing = [name for name in rest if name not in every]
    return f"{', '.join(missing)}: defined nowhere" if missing else None


def test_the_doc_names_code_spans_at_all() -> None:
    """The reading below cannot pass by finding nothing."""
    spans = _spans()
    assert sum(bool(_PATH.match(s)) for s in spans) > 60
    assert sum(bool(_NAME.match(s)) for s in spans) > 150


@pytest.mark.parametrize("span", [s for s in _spans() if _PATH.match(s) and "<" not in s])
def test_every_file_the_doc_names_exists(span: str) -> None:
    assert _path_problem(span) is None, f"{span}: {_path_problem(span)}"


def test_the_folder_map_is_the_package() -> None:
    """The map's lines (`core/  model, errors, ...` in the doc's first code block) name every
    folder of the package, and only those."""
    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"^```\n(.*?)^```", text, re.MULTILINE | re.DOTALL)
    assert block is not None, "no folder map"
    named = set(re.findall(r"(?:^|\s)([a-z_]+)/(?=\s)", block.group(1), re.MULTILINE))
    folders = {p.parent.name for p in SRC.glob("*/__init__.py")}
    assert named == folders | {"theme", "scaffold"}


def test_every_name_the_doc_gives_code_exists() -> None:
    problems = [f"`{s}`: {p}" for s in _spans() if not _PATH.match(s) and (p := _name_problem(s))]
    assert not problems, "docs/architecture.md names code that does not exist:\n" + "\n".join(
        problems
    )


@pytest.mark.parametrize(
    ("span", "bad"),
    [
        ("load_site", False),
        ("views.TRACKED", False),
        ("SiteView.page", False),
        ("render_site(...)", False),
        ("plan/collisions.py", False),
        ("render_to_memory", True),
        ("views.NOT_THERE", True),
        ("NoSuchView", True),
        ("plan/search.py", True),
    ],
)
def test_the_reading_itself(span: str, bad: bool) -> None:
    problem = _path_problem(span) if _PATH.match(span) else _name_problem(span)
    assert (problem is not None) is bad, problem
