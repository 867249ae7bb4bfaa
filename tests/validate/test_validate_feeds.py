"""Every RSS 2.0 and Atom feed in the built site is strictly valid, not merely parseable."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any
from urllib.parse import unquote

import feedparser  # type: ignore[import-untyped]
from lxml import etree

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)")
RFC822 = re.compile(r"((Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d\d? "
                    r"(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
                    r"\d\d:\d\d(:\d\d)? ([+-]\d{4}|GMT|UT|[ECMP][SD]T)")

Site = Any  # tests/conftest.py's BuiltSite: .root, .url, .file_for(url)


def _text(el: etree._Element | None) -> str:
    return (el.text or "").strip() if el is not None else ""


def _url_problems(what: str, url: str, site: Site) -> list[str]:
    if not url.startswith(site.url):
        return [f"{what} is not an absolute URL under {site.url}: {url!r}"]
    if site.file_for(url) is None:
        return [f"{what} points to no file in the output: {url}"]
    return []


def _duplicates(what: str, values: list[str]) -> list[str]:
    seen = sorted({v for v in values if v and values.count(v) > 1})
    return [f"{what} used more than once: {v}" for v in seen]


def _rss_date(what: str, value: str) -> list[str]:
    try:
        ok = RFC822.fullmatch(value) is not None and parsedate_to_datetime(value).tzinfo is not None
    except (TypeError, ValueError):
        ok = False
    return [] if ok else [f"{what} is not an RFC 822 date with a time zone: {value!r}"]


def _atom_date(what: str, value: str) -> list[str]:
    try:
        ok = bool(RFC3339.fullmatch(value)) and datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        ok = False
    return [] if ok else [f"{what} is not an RFC 3339 date-time with a time zone: {value!r}"]


def rss_problems(data: bytes, self_url: str, site: Site) -> list[str]:
    root = etree.fromstring(data)
    if root.tag != "rss" or root.get("version") != "2.0":
        return [f"root is <{root.tag} version={root.get('version')!r}>, not <rss version='2.0'>"]
    channels = root.findall("channel")
    if len(channels) != 1:
        return [f"{len(channels)} <channel> elements, expected 1"]
    ch = channels[0]
    out = [f"channel has no <{t}>" for t in ("title", "link", "description")
           if not _text(ch.find(t))]
    if _text(ch.find("link")):
        out += _url_problems("channel <link>", _text(ch.find("link")), site)
    for tag in ("pubDate", "lastBuildDate"):
        if ch.find(tag) is not None:
            out += _rss_date(f"channel <{tag}>", _text(ch.find(tag)))
    for self_link in ch.findall(f"{ATOM}link[@rel='self']"):
        if unquote(self_link.get("href") or "") != self_url:
            out.append(f"atom:link rel=self is {self_link.get('href')!r}, expected {self_url!r}")
    items = ch.findall("item")
    if not items:
        out.append("channel has no <item>")
    out += _duplicates("<guid>", [_text(i.find("guid")) for i in items])
    for n, item in enumerate(items, 1):
        where = f"item {n} ({_text(item.find('title'))!r})"
        if not (_text(item.find("title")) or _text(item.find("description"))):
            out.append(f"{where} has neither <title> nor <description>")
        link, guid = _text(item.find("link")), item.find("guid")
        out += _url_problems(f"{where} <link>", link, site) if link else [f"{where} has no <link>"]
        if not _text(guid):
            out.append(f"{where} has no <guid>")
        elif guid is not None and guid.get("isPermaLink", "true") == "true":
            out += _url_problems(f"{where} permalink <guid>", _text(guid), site)
        pub = item.find("pubDate")
        out += _rss_date(f"{where} <pubDate>", _text(pub)) if pub is not None else [
            f"{where} has no <pubDate>"]
    return out


def atom_problems(data: bytes, self_url: str, site: Site) -> list[str]:
    root = etree.fromstring(data)
    if root.tag != f"{ATOM}feed":
        return [f"root is <{root.tag}>, not Atom <feed>"]
    out = [f"feed has no <{t}>" for t in ("id", "title", "updated")
           if not _text(root.find(ATOM + t))]
    out += _atom_date("feed <updated>", _text(root.find(ATOM + "updated")))
    self_links = [unquote(e.get("href") or "") for e in root.findall(f"{ATOM}link[@rel='self']")]
    if self_links != [self_url]:
        out.append(f"feed link rel=self is {self_links}, expected [{self_url!r}]")
    feed_author = root.find(f"{ATOM}author/{ATOM}name") is not None
    entries = root.findall(ATOM + "entry")
    if not entries:
        out.append("feed has no <entry>")
    out += _duplicates("entry <id>", [_text(e.find(ATOM + "id")) for e in entries])
    for n, entry in enumerate(entries, 1):
        where = f"entry {n} ({_text(entry.find(ATOM + 'title'))!r})"
        out += [f"{where} has no <{t}>" for t in ("id", "title", "updated")
                if not _text(entry.find(ATOM + t))]
        if ":" not in _text(entry.find(ATOM + "id")):
            out.append(f"{where} <id> is not an absolute IRI")
        for tag in ("updated", "published"):
            if entry.find(ATOM + tag) is not None:
                out += _atom_date(f"{where} <{tag}>", _text(entry.find(ATOM + tag)))
        alternates = [e.get("href") or "" for e in entry.findall(ATOM + "link")
                      if e.get("rel", "alternate") == "alternate"]
        if not alternates and entry.find(ATOM + "content") is None:
            out.append(f"{where} has neither <link rel=alternate> nor <content>")
        for href in alternates:
            out += _url_problems(f"{where} <link>", href, site)
        if not feed_author and entry.find(f"{ATOM}author/{ATOM}name") is None:
            out.append(f"{where} has no <author><name> and the feed has none")
    return out


Checker = Callable[[bytes, str, Site], list[str]]
KINDS: dict[str, tuple[Checker, str]] = {"rss": (rss_problems, "rss20"),
                                         f"{ATOM}feed": (atom_problems, "atom10")}


def feed_problems(path: Path, site: Site) -> list[str]:
    """Problems of one feed file, found both by the strict checks and by feedparser."""
    data = path.read_bytes()
    try:
        tag = etree.fromstring(data).tag
    except etree.XMLSyntaxError as e:
        return [f"not well-formed XML: {e}"]
    if str(tag) not in KINDS:
        return [f"root element <{tag}> is neither RSS <rss> nor Atom <feed>"]
    check, version = KINDS[str(tag)]
    parsed: Any = feedparser.parse(data)
    out = check(data, site.url + path.relative_to(site.root).as_posix(), site)
    if parsed.bozo:
        out.append(f"feedparser: {parsed.bozo_exception}")
    if parsed.version != version:
        out.append(f"feedparser reads it as {parsed.version!r}, expected {version!r}")
    return out


def feeds(site: Site) -> list[Path]:
    """Every XML file of the output that is, or is named like, a feed (sitemaps are elsewhere)."""
    found = []
    for path in sorted(site.root.rglob("*.xml")):
        try:
            tag = str(etree.parse(path).getroot().tag)
        except etree.XMLSyntaxError:
            tag = "unparseable"
        if tag in KINDS or path.name in ("index.xml", "feed.xml") or tag == "unparseable":
            found.append(path)
    return found


def test_every_feed_is_strictly_valid(example_site: Site) -> None:
    paths = feeds(example_site)
    names = {p.relative_to(example_site.root).as_posix() for p in paths}
    assert {"index.xml", "feed.xml"} <= names, f"missing main feeds; found {sorted(names)}"
    assert any(re.fullmatch(r"tags/[^/]+/index\.xml", n) for n in names), "no tag feed"
    problems = [f"{p.relative_to(example_site.root)}: {msg}"
                for p in paths for msg in feed_problems(p, example_site)]
    assert problems == [], f"{len(problems)} feed problems:\n" + "\n".join(problems)


def test_feed_checks_catch_mistakes() -> None:
    """The strict checks reject what feedparser alone accepts."""
    base = "http://127.0.0.1:1/"
    site = SimpleNamespace(url=base, file_for=lambda url: None)
    rss = (f'<rss version="2.0"><channel><title>t</title><link>{base}</link>'
           '<item><title>a</title><link>/posts/nope/</link><pubDate>yesterday</pubDate></item>'
           '<item><title>b</title><guid isPermaLink="false">1</guid></item>'
           '<item><title>c</title><guid isPermaLink="false">1</guid></item></channel></rss>'
           ).encode()
    problems = rss_problems(rss, base + "index.xml", site)
    assert feedparser.parse(rss).version == "rss20"
    for expected in ("no <description>", "not an absolute URL", "no <guid>", "not an RFC 822",
                     "used more than once"):
        assert any(expected in p for p in problems), (expected, problems)
    atom = (f'<feed xmlns="http://www.w3.org/2005/Atom"><id>{base}</id><title>t</title>'
            '<updated>2024-01-01 10:00</updated><entry><id>x</id><title>a</title>'
            f'<updated>2024-01-01T10:00:00Z</updated><link href="{base}missing/"/></entry></feed>'
            ).encode()
    problems = atom_problems(atom, base + "feed.xml", site)
    for expected in ("not an RFC 3339", "rel=self", "not an absolute IRI", "no file", "author"):
        assert any(expected in p for p in problems), (expected, problems)


# -- JSON Feed 1.1 -----------------------------------------------------------------------------

JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1"


def _json_date(what: str, value: object) -> list[str]:
    return _atom_date(what, value) if isinstance(value, str) else [f"{what} is not a string"]


def _authors(what: str, value: object) -> list[str]:
    if not isinstance(value, list) or not value:
        return [f"{what} authors is not a non-empty array"]
    return [f"{what} author {a!r} has none of name, url, avatar" for a in value
            if not isinstance(a, dict) or not ({"name", "url", "avatar"} & a.keys())]


def json_feed_problems(data: bytes, self_url: str, site: Site) -> list[str]:
    """The spec's required fields and the types of the optional ones this site writes."""
    import json

    try:
        feed = json.loads(data)
    except ValueError as e:
        return [f"not JSON: {e}"]
    if not isinstance(feed, dict):
        return ["the top level is not an object"]
    out = []
    if feed.get("version") != JSON_FEED_VERSION:
        out.append(f"version is {feed.get('version')!r}, not {JSON_FEED_VERSION!r}")
    if not isinstance(feed.get("title"), str) or not feed["title"]:
        out.append("no title")
    if unquote(str(feed.get("feed_url"))) != self_url:
        out.append(f"feed_url is {feed.get('feed_url')!r}, expected {self_url!r}")
    if "home_page_url" in feed:
        out += _url_problems("home_page_url", feed["home_page_url"], site)
    if "authors" in feed:
        out += _authors("feed", feed["authors"])
    items = feed.get("items")
    if not isinstance(items, list):
        return [*out, "items is not an array"]
    if not items:
        out.append("items is empty")
    out += _duplicates("item id", [str(i.get("id")) for i in items if isinstance(i, dict)])
    for n, item in enumerate(items, 1):
        where = f"item {n} ({item.get('title')!r})" if isinstance(item, dict) else f"item {n}"
        if not isinstance(item, dict):
            out.append(f"{where} is not an object")
            continue
        if not isinstance(item.get("id"), str) or not item["id"]:
            out.append(f"{where} has no string id")
        if not any(isinstance(item.get(k), str) for k in ("content_html", "content_text")):
            out.append(f"{where} has neither content_html nor content_text")
        if "url" in item:
            out += _url_problems(f"{where} url", item["url"], site)
        for key in ("date_published", "date_modified"):
            if key in item:
                out += _json_date(f"{where} {key}", item[key])
        if "authors" in item:
            out += _authors(where, item["authors"])
        if "tags" in item and not all(isinstance(t, str) for t in item["tags"]):
            out.append(f"{where} tags are not all strings")
    return out


def test_every_json_feed_is_valid_and_beside_its_rss(example_site: Site) -> None:
    paths = sorted(example_site.root.rglob("feed.json"))
    names = {p.relative_to(example_site.root).as_posix() for p in paths}
    for expected in ("feed.json", "tags/growth/feed.json", "authors/ana/feed.json",
                     "series/first-year/feed.json"):
        assert expected in names, f"no {expected}; found {sorted(names)}"
    problems = [f"{p.relative_to(example_site.root)}: {msg}" for p in paths
                for msg in json_feed_problems(
                    p.read_bytes(), example_site.url + p.relative_to(example_site.root).as_posix(),
                    example_site)]
    assert problems == [], f"{len(problems)} JSON Feed problems:\n" + "\n".join(problems)
    # The same posts as the RSS feed beside each one, in the same order.
    import json
    for path in paths:
        rss = etree.fromstring((path.parent / "index.xml").read_bytes())
        links = [_text(i.find("link")) for i in rss.findall("channel/item")]
        assert [i["url"] for i in json.loads(path.read_bytes())["items"]] == links, path


def test_json_feeds_are_discoverable(example_site: Site) -> None:
    """Every page names the site's JSON Feed; a tag, author or journey page also its own."""
    def alternates(rel: str) -> list[str]:
        html = (example_site.root / rel).read_text(encoding="utf-8")
        return re.findall(r'<link rel="alternate" type="application/feed\+json"[^>]*href="([^"]+)"',
                          html)

    site = example_site.url
    assert alternates("index.html") == [site + "feed.json"]
    assert alternates("posts/pairing-on-code/index.html") == [site + "feed.json"]
    for rel in ("tags/growth/", "authors/ana/", "series/first-year/"):
        assert alternates(rel + "index.html") == [site + "feed.json", site + rel + "feed.json"]


def test_json_feed_checks_catch_mistakes() -> None:
    base = "http://127.0.0.1:1/"
    site = SimpleNamespace(url=base, file_for=lambda url: None)
    bad = (b'{"version": "https://jsonfeed.org/version/1", "feed_url": "x", "items": ['
           b'{"title": "a", "date_published": "yesterday", "authors": [{}]},'
           b'{"id": "1", "content_text": "t"}, {"id": "1", "content_html": "<p>t</p>"}]}')
    problems = json_feed_problems(bad, base + "feed.json", site)
    for expected in ("version is", "no title", "feed_url", "no string id", "neither content_html",
                     "RFC 3339", "none of name", "used more than once"):
        assert any(expected in p for p in problems), (expected, problems)
