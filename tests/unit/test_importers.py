"""importers: `_config.yml` and Hugo's config translated key by key into canonical site.yaml
keys, config files read with errors at their lines, and the writer's safety rules."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from mentorblog.config import load_config
from mentorblog.errors import BuildError
from mentorblog.importers import Plan, import_site, plan_import, write_plan
from mentorblog.importers.configfile import ConfigFile, dump_site_yaml, read_config
from mentorblog.importers.hugo import translate_hugo
from mentorblog.importers.jekyll import translate_jekyll


def cfg(data: dict[str, Any], name: str = "_config.yml", **lines: int) -> ConfigFile:
    return ConfigFile(PurePosixPath(name), data, dict(lines))


def jekyll(
    data: dict[str, Any], pages: dict[str, dict[str, Any]] | None = None, **lines: int
) -> tuple[dict[str, Any], list[str]]:
    values, notices = translate_jekyll(
        cfg({"title": "T", "url": "https://a.org", **data}, **lines),
        {PurePosixPath(k): v for k, v in (pages or {}).items()},
    )
    return values, [str(n) for n in notices]


def hugo(data: dict[str, Any], **lines: int) -> tuple[dict[str, Any], list[str]]:
    values, notices = translate_hugo(
        cfg({"title": "T", "baseURL": "https://h.org/", **data}, "hugo.yaml", **lines)
    )
    return values, [str(n) for n in notices]


def loads_cleanly(values: dict[str, Any], tmp_path: Path) -> Any:
    """The written site.yaml is read by config.py without a single warning."""
    (tmp_path / "site.yaml").write_text(dump_site_yaml(values, "x"), encoding="utf-8")
    loaded = load_config(tmp_path)
    assert [str(n) for n in loaded.notices] == []
    return loaded.config


# -- Jekyll ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "canon"),
    [
        ("title", "Journal", "title"),
        ("description", "Notes", "description"),
        ("author", {"name": "Sam", "email": "s@x.org"}, "author"),
        ("lang", "pt-PT", "language"),
        ("timezone", "Europe/Lisbon", "timezone"),
        ("permalink", "/:year/:title/", "permalink"),
        ("excerpt_separator", "<!--more-->", "excerpt_separator"),
        ("show_drafts", True, "build_drafts"),
        ("future", True, "build_future"),
        ("destination", "docs", "publish_dir"),
        ("defaults", [{"scope": {"path": "_posts"}, "values": {"layout": "post"}}], "defaults"),
    ],
)
def test_jekyll_direct_keys(key: str, value: object, canon: str) -> None:
    values, notices = jekyll({key: value})
    assert values[canon] == value
    assert notices == []


def test_jekyll_url_and_baseurl_make_base_url() -> None:
    values, _ = jekyll({"url": "https://a.org/", "baseurl": "/blog/"})
    assert values["base_url"] == "https://a.org/blog/"
    assert jekyll({"baseurl": ""})[0]["base_url"] == "https://a.org/"
    # Only `baseurl` (any spelling) is the path: an unrelated key named `b` is not.
    assert jekyll({"b": "oops"})[0]["base_url"] == "https://a.org/"
    assert jekyll({"baseURL": "/blog"})[0]["base_url"] == "https://a.org/blog/"


def test_jekyll_empty_url_is_a_placeholder_and_reported() -> None:
    values, notices = jekyll({"url": "", "baseurl": "/blog"}, url=4)
    assert values["base_url"] == "https://example.org/blog/"
    assert notices == [
        "_config.yml:4: `url`: is empty; site.yaml uses https://example.org/ "
        "until you set `base_url` to the site's address"
    ]


def test_jekyll_missing_title_is_a_placeholder() -> None:
    values, notices = translate_jekyll(cfg({"url": "https://a.org"}), {})
    assert values["title"] and any("`title`: missing" in str(n) for n in notices)


def test_jekyll_unpublished_means_drafts_here() -> None:
    values, notices = jekyll({"unpublished": True})
    assert values["build_drafts"] is True and "build_expired" not in values
    assert len(notices) == 1 and "`unpublished`" in notices[0]


def test_jekyll_paginate_keeps_jekyll_paginate_addresses(tmp_path: Path) -> None:
    values, _ = jekyll({"paginate": 5})
    assert values["pagination"] == {"per_page": 5}
    assert values["paginate_path"] == "/page:num/"
    config = loads_cleanly(values, tmp_path)
    assert (config.pagination.per_page, config.pagination.path) == (5, "page:num/")
    assert (
        jekyll({"paginate": 3, "paginate_path": "/blog/p:num"})[0]["paginate_path"]
        == "/blog/p:num/"
    )


def test_jekyll_feed_settings() -> None:
    values, notices = jekyll(
        {"feed": {"posts_limit": 20, "excerpt_only": True, "path": "a.xml"}}, feed=9
    )
    assert values["feeds"] == {"limit": 20, "full_text": False}
    assert notices == [
        "_config.yml:9: `feed.path`: not carried over (mentorblog writes /feed.xml and /index.xml)"
    ]


def test_jekyll_minima_date_format_and_social_names() -> None:
    values, notices = jekyll(
        {
            "minima": {"date_format": "%b %-d, %Y", "skin": "dark"},
            "twitter_username": "sam",
            "github_username": "samdev",
            "email": "sam@x.org",
        }
    )
    assert values["date_format"] == "%b %-d, %Y"
    assert values["params"]["socialIcons"] == [
        {"name": "x", "url": "https://x.com/sam"},
        {"name": "github", "url": "https://github.com/samdev"},
        {"name": "email", "url": "mailto:sam@x.org"},
    ]
    assert [n for n in notices if "minima.skin" in n]


def test_jekyll_plugins_built_in_are_silent_others_reported() -> None:
    _, notices = jekyll(
        {
            "plugins": [
                "jekyll-feed",
                "jekyll-sitemap",
                "jekyll-seo-tag",
                "jekyll-redirect-from",
                "jekyll-paginate",
                "jekyll-gist",
            ]
        },
        plugins=12,
    )
    assert notices == [
        "_config.yml:12: `plugins: jekyll-gist`: a Jekyll plugin; mentorblog "
        "runs no plugins (not carried over)"
    ]


@pytest.mark.parametrize(
    "key",
    [
        "theme",
        "markdown",
        "kramdown",
        "sass",
        "collections_dir",
        "google_analytics",
        "my_own_setting",
    ],
)
def test_jekyll_other_keys_are_reported_with_their_line(key: str) -> None:
    _, notices = jekyll({key: "x"}, **{key: 7})
    assert len(notices) == 1 and notices[0].startswith(f"_config.yml:7: `{key}`")


def test_jekyll_pages_keep_their_addresses_through_scoped_defaults(tmp_path: Path) -> None:
    pages = {
        "contact.md": {"title": "Contact"},
        "about.md": {"title": "About", "permalink": "/about/"},
        "docs/index.md": {"title": "Docs"},
        "docs/Setup.md": {},
    }
    values, _ = jekyll({}, pages)
    assert values["defaults"] == [
        {"scope": {"path": "contact.md"}, "values": {"url": "/contact.html"}},
        {"scope": {"path": "docs/Setup.md"}, "values": {"url": "/docs/Setup.html"}},
    ]
    # minima's header: every page with a title, by path
    assert values["menu"] == [
        {"name": "About", "url": "/about/", "weight": 1},
        {"name": "Contact", "url": "/contact.html", "weight": 2},
        {"name": "Docs", "url": "/docs/", "weight": 3},
    ]
    loads_cleanly(values, tmp_path)


def test_jekyll_pretty_pages_need_no_defaults() -> None:
    values, _ = jekyll({"permalink": "pretty"}, {"contact.md": {"title": "Contact"}})
    assert "defaults" not in values
    assert values["menu"] == [{"name": "Contact", "url": "/contact/", "weight": 1}]


def test_jekyll_scoped_permalink_default_wins_over_ours() -> None:
    defaults = [{"scope": {"path": "", "type": "pages"}, "values": {"permalink": "/:title/"}}]
    values, _ = jekyll({"defaults": defaults}, {"contact.md": {"title": "Contact"}})
    assert values["defaults"] == defaults


def test_jekyll_header_pages_choose_the_menu() -> None:
    pages = {"a.md": {"title": "A", "permalink": "/a/"}, "b.md": {"title": "B", "permalink": "/b/"}}
    values, notices = jekyll({"header_pages": ["b.md", "gone.md"]}, pages, header_pages=3)
    assert values["menu"] == [{"name": "B", "url": "/b/", "weight": 1}]
    assert notices == [
        "_config.yml:3: `header_pages: gone.md`: not a Markdown page with a "
        "title that was carried over; left out of the menu"
    ]


def test_jekyll_rich_config_loads_without_warnings(tmp_path: Path) -> None:
    values, _ = jekyll(
        {
            "baseurl": "/j",
            "description": "d",
            "author": "Sam",
            "lang": "en-GB",
            "timezone": "Europe/Lisbon",
            "permalink": "pretty",
            "paginate": 4,
            "excerpt_separator": "<!--more-->",
            "feed": {"posts_limit": 5},
            "minima": {"date_format": "%d %b %Y"},
            "github_username": "sam",
        },
        {"c.md": {"title": "C"}},
    )
    config = loads_cleanly(values, tmp_path)
    assert config.base_url == "https://a.org/j/"
    assert (config.language, config.timezone, config.permalink) == (
        "en-GB",
        "Europe/Lisbon",
        "pretty",
    )
    assert config.authors == ("Sam",) and config.feeds.limit == 5
    assert config.date_format == "%d %b %Y" and config.excerpt_separator == "<!--more-->"
    assert [m.url for m in config.menu] == ["/c/"]


# -- Hugo ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "value", "canon"),
    [
        ("title", "Office hours", "title"),
        ("languageCode", "en-gb", "language"),
        ("copyright", "© Rita", "copyright"),
        ("timeZone", "Europe/Dublin", "timezone"),
        ("summaryLength", 40, "summary_length"),
        ("hasCJKLanguage", True, "has_cjk_language"),
        ("buildDrafts", True, "build_drafts"),
        ("buildFuture", True, "build_future"),
        ("buildExpired", True, "build_expired"),
        ("taxonomies", {"tag": "tags", "series": "series"}, "taxonomies"),
        ("publishDir", "docs", "publish_dir"),
        ("mainSections", ["notes"], "main_sections"),
    ],
)
def test_hugo_direct_keys(key: str, value: object, canon: str) -> None:
    values, notices = hugo({key: value})
    assert values[canon] == value
    assert notices == []


def test_hugo_base_url() -> None:
    assert hugo({})[0]["base_url"] == "https://h.org/"
    values, notices = hugo({"baseURL": "/"}, baseURL=1)
    assert values["base_url"] == "https://example.org/"
    assert notices[0].startswith("hugo.yaml:1: `baseURL`: is '/'; site.yaml uses")


def test_hugo_default_content_language_is_the_language() -> None:
    assert hugo({"defaultContentLanguage": "de"})[0]["language"] == "de"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ({"paginate": 7}, {"per_page": 7}),
        ({"paginatePath": "seite"}, {"path": "seite"}),
        (
            {"pagination": {"pagerSize": 3, "path": "p", "disableAliases": True}},
            {"per_page": 3, "path": "p"},
        ),
    ],
)
def test_hugo_pagination(data: dict[str, Any], expected: dict[str, Any]) -> None:
    values, notices = hugo(data)
    assert values["pagination"] == expected and notices == []


def test_hugo_permalinks_old_and_new_forms() -> None:
    values, notices = hugo(
        {
            "permalinks": {
                "posts": "/:year/:slugorfilename/",
                "page": {"notes": "/n/:slug/"},
                "term": {"tags": "/topic/:slug/"},
                "tags": "/t/:slug/",
            }
        },
        permalinks=2,
    )
    assert values["permalinks"] == {"posts": "/:year/:slug/", "page": {"notes": "/n/:slug/"},
                                    "term": {"tags": "/topic/:slug/"}, "tags": "/t/:slug/"}
    assert notices == []


def test_hugo_menus() -> None:
    values, notices = hugo(
        {
            "menus": {
                "main": [
                    {"name": "Posts", "pageRef": "/posts", "weight": 2},
                    {"identifier": "a", "name": "About", "url": "/about/"},
                    {"name": "Child", "url": "/c/", "parent": "a"},
                ],
                "footer": [{"name": "x", "url": "/"}],
            }
        },
        menus=5,
    )
    assert values["menu"] == [
        {"name": "Posts", "url": "/posts", "weight": 2},
        {"name": "About", "url": "/about/", "identifier": "a"},
    ]
    assert sorted(notices) == [
        "hugo.yaml:5: `menus.footer`: the theme shows one menu (main); not carried over",
        "hugo.yaml:5: `menus.main: Child`: nested menu entries are not shown; not carried over",
    ]


def test_hugo_feed_limits() -> None:
    assert hugo({"services": {"rss": {"limit": 15}}})[0]["feeds"] == {"limit": 15}
    assert hugo({"rssLimit": 9})[0]["feeds"] == {"limit": 9}
    assert hugo({"params": {"ShowFullTextinRSS": True}})[0]["feeds"] == {"full_text": True}
    _, notices = hugo({"services": {"disqus": {"shortname": "x"}}})
    assert notices == ["hugo.yaml: `services.disqus`: not carried over"]


def test_hugo_markup_and_outputs() -> None:
    values, notices = hugo(
        {
            "markup": {
                "goldmark": {"renderer": {"unsafe": False}},
                "highlight": {"style": "monokai"},
            },
            "outputs": {"home": ["HTML", "RSS", "JSON"], "page": ["HTML", "AMP"]},
        }
    )
    assert values["raw_html"] is False
    assert sorted(notices) == [
        "hugo.yaml: `markup.highlight.style`: mentorblog's Markdown and Pygments settings are "
        "fixed; not carried over",
        "hugo.yaml: `outputs.page`: mentorblog writes html, RSS, Atom and /index.json; other "
        "output formats are not carried over",
    ]


def test_hugo_params() -> None:
    values, notices = hugo(
        {
            "params": {
                "description": "d",
                "author": ["Rita", "Ana"],
                "DateFormat": "2 Jan 2006",
                "mainSections": ["posts"],
                "showreadingtime": True,
                "socialIcons": [],
                "homeInfoParams": {"Title": "Hi"},
                "myThing": 1,
            }
        },
        params=30,
    )
    assert values["description"] == "d" and values["author"] == ["Rita", "Ana"]
    assert values["date_format"] == "2 Jan 2006" and values["main_sections"] == ["posts"]
    assert values["params"] == {
        "ShowReadingTime": True,
        "socialIcons": [],
        "homeInfoParams": {"Title": "Hi"},
        "myThing": 1,
    }
    assert notices == [
        "hugo.yaml:30: `params.myThing`: kept under `params` for your own "
        "layouts; the theme does not use it"
    ]


def test_hugo_languages_default_block_merged_others_reported(tmp_path: Path) -> None:
    values, notices = hugo(
        {
            "defaultContentLanguage": "en",
            "params": {"ShowToc": True},
            "languages": {
                "fr": {
                    "weight": 2,
                    "title": "Heures",
                    "menu": {"main": [{"name": "x", "url": "/"}]},
                },
                "en": {
                    "weight": 1,
                    "languageName": "English",
                    "title": "Office hours",
                    "taxonomies": {"tag": "tags", "series": "series"},
                    "menu": {"main": [{"name": "Tags", "url": "tags/"}]},
                    "params": {"ShowReadingTime": True},
                },
            },
        },
        languages=8,
    )
    assert values["title"] == "Office hours" and values["language"] == "en"
    assert values["taxonomies"] == {"tag": "tags", "series": "series"}
    assert values["menu"] == [{"name": "Tags", "url": "tags/"}]
    assert values["params"] == {"ShowToc": True, "ShowReadingTime": True}
    assert notices == [
        "hugo.yaml:8: `languages.fr`: mentorblog builds one language; only `en` is carried over"
    ]
    config = loads_cleanly(values, tmp_path)
    assert [m.url for m in config.menu] == ["/tags/"]


@pytest.mark.parametrize(
    "key",
    [
        "theme",
        "minify",
        "enableEmoji",
        "uglyURLs",
        "module",
        "googleAnalytics",
        "disqusShortname",
        "somethingElse",
    ],
)
def test_hugo_other_keys_are_reported(key: str) -> None:
    _, notices = hugo({key: "x"}, **{key: 3})
    assert len(notices) == 1 and notices[0].startswith(f"hugo.yaml:3: `{key}`")


def test_hugo_quiet_keys() -> None:
    assert hugo({"enableRobotsTXT": True, "outputs": {"home": ["HTML", "RSS", "JSON"]}})[1] == []


def test_hugo_papermod_config_loads_without_warnings(tmp_path: Path) -> None:
    values, _ = hugo(
        {
            "languageCode": "en-gb",
            "timeZone": "Asia/Singapore",
            "pagination": {"pagerSize": 3},
            "summaryLength": 30,
            "taxonomies": {"tag": "tags", "category": "categories", "series": "series"},
            "permalinks": {"posts": "/:year/:slug/"},
            "menu": {"main": [{"name": "Archive", "url": "archives", "weight": 5}]},
            "services": {"rss": {"limit": 10}},
            "markup": {"goldmark": {"renderer": {"unsafe": True}}},
            "params": {
                "description": "d",
                "author": "Rita",
                "DateFormat": "2 Jan 2006",
                "ShowReadingTime": True,
                "ShowFullTextinRSS": True,
                "mainSections": ["posts"],
                "env": "production",
                "editPost": {"URL": "https://git.example.org/x"},
            },
        }
    )
    config = loads_cleanly(values, tmp_path)
    assert (config.language, config.timezone, config.summary_length) == (
        "en-gb",
        "Asia/Singapore",
        30,
    )
    assert config.pagination.per_page == 3 and config.permalinks == {"posts": "/:year/:slug/"}
    assert config.taxonomies == (("tag", "tags"), ("category", "categories"), ("series", "series"),
                                 ("author", "authors"))
    assert [(m.name, m.url) for m in config.menu] == [("Archive", "/archives/")]
    assert (config.feeds.limit, config.feeds.full_text) == (10, True)
    assert config.description == "d" and config.authors == ("Rita",)
    assert config.date_format == "%-d %b %Y" and config.main_sections == ("posts",)
    assert config.params["showreadingtime"] is True and config.raw_html is True


# -- reading config files ----------------------------------------------------------------------


def test_read_toml_with_key_lines(tmp_path: Path) -> None:
    path = tmp_path / "hugo.toml"
    path.write_text(
        'baseURL = "https://h.org/"\ntitle = "T"\n\n[params]\n  a = 1\n'
        '[[menu.main]]\n  name = "x"\n',
        encoding="utf-8",
    )
    config = read_config(path, PurePosixPath("hugo.toml"))
    assert config.data["params"] == {"a": 1}
    assert config.lines == {"baseURL": 1, "title": 2, "params": 4, "menu": 6}


def test_read_json(tmp_path: Path) -> None:
    path = tmp_path / "hugo.json"
    path.write_text('{\n  "title": "T",\n  "baseURL": "https://h.org/"\n}\n', encoding="utf-8")
    config = read_config(path, PurePosixPath("hugo.json"))
    assert config.data["title"] == "T" and config.lines == {"title": 2, "baseURL": 3}


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("_config.yml", "title: a\nurl: [unclosed\n", 2),  # where the `[` opens
        ("hugo.toml", 'title = "a"\nbaseURL = \n', 2),
        ("hugo.json", '{\n  "title": "a",\n}\n', 3),
    ],
)
def test_broken_config_is_an_error_at_its_line(
    tmp_path: Path, name: str, text: str, line: int
) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    with pytest.raises(BuildError) as info:
        read_config(tmp_path / name, PurePosixPath(name))
    assert (info.value.file, info.value.line) == (PurePosixPath(name), line)


def test_config_that_is_not_a_mapping(tmp_path: Path) -> None:
    (tmp_path / "_config.yml").write_text("- a\n- b\n", encoding="utf-8")
    with pytest.raises(BuildError, match="must be a mapping"):
        read_config(tmp_path / "_config.yml", PurePosixPath("_config.yml"))


# -- writing -----------------------------------------------------------------------------------


def test_write_plan_never_writes_outside_the_target(tmp_path: Path) -> None:
    (tmp_path / "old").mkdir()
    (tmp_path / "old" / "a.md").write_text("x", encoding="utf-8")
    plan = Plan(((PurePosixPath("a.md"), PurePosixPath("content/../../evil.md")),), "t: 1\n", ())
    with pytest.raises(BuildError, match="outside the new site"):
        write_plan(plan, tmp_path / "old", tmp_path / "new")
    assert not (tmp_path / "evil.md").exists()
    assert not (tmp_path / "new").exists()  # created by the import, removed again


def test_import_into_the_old_site_itself_is_refused(tmp_path: Path) -> None:
    (tmp_path / "_posts").mkdir()
    with pytest.raises(BuildError, match="cannot be the old site"):
        import_site("jekyll", tmp_path, tmp_path)


def test_unknown_generator(tmp_path: Path) -> None:
    with pytest.raises(BuildError, match="unknown generator"):
        import_site("pelican", tmp_path / "a", tmp_path / "b")


# -- planning: which file goes where --------------------------------------------------------


def make(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def planned(dialect: str, root: Path) -> tuple[dict[str, str], list[str]]:
    plan = plan_import(dialect, root)
    return {str(a): str(b) for a, b in plan.copies}, [str(n) for n in plan.notices]


def test_jekyll_plan_sorts_every_kind_of_file(tmp_path: Path) -> None:
    root = make(
        tmp_path,
        {
            "_config.yml": "title: T\nurl: https://a.org\ncollections: {talks: {output: true}}\n",
            "_posts/2024-01-02-a.md": "---\nlayout: post\n---\nA\n",
            "_posts/2024-01-03-b.html": "---\nlayout: post\n---\n<p>B</p>\n",
            "blog/_posts/2024-01-04-c.md": "---\ntitle: C\n---\nC\n",
            "notes.md": "No front matter here.\n",
            "raw.html": "<p>as is</p>\n",
            "page.html": "---\ntitle: P\n---\n<p>{{ page.title }}</p>\n",
            "_talks/one.md": "---\ntitle: One\n---\n",
            "_site/index.html": "old output",
            "node_modules/x/index.js": "",
            ".git/HEAD": "ref",
            "notes.md~": "backup",
        },
    )
    copies, notices = planned("jekyll", root)
    assert copies == {
        "_posts/2024-01-02-a.md": "content/_posts/2024-01-02-a.md",
        "blog/_posts/2024-01-04-c.md": "content/blog/_posts/2024-01-04-c.md",
        "notes.md": "static/notes.md",
        "raw.html": "static/raw.html",
    }
    assert notices == [
        "node_modules: not copied (Jekyll excludes it)",
        "_posts/2024-01-03-b.html: is not a Markdown post; not copied",
        "_talks/one.md: in the `talks` collection; mentorblog has no collections (move it to a "
        "folder under content/)",
        "notes.md: has no front matter, so Jekyll publishes it as a raw file; so does "
        "mentorblog (add front matter to make it a page)",
        "page.html: has front matter, so Jekyll runs it through Liquid; mentorblog reads only "
        "Markdown pages; not carried over",
    ]


def test_jekyll_unknown_layout_and_broken_front_matter_are_reported(tmp_path: Path) -> None:
    root = make(
        tmp_path,
        {
            "_posts/2024-01-02-a.md": "---\nlayout: fancy\n---\nA\n",
            "_posts/2024-01-03-b.md": "---\nlayout: default\n---\nB\n",
            "about.md": "---\ntitle: [unclosed\n---\nAbout\n",
        },
    )
    copies, notices = planned("jekyll", root)
    assert sorted(copies) == ["_posts/2024-01-02-a.md", "_posts/2024-01-03-b.md", "about.md"]
    assert notices[:2] == [
        "_posts/2024-01-02-a.md: asks for `layout: fancy`, a layout of the old site that was "
        "not carried over; the build stops here until you add layouts/fancy.html (a Jinja "
        "template) or change the layout",
        "about.md:2: front matter is not valid YAML: while parsing a flow sequence, did not "
        "find expected ',' or ']'; copied as it is, the build will report it too",
    ]


def test_hugo_default_language_suffix_is_dropped_unless_taken(tmp_path: Path) -> None:
    root = make(
        tmp_path,
        {
            "hugo.toml": "title = 'T'\nbaseURL = 'https://h.org/'\n",
            "content/posts/_index.en.md": "---\ntitle: Posts\n---\n",
            "content/posts/x.en.md": "---\ntitle: X\n---\n",
            "content/posts/x.md": "---\ntitle: X too\n---\n",
            "content/posts/notes.old.md": "---\ntitle: Old\n---\n",
        },
    )
    copies, _ = planned("hugo", root)
    assert copies == {
        "content/posts/_index.en.md": "content/posts/_index.md",
        "content/posts/notes.old.md": "content/posts/notes.old.md",
        "content/posts/x.en.md": "content/posts/x.en.md",
        "content/posts/x.md": "content/posts/x.md",
    }


def test_link_out_of_the_old_site_is_not_followed(tmp_path: Path) -> None:
    secret = make(tmp_path / "secret", {"key.txt": "secret"})
    root = make(tmp_path / "old", {"_posts/2024-01-02-a.md": "---\n---\nA\n"})
    (root / "key.txt").symlink_to(secret / "key.txt")
    (root / "linked").symlink_to(secret)
    copies, notices = planned("jekyll", root)
    assert list(copies) == ["_posts/2024-01-02-a.md"]
    assert "key.txt: is a link to a file outside the old site; not copied" in notices
    assert any(n.startswith("linked: is a link to a folder") for n in notices)


def test_hugo_plan_other_languages_and_formats(tmp_path: Path) -> None:
    root = make(
        tmp_path,
        {
            "hugo.yaml": "title: T\nbaseURL: https://h.org/\ndefaultContentLanguage: en\n"
            "languages:\n  en: {weight: 1}\n  fr: {weight: 2}\n",
            "config.toml": "title = 'old'\n",
            "content/posts/a.md": "---\ntitle: A\n---\n",
            "content/posts/a.fr.md": "---\ntitle: A\n---\n",
            "content/posts/b.en.md": "---\ntitle: B\n---\n",
            "content/page.html": "---\ntitle: P\n---\n<p>P</p>\n",
            "content/posts/c.md": "---\nlayout: custom\n---\n",
            "static/.DS_Store": "x",
            "resources/_gen/x.css": "",
            "README.md": "about the repo",
            "layouts/_default/single.html": "{{ .Content }}",
        },
    )
    copies, notices = planned("hugo", root)
    assert copies == {
        "content/posts/a.md": "content/posts/a.md",
        "content/posts/b.en.md": "content/posts/b.md",  # Hugo published it as /posts/b/
        "content/posts/c.md": "content/posts/c.md",
    }
    assert notices == [
        "config.toml: Hugo reads hugo.yaml instead; not used",
        "resources: Hugo's cache of generated files; not copied",
        "README.md: not part of what Hugo publishes; not copied",
        "content/page.html: Hugo content in .html is not read by mentorblog (only Markdown); "
        "not copied",
        "content/posts/a.fr.md: written in `fr`; mentorblog builds one language (en), so it is "
        "not copied",
        "content/posts/c.md: asks for `layout: custom`, a layout of the old site that was not "
        "carried over; the build stops here until you add layouts/custom.html (a Jinja "
        "template) or change the layout",
        "layouts/_default/single.html: a Hugo template (Go templates); mentorblog's layouts are "
        "Jinja templates: rewrite it under layouts/ if you need it",
        "hugo.yaml:4: `languages.fr`: mentorblog builds one language; only `en` is carried over",
    ]


# -- safety: output folders, the old site, big configs ------------------------------------------


@pytest.mark.parametrize("folder", ["../www", "/var/www/blog", "~/site", "a/../../b", "C:/w"])
def test_an_output_folder_outside_the_old_site_is_not_carried_over(folder: str) -> None:
    """Relative to the old site it named one folder; relative to the new one it would name
    another (perhaps inside the old site): left out, and said so."""
    values, notices = jekyll({"destination": folder}, destination=7)
    assert "publish_dir" not in values
    assert notices == [f"_config.yml:7: `destination`: {folder!r} is outside the old site; "
                       "the new site builds into public/ (set `publish_dir` in site.yaml to "
                       "choose another folder inside it)"]
    values, notices = hugo({"publishDir": folder})
    assert "publish_dir" not in values and "is outside the old site" in notices[-1]


def test_an_output_folder_inside_the_old_site_is_kept() -> None:
    assert hugo({"publishDir": "docs"})[0]["publish_dir"] == "docs"
    assert jekyll({"destination": "_site/blog"})[0]["publish_dir"] == "_site/blog"


def test_import_into_a_folder_inside_the_old_site_is_refused(tmp_path: Path) -> None:
    (tmp_path / "_posts").mkdir()
    with pytest.raises(BuildError, match="lies inside the old site"):
        import_site("jekyll", tmp_path, tmp_path / "new")
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize(("name", "line"), [
    ("_config.yml", "k{i}: {i}\n"),
    ("hugo.toml", "k{i} = {i}\n"),
    ("config.json", '"k{i}": {i},\n'),
])
def test_translating_a_big_config_takes_work_linear_in_its_keys(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, line: str) -> None:
    """20,000 keys took 20 s to minutes: every unknown key looked for its line among all
    keys. Counted in calls, not timed: the work per key must not grow with the keys."""
    import re

    from mentorblog.importers import configfile

    calls = {"n": 0}
    real_norm, real_match = configfile.norm, re.match

    def counting_norm(key: object) -> str:
        calls["n"] += 1
        return real_norm(key)

    def counting_match(*args: Any, **kwargs: Any) -> Any:
        calls["n"] += 1
        return real_match(*args, **kwargs)

    monkeypatch.setattr(configfile, "norm", counting_norm)
    monkeypatch.setattr(re, "match", counting_match)
    keys = 3000
    body = "".join(line.format(i=i) for i in range(keys))
    if name.endswith(".json"):
        text = '{"title": "T",\n' + body + '"baseURL": "https://h.org/"}\n'
    elif name.endswith(".toml"):
        text = 'title = "T"\nbaseURL = "https://h.org/"\n' + body
    else:
        text = "title: T\nurl: https://a.org\n" + body
    (tmp_path / name).write_text(text, encoding="utf-8")
    config = read_config(tmp_path / name, PurePosixPath(name))
    assert config.lines["k2999"] == (keys + 1 if name.endswith(".json") else keys + 2)
    notices = (translate_jekyll(config, {}) if name == "_config.yml" else
               translate_hugo(config))[1]
    assert len(notices) >= keys
    assert calls["n"] < 20 * keys, calls["n"]
