"""parse: front matter split (YAML/TOML/JSON, BOM, CRLF) and the Hugo/Jekyll dialect table
-> Page (FRONTMATTER.md sections 0, 1, 2, 3 and 5). Pure: text in, Page out, no disk."""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path, PurePosixPath
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentorblog.core.errors import BuildError, Notice
from mentorblog.core.keys import lookup
from mentorblog.core.model import HUGO, JEKYLL, Config, Page, ScopeDefault
from mentorblog.read.parse import (
    ParseContext,
    default_main_sections,
    parse_or_skip,
    parse_page,
    read_text,
    section_folders,
    site_dialect,
    split_front_matter,
)

LAYOUTS = frozenset({"404", "alias", "archives", "base", "home", "page", "post", "search",
                     "section", "tag", "tags"})
UTC = UTC
PLUS8 = timezone(timedelta(hours=8))


def config(**kw: Any) -> Config:
    return Config(root=Path("/site"), title="T", base_url="https://example.org/", **kw)


def context(main_sections: tuple[str, ...] = ("posts",),
            section_dirs: frozenset[str] = frozenset(), **kw: Any) -> ParseContext:
    return ParseContext(config(**kw), main_sections, LAYOUTS, section_dirs=section_dirs)


def parse(text: str | bytes, source: str = "content/posts/a.md", **kw: Any) -> Page:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return parse_page(data, PurePosixPath(source), context(**kw))


def parse_error(text: str | bytes, source: str = "content/posts/a.md",
                **kw: Any) -> BuildError:
    with pytest.raises(BuildError) as info:
        parse(text, source, **kw)
    assert info.value.file == PurePosixPath(source)
    return info.value


def notes(page: Page) -> list[str]:
    return [n.message for n in page.notices]


def dated(fields: str, body: str = "Body.\n") -> str:
    """A post with a date, so the "has no date" warning stays out of the way."""
    return f"---\n{fields}date: 2021-12-10\n---\n{body}"


# -- front matter split ------------------------------------------------------------------

def test_yaml_front_matter_and_body_line() -> None:
    page = parse("---\ntitle: Hello\ndate: 2021-12-10\n---\nFirst line.\n")
    assert page.title == "Hello"
    assert page.body == "First line.\n"
    assert page.body_line == 5


def test_blank_lines_before_front_matter_as_hugo_allows() -> None:
    """Hugo reads front matter after blank lines (a real post starts with an empty line
    before `+++`); lines of keys, errors and the body count from the top of the file."""
    page = parse("\n+++\ntitle = 'Hello'\ndate = 2021-12-10\ntags = ['a']\n+++\nBody.\n")
    assert (page.title, page.terms["tags"], page.body, page.body_line) == (
        "Hello", ("a",), "Body.\n", 7)
    assert page.key_lines["tags"] == 5
    assert parse("\n\n---\ntitle: Y\ndate: 2021-12-10\n---\nB\n").title == "Y"
    text = "---\ntitle: x\ntags: [a, b\n---\nB\n"
    err, shifted = parse_error(text), parse_error("\n" + text)
    assert err.line and shifted.line == err.line + 1 and err.message == shifted.message
    plain = parse("\nNo front matter here.\n")
    assert plain.body == "\nNo front matter here.\n" and plain.title == "A"


def test_bom_is_removed_before_front_matter() -> None:
    page = parse(b"\xef\xbb\xbf---\ntitle: Hello\ndate: 2021-12-10\n---\nBody\n")
    assert page.title == "Hello"
    assert "\ufeff" not in page.body
    assert page.body == "Body\n"
    assert notes(page) == []


def test_crlf_parses_like_lf() -> None:
    crlf = parse("---\r\ntitle: Hello\r\ndate: 2021-12-10\r\ntags: [a]\r\n---\r\n"
                 "One\r\n\r\nTwo\r\n")
    lf = parse("---\ntitle: Hello\ndate: 2021-12-10\ntags: [a]\n---\nOne\n\nTwo\n")
    assert crlf.body == lf.body == "One\n\nTwo\n"
    assert "\r" not in crlf.body
    assert (crlf.title, crlf.date, crlf.tags, crlf.body_line) == \
        (lf.title, lf.date, lf.tags, lf.body_line)


def test_bare_cr_line_ends_become_lf() -> None:
    assert read_text(b"a\rb\r\nc", PurePosixPath("x.md")) == "a\nb\nc"


def test_toml_front_matter() -> None:
    page = parse('+++\ntitle = "Hello"\ndate = 2022-02-02T15:10:30+08:00\ntags = ["a", "b"]\n'
                 "draft = false\n+++\nBody\n")
    assert page.title == "Hello"
    assert page.date == datetime(2022, 2, 2, 15, 10, 30, tzinfo=PLUS8)
    assert page.date is not None and page.date.utcoffset() == timedelta(hours=8)
    assert page.tags == ("a", "b")
    assert page.body == "Body\n"
    assert page.body_line == 7


def test_toml_dates_match_yaml_dates() -> None:
    toml = parse("+++\ntitle = 'x'\ndate = 2021-12-10\n+++\n", timezone="Europe/Berlin")
    yaml = parse("---\ntitle: x\ndate: 2021-12-10\n---\n", timezone="Europe/Berlin")
    assert toml.date == yaml.date
    assert toml.date is not None and toml.date.utcoffset() == timedelta(hours=1)


def test_toml_wrong_type_error_has_line() -> None:
    err = parse_error("+++\ntitle = 'x'\ndate = 2021-12-10\nweight = 'high'\n+++\n")
    assert err.line == 4
    assert "weight" in err.message


def test_invalid_toml_is_an_error_with_line() -> None:
    err = parse_error("+++\ntitle = 'x'\ndate = 2021-02-30\n+++\n")
    assert "TOML" in err.message
    assert err.line == 3


def test_json_front_matter() -> None:
    page = parse('{\n  "title": "Hello",\n  "date": "2021-12-10",\n  "tags": ["a"]\n}\nBody\n')
    assert page.title == "Hello"
    assert page.date == datetime(2021, 12, 10, tzinfo=ZoneInfo("UTC"))
    assert page.tags == ("a",)
    assert page.body == "Body\n"
    assert page.body_line == 6


def test_invalid_json_front_matter_is_an_error_with_line() -> None:
    err = parse_error('{"title": "x",\n "weight": }\nBody')
    assert "JSON" in err.message
    assert err.line == 2


def test_json_wrong_type_error_has_line() -> None:
    err = parse_error('{\n  "title": "x",\n  "weight": "high"\n}\nBody')
    assert err.line == 3


def test_yaml_closed_by_three_dots() -> None:
    page = parse("---\ntitle: Hello\ndate: 2021-12-10\n...\nBody\n")
    assert page.title == "Hello"
    assert page.body == "Body\n"


def test_thematic_break_later_in_body_is_body() -> None:
    page = parse("---\ntitle: x\ndate: 2021-12-10\n---\nintro\n\n---\n\nmore\n")
    assert page.body == "intro\n\n---\n\nmore\n"


def test_missing_front_matter_whole_file_is_body_one_warning() -> None:
    page = parse("intro\n\n---\n\nmore\n", "content/posts/2021-12-10-my-first-note.md")
    assert page.body == "intro\n\n---\n\nmore\n"
    assert page.title == "My First Note"
    assert page.date == datetime(2021, 12, 10, tzinfo=ZoneInfo("UTC"))
    assert len(page.notices) == 1
    assert "no front matter" in page.notices[0].message
    assert page.notices[0].file == PurePosixPath("content/posts/2021-12-10-my-first-note.md")


def test_missing_front_matter_no_date_anywhere() -> None:
    page = parse("just text", "content/posts/my-file.md")
    assert page.title == "My File"
    assert page.date is None  # never the file mtime


def test_empty_front_matter_is_fine() -> None:
    page = parse("---\n---\nBody\n", "content/posts/2021-12-10-x.md")
    assert page.body == "Body\n"
    assert page.title == "X"


@pytest.mark.parametrize(("front", "kind"), [("- a\n- b", "list"), ("just a string", "str")])
def test_front_matter_that_is_not_a_mapping_is_an_error(front: str, kind: str) -> None:
    err = parse_error(f"---\n{front}\n---\nBody\n")
    assert kind in err.message
    assert err.line == 2


def test_unclosed_front_matter_is_an_error() -> None:
    err = parse_error("---\ntitle: x\n\nBody without closing fence\n")
    assert err.line == 1
    assert "never closed" in err.message


def test_invalid_yaml_is_an_error_with_the_file_line() -> None:
    err = parse_error("---\ntitle: x\ntags: [unclosed\nother: 1\n---\n")
    assert "not valid YAML" in err.message
    assert err.line is not None and err.line >= 3


def test_not_utf8_is_an_error_with_line() -> None:
    err = parse_error(b"---\ntitle: caf\xe9\n---\n")
    assert "UTF-8" in err.message
    assert err.line == 2


def test_nul_byte_is_an_error_with_line() -> None:
    err = parse_error(b"---\ntitle: x\n---\nab\x00c")
    assert err.line == 4


def test_split_front_matter_reports_found() -> None:
    src = PurePosixPath("content/a.md")
    assert split_front_matter("---\na: 1\n---\nb", src).found
    assert not split_front_matter("no fm", src).found


# -- dates ---------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["2021-12-10", "2021-12-10 09:30:00",
                                   "2022-02-02T15:10:30+08:00"])
def test_quoted_and_unquoted_dates_are_identical(value: str) -> None:
    plain = parse(f"---\ntitle: x\ndate: {value}\n---\n", timezone="Europe/Berlin")
    single = parse(f"---\ntitle: x\ndate: '{value}'\n---\n", timezone="Europe/Berlin")
    double = parse(f'---\ntitle: x\ndate: "{value}"\n---\n', timezone="Europe/Berlin")
    assert plain.date == single.date == double.date
    assert plain.date is not None and single.date is not None
    assert plain.date.utcoffset() == single.date.utcoffset()


def test_jekyll_reads_an_unquoted_time_without_zone_as_utc() -> None:
    """Ruby's YAML reads `date: 2020-01-02 00:00:00` (no quotes, no zone) as that time in
    UTC, and Jekyll shows and links it in the site's zone: in New York, on the 1st."""
    post = "content/_posts/2020-01-02-a.md"
    page = parse("---\ntitle: x\ndate: 2020-01-02 00:00:00\n---\n", post,
                 timezone="America/New_York")
    assert page.date == datetime(2020, 1, 2, tzinfo=UTC)
    assert page.date is not None and page.date.utcoffset() == timedelta(hours=-5)
    assert page.url == "/2020/01/01/a.html"  # where Jekyll published it
    # Quoted, without seconds, with a zone, in a Hugo post: a time in the site's zone.
    for text, source in [('"2020-01-02 00:00:00"', post), ("2020-01-02 00:00", post),
                         ("2020-01-02 00:00:00 -05:00", post), ("!!str 2020-01-02 00:00:00", post),
                         ("2020-01-02 00:00:00\ndate: '2020-01-02 00:00:00'", post),  # the last
                         ("2020-01-02 00:00:00", "content/posts/a.md")]:
        local = parse(f"---\ntitle: x\ndate: {text}\n---\n", source,
                      timezone="America/New_York")
        assert local.date == datetime(2020, 1, 2, tzinfo=ZoneInfo("America/New_York")), text
    # From `defaults:` (not the front matter), and on a UTC site, nothing changes either.
    default = parse("---\ntitle: x\n---\n", post, timezone="America/New_York",
                    defaults=(ScopeDefault("", {"date": "2020-01-02 00:00:00"}),))
    assert default.date == datetime(2020, 1, 2, tzinfo=ZoneInfo("America/New_York"))
    utc = parse("---\ntitle: x\ndate: 2020-01-02 00:00:00\n---\n", post)
    assert utc.date == datetime(2020, 1, 2, tzinfo=UTC) and utc.url == "/2020/01/02/a.html"


def test_offset_is_kept_as_written() -> None:
    page = parse("---\ntitle: x\ndate: 2022-02-02T15:10:30+08:00\n---\n", timezone="Europe/Berlin")
    assert page.date is not None
    assert (page.date.hour, page.date.utcoffset()) == (15, timedelta(hours=8))


@pytest.mark.parametrize(("value", "expected"), [
    ("2021-12-10 09:30:00 +0800", datetime(2021, 12, 10, 9, 30, tzinfo=PLUS8)),
    ("2021-1-5", datetime(2021, 1, 5, tzinfo=ZoneInfo("UTC"))),
    ("2021-12-10 9:30", datetime(2021, 12, 10, 9, 30, tzinfo=ZoneInfo("UTC"))),
    # forms Ruby's Time.parse reads, seen on real Jekyll blogs
    ("27 September 2015", datetime(2015, 9, 27, tzinfo=ZoneInfo("UTC"))),
    ("September 27, 2015", datetime(2015, 9, 27, tzinfo=ZoneInfo("UTC"))),
    ("5 Mar 2021 18:05", datetime(2021, 3, 5, 18, 5, tzinfo=ZoneInfo("UTC"))),
    ("2023-01-30 11:33:00 + 0900", datetime(2023, 1, 30, 11, 33, tzinfo=timezone(
        timedelta(hours=9)))),
    ("2016-11-10 17\uff1a00", datetime(2016, 11, 10, 17, 0, tzinfo=ZoneInfo("UTC"))),
])
def test_jekyll_date_forms(value: str, expected: datetime) -> None:
    page = parse(f"---\ntitle: x\ndate: {value}\n---\n")
    assert page.date == expected
    assert page.date is not None and page.date.utcoffset() == expected.utcoffset()


def test_impossible_date_is_an_error_at_the_date_line() -> None:
    err = parse_error("---\ntitle: x\ntags: [a]\ndate: 2021-02-30\n---\nBody\n")
    assert err.line == 4
    assert "date" in err.message
    assert str(err).startswith("content/posts/a.md:4: ")


def test_non_date_is_an_error_at_its_line() -> None:
    err = parse_error("---\ntitle: x\nlastmod: last tuesday\n---\n")
    assert err.line == 3
    assert "lastmod" in err.message


def test_date_only_is_midnight_in_site_timezone() -> None:
    page = parse("---\ntitle: x\ndate: 2021-12-10\n---\n", timezone="Europe/Berlin")
    assert page.date == datetime(2021, 12, 10, 0, 0, tzinfo=ZoneInfo("Europe/Berlin"))
    assert page.date is not None and page.date.utcoffset() == timedelta(hours=1)


def test_naive_datetime_takes_site_timezone() -> None:
    page = parse("---\ntitle: x\ndate: 2021-12-10T09:30:00\n---\n", timezone="Asia/Tokyo")
    assert page.date is not None
    assert page.date.hour == 9 and page.date.utcoffset() == timedelta(hours=9)


def test_file_name_date_in_any_folder() -> None:
    page = parse("---\ntitle: x\n---\n", "content/posts/2021-12-10-the-perks-of-mentorship.md",
                 timezone="Europe/Berlin")
    assert page.date == datetime(2021, 12, 10, tzinfo=ZoneInfo("Europe/Berlin"))
    assert page.slug == "the-perks-of-mentorship"


def test_hugo_date_time_file_name_prefix() -> None:
    page = parse("---\ntitle: x\n---\n", "content/posts/2021-12-10-09-30-15-hugo-style.md")
    assert page.date == datetime(2021, 12, 10, 9, 30, 15, tzinfo=ZoneInfo("UTC"))
    assert page.url == "/posts/hugo-style/"


def test_front_matter_date_overrides_file_name_date() -> None:
    page = parse("---\ntitle: x\ndate: 2021-12-14 09:30:00 +0800\n---\n",
                 "content/_posts/2021-12-10-the-perks.md")
    assert page.date == datetime(2021, 12, 14, 9, 30, tzinfo=PLUS8)
    assert page.url == "/2021/12/14/the-perks.html"
    [warning] = page.notices
    assert "more than a day" in warning.message
    assert warning.line == 3


def test_date_close_to_file_name_date_does_not_warn() -> None:
    page = parse("---\ntitle: x\ndate: 2021-12-10 09:30:00 +0800\n---\n",
                 "content/_posts/2021-12-10-the-perks.md")
    assert notes(page) == []


def test_jekyll_url_date_tokens_are_the_site_zones_as_jekyll_converts_them() -> None:
    """23:30 -08:00 on Dec 10 is Dec 11 in UTC: Jekyll (GitHub Pages builds in UTC, else
    the site's `timezone`) published the post under /2021/12/11/, so the old address keeps
    it there. The date shown stays as written."""
    text = "---\ntitle: x\ndate: 2021-12-10 23:30:00 -0800\n---\n"
    page = parse(text, "content/_posts/2021-12-10-the-perks.md")
    assert page.url == "/2021/12/11/the-perks.html"
    assert page.date is not None and page.date.isoformat() == "2021-12-10T23:30:00-08:00"
    local = parse(text, "content/_posts/2021-12-10-the-perks.md", timezone="America/Vancouver")
    assert local.url == "/2021/12/10/the-perks.html"


def test_hugo_url_date_tokens_use_the_written_offset() -> None:
    page = parse("---\ntitle: x\ndate: 2021-12-10T23:30:00-08:00\n---\n",
                 permalinks={"posts": "/:year/:month/:day/:slug/"})
    assert page.url == "/2021/12/10/x/"  # :slug is the title here


def test_impossible_file_name_date_is_an_error() -> None:
    err = parse_error("---\ntitle: x\n---\n", "content/_posts/2021-02-30-x.md")
    assert "2021-02-30" in err.message


def test_no_date_warns_once_for_posts_and_is_none() -> None:
    page = parse("---\ntitle: x\n---\n")
    assert page.date is None
    assert len(page.notices) == 1
    assert "no date" in page.notices[0].message


def test_pages_without_date_do_not_warn() -> None:
    page = parse("---\ntitle: About\n---\n", "content/about.md")
    assert page.kind == "page"
    assert notes(page) == []


def test_empty_date_is_no_date() -> None:
    assert parse("---\ntitle: x\ndate:\n---\n").date is None


def test_lastmod_aliases() -> None:
    for key in ("lastmod", "modified", "last_modified_at", "LastMod"):
        page = parse(f"---\ntitle: x\ndate: 2021-12-10\n{key}: 2022-01-01\n---\n")
        assert page.lastmod == datetime(2022, 1, 1, tzinfo=ZoneInfo("UTC")), key


def test_publish_and_expiry_dates() -> None:
    page = parse("---\ntitle: x\ndate: 2019-01-01\npublishDate: 2030-01-01\n"
                 "expiryDate: 2031-01-01\n---\n")
    assert page.publish_date == datetime(2030, 1, 1, tzinfo=ZoneInfo("UTC"))
    assert page.expiry_date == datetime(2031, 1, 1, tzinfo=ZoneInfo("UTC"))
    aliased = parse("---\ntitle: x\ndate: 2019-01-01\npubdate: 2030-01-01\n"
                    "unpublishdate: 2031-01-01\n---\n")
    assert (aliased.publish_date, aliased.expiry_date) == (page.publish_date, page.expiry_date)


def test_published_holding_a_date_is_the_publish_date() -> None:
    page = parse(dated("title: x\npublished: 2030-01-01\n"))
    assert page.publish_date == datetime(2030, 1, 1, tzinfo=ZoneInfo("UTC"))
    assert not page.is_draft


# -- drafts and booleans -------------------------------------------------------------------

@pytest.mark.parametrize(("value", "draft"), [
    ("true", True), ("false", False), ("yes", True), ("no", False), ("on", True), ("off", False),
    ("'true'", True), ("True", True),
])
def test_draft_accepts_yaml_1_1_words(value: str, draft: bool) -> None:
    assert parse(dated(f"title: x\ndraft: {value}\n")).is_draft is draft


@pytest.mark.parametrize("value", ["false", "no"])
def test_published_false_is_a_draft(value: str) -> None:
    page = parse(dated(f"title: x\npublished: {value}\n"))
    assert page.is_draft is True


def test_published_true_is_not_a_draft() -> None:
    assert parse(dated("title: x\npublished: true\n")).is_draft is False


def test_published_true_does_not_undo_draft_true() -> None:
    assert parse(dated("title: x\npublished: true\ndraft: true\n")).is_draft is True


def test_drafts_folder_is_draft_without_date_or_warning() -> None:
    page = parse("---\ntitle: x\n---\n", "content/_drafts/my-draft.md")
    assert page.is_draft
    assert page.date is None
    assert page.kind == "post" and page.section == "posts"
    assert notes(page) == []


def test_draft_maybe_is_an_error_with_line() -> None:
    err = parse_error("---\ntitle: x\ndraft: maybe\n---\n")
    assert err.line == 3
    assert "draft" in err.message


def test_display_flag_wrong_type_is_an_error_with_line() -> None:
    err = parse_error("---\ntitle: x\nshowToc: yes\ncomments: perhaps\n---\n")
    assert err.line == 4
    assert "comments" in err.message


def test_display_flags_normalised_and_yaml_words_booleans() -> None:
    page = parse(dated("title: x\nshowToc: yes\nTocOpen: off\nShowReadingTime: true\n"
                       "hidemeta: false\n"))
    assert page.flags["showtoc"] is True
    assert page.flags["tocopen"] is False
    assert page.flags["showreadingtime"] is True
    assert page.flags["hidemeta"] is False


def test_yes_no_stay_strings_in_text_fields() -> None:
    page = parse(dated("title: yes\ndescription: no\nauthor: on\ntags: [no, yes]\n"))
    assert page.title == "yes"
    assert page.description == "no"
    assert page.authors == ("on",)
    assert page.tags == ("no", "yes")


def test_non_string_scalars_in_text_fields_are_text() -> None:
    page = parse(dated("title: 2021\ndescription: 3.5\ntags: 2021\n"))
    assert page.title == "2021"
    assert page.description == "3.5"
    assert page.tags == ("2021",)


def test_title_as_list_is_an_error() -> None:
    err = parse_error("---\ntitle: [a, b]\n---\n")
    assert err.line == 2


@pytest.mark.parametrize("value", ["high", "1.5", "'3'", "true"])
def test_weight_must_be_whole_number(value: str) -> None:
    err = parse_error(f"---\ntitle: x\ndate: 2021-12-10\nweight: {value}\n---\n")
    assert err.line == 4
    assert "weight" in err.message


def test_weight_set_and_commented_out() -> None:
    assert parse(dated("title: x\nweight: 3\n")).weight == 3
    assert parse(dated("title: x\n# weight: 1\n")).weight == 0


def test_hidden_in_home_list_true_or_string_true_only() -> None:
    assert parse(dated("title: x\nhiddenInHomeList: true\n")).hidden_in_home_list
    assert parse(dated("title: x\nhiddenInHomeList: 'true'\n")).hidden_in_home_list
    assert not parse(dated("title: x\nhiddenInHomeList: false\n")).hidden_in_home_list
    assert not parse(dated("title: x\n")).hidden_in_home_list


def test_build_options() -> None:
    page = parse(dated("title: x\nbuild:\n  list: never\n  render: never\n"))
    assert not page.is_listed and not page.is_rendered
    page = parse(dated("title: x\nbuild: {list: always}\n"))
    assert page.is_listed and page.is_rendered


def test_search_hidden_and_hidden_in_rss() -> None:
    page = parse(dated("title: x\nsearchHidden: true\nhiddenInRss: yes\n"))
    assert page.search_hidden and page.hidden_in_rss


def test_sitemap_false_and_disable() -> None:
    assert not parse(dated("title: x\nsitemap: false\n")).in_sitemap
    page = parse(dated("title: x\nsitemap:\n  disable: true\n  priority: 0.5\n"))
    assert not page.in_sitemap
    assert page.sitemap == {"priority": 0.5}


# -- keys: case, duplicates, unknown -------------------------------------------------------

def test_key_lookup_ignores_case_underscore_and_dash() -> None:
    page = parse("---\nTitle: Hello\nDATE: 2021-12-10\nTags: [a]\nlink-title: Hi\n"
                 "Canonical_URL: https://x.org/a\n---\n")
    assert page.title == "Hello"
    assert page.date is not None
    assert page.tags == ("a",)
    assert page.link_title == "Hi"
    assert page.canonical_url == "https://x.org/a"


def test_duplicate_key_later_wins_warning_names_both_lines() -> None:
    page = parse("---\ntitle: first\ndate: 2021-12-10\ntitle: second\n---\n")
    assert page.title == "second"
    [warning] = page.notices
    assert warning.file == PurePosixPath("content/posts/a.md")
    assert warning.line == 4
    assert "lines 2 and 4" in warning.message


def test_two_spellings_of_one_key_later_wins_warning_names_both_lines() -> None:
    page = parse("---\ntitle: x\ndate: 2021-12-10\ncanonical_url: /a\ncanonicalURL: /b\n---\n")
    assert page.canonical_url == "/b"
    [warning] = page.notices
    assert "`canonical_url` (line 4)" in warning.message
    assert "`canonicalURL` (line 5)" in warning.message
    assert warning.line == 5


def test_paper_mod_repeated_flag_keeps_last() -> None:
    page = parse(dated("title: x\ndisableHLJS: true\ndisableHLJS: false\n"))
    assert page.flags["disablehljs"] is False
    assert len(page.notices) == 1


def test_unknown_keys_kept_in_params_with_spelling_and_types() -> None:
    page = parse(dated("title: x\nmyKey: 3\nSocial:\n  fediverse_creator: '@me'\n"
                       "someDate: 2021-12-10\nseries: [A]\n"))
    assert page.params["myKey"] == 3
    assert page.params["Social"] == {"fediverse_creator": "@me"}
    assert page.params["someDate"] == "2021-12-10"
    assert page.params["series"] == ["A"]  # not a declared taxonomy
    assert "title" not in page.params and "date" not in page.params
    assert notes(page) == []


def test_params_block_merged_into_params() -> None:
    page = parse(dated("title: x\nparams:\n  Mood: calm\n"))
    assert page.params["Mood"] == "calm"


def test_declared_taxonomy_is_a_term_not_a_param() -> None:
    page = parse(dated("title: x\nseries: [Getting Started]\n"),
                 taxonomies=(("tag", "tags"), ("category", "categories"), ("series", "series")))
    assert page.terms["series"] == ("Getting Started",)
    assert "series" not in page.params


def test_key_lines_are_recorded_normalised() -> None:
    page = parse("---\ntitle: x\ndate: 2021-12-10\nTags: [a]\n---\n")
    assert page.key_lines["tags"] == 4
    assert page.key_lines["date"] == 3


def test_site_defaults_apply_by_path_and_page_beats_them() -> None:
    defaults = (ScopeDefault(path="_posts", values={"layout": "post", "comments": True,
                                                    "author": "Site Default"}),)
    page = parse("---\ntitle: x\nauthor: Me\n---\n", "content/_posts/2021-12-10-a.md",
                 defaults=defaults)
    assert page.flags["comments"] is True
    assert page.authors == ("Me",)
    other = parse("---\ntitle: x\n---\n", "content/about.md", defaults=defaults)
    assert "comments" not in other.flags


def test_site_defaults_respect_the_scope_type() -> None:
    defaults = (ScopeDefault(path="", values={"layout": "post", "comments": True}, kind="posts"),
                ScopeDefault(path="", values={"layout": "page"}, kind="pages"))
    post = parse("---\ntitle: x\n---\n", "content/_posts/2021-12-10-a.md", defaults=defaults)
    about = parse("---\ntitle: About\n---\n", "content/about.md", defaults=defaults)
    assert post.layout == "post" and post.flags.get("comments") is True
    assert about.layout == "page" and "comments" not in about.flags


# -- tags ----------------------------------------------------------------------------------

def test_tags_as_comma_string_split_with_warning() -> None:
    page = parse("---\ntitle: x\ndate: 2021-12-10\ntags: mentoring, career growth\n---\n")
    assert page.tags == ("mentoring", "career growth")
    [warning] = page.notices
    assert warning.line == 4
    assert "commas" in warning.message


def test_tags_as_space_string_split_on_whitespace() -> None:
    page = parse(dated("title: x\ntags: mentoring growth\n"))
    assert page.tags == ("mentoring", "growth")
    assert notes(page) == []


def test_tag_list_items_kept_whole() -> None:
    page = parse(dated("title: x\ntags: ['career growth', ' spaced ', 'a, b']\n"))
    assert page.tags == ("career growth", "spaced", "a, b")
    assert notes(page) == []


def test_tag_beats_tags_and_is_not_split() -> None:
    page = parse(dated("title: x\ntags: [a, b]\ntag: Career Growth\n"))
    assert page.tags == ("Career Growth",)


@pytest.mark.parametrize("value", ["", "''", "[]", "~"])
def test_empty_tags_mean_no_tags(value: str) -> None:
    page = parse(dated(f"title: x\ntags: {value}\n"))
    assert page.tags == ()
    assert "tags" not in page.terms
    assert notes(page) == []


def test_duplicate_tags_in_one_post_collapse_to_first_spelling() -> None:
    assert parse(dated("title: x\ntags: [Go, go, GO, rust]\n")).tags == ("Go", "rust")


def test_tag_entry_that_is_not_a_name_is_an_error() -> None:
    err = parse_error("---\ntitle: x\ntags: [a, {b: 1}]\n---\n")
    assert err.line == 3


def test_tags_boolean_is_an_error() -> None:
    assert parse_error("---\ntitle: x\ntags: true\n---\n").line == 3


def test_categories_and_category() -> None:
    assert parse(dated("title: x\ncategories: Mentoring Growth\n")).terms["categories"] == (
        "Mentoring", "Growth")
    # Jekyll joins both when a post has both (a real blog's posts lost a category)
    assert parse(dated("title: x\ncategory: Big Ideas\ncategories: [a]\n")).terms[
        "categories"] == ("a", "Big Ideas")
    assert parse(dated("title: x\ncategory: Big Ideas\n")).terms["categories"] == ("Big Ideas",)


def test_keywords_default_to_tags() -> None:
    assert parse(dated("title: x\ntags: [a, b]\n")).keywords == ("a", "b")
    assert parse(dated("title: x\ntags: [a]\nkeywords: [k]\n")).keywords == ("k",)


# -- urls ----------------------------------------------------------------------------------

def test_hugo_default_url_is_section_and_slug() -> None:
    page = parse(dated("title: x\n"), "content/posts/My-Post.md")
    assert page.url == "/posts/my-post/"
    assert page.output_path == "posts/my-post/index.html"


def test_jekyll_post_url() -> None:
    page = parse("---\nlayout: post\ntitle: x\n---\n",
                 "content/_posts/2021-12-10-the-perks-of-mentorship.md")
    assert page.url == "/2021/12/10/the-perks-of-mentorship.html"
    assert page.output_path == "2021/12/10/the-perks-of-mentorship.html"
    assert page.section == "posts" and page.kind == "post"


def test_same_file_under_posts_gets_hugo_url() -> None:
    page = parse("---\nlayout: post\ntitle: x\n---\n",
                 "content/posts/2021-12-10-the-perks-of-mentorship.md")
    assert page.url == "/posts/the-perks-of-mentorship/"
    assert page.output_path == "posts/the-perks-of-mentorship/index.html"


def test_jekyll_short_month_day_file_name() -> None:
    page = parse("---\ntitle: x\n---\n", "content/_posts/2021-1-5-short.md")
    assert page.url == "/2021/01/05/short.html"


def test_site_permalink_pretty() -> None:
    page = parse("---\ntitle: x\n---\n", "content/_posts/2021-12-10-the-perks-of-mentorship.md",
                 permalink="pretty")
    assert page.url == "/2021/12/10/the-perks-of-mentorship/"
    assert page.output_path == "2021/12/10/the-perks-of-mentorship/index.html"


def test_site_permalink_does_not_touch_hugo_posts() -> None:
    page = parse("---\ntitle: x\n---\n", "content/posts/2021-12-10-the-perks-of-mentorship.md",
                 permalink="pretty")
    assert page.url == "/posts/the-perks-of-mentorship/"


def test_hugo_permalinks_for_a_section() -> None:
    page = parse("---\ntitle: x\n---\n", "content/posts/2021-12-10-the-perks-of-mentorship.md",
                 permalinks={"posts": "/:year/:slug/"})
    assert page.url == "/2021/the-perks-of-mentorship/"


def test_hugo_permalinks_do_not_apply_to_pages() -> None:
    page = parse("---\ntitle: About\n---\n", "content/about.md",
                 permalinks={"posts": "/:year/:slug/"})
    assert page.url == "/about/"


def test_jekyll_categories_in_url_from_front_matter_and_folders() -> None:
    page = parse("---\ntitle: x\ncategories: [Mentoring, Big Ideas]\n---\n",
                 "content/_posts/2021-12-10-the-perks.md")
    assert page.url == "/mentoring/big ideas/2021/12/10/the-perks.html"  # as Jekyll 4.3 writes
    folder = parse("---\ntitle: x\ncategories: [mentoring, extra]\n---\n",
                   "content/mentoring/_posts/2021-12-10-the-perks.md")
    assert folder.terms["categories"] == ("mentoring", "extra")  # de-duplicated
    assert folder.url == "/mentoring/extra/2021/12/10/the-perks.html"


def test_jekyll_page_permalink_title_keeps_case() -> None:
    page = parse("---\ntitle: x\npermalink: /custom/:title/\n---\n",
                 "content/_posts/2021-12-10-My-Post.md")
    assert page.url == "/custom/My-Post/"
    lower = parse("---\ntitle: x\npermalink: /custom/:slug/\n---\n",
                  "content/_posts/2021-12-10-My-Post.md")
    assert lower.url == "/custom/my-post/"


def test_jekyll_title_token_from_slug_is_url_safe() -> None:
    page = parse("---\ntitle: x\nslug: My Post\n---\n", "content/_posts/2021-12-10-a.md")
    assert " " not in page.url
    assert page.url.lower() == "/2021/12/10/my-post.html"


def test_url_replaces_whole_path() -> None:
    page = parse(dated("title: x\nurl: /mentoring\n"))
    assert page.url == "/mentoring/"
    assert page.output_path == "mentoring/index.html"


def test_url_beats_slug_and_permalinks() -> None:
    page = parse("---\ntitle: x\nurl: /mentoring\nslug: nope\n---\n",
                 "content/posts/2021-12-10-x.md", permalinks={"posts": "/:year/:slug/"})
    assert page.url == "/mentoring/"
    jekyll = parse("---\ntitle: x\nurl: /mentoring\n---\n", "content/_posts/2021-12-10-x.md",
                   permalink="pretty")
    assert jekyll.url == "/mentoring/"


@pytest.mark.parametrize(("value", "url", "path"), [
    ("mentoring", "/mentoring/", "mentoring/index.html"),
    ("/Mentoring/Notes", "/Mentoring/Notes/", "Mentoring/Notes/index.html"),
    ("/x.html", "/x.html", "x.html"),
])
def test_url_forms(value: str, url: str, path: str) -> None:
    page = parse(dated(f"title: x\nurl: {value}\n"))
    assert (page.url, page.output_path) == (url, path)


@pytest.mark.parametrize("value", ["https://example.org/x", "http://x.org", "/a/../../b",
                                   "../x", "//evil.org/x"])
def test_url_outside_site_is_an_error_with_line(value: str) -> None:
    err = parse_error(f"---\ntitle: x\ndate: 2021-12-10\nurl: '{value}'\n---\n")
    assert err.line == 4
    assert "url" in err.message


def test_permalink_with_dot_dot_is_an_error() -> None:
    err = parse_error("---\ntitle: x\npermalink: /../x/\n---\n", "content/_posts/2021-12-10-a.md")
    assert err.line == 3


def test_slug_replaces_last_segment_sanitised() -> None:
    page = parse(dated("title: x\nslug: '-My Post!-'\n"))
    assert page.slug == "my-post"
    assert page.url == "/posts/my-post/"


def test_slug_without_letters_is_an_error() -> None:
    err = parse_error("---\ntitle: x\nslug: '!!!'\n---\n")
    assert err.line == 3


def test_file_name_slug_keeps_unicode_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Mentoría")
    page = parse(dated("title: x\n"), f"content/posts/{decomposed}.md")
    assert page.slug == "mentoría"
    assert page.url == "/posts/mentoría/"


def test_nested_section_folder_names_slugified() -> None:
    page = parse(dated("title: x\n"), "content/posts/Letters/x.md")
    assert page.section == "posts/Letters"
    assert page.url == "/posts/letters/x/"


def test_bundle_index_takes_folder_name() -> None:
    page = parse(dated("title: x\n"), "content/posts/first-meeting/index.md")
    assert page.kind == "post"
    assert page.section == "posts"
    assert page.url == "/posts/first-meeting/"


def test_section_index_and_home_index() -> None:
    section = parse("---\ntitle: Letters\n---\n", "content/posts/letters/_index.md")
    assert (section.kind, section.section, section.url) == ("section", "posts/letters",
                                                            "/posts/letters/")
    home = parse("---\ntitle: Home\n---\n", "content/_index.md")
    assert (home.kind, home.url) == ("section", "/")


def test_top_level_file_is_a_page_and_other_sections_are_pages() -> None:
    about = parse("---\ntitle: About\n---\n", "content/about.md")
    assert (about.kind, about.section, about.url, about.layout) == ("page", "", "/about/", "page")
    docs = parse("---\ntitle: D\n---\n", "content/docs/x.md")
    assert (docs.kind, docs.url) == ("page", "/docs/x/")


def test_date_token_without_date_takes_year_one_as_hugo_does_with_a_warning() -> None:
    page = parse("---\ntitle: x\n---\n", permalinks={"posts": "/:year/:slug/"})
    assert page.url == "/1/x/"
    assert any("has no date" in n and "year 1" in n for n in notes(page))


def test_hugo_date_tokens_read_publish_date_then_lastmod() -> None:
    page = parse("---\ntitle: x\npublishDate: 2020-05-06\n---\n",
                 permalinks={"posts": "/:year/:month/:slug/"})
    assert page.url == "/2020/05/x/"


def test_hugo_slug_token_is_slug_else_title_not_file_name() -> None:
    # Hugo's docs: `:slug` is the slug, else the title.
    page = parse(dated("title: Why Goals Matter\n"), "content/posts/goals.md",
                 permalinks={"posts": "/:year/:month/:slug/"})
    assert page.url == "/2021/12/why-goals-matter/"
    slugged = parse(dated("title: Why Goals Matter\nslug: Goals Now\n"),
                    "content/posts/goals.md", permalinks={"posts": "/:year/:month/:slug/"})
    assert slugged.url == "/2021/12/goals-now/"
    by_name = parse(dated("title: Why Goals Matter\n"), "content/posts/goals.md",
                    permalinks={"posts": "/:slugorfilename/"})
    assert by_name.url == "/goals/"


def test_hugo_permalinks_apply_to_every_regular_page_of_the_section() -> None:
    # Not only to posts of the main sections: Hugo matches the pattern by path.
    page = parse(dated("title: A Note\n"), "content/notes/Note-One.md",
                 permalinks={"notes": "/n/:filename/"})
    assert (page.kind, page.url) == ("page", "/n/note-one/")
    nested = parse(dated("title: Deep\n"), "content/notes/a/b.md",
                   permalinks={"notes": "/n/:sections/:slug/"})
    assert nested.url == "/n/notes/deep/"


def test_hugo_sections_token_follows_index_folders() -> None:
    # Hugo: content/docs/guide/deep/page.md with _index.md in docs/guide only: the page's
    # section is docs/guide.
    page = parse(dated("title: Deep Page\n"), "content/docs/guide/deep/page.md",
                 permalinks={"docs": "/d/:sections/:sections[1:]/:sections[last]/:section/"
                                     ":title/"},
                 section_dirs=frozenset({"docs/guide"}))
    assert page.url == "/d/docs/guide/guide/guide/docs/deep-page/"


def test_hugo_bundle_filename_is_the_folder() -> None:
    page = parse(dated("title: B\n"), "content/posts/My-Bundle/index.md",
                 permalinks={"posts": "/:contentbasename/"})
    assert page.url == "/my-bundle/"


def test_hugo_slug_sanitised_as_hugo_does() -> None:
    # Hugo 0.168, no permalinks: `slug: Hello - World` is /posts/hello-world/, a file
    # named `Hello - World.md` is /posts/hello---world/.
    assert parse(dated("title: x\nslug: Hello - World\n")).url == "/posts/hello-world/"
    assert parse(dated("title: x\n"), "content/posts/Hello - World.md").url == \
        "/posts/hello---world/"


def test_jekyll_permalink_without_slash_is_an_html_file() -> None:
    # Jekyll 4.3 writes `permalink: /blog/my-talk` to blog/my-talk.html.
    post = parse("---\ntitle: x\npermalink: /blog/my-talk\n---\n",
                 "content/_posts/2024-07-05-noslash.md")
    assert (post.url, post.output_path) == ("/blog/my-talk.html", "blog/my-talk.html")
    page = parse("---\ntitle: Talk\npermalink: /talks/my-talk\n---\n", "content/_pages/talk.md")
    assert page.output_path == "talks/my-talk.html"


def test_jekyll_front_matter_permalink_is_no_style_name() -> None:
    post = parse("---\ntitle: x\npermalink: pretty\n---\n", "content/_posts/2024-07-06-p.md")
    assert post.url == "/pretty.html"


def test_jekyll_site_permalink_without_slash_is_an_html_file() -> None:
    post = parse("---\ntitle: x\n---\n", "content/_posts/2024-03-05-Hello_World.md",
                 permalink="/:year/:title")
    assert post.url == "/2024/Hello_World.html"


def test_jekyll_title_token_keeps_pretty_punctuation() -> None:
    post = parse("---\ntitle: x\nslug: My Slug!\n---\n", "content/_posts/2024-03-06-second.md")
    assert post.url == "/2024/03/06/My-Slug!.html"


# -- aliases -------------------------------------------------------------------------------

def test_aliases_absolute_and_relative() -> None:
    page = parse(dated("title: x\naliases: [/old, rel-name, /x.html]\n"))
    assert page.aliases == ("/old/", "/posts/rel-name/", "/x.html")


def test_relative_alias_of_an_html_url_resolves_in_its_folder() -> None:
    page = parse("---\ntitle: x\naliases: [old]\n---\n", "content/_posts/2021-12-10-a.md")
    assert page.url == "/2021/12/10/a.html"
    assert page.aliases == ("/2021/12/10/old/",)


def test_an_alias_of_another_file_type_is_a_folder_as_hugo_writes_it() -> None:
    """A real PaperMod site's 60 aliases such as `/13ps.pdf` were redirect pages in files
    named so, which hosts serve as broken PDFs; Hugo writes `/13ps.pdf/index.html`."""
    page = parse(dated("title: x\naliases: [/13ps.pdf, /old.html, /a.htm, /b]\n"))
    assert page.aliases == ("/13ps.pdf/", "/old.html", "/a.htm", "/b/")


def test_redirect_from_is_aliases() -> None:
    assert parse(dated("title: x\nredirect_from: [/old]\n")).aliases == ("/old/",)
    # jekyll-redirect-from puts a relative entry at the site's root (found in review)
    page = parse("---\ntitle: x\nredirect_from: [old-name.html]\n---\n",
                 "content/_posts/2021-12-10-a.md")
    assert page.aliases == ("/old-name.html",)


def test_alias_with_dot_dot_is_an_error() -> None:
    err = parse_error("---\ntitle: x\naliases: [/../x]\n---\n")
    assert err.line == 3


def test_alias_full_address_is_an_error() -> None:
    err = parse_error("---\ntitle: x\ndate: 2021-12-10\naliases: ['https://x.org/']\n---\n")
    assert err.line == 4


# -- titles and layouts --------------------------------------------------------------------

def test_jekyll_missing_title_from_slug_with_warning() -> None:
    page = parse("---\nlayout: post\n---\n", "content/_posts/2021-12-10-the-perks-of-mentorship.md")
    assert page.title == "The Perks Of Mentorship"
    [warning] = page.notices
    assert "title" in warning.message
    assert warning.file == PurePosixPath("content/_posts/2021-12-10-the-perks-of-mentorship.md")


def test_link_title_defaults_to_title() -> None:
    assert parse(dated("title: Long Title\n")).link_title == "Long Title"


@pytest.mark.parametrize(("value", "layout"), [
    ("post", "post"), ("page", "page"), ("default", "post"), ("home", "page"),
    ("none", "none"), ("archives", "archives"), ("search", "search"), ("post.html", "post"),
    ("~", "post"), ("''", "post"),
])
def test_layouts(value: str, layout: str) -> None:
    assert parse(dated(f"title: x\nlayout: {value}\n")).layout == layout


@pytest.mark.parametrize(("value", "source", "layout"), [
    ("list", "content/posts/a.md", "post"), ("section", "content/about.md", "page"),
    ("tags", "content/posts/a.md", "post"), ("tag.html", "content/about.md", "page"),
])
def test_a_list_layout_on_a_single_page_shows_it_with_its_own(
    value: str, source: str, layout: str
) -> None:
    """A list's layout has no list to show on a single page (it failed while rendering,
    in a theme file): the page's own layout, with a warning at the `layout` line."""
    page = parse(dated(f"title: x\nlayout: {value}\n"), source)
    assert page.layout == layout
    [warning] = page.notices
    assert warning.line == 3
    assert f"`layout: {value.removesuffix('.html')}` lays out a list of pages" in warning.message


def test_list_layout_stays_a_sections_own() -> None:
    page = parse("---\ntitle: All\nlayout: list\n---\n", "content/posts/_index.md")
    assert (page.layout, page.notices) == ("section", ())


@pytest.mark.parametrize(("fields", "math"), [
    ("mathjax: true\n", True), ("useMathJax: true\n", True), ("katex: true\n", True),
    ("math: false\nmathjax: true\n", False), ("mathjax: false\n", False), ("", None),
    ("katex: yes\n", None),
])
def test_themes_math_switches_turn_math_on(fields: str, math: bool | None) -> None:
    """Jekyll themes load MathJax for `mathjax: true` (klise: `usemathjax`), KaTeX themes
    for `katex: true`: real posts with them showed `$$...$$` as written."""
    assert parse(dated(f"title: x\n{fields}")).flags.get("math") == math


def test_jekyll_publishes_a_post_whatever_published_says_but_false() -> None:
    """A real blog: `published: published`; Jekyll hides only `published: false`. In a
    Hugo file `published` is the publish date, and a word there stays an error."""
    page = parse("---\ntitle: x\npublished: published\n---\n", "content/_posts/2021-12-10-a.md")
    assert not page.is_draft
    assert [(n.line, n.message.split(";")[0]) for n in page.notices] == [
        (3, "`published: published` is not true or false")
    ]
    dated_value = parse("---\ntitle: x\npublished: 2999-01-01\n---\n",
                        "content/_posts/2021-12-10-a.md")
    assert not dated_value.is_draft and dated_value.publish_date is None  # Jekyll: published
    hidden = parse("---\ntitle: x\npublished: false\n---\n", "content/_posts/2021-12-10-a.md")
    assert hidden.is_draft
    assert "not a date" in parse_error("---\ntitle: x\npublished: soon\n---\n").message


def test_empty_list_entries_and_a_listed_description_build_as_in_hugo() -> None:
    """Two real PaperMod blogs: `tags:` with an empty `-` (a post template's) in 64 files,
    and `description:` written as a list; both stopped the build, Hugo builds both."""
    page = parse(dated("title: x\ntags:\n  - one\n  -\ndescription:\n  - a\n  - b\n"))
    assert page.terms["tags"] == ("one",)
    assert page.description == ""
    [warning] = page.notices
    assert warning.line == 6 and warning.message.startswith("`description` is a list")


def test_unknown_layout_is_an_error_naming_value_and_line() -> None:
    err = parse_error("---\ntitle: x\nlayout: fancy\n---\n")
    assert err.line == 3
    assert "'fancy'" in err.message


def test_summary_and_excerpt_sources() -> None:
    assert parse(dated("title: x\nsummary: Short *one*\n")).summary_source == "Short *one*"
    assert parse(dated("title: x\nexcerpt: Jekyll\n")).excerpt_source == "Jekyll"
    assert parse(dated("title: x\n")).summary_source is None


def test_excerpt_separator_from_page_or_site() -> None:
    assert parse(dated("title: x\nexcerpt_separator: <!--cut-->\n")).excerpt_separator == \
        "<!--cut-->"
    assert parse(dated("title: x\n"), excerpt_separator="~~").excerpt_separator == "~~"


def test_authors_page_replaces_site() -> None:
    assert parse(dated("title: x\n"), authors=("Ana",)).authors == ("Ana",)
    assert parse(dated("title: x\nauthor: [Me, You]\n"), authors=("Ana",)).authors == ("Me", "You")
    assert parse(dated("title: x\nauthor: {name: Me, email: m@x}\n")).authors == ("Me",)


def test_cover_mapping_and_missing_alt_warning() -> None:
    page = parse(dated("title: x\ncover:\n  image: c.png\n  alt: A chair\n  hiddenInList: yes\n"))
    assert page.cover is not None
    assert (page.cover.image, page.cover.alt, page.cover.hidden_in_list) == ("c.png", "A chair",
                                                                            True)
    bare = parse(dated("title: x\ncover:\n  image: c.png\n"))
    assert any("alt" in m for m in notes(bare))


# -- the two sample posts (section 3) --------------------------------------------------------

JEKYLL_SAMPLE = (
    "---\n"
    "layout: post\n"
    'title: "The Perks of Mentorship"\n'
    "tags: \n"  # empty, with the trailing space of the original file
    "---\n"
    "\n"
    "At the beginning this year, a close co-worker of mine reached out.\n"
)

HUGO_SAMPLE = """---
title: 'Mentoring and mentee-ing'
url: /mentoring
date: 2022-02-02T15:10:30+08:00
# weight: 1
tags: ["leadership"]
author: "Me"
# author: ["Me", "You"] # multiple authors
showToc: false
TocOpen: false
draft: true
hidemeta: false
comments: false
# description: "Desc Text."
disableHLJS: true # to disable highlightjs
disableShare: false
hideSummary: true
searchHidden: true
ShowReadingTime: true
ShowBreadCrumbs: false
ShowPostNavLinks: true
ShowWordCount: false
ShowRssButtonInSectionTermList: true
UseHugoToc: false
featured: false
---

According to my dashboard, I've logged 1,440 minutes in sessions.
"""


def test_sample_jekyll_post() -> None:
    page = parse(JEKYLL_SAMPLE, "content/_posts/2021-12-10-the-perks-of-mentorship.md",
                 timezone="Europe/Berlin")
    assert page.title == "The Perks of Mentorship"
    assert page.url == "/2021/12/10/the-perks-of-mentorship.html"
    assert page.output_path == "2021/12/10/the-perks-of-mentorship.html"
    assert page.date == datetime(2021, 12, 10, tzinfo=ZoneInfo("Europe/Berlin"))
    assert page.layout == "post"
    assert page.tags == ()
    assert page.notices == ()  # "no warning is printed for this file"


def test_sample_hugo_post() -> None:
    page = parse(HUGO_SAMPLE, "content/posts/mentoring-and-mentee-ing.md", authors=("Ana",))
    assert page.url == "/mentoring/"
    assert page.output_path == "mentoring/index.html"
    assert page.is_draft
    assert page.date == datetime(2022, 2, 2, 15, 10, 30, tzinfo=PLUS8)
    assert page.weight == 0
    assert page.tags == ("leadership",)
    assert page.authors == ("Me",)
    assert page.search_hidden
    assert page.flags["showreadingtime"] is True
    assert page.flags["hidesummary"] is True
    assert page.flags["showwordcount"] is False
    assert page.flags["featured"] is False
    assert page.params == {}
    assert page.notices == ()


# -- parse_or_skip, main sections, lookup -----------------------------------------------------

def test_posts_folder_file_without_date_is_skipped_with_notice() -> None:
    source = PurePosixPath("content/_posts/no-date-here.md")
    result = parse_or_skip(b"---\ntitle: x\n---\nBody\n", source, context())
    assert isinstance(result, Notice)
    assert result.file == source
    assert "date" in result.message


def test_parse_or_skip_returns_page_for_normal_files() -> None:
    result = parse_or_skip(b"---\ntitle: x\n---\n", PurePosixPath("content/_posts/2021-12-10-a.md"),
                           context())
    assert isinstance(result, Page)


def test_parse_or_skip_still_raises_user_errors() -> None:
    with pytest.raises(BuildError):
        parse_or_skip(b"---\ntitle: x\ndraft: maybe\n---\n", PurePosixPath("content/posts/a.md"),
                      context())


def paths(*names: str) -> tuple[PurePosixPath, ...]:
    return tuple(PurePosixPath("content/" + n) for n in names)


def test_main_sections_from_config() -> None:
    assert default_main_sections(paths("notes/a.md"), config(main_sections=("notes",))) == (
        "notes",)


def test_main_sections_posts_when_present() -> None:
    assert default_main_sections(paths("notes/a.md", "notes/b.md", "posts/c.md"), config()) == (
        "posts",)


def test_main_sections_jekyll_posts_count_as_posts() -> None:
    assert default_main_sections(paths("_posts/2021-12-10-a.md", "docs/a.md", "docs/b.md"),
                                 config()) == ("posts",)


def test_main_sections_largest_section_otherwise() -> None:
    found = default_main_sections(paths("notes/a.md", "notes/b.md", "notes/_index.md",
                                        "letters/a.md", "about.md", "x.md", "y.md"), config())
    assert found == ("notes",)


def test_lookup_is_case_and_separator_insensitive() -> None:
    assert lookup({"Canonical_URL": 1}, "canonicalurl") == 1
    assert lookup({"a": 1}, "b") is None


def test_parse_is_pure_and_repeatable() -> None:
    text = dated("title: x\ntags: [a]\n")
    assert parse(text) == parse(text)


def test_page_is_frozen() -> None:
    page = parse(dated("title: x\n"))
    with pytest.raises(AttributeError):
        page.title = "y"  # type: ignore[misc]
    assert replace(page, title="y").title == "y"


# -- sessions and authors (issue: mentoring journal features) ----------------------------------

def test_session_mapping_list_and_missing_parts() -> None:
    from mentorblog.core.model import Session
    one = parse(dated("session: {minutes: 45, with: mentee, kind: career}\n"))
    assert one.sessions == (Session(45, ("mentee",), "career"),)
    two = parse(dated("session:\n  - {minutes: 30}\n  - {with: [Ben, Chidi]}\n"))
    assert two.sessions == (Session(30, (), ""), Session(None, ("Ben", "Chidi"), "", "group"))
    assert parse(dated("")).sessions == ()


def test_session_errors_name_the_line() -> None:
    err = parse_error("---\ntitle: T\nsession: {minutes: soon}\n---\n")
    assert err.line == 3
    assert "`minutes` must be a whole number of minutes, not 'soon'" in err.message
    assert "must be a mapping" in parse_error("---\nsession: 45\n---\n").message
    assert "`with` must be a name" in parse_error(
        "---\nsession: {with: {a: 1}}\n---\n").message


def test_session_unknown_part_is_a_warning() -> None:
    page = parse(dated("session: {minutes: 5, mood: good}\n"))
    assert any("`session.mood` is not used" in n for n in notes(page))


def test_authors_become_the_authors_taxonomy() -> None:
    page = parse(dated("author: [Ana, Ben]\n"))
    assert page.terms["authors"] == ("Ana", "Ben")
    assert parse(dated(""), authors=("Site Author",)).terms["authors"] == ("Site Author",)
    assert "authors" not in parse(dated("")).terms


def test_dialect_from_folder_front_matter_and_site() -> None:
    """A file's dialect (how its body is read): `_posts/`, `_drafts/` are Jekyll's; TOML or
    JSON front matter and `url` are Hugo's; `permalink` is Jekyll's; else the site's."""
    hugo_site = context()
    jekyll_site = replace(hugo_site, site_dialect=JEKYLL)
    yaml_page = "---\ntitle: A\n---\nx\n"

    def of(text: str, source: str = "content/posts/a.md", ctx: ParseContext = hugo_site) -> str:
        return parse_page(text.encode(), PurePosixPath(source), ctx).dialect

    assert of(yaml_page) == HUGO
    assert of(yaml_page, ctx=jekyll_site) == JEKYLL
    assert of("---\ntitle: A\n---\nx", "content/_posts/2020-01-02-a.md") == JEKYLL
    assert of("---\ntitle: A\n---\nx", "content/_drafts/a.md") == JEKYLL
    assert of('+++\ntitle = "A"\n+++\nx', ctx=jekyll_site) == HUGO
    assert of('{"title": "A"}\nx', ctx=jekyll_site) == HUGO
    assert of("---\ntitle: A\nURL: /a/\n---\nx", ctx=jekyll_site) == HUGO
    assert of("---\ntitle: A\npermalink: /a/\n---\nx") == JEKYLL
    # a `url` from `defaults:` (the import keeps a Jekyll page's address so) is not the file's
    scoped = replace(jekyll_site, config=config(defaults=(ScopeDefault(
        path="posts", values={"url": "/a.html"}),)))
    assert of(yaml_page, ctx=scoped) == JEKYLL
    assert site_dialect((PurePosixPath("content/about.md"),
                         PurePosixPath("content/_posts/2020-01-02-a.md"))) == JEKYLL
    assert site_dialect((PurePosixPath("content/posts/_posts.md"),)) == HUGO


def test_an_empty_slug_means_none_as_in_hugo() -> None:
    """`slug: ""` (an archetype's placeholder) leaves the file name's slug, as Hugo does; a
    slug with nothing usable left is an error."""
    assert parse(dated('title: x\nslug: ""\n'), "content/posts/my-notes.md").url == \
        "/posts/my-notes/"
    for bad in ('"."', '".."', '"!!!"', '"-"'):
        error = parse_error(dated(f"title: x\nslug: {bad}\n"))
        assert error.line == 3 and "no letters or digits" in error.message


@pytest.mark.parametrize("name", [" .md", "2024-01-01-..md", "2024-01-01-!!.md"])
def test_a_file_name_without_letters_or_digits_needs_a_slug(name: str) -> None:
    """It used to take the section's own address and collide with its list page."""
    error = parse_error(dated("title: x\n"), f"content/posts/{name}")
    assert "rename the file or give the page a `slug`" in error.message
    assert parse(dated("title: x\nslug: fine\n"), f"content/posts/{name}").url == "/posts/fine/"


def test_a_jekyll_themes_own_field_of_another_shape_stays_in_params() -> None:
    """al-folio's `images: {compare: true, slider: true}` is not PaperMod's list of images:
    in a Jekyll file such a value stays in page.params with a warning; in a Hugo file it is
    still an error at its line."""
    fields = "title: x\nimages:\n  compare: true\nShowToc: maybe\ncover: [a, b]\n"
    page = parse(dated(fields), "content/_posts/2021-12-10-a.md")
    assert page.images == () and page.cover is None and "showtoc" not in page.flags
    assert page.params["images"] == {"compare": True}
    assert page.params["ShowToc"] == "maybe" and page.params["cover"] == ["a", "b"]
    assert [str(n) for n in page.notices] == [
        "content/_posts/2021-12-10-a.md:5: `ShowToc`: must be true or false, not 'maybe'; in a "
        "Jekyll file this is taken as the old theme's own `ShowToc`, kept as "
        "page.params.ShowToc for your layouts (the theme does not use it)",
        "content/_posts/2021-12-10-a.md:3: `images`: must be a list of names, not a mapping; "
        "in a Jekyll file this is taken as the old theme's own `images`, kept as "
        "page.params.images for your layouts (the theme does not use it)",
        "content/_posts/2021-12-10-a.md:6: `cover`: must be a mapping such as {image: "
        "cover.png, alt: ...}; in a Jekyll file this is taken as the old theme's own `cover`, "
        "kept as page.params.cover for your layouts (the theme does not use it)"]
    ok = parse(dated("title: x\nimages: [a.png]\n"), "content/_posts/2021-12-10-a.md")
    assert ok.images == ("a.png",) and not ok.notices
    err = parse_error(dated("title: x\nimages:\n  compare: true\n"))
    assert (err.message, err.line) == ("`images`: must be a list of names, not a mapping", 3)


def test_media_subpath_and_chirpys_older_img_path() -> None:
    assert parse(dated("title: x\nmedia_subpath: /assets/img/p1/\n")).media_subpath == \
        "/assets/img/p1"
    assert parse(dated("title: x\nimg_path: assets/img\n")).media_subpath == "/assets/img"
    assert parse(dated("title: x\n")).media_subpath == ""
    err = parse_error(dated("title: x\nmedia_subpath: ../outside\n"))
    assert err.line == 3 and "a folder of this site" in err.message


def test_redirect_to_and_al_folios_redirect() -> None:
    assert parse(dated("title: x\nredirect_to: https://e.org/a\n")).redirect_to == \
        "https://e.org/a"
    assert parse(dated("title: x\nredirect: /elsewhere/\n")).redirect_to == "/elsewhere/"
    # A list (so-simple's theme-setup page): jekyll-redirect-from takes the first entry
    assert parse(dated("title: x\nredirect_to:\n  - https://e.org/b\n  - /c/\n")
                 ).redirect_to == "https://e.org/b"
    err = parse_error(dated("title: x\nredirect_to: elsewhere\n"))
    assert err.line == 3 and "a full address" in err.message


_NAME = st.text(alphabet="ab_.-x", min_size=1, max_size=8).filter(lambda n: n not in (".", ".."))


@given(st.lists(_NAME, min_size=1, max_size=5), st.sampled_from(["content", "other"]))
def test_the_parts_below_content_are_what_relative_to_gives(folders: list[str], top: str) -> None:
    """`section_folders` and `default_main_sections` read each file's parts below content/
    without pathlib's `relative_to` (slow at 10,000 files): the same parts, the same stem,
    and the same refusal of a path outside content/."""
    from mentorblog.read.parse import _below_content, _stem

    path = PurePosixPath(top, *folders)
    try:
        expected: tuple[str, ...] | None = path.relative_to("content").parts
    except ValueError:
        expected = None
    if expected is None:
        with pytest.raises(ValueError):
            _below_content(path)
    else:
        assert _below_content(path) == expected
    name = folders[-1]
    assert _stem(name) == PurePosixPath(name).stem


def test_nested_sections_are_the_folders_with_an_index_below_the_top() -> None:
    found = section_folders(
        paths(
            "posts/a.md",
            "guides/go/_index.md",
            "guides/go/x.md",
            "guides/_index.md",
            "notes/deep/_index.fr.md",
            "notes/deep/more/_index",
        )
    )
    assert found == frozenset({"guides/go", "notes/deep/more"})
