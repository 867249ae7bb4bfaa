"""urls: slugs, dated file names, clean_url, output paths, Jekyll and Hugo permalink patterns,
href encoding (FRONTMATTER.md section 1 `url`/`slug`, section 2 permalinks, section 5
"Tag -> slug")."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import pytest

from mentorblog.core.urls import (
    HugoPage,
    UrlError,
    clean_url,
    expand_hugo,
    expand_jekyll,
    href,
    hugo_pattern_uses_date,
    hugo_sanitize,
    is_inside,
    jekyll_slugify,
    join_base,
    list_url,
    output_path,
    path_problem,
    slugify,
    split_dated_name,
)

DEC10 = datetime(2021, 12, 10, 9, 5, 7, tzinfo=UTC)


# -- slugify ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "slug"), [
    ("Career Growth!", "career-growth"),
    ("C++", "c++"),
    ("Mentoría", "mentoría"),
    ("Go", "go"),
    ("  leading and   trailing  ", "leading-and-trailing"),
    ("tabs\tand\nnewlines", "tabs-and-newlines"),
    ("v1.2_beta~x@y", "v1.2_beta~x@y"),
    ("What? Why! (How)", "what-why-how"),
    ("Ünïcödé Wörds", "ünïcödé-wörds"),
    ("日本語 タグ", "日本語-タグ"),
    ("a/b", "ab"),
    ("semi;colon:s", "semicolons"),
])
def test_slugify(text: str, slug: str) -> None:
    assert slugify(text) == slug


# Tag pages as Hugo 0.168 writes them (/tags/<path>/ for these tags): whitespace becomes `-`
# before punctuation is dropped, so the two spaces around `&` stay two dashes.
@pytest.mark.parametrize(("text", "slug"), [
    ("Tips & Tricks", "tips--tricks"),
    ("Q & A", "q--a"),
    ("Hello - World", "hello---world"),
    ("What? Why! (How)", "what-why-how"),
    ("R&D", "rd"),
    ("1:1 meetings", "11-meetings"),
    ("don't panic", "dont-panic"),
    ("50% done", "50-done"),
    ("über cool", "über-cool"),
    ("C#", "c#"),
    ("a + b", "a-+-b"),
])
def test_slugify_as_hugo_writes_term_paths(text: str, slug: str) -> None:
    assert slugify(text) == slug


@pytest.mark.parametrize("text", ["!!!", "   ", "", "?!/"])
def test_slugify_can_be_empty(text: str) -> None:
    assert slugify(text) == ""


def test_slugify_is_nfc_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", "Mentoría")
    assert decomposed != "Mentoría"
    assert slugify(decomposed) == "mentoría"
    assert slugify(decomposed) == unicodedata.normalize("NFC", slugify(decomposed))


def test_slugify_keeps_combining_marks() -> None:
    # Devanagari vowel signs are marks (category M): dropping them would change the word.
    assert slugify("हिंदी") == "हिंदी"


def test_slugify_same_for_different_case() -> None:
    assert slugify("Go") == slugify("go") == slugify("GO")


# -- href --------------------------------------------------------------------------------

def test_href_percent_encodes_non_ascii() -> None:
    assert href("/tags/mentoría/") == "/tags/mentor%C3%ADa/"


def test_href_keeps_plus_and_slashes() -> None:
    assert href("/tags/c++/") == "/tags/c++/"


def test_href_encodes_hash_and_space() -> None:
    assert href("/tags/c#/") == "/tags/c%23/"
    assert href("/a b/") == "/a%20b/"


def test_href_does_not_double_encode() -> None:
    assert href("/tags/mentor%C3%ADa/") == "/tags/mentor%C3%ADa/"


def test_href_of_slugified_tag_round_trip() -> None:
    assert href("/tags/" + slugify("Mentoría") + "/") == "/tags/mentor%C3%ADa/"


# -- dated file names ------------------------------------------------------------------

def test_split_dated_name() -> None:
    assert split_dated_name("2021-12-10-the-perks-of-mentorship") == (
        (2021, 12, 10), "the-perks-of-mentorship")


def test_split_dated_name_short_month_and_day() -> None:
    assert split_dated_name("2021-1-5-x") == ((2021, 1, 5), "x")


def test_split_dated_name_hugo_time_prefix() -> None:
    assert split_dated_name("2021-12-10-09-30-15-title") == ((2021, 12, 10, 9, 30, 15), "title")


def test_split_dated_name_trailing_dots_dropped() -> None:
    assert split_dated_name("2021-12-10-slug..") == ((2021, 12, 10), "slug")


@pytest.mark.parametrize("stem", ["the-perks", "2021-12-the-perks", "21-12-10-x", "2021-12-10",
                                  "about"])
def test_split_dated_name_without_date(stem: str) -> None:
    assert split_dated_name(stem) == (None, stem)


def test_split_dated_name_keeps_case_and_unicode() -> None:
    assert split_dated_name("2021-12-10-Mentoría-Notes") == ((2021, 12, 10), "Mentoría-Notes")


# -- clean_url / output_path -----------------------------------------------------------

@pytest.mark.parametrize(("value", "url"), [
    ("/mentoring", "/mentoring/"),
    ("mentoring", "/mentoring/"),
    ("/mentoring/", "/mentoring/"),
    ("/Mentoring/Notes", "/Mentoring/Notes/"),  # case kept
    ("/x.html", "/x.html"),
    ("/a//b/./c", "/a/b/c/"),
    ("/", "/"),
    ("", "/"),
    ("  /padded  ", "/padded/"),
    ("/feed.xml", "/feed.xml"),
])
def test_clean_url(value: str, url: str) -> None:
    assert clean_url(value) == url


@pytest.mark.parametrize("value", ["https://example.org/x", "http://example.org", "//evil.org/x",
                                   "ftp://x/y", "mailto://x"])
def test_clean_url_refuses_full_addresses(value: str) -> None:
    with pytest.raises(UrlError, match="full address"):
        clean_url(value)


@pytest.mark.parametrize("value", ["/../etc/passwd", "..", "/a/../../b", "a/.."])
def test_clean_url_refuses_dot_dot(value: str) -> None:
    with pytest.raises(UrlError, match=r"\.\."):
        clean_url(value)


@pytest.mark.parametrize("value", ["/a\\b", "/a\x00b"])
def test_clean_url_refuses_backslash_and_nul(value: str) -> None:
    with pytest.raises(UrlError):
        clean_url(value)


@pytest.mark.parametrize(("url", "path"), [
    ("/mentoring/", "mentoring/index.html"),
    ("/", "index.html"),
    ("/x.html", "x.html"),
    ("/2021/12/10/the-perks-of-mentorship.html", "2021/12/10/the-perks-of-mentorship.html"),
    ("/posts/the-perks-of-mentorship/", "posts/the-perks-of-mentorship/index.html"),
    ("/no-extension", "no-extension/index.html"),
    ("/index.xml", "index.xml"),
])
def test_output_path(url: str, path: str) -> None:
    assert output_path(url) == path


# -- Jekyll permalinks -----------------------------------------------------------------

def jekyll(pattern: str, **kw: object) -> str:
    args: dict[str, object] = {"date": DEC10, "title": "the-perks-of-mentorship",
                               "slug": "the-perks-of-mentorship", "categories": ()}
    args.update(kw)
    return expand_jekyll(pattern, **args)  # type: ignore[arg-type]


def test_jekyll_date_style_without_categories_has_no_double_slash() -> None:
    assert jekyll("date") == "/2021/12/10/the-perks-of-mentorship.html"


def test_jekyll_pretty_style() -> None:
    assert jekyll("pretty") == "/2021/12/10/the-perks-of-mentorship/"


def test_jekyll_none_and_ordinal_styles() -> None:
    assert jekyll("none") == "/the-perks-of-mentorship.html"
    assert jekyll("ordinal") == "/2021/344/the-perks-of-mentorship.html"


def test_jekyll_weekdate_style() -> None:
    assert jekyll("weekdate") == "/2021/W49/Fri/the-perks-of-mentorship.html"


def test_jekyll_categories_lowercased_and_joined_not_slugified() -> None:
    # Jekyll's `:categories` only lowercases (url_drop.rb), so `Big Ideas` is a folder with a
    # space: Jekyll 4.3 writes `big ideas/2021/...`.
    assert jekyll("date", categories=("Mentoring", "Big Ideas")) == \
        "/mentoring/big ideas/2021/12/10/the-perks-of-mentorship.html"
    assert jekyll("/:categories/", categories=("Go", "go", "GO")) == "/go/"


def test_jekyll_slugified_categories() -> None:
    assert jekyll("/:slugified_categories/", categories=("Big Ideas", "C++")) == "/big-ideas/c/"


def test_jekyll_title_keeps_case_slug_lowercases() -> None:
    assert jekyll("/:title/", title="The-Perks", slug="The-Perks") == "/The-Perks/"
    assert jekyll("/:slug/", title="The-Perks", slug="The-Perks") == "/the-perks/"


def test_jekyll_all_date_tokens() -> None:
    url = jekyll("/:year/:short_year/:month/:i_month/:day/:i_day/:hour/:minute/:second/")
    assert url == "/2021/21/12/12/10/10/09/05/07/"


# Every token of Jekyll 4.3's url_drop.rb, with what `jekyll build` wrote for the post
# `_posts/2024-07-04-tokens.md` (categories [A B]) under this front-matter permalink.
JEKYLL_TOKENS = ("/tok/:year/:month/:day/:i_month/:i_day/:short_year/:hour/:minute/:second/"
                 ":y_day/:week/:w_year/:w_day/:short_day/:long_day/:short_month/:long_month/"
                 ":title/:slug/:name/:categories/:slugified_categories/:collection/x:output_ext")
JEKYLL_WROTE = ("/tok/2024/07/04/7/4/24/00/00/00/186/27/2024/4/Thu/Thursday/Jul/July/tokens/"
                "tokens/2024-07-04-tokens/a b/a-b/posts/x.html")


def test_jekyll_every_token_as_jekyll_writes_it() -> None:
    url = expand_jekyll(JEKYLL_TOKENS, date=datetime(2024, 7, 4, tzinfo=UTC), title="tokens",
                        slug="tokens", categories=("A B",), name="2024-07-04-tokens",
                        style=False)
    assert url == JEKYLL_WROTE


@pytest.mark.parametrize(("raw", "title", "slug"), [
    ("Hello_World", "Hello_World", "hello-world"),  # pretty mode keeps `_`, default does not
    ("My Slug!", "My-Slug!", "my-slug"),
    ("Mentoría Notes", "Mentoría-Notes", "mentoría-notes"),
    ("a...b", "a...b", "a-b"),
    ("-x-", "x", "x"),
])
def test_jekyll_title_and_slug_modes(raw: str, title: str, slug: str) -> None:
    assert jekyll("/:title/", title=raw, slug=raw) == f"/{title}/"
    assert jekyll("/:slug/", title=raw, slug=raw) == f"/{slug}/"


@pytest.mark.parametrize(("mode", "text", "slug"), [
    ("default", "The _config.yml file", "the-config-yml-file"),
    ("pretty", "The _config.yml file", "the-_config.yml-file"),
    ("raw", "The _config.yml file", "the-_config.yml-file"),
    ("default", "  spaced  ", "spaced"),
])
def test_jekyll_slugify(mode: str, text: str, slug: str) -> None:
    assert jekyll_slugify(text, mode=mode) == slug


@pytest.mark.parametrize(("pattern", "url"), [
    ("/:year/:title", "/2021/the-perks-of-mentorship.html"),  # no slash: Jekyll adds .html
    ("/blog/my-talk", "/blog/my-talk.html"),
    ("/blog/my-talk/", "/blog/my-talk/"),
    ("/blog/my-talk.html", "/blog/my-talk.html"),
    ("/blog/feed.xml", "/blog/feed.xml.html"),  # Jekyll: the output extension is .html
])
def test_jekyll_pattern_without_trailing_slash_is_an_html_file(pattern: str, url: str) -> None:
    assert jekyll(pattern) == url


def test_jekyll_styles_only_where_the_site_names_them() -> None:
    # Jekyll maps `pretty` to its pattern only in _config.yml; a post's `permalink: pretty`
    # is the address /pretty.html.
    assert jekyll("pretty", style=False) == "/pretty.html"


def test_jekyll_token_followed_by_underscore() -> None:
    assert jekyll("/:month_:day/") == "/12_10/"


def test_jekyll_unpadded_tokens() -> None:
    jan5 = datetime(2021, 1, 5, tzinfo=UTC)
    assert jekyll("/:i_month/:i_day/:month/:day/", date=jan5) == "/1/5/01/05/"


def test_jekyll_date_tokens_use_the_written_offset() -> None:
    # 2021-12-10 23:30 -08:00 is already Dec 11 in UTC; the url keeps the day as written.
    late = datetime(2021, 12, 10, 23, 30, tzinfo=timezone(-timedelta(hours=8)))
    assert jekyll("date", date=late) == "/2021/12/10/the-perks-of-mentorship.html"


def test_jekyll_unknown_token_is_an_error() -> None:
    with pytest.raises(UrlError, match=":nonsense"):
        jekyll("/:nonsense/")


def test_jekyll_short_year_not_read_as_short() -> None:
    assert jekyll("/:short_year/") == "/21/"


# -- Hugo permalinks -------------------------------------------------------------------

def hugo(pattern: str, **kw: object) -> str:
    args: dict[str, object] = {"date": DEC10, "title": "The Perks of Mentorship", "slug": "",
                               "filename": "2021-12-10-the-perks-of-mentorship",
                               "sections": ("posts",)}
    args.update(kw)
    return expand_hugo(pattern, HugoPage(**args))  # type: ignore[arg-type]


def test_hugo_slug_is_the_slug_else_the_title() -> None:
    # Hugo's docs and permalinks.go (pageToPermalinkSlugElseTitle): never the file name.
    assert hugo("/:year/:month/:slug/") == "/2021/12/the-perks-of-mentorship/"
    assert hugo("/:slug/", title="Why Goals Matter") == "/why-goals-matter/"
    assert hugo("/:slug/", title="Why Goals Matter", slug="Goals") == "/goals/"


def test_a_dot_a_value_brings_is_no_file_type() -> None:
    """A real Hugo blog's `/:filename` of `about-3li3.com.md` was written as a file named
    `about-3li3.com`; Hugo writes `/about-3li3.com/index.html`. A pattern's own `.html`
    still names a file."""
    assert hugo("/:filename", filename="about-3li3.com") == "/about-3li3.com/"
    assert hugo("/:year/:slug", slug="node.js-tips") == "/2021/node.js-tips/"
    assert hugo("/:slug.html", slug="a") == "/a.html"


def test_hugo_slug_or_filename_tokens() -> None:
    for token in ("slugorfilename", "slugorcontentbasename"):
        assert hugo(f"/:{token}/") == "/2021-12-10-the-perks-of-mentorship/"
        assert hugo(f"/:{token}/", slug="Mine") == "/mine/"
    assert hugo("/:filename/:contentbasename/", filename="Note-One") == "/note-one/note-one/"


def test_hugo_title_token() -> None:
    assert hugo("/:title/", slug="ignored") == "/the-perks-of-mentorship/"


# Slugs and titles through `:slug` and `:title`, as Hugo 0.168 wrote them (a site with
# `s = "/s/:slug/"` and `t = "/t/:title/"`, one page per value).
@pytest.mark.parametrize(("value", "slug", "title"), [
    ("A/B", "a/b", "a-b"),
    ("x+y", "x-y", "x-y"),
    ("a + b", "a--b", "a--b"),
    ("C++ & Go", "c-go", "c-go"),
    ("Hello - World", "hello-world", "hello-world"),
    ("don't", "dont", "dont"),
    ("50% off", "50-off", "50-off"),
    ("a.b", "a.b", "a.b"),
    ("\u216b \u00bd \uff13", "\uff13", "\uff13"),  # Nl and No go, a full-width 3 stays
    ("semi;colon=eq", "semicoloneq", "semicoloneq"),
    ("tab\there", "tab-here", "tab-here"),
    ("emoji 🎉 ok", "emoji-ok", "emoji-ok"),
    ("Ça va?", "ça-va", "ça-va"),
    ("ALLCAPS", "allcaps", "allcaps"),
    ("under_score", "under_score", "under_score"),
    ("#hash", "#hash", "#hash"),
    ("~tilde", "~tilde", "~tilde"),
    ("q?x", "qx", "qx"),
    ("<tag>", "tag", "tag"),
    ("a@b", "a@b", "a@b"),
    ("a|b", "ab", "ab"),
])
def test_hugo_slug_and_title_as_hugo_writes_them(value: str, slug: str, title: str) -> None:
    assert hugo("/s/:slug/", slug=value) == f"/s/{slug}/"
    assert hugo("/t/:title/", title=value) == f"/t/{title}/"


def test_hugo_sections_and_slices() -> None:
    # Hugo 0.168 for content/a/b/c/p.md with _index.md in a/b and a/b/c.
    deep = ("a", "b", "c")
    assert hugo("/:section/:sections/", sections=deep) == "/a/a/b/c/"
    assert hugo("/:sections[1:]/", sections=deep) == "/b/c/"
    assert hugo("/:sections[0]/", sections=deep) == "/a/"
    assert hugo("/:sections[last]/", sections=deep) == "/c/"
    assert hugo("/:sections[:1]/", sections=deep) == "/a/"
    assert hugo("/:sections[1:2]/", sections=deep) == "/b/"
    assert hugo("/x-:sections[1:]/", sections=("a",)) == "/x-/"  # lenient out of range
    assert hugo("/:sections[7]/:slug/", sections=deep, slug="p") == "/p/"


def test_hugo_sectionslugs_use_folder_names() -> None:
    assert hugo("/:sectionslug/:sectionslugs/", sections=("My Posts", "Go")) == \
        "/my-posts/my-posts/go/"


def test_hugo_date_tokens() -> None:
    # Hugo 0.168 for a post dated 2024-07-04 (a Thursday).
    july4 = datetime(2024, 7, 4, 8, tzinfo=UTC)
    assert hugo("/:year/:month/:monthname/:day/:weekday/:weekdayname/:yearday/",
                date=july4) == "/2024/07/july/04/4/thursday/186/"


def test_hugo_go_date_layouts() -> None:
    nov2 = datetime(2009, 11, 2, 8, tzinfo=timezone(-timedelta(hours=5)))
    assert hugo("/:01/:Jan/:Monday/:06/:2/", date=nov2) == "/11/nov/monday/09/2/"
    # Tokens are `:` and word characters: `-01-02` after `:2006` is text, as in Hugo.
    assert hugo("/:2006-01-02/", date=nov2) == "/2009-01-02/"
    assert hugo("/:2006/:01/:02/", date=nov2) == "/2009/11/02/"


def test_hugo_date_tokens_without_a_date_use_go_zero_time() -> None:
    # Hugo writes a page without any date at year 1: /x/01/jan/monday/01/1/.
    assert hugo("/x/:01/:Jan/:Monday/:06/:2/", date=None) == "/x/01/jan/monday/01/1/"
    assert hugo("/:year/:slug/", date=None, slug="a") == "/1/a/"
    assert hugo_pattern_uses_date("/:year/:slug/")
    assert hugo_pattern_uses_date("/:2006/x/")
    assert not hugo_pattern_uses_date("/:section/:slug/")


def test_hugo_escaped_colon_and_case() -> None:
    # `\:` is a literal colon, which Hugo's path sanitising then drops; text is lowercased.
    assert hugo("/X/:slug\\:z/", slug="a") == "/x/az/"


def test_hugo_adds_trailing_slash_without_extension() -> None:
    assert hugo("/:year/:month/:slug") == "/2021/12/the-perks-of-mentorship/"


def test_hugo_keeps_extension() -> None:
    assert hugo("/:slug.html") == "/the-perks-of-mentorship.html"


def test_hugo_unknown_token_is_an_error() -> None:
    with pytest.raises(UrlError, match="bogus"):
        hugo("/:bogus/")
    with pytest.raises(UrlError):
        hugo("/:slug[1:]/")


@pytest.mark.parametrize(("text", "sanitized"), [
    ("Hello - World", "Hello-World"),
    ("  lead", "lead"),
    ("x--y", "x--y"),
    ("50%20off", "50%20off"),
    ("a\\b", "ab"),
])
def test_hugo_sanitize(text: str, sanitized: str) -> None:
    assert hugo_sanitize(text) == sanitized


def test_list_url_section_pattern_serves_nested_sections() -> None:
    # Hugo 0.168: `section: {notes: /all-notes/:title/}` also places notes/sub.
    patterns = {"section:notes": "/all-notes/:title/"}
    assert list_url(patterns, "section", "notes/sub", "/notes/sub/", title="Sub Notes",
                    section="notes/sub") == "/all-notes/sub-notes/"
    assert list_url(patterns, "section", "other", "/other/") == "/other/"


def test_list_url_term_slug_beats_title() -> None:
    patterns = {"term:categories": "/cats/:slug/"}
    assert list_url(patterns, "term", "categories", "", title="Life Story") == "/cats/life-story/"
    assert list_url(patterns, "term", "categories", "", slug="life-x", title="Life!") == \
        "/cats/life-x/"


# -- helpers -----------------------------------------------------------------------------

@pytest.mark.parametrize(("base", "url", "joined"), [
    ("/", "/posts/a/", "/posts/a/"),
    ("/blog/", "/posts/a/", "/blog/posts/a/"),
    ("/blog/", "posts/a/", "/blog/posts/a/"),
    ("/blog/", "https://x.org/", "https://x.org/"),
    ("/blog/", "#top", "#top"),
    ("/blog/", "mailto:a@b.c", "mailto:a@b.c"),
])
def test_join_base(base: str, url: str, joined: str) -> None:
    assert join_base(base, url) == joined


@pytest.mark.parametrize(("path", "inside"), [
    ("posts/a/index.html", True),
    ("index.html", True),
    ("/etc/passwd", False),
    ("../outside.html", False),
    ("a/../../b", False),
    ("", False),
])
def test_is_inside(path: str, inside: bool) -> None:
    assert is_inside(path) is inside


@pytest.mark.parametrize(("value", "why"), [
    ("C:/x/y", "drive letter"), ("/posts/c:x/", "drive letter"), ("/a\\b/", "backslashes"),
    ("/../x/", "`..`"), ("//evil.example/x", "full address"),
])
def test_clean_url_refuses_what_leaves_the_output_folder_anywhere(value: str, why: str) -> None:
    with pytest.raises(UrlError, match=why):
        clean_url(value)


@pytest.mark.parametrize(("path", "problem"), [
    ("posts/a/index.html", None),
    ("re:invent/index.html", None),  # a colon later in a name is no drive letter
    ("C:/x/index.html", "drive letter"),
    ("posts/D:evil/index.html", "drive letter"),
    ("a\\b/index.html", "not a plain path"),
    ("a\x00/index.html", "not a plain path"),
    ("x" * 256 + "/index.html", "256 bytes long"),
    ("é" * 128 + "/index.html", "256 bytes long"),  # bytes, not characters
    ("/".join(["abcdefghij"] * 100) + "/index.html", "bytes long; at most 1024"),
])
def test_path_problem(path: str, problem: str | None) -> None:
    found = path_problem(path)
    assert (found is None) if problem is None else (problem in str(found))
