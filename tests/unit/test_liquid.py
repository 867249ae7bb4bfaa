"""liquid.evaluate: Jekyll's `{{ }}` outputs for links (site.baseurl, page.url, filters)."""

from __future__ import annotations

import pytest

from mentorblog.markdown.liquid import (
    LiquidProblem,
    LiquidValues,
    absolute_url,
    evaluate,
    relative_url,
)

BLOG = LiquidValues("https://example.com/blog/", "/blog/", "Journal", "About us",
                    "/2021/05/04/x.html", "X")
ROOT = LiquidValues("https://example.com/", "/")


def test_site_and_page_values() -> None:
    assert evaluate("site.baseurl", BLOG) == "/blog"
    assert evaluate("site.baseurl", ROOT) == ""
    assert evaluate("site.url", BLOG) == "https://example.com"
    assert evaluate("site.title", BLOG) == "Journal"
    assert evaluate("page.url", BLOG) == "/2021/05/04/x.html"
    assert evaluate("page.title", BLOG) == "X"


def test_relative_url_joins_the_base_path() -> None:
    assert evaluate('"/assets/x.png" | relative_url', BLOG) == "/blog/assets/x.png"
    assert evaluate("'assets/x.png' | relative_url", BLOG) == "/blog/assets/x.png"
    assert evaluate('"/assets/x.png" | relative_url', ROOT) == "/assets/x.png"
    assert relative_url("https://x.org/a", BLOG) == "https://x.org/a"
    assert relative_url("//cdn.x.org/a", BLOG) == "//cdn.x.org/a"


def test_absolute_url_adds_scheme_and_host() -> None:
    assert evaluate("page.url | absolute_url", BLOG) == \
        "https://example.com/blog/2021/05/04/x.html"
    assert evaluate('"/feed.xml"|absolute_url', ROOT) == "https://example.com/feed.xml"
    assert absolute_url("mailto:a@b.c", BLOG) == "mailto:a@b.c"


def test_a_pipe_inside_quotes_is_text() -> None:
    assert evaluate('"/a|b" | relative_url', BLOG) == "/blog/a|b"


def test_the_pages_own_front_matter_values() -> None:
    """Real posts print `{{ page.description }}` and `{{ page.image }}`, whose values are in
    their own front matter: they were shown as written."""
    from dataclasses import replace

    values = replace(BLOG, page_description="On listening", page_params={
        "image": "/img/a.png", "venue": {"name": "Hall B", "seats": 40}, "draft_ok": True,
        "none": None, "list": [1, 2],
    })
    assert evaluate("page.description", values) == "On listening"
    assert evaluate("page.image", replace(values, page_image="/img/b.png")) == "/img/b.png"
    assert evaluate("page.image | relative_url", values) == "/blog/img/a.png"
    assert evaluate("page.venue.name", values) == "Hall B"
    assert evaluate("page.venue.seats", values) == "40"
    assert evaluate("page.draft_ok", values) == "true"
    assert evaluate("page.none", values) == ""
    for unknown in ("page.list", "page.venue", "page.missing", "page.venue.name.x"):
        with pytest.raises(LiquidProblem, match="unknown Liquid variable"):
            evaluate(unknown, values)


def test_prepend_and_append_join_a_text_or_a_value() -> None:
    """Older Jekyll posts build their links so: `{{ "/about/" | prepend: site.baseurl }}`
    was published as written, with a wrong warning."""
    assert evaluate('"/about/" | prepend: site.baseurl', BLOG) == "/blog/about/"
    assert evaluate('"/about/" | prepend: site.baseurl', ROOT) == "/about/"
    assert evaluate("page.url | prepend: site.url", BLOG) == "https://example.com/2021/05/04/x.html"
    assert evaluate("site.baseurl | append: '/feed.xml'", BLOG) == "/blog/feed.xml"
    assert evaluate('"a" | append: "|b" | prepend: "/"', BLOG) == "/a|b"
    with pytest.raises(LiquidProblem, match="needs a text to join"):
        evaluate('"a" | append', BLOG)
    with pytest.raises(LiquidProblem, match=r"unknown Liquid variable `site\.nothing`"):
        evaluate('"a" | append: site.nothing', BLOG)


def test_the_sites_own_settings_from_its_params() -> None:
    """`import jekyll` keeps the `_config.yml` keys posts print under `params`: a real
    blog's 65 audio links read `{{site.assets.url_prefix}}`. Keys match as site.yaml's do."""
    from dataclasses import replace

    values = replace(BLOG, site_params={
        "assets": {"url_prefix": "https://cdn.example.com"}, "mediaHost": "https://m.example",
        "flag": False, "list": [1],
    })
    assert evaluate("site.assets.url_prefix", values) == "https://cdn.example.com"
    assert evaluate("site.media_host", values) == "https://m.example"
    assert evaluate("site.flag", values) == "false"
    assert evaluate("site.title", values) == "Journal"  # mentorblog's own come first
    for unknown in ("site.list", "site.assets", "site.assets.other", "site.nothing"):
        with pytest.raises(LiquidProblem, match="unknown Liquid variable"):
            evaluate(unknown, values)


@pytest.mark.parametrize(("expression", "problem"), [
    ("site.nothing", "unknown Liquid variable `site.nothing`"),
    ('"x" | upcase', "unknown Liquid filter `upcase`"),
    ('"x" | relative_url: 2', "takes no arguments"),
    ('"x" | 3', "cannot read the filter"),
])
def test_what_mentorblog_does_not_know_is_a_problem(expression: str, problem: str) -> None:
    with pytest.raises(LiquidProblem, match=problem):
        evaluate(expression, BLOG)


def test_polyglots_language_variables_on_a_multilingual_site() -> None:
    values = LiquidValues("https://example.org/", "/", lang="de", default_lang="en")
    assert evaluate("site.active_lang", values) == "de"
    assert evaluate("page.lang", values) == "de"
    assert evaluate("site.default_lang", values) == "en"
    with pytest.raises(LiquidProblem):  # a site in one language has none
        evaluate("site.active_lang", LiquidValues("https://example.org/", "/"))
