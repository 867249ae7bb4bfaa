"""render/theme_code.py: the theme's layouts ship as the code Jinja makes of them, an untouched
theme layout runs it (Jinja's parser never sees one), and anything the code was not made from
(an edited layout, another Jinja, a plugin's filter of a name the layout uses) is compiled
from its source instead, to the same bytes.

The shipped code is checked against the theme's sources whatever Jinja is installed: a layout
edited without `python -m mentorblog.render.theme_code` fails here. Byte for byte against what
Jinja makes now only with the Jinja that made it (the version the `test` extra pins); with
another one a build compiles every theme layout from its source, as before the code shipped,
and the tests of the mechanism below run on code made in a temporary folder by whichever Jinja
is installed."""

from __future__ import annotations

import ast
import dataclasses
import re
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest
from jinja2.environment import Environment

from mentorblog.build import BuildOptions, load_planned
from mentorblog.core import kinds
from mentorblog.core.errors import BuildError
from mentorblog.core.model import Output, Site, Writer
from mentorblog.core.theme import theme_dir
from mentorblog.output.fingerprint import Digests
from mentorblog.render import theme_code
from mentorblog.render.environment import make_environment, theme_environment
from mentorblog.render.outputs import render_output
from mentorblog.render.template_errors import template_error
from mentorblog.render.views import SiteView

REPO = Path(__file__).resolve().parents[2]
SHIPPED = theme_dir() / "compiled"
LAYOUTS = theme_dir() / "layouts"
REGENERATE = "run `python -m mentorblog.render.theme_code` and commit what it writes"


def theme_layouts() -> list[str]:
    return sorted(p.relative_to(LAYOUTS).as_posix() for p in LAYOUTS.rglob("*") if p.is_file())


# -- the shipped code ---------------------------------------------------------------------------


def test_the_shipped_code_was_made_from_every_theme_layout_as_it_is_now() -> None:
    shipped = theme_code.read_theme_code(SHIPPED)
    assert sorted(shipped.entries) == theme_layouts(), REGENERATE
    for name, entry in shipped.entries.items():
        text = (LAYOUTS / name).read_text(encoding="utf-8")
        assert entry.source == theme_code._sha256(text), f"{name} changed: {REGENERATE}"
        assert (SHIPPED / entry.module).is_file(), f"{entry.module} is missing: {REGENERATE}"
    modules = {p.relative_to(SHIPPED).as_posix() for p in SHIPPED.rglob("*.py")}
    assert modules == {e.module for e in shipped.entries.values()}, REGENERATE


def test_the_shipped_code_was_made_by_the_jinja_the_tests_pin() -> None:
    """Bumping the pin without making the code again would leave it unused."""
    extras = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]
    (pinned,) = [r for r in extras["optional-dependencies"]["test"] if r.startswith("Jinja2==")]
    assert theme_code.read_theme_code(SHIPPED).jinja == pinned.removeprefix("Jinja2=="), REGENERATE


def test_the_shipped_code_is_what_jinja_makes_of_the_theme_now() -> None:
    """Also catches a changed setting of `make_environment` or a filter that changed how
    Jinja calls it: the code must be made again."""
    made = theme_code.read_theme_code(SHIPPED).jinja
    if theme_code.installed_jinja() != made:
        pytest.skip(f"Jinja {theme_code.installed_jinja()} is installed, the code is {made}'s")
    expected = theme_code.compiled_files(*theme_environment())
    for name, text in expected.items():
        path = SHIPPED / name
        assert path.is_file() and path.read_text(encoding="utf-8") == text, f"{name}: {REGENERATE}"


def test_the_shipped_code_is_checked_by_no_gate_and_imports_none_of_ours() -> None:
    """ruff and mypy leave the folder out (pyproject.toml); what is left out must be Jinja's
    code alone, never a module someone wrote."""
    for path in SHIPPED.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imports = [n for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
        assert [getattr(n, "module", None) for n in imports] == ["jinja2.runtime"], path


def test_layout_code_comes_from_the_package_or_the_compiler_only(tmp_path: Path) -> None:
    """No bytecode cache (which a restored build cache could fill), and the shipped code is
    read from inside the package."""
    assert make_environment(site_root(tmp_path)).bytecode_cache is None
    assert theme_code.shipped().folder == SHIPPED and SHIPPED.is_relative_to(theme_dir())
    assert theme_code.shipped().entries


# -- the mechanism, on code made here by the installed Jinja ------------------------------------


@pytest.fixture
def made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> theme_code.ThemeCode:
    """Code made now into a folder of the test's own, which environments then run."""
    folder = tmp_path / "compiled"
    theme_code.write_theme_code(folder, theme_code.compiled_files(*theme_environment()))
    code = theme_code.read_theme_code(folder)
    assert code.jinja == theme_code.installed_jinja() == jinja2.__version__
    assert len(code.entries) == len(theme_layouts())
    monkeypatch.setattr(theme_code, "shipped", lambda: code)
    return code


@pytest.fixture
def parsed(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """The names of the layouts Jinja's parser reads."""
    names: list[str] = []
    parse = Environment._parse

    def counting(self: Environment, source: str, name: str | None, filename: str | None):  # type: ignore[no-untyped-def]
        names.append(str(name))
        return parse(self, source, name, filename)

    monkeypatch.setattr(Environment, "_parse", counting)
    yield names


def site_root(tmp_path: Path, layouts: dict[str, str] | None = None) -> Path:
    root = tmp_path / "site"
    (root / "layouts").mkdir(parents=True)
    for name, text in (layouts or {}).items():
        (root / "layouts" / name).write_text(text)
    return root


def load_all(env: Environment) -> None:
    for name in theme_layouts():
        env.get_template(name)
        env.get_template(f"theme:{name}")


def test_theme_layouts_run_the_made_code_and_jinja_parses_none(
    made: theme_code.ThemeCode, parsed: list[str], tmp_path: Path
) -> None:
    env = make_environment(site_root(tmp_path))
    load_all(env)
    assert parsed == []
    post = env.get_template("theme:partials/rss_item.xml")
    assert post.filename == str(LAYOUTS / "partials" / "rss_item.xml")


def test_without_code_every_theme_layout_is_parsed(
    parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The counting above can see a parse (`theme:x` and `x` are two templates to Jinja)."""
    monkeypatch.setattr(theme_code, "shipped", lambda: theme_code.ThemeCode(tmp_path, "", {}))
    load_all(make_environment(site_root(tmp_path)))
    assert sorted(parsed) == sorted(theme_layouts() * 2)


def test_a_site_layout_is_compiled_and_reaches_the_theme_code_through_the_prefix(
    made: theme_code.ThemeCode, parsed: list[str], tmp_path: Path
) -> None:
    root = site_root(tmp_path, {"robots.txt": '{% extends "theme:robots.txt" %}'})
    env = make_environment(root)
    load_all(env)
    assert parsed == ["robots.txt"]
    assert env.get_template("robots.txt").filename == str(root / "layouts" / "robots.txt")


def test_an_edited_theme_layout_is_compiled_from_its_source(
    made: theme_code.ThemeCode, parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The code of the layout as it was is never run for the layout as it is."""
    from mentorblog.render import environment

    read = environment._ThemeLayouts.get_source

    def edited(self, env, name):  # type: ignore[no-untyped-def]
        source, filename, uptodate = read(self, env, name)
        return ("edited {{ 1 + 1 }}" if name == "robots.txt" else source), filename, uptodate

    monkeypatch.setattr(environment._ThemeLayouts, "get_source", edited)
    env = make_environment(site_root(tmp_path))
    load_all(env)
    assert parsed == ["robots.txt", "robots.txt"]
    assert env.get_template("theme:robots.txt").render() == "edited 2"


def test_code_another_jinja_made_is_not_run(
    made: theme_code.ThemeCode, parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    older = dataclasses.replace(made, jinja="3.0.0")
    monkeypatch.setattr(theme_code, "shipped", lambda: older)
    make_environment(site_root(tmp_path)).get_template("base.html")
    assert parsed == ["base.html"]


def test_a_module_rewritten_after_its_index_was_read_is_not_run(
    made: theme_code.ThemeCode, parsed: list[str], tmp_path: Path
) -> None:
    """The index is read once per process (`serve` runs for hours): a theme developer who
    makes the code of an edit and then undoes the edit must not get the edit's code for the
    layout as it is again."""
    entry = made.entries["robots.txt"]
    module = made.folder / entry.module
    edited = module.read_text(encoding="utf-8").replace("User-agent", "User-agent-EDITED")
    assert edited != module.read_text(encoding="utf-8")
    module.write_text(edited, encoding="utf-8")
    env = make_environment(site_root(tmp_path))
    site = SimpleNamespace(env="production", absurl=lambda url: "https://example.org" + url)
    shown = env.get_template("robots.txt").render(site=site)
    assert parsed == ["robots.txt"]
    assert "EDITED" not in shown and "User-agent" in shown


def _code_read(monkeypatch: pytest.MonkeyPatch, folder: Path) -> list[str]:
    """The modules of `folder` whose code was read as Python imports it (byte code or its
    text)."""
    import importlib.machinery

    read: list[str] = []
    real = importlib.machinery.SourceFileLoader.get_code

    def noted(self, fullname):  # type: ignore[no-untyped-def]
        if Path(self.path).is_relative_to(folder):
            read.append(Path(self.path).name)
        return real(self, fullname)

    monkeypatch.setattr(importlib.machinery.SourceFileLoader, "get_code", noted)
    return read


def test_a_module_written_long_enough_ago_runs_as_python_imports_it(
    made: theme_code.ThemeCode, parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its byte code, when it was made from the module as it is, saves compiling it; the
    layouts render the same bytes as compiled from their source."""
    import os

    modules = sorted(made.folder.rglob("*.py"))
    for module in modules:
        os.utime(module, (module.stat().st_atime, module.stat().st_mtime - 60))
    read = _code_read(monkeypatch, made.folder)
    site = small_site(tmp_path)
    run = render_all(site)
    assert parsed == []
    assert len(read) > 10
    with monkeypatch.context() as m:
        m.setattr(theme_code, "shipped", lambda: theme_code.ThemeCode(tmp_path, "", {}))
        assert render_all(site) == run


def test_a_module_written_just_now_is_compiled_from_its_text(
    made: theme_code.ThemeCode, parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Byte code names its module's text by size and time in whole seconds: a module
    rewritten within the second at the same size would pass for the old one."""
    read = _code_read(monkeypatch, made.folder)
    load_all(make_environment(site_root(tmp_path)))
    assert parsed == [] and read == []


def test_metadata_of_another_copy_of_jinja_runs_no_code(monkeypatch: pytest.MonkeyPatch) -> None:
    """A Jinja imported from elsewhere (a checkout ahead on the path) than the one whose
    metadata says the version: its code generator may differ, so no shipped code fits."""
    assert theme_code.installed_jinja.__wrapped__() == jinja2.__version__
    monkeypatch.setattr(jinja2, "__file__", "/elsewhere/jinja2/__init__.py")
    assert theme_code.installed_jinja.__wrapped__() == ""


def test_a_plugin_filter_of_a_name_a_layout_uses_compiles_that_layout(
    made: theme_code.ThemeCode, parsed: list[str], tmp_path: Path
) -> None:
    """Jinja compiles calls by how a filter wants to be called (`pass_context`), and computes
    constant expressions with the filter itself: code made with another one is not run."""
    users = sorted(n for n, e in made.entries.items() if "rfc822" in e.filters)
    assert "partials/rss_item.xml" in users
    env = make_environment(site_root(tmp_path))
    env.filters["rfc822"] = lambda moment: "Someday"  # a plugin's `template_filters()`
    env.filters["shout"] = str.upper  # a name no theme layout uses changes nothing
    for name in theme_layouts():
        env.get_template(name)
    assert sorted(parsed) == users


def test_a_theme_layout_renders_the_same_bytes_from_its_code(
    made: theme_code.ThemeCode, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every output of a small site through the made code and compiled from source."""
    site = small_site(tmp_path)
    run = render_all(site)
    monkeypatch.setattr(theme_code, "shipped", lambda: theme_code.ThemeCode(tmp_path, "", {}))
    assert render_all(site) == run
    assert len(run) > 10


def test_an_error_in_a_theme_layout_names_its_file_and_line(
    made: theme_code.ThemeCode, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As when Jinja compiled it: the frame the error is raised in names the layout."""
    env = make_environment(site_root(tmp_path))
    found = [error_at(env, name) for name in ("partials/rss_item.xml", "theme:post.html")]
    assert (str(found[0].file), found[0].line) == ("theme layouts/partials/rss_item.xml", 3)
    monkeypatch.setattr(theme_code, "shipped", lambda: theme_code.ThemeCode(tmp_path, "", {}))
    env = make_environment(tmp_path / "site")
    again = [error_at(env, name) for name in ("partials/rss_item.xml", "theme:post.html")]
    assert [(e.file, e.line, str(e)) for e in found] == [(e.file, e.line, str(e)) for e in again]


def test_fingerprints_take_the_layouts_a_theme_layout_names_without_parsing_it(
    made: theme_code.ThemeCode, parsed: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = small_site(tmp_path)
    names = sorted({o.template for o in site.outputs if o.kind.writer is Writer.LAYOUT})
    digests = Digests(site, {}, minify=False)
    found = {name: digests.template(name) for name in names}
    assert parsed == [] and len(found) > 5
    monkeypatch.setattr(theme_code, "shipped", lambda: theme_code.ThemeCode(tmp_path, "", {}))
    digests = Digests(site, {}, minify=False)
    assert {name: digests.template(name) for name in names} == found
    assert parsed


# -- helpers ------------------------------------------------------------------------------------


def small_site(root: Path) -> Site:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "site.yaml").write_text("title: Code\nbaseURL: https://example.org/\n")
    for i in range(3):
        (root / "content" / "posts" / f"p{i}.md").write_text(
            f"---\ntitle: Post {i}\ndate: 2024-03-{1 + i:02d}\ntags: [Shared]\n---\nBody *{i}*.\n"
        )
    now = datetime(2026, 1, 1, tzinfo=UTC)
    return load_planned(BuildOptions(source=root, use_cache=False), root / ".c", now).loaded.site


def render_all(site: Site) -> dict[str, bytes]:
    view = SiteView(site, make_environment(site.config.root))
    return {
        o.path: render_output(o, site, view) for o in site.outputs if o.kind.writer is Writer.LAYOUT
    }


def error_at(env: Environment, name: str) -> BuildError:
    output = Output(path="x/index.html", url="/x/", kind=kinds.PAGE, template=name)
    try:
        env.get_template(name).render()
    except jinja2.UndefinedError as err:
        return template_error(err, output)
    raise AssertionError(f"{name} rendered with no context")


def test_module_files_are_named_after_their_layouts() -> None:
    assert theme_code._module_file("partials/rss_item.xml") == "partials/rss_item_xml.py"
    assert re.fullmatch(r"\w+\.py", theme_code._module_file("404.html"))
