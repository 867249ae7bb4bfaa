"""Property tests: whatever an author writes, the outcome is a correct build or a BuildError
naming the file (exit 1 in the CLI) — never another exception, never a hang."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorblog import xrefs
from mentorblog.collect import collect_site
from mentorblog.errors import BuildError, raise_all
from mentorblog.markdown import MarkdownSettings, Renderer
from mentorblog.model import Config, Page
from mentorblog.parse import KNOWN_KEYS, ParseContext, parse_page
from mentorblog.render import SiteView, make_environment, render_output
from mentorblog.shortcodes import ShortcodeSettings

# The taxonomies a site.yaml without `taxonomies` gets: series (journeys) and authors too.
CONFIG = Config(root=Path("/nonexistent-site"), title="Props", base_url="https://example.org/",
                taxonomies=(("tag", "tags"), ("category", "categories"), ("series", "series"),
                            ("author", "authors")))
CTX = ParseContext(CONFIG, ("posts",), frozenset({"post", "page", "section", "archives"}))
RENDERER = Renderer(MarkdownSettings())
# A site shortcode that reads its inner content, one that does not, one that always fails.
SITE_SHORTCODES = Renderer(MarkdownSettings(shortcodes=ShortcodeSettings(templates=(
    ("note", "<aside>{{ inner }}</aside>"), ("badge", "<b>{{ get(0) }}</b>"),
    ("broken", "{{ page.nothing }}")))))
ENV = make_environment(CONFIG.root)
NOW = datetime(2026, 1, 1, tzinfo=UTC)
SOURCE = PurePosixPath("content/posts/prop.md")
FIELDS = sorted({"title", "date", "lastmod", "publishDate", "expiryDate", "draft", "weight",
                 "tags", "tag", "categories", "author", "authors", "description", "summary",
                 "excerpt", "aliases", "slug", "url", "permalink", "keywords", "cover",
                 "images", "image", "build", "sitemap", "layout", "searchHidden", "showToc",
                 "TocOpen", "hidemeta", "ShowReadingTime", "editPost", "canonicalURL",
                 "published", "linkTitle", "params", "series", "hiddenInHomeList", "session"})
assert all(k.lower().replace("_", "") in KNOWN_KEYS or k == "series" for k in FIELDS)

scalars = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=40),
    st.sampled_from(["2022-02-02T15:10:30+08:00", "2021-12-10", "2021-12-10 09:30:00 +0800",
                     "2021-1-5", "2021-02-30", "yesterday", "9999-12-31", "0001-01-01",
                     "/", "..", "/../../etc", "https://x.org/", "yes", "no", "", "  ",
                     "<script>", "C++", "Mentoría", "#", "%2e%2e", "a/b/../../..", "\u202e"]))
values = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)),
    max_leaves=12)
# `session` with the shapes it is meant to have, wrong types and junk inside them.
session_values = st.one_of(values, st.dictionaries(
    st.sampled_from(["minutes", "with", "kind", "mood"]), values, max_size=4),
    st.lists(st.dictionaries(st.sampled_from(["minutes", "with", "kind"]), values,
                             max_size=3), max_size=3))
front_matter = st.tuples(st.dictionaries(st.sampled_from(FIELDS), values, max_size=8),
                         session_values).map(lambda pair: {**pair[0], "session": pair[1]})


def outcome(data: bytes, renderer: Renderer = RENDERER) -> None:
    """Parse, render Markdown, plan and render every output; only BuildError may escape."""
    try:
        page = parse_page(data, SOURCE, CTX)
        page = Page(**{**{f: getattr(page, f) for f in page.__dataclass_fields__},
                       "content": renderer.render(page)})
        site = collect_site(CONFIG, [page], (), (), NOW)
        raise_all(xrefs.check_links(site.pages))
        view = SiteView(site)
        for output in site.outputs:
            render_output(output, site, ENV, view)
    except* BuildError:
        pass


def dump(meta: dict[str, object]) -> str:
    try:
        return yaml.safe_dump(meta, allow_unicode=True)
    except (yaml.YAMLError, ValueError):
        return json.dumps(meta, default=str)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(front_matter, st.text(max_size=300))
def test_any_front_matter_builds_or_is_a_build_error(meta: dict[str, object], body: str) -> None:
    outcome(("---\n" + dump(meta) + "---\n" + body).encode("utf-8", "surrogatepass"))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.lists(st.text(max_size=20), max_size=6), st.text(max_size=60))
def test_any_unicode_in_titles_tags_and_authors(title: str, tags: list[str], author: str) -> None:
    meta = {"title": title, "tags": tags, "author": author, "date": "2024-01-01"}
    outcome(("---\n" + json.dumps(meta) + "\n---\nBody.\n").encode("utf-8", "surrogatepass"))


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_arbitrary_bytes_including_nul_and_invalid_utf8(data: bytes) -> None:
    outcome(b"---\ntitle: x\n---\n" + data)


def test_deeply_nested_markdown_and_very_long_lines() -> None:
    nested = "> " * 3000 + "deep\n\n" + "- " * 2000 + "list\n\n" + "[" * 5000 + "x" + "]" * 5000
    outcome(("---\ntitle: Deep\ndate: 2024-01-01\n---\n" + nested).encode())
    outcome(("---\ntitle: Long\ndate: 2024-01-01\n---\n" + "word " * 200_000).encode())
    outcome(("---\ntitle: Emph\ndate: 2024-01-01\n---\n" + "*a " * 20_000).encode())


# Pieces of Hugo shortcode and Liquid syntax, glued in any order: unclosed tags, stray
# closings, nesting, quotes and escapes in every combination.
TAG_PIECES = ["{{<", "{{%", ">}}", "%}}", "{{< /", "/>}}", "{%", "%}", "{%-", "-%}", "{{", "}}",
              "/*", "*/", " ", "\n", "\n\n", "```\n", "`", '"', "=", "figure", "youtube",
              "vimeo", "highlight", "details", "ref", "relref", "param", "note", "badge",
              "broken", "unknown", "raw", "endraw", "comment", "endcomment", "endhighlight",
              "link", "post_url", "site.baseurl", "page.url", "|", "relative_url",
              "absolute_url", "src=", "id=", "title", "x", "#", "../", "    "]
tag_soup = st.lists(st.one_of(st.sampled_from(TAG_PIECES), st.text(max_size=4)),
                    max_size=40).map("".join)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tag_soup)
def test_any_shortcode_or_liquid_fragments_build_or_are_a_build_error(body: str) -> None:
    outcome(("---\ntitle: Tags\ndate: 2024-01-01\n---\n" + body).encode(
        "utf-8", "surrogatepass"), SITE_SHORTCODES)
