"""config.load_config: site.yaml -> Config, with Hugo and Jekyll names as aliases, warnings
as Notices and wrong types as BuildErrors with a line (FRONTMATTER.md section 4)."""

from __future__ import annotations

import textwrap
from pathlib import Path, PurePosixPath

import pytest

from mentorblog.core.errors import BuildError
from mentorblog.core.model import MenuItem, Pagination, ScopeDefault
from mentorblog.read.config import LoadedConfig, author_names, load_config


def load(tmp_path: Path, text: str, overrides: dict[str, object] | None = None) -> LoadedConfig:
    (tmp_path / "site.yaml").write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return load_config(tmp_path, overrides)


def load_error(tmp_path: Path, text: str) -> BuildError:
    with pytest.raises(BuildError) as info:
        load(tmp_path, text)
    assert info.value.file == PurePosixPath("site.yaml")
    return info.value


def messages(loaded: LoadedConfig) -> list[str]:
    return [str(n) for n in loaded.notices]


MINIMAL = "title: T\nbaseURL: https://example.org/\n"

HUGO = """
title: Two Chairs
baseURL: https://example.org/blog
languageCode: en-us
timeZone: Europe/Berlin
paginate: 5
publishDir: dist
copyright: "© 2024 Ana"
summaryLength: 40
hasCJKLanguage: true
buildFuture: true
permalinks:
  posts: /:year/:slug/
taxonomies:
  tag: tags
  category: categories
  series: series
menu:
  main:
    - name: Posts
      url: posts
      weight: 2
    - name: About
      url: /about
      weight: 1
    - name: Elsewhere
      url: https://example.com/
params:
  description: Notes from both sides
  author: [Ana, Ben]
  DateFormat: "2 January 2006"
  ShowReadingTime: true
  ShowToc: false
  mainSections: [posts, /letters/]
  ShowFullTextinRSS: true
  myOwnParam: 42
services:
  rss:
    limit: 20
markup:
  goldmark:
    renderer:
      unsafe: false
"""

JEKYLL = """
title: Two Chairs
url: https://example.org
baseurl: /blog
lang: de
timezone: America/New_York
paginate: 3
paginate_path: /page:num
destination: _site
permalink: pretty
author: Ben
description: A Jekyll site
show_drafts: true
future: true
unpublished: true
excerpt_separator: <!--cut-->
minima:
  date_format: "%b %-d, %Y"
feed:
  posts_limit: 10
  excerpt_only: true
defaults:
  - scope:
      path: _posts
      type: posts
    values:
      layout: post
      comments: true
"""


# -- both dialects load --------------------------------------------------------------------

def test_hugo_style_config(tmp_path: Path) -> None:
    loaded = load(tmp_path, HUGO)
    c = loaded.config
    assert c.title == "Two Chairs"
    assert c.base_url == "https://example.org/blog/"
    assert c.base_path == "/blog/"
    assert c.language == "en-us"
    assert c.timezone == "Europe/Berlin"
    assert c.pagination == Pagination(per_page=5, path="page/:num/")
    assert c.publish_dir == "dist"
    assert c.copyright == "© 2024 Ana"
    assert c.summary_length == 40
    assert c.has_cjk_language is True
    assert c.build_future is True and c.build_drafts is False
    assert dict(c.permalinks) == {"posts": "/:year/:slug/"}
    assert c.taxonomies == (("tag", "tags"), ("category", "categories"), ("series", "series"),
                            ("author", "authors"))
    assert c.description == "Notes from both sides"
    assert c.authors == ("Ana", "Ben")
    assert c.date_format == "%-d %B %Y"
    assert c.main_sections == ("posts", "letters")
    assert c.feeds.full_text is True
    assert c.feeds.limit == 20
    assert c.raw_html is False
    assert c.root == tmp_path
    assert messages(loaded) == []


def test_hugo_menu_main_sorted_by_weight_unweighted_last(tmp_path: Path) -> None:
    menu = load(tmp_path, HUGO).config.menu
    assert menu == (MenuItem("About", "/about/", 1), MenuItem("Posts", "/posts/", 2),
                    MenuItem("Elsewhere", "https://example.com/", 0))


def test_menu_weights_read_as_hugo_reads_them(tmp_path: Path) -> None:
    # Real Hugo configs: `weight = 0.0` and `weight = ""`; Hugo takes a whole number of each.
    entries = ['{name: A, url: /a/, weight: 2.0}', '{name: B, url: /b/, weight: ""}',
               '{name: C, url: /c/, weight: "1"}', '{name: D, url: /d/, weight: 3.7}',
               '{name: E, url: /e/, weight: "4.0"}', '{name: F, url: /f/, weight: null}']
    menu = load(tmp_path, MINIMAL + "menu:\n" + "".join(f"  - {e}\n" for e in entries)).config.menu
    assert [(m.name, m.weight) for m in menu] == [
        ("C", 1), ("A", 2), ("D", 3), ("E", 4), ("B", 0), ("F", 0)
    ]
    for wrong in ("[1]", "true", "one", '"' + "9" * 400 + '"', '"' + "9" * 5000 + '"'):
        err = load_error(tmp_path, MINIMAL + f"menu:\n  - {{name: A, url: /a/, weight: {wrong}}}\n")
        assert "`weight` must be a whole number" in err.message


def test_an_offset_time_zone_is_read_and_an_unquoted_one_explained(tmp_path: Path) -> None:
    assert load(tmp_path, MINIMAL + 'timezone: "+0100"\n').config.timezone == "+0100"
    err = load_error(tmp_path, MINIMAL + "timezone: +0100\n")  # YAML: the octal number 64
    assert err.line == 3 and "is the number 64" in err.message and '"+01:00"' in err.message


def test_an_author_mapping_without_a_name_yet_is_no_author() -> None:
    # minimal-mistakes' _config.yml ships `author: {name: ~, avatar: ...}`.
    assert author_names({"name": None, "avatar": "a.png"}) == ()
    assert author_names({"name": "", "bio": "x"}) == ()
    assert author_names({"name": " Ana "}) == ("Ana",)
    assert author_names({"name": "  "}) == ()
    assert author_names({"name": None, "display": "Jane"}) == ("Jane",)
    with pytest.raises(ValueError, match="must be text"):
        author_names({"name": ["Ana"]})


def test_hugo_theme_flags_under_params_are_read(tmp_path: Path) -> None:
    params = load(tmp_path, HUGO).config.params
    assert params["showreadingtime"] is True
    assert params["showtoc"] is False


def test_user_params_are_kept_without_warning(tmp_path: Path) -> None:
    loaded = load(tmp_path, HUGO)
    assert loaded.config.params["myownparam"] == 42
    assert not any("myOwnParam" in m for m in messages(loaded))


def test_theme_flags_at_top_level_are_read(tmp_path: Path) -> None:
    loaded = load(tmp_path, MINIMAL + "ShowReadingTime: true\nShowWordCount: false\n")
    assert loaded.config.params["showreadingtime"] is True
    assert loaded.config.params["showwordcount"] is False
    assert messages(loaded) == []


def test_jekyll_style_config(tmp_path: Path) -> None:
    loaded = load(tmp_path, JEKYLL)
    c = loaded.config
    assert c.base_url == "https://example.org/blog/"
    assert c.base_path == "/blog/"
    assert c.language == "de"
    assert c.timezone == "America/New_York"
    assert c.pagination.per_page == 3
    assert c.pagination.path == "page:num/"  # Jekyll's /page:num -> /page2/
    assert c.pagination.aliases is False  # jekyll-paginate has no /page1/ redirect
    assert c.publish_dir == "_site"
    assert c.permalink == "pretty"
    assert c.authors == ("Ben",)
    assert c.description == "A Jekyll site"
    # Jekyll's `unpublished` builds `published: false` posts, which are drafts here.
    assert c.build_drafts is True and c.build_future is True and c.build_expired is False
    assert c.excerpt_separator == "<!--cut-->"
    assert c.date_format == "%b %-d, %Y"
    assert c.feeds.limit == 10
    assert c.feeds.full_text is False
    assert c.defaults == (ScopeDefault(path="_posts", values={"layout": "post", "comments": True},
                                       kind="posts"),)
    assert messages(loaded) == []


def test_new_hugo_pagination_block(tmp_path: Path) -> None:
    c = load(tmp_path, MINIMAL + "pagination:\n  pagerSize: 7\n  path: seite\n").config
    assert c.pagination == Pagination(per_page=7, path="seite/:num/")


def test_hugo_pagination_disable_aliases(tmp_path: Path) -> None:
    c = load(tmp_path, MINIMAL + "pagination:\n  disableAliases: true\n").config
    assert c.pagination == Pagination(aliases=False)
    err = load_error(tmp_path, MINIMAL + "pagination:\n  disableAliases: maybe\n")
    assert "disableAliases" in err.message and err.line == 4


def test_jekyll_include(tmp_path: Path) -> None:
    loaded = load(tmp_path, MINIMAL + "include: [_pages, /.well-known/]\n")
    assert loaded.config.include == ("_pages", ".well-known")
    assert messages(loaded) == []
    assert load(tmp_path, MINIMAL + "include: _pages\n").config.include == ("_pages",)
    err = load_error(tmp_path, MINIMAL + "include:\n  - {a: b}\n")
    assert err.line == 3 and "include" in err.message


def test_pager_size_beats_old_paginate(tmp_path: Path) -> None:
    c = load(tmp_path, MINIMAL + "paginate: 3\npagination:\n  pagerSize: 7\n").config
    assert c.pagination.per_page == 7


def test_defaults_when_unset(tmp_path: Path) -> None:
    c = load(tmp_path, MINIMAL).config
    assert c.language == "en"
    assert c.timezone == "UTC"
    assert c.date_format == "%B %-d, %Y"
    assert c.pagination == Pagination(10, "page/:num/")
    assert c.summary_length == 70
    assert c.reading_speed == 212
    assert c.publish_dir == "public"
    assert c.taxonomies == (("tag", "tags"), ("category", "categories"), ("series", "series"),
                            ("author", "authors"))
    assert (c.journal_url, c.related_limit, c.profiles) == ("/journal/", 5, ())
    assert c.build_drafts is c.build_future is c.build_expired is False
    assert c.raw_html is True
    assert c.search is True
    assert c.feeds.limit is None
    assert c.copyright is None
    assert c.env == "production"


def test_example_site_config_loads_without_notices(tmp_path: Path) -> None:
    loaded = load(tmp_path, """
        title: Two Chairs — a mentoring journal
        baseURL: https://example.org/
        languageCode: en
        description: Notes from both sides of a mentorship.
        author: Ana
        timezone: Europe/Berlin
        pagination:
          pagerSize: 5
        menu:
          main:
            - name: Journal
              url: /posts/
              weight: 1
        params:
          ShowReadingTime: true
          ShowShareButtons: true
          ShareButtons: [linkedin, reddit, ycombinator]
          editPost:
            URL: https://example.org/journal/edit/main/content
            Text: Suggest a change
            appendFilePath: true
        """)
    assert messages(loaded) == []
    assert loaded.config.title == "Two Chairs — a mentoring journal"
    assert loaded.config.params["sharebuttons"] == ["linkedin", "reddit", "ycombinator"]


def test_key_matching_ignores_case_underscore_and_dash(tmp_path: Path) -> None:
    c = load(tmp_path, "Title: T\nbase_url: https://example.org\nTIME-ZONE: Asia/Tokyo\n"
                       "summary_length: 30\n").config
    assert c.title == "T"
    assert c.base_url == "https://example.org/"
    assert c.timezone == "Asia/Tokyo"
    assert c.summary_length == 30


def test_strftime_date_format_is_kept_go_layout_converted(tmp_path: Path) -> None:
    assert load(tmp_path, MINIMAL + "params:\n  DateFormat: '%d.%m.%Y'\n").config.date_format \
        == "%d.%m.%Y"
    assert load(tmp_path, MINIMAL + "params:\n  DateFormat: '2006-01-02'\n").config.date_format \
        == "%Y-%m-%d"


def test_rss_limit_minus_one_means_all(tmp_path: Path) -> None:
    c = load(tmp_path, MINIMAL + "services:\n  rss:\n    limit: -1\n").config
    assert c.feeds.limit is None


def test_bom_in_site_yaml_is_ignored(tmp_path: Path) -> None:
    (tmp_path / "site.yaml").write_bytes(b"\xef\xbb\xbf" + MINIMAL.encode())
    assert load_config(tmp_path).config.title == "T"


def test_numeric_title_is_text(tmp_path: Path) -> None:
    assert load(tmp_path, "title: 2021\nbaseURL: https://e.org/\n").config.title == "2021"


# -- overrides -----------------------------------------------------------------------------

def test_cli_overrides_replace_config_values(tmp_path: Path) -> None:
    c = load(tmp_path, MINIMAL + "buildDrafts: false\n",
             {"base_url": "http://127.0.0.1:8000", "build_drafts": True, "build_future": None})
    assert c.config.base_url == "http://127.0.0.1:8000/"
    assert c.config.build_drafts is True
    assert c.config.build_future is False  # None means "not given"


# -- warnings --------------------------------------------------------------------------

@pytest.mark.parametrize(("key", "suggestion"), [
    ("titel", "title"),
    ("ShowReadingTme", "ShowReadingTime"),
    ("timezon", "timezone"),
    ("paginat", "paginate"),
])
def test_unknown_key_warns_with_closest_known_key(tmp_path: Path, key: str,
                                                  suggestion: str) -> None:
    loaded = load(tmp_path, MINIMAL + f"{key}: 1\n")
    [notice] = loaded.notices
    assert notice.file == PurePosixPath("site.yaml")
    assert notice.line == 3
    assert f"`{key}`" in notice.message
    assert f"did you mean `{suggestion}`?" in notice.message


def test_unknown_key_without_close_match_has_no_suggestion(tmp_path: Path) -> None:
    [notice] = load(tmp_path, MINIMAL + "zzqqxx: 1\n").notices
    assert "zzqqxx" in notice.message
    assert "did you mean" not in notice.message


@pytest.mark.parametrize("key", ["theme", "enableRobotsTXT", "sass", "googleAnalytics",
                                 "outputs", "highlighter"])
def test_hugo_and_jekyll_only_keys_warn_not_fail(tmp_path: Path, key: str) -> None:
    loaded = load(tmp_path, MINIMAL + f"{key}: x\n")
    [notice] = loaded.notices
    assert f"`{key}`" in notice.message
    assert "not use" in notice.message
    assert notice.line == 3
    assert loaded.config.title == "T"


def test_duplicate_key_warns_naming_both_lines_later_wins(tmp_path: Path) -> None:
    loaded = load(tmp_path, MINIMAL + "paginate: 3\npaginate: 4\n")
    assert loaded.config.pagination.per_page == 4
    [notice] = loaded.notices
    assert notice.line == 4
    assert "lines 3 and 4" in notice.message


def test_unknown_feeds_subkey_warns(tmp_path: Path) -> None:
    loaded = load(tmp_path, MINIMAL + "feeds:\n  limit: 5\n  colour: red\n")
    assert loaded.config.feeds.limit == 5
    assert any("feeds.colour" in m for m in messages(loaded))


def test_feeds_also_at_lists_old_feed_addresses(tmp_path: Path) -> None:
    written = "feeds:\n  also_at: [/atom.xml, feed.xml, rss/all.xml, atom.xml]\n"
    loaded = load(tmp_path, MINIMAL + written)
    assert loaded.config.feeds.also_at == ("atom.xml", "rss/all.xml")  # feed.xml: there anyway
    assert load(tmp_path, MINIMAL + "feeds:\n  also_at: atom.xml\n").config.feeds.also_at == (
        "atom.xml",
    )
    assert load(tmp_path, MINIMAL + "feed:\n  path: /atom.xml\n").config.feeds.also_at == (
        "atom.xml",
    )
    both = "feed:\n  path: ./atom.xml\nfeeds:\n  also_at: [rss.xml, atom.xml]\n"
    assert load(tmp_path, MINIMAL + both).config.feeds.also_at == ("atom.xml", "rss.xml")
    off = load(tmp_path, MINIMAL + "feeds:\n  atom: false\n  also_at: atom.xml\n")
    assert any("`feeds.also_at` is ignored" in m for m in messages(off))


@pytest.mark.parametrize(("value", "why"), [
    ("../atom.xml", "leave the output folder"),
    ("feeds/", "ending in .xml"),
    ("atom", "ending in .xml"),
    ("feed.json", "ending in .xml"),
    ("index.xml", "RSS feed"),
    ("./index.xml", "RSS feed"),
    ("posts//index.xml", "RSS feed"),
    ("sitemap.xml", "sitemap"),
    ("[1]", "not 1"),
    ("{a: b}", "path or a list of paths"),
])
def test_feeds_also_at_refuses_what_is_no_feed_address(tmp_path: Path, value: str,
                                                       why: str) -> None:
    err = load_error(tmp_path, MINIMAL + f"feeds:\n  also_at: {value}\n")
    assert str(err).startswith("site.yaml:4: `feeds.also_at`: ") and why in err.message  # its line


# -- errors ----------------------------------------------------------------------------

@pytest.mark.parametrize(("extra", "key", "line"), [
    ("paginate: ten\n", "paginate", 3),
    ("buildDrafts: maybe\n", "buildDrafts", 3),
    ("ShowReadingTime: 1\n", "ShowReadingTime", 3),
    ("summaryLength: 0\n", "summaryLength", 3),
    ("summaryLength: 2.5\n", "summaryLength", 3),
    ("languageCode: [en]\n", "languageCode", 3),
    ("taxonomies: [tags]\n", "taxonomies", 3),
    ("permalinks: /:slug/\n", "permalinks", 3),
    ("menu:\n  main: 5\n", "menu", 3),
    ("menu:\n  main:\n    - name: X\n", "menu", 3),
    ("timezone: Mars/Olympus\n", "timezone", 3),
    ("paginate_path: /pages/\n", "paginate_path", 3),
    ("pagination:\n  pagerSize: 0\n", "pagination", 4),  # the nested key's own line
    ("params: 5\n", "params", 3),
])
def test_wrong_type_is_error_naming_file_key_and_line(tmp_path: Path, extra: str, key: str,
                                                      line: int) -> None:
    err = load_error(tmp_path, MINIMAL + extra)
    assert err.line == line
    assert key in err.message
    assert str(err).startswith(f"site.yaml:{line}: ")


def test_title_as_list_is_an_error(tmp_path: Path) -> None:
    err = load_error(tmp_path, "baseURL: https://e.org/\ntitle: [a, b]\n")
    assert err.line == 2
    assert "title" in err.message


def test_wrong_type_under_params_names_the_key(tmp_path: Path) -> None:
    err = load_error(tmp_path, MINIMAL + "params:\n  ShowToc: maybe\n")
    assert "ShowToc" in err.message


def test_wrong_type_under_params_has_a_line(tmp_path: Path) -> None:
    err = load_error(tmp_path, MINIMAL + "params:\n  ShowToc: maybe\n")
    assert err.line in (3, 4)  # the `params:` line or the key's own line


def test_missing_title_is_an_error(tmp_path: Path) -> None:
    err = load_error(tmp_path, "baseURL: https://example.org/\n")
    assert "title" in err.message


def test_missing_base_url_is_an_error(tmp_path: Path) -> None:
    err = load_error(tmp_path, "title: T\n")
    assert "baseURL" in err.message


def test_base_url_without_scheme_is_an_error(tmp_path: Path) -> None:
    err = load_error(tmp_path, "title: T\nbaseURL: example.org\n")
    assert err.line == 2
    assert "full URL" in err.message


@pytest.mark.parametrize(("first", "second", "canon"), [
    ("languageCode: en", "lang: de", "language"),
    ("publishDir: public", "destination: _site", "publish_dir"),
    ("buildDrafts: true", "show_drafts: false", "build_drafts"),
])
def test_conflicting_aliases_are_an_error_naming_both(tmp_path: Path, first: str, second: str,
                                                      canon: str) -> None:
    err = load_error(tmp_path, MINIMAL + f"{first}\n{second}\n")
    assert f"`{first.split(':')[0]}`" in err.message
    assert f"`{second.split(':')[0]}`" in err.message
    assert err.line == 4


def test_jekyll_url_with_trailing_slash_joins_baseurl_cleanly(tmp_path: Path) -> None:
    c = load(tmp_path, "title: T\nurl: https://example.org/\nbaseurl: /blog\n").config
    assert c.base_url == "https://example.org/blog/"


def test_jekyll_baseurl_without_leading_slash_is_a_path(tmp_path: Path) -> None:
    c = load(tmp_path, "title: T\nurl: https://example.org\nbaseurl: blog\n").config
    assert c.base_url == "https://example.org/blog/"


def test_jekyll_empty_baseurl(tmp_path: Path) -> None:
    c = load(tmp_path, "title: T\nurl: https://example.org\nbaseurl: ''\n").config
    assert c.base_url == "https://example.org/"
    assert c.base_path == "/"


def test_conflicting_full_base_urls_are_an_error(tmp_path: Path) -> None:
    err = load_error(tmp_path, "title: T\nbaseURL: https://a.org/\nurl: https://b.org/\n")
    assert "baseURL" in err.message and "url" in err.message


def test_two_spellings_of_a_theme_flag_warn(tmp_path: Path) -> None:
    loaded = load(tmp_path, MINIMAL + "ShowToc: true\nshowtoc: false\n")
    assert loaded.config.params["showtoc"] is False
    assert any("3" in m and "4" in m for m in messages(loaded))


def test_agreeing_aliases_are_fine(tmp_path: Path) -> None:
    loaded = load(tmp_path, MINIMAL + "languageCode: de\nlang: de\n")
    assert loaded.config.language == "de"


def test_conflict_between_top_level_and_params_is_an_error(tmp_path: Path) -> None:
    err = load_error(tmp_path, MINIMAL + "description: A\nparams:\n  description: B\n")
    assert "description" in err.message and "params" in err.message


def test_theme_flag_conflict_between_top_level_and_params_is_an_error(tmp_path: Path) -> None:
    load_error(tmp_path, MINIMAL + "ShowToc: true\nparams:\n  ShowToc: false\n")


def test_yes_no_in_site_boolean_fields_are_booleans(tmp_path: Path) -> None:
    c = load(tmp_path, MINIMAL + "buildDrafts: yes\nShowToc: no\n").config
    assert c.build_drafts is True
    assert c.params["showtoc"] is False


def test_invalid_yaml_is_an_error_with_a_line(tmp_path: Path) -> None:
    err = load_error(tmp_path, MINIMAL + "menu: [unclosed\nx: 1\n")
    assert "not valid YAML" in err.message
    assert err.line is not None and err.line >= 3


def test_site_yaml_that_is_a_list_is_an_error(tmp_path: Path) -> None:
    err = load_error(tmp_path, "- title\n- baseURL\n")
    assert "mapping" in err.message


def test_missing_site_yaml_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match=r"site\.yaml"):
        load_config(tmp_path)


def test_non_utf8_site_yaml_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "site.yaml").write_bytes(b"title: caf\xe9\nbaseURL: https://e.org/\n")
    with pytest.raises(BuildError, match="UTF-8"):
        load_config(tmp_path)


# -- author_names ----------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "names"), [
    ("Ana", ("Ana",)),
    (["Ana", "Ben"], ("Ana", "Ben")),
    ({"name": "Ana", "email": "a@example.org"}, ("Ana",)),
    ([{"name": "Ana"}, "Ben"], ("Ana", "Ben")),
    (None, ()),
    ("", ()),
    (2021, ("2021",)),
])
def test_author_names(value: object, names: tuple[str, ...]) -> None:
    assert author_names(value) == names


@pytest.mark.parametrize("value", [{"email": "a@b"}, True])
def test_author_names_rejects_nonsense(value: object) -> None:
    with pytest.raises(ValueError):
        author_names(value)


# -- author profiles, journal, related ---------------------------------------------------------

def test_authors_mapping_of_profiles(tmp_path: Path) -> None:
    from mentorblog.core.model import AuthorProfile
    c = load(tmp_path, MINIMAL + "author: Ana\nauthors:\n  Ana:\n    role: Mentor\n"
             "    bio: Hi *there*\n    links:\n      Site: https://a.example/\n"
             "  Ben:\n    role: mentee\n"
             "    links:\n      - {name: Mail, url: 'mailto:b@example.org'}\n").config
    assert c.authors == ("Ana",)
    assert c.profiles == (
        AuthorProfile("Ana", "mentor", "Hi *there*", (("Site", "https://a.example/"),)),
        AuthorProfile("Ben", "mentee", "", (("Mail", "mailto:b@example.org"),)))


def test_authors_as_a_list_is_still_the_default_author(tmp_path: Path) -> None:
    c = load(tmp_path, MINIMAL + "authors: [Ana, Ben]\n").config
    assert (c.authors, c.profiles) == (("Ana", "Ben"), ())


def test_profile_errors(tmp_path: Path) -> None:
    err = load_error(tmp_path, MINIMAL + "authors:\n  Ana:\n    role: boss\n")
    assert "`authors.Ana.role` must be mentor or mentee" in err.message
    assert err.line == MINIMAL.count("\n") + 1
    err = load_error(tmp_path, MINIMAL + "authors:\n  Ana:\n    links:\n      Site: example.org\n")
    assert "needs a full address" in err.message


def test_journal_and_related_settings(tmp_path: Path) -> None:
    c = load(tmp_path, MINIMAL + "journal: sessions\nrelated: {limit: 3, threshold: 80}\n")
    assert (c.config.journal_url, c.config.related_limit) == ("/sessions/", 3)
    assert any("`related.threshold` is a Hugo setting" in n.message for n in c.notices)
    c = load(tmp_path, MINIMAL + "journal: false\nrelated: false\n")
    assert (c.config.journal_url, c.config.related_limit) == (None, 0)
    assert "must be a path" in load_error(tmp_path, MINIMAL + "journal: ../up\n").message


def test_list_page_permalinks(tmp_path: Path) -> None:
    c = load(tmp_path, MINIMAL + "permalinks:\n  posts: /:year/:slug/\n  tags: /t/:slug/\n"
             "  term:\n    categories: /c/:slug/\n  taxonomy:\n    categories: /c/\n"
             "  section:\n    posts: /articles/\n").config
    assert c.permalinks == {"posts": "/:year/:slug/"}  # `tags` names a taxonomy: its terms
    assert c.list_permalinks == {"term:tags": "/t/:slug/", "term:categories": "/c/:slug/",
                                 "taxonomy:categories": "/c/", "section:posts": "/articles/"}


@pytest.mark.parametrize("url", ["javascript://%0Aalert(1)", "ftp://x.org/", "http:// x/",
                                 "data://x"])
def test_base_url_must_be_a_web_address(tmp_path: Path, url: str) -> None:
    """Every absolute link (canonical, share buttons, feeds) starts with it: a
    `javascript://` address would run in readers' browsers."""
    (tmp_path / "site.yaml").write_text(f"title: T\nbaseURL: '{url}'\n")
    with pytest.raises(BuildError, match="http:// or https://") as caught:
        load_config(tmp_path)
    assert caught.value.line == 2
    (tmp_path / "site.yaml").write_text("title: T\nbaseURL: https://example.org/\n")
    with pytest.raises(BuildError, match="--base-url"):
        load_config(tmp_path, {"base_url": url})


@pytest.mark.parametrize(("text", "whole"), [
    ("title: T\nbaseURL: https://a.org/\n", True),
    ("title: T\nbaseURL: https://a.org/\nkramdown:\n  parse_block_html: true\n"
     "  input: GFM\n", False),
    ("title: T\nbaseURL: https://a.org/\nkramdown: {parse_block_html: false}\n", True),
    ("title: T\nbaseURL: https://a.org/\nmarkdown: CommonMarkGhPages\n", False),
    ("title: T\nbaseURL: https://a.org/\nmarkdown: kramdown\n", True),
])
def test_jekylls_markdown_settings_decide_how_html_elements_read(
    tmp_path: Path, text: str, whole: bool
) -> None:
    """Kramdown reads an html element whole; with `parse_block_html` (Markdown inside) or
    jekyll-commonmark, the old site read it as CommonMark does."""
    loaded = load(tmp_path, text)
    assert loaded.config.kramdown_html_blocks is whole
    assert messages(loaded) == []


def test_parse_block_html_must_be_a_switch(tmp_path: Path) -> None:
    err = load_error(
        tmp_path, "title: T\nbaseURL: https://a.org/\nkramdown: {parse_block_html: maybe}\n"
    )
    assert err.line == 3 and "parse_block_html" in err.message


def test_dialect_names_how_files_without_their_own_are_read(tmp_path: Path) -> None:
    base = "title: T\nbaseURL: https://a.org/\n"
    assert load(tmp_path, base).config.dialect == ""
    assert load(tmp_path, base + "dialect: Jekyll\n").config.dialect == "jekyll"
    err = load_error(tmp_path, base + "dialect: pelican\n")
    assert err.line == 3 and "must be jekyll or hugo" in err.message
