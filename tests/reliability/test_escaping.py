"""Metadata with `<`, `&`, quotes and `</script>` is shown literally and keeps every output
valid: html text and attributes, JSON-LD, the search index and strict-XML feeds."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path

from lxml import etree

from mentorblog.build import BuildOptions, build

NOW = datetime(2026, 1, 1, tzinfo=UTC)
TITLE = 'Q&A: <why> "we" meet </script><script>alert(1)</script>'
TAG = "<b>&amp;'tag\""
DESC = "Fish & chips </title> <!-- not a comment -->"
AUTHOR = "Ana </script> & \"Ben\""


def build_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "site.yaml").write_text("title: 'Site & <Co>'\nbaseURL: https://example.org/\n"
                                    "ShowShareButtons: true\n")
    front = {"title": TITLE, "tags": [TAG], "description": DESC, "author": AUTHOR,
             "date": "2024-05-02T18:30:00+02:00", "showToc": True}
    (site / "content" / "posts" / "hostile.md").write_text(
        "---\n" + json.dumps(front) + "\n---\n## Heading <em>&</em>\n\nBody & more.\n")
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, use_cache=False), now=NOW)
    return out


class _Collector(HTMLParser):
    """Text, attributes and script bodies as a browser would see them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.attrs: list[str] = []
        self.scripts: list[tuple[str, str]] = []
        self._script: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs += [v for _, v in attrs if v]
        if tag == "script":
            self._script = dict(attrs).get("type") or ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self.scripts.append((self._script, data))
        else:
            self.text.append(data)


def test_post_page_shows_metadata_literally(tmp_path: Path) -> None:
    out = build_site(tmp_path)
    page = _Collector()
    page.feed((out / "posts" / "hostile" / "index.html").read_text())
    text = "".join(page.text)
    assert TITLE in text
    assert DESC in text
    assert "alert(1)" not in "".join(body for _, body in page.scripts if _ != "application/ld+json")
    assert any(TITLE in a for a in page.attrs)  # og:title / twitter:title attributes
    ld = [json.loads(body) for kind, body in page.scripts if kind == "application/ld+json"]
    assert ld and ld[0]["headline"] == TITLE
    authors = [a["name"] if isinstance(a, dict) else a for a in ld[0]["author"]]
    assert authors == [AUTHOR]
    raw = (out / "posts" / "hostile" / "index.html").read_text()
    assert "</script><script>alert(1)" not in raw


def test_feeds_parse_strictly_and_keep_the_text(tmp_path: Path) -> None:
    out = build_site(tmp_path)
    parser = etree.XMLParser(recover=False, resolve_entities=False)
    rss = etree.fromstring((out / "index.xml").read_bytes(), parser)
    assert rss.findtext("channel/item/title") == TITLE
    assert rss.findtext("channel/title") == "Site & <Co>"
    atom = etree.fromstring((out / "feed.xml").read_bytes(), parser)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert atom.findtext("a:entry/a:title", namespaces=ns) == TITLE
    for feed in out.rglob("*.xml"):
        etree.fromstring(feed.read_bytes(), parser)


def test_search_index_is_valid_json_with_literal_text(tmp_path: Path) -> None:
    out = build_site(tmp_path)
    entries = json.loads((out / "index.json").read_text())
    assert entries[0]["title"] == TITLE


def test_tag_pages_and_slugs_survive_hostile_names(tmp_path: Path) -> None:
    out = build_site(tmp_path)
    tag_pages = [p for p in (out / "tags").iterdir() if p.is_dir()]
    assert len(tag_pages) == 1
    assert all(ch not in tag_pages[0].name for ch in '<>"&\'')
    page = _Collector()
    page.feed((out / "tags" / "index.html").read_text())
    assert TAG in "".join(page.text)


class _Dangers(HTMLParser):
    """What would run in a reader's browser: scripts that are not the theme's (every payload
    calls `alert`), `on...` attributes and links that run code."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script and "alert" in data:
            self.found.append(f"<script>{data}</script>")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        self._in_script = tag == "script" and values.get("type") != "application/ld+json"
        if tag == "script" and values.get("src") and not values["src"].startswith("/js/"):
            self.found.append(f"<script {values}>")
        for name, value in attrs:
            compact = "".join(ch for ch in (value or "") if ch > " ").lower()
            if name.startswith("on") or (name in ("href", "src") and compact.startswith(
                    ("javascript:", "vbscript:", "data:text"))):
                self.found.append(f"<{tag} {name}={value!r}>")


HOSTILE_SITE = """title: 'Journal <script>alert("title")</script>'
baseURL: https://example.org/
raw_html: false
params:
  editPost: {URL: "javascript:alert('edit')", Text: Edit}
  homeInfoParams: {Title: Hello, Content: "home <img src=x onerror=alert('home')>"}
  socialIcons:
    - {name: github, url: "javascript:alert('icon')"}
    - {name: x, url: "java\\tscript:alert('tab')"}
    - {name: rss, url: "https://example.org/index.xml"}
  profileMode: {enabled: false}
"""
HOSTILE_POST = """---
title: Post
date: 2024-01-01
cover: {image: /c.png, alt: Cover, caption: "cap <img src=x onerror=alert('cover')>"}
---
{{< figure src="/f.png" caption="fig <script>alert('fig')</script>" \
link="javascript:alert('link')" attr="<b onmouseover=alert('attr')>a</b>" attrlink="vbscript:x" >}}

Text.
"""


def test_nothing_from_settings_or_front_matter_runs_with_raw_html_false(tmp_path: Path) -> None:
    """The site title landed raw in the default copyright line of every page, and cover and
    home-info captions kept their html although `raw_html: false`; links written in the
    settings or a shortcode could run code."""
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "site.yaml").write_text(HOSTILE_SITE)
    (site / "content" / "posts" / "p.md").write_text(HOSTILE_POST)
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, use_cache=False), now=NOW)
    pages = sorted(out.rglob("*.html"))
    assert pages
    for path in pages:
        found = _Dangers()
        found.feed(path.read_text())
        assert found.found == [], f"{path.relative_to(out)}: {found.found}"
    page = (out / "posts" / "p" / "index.html").read_text()
    assert "© 2024 Journal &lt;script&gt;" in page  # shown, as text
    assert "cap &lt;img src=x" in page and "fig &lt;script&gt;" in page
    home = (out / "index.html").read_text()
    assert "home &lt;img src=x" in home
    assert 'href="https://example.org/index.xml"' in home  # a plain link stays


def test_the_site_title_is_text_even_where_raw_html_is_allowed(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "site.yaml").write_text("title: 'A *B* <i>C</i>'\nbaseURL: https://example.org/\n"
                                    "copyright: '© 2024 *Ana* <span>x</span>'\n")
    (site / "content" / "posts" / "p.md").write_text("---\ntitle: P\ndate: 2024-01-01\n---\n")
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, use_cache=False), now=NOW)
    page = (out / "posts" / "p" / "index.html").read_text()
    assert "© 2024 <em>Ana</em> <span>x</span>" in page  # copyright is Markdown, html allowed
    (site / "site.yaml").write_text("title: 'A *B* <i>C</i>'\nbaseURL: https://example.org/\n")
    build(BuildOptions(source=site, destination=out, use_cache=False), now=NOW)
    page = (out / "posts" / "p" / "index.html").read_text()
    assert "© 2024 A *B* &lt;i&gt;C&lt;/i&gt;" in page  # the default line: the title as text


def test_a_sites_own_label_with_markup_is_text_on_the_404_page(tmp_path: Path) -> None:
    """`i18n/<lang>.yaml` overrides a theme label; the 404 page shows it in its <title>,
    og:title and heading as text, never as markup."""
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "i18n").mkdir()
    (site / "site.yaml").write_text("title: Site\nbaseURL: https://example.org/\n")
    (site / "i18n" / "en.yaml").write_text("not_found: " + json.dumps(TITLE) + "\n")
    (site / "content" / "posts" / "one.md").write_text("---\ntitle: One\n---\nBody.\n")
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, use_cache=False), now=NOW)
    raw = (out / "404.html").read_text()
    page = _Collector()
    page.feed(raw)
    assert "alert(1)" not in "".join(body for kind, body in page.scripts)
    assert "</script><script>alert(1)" not in raw
    assert f"{TITLE} | Site" in page.text  # the <title>, whole
    assert TITLE in page.text  # the heading
    assert TITLE in page.attrs  # og:title
