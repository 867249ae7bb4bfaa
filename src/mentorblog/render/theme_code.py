"""The theme's layouts as the Python code Jinja makes of them, made when the theme changes and
shipped in the package (`theme/compiled/`), so that no build compiles an untouched theme
layout. Compiling the ~60 layouts took ~0.25 CPU s of every cold build's main process
(Jinja's parser and code generator 0.2 s, Python's `compile` 0.05 s; `compile_layouts` 2.1 s
of a cold build at 1,000 posts under cProfile, 0.13 s with this code), and an edit build at
10,000 posts paid it for the ~40 layouts its outputs use.

`python -m mentorblog.render.theme_code` writes one module per layout, the very source
`Environment.compile(..., raw=True)` makes with `make_environment`'s settings (line for line:
Jinja's table of lines maps them to the layout's), and `index.json`, which records what each
was made from: the sha256 of the layout's text, the Jinja version, and a digest of what else
shapes Jinja's code (`_shape`: the syntax and whitespace settings, autoescaping of the name,
`finalize`, and which function each filter and test the layout names is, with what it is
passed; constant expressions are computed by those functions while compiling).

A theme layout runs that code only when all of these are as recorded (`ThemeCode.code`) and
the module's own text is the one the index names (its sha256 too: the index is read once per
process, and `serve` outlives a theme developer's next run of the script); anything else (a
site's own layout, an edited theme file, another Jinja, a plugin's filter of a name the
layout uses, a module rewritten since) is compiled from its source as before, so a stale
entry costs time, never output. The code comes from the installed package only, as Python imports
any module of the package: its byte code in the package's `__pycache__` when that was made
from the very text whose digest was checked (~0.1 ms a layout), else compiled from that
text (~1 ms). Nothing is read from the build cache or any other cache a build can be
handed, so a crafted cache still runs nothing (SECURITY.md)."""

from __future__ import annotations

import functools
import hashlib
import importlib.machinery
import json
import logging
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import CodeType

import jinja2
from jinja2 import BaseLoader, Environment, meta, nodes

from mentorblog.core import installed
from mentorblog.core.theme import theme_dir

log = logging.getLogger(__name__)

INDEX = "index.json"
_MADE_BY = "python -m mentorblog.render.theme_code"

# The Environment settings the lexer, parser and code generator read (jinja2/lexer.py
# `get_lexer`, compiler.py, nodes.py `as_const`).
_SETTINGS = (
    "block_start_string",
    "block_end_string",
    "variable_start_string",
    "variable_end_string",
    "comment_start_string",
    "comment_end_string",
    "line_statement_prefix",
    "line_comment_prefix",
    "trim_blocks",
    "lstrip_blocks",
    "newline_sequence",
    "keep_trailing_newline",
    "optimized",
    "is_async",
    "sandboxed",
)


@dataclass(frozen=True, slots=True)
class _Entry:
    module: str  # its file, relative to the folder
    code: str  # sha256 of that file's text
    source: str  # sha256 of the layout's text
    shape: str  # `_shape` when it was made
    filters: tuple[str, ...]  # the filters and tests the layout names
    tests: tuple[str, ...]
    refs: tuple[str | None, ...]  # the layouts it names (None: one computed while rendering)


@dataclass(frozen=True, slots=True)
class ThemeCode:
    """The code of one folder of compiled layouts (the package's: `shipped()`)."""

    folder: Path
    jinja: str  # the version that made it
    entries: Mapping[str, _Entry]

    def code(self, env: Environment, name: str, source: str, filename: str) -> CodeType | None:
        """The code Jinja would compile from `source` for the theme layout `name`, or None
        when what it was made from is not what `env` would compile now."""
        entry = self._fitting(env, name, source)
        if entry is None:
            return None
        path = self.folder / entry.module
        try:
            before = path.stat()
            text = path.read_text(encoding="utf-8")
            if _sha256(text) != entry.code:
                log.debug("%s: compiling from source, its code changed since the index", name)
                return None
            if time.time() - before.st_mtime < _RACY_SECONDS:
                code = compile(text, str(path), "exec", dont_inherit=True)
            else:
                code = _bytecode(path)
            after = path.stat()
        except (OSError, UnicodeDecodeError, SyntaxError, ValueError, ImportError) as err:
            log.debug("%s: compiling from source, its code cannot be read: %s", name, err)
            return None
        if (before.st_mtime_ns, before.st_size) != (after.st_mtime_ns, after.st_size):
            return None  # rewritten meanwhile: the code may not be of the text checked
        return _located(code, filename)

    def referenced(self, env: Environment, name: str, source: str) -> tuple[str | None, ...] | None:
        """What `jinja2.meta.find_referenced_templates` finds in `source`, the text of the
        theme layout `name`, without parsing it (fingerprint.py asks it of every layout an
        output reaches: ~0.08 CPU s for the theme's, at every cold build); None when the
        shipped code was not made from that text with `env`'s settings."""
        entry = self._fitting(env, name, source)
        return None if entry is None else entry.refs

    def _fitting(self, env: Environment, name: str, source: str) -> _Entry | None:
        entry = self.entries.get(name)
        if (
            entry is None
            or self.jinja != installed_jinja()
            or entry.source != _sha256(source)
            or entry.shape != _shape(env, name, entry.filters, entry.tests)
        ):
            return None
        return entry


@functools.cache
def installed_jinja() -> str:
    """The version of the Jinja this process runs, by its metadata (`jinja2.__version__` is
    on its way out); "" when it has none or the metadata found first belongs to another copy
    of Jinja than the one imported (a checkout ahead of it on the path), which no shipped
    code matches."""
    folder, found = installed.location("Jinja2"), installed.version("Jinja2")
    if folder is None or found is None:
        return ""
    try:
        if (folder / "jinja2" / "__init__.py").resolve() != Path(jinja2.__file__ or "").resolve():
            return ""
    except (OSError, ValueError):
        return ""
    return found


@functools.cache
def shipped() -> ThemeCode:
    """The package's compiled theme, read once per process (forked workers inherit it)."""
    return read_theme_code(theme_dir() / "compiled")


def read_theme_code(folder: Path) -> ThemeCode:
    """A folder `compiled_files` wrote; one without a readable index holds no code."""
    try:
        index = json.loads((folder / INDEX).read_text(encoding="utf-8"))
        return ThemeCode(
            folder,
            str(index["jinja"]),
            {
                str(name): _Entry(
                    str(e["module"]),
                    str(e["code"]),
                    str(e["source"]),
                    str(e["shape"]),
                    tuple(str(f) for f in e["filters"]),
                    tuple(str(t) for t in e["tests"]),
                    tuple(None if r is None else str(r) for r in e["refs"]),
                )
                for name, e in index["layouts"].items()
            },
        )
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        log.debug("%s: no compiled theme (%s)", folder, err)
        return ThemeCode(folder, "", {})


def compiled_files(env: Environment, layouts: BaseLoader) -> dict[str, str]:
    """Every file of a compiled theme folder, by its path there: a module per layout
    `layouts` lists and the index. `env` is `make_environment`'s settings with no code of
    ours (`environment.theme_environment`)."""
    files: dict[str, str] = {}
    entries: dict[str, object] = {}
    for name in layouts.list_templates():
        source, filename, _ = layouts.get_source(env, name)
        tree = env.parse(source, name, filename)
        filters = tuple(sorted({n.name for n in tree.find_all(nodes.Filter)}))
        tests = tuple(sorted({n.name for n in tree.find_all(nodes.Test)}))
        module = _module_file(name)
        if module in files:
            raise ValueError(f"{name}: its module {module} is another layout's too")
        code = env.compile(source, name, filename, raw=True)
        # After the code, so its lines stay the ones Jinja's table of lines names.
        files[module] = (
            code.rstrip("\n") + f"\n\n# Made by Jinja {installed_jinja()} from the theme's "
            f"layouts/{name} with `{_MADE_BY}`; do not edit.\n"
        )
        entries[name] = {
            "module": module,
            "code": _sha256(files[module]),
            "source": _sha256(source),
            "shape": _shape(env, name, filters, tests),
            "filters": filters,
            "tests": tests,
            "refs": list(meta.find_referenced_templates(tree)),
        }
    index = {
        "about": f"The theme's layouts compiled by Jinja; made by `{_MADE_BY}`, do not edit.",
        "jinja": installed_jinja(),
        "layouts": entries,
    }
    files[INDEX] = json.dumps(index, indent=1, sort_keys=True) + "\n"
    return files


def write_theme_code(folder: Path, files: Mapping[str, str]) -> list[str]:
    """Write `files` into `folder` and delete the modules of layouts that are gone; the
    files that changed."""
    changed = []
    for path in sorted(folder.rglob("*.py")) if folder.is_dir() else []:
        module = path.relative_to(folder).as_posix()
        if module not in files:
            path.unlink()
            changed.append(module)
    for module, text in sorted(files.items()):
        path = folder / module
        if not path.is_file() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            changed.append(module)
    return changed


def _module_file(name: str) -> str:
    """`partials/rss_item.xml` → `partials/rss_item_xml.py`."""
    folder, _, file = name.rpartition("/")
    stem = file.replace(".", "_").replace("-", "_")
    return f"{folder}/{stem}.py" if folder else f"{stem}.py"


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _shape(env: Environment, name: str, filters: tuple[str, ...], tests: tuple[str, ...]) -> str:
    """What besides the layout's text and Jinja's version shapes the code Jinja makes of it."""
    autoescape = env.autoescape(name) if callable(env.autoescape) else env.autoescape
    parts = (
        _identity(type(env)),
        _identity(env.code_generator_class),
        tuple(repr(getattr(env, setting)) for setting in _SETTINGS),
        tuple(sorted(getattr(env, "intercepted_binops", ()))),  # a sandbox's
        tuple(sorted(getattr(env, "intercepted_unops", ()))),
        tuple(sorted(env.extensions)),
        _identity(env.finalize),
        bool(autoescape),
        tuple((n, _identity(env.filters.get(n))) for n in filters),
        tuple((n, _identity(env.tests.get(n))) for n in tests),
    )
    return _sha256(repr(parts))


def _identity(value: object) -> str:
    """Which function (or class) `value` is, the same in every process, and what Jinja passes
    it (`pass_context`, ...); a partial by the function it wraps."""
    if value is None:
        return "-"
    if isinstance(value, functools.partial):
        named = f"partial({_identity(value.func)})"
    else:
        kind = value if hasattr(value, "__qualname__") else type(value)
        named = f"{getattr(kind, '__module__', '?')}.{getattr(kind, '__qualname__', '?')}"
    return f"{named}:{getattr(value, 'jinja_pass_arg', None)!r}"


# Byte code names its module's text by size and modification time in whole seconds, so a
# module rewritten within a second of its byte code (by `python -m ...theme_code`, or a
# test) at the same size would pass for it: one that young is compiled from its text.
_RACY_SECONDS = 2.0


def _bytecode(path: Path) -> CodeType:
    """The module's code as Python imports it: from its byte code beside it in the package
    (`__pycache__`, written when the package was installed, or by the first run that may),
    compiled from its text when that is missing or older. Compiling the ~60 modules took
    an edit build at 10,000 posts 0.05 s; reading their byte code, a tenth of that."""
    loader = importlib.machinery.SourceFileLoader(
        f"mentorblog.theme.compiled.{path.stem}", str(path)
    )
    code = loader.get_code(loader.name)
    if code is None:
        raise ImportError(f"no code for {path}")
    return code


def _located(code: CodeType, filename: str) -> CodeType:
    """`code` with every function in it naming `filename`, the layout's file, as code Jinja
    compiles does (template_errors.py and Jinja's tracebacks read `co_filename`)."""
    consts = tuple(_located(c, filename) if isinstance(c, CodeType) else c for c in code.co_consts)
    return code.replace(co_filename=filename, co_consts=consts)


def main() -> int:
    """Bring the package's compiled theme up to date with its layouts."""
    from mentorblog.render.environment import theme_environment

    env, layouts = theme_environment()
    for module in write_theme_code(theme_dir() / "compiled", compiled_files(env, layouts)):
        print(f"wrote {module}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
