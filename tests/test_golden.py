"""Golden tests: each fixture site under tests/sites/ builds to exactly its expected/ tree.

`pytest --update-golden` rewrites expected/ so the change can be reviewed as a diff."""

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
# A fixed clock: fixtures hold posts dated 2099 (future) and expired in 2020.
NOW = datetime(2026, 1, 1, tzinfo=UTC)


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


def first_difference(expected: dict[str, bytes], actual: dict[str, bytes]) -> str:
    missing = sorted(set(expected) - set(actual))
    extra = sorted(set(actual) - set(expected))
    if missing or extra:
        return f"missing files: {missing}\nunexpected files: {extra}"
    for name in sorted(expected):
        if expected[name] != actual[name]:
            diff = difflib.unified_diff(
                expected[name].decode(errors="replace").splitlines(),
                actual[name].decode(errors="replace").splitlines(),
                f"expected/{name}", f"built/{name}", lineterm="", n=2)
            return "\n".join(list(diff)[:60])
    return ""


@pytest.mark.parametrize("site", GOLDEN, ids=[p.name for p in GOLDEN])
def test_site_matches_golden(site: Path, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    out = tmp_path / "public"
    build(BuildOptions(source=site, destination=out), now=NOW)
    expected_dir = site / "expected"
    if request.config.getoption("--update-golden"):
        shutil.rmtree(expected_dir, ignore_errors=True)
        shutil.copytree(out, expected_dir, ignore=lambda d, names: [
            n for n in names if HASHED.match(f"{Path(d).name}/{n}")])
        for page in expected_dir.rglob("*.html"):
            page.write_bytes(SEALED.sub(SEALED_STUB, page.read_bytes()))
    assert expected_dir.is_dir(), f"no golden output; run pytest --update-golden for {site.name}"
    difference = first_difference(tree(expected_dir), tree(out))
    assert not difference, difference
    theme_assets_are_exact_copies(site, out)


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
