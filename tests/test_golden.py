"""Golden tests: each fixture site under tests/sites/ builds to exactly its expected/ tree.

The pipeline's goldens (`expected/`) are built with the fixture theme of tests/theme/, plain
templates that show every field each output kind is given, so they change only when the
pipeline does. The default theme has goldens of its own (`expected-default-theme/`) for the
sites in DEFAULT_THEME_SITES, which between them use every template and partial it has.
`pytest --update-golden` rewrites both so the change can be reviewed as a diff."""

from __future__ import annotations

import difflib
import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentorblog.build import BuildOptions, build
from mentorblog.core.theme import theme_dir
from mentorblog.output.minify import minify

SITES = Path(__file__).parent / "sites"
GOLDEN = sorted(p for p in SITES.iterdir() if (p / "site.yaml").is_file())
FIXTURE_THEME = Path(__file__).parent / "theme" / "layouts"
# Menus, breadcrumbs, reading time, post navigation, a site's own partial (hugo); authors,
# journeys, sessions, the journal, related posts (journeys); pictures and covers (photos);
# the search and archives pages, a long menu (search).
DEFAULT_THEME_SITES = ("hugo", "journeys", "multilingual", "photos", "search")
# A fixed clock: fixtures hold posts dated 2099 (future) and expired in 2020.
NOW = datetime(2026, 1, 1, tzinfo=UTC)
# Differing files shown with a diff (every one of them is listed).
DIFFS_SHOWN = 3


HASHED = re.compile(r"^(?P<dir>css|js)/(?P<stem>[\w-]+)\.[0-9a-f]{10}\.(?P<ext>css|js)$")
# A shared post's sealed payload is random by design (fresh keys and nonces every build):
# golden files hold it as SEALED_STUB; tests/reliability/test_visibility_leaks.py and the
# browser tests prove what it holds.
SEALED = re.compile(rb'(<script type="application/json" id="sealed-payload">)[^<]*(</script>)')
SEALED_STUB = rb"\1{sealed payload: random every build}\2"
# Passphrases of the fixtures' readers (tests/sites/visibility), as CI would set them.
READERS = {"MENTORBLOG_READER_BEN": "golden fixture passphrase, ben",
           "MENTORBLOG_READER_ANA": "golden fixture passphrase, ana"}


@pytest.fixture(autouse=True)
def readers(monkeypatch: pytest.MonkeyPatch) -> None:
    for name, value in READERS.items():
        monkeypatch.setenv(name, value)


def tree(root: Path) -> dict[str, bytes]:
    """The output, minus the theme's hashed css/js (checked against the theme by
    `theme_assets_are_exact_copies`), so golden trees do not repeat the theme; sealed
    payloads replaced by SEALED_STUB."""
    return {rel: SEALED.sub(SEALED_STUB, p.read_bytes()) for p in sorted(root.rglob("*"))
            if p.is_file() and not HASHED.match(rel := p.relative_to(root).as_posix())}


def theme_assets_are_exact_copies(site: Path, out: Path) -> None:
    for p in out.rglob("*"):
        match = HASHED.match(p.relative_to(out).as_posix())
        if match:
            name = f"{match['dir']}/{match['stem']}.{match['ext']}"
            origin = site / "static" / name
            if origin.is_file():
                assert p.read_bytes() == origin.read_bytes(), name
            else:  # the theme's own assets are always written minified
                theme_file = theme_dir() / "static" / name
                assert p.read_bytes() == minify(name, theme_file.read_bytes()), name


def differences(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    """Every file that differs, missing or unexpected, one a line; then a short diff of the
    first DIFFS_SHOWN changed files. Empty when the trees are equal."""
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    changed = sorted(n for n in set(expected) & set(actual) if expected[n] != actual[n])
    if not (missing or extra or changed):
        return ""
    lines = [f"{len(missing) + len(extra) + len(changed)} files differ from the golden output:"]
    lines += [f"  missing     {n}" for n in missing]
    lines += [f"  unexpected  {n}" for n in extra]
    lines += [f"  changed     {n}" for n in changed]
    for name in changed[:DIFFS_SHOWN]:
        diff = difflib.unified_diff(
            expected[name].decode(errors="replace").splitlines(),
            actual[name].decode(errors="replace").splitlines(),
            f"expected/{name}", f"built/{name}", lineterm="", n=2)
        lines += ["", *list(diff)[:40]]
    if len(changed) > DIFFS_SHOWN:
        lines += ["", f"({len(changed) - DIFFS_SHOWN} more changed files, listed above)"]
    return "\n".join(lines)


def with_fixture_theme(site: Path, work: Path) -> Path:
    """A copy of `site` whose layouts are the fixture theme's, laid over the default theme
    file by file as a site's own are; the site's own layouts (a partial, shortcodes) win."""
    copy = work / site.name
    shutil.copytree(site, copy, ignore=shutil.ignore_patterns(
        "expected", "expected-*", ".mentorblog-cache"))
    for template in FIXTURE_THEME.rglob("*"):
        target = copy / "layouts" / template.relative_to(FIXTURE_THEME)
        if template.is_file() and not target.exists():
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(template, target)
    return copy


def check_golden(built: Path, expected_dir: Path, request: pytest.FixtureRequest) -> None:
    if request.config.getoption("--update-golden"):
        shutil.rmtree(expected_dir, ignore_errors=True)
        shutil.copytree(built, expected_dir, ignore=lambda d, names: [
            n for n in names if HASHED.match(f"{Path(d).name}/{n}")])
        for page in expected_dir.rglob("*.html"):
            page.write_bytes(SEALED.sub(SEALED_STUB, page.read_bytes()))
    assert expected_dir.is_dir(), (
        f"no golden output; run pytest --update-golden for {expected_dir.parent.name}")
    difference = differences(tree(expected_dir), tree(built))
    assert not difference, difference


@pytest.mark.parametrize("site", GOLDEN, ids=[p.name for p in GOLDEN])
def test_site_matches_golden(site: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """The pipeline's golden: the site built with the fixture theme."""
    out = tmp_path / "public"
    build(BuildOptions(source=with_fixture_theme(site, tmp_path), destination=out), now=NOW)
    check_golden(out, site / "expected", request)
    theme_assets_are_exact_copies(site, out)


@pytest.mark.parametrize("name", DEFAULT_THEME_SITES)
def test_default_theme_matches_golden(
        name: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """The default theme's golden: the same site built with the theme mentorblog ships."""
    site = SITES / name
    out = tmp_path / "public"
    build(BuildOptions(source=site, destination=out), now=NOW)
    check_golden(out, site / "expected-default-theme", request)
    theme_assets_are_exact_copies(site, out)


def test_fixture_theme_has_every_template_an_output_is_rendered_with() -> None:
    """Each of the default theme's top-level templates (one per output kind or page layout)
    and the partials the views render themselves: a missing one would let the default theme
    into the pipeline's goldens."""
    default = theme_dir() / "layouts"
    wanted = {p.name for p in default.iterdir() if p.is_file()}
    wanted |= {"partials/entry.html", "partials/rss_item.xml"}
    missing = sorted(n for n in wanted if not (FIXTURE_THEME / n).is_file())
    assert not missing, f"tests/theme/layouts lacks: {missing}"


def test_no_other_golden_trees_are_left_behind() -> None:
    """An `expected-default-theme/` belongs to a site of DEFAULT_THEME_SITES."""
    trees = {p.parent.name for p in SITES.glob("*/expected-default-theme")}
    assert trees == set(DEFAULT_THEME_SITES)


def test_a_failing_golden_lists_every_differing_file() -> None:
    expected = {f"p{i}.html": b"old\n" for i in range(5)} | {"gone.xml": b"x"}
    actual = {f"p{i}.html": b"new\n" for i in range(5)} | {"new.txt": b"y"}
    report = differences(expected, actual)
    assert report.splitlines()[0] == "7 files differ from the golden output:"
    for name in ("gone.xml", "new.txt", *(f"p{i}.html" for i in range(5))):
        assert f" {name}" in report
    assert report.count("+++ built/") == DIFFS_SHOWN
    assert "(2 more changed files, listed above)" in report
    assert differences(expected, dict(expected)) == ""


@pytest.mark.parametrize("site", GOLDEN, ids=[p.name for p in GOLDEN])
def test_two_builds_are_identical(site: Path, tmp_path: Path) -> None:
    build(BuildOptions(source=site, destination=tmp_path / "a"), now=NOW)
    build(BuildOptions(source=site, destination=tmp_path / "b"), now=NOW)
    assert tree(tmp_path / "a") == tree(tmp_path / "b")


def test_drafts_future_and_expired_flags_add_exactly_those_posts(tmp_path: Path) -> None:
    site = SITES / "hugo"
    plain = build(BuildOptions(source=site, destination=tmp_path / "a"), now=NOW)
    everything = build(BuildOptions(source=site, destination=tmp_path / "b", drafts=True,
                                    future=True, expired=True), now=NOW)
    assert plain.skipped == {"drafts": 1, "future": 1, "expired": 1}
    assert everything.skipped == {}
    added = set(tree(tmp_path / "b")) - set(tree(tmp_path / "a"))
    assert {"mentoring/index.html", "posts/future/index.html",
            "posts/expired/index.html"} <= added
    draft_page = (tmp_path / "b" / "mentoring" / "index.html").read_text()
    assert '<span class="badge">Draft</span>' in draft_page


def test_body_fixtures_warn_only_for_what_cannot_run(tmp_path: Path) -> None:
    """The kramdown and shortcode fixtures: no raw `{{<`, `{%` or `{:` reaches a page, and
    the one warning is the site's Go-template shortcode, at its file and line."""
    notices = []
    for name in ("kramdown", "shortcodes"):
        result = build(BuildOptions(source=SITES / name, destination=tmp_path / name), now=NOW)
        notices += [str(n) for n in result.notices]
        for page in (tmp_path / name).rglob("*.html"):
            text = page.read_text(encoding="utf-8")
            for tag in ("{{&lt;", "{{<", "{{%", "{%", "{:"):
                outside_code = text.replace("{% raw %} in text", "")
                assert tag not in outside_code, (page, tag)
    assert [n for n in notices if "site.yaml" not in n] == [
        "content/posts/papermod.md:32: shortcode `notice` is a Go template "
        "(layouts/shortcodes/notice.html), which mentorblog cannot run (rewrite it in Jinja); "
        "its content is shown without it"]
