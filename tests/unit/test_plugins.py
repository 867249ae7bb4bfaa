"""Plugins (plugins.py): the hooks run where the README says, their source is part of the
cache key and of every fingerprint, and mistakes in `plugins:` are the author's errors at a
line. The example plugin of the README (docs/plugins/reading_level.py) is tested here."""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from outputs import tree

from mentorblog.build import BuildOptions, build
from mentorblog.core.errors import BuildError

EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "plugins" / "reading_level.py"
NOW = datetime(2025, 1, 1, tzinfo=UTC)
EASY = "We met. We talked. It was good. I am glad. We will meet soon.\n"
HARD = (
    "Organisational considerations notwithstanding, the intergenerational mentorship "
    "relationship necessitated considerable deliberation regarding accountability "
    "expectations and professional developmental trajectories.\n"
)
LEVELS = (
    '[{% for p in items %}{"url": {{ p.url | tojson }}, "level": '
    '{{ p.param("reading_level") | tojson }}, "label": '
    '{{ p.param("reading_level") | reading_label | tojson }}}'
    "{% if not loop.last %},{% endif %}{% endfor %}]\n"
)


def make_site(root: Path, plugins: str = "[reading_level]") -> Path:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "plugins").mkdir()
    (root / "layouts").mkdir()
    shutil.copy(EXAMPLE, root / "plugins" / "reading_level.py")
    (root / "layouts" / "reading_levels.json").write_text(LEVELS)
    (root / "site.yaml").write_text(
        f"title: Levels\nbaseURL: https://example.org/\nplugins: {plugins}\n"
    )
    for name, body in (("easy", EASY), ("hard", HARD)):
        (root / "content" / "posts" / f"{name}.md").write_text(
            f"---\ntitle: {name}\ndate: 2024-05-0{1 + (name == 'hard')}\n---\n{body}"
        )
    return root


def run(site: Path, out: Path, **options: object) -> None:
    build(BuildOptions(source=site, destination=out, jobs=1, **options), NOW)  # type: ignore[arg-type]


def test_the_example_plugin_scores_posts_and_adds_its_output(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    run(site, tmp_path / "out")
    levels = json.loads((tmp_path / "out" / "reading-levels.json").read_text())
    by_url = {entry["url"]: entry for entry in levels}
    easy, hard = by_url["/posts/easy/"], by_url["/posts/hard/"]
    assert easy["level"] > 80 and easy["label"] == "easy"
    assert hard["level"] < 30 and hard["label"] == "hard"
    assert not (site / "plugins" / "__pycache__").exists()  # nothing written into the site


def test_warm_output_equals_cold_after_the_plugin_changes(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    run(site, tmp_path / "warm")
    plugin = site / "plugins" / "reading_level.py"
    plugin.write_text(plugin.read_text().replace('"easy"', '"very easy"'))
    run(site, tmp_path / "warm")  # the cache of the first build, with the plugin edited
    run(site, tmp_path / "cold", use_cache=False)
    assert tree(tmp_path / "warm") == tree(tmp_path / "cold")
    assert b'"very easy"' in (tmp_path / "warm" / "reading-levels.json").read_bytes()


def test_every_hook_runs_where_the_readme_says(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", "[reading_level, marks]")
    (site / "plugins" / "marks.py").write_text(
        "from dataclasses import replace\n"
        "def on_config(config):\n"
        "    return replace(config, title=config.title + ' (marked)')\n"
        "def template_globals():\n"
        "    return {'mark': 'M'}\n"
        "def on_output(output, data):\n"
        "    return data + b'<!-- marked -->' if output.path.endswith('.html') else data\n"
    )
    (site / "layouts" / "reading_levels.json").write_text("{{ mark }}" + LEVELS)
    run(site, tmp_path / "out")
    home = (tmp_path / "out" / "index.html").read_text()
    assert "Levels (marked)" in home and home.endswith("<!-- marked -->")
    assert (tmp_path / "out" / "reading-levels.json").read_text().startswith("M[")
    assert not (tmp_path / "out" / "index.xml").read_text().endswith("<!-- marked -->")


def test_jekyll_gems_are_passed_over_with_a_warning(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site", "[jekyll-feed, jemoji]")
    result = build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1), NOW)
    messages = [n.message for n in result.notices]
    assert any("jekyll-feed" in m and "ignored" in m for m in messages)
    assert any("jemoji" in m for m in messages)
    assert not (tmp_path / "out" / "reading-levels.json").exists()


@pytest.mark.parametrize(
    ("plugins", "source", "file", "line", "message"),
    [
        ("[nosuch_plugin_here]", None, "site.yaml", 3, "plugin `nosuch_plugin_here` not found"),
        ("[broken]", "def on_page(page:\n", "plugins/broken.py", 1, "not valid Python"),
        ("[empty]", "X = 1\n", "site.yaml", None, "not a mentorblog plugin"),
        ("[42]", None, "site.yaml", 3, "must list plugin module names"),
    ],
)
def test_mistakes_in_plugins_are_errors_at_a_line(
    tmp_path: Path, plugins: str, source: str | None, file: str, line: int | None, message: str
) -> None:
    site = make_site(tmp_path / "site", plugins)
    if source is not None:
        (site / "plugins" / f"{plugins.strip('[]')}.py").write_text(source)
    with pytest.raises(BuildError) as info:
        run(site, tmp_path / "out")
    assert str(info.value.file) == file and info.value.line == line
    assert message in info.value.message
    assert not (tmp_path / "out").exists()


def test_check_renders_with_the_plugins_a_build_runs(tmp_path: Path) -> None:
    from mentorblog.commands.check import check_site

    site = make_site(tmp_path / "site")  # its layout uses the plugin's `reading_label` filter
    result = check_site(BuildOptions(source=site, jobs=1), NOW)
    assert result.errors == ()


# -- outputs a plugin adds ---------------------------------------------------------------------

CLASH = """from dataclasses import replace
from mentorblog.core.model import Output, OutputKind

KIND = OutputKind("clash", "the clash file")


def on_site(site):
    planned = [Output(path, "/" + path, KIND, "reading_levels.json") for path in PATHS]
    return replace(site, outputs=(*site.outputs, *planned))
"""


def clash_site(tmp_path: Path, paths: list[str]) -> Path:
    site = make_site(tmp_path / "site", "[reading_level, clash]")
    (site / "plugins" / "clash.py").write_text(f"PATHS = {paths!r}\n" + CLASH)
    (site / "content" / "about.md").write_text("---\ntitle: About\nurl: /about/\n---\nHi.\n")
    return site


def build_errors(site: Path, out: Path) -> list[str]:
    """The errors of a build with the site's plugins, after one without them: the failed
    build leaves that output as it was, and the command line exits 1 without a traceback."""
    from mentorblog.cli import main
    from mentorblog.core.errors import user_errors

    settings = (site / "site.yaml").read_text()
    (site / "site.yaml").write_text(settings.replace("plugins: [", "plugins: [] #"))
    run(site, out)
    before = tree(out)
    (site / "site.yaml").write_text(settings)
    with pytest.raises(BaseException) as info:
        run(site, out)
    found = user_errors(info.value)
    assert found is not None, info.value  # the author's errors, not a bug
    assert tree(out) == before
    assert main(["build", "-s", str(site), "-d", str(out), "-q"]) == 1
    return [str(e) for e in found]


# The line of `def on_site` in the clash plugin: PATHS is line 1, then CLASH's lines.
ON_SITE_LINE = 1 + CLASH.splitlines().index("def on_site(site):") + 1


@pytest.mark.parametrize(
    ("paths", "expected"),
    [
        # a page of the site
        (
            ["about/index.html"],
            "plugin `clash` writes 'about/index.html' (the clash file), and "
            "content/about.md:3 writes the same file",
        ),
        # an output the site plans without a source file (the RSS feed)
        (["index.xml"], "plugin `clash` writes 'index.xml' (the clash file), and an RSS feed"),
        # another plugin's output (reading_level runs first), and a name that differs
        # only in case
        (["reading-levels.json"], "and the reading levels file writes the same file"),
        (["About/index.html"], "and content/about.md:3 writes a file whose name differs"),
        # two outputs of the plugin itself
        (["a.json", "a.json"], "and plugin `clash` writes the same file"),
        # a static file of the theme
        (["favicon.svg"], "and theme:static/favicon.svg writes the same file"),
        # an unsafe path
        (["../outside.html"], "plugin `clash` cannot write '../outside.html'"),
    ],
)
def test_an_output_a_plugin_adds_must_write_a_file_of_its_own(
    tmp_path: Path, paths: list[str], expected: str
) -> None:
    site = clash_site(tmp_path, paths)
    errors = build_errors(site, tmp_path / "out")
    assert len(errors) == 1, errors
    assert errors[0].startswith(f"plugins/clash.py:{ON_SITE_LINE}: "), errors
    assert expected in errors[0], errors


def test_an_installed_plugin_s_clash_is_reported_at_its_line_in_site_yaml(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    installed = tmp_path / "installed"
    installed.mkdir()
    (installed / "mentorblog_clash_example.py").write_text('PATHS = ["index.xml"]\n' + CLASH)
    monkeypatch.syspath_prepend(str(installed))
    site = make_site(tmp_path / "site", "[mentorblog_clash_example]")
    (site / "site.yaml").write_text("# a comment\n" + (site / "site.yaml").read_text())
    errors = build_errors(site, tmp_path / "out")
    assert errors == [
        "site.yaml:4: plugin `mentorblog_clash_example` writes 'index.xml' (the clash file), "
        "and an RSS feed writes the same file; give one of them another address"
    ]


def test_an_output_a_plugin_adds_at_a_free_path_is_built(tmp_path: Path) -> None:
    site = clash_site(tmp_path, ["clash/one.json"])
    run(site, tmp_path / "out")
    assert (tmp_path / "out" / "clash" / "one.json").read_text().startswith("[")


def test_only_build_py_calls_the_plugins_hooks() -> None:
    """No stage imports plugins.py: build.py hands each hook over as a value (build.py's
    docstring), so every place a plugin runs is visible from there."""
    import ast

    package = Path(__file__).resolve().parents[2] / "src" / "mentorblog"
    importers = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            if any(n == "mentorblog.plugins" for n in names) or (
                isinstance(node, ast.ImportFrom)
                and node.module == "mentorblog"
                and any(a.name == "plugins" for a in node.names)
            ):
                importers.add(path.relative_to(package).as_posix())
    assert importers == {"build.py"}
