"""The default theme speaks the site's language: a site written in French, Farsi or Japanese
shows none of the theme's English words, on any page the fixtures make (journal sums, charts,
commitments, replies, journeys, subscribe, feeds, search), and every language of the theme
has every word, with the placeholders English has."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from mentorblog.build import BuildOptions, build
from mentorblog.core.theme import theme_dir

SITES = Path(__file__).parent / "sites"
NOW = datetime(2026, 1, 1, tzinfo=UTC)
I18N = theme_dir() / "i18n"
PLACEHOLDER = re.compile(r"\{\{-?\s*\.\s*(\w*)\s*-?\}\}")
# Words a translation may keep as they are: names of formats and keys, and words that are
# English and French alike.
KEPT = {"Atom", "JSON Feed", "RSS", "CSV", "JSON", "Enter", "Esc"}
# Enough of each fixture's switches to show the meta line's words, the post navigation,
# share links, journeys, replies and commitments.
PARAMS = (
    "params:\n  ShowWordCount: true\n  ShowPostNavLinks: true\n  ShowShareButtons: true\n"
    "  ShowBreadCrumbs: true\n  ShowRssButtonInSectionTermList: true\n"
)


def load(code: str) -> dict[str, object]:
    data = yaml.safe_load((I18N / f"{code}.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def forms(value: object) -> list[str]:
    return [str(v) for v in value.values()] if isinstance(value, dict) else [str(value)]


def english_fragments(code: str) -> set[str]:
    """Each English label's text between placeholders, where the language says it otherwise:
    what must never show on its pages."""
    english, other = load("en"), load(code)
    found: set[str] = set()
    for key, value in english.items():
        if forms(value) == forms(other[key]):
            continue
        for text in forms(value):
            for part in PLACEHOLDER.split(text)[::2]:
                part = part.strip(" :.,()")
                if len(part) >= 4 and re.search(r"[a-z]{3}", part) and part not in KEPT:
                    found.add(part)
    return found


class _Text(HTMLParser):
    """A page's words as a reader meets them: text and the attributes read aloud."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "code", "pre"):
            self._skip += 1
        self.parts += [v for k, v in attrs if k in ("title", "aria-label", "placeholder") and v]

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "code", "pre"):
            self._skip -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def theme_words(out: Path) -> dict[str, str]:
    """Every output's reader-facing text, by path. The fixtures' posts are in English, so
    a fragment their own text or site.yaml holds is not looked for."""
    found = {}
    for path in sorted(out.rglob("*")):
        if path.suffix in (".html", ".xml"):
            parser = _Text()
            parser.feed(path.read_text(encoding="utf-8"))
            found[path.relative_to(out).as_posix()] = " ".join(" ".join(parser.parts).split())
    return found


# A post whose body makes markup of its own: a heading (its `#` self-link) and a private
# note (shown, marked, while serving). The Markdown stage writes their labels, not a layout.
BODY_MARKUP = """---
title: Notes on listening
date: 2025-03-02
---
Some words before the first heading.

## Listening first

What I heard.

::: private
Only for me.
:::
"""


def copy_site(fixture: str, code: str, tmp_path: Path) -> Path:
    site = tmp_path / f"site-{code}"
    shutil.copytree(SITES / fixture, site, ignore=shutil.ignore_patterns("expected*"))
    config = site / "site.yaml"
    config.write_text(f"languageCode: {code}\n" + config.read_text() + PARAMS, encoding="utf-8")
    (site / "content" / "posts").mkdir(parents=True, exist_ok=True)
    (site / "content" / "posts" / "body-markup.md").write_text(BODY_MARKUP, encoding="utf-8")
    return site


@pytest.mark.parametrize("code", ["fr", "fa", "ja"])
@pytest.mark.parametrize("fixture", ["journeys", "commitments"])
def test_a_site_in_another_language_shows_no_english_label(
    fixture: str, code: str, tmp_path: Path
) -> None:
    site = copy_site(fixture, code, tmp_path)
    config = site / "site.yaml"
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1), now=NOW)
    fragments = english_fragments(code)
    written = [config, *(site / "content").rglob("*.md")]  # the author's own words
    bodies = " ".join(p.read_text(encoding="utf-8") for p in written)
    fragments = {f for f in fragments if f not in bodies}
    assert len(fragments) > 120  # the test looks for the theme's words, not a handful
    pages = theme_words(tmp_path / "out")
    assert any("journal" in p for p in pages)
    shown = {
        (path, f)
        for path, text in pages.items()
        for f in fragments
        if re.search(rf"(?<![\w/.-]){re.escape(f)}(?![\w/.-])", text)
    }
    assert not shown, sorted(shown)[:20]


class _Spoken(HTMLParser):
    """The attributes a screen reader says or a pointer shows, whatever file wrote them."""

    def __init__(self) -> None:
        super().__init__()
        self.values: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.values |= {v.strip() for k, v in attrs if k in SPOKEN and v and v.strip()}


SPOKEN = ("aria-label", "title", "placeholder", "alt", "aria-roledescription")


def spoken(out: Path) -> set[str]:
    parser = _Spoken()
    for path in sorted(out.rglob("*.html")):
        parser.feed(path.read_text(encoding="utf-8"))
    return parser.values


@pytest.mark.parametrize("code", ["fr", "fa", "ja"])
@pytest.mark.parametrize("show_private", [False, True], ids=["build", "serve"])
def test_no_attribute_a_reader_meets_stays_in_english(
    code: str, show_private: bool, tmp_path: Path
) -> None:
    """Wherever a label comes from (a layout, a script's markup, the Markdown stage), the
    same site built in English and in another language shares no spoken attribute but the
    author's own words: this holds even for a label that no i18n file knows of."""
    english, other = copy_site("journeys", "en", tmp_path), copy_site("journeys", code, tmp_path)
    for site in (english, other):
        options = BuildOptions(
            source=site,
            destination=site.parent / f"out-{site.name}",
            jobs=1,
            show_private=show_private,
        )
        build(options, now=NOW)
    words_en = spoken(tmp_path / f"out-{english.name}")
    words_other = spoken(tmp_path / f"out-{other.name}")
    written = [p for p in other.rglob("*.md") if p.name != "body-markup.md"]
    authored = " ".join(p.read_text(encoding="utf-8") for p in written)
    authored += (other / "site.yaml").read_text(encoding="utf-8")
    assert "Link to this section" in words_en  # the body's markup is looked at
    assert load(code)["heading_link"] in words_other
    if show_private:  # the words "private" and "note" are the fixture's own: asked by name
        assert "Private note" in words_en
        assert load(code)["private_note"] in words_other
    # the author's words, and the language's own that English spells alike ("Pages")
    own = " ".join(t for v in load(code).values() for t in forms(v))
    allowed = {w.lower() for w in re.findall(r"\w+", f"{authored} {own} {' '.join(KEPT)}")}
    left = {
        w
        for w in words_en & words_other
        if any(word.lower() not in allowed for word in re.findall(r"[A-Za-z]{3,}", w))
    }
    assert not left, sorted(left)


def test_every_language_has_every_word_with_the_same_placeholders() -> None:
    english = load("en")
    for path in sorted(I18N.glob("*.yaml")):
        words = load(path.stem)
        assert words.keys() == english.keys(), path.name
        for key, value in words.items():
            have = {n.lower() for text in forms(value) for n in PLACEHOLDER.findall(text)}
            want = {n.lower() for text in forms(english[key]) for n in PLACEHOLDER.findall(text)}
            # a plural form may spell its number out ("تدوينة واحدة"), never add a name
            assert have <= want and want - have <= {"count"}, (path.name, key)


def test_sixteen_languages() -> None:
    assert {p.stem for p in I18N.glob("*.yaml")} == {
        "en",
        "fr",
        "es",
        "de",
        "pt",
        "it",
        "nl",
        "fa",
        "ar",
        "zh",
        "ja",
        "ko",
        "ru",
        "tr",
        "hi",
        "id",
    }
