"""Microformats2, read by mf2py: every post page is an h-entry with the properties IndieWeb
readers look for, and the home page is an h-feed of them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import mf2py  # type: ignore[import-untyped]

REQUIRED = ("name", "url", "published", "author", "summary", "content")


def parse(site: Any, rel: str) -> dict[str, Any]:
    html = (site.root / rel).read_text(encoding="utf-8")
    return dict(mf2py.parse(doc=html, url=site.url + rel.removesuffix("index.html")))


def post_pages(site: Any) -> list[str]:
    found = []
    for path in sorted(Path(site.root).rglob("index.html")):
        html = path.read_text(encoding="utf-8")
        if 'class="kind-page"' in html and '<article class="post h-entry">' in html \
                and 'property="og:type" content="article"' in html:
            found.append(path.relative_to(site.root).as_posix())
    return found


def entry_problems(entry: dict[str, Any], url: str) -> list[str]:
    props = entry["properties"]
    out = [f"no {name}" for name in REQUIRED if not props.get(name)]
    if props.get("url") and props["url"][0] != url:
        out.append(f"url {props['url'][0]!r} is not the page's {url!r}")
    for author in props.get("author", []):
        if not isinstance(author, dict) or author.get("type") != ["h-card"] \
                or not author["properties"].get("name"):
            out.append(f"author {author!r} is not an h-card with a name")
    for value in props.get("published", []):
        if "T" not in value and " " not in value:
            out.append(f"published {value!r} has no time")
    return out


def test_every_post_is_a_complete_h_entry(example_site: Any) -> None:
    pages = post_pages(example_site)
    assert len(pages) >= 10, pages
    problems = []
    for rel in pages:
        items = parse(example_site, rel)["items"]
        entries = [i for i in items if i["type"] == ["h-entry"]]
        if len(entries) != 1:
            problems.append(f"{rel}: {len(entries)} top-level h-entries")
            continue
        url = example_site.url + rel.removesuffix("index.html")
        problems += [f"{rel}: {p}" for p in entry_problems(entries[0], url)]
    assert problems == [], "\n".join(problems)
    tagged = parse(example_site, "posts/talking-about-careers/index.html")["items"][0]
    assert tagged["properties"]["category"] == ["Career Growth", "Leadership"]
    hidden = parse(example_site, "posts/a-map-of-who-helps/index.html")["items"][0]  # hidemeta
    assert hidden["properties"]["published"] and hidden["properties"]["author"]


def test_home_page_is_an_h_feed_of_h_entries(example_site: Any) -> None:
    items = parse(example_site, "index.html")["items"]
    feeds = [i for i in items if i["type"] == ["h-feed"]]
    assert len(feeds) == 1, [i["type"] for i in items]
    feed = feeds[0]
    assert feed["properties"]["name"] == [example_site.root.joinpath("index.html").read_text(
        encoding="utf-8").split("<title>")[1].split("</title>")[0]]
    children = feed.get("children", [])
    assert len(children) == 5 and all(c["type"] == ["h-entry"] for c in children)
    for child in children:
        props = child["properties"]
        assert props["name"] and props["url"][0].startswith(example_site.url)
        assert props["published"] and props["author"][0]["type"] == ["h-card"]


def test_the_parser_catches_a_missing_property() -> None:
    html = '<article class="h-entry"><h1 class="p-name">T</h1></article>'
    entry = mf2py.parse(doc=html, url="http://x/")["items"][0]
    problems = entry_problems(entry, "http://x/")
    assert {"no published", "no author", "no content"} <= set(problems), problems
