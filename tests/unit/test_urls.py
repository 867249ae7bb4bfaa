"""urls: slugs, dated file names, clean_url, output paths, Jekyll and Hugo permalink patterns,
href encoding (FRONTMATTER.md section 1 `url`/`slug`, section 2 permalinks, section 5
"Tag -> slug")."""

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import pytest

from mentorblog.urls import (
    UrlError,
    clean_url,
    expand_hugo,
    expand_jekyll,
    href,
    is_inside,
    join_base,
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


def test_jekyll_categories_lowercased_and_joined() -> None:
    assert jekyll("date", categories=("Mentoring", "Big Ideas")) == \
        "/mentoring/big-ideas/2021/12/10/the-perks-of-mentorship.html"


def test_jekyll_title_keeps_case_slug_lowercases() -> None:
    assert jekyll("/:title/", title="The-Perks", slug="The-Perks") == "/The-Perks/"
    assert jekyll("/:slug/", title="The-Perks", slug="The-Perks") == "/the-perks/"


def test_jekyll_all_date_tokens() -> None:
    url = jekyll("/:year/:short_year/:month/:i_month/:day/:i_day/:hour/:minute/:second/")
    assert url == "/2021/21/12/12/10/10/09/05/07/"


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
    args: dict[str, object] = {"date": DEC10, "title": "The Perks of Mentorship",
                               "slug": "the-perks-of-mentorship", "section": "posts",
                               "basename": "2021-12-10-the-perks-of-mentorship"}
    args.update(kw)
    return expand_hugo(pattern, **args)  # type: ignore[arg-type]


def test_hugo_year_slug() -> None:
    assert hugo("/:year/:slug/") == "/2021/the-perks-of-mentorship/"


def test_hugo_section_and_title() -> None:
    assert hugo("/:section/:title/") == "/posts/the-perks-of-mentorship/"


def test_hugo_adds_trailing_slash_without_extension() -> None:
    assert hugo("/:year/:month/:slug") == "/2021/12/the-perks-of-mentorship/"


def test_hugo_keeps_extension() -> None:
    assert hugo("/:slug.html") == "/the-perks-of-mentorship.html"


def test_hugo_contentbasename() -> None:
    assert hugo("/:contentbasename/") == "/2021-12-10-the-perks-of-mentorship/"


def test_hugo_nested_section_token_uses_top_section() -> None:
    assert hugo("/:section/:slug/", section="posts/letters") == "/posts/the-perks-of-mentorship/"
    assert hugo("/:sections/:slug/", section="posts/letters") == \
        "/posts/letters/the-perks-of-mentorship/"


def test_hugo_unknown_token_is_an_error() -> None:
    with pytest.raises(UrlError):
        hugo("/:bogus/")


def test_hugo_date_token_without_a_date_is_an_error_not_an_empty_segment() -> None:
    with pytest.raises(UrlError):
        hugo("/:year/:slug/", date=None)


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
