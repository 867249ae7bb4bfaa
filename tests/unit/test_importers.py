"""importers: `_config.yml` and Hugo's config translated key by key into canonical site.yaml
keys, config files read with errors at their lines, and the writer's safety rules."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml
from images import png

from mentorblog.core.errors import BuildError
from mentorblog.importers import Plan, import_site, plan_import, write_plan
from mentorblog.importers.configfile import ConfigFile, dump_site_yaml, read_config
from mentorblog.importers.hugo import translate_hugo
from mentorblog.importers.jekyll import translate_jekyll
from mentorblog.read.config import load_config


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


@pytest.mark.parametrize("key", ["mathjax", "math", "katex", "useMathJax"])
def test_jekyll_themes_math_switch_turns_math_on(key: str) -> None:
    """The theme loaded MathJax on every page; it was reported as not used."""
    values, notices = jekyll({"title": "T", key: True})
    assert values["params"] == {"math": True} and notices == []
    values, _ = jekyll({"title": "T", key: False})
    assert "math" not in values.get("params", {})


def test_jekyll_markdown_settings_that_shape_html_blocks_are_carried_over() -> None:
    values, notices = jekyll({"title": "T", "kramdown": {"input": "GFM", "parse_block_html": True},
                              "markdown": "CommonMarkGhPages"})
    assert values["kramdown"] == {"parse_block_html": True}
    assert values["markdown"] == "CommonMarkGhPages"
    assert notices == []
    values, notices = jekyll({"title": "T", "kramdown": {"input": "GFM"}, "markdown": "kramdown"})
    assert "kramdown" not in values and "markdown" not in values and len(notices) == 2


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
        {"feed": {"posts_limit": 20, "excerpt_only": True, "path": "/atom.xml", "tags": True}},
        feed=9,
    )
    # jekyll-feed's address keeps the feed: mentorblog's Atom feed is written there too.
    assert values["feeds"] == {"limit": 20, "full_text": False, "also_at": ["atom.xml"]}
    assert notices == [
        "_config.yml:9: `feed.tags`: not carried over (mentorblog writes /feed.xml and /index.xml)"
    ]
    assert "also_at" not in jekyll({"feed": {"path": "feed.xml"}})[0].get("feeds", {})
    # An address the build would refuse (an RSS feed's) is reported, not written.
    values, notices = jekyll({"feed": {"path": "index.xml"}}, feed=3)
    assert "feeds" not in values
    assert notices == [
        "_config.yml:3: `feed.path`: 'index.xml': an RSS feed or the sitemap is written there "
        "(not carried over)"
    ]


def test_jekyll_theme_feed_templates_keep_their_addresses(tmp_path: Path) -> None:
    """Poole, Hyde and Lanyon wrote the feed from a root `atom.xml` (Liquid): its readers
    keep getting posts there; a plain `rss.xml` without front matter is a file as it is."""
    plan, values = jekyll_plan(
        tmp_path,
        {
            "_config.yml": "title: T\nurl: https://a.org\nfeed:\n  path: feed/posts.xml\n",
            "_posts/2024-01-02-a.md": "---\nlayout: post\n---\nA\n",
            "atom.xml": "---\nlayout: null\n---\n<feed>{% for post in site.posts %}"
            "{% endfor %}</feed>\n",
            "rss.xml": "<rss>kept as it is</rss>\n",
            "feed.xml": "---\nlayout: null\n---\n<rss>{{ site.title }}</rss>\n",
        },
    )
    assert values["feeds"] == {"also_at": ["feed/posts.xml", "atom.xml"]}
    copies = {str(a): str(b) for a, b in plan.copies}
    assert "atom.xml" not in copies and copies["rss.xml"] == "static/rss.xml"
    notices = [str(n) for n in plan.notices]
    assert not any(n.startswith("atom.xml") for n in notices)
    assert any(n.startswith("feed.xml: has front matter") for n in notices)  # written anyway
    (tmp_path / "new").mkdir()
    assert loads_cleanly(values, tmp_path / "new").feeds.also_at == ("feed/posts.xml", "atom.xml")


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
                "jekyll-relative-links",
                "jekyll-spaceship",
            ]
        },
        plugins=12,
    )
    assert notices == [
        "_config.yml:12: `plugins: jekyll-spaceship`: a Jekyll plugin; mentorblog "
        "runs no plugins (not carried over)"
    ]


@pytest.mark.parametrize(
    "key",
    [
        "theme",
        "kramdown",  # `kramdown: x`; `markdown: x` names an engine, carried over
        "sass",
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


def test_jekyll_include_of_underscore_and_dot_names_is_carried(tmp_path: Path) -> None:
    # minimal-mistakes and al-folio keep their pages in `_pages/`, named in `include`.
    values, _ = jekyll({"include": ["_pages", ".well-known", "_posts", "docs"]})
    assert values["include"] == ["_pages", ".well-known"]
    assert loads_cleanly(values, tmp_path).include == ("_pages", ".well-known")
    assert "include" not in jekyll({"include": ["docs"]})[0]


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
        ("uglyURLs", True, "ugly_urls"),
        ("taxonomies", {"tag": "tags", "series": "series"}, "taxonomies"),
        # Hugo's first name for them, which it still reads (a real blog's `topics`)
        ("indexes", {"tag": "tags", "topic": "topics"}, "taxonomies"),
        ("publishDir", "docs", "publish_dir"),
        ("mainSections", ["notes"], "main_sections"),
    ],
)
def test_hugo_direct_keys(key: str, value: object, canon: str) -> None:
    values, notices = hugo({key: value})
    assert values[canon] == value
    assert notices == []


def test_hugo_taxonomies_win_over_indexes() -> None:
    values, _ = hugo({"indexes": {"topic": "topics"}, "taxonomies": {"tag": "tags"}})
    assert values["taxonomies"] == {"tag": "tags"}


def test_hugo_ugly_urls_per_section_are_not_carried_over() -> None:
    values, notices = hugo({"uglyURLs": {"posts": True}})
    assert "ugly_urls" not in values
    assert len(notices) == 1
    assert notices[0].endswith(
        "only `true` or `false` (for every section) is read; not carried over")


def test_hugo_renamed_feed_is_written_there_too() -> None:
    """A real blog's `[outputFormats.RSS] baseName = "atom"` published its feed at
    /atom.xml; its subscribers lost it."""
    values, notices = hugo({"outputFormats": {"RSS": {"mediatype": "application/rss",
                                                      "baseName": "atom"}}})
    assert values["feeds"] == {"also_at": ["atom.xml"]}
    assert len(notices) == 1 and "written at /atom.xml too" in notices[0]
    values, notices = hugo({"outputFormats": {"RSS": {"baseName": "index"}}})
    assert "feeds" not in values and notices == []
    values, _ = hugo({"outputFormats": {"RSS": {"baseName": "atom", "path": "rss"}}})
    assert values["feeds"] == {"also_at": ["rss/atom.xml"]}  # in the folder `path` names
    values, notices = hugo({"outputFormats": {"RSS": {"baseName": "../x"}}})
    assert "feeds" not in values and "not carried over" in notices[0]


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
    assert values["permalinks"] == {
        "posts": "/:year/:slug/",
        "page": {"notes": "/n/:slug/"},
        "term": {"tags": "/topic/:slug/"},
        "tags": "/t/:slug/",
    }
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


def test_hugo_languages_default_block_merged_every_language_kept(tmp_path: Path) -> None:
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
    assert notices == []
    assert values["default_language"] == "en"
    assert list(values["languages"]) == ["en", "fr"]  # the default first, then by weight
    assert values["languages"]["fr"] == {
        "weight": 2,
        "title": "Heures",
        "menu": [{"name": "x", "url": "/"}],  # Hugo's `main`, read as the top level's
    }
    config = loads_cleanly(values, tmp_path)
    assert [m.url for m in config.menu] == ["/tags/"]
    assert [lang.code for lang in config.languages] == ["en", "fr"]


def write_tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def hugo_site_yaml(root: Path) -> tuple[dict[str, Any], list[str]]:
    import yaml

    plan = plan_import("hugo", root)
    return yaml.safe_load(plan.site_yaml), [str(n) for n in plan.notices]


def test_hugo_language_menus_are_read_as_the_top_level_menu(tmp_path: Path) -> None:
    """Congo ships `menus.en.toml` beside a disabled second language: each language's menu
    is translated as the top-level one is (`pageRef` as the url; the theme's own search
    entry, with no name, left out and reported once), so the new site builds."""
    from mentorblog.cli import main

    root = write_tree(
        tmp_path / "old",
        {
            "config/_default/hugo.toml": 'baseURL = "https://c.example/"\n'
            'defaultContentLanguage = "en"\n',
            "config/_default/languages.en.toml": 'title = "Notes"\nweight = 1\n',
            "config/_default/languages.zh.toml": 'title = "Biji"\nweight = 2\ndisabled = true\n',
            "config/_default/menus.en.toml": '[[main]]\nname = "Projects"\npageRef = "projects"\n'
            'weight = 10\n[[main]]\nidentifier = "search"\nweight = 99\n'
            '[main.params]\naction = "search"\n',
            "config/_default/menus.zh.toml": '[[main]]\nidentifier = "search"\n',
            "content/projects/_index.md": "---\ntitle: Projects\n---\n",
            "content/projects/a.md": "---\ntitle: A\ndate: 2024-01-02\n---\nA\n",
        },
    )
    values, notices = hugo_site_yaml(root)
    assert values["languages"]["en"]["menu"] == [
        {"name": "Projects", "url": "projects", "weight": 10}
    ]
    assert "menu" not in values["languages"]["zh"]
    assert sorted(n for n in notices if "search" in n) == [
        "config/_default/menus.en.toml: `menus.main: search`: has no name or no url (a "
        "theme's own entry, such as a search button); not carried over",
        "config/_default/menus.zh.toml:1: `languages.zh.menus.main: search`: has no name or no "
        "url (a theme's own entry, such as a search button); not carried over",
    ]
    import_site("hugo", root, tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    assert 'href="/projects/"' in (out / "index.html").read_text(encoding="utf-8")


# Each case was checked against `hugo config` (Hugo 0.168): what the merged settings hold.
def test_hugo_config_folder_as_congo_and_blowfish_ship_it(tmp_path: Path) -> None:
    """`languages.en.toml` is the `en` language block (title, author, params.description),
    `params.toml` the params, `menus.en.toml` the menus; the folder wins over the root file;
    tables merge key by key; `config/production/` (what `hugo build` uses) comes last."""
    root = write_tree(
        tmp_path,
        {
            "hugo.toml": 'title = "Root"\nbaseURL = "https://root.example/"\n'
            "[params]\nShowToc = false\nShowBreadCrumbs = true\n",
            "config/_default/hugo.toml": 'baseURL = "https://split.example/"\n'
            'defaultContentLanguage = "en"\n',
            "config/_default/languages.en.toml": 'title = "Split journal"\nlanguageCode = "en-gb"'
            '\nweight = 1\n[params]\ndescription = "Notes from sessions"\n'
            '[author]\nname = "Rita"\nheadline = "Mentor"\n',
            "config/_default/languages.fr.toml": 'title = "Journal"\nweight = 2\n',
            "config/_default/params.toml": 'ShowToc = true\nmainSections = ["sessions"]\n',
            "config/_default/menus.en.toml": '[[main]]\nname = "Tags"\nurl = "/tags/"\n',
            "config/_default/nav/menus.fr.toml": '[[menus.main]]\nname = "Tags"\nurl = "/fr/"\n',
            "config/production/params.toml": "[params]\nShowReadingTime = true\n",
            "config/staging/hugo.toml": 'baseURL = "https://staging.example/"\n',
            "content/a.md": "---\ntitle: A\n---\n",
        },
    )
    values, notices = hugo_site_yaml(root)
    assert values == {
        "title": "Split journal",
        "base_url": "https://split.example/",
        "language": "en-gb",
        "description": "Notes from sessions",
        "author": "Rita",
        "main_sections": ["sessions"],
        "menu": [{"name": "Tags", "url": "/tags/"}],
        "params": {"ShowBreadCrumbs": True, "ShowToc": True, "ShowReadingTime": True},
        "default_language": "en",
        "languages": {
            "en": {
                "title": "Split journal",
                "languageCode": "en-gb",
                "weight": 1,
                "params": {"description": "Notes from sessions"},
                "menu": [{"name": "Tags", "url": "/tags/"}],
            },
            "fr": {
                "title": "Journal",
                "weight": 2,
                "menu": [{"name": "Tags", "url": "/fr/"}],
            },
        },
    }
    assert notices == [
        "config/staging: settings for the `staging` environment; `hugo build` publishes with "
        "`production`, so only config/_default/ and config/production/ are carried over",
        "config/_default/languages.en.toml:6: `author.headline`: the theme shows only the "
        "author's name; not carried over",
    ]
    assert plan_import("hugo", root).site_yaml.startswith(
        "# Translated from hugo.toml, config/_default/, config/production/ by"
    )
    (tmp_path / "new").mkdir()
    loads_cleanly(values, tmp_path / "new")


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        # A file holding only a table named like itself is unwrapped; with other keys, not.
        ({"params.toml": "[params]\nShowToc = true\n"}, {"params": {"ShowToc": True}}),
        (
            {"params.toml": "[params]\nShowToc = true\n[other]\nx = 1\n"},
            {"params": {"params": {"ShowToc": True}, "other": {"x": 1}}},
        ),
        # `X.LANG` files other than menus/params are the language block itself.
        ({"hugo.en.toml": 'copyright = "Rita"\n'}, {"copyright": "Rita"}),
        ({"params.en.yaml": "description: D\n"}, {"description": "D"}),
        (
            {"menu.en.toml": '[[main]]\nname = "M"\nurl = "/m/"\n'},
            {"menu": [{"name": "M", "url": "/m/"}]},
        ),
        # Later files (byte order, folders at their place) overwrite earlier ones.
        (
            {"a/params.toml": 'description = "first"\n', "params.toml": 'description = "2"\n'},
            {"description": "2"},
        ),
        (
            {"taxonomies.yaml": "tag: tags\nseries: series\n"},
            {"taxonomies": {"tag": "tags", "series": "series"}},
        ),
        # Hugo reads strings through cast: "20" is a number; 0 words means the first block.
        ({"hugo.toml": 'summaryLength = "20"\n'}, {"summary_length": 20}),
        ({"hugo.toml": "summaryLength = 0\n"}, {"summary_length": 1}),
        ({"hugo.toml": 'buildFuture = "true"\n'}, {"build_future": True}),
        ({"hugo.toml": 'locale = "pt-pt"\n'}, {"language": "pt-pt"}),
    ],
)
def test_hugo_config_folder_file_names(
    files: dict[str, str], expected: dict[str, Any], tmp_path: Path
) -> None:
    base = {"config/_default/hugo.toml": 'title = "T"\nbaseURL = "https://h.org/"\n'}
    folder = {f"config/_default/{k}": v for k, v in files.items()}
    if "config/_default/hugo.toml" in folder:
        folder["config/_default/hugo.toml"] = (
            base["config/_default/hugo.toml"] + folder["config/_default/hugo.toml"]
        )
    root = write_tree(tmp_path, {**base, **folder, "content/a.md": "---\ntitle: A\n---\n"})
    values, _ = hugo_site_yaml(root)
    shown = {k: v for k, v in values.items() if k not in ("title", "base_url", "language")}
    if "language" in expected:
        shown["language"] = values["language"]
    if "params" in shown and "params" not in expected:
        expected = {**expected, "params": shown["params"]}
    assert {k: shown.get(k) for k in expected} == expected


def test_hugo_author_table_without_name_is_reported() -> None:
    values, notices = hugo({"author": {"image": "me.png"}}, author=4)
    assert "author" not in values
    assert notices == [
        "hugo.yaml:4: `author.image`: the theme shows only the author's name; not carried over",
        "hugo.yaml:4: `author`: has no `name`; not carried over",
    ]


@pytest.mark.parametrize(
    "key",
    [
        "theme",
        "minify",
        "enableEmoji",  # "x": not true or false
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
    assert config.taxonomies == (
        ("tag", "tags"),
        ("category", "categories"),
        ("series", "series"),
        ("author", "authors"),
    )
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
    """`files` by name and text; an image named with the text "png" or "jpg" is a real
    (tiny) one, since a build refuses an image it cannot read."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        if text in ("png", "jpg"):
            (root / name).write_bytes(png())
        else:
            (root / name).write_text(text, encoding="utf-8")
    return root


def planned(dialect: str, root: Path) -> tuple[dict[str, str], list[str]]:
    plan = plan_import(dialect, root)
    return {str(a): str(b) for a, b in plan.copies}, [str(n) for n in plan.notices]


def test_jekyll_plan_sorts_every_kind_of_file(tmp_path: Path) -> None:
    root = make(
        tmp_path,
        {
            "_config.yml": "title: T\nurl: https://a.org\n"
            "collections: {talks: {output: true}, recipes: {}}\n",
            "_posts/2024-01-02-a.md": "---\nlayout: post\n---\nA\n",
            "_posts/2024-01-03-b.html": "---\nlayout: post\n---\n<p>B</p>\n",
            "blog/_posts/2024-01-04-c.md": "---\ntitle: C\n---\nC\n",
            "notes.md": "No front matter here.\n",
            "raw.html": "<p>as is</p>\n",
            "page.html": "---\ntitle: P\n---\n<p>{{ page.title }}</p>\n",
            "_talks/one.md": "---\ntitle: One\n---\n",
            "_recipes/soup.md": "---\ntitle: Soup\n---\n",
            "_site/index.html": "old output",
            "node_modules/x/index.js": "",
            ".git/HEAD": "ref",
            "notes.md~": "backup",
        },
    )
    copies, notices = planned("jekyll", root)
    assert copies == {
        "_posts/2024-01-02-a.md": "content/_posts/2024-01-02-a.md",
        "_posts/2024-01-03-b.html": "content/_posts/2024-01-03-b.html",  # a post in html
        "blog/_posts/2024-01-04-c.md": "content/blog/_posts/2024-01-04-c.md",
        "notes.md": "static/notes.md",
        "raw.html": "static/raw.html",
        "page.html": "content/page.html",  # front matter: a page, as Jekyll makes it
        "_talks/one.md": "content/talks/one.md",
    }
    assert notices == [
        "node_modules: not copied (Jekyll excludes it)",
        "_recipes/soup.md: in the `recipes` collection, which Jekyll does not publish (no "
        "`output: true`); not copied",
        "notes.md: has no front matter, so Jekyll publishes it as a raw file; so does "
        "mentorblog (add front matter to make it a page)",
    ]


def test_jekyll_published_collections_become_pages_at_their_addresses(tmp_path: Path) -> None:
    """al-folio publishes `_projects/`, `_news/`: each document is a page at the address
    Jekyll gave it (the collection's permalink, a `defaults:` entry of its type, else
    `/:collection/:path` ending like the site's permalink style), its files beside it, and
    its type's defaults follow it to its folder. Documents are not menu entries."""
    from mentorblog.cli import main

    root = make(
        tmp_path / "old",
        {
            "_config.yml": "title: T\nurl: https://a.org\npermalink: /blog/:year/:title/\n"
            "collections:\n  projects: {output: true}\n  talks: {output: true, permalink: "
            "/speaking/:name.html}\n  news: {output: true}\n"
            "defaults:\n  - scope: {path: '', type: news}\n    values: {layout: post, "
            "permalink: /updates/:title/}\n  - scope: {type: projects}\n"
            "    values: {category: work}\n",
            "_projects/robot.md": "---\ntitle: Robot\n---\nBuilt a *robot*.\n",
            "_projects/deep/arm.md": "---\ntitle: Arm\npermalink: /arm/\n---\nArm.\n",
            "_projects/img/robot.png": "png",
            "_talks/intro.md": "---\ntitle: Intro\n---\nTalk.\n",
            "_news/Hello World.md": "---\ntitle: Hello\ndate: 2024-01-02\n---\nNews.\n",
            "about.md": "---\ntitle: About\n---\nMe.\n",
        },
    )
    plan = plan_import("jekyll", root)
    import yaml

    assert {str(a): str(b) for a, b in plan.copies} == {
        "_projects/robot.md": "content/projects/robot.md",
        "_projects/deep/arm.md": "content/projects/deep/arm.md",
        "_projects/img/robot.png": "static/projects/img/robot.png",
        "_talks/intro.md": "content/talks/intro.md",
        "_news/Hello World.md": "content/news/Hello World.md",
        "about.md": "content/about.md",
    }
    values = yaml.safe_load(plan.site_yaml)
    assert values["menu"] == [{"name": "About", "url": "/about/", "weight": 1}]
    assert {"scope": {"path": "projects"}, "values": {"category": "work"}} in values["defaults"]
    import_site("jekyll", root, tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    for page in (
        "projects/robot/index.html",
        "arm/index.html",
        "speaking/intro.html",
        "updates/Hello-World/index.html",
        "projects/img/robot.png",
    ):
        assert (out / page).is_file(), page
    assert "<em>robot</em>" in (out / "projects/robot/index.html").read_text(encoding="utf-8")


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
    assert notices[:3] == [
        "about.md:2: front matter is not valid YAML: while parsing a flow sequence, did not "
        "find expected ',' or ']'; copied as it is, the build will report it too",
        "_config.yml: no _config.yml; title and address are placeholders in site.yaml",
        "_posts/2024-01-02-a.md: asks for `layout: fancy`, a layout of the old site; it was not "
        "carried over: layouts/fancy.html shows it as the theme's post layout does until you "
        "write your own",
    ]


def test_unknown_layouts_get_a_stand_in_and_the_site_builds(tmp_path: Path) -> None:
    """Hugo falls back to its default template and Jekyll renders without the layout; the
    import writes a stand-in that extends the theme's layout, so the first build works."""
    from mentorblog.cli import main

    root = make(
        tmp_path / "old",
        {
            "_config.yml": "title: T\nurl: https://a.org\n",
            "_posts/2024-01-02-a.md": "---\nlayout: fancy\ntitle: A\n---\nA\n",
            "_posts/2024-01-03-b.md": "---\nlayout: fancy\ntitle: B\n---\nB\n",
            "cv.md": "---\nlayout: wide\ntitle: CV\n---\nMy CV\n",
            "odd.md": "---\nlayout: ../x\ntitle: Odd\n---\nOdd\n",
        },
    )
    plan = plan_import("jekyll", root)
    written = dict(plan.writes)
    assert sorted(map(str, written)) == ["layouts/fancy.html", "layouts/wide.html"]
    assert written[PurePosixPath("layouts/fancy.html")].endswith(
        '{% extends "theme:post.html" %}\n'
    )
    assert written[PurePosixPath("layouts/wide.html")].endswith('{% extends "theme:page.html" %}\n')
    notices = [str(n) for n in plan.notices]
    assert (
        "_posts/2024-01-02-a.md: asks for `layout: fancy`, a layout of the old site (and 1 "
        "more files); it was not carried over: layouts/fancy.html shows it as the theme's post "
        "layout does until you write your own"
    ) in notices
    assert (
        "odd.md: asks for `layout: ../x`, a layout of the old site that was not carried over;"
        " the build stops here until you change the layout" in notices
    )
    (root / "odd.md").unlink()
    import_site("jekyll", root, tmp_path / "new")
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(tmp_path / "out"), "-q"]) == 0
    assert "My CV" in (tmp_path / "out" / "cv.html").read_text(encoding="utf-8")


def test_a_layout_only_defaults_name_gets_a_stand_in_too(tmp_path: Path) -> None:
    """TeXt gives its posts `layout: article` through `defaults:` alone: every post of a
    real TeXt blog stopped the build on an unknown layout."""
    from mentorblog.cli import main

    root = make(
        tmp_path / "old",
        {
            "_config.yml": "title: T\nurl: https://a.org\ndefaults:\n"
            "  - {scope: {path: '', type: posts}, values: {layout: article, toc: true}}\n"
            "  - {scope: {path: ''}, values: {layout: wide}}\n",
            "_layouts/article.html": "<article>{{ content }}</article>\n",
            "_posts/2024-01-02-a.md": "---\ntitle: A\n---\nText of A\n",
            "cv.md": "---\ntitle: CV\n---\nMy CV\n",
        },
    )
    plan = plan_import("jekyll", root)
    written = dict(plan.writes)
    assert written[PurePosixPath("layouts/article.html")].endswith(
        '{% extends "theme:post.html" %}\n'
    )
    assert written[PurePosixPath("layouts/wide.html")].endswith('{% extends "theme:page.html" %}\n')
    assert any(str(n).startswith("_config.yml: asks for `layout: article`") for n in plan.notices)
    import_site("jekyll", root, tmp_path / "new")
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(tmp_path / "out"), "-q"]) == 0
    assert "Text of A" in (tmp_path / "out" / "2024" / "01" / "02" / "a.html").read_text("utf-8")


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


def test_hugo_markdown_inside_a_leaf_bundle_is_a_resource(tmp_path: Path) -> None:
    """Hugo 0.168 publishes no page for a Markdown file beside or below a leaf bundle's
    index.md (Congo's users/ bundle holds users/charts/index.md and its translations):
    such files are reported, not copied, so their `ref`s cannot stop the build. A file in
    a language the site does not configure (`a.de.md`) is a page of the default language,
    named `a.de`, as Hugo publishes it; its bundle twin `index.de.md` is a resource."""
    root = make(
        tmp_path,
        {
            "hugo.toml": "title = 'T'\nbaseURL = 'https://h.org/'\n",
            "content/users/index.md": "---\ntitle: Users\n---\n",
            "content/users/photo.jpg": "jpg",
            "content/users/charts/index.md": '---\ntitle: Charts\n---\n{{< ref "gone" >}}\n',
            "content/users/charts/index.de.md": "---\ntitle: Diagramme\n---\n",
            "content/users/charts/thumb.jpg": "jpg",
            "content/posts/b/index.en.md": "---\ntitle: B\n---\n",
            "content/posts/b/index.de.md": "---\ntitle: B de\n---\n",
            "content/posts/b/notes.md": "---\ntitle: Notes\n---\n",
            "content/posts/a.de.md": "---\ntitle: A de\n---\n",
            "content/posts/_index.md": "---\ntitle: Posts\n---\n",
        },
    )
    copies, notices = planned("hugo", root)
    assert copies == {
        "content/posts/_index.md": "content/posts/_index.md",
        "content/posts/a.de.md": "content/posts/a.de.md",
        "content/posts/b/index.en.md": "content/posts/b/index.md",
        "content/users/charts/thumb.jpg": "content/users/charts/thumb.jpg",
        "content/users/index.md": "content/users/index.md",
        "content/users/photo.jpg": "content/users/photo.jpg",
    }
    resource = (
        "a page resource of the leaf bundle {}/ (beside or below its index.md): Hugo "
        "publishes no page for it; not copied"
    )
    assert notices == [
        f"content/posts/b/index.de.md: {resource.format('content/posts/b')}",
        f"content/posts/b/notes.md: {resource.format('content/posts/b')}",
        f"content/users/charts/index.de.md: {resource.format('content/users')}",
        f"content/users/charts/index.md: {resource.format('content/users')}",
    ]


def test_hugo_a_jekyll_permalink_left_in_a_post_is_ignored_as_hugo_does(tmp_path: Path) -> None:
    """A real PaperMod blog's post kept `permalink: /ra2` from an earlier Jekyll site; Hugo
    ignores the key, mentorblog read the file as Jekyll's and moved it to /ra2.html."""
    from mentorblog.cli import main

    root = make(tmp_path / "old", {
        "hugo.toml": 'title = "T"\nbaseURL = "https://h.org/"\n[permalinks]\nposts = "/p/:slug/"\n',
        "content/posts/ra.md": "---\ntitle: RA\nslug: red-alert\ndate: 2024-01-02\n"
                               "permalink: /ra2\n---\nNotes.\n",
    })
    plan = plan_import("hugo", root)
    assert "dialect: hugo" in plan.site_yaml
    import_site("hugo", root, tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    assert (out / "p" / "red-alert" / "index.html").is_file()
    assert not (out / "ra2.html").exists()
    assert "dialect" not in plan_import("hugo", make(tmp_path / "plain", {
        "hugo.toml": 'title = "T"\nbaseURL = "https://h.org/"\n',
        "content/posts/a.md": "---\ntitle: A\n---\nA\n"})).site_yaml


def test_hugo_an_index_html_makes_a_leaf_bundle_too(tmp_path: Path) -> None:
    """A real PaperMod blog's `extra/index.html` (no front matter) over folders with a
    `README.MD` each: Hugo reads them as the bundle's resources; copied, they made
    `extra/` a section whose list wrote the page's file, and the build stopped."""
    from mentorblog.cli import main

    root = make(tmp_path / "old", {
        "hugo.toml": 'title = "T"\nbaseURL = "https://h.org/"\n',
        "content/posts/a.md": "---\ntitle: A\ndate: 2024-01-02\n---\nA\n",
        "content/extra/index.html": "<p>Extra things</p>\n",
        "content/extra/game/index.html": "<p>A game</p>\n",
        "content/extra/game/README.MD": "# How to play\n",
    })
    copies, notices = planned("hugo", root)
    assert "content/extra/game/README.MD" not in copies
    assert notices == ["content/extra/game/README.MD: a page resource of the leaf bundle "
                       "content/extra/ (beside or below its index.md): Hugo publishes no page "
                       "for it; not copied"]
    import_site("hugo", root, tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    assert (out / "extra" / "index.html").read_text(encoding="utf-8") == "<p>Extra things</p>\n"


def test_hugo_terms_only_bundle_resources_name_keep_their_pages(tmp_path: Path) -> None:
    """Hugo 0.168 writes a term page (and its feed), listing nothing, for every term a
    non-draft Markdown resource of a leaf bundle names, in any taxonomy, also for a file in
    a language the site does not have (`index.de.md`, read as the default language's). The
    import writes the term's `_index.md` for those no carried page names, and the build
    writes them at Hugo's addresses."""
    from mentorblog.cli import main

    root = make(
        tmp_path / "old",
        {
            "hugo.toml": "title = 'T'\nbaseURL = 'https://h.org/'\n"
            "[taxonomies]\ntag = 'tags'\ncategory = 'categories'\nseries = 'series'\n",
            "content/posts/trip/index.md": "---\ntitle: Trip\ndate: 2024-01-01\n"
            "tags: [Shared]\n---\nTrip\n",
            "content/posts/trip/day/index.md": "---\ntitle: Day\ntags: [shared, Bus Ride]\n"
            "categories: Travel\nseries: ['<b>x</b>']\n---\n",
            "content/posts/trip/day/index.de.md": "---\ntitle: Tag\ntags: [Beispiele]\n---\n",
            "content/posts/trip/wip.md": "---\ntitle: Wip\ndraft: true\ntags: [secret]\n---\n",
            "content/posts/trip/other.md": "---\ntitle: Other\ntags: [bus ride]\n---\n",
            "content/tags/beispiele/_index.md": "---\ntitle: Examples\n---\n",
        },
    )
    plan = plan_import("hugo", root)
    written = {str(rel): text for rel, text in plan.writes}
    assert sorted(written) == [
        "content/categories/travel/_index.md",
        "content/series/bx/b/_index.md",
        "content/tags/bus-ride/_index.md",
    ]
    assert written["content/tags/bus-ride/_index.md"] == (
        "---\n# Written by `mentorblog import`: Hugo wrote a page for this term, which only\n"
        "# content/posts/trip/day/index.md (a page resource of a leaf bundle) names.\n"
        "title: Bus Ride\n---\n"
    )
    notices = [str(n) for n in plan.notices]
    assert (
        "content/posts/trip/day/index.md: a page resource of the leaf bundle content/posts/trip/"
        " (beside or below its index.md): Hugo publishes no page for it; not copied; the term "
        "pages Hugo writes for its front matter are kept by content/tags/bus-ride/_index.md, "
        "content/categories/travel/_index.md, content/series/bx/b/_index.md" in notices
    )
    import_site("hugo", root, tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    for folder in ("tags/bus-ride", "tags/beispiele", "categories/travel", "series/bx/b"):
        assert (out / folder / "index.html").is_file(), folder
        assert (out / folder / "index.xml").is_file(), folder
    assert "Bus Ride" in (out / "tags/bus-ride/index.html").read_text(encoding="utf-8")
    assert "/posts/trip/" in (out / "tags/shared/index.html").read_text(encoding="utf-8")
    assert not (out / "tags/secret").exists()
    assert not (out / "posts/trip/day").exists()


def test_hugo_covers_outside_the_bundle_are_found_as_papermod_finds_them(tmp_path: Path) -> None:
    """PaperMod reads `cover.image` from the page's bundle, else from the site's resources
    (`assets/images/bg.png`, published at /images/bg.png), else from the site's root
    (`absURL`): the import copies the assets a cover names to `static/`, where the build
    finds a cover that is not beside its page, in the page, its social card and feed."""
    from mentorblog.cli import main

    root = make(
        tmp_path / "old",
        {
            "hugo.toml": "title = 'T'\nbaseURL = 'https://h.org/'\n",
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-01-01\n"
            "cover:\n  image: images/bg.png\n---\nA\n",
            "content/posts/b.md": "---\ntitle: B\ndate: 2024-01-02\n"
            "cover:\n  image: img/c.png\n---\nB\n",
            "content/posts/d/index.md": "---\ntitle: D\ndate: 2024-01-03\n"
            "cover:\n  image: bg.png\n---\nD\n",
            "content/posts/d/bg.png": "png",
            "assets/bg.png": "png",
            "assets/images/bg.png": "png",
            "assets/images/unused.png": "png",
            "assets/css/extended/x.css": "p {}",
            "static/img/c.png": "png",
        },
    )
    copies, notices = planned("hugo", root)
    assert copies["assets/images/bg.png"] == "static/images/bg.png"
    assert "assets/images/unused.png" not in copies and "assets/css/extended/x.css" not in copies
    assert any(n.startswith("assets/images/unused.png: a Hugo Pipes asset") for n in notices)
    import_site("hugo", root, tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    a = (out / "posts/a/index.html").read_text(encoding="utf-8")
    assert 'src="/images/bg.png"' in a and "/posts/a/images/" not in a
    assert 'property="og:image" content="https://h.org/images/bg.png"' in a
    b = (out / "posts/b/index.html").read_text(encoding="utf-8")
    assert 'src="/img/c.png"' in b
    d = (out / "posts/d/index.html").read_text(encoding="utf-8")
    assert 'src="/posts/d/bg.png"' in d  # the bundle's own comes first
    feed = (out / "feed.json").read_text(encoding="utf-8")
    assert '"image": "https://h.org/images/bg.png"' in feed


def test_tags_mentorblog_cannot_run_are_listed_with_file_and_lines(tmp_path: Path) -> None:
    """A site's own shortcode or a plugin's Liquid tag: the import lists each with the lines
    it is used on; built-in ones, escaped ones and closing tags are not listed."""
    hugo_root = make(
        tmp_path / "hugo",
        {
            "hugo.toml": "title = 'T'\nbaseURL = 'https://h.org/'\n",
            "content/about.md": "---\ntitle: About\n---\n{{< profile_photo width=200 >}}\n\n"
            '{{< figure src="a.png" alt="A" >}} {{</* profile_photo */>}}\n'
            "{{% note %}}x{{% /note %}} {% tabs %}\n",
        },
    )
    _, notices = planned("hugo", hugo_root)
    assert notices == [
        "content/about.md:4: `{{< profile_photo >}}`: a shortcode of the old site's templates, "
        "which mentorblog cannot run; the build leaves the tag out and shows what it wraps",
        "content/about.md:7: `{{< note >}}`: a shortcode of the old site's templates, which "
        "mentorblog cannot run; the build leaves the tag out and shows what it wraps",
    ]
    jekyll_root = make(
        tmp_path / "jekyll",
        {
            "_config.yml": "title: T\nurl: https://a.org\n",
            "_posts/2024-01-02-a.md": "---\ntitle: A\n---\n{% tabs x %}\n  ---TAB: One\n"
            "{% endtabs %}\n{% raw %}{% tabs %}{% endraw %} {% link about.md %}\n"
            "{% tabs y %}{% endtabs %}\n",
        },
    )
    _, notices = planned("jekyll", jekyll_root)
    assert (
        "_posts/2024-01-02-a.md:4: `{% tabs %}` (lines 4, 8): a Liquid tag of the old site's "
        "plugins or theme, which mentorblog cannot run; the build leaves the tag out and "
        "shows what it wraps" in notices
    )


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
        "content/posts/a.fr.md": "content/posts/a.fr.md",  # every language is carried over
        "content/posts/b.en.md": "content/posts/b.md",  # Hugo published it as /posts/b/
        "content/posts/c.md": "content/posts/c.md",
        "content/page.html": "content/page.html",  # a page in html, as Hugo reads it
    }
    assert notices == [
        "config.toml: Hugo reads hugo.yaml instead; not used",
        "resources: Hugo's cache of generated files; not copied",
        "README.md: not part of what Hugo publishes; not copied",
        "layouts/_default/single.html: a Hugo template (Go templates); mentorblog's layouts are "
        "Jinja templates: rewrite it under layouts/ if you need it",
        "content/posts/c.md: asks for `layout: custom`, a layout of the old site; it was not "
        "carried over: layouts/custom.html shows it as the theme's post layout does until you "
        "write your own",
    ]


# -- Jekyll themes: menus, list pages, CNAME ---------------------------------------------------


def jekyll_plan(tmp_path: Path, files: dict[str, str]) -> tuple[Plan, dict[str, Any]]:
    import yaml

    root = make(tmp_path / "old", files)
    plan = plan_import("jekyll", root)
    return plan, yaml.safe_load(plan.site_yaml)


def test_jekyll_beautiful_jekyll_navbar_links_become_the_menu(tmp_path: Path) -> None:
    plan, values = jekyll_plan(
        tmp_path,
        {
            "_config.yml": "title: T\nurl: https://a.org\nbaseurl: /blog\npermalink: pretty\n"
            "navbar-links:\n  Home: index\n  About Me: aboutme\n  Tags: /blog/tags\n"
            "  Resources:\n    - Theme: https://example.com/theme\n"
            "  Home site: https://me.example.org\n",
            "aboutme.md": "---\ntitle: About me\n---\nHi\n",
        },
    )
    assert values["menu"] == [
        {"name": "Home", "url": "/", "weight": 1},
        {"name": "About Me", "url": "/aboutme/", "weight": 2},
        {"name": "Tags", "url": "/tags", "weight": 3},
        {"name": "Home site", "url": "https://me.example.org", "weight": 4},
    ]
    assert any("`navbar-links: Resources`: nested menu entries" in str(n) for n in plan.notices)


def test_jekyll_minimal_mistakes_navigation_becomes_the_menu(tmp_path: Path) -> None:
    _, values = jekyll_plan(
        tmp_path,
        {
            "_config.yml": "title: T\nurl: https://a.org\n",
            "_data/navigation.yml": "main:\n  - title: Posts\n    url: /year-archive/\n"
            "  - title: About\n    url: /about/\nfooter:\n  - title: X\n    url: /x/\n",
            "about.md": "---\ntitle: About\npermalink: /about/\n---\nHi\n",
            "contact.md": "---\ntitle: Contact\n---\nMail\n",
        },
    )
    assert values["menu"] == [
        {"name": "Posts", "url": "/year-archive/", "weight": 1},
        {"name": "About", "url": "/about/", "weight": 2},
    ]


def test_jekyll_chirpy_tabs_are_pages_and_the_menu(tmp_path: Path) -> None:
    plan, values = jekyll_plan(
        tmp_path,
        {
            "_config.yml": "title: T\nurl: https://a.org\ncollections:\n  tabs:\n    output: "
            "true\n    sort_by: order\ndefaults:\n  - scope:\n      path: ''\n      type: tabs"
            "\n    values:\n      layout: page\n      permalink: /:title/\n",
            "_tabs/about.md": "---\nicon: fas fa-info\norder: 4\n---\nWho I am.\n",
            "_tabs/archives.md": "---\nlayout: archives\norder: 3\n---\n",
            "_tabs/categories.md": "---\nlayout: categories\norder: 1\n---\n",
            "_tabs/tags.md": "---\nlayout: tags\norder: 2\n---\n",
            "_tabs/graph.md": "---\nlayout: graph\norder: 5\n---\n",
        },
    )
    assert dict((str(a), str(b)) for a, b in plan.copies) == {
        "_tabs/about.md": "content/about.md",
        "_tabs/archives.md": "content/archives.md",
    }
    assert values["menu"] == [
        {"name": "Home", "url": "/", "weight": 1},
        {"name": "Categories", "url": "/categories/", "weight": 2},
        {"name": "Tags", "url": "/tags/", "weight": 3},
        {"name": "Archives", "url": "/archives/", "weight": 4},
        {"name": "About", "url": "/about/", "weight": 5},
    ]
    notices = [str(n) for n in plan.notices]
    assert (
        "_tabs/tags.md: the theme's `tags` page; mentorblog writes its own list at /tags/, "
        "so it is not carried over" in notices
    )
    assert "_tabs/graph.md: only asks for the theme's `graph` layout; not carried over" in notices


def test_jekyll_chirpy_tab_with_a_layout_of_the_site_keeps_its_page(tmp_path: Path) -> None:
    """A chirpy fork's own tab (`_tabs/graph.md`, empty, with `layout: graph` from the site's
    `_layouts/`, drawn by a plugin of its own) keeps its address and menu entry, with a
    stand-in layout that is listed; the theme's search index (a Liquid loop over the posts
    in `assets/js/data/search.json`) is listed with why mentorblog does not need it."""
    from mentorblog.cli import main

    old = tmp_path / "old"
    plan, values = jekyll_plan(
        tmp_path,
        {
            "_config.yml": "title: T\nurl: https://a.org\ncollections:\n  tabs:\n    output: "
            "true\ndefaults:\n  - scope:\n      path: ''\n      type: tabs"
            "\n    values:\n      layout: page\n      permalink: /:title/\n",
            "_posts/2024-01-02-a.md": "---\ntitle: A\n---\nA\n",
            "_tabs/graph.md": "---\nlayout: graph\norder: 2\n---\n",
            "_tabs/about.md": "---\norder: 1\n---\nWho I am.\n",
            "_layouts/graph.html": "---\nlayout: page\n---\n<div id=graph></div>\n",
            "assets/js/data/search.json": "---\nlayout: compress\n---\n[{% for post in "
            "site.posts %}{{ post.title | jsonify }}{% endfor %}]\n",
            "assets/js/data/conf.js": "---\n---\nconst base = '{{ site.baseurl }}';\n",
        },
    )
    assert dict((str(a), str(b)) for a, b in plan.copies) == {
        "_posts/2024-01-02-a.md": "content/_posts/2024-01-02-a.md",
        "_tabs/about.md": "content/about.md",
        "_tabs/graph.md": "content/graph.md",
    }
    assert [m["url"] for m in values["menu"]] == ["/", "/about/", "/graph/"]
    notices = [str(n) for n in plan.notices]
    assert (
        "_tabs/graph.md: asks for `layout: graph`, a layout of the old site; it was not carried "
        "over: layouts/graph.html shows it as the theme's page layout does until you write "
        "your own" in notices
    )
    assert (
        "assets/js/data/search.json: has front matter, so Jekyll runs it through Liquid; a list "
        "of the posts for the old theme's scripts (chirpy's search index); mentorblog's search "
        "page reads its own index (search-index/, and /index.json for other tools); not "
        "carried over" in notices
    )
    assert (
        "assets/js/data/conf.js: has front matter, so Jekyll runs it through Liquid; a file of "
        "the old theme's, filled in by Liquid; mentorblog's theme has its own; not carried "
        "over" in notices
    )
    import_site("jekyll", old, tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    assert "Graph" in (out / "graph/index.html").read_text(encoding="utf-8")


def test_jekyll_chirpy_images_resolve_against_the_root_and_the_site_builds(
    tmp_path: Path,
) -> None:
    """chirpy rewrites `![a](../assets/img/a.png)` in a post at /posts/x/ to
    /assets/img/a.png (its refactor-content include prefixes `media_subpath`, else `/`):
    the import says the same with a `media_subpath` default, which a site's own wins over."""
    from mentorblog.cli import main

    root = make(
        tmp_path / "old",
        {
            "_config.yml": "title: T\nurl: https://a.org\ntheme: jekyll-theme-chirpy\n"
            "defaults:\n  - scope: {path: '', type: posts}\n"
            "    values: {permalink: /posts/:title/}\n"
            "  - scope: {path: _posts/2024-01-03-b.md}\n    values: {media_subpath: /img/b}\n",
            "_posts/2024-01-02-a.md": "---\ntitle: A\n---\n![a](../assets/img/a.png)\n",
            "_posts/2024-01-03-b.md": "---\ntitle: B\n---\n![b](b.png)\n",
            "assets/img/a.png": "png",
            "img/b/b.png": "png",
        },
    )
    plan = plan_import("jekyll", root)
    import yaml

    defaults = yaml.safe_load(plan.site_yaml)["defaults"]
    assert defaults[0] == {"scope": {"path": ""}, "values": {"media_subpath": "/"}}
    import_site("jekyll", root, tmp_path / "new")
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(tmp_path / "out"), "-q"]) == 0
    a = (tmp_path / "out" / "posts" / "a" / "index.html").read_text(encoding="utf-8")
    b = (tmp_path / "out" / "posts" / "b" / "index.html").read_text(encoding="utf-8")
    assert 'src="/assets/img/a.png"' in a and 'src="/img/b/b.png"' in b
    assert (tmp_path / "out" / "assets" / "img" / "a.png").is_file()


def test_jekyll_tag_pages_with_text_and_loops_through_a_variable(tmp_path: Path) -> None:
    """Three real Jekyll blogs' tag pages: a TeXt site's `tags/java.md` (`layout: tag`, a
    paragraph on the tag, which the layout shows above the tag's posts), one naming a tag
    no post has (`tag: log` at /tags/logging/, where the posts' `logging` list is), and a
    hand-written /tags/ page that loops over `site.tags` through an assigned variable."""
    from mentorblog.cli import main

    root = make(
        tmp_path / "old",
        {
            "_config.yml": "title: T\nurl: https://a.org\npermalink: pretty\n",
            "_posts/2024-01-02-a.md": "---\ntitle: A\ntags: java logging\n---\nA\n",
            "_posts/2024-01-03-b.md": "---\ntitle: B\ntag: java\n---\nB\n",
            "tags/java.md": "---\nlayout: tag\ntitle: Java\ntag: java\n---\n\n"
            "A language I mentor in.\n",
            "tags/logging.md": "---\nlayout: tag\ntitle: Log\ntag: log\n---\n",
            # joelchrono's: its older address, kept by jekyll-redirect-from
            "tags/a.md": "---\nlayout: tags\ntag-name: a\nredirect_from: /more/tags/a/\n"
            "permalink: /tags/a/\n---\n",
            "tags.md": "---\ntitle: Tags\npermalink: /tags/\n---\n## All tags\n"
            "{% assign sorted = site.tags | sort %}\n{% for tag in sorted %}\n"
            "- {{ tag[0] }} ({{ tag[1].size }})\n{% endfor %}\n",
        },
    )
    plan = plan_import("jekyll", root)
    assert {str(a) for a, _ in plan.copies} == {"_posts/2024-01-02-a.md", "_posts/2024-01-03-b.md"}
    written = {str(k): v for k, v in plan.writes}
    assert written["content/tags/java/_index.md"] == (
        "---\ntitle: Java\n---\n\nA language I mentor in.\n"
    )
    assert not [k for k in written if "logging" in k or k == "content/tags.md"]
    assert written["content/tags/a/_index.md"] == "---\naliases:\n- /more/tags/a/\n---\n"
    notices = [str(n) for n in plan.notices]
    assert (
        "tags/java.md: the tag page the old theme's `tag` layout lists below its text; the "
        "text goes to the new site's content/tags/java/_index.md, above mentorblog's list of "
        "the tag" in notices
    )
    assert (
        "tags.md: only lists the tags (a Liquid loop over `site.tags`); not carried over: "
        "mentorblog writes that list at /tags/" in notices
    )
    import_site("jekyll", root, tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    java = (out / "tags" / "java" / "index.html").read_text(encoding="utf-8")
    assert "A language I mentor in." in java
    assert 'href="/2024/01/02/a/"' in java and 'href="/2024/01/03/b/"' in java
    logging = (out / "tags" / "logging" / "index.html").read_text(encoding="utf-8")
    assert 'href="/2024/01/02/a/"' in logging and "http-equiv" not in logging
    assert 'href="/tags/java/"' in (out / "tags" / "index.html").read_text(encoding="utf-8")
    moved = (out / "more" / "tags" / "a" / "index.html").read_text(encoding="utf-8")
    assert 'http-equiv="refresh" content="0; url=https://a.org/tags/a/"' in moved


def test_jekyll_categories_page_at_the_posts_address_gives_way_to_the_posts_list(
    tmp_path: Path,
) -> None:
    """Centrarium's stock "Posts" page lists the categories at /posts/, where mentorblog
    writes the list of the posts: no alias leads from there to /categories/ (two real
    blogs stopped on the collision), and the build writes the posts' list there."""
    from mentorblog.cli import main

    root = make(
        tmp_path / "old",
        {
            "_config.yml": "title: T\nurl: https://a.org\n",
            "_posts/2020-01-01-hi.md": "---\ntitle: Hi\ncategories: misc\n---\nx\n",
            "posts.md": "---\nlayout: page\ntitle: Posts\npermalink: /posts/\n---\n"
            "{% for category in site.categories %}<h2>{{ category | first }}</h2>{% endfor %}\n",
        },
    )
    plan = plan_import("jekyll", root)
    assert "content/categories/_index.md" not in {str(k) for k, _ in plan.writes}
    assert (
        "posts.md: only lists the categories (a Liquid loop over `site.categories`); not "
        "carried over: mentorblog writes that list at /categories/ (not at /posts/); at "
        "/posts/ mentorblog writes its own list" in [str(n) for n in plan.notices]
    )
    import_site("jekyll", root, tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    assert 'href="/misc/2020/01/01/hi.html"' in (out / "posts" / "index.html").read_text()


def test_jekyll_settings_the_posts_print_are_kept_under_params(tmp_path: Path) -> None:
    """A real blog printed `{{site.assets.url_prefix}}` 65 times (audio files on a CDN):
    the keys the posts print are kept under `params`, where Liquid finds them; the others
    are still not carried over."""
    from mentorblog.cli import main

    root = make(
        tmp_path / "old",
        {
            "_config.yml": "title: T\nurl: https://a.org\nassets:\n  url_prefix: "
            "https://cdn.a.org\nmedia_host: https://m.a.org\nunused_key: 1\n",
            "_posts/2020-01-01-hi.md": "---\ntitle: Hi\n---\n[Song]({{site.assets.url_prefix}}"
            "/a.mp3) ![x]({{ site.media_host }}/i.png) [about]({{ '/about/' | prepend: "
            "site.baseurl }})\n",
        },
    )
    plan = plan_import("jekyll", root)
    settings = yaml.safe_load(plan.site_yaml)
    assert settings["params"] == {
        "assets": {"url_prefix": "https://cdn.a.org"}, "media_host": "https://m.a.org"
    }
    notices = [str(n) for n in plan.notices]
    assert "_config.yml:6: `unused_key`: not used by mentorblog; not carried over" in notices
    import_site("jekyll", root, tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    post = (out / "2020" / "01" / "01" / "hi.html").read_text()
    assert 'href="https://cdn.a.org/a.mp3"' in post and 'src="https://m.a.org/i.png"' in post
    assert 'href="/about/"' in post and "{{" not in post


@pytest.mark.parametrize(
    ("archives", "tag", "category"),
    [
        ("  permalinks:\n    category: /category/:name/\n    tag: /topics/:name/\n",
         "topics/selenium", "category/test-automation"),
        ("", "tag/selenium", "category/test-automation"),  # jekyll-archives' defaults
    ],
)
def test_jekyll_archives_addresses_of_tags_and_categories(
    tmp_path: Path, archives: str, tag: str, category: str
) -> None:
    """Two real blogs' tag and category pages were jekyll-archives' (/tag/x/, /category/x/):
    16 addresses moved to /tags/x/ and /categories/x/. Its `permalinks` (or its defaults)
    become site.yaml's for the taxonomies it is enabled for."""
    from mentorblog.cli import main

    root = make(
        tmp_path / "old",
        {
            "_config.yml": "title: T\nurl: https://a.org\nplugins: [jekyll-archives]\n"
            "jekyll-archives:\n  enabled: [categories, tags, year]\n  layout: archive\n"
            + archives,
            "_posts/2020-01-01-hi.md": "---\ntitle: Hi\ncategories: [Test Automation]\n"
            "tags: [Selenium]\n---\nx\n",
        },
    )
    plan = plan_import("jekyll", root)
    notices = [str(n) for n in plan.notices]
    assert not [n for n in notices if "jekyll-archives" in n and "plugin" in n]
    assert [n for n in notices if "pages of a year, month or day are not made" in n]
    import_site("jekyll", root, tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    assert (out / tag / "index.html").is_file()
    assert (out / category / "index.html").is_file()


def test_jekyll_tag_pages_read_the_tags_jekyll_lists(tmp_path: Path) -> None:
    """Which tags are used is what Jekyll's `site.tags` and `site.categories` hold: not a
    draft's or an unpublished post's, and the folders above `_posts/` are categories. A tag
    page's title is kept only when it is the tag's name; two pages of one tag, filtered
    loops and a list page's `redirect_from` (found in review)."""
    from mentorblog.cli import main

    root = make(
        tmp_path / "old",
        {
            "_config.yml": "title: T\nurl: https://a.org\npermalink: pretty\n",
            "_posts/2024-01-02-a.md": "---\ntitle: A\ntags: [logging, Java]\n---\nA\n",
            "_posts/2024-01-03-u.md": "---\ntitle: U\ntags: log\npublished: false\n---\nU\n",
            "_drafts/d.md": "---\ntitle: D\ntags: log\n---\nD\n",
            "blog/_posts/2024-01-04-c.md": "---\ntitle: C\n---\nC\n",
            "tags/logging.md": "---\nlayout: tag\ntitle: Log\ntag: log\n---\n",
            "categories/weblog.md": "---\nlayout: category\ncategory: blog\n"
            "permalink: /categories/weblog/\n---\n",
            "tags/java.md": "---\nlayout: tag\ntitle: Java\ntag: java\n---\nJava it is.\n",
            "tags/java-lang.md": "---\nlayout: tag\ntitle: Posts tagged with Java\ntag: java\n"
            "permalink: /tags/java-lang/\nredirect_from: [/old/java/, \"https://b.org/j/\"]\n---\n"
            "More text.\n"
            "{% for post in site.tags[page.tag] %}- {{ post.title }}{% endfor %}\n",
            "talks.md": "---\ntitle: Talks\npermalink: /talks/\n---\n"
            '{% assign talks = site.posts | where: "category", "talks" %}'
            "{% for post in talks %}- {{ post.title }}{% endfor %}\n",
            "tags.md": "---\ntitle: Tags\npermalink: /tags/\n"
            "redirect_from: [/all-tags/, /a/../../x/]\n---\n"
            "{% assign sorted = site.tags | sort %}{% for t in sorted %}{{ t[0] }}{% endfor %}\n",
        },
    )
    plan = plan_import("jekyll", root)
    written = {str(k): v for k, v in plan.writes}
    assert "content/tags/logging.md" not in written  # `log` is a draft's tag only
    assert written["content/categories/weblog.md"] == (
        "---\ntitle: blog\nurl: /categories/weblog/\nredirect_to: /categories/blog/\n---\n"
    )
    # `java-lang.md` comes first: its text (without its heading of a title) and its old
    # addresses go to the tag's `_index.md`, its own address leads to the tag's list.
    assert written["content/tags/java/_index.md"] == (
        "---\naliases:\n- /old/java/\n---\nMore text.\n"
        "{% for post in site.tags[page.tag] %}- {{ post.title }}{% endfor %}\n"
    )
    assert written["content/tags/java-lang.md"].endswith("redirect_to: /tags/java/\n---\n")
    assert written["content/tags/_index.md"] == "---\naliases:\n- /all-tags/\n---\n"
    assert "talks.md" in {str(a) for a, _ in plan.copies}  # a filtered loop: its own page
    notices = [str(n) for n in plan.notices]
    assert (
        "tags/java.md: the tag page the old theme's `tag` layout lists below its text; not "
        "carried over (its text and old addresses): another tag page's text went to "
        "content/tags/java/_index.md" in notices
    )
    assert any(n.startswith("tags/java-lang.md:") and "`{% for %}`" in n for n in notices)
    # Old addresses the build refuses as aliases stay behind, named (the build stopped at
    # the `_index.md` the import wrote).
    assert "tags/java-lang.md: `redirect_from` 'https://b.org/j/' not carried over: it must " \
        "be a path on this site, not a full address: 'https://b.org/j/'" in notices
    assert any(n.startswith("tags.md: `redirect_from` '/a/../../x/' not carried over")
               for n in notices)
    import_site("jekyll", root, tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    assert 'href="/2024/01/02/a/"' in (out / "tags/logging/index.html").read_text("utf-8")
    moved = (out / "all-tags" / "index.html").read_text(encoding="utf-8")
    assert 'url=https://a.org/tags/"' in moved


def test_jekyll_pages_that_only_loop_over_posts_are_replaced(tmp_path: Path) -> None:
    loop = (
        '{% for post in site.posts %}\n<li><a href="{{ post.url }}">{{ post.title }}</a>'
        "</li>\n{% endfor %}\n"
    )
    plan, values = jekyll_plan(
        tmp_path,
        {
            "_config.yml": "title: T\nurl: https://a.org\ninclude: [_pages]\n",
            "_posts/2024-01-02-a.md": "---\ntitle: A\ntags: [C++]\n---\nA\n",
            "index.md": "---\nlayout: default\n---\n" + loop,
            "blog.md": "---\ntitle: All posts\npermalink: /blog\n---\n## Posts\n" + loop,
            "pages/list.md": "---\ntitle: Paged\n---\n"
            + loop.replace("site.posts", "paginator.posts"),
            "tags.md": "---\ntitle: Tags\n---\n{% for tag in site.tags %}{{ tag[0] }}{% endfor %}",
            "notes.md": "---\ntitle: Notes\n---\nI list a few of my posts here, with a word "
            "on each, because these are the ones I come back to.\n" + loop,
            "404.md": "---\npermalink: /404.html\n---\nLost?\n",
            "_pages/404.md": "---\npermalink: /404\n---\nLost here too?\n",
            "lost.md": "---\npermalink: 404.html\n---\nLost, no slash?\n",  # poole, hydejack
            "contact.md": "---\ntitle: Contact\npermalink: /contact\n---\nMail me.\n",
            # the posts of one term (lanyonm's speaking page, hamishivi's topic pages)
            "talks.html": "---\ntitle: Talks\n---\n" + loop.replace(
                "\n<li>", '\n{% if post.category == "Talks" %}<li>'
            ).replace("</li>", "</li>{% endif %}"),
            "ml.md": "---\ntitle: ML\npermalink: /ml\n---\n" + loop.replace(
                "site.posts", "site.tags.ml"
            ),
            "games.md": "---\n---\n" + loop.replace("site.posts", 'site.tags["video games"]'),
            # a tag's own page, filled by the theme's layout (minima sites)
            "tags/algorithm.md": "---\nlayout: tag\ntag: Algorithm\n"
            "permalink: /tags/algorithm/\n---\n",
            "tags/cpp.md": "---\nlayout: tag\ntag: C++\npermalink: /tags/cpp/\n---\n",
            # all but one tag, and a badge inside each item: lists of all the posts
            "new.md": "---\ntitle: New\n---\n" + loop.replace(
                "\n<li>", '\n{% unless post.tags contains "old" %}<li>'
            ).replace("</li>", "</li>{% endunless %}"),
            "badges.md": "---\ntitle: Badges\n---\n" + loop.replace(
                "</a>", '</a>{% if post.tags contains "featured" %} *{% endif %}'
            ),
            # minimal-mistakes' archive pages, in html
            "_pages/year-archive.html": "---\nlayout: archive\npermalink: /year-archive/\n"
            "title: Posts by Year\n---\n{% include base_path %}\n"
            "{% capture written_year %}'None'{% endcapture %}\n"
            "{% for post in site.posts %}\n  <h2>{{ post.date | date: '%Y' }}</h2>\n"
            "  {% include archive-single.html %}\n{% endfor %}\n",
            "_pages/tag-archive.html": "---\nlayout: archive\npermalink: /tags/\n---\n"
            '{% include group-by-array collection=site.posts field="tags" %}\n'
            "{% for tag in group_names %}<h2>{{ tag }}</h2>{% endfor %}\n",
            "_pages/page-archive.html": "---\ntitle: Page Archive\npermalink: /page-archive/\n"
            "---\n{% for post in site.pages %}{% include archive-single.html %}{% endfor %}\n",
            "_pages/form.html": "---\ntitle: Form\n---\n<form>{{ site.title }}</form>\n",
        },
    )
    copied = {str(a) for a, _ in plan.copies}
    assert copied == {"_posts/2024-01-02-a.md", "notes.md", "contact.md", "_pages/form.html"}
    written = {str(k): v for k, v in plan.writes}
    assert written == {
        # Jekyll wrote `permalink: /blog` as /blog.html
        "content/blog.md": "---\ntitle: All posts\nlayout: archives\nurl: /blog.html\n---\n",
        "content/_pages/year-archive.md": "---\ntitle: Posts by Year\nlayout: archives\n"
        "url: /year-archive/\n---\n",
        "content/_pages/page-archive.md": "---\ntitle: Page Archive\nlayout: archives\n"
        "url: /page-archive/\n---\n",
        "content/new.md": "---\ntitle: New\nlayout: archives\nurl: /new.html\n---\n",
        "content/badges.md": "---\ntitle: Badges\nlayout: archives\nurl: /badges.html\n---\n",
        "content/tags/cpp.md": "---\ntitle: C++\nurl: /tags/cpp/\nredirect_to: /tags/c/\n---\n",
        # the old address of the list of tags leads to mentorblog's
        "content/tags/_index.md": "---\naliases:\n- /tags.html\n---\n",
        "content/talks.md": "---\ntitle: Talks\nurl: /talks.html\n"
        "redirect_to: /categories/talks/\n---\n",
        "content/ml.md": "---\ntitle: ML\nurl: /ml.html\nredirect_to: /tags/ml/\n---\n",
        "content/games.md": "---\ntitle: video games\nurl: /games.html\n"
        "redirect_to: /tags/video-games/\n---\n",
    }
    notices = [str(n) for n in plan.notices]
    assert (
        "tags/algorithm.md: the tag page the old theme's `tag` layout filled; not carried "
        "over: mentorblog writes each tag's list under /tags/" in notices
    )
    assert (
        "talks.html: only lists the posts of the category 'Talks' (a Liquid loop); not carried "
        "over: the new site's content/talks.md leads from /talks.html to mentorblog's list of "
        "them at /categories/talks/" in notices
    )
    assert (
        "index.md: only lists the posts (a Liquid loop over `site.posts`); not carried over: "
        "mentorblog's home page lists them" in notices
    )
    assert (
        "pages/list.md: only lists the posts (a Liquid loop over `paginator.posts`); not "
        "carried over: mentorblog's home page lists them at / (not at /pages/list.html)" in notices
    )
    assert (
        "tags.md: only lists the tags (a Liquid loop over `site.tags`); not carried over: "
        "mentorblog writes that list at /tags/ (not at /tags.html); content/tags/_index.md "
        "leads there from /tags.html" in notices
    )
    assert "404.md: mentorblog writes its own 404 page; not carried over" in notices
    assert "_pages/404.md: mentorblog writes its own 404 page; not carried over" in notices
    assert "lost.md: mentorblog writes its own 404 page; not carried over" in notices
    assert (
        "_pages/tag-archive.html: only lists the tags (a Liquid loop over `site.tags`); not "
        "carried over: mentorblog writes that list at /tags/" in notices
    )
    assert (
        "_pages/page-archive.html: only lists the site's pages (a Liquid loop over "
        "`site.pages`); not carried over: the new site's content/_pages/page-archive.md is "
        "mentorblog's archives page (of the posts) at the same address (/page-archive/)" in notices
    )
    assert not any(n.startswith("_pages/form.html") for n in notices)  # a page of its own
    # `permalink: /contact` is written as /contact.html by Jekyll: the menu links there
    # (and the html page, at /_pages/form.html as Jekyll writes it, is a page of the menu too)
    assert [m["url"] for m in values["menu"]] == [
        "/_pages/form.html",
        "/contact.html",
        "/notes.html",
    ]


def test_jekyll_paginate_v2_list_page_becomes_the_posts_list_there(tmp_path: Path) -> None:
    """al-folio's blog page is a template jekyll-paginate-v2 fills with the posts, five a
    page (/blog/, /blog/page/2/): mentorblog's list of the posts moves there."""
    from mentorblog.cli import main

    posts = {
        f"_posts/2024-01-{d:02d}-p{d}.md": f"---\ntitle: P{d}\n---\nText {d}.\n"
        for d in range(1, 8)
    }
    root = make(
        tmp_path / "old",
        {
            "_config.yml": "title: T\nurl: https://a.org\ninclude: [_pages]\n"
            "pagination: {enabled: true}\nplugins: [jekyll-paginate-v2]\n",
            "_pages/blog.md": "---\nlayout: default\npermalink: /blog/\ntitle: blog\n"
            "pagination:\n  enabled: true\n  collection: posts\n  permalink: /page/:num/\n"
            '  per_page: 3\n---\n<div class="post">{% for post in paginator.posts %}\n'
            "<h3>{{ post.title }}</h3> min read {% endfor %}</div>\n" + "<p>words</p>\n" * 20,
            **posts,
        },
    )
    plan = plan_import("jekyll", root)
    assert {str(k): v for k, v in plan.writes} == {
        "content/posts/_index.md": "---\ntitle: blog\nurl: /blog/\n---\n"
    }
    assert not any(
        "pagination" in str(n) or "paginate" in str(n)
        for n in plan.notices
        if "jekyll-paginate-v2 lists" not in str(n)
    )
    import_site("jekyll", root, tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    assert (out / "blog/page/3/index.html").is_file()
    assert not (out / "blog/page/4").exists()
    assert "P7" in (out / "blog/index.html").read_text(encoding="utf-8")


def test_jekyll_built_list_page_keeps_its_address(tmp_path: Path) -> None:
    from mentorblog.cli import main

    root = make(
        tmp_path / "old",
        {
            "_config.yml": "title: T\nurl: https://a.org\n",
            "_posts/2024-01-02-first.md": "---\ntitle: First\n---\nA\n",
            "blog.md": "---\ntitle: All posts\n---\n{% for p in site.posts %}{{ p.title }}"
            "{% endfor %}\n",
        },
    )
    import_site("jekyll", root, tmp_path / "new")
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(tmp_path / "out"), "-q"]) == 0
    page = (tmp_path / "out" / "blog.html").read_text(encoding="utf-8")
    assert "First" in page and "{%" not in page


@pytest.mark.parametrize(
    ("cname", "url", "expected"),
    [
        ("journal.example.org\n", "", "https://journal.example.org/blog/"),
        ("journal.example.org", "https://other.org", "https://other.org/blog/"),
        ("not a domain", "", "https://example.org/blog/"),
    ],
)
def test_jekyll_cname_gives_the_address(
    cname: str, url: str, expected: str, tmp_path: Path
) -> None:
    _, values = jekyll_plan(
        tmp_path,
        {"_config.yml": f"title: T\nurl: '{url}'\nbaseurl: /blog\n", "CNAME": cname},
    )
    assert values["base_url"] == expected


def test_jekyll_page_at_the_root_is_the_home_text(tmp_path: Path) -> None:
    plan, _ = jekyll_plan(
        tmp_path,
        {
            "_config.yml": "title: T\nurl: https://a.org\n",
            "pages/home.md": "---\ntitle: Welcome\npermalink: /\n---\nWe are a group.\n",
        },
    )
    assert [(str(a), str(b)) for a, b in plan.copies] == [("pages/home.md", "content/_index.md")]


def test_hugo_menu_entries_without_name_or_url_are_reported() -> None:
    values, notices = hugo(
        {"menu": {"main": [{"name": "Posts", "pageRef": "posts"}, {"identifier": "search"}]}},
        menu=5,
    )
    assert values["menu"] == [{"name": "Posts", "url": "posts"}]
    assert notices == [
        "hugo.yaml:5: `menu.main: search`: has no name or no url (a theme's own entry, such as "
        "a search button); not carried over"
    ]


def test_hugo_menu_entries_with_blank_names_show_the_sites_name() -> None:
    """Blowfish's icon-only entries (`name = ""`, `pre = "github"`): a link with no text
    was kept for a blank name, and the notice for an empty one showed `None`."""
    values, notices = hugo({"menu": {"main": [
        {"name": "", "pre": "github", "url": "https://github.com/me"},
        {"name": " ", "pre": "x-twitter", "url": "https://www.x.com/me"},
        {"name": "", "url": "/local/"},
    ]}}, menu=5)
    assert values["menu"] == [{"name": "github.com", "url": "https://github.com/me"},
                              {"name": "x.com", "url": "https://www.x.com/me"}]
    assert notices == [
        "hugo.yaml:5: `menu.main: /local/`: has no name or no url (a theme's own entry, such "
        "as a search button); not carried over"
    ]


def test_hugo_settings_the_import_used_to_stop_on(tmp_path: Path) -> None:
    """Stack's `[params.dateFormat]` table and a TOML key written below `[taxonomies]`
    (`hasCJKLanguage = true`) made site.yaml the build then refused; PaperMod's
    `defaultTheme: true` too (read as auto, as PaperMod reads it)."""
    values, notices = hugo({
        "params": {"dateFormat": {"published": "Jan 02, 2006", "lastUpdated": "Jan 02"},
                   "defaultTheme": True},
        "taxonomies": {"tag": "tags", "hasCJKLanguage": True},
    }, params=4, taxonomies=9)
    assert values["date_format"] == "Jan 02, 2006"
    assert values["taxonomies"] == {"tag": "tags"}
    assert (
        "hugo.yaml:9: `taxonomies.hasCJKLanguage`: is True, not the plural of a taxonomy (a "
        "setting written below `[taxonomies]` in TOML belongs to that table); not carried over"
    ) in notices
    assert any(n.startswith("hugo.yaml:4: `params.dateFormat`: a table") for n in notices)
    loads_cleanly(values, tmp_path)


def test_hugo_section_pages_menu_lists_the_top_sections(tmp_path: Path) -> None:
    """`sectionPagesMenu = "main"` (a real hugo-dead-simple blog) was reported as unused,
    and the site had no menu at all."""
    root = make(tmp_path / "old", {
        "hugo.toml": 'title = "T"\nbaseURL = "https://a.org/"\nsectionPagesMenu = "main"\n'
        '[[menu.main]]\nname = "About"\nurl = "/about/"\n',
        "content/posts/a.md": "---\ntitle: A\n---\nA\n",
        "content/notes/_index.md": "---\ntitle: Field notes\n---\n",
        "content/notes/b.md": "---\ntitle: B\n---\nB\n",
        "content/about/index.md": "---\ntitle: About\n---\nMe\n",
        "content/cv/index.md": "---\ntitle: CV\n---\nMe\n",  # a page's bundle
        "content/top.md": "---\ntitle: Top\n---\nTop\n",
    })
    plan = plan_import("hugo", root)
    menu = yaml.safe_load(plan.site_yaml)["menu"]
    assert menu == [{"name": "About", "url": "/about/"},
                    {"name": "Field notes", "url": "/notes/"}, {"name": "Posts", "url": "/posts/"}]
    assert not any("sectionPagesMenu" in str(n) for n in plan.notices)


def test_theme_switch_given_another_shape_is_reported(tmp_path: Path) -> None:
    values, notices = hugo(
        {"params": {"comments": {"enabled": False}, "ShowToc": "true"}}, params=7
    )
    assert values["params"] == {"ShowToc": True}
    assert notices == [
        "hugo.yaml:7: `params.comments`: the theme's `comments` is true or false, not dict; "
        "not carried over"
    ]
    loads_cleanly(values, tmp_path)


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


def test_hugo_section_pages_menu_reads_the_default_languages_content_dir(
    tmp_path: Path,
) -> None:
    root = make(tmp_path / "old", {
        "hugo.toml": 'title = "T"\nbaseURL = "https://a.org/"\nsectionPagesMenu = "main"\n'
        'defaultContentLanguage = "en"\n[languages.en]\ncontentDir = "content/en"\n'
        '[languages.fr]\ncontentDir = "content/fr"\n',
        "content/en/posts/_index.md": "---\ntitle: Posts EN\n---\n",
        "content/en/posts/a.md": "---\ntitle: A\n---\nA\n",
        "content/fr/billets/b.md": "---\ntitle: B\n---\nB\n",
    })
    menu = yaml.safe_load(plan_import("hugo", root).site_yaml)["menu"]
    assert menu == [{"name": "Posts EN", "url": "/posts/"}]


def test_a_data_file_mentorblog_cannot_read_is_not_copied(tmp_path: Path) -> None:
    """minimal-mistakes' `_data/ui-text.yml` merges a language's keys into a nested copy
    of themselves, which Ruby reads and ours refuses: the build stopped on a file the
    old theme alone used. It is listed and left out; readable ones are copied."""
    root = make(tmp_path / "old", {
        "_config.yml": "title: T\nurl: https://a.org\n",
        "_posts/2024-01-02-a.md": "---\ntitle: A\n---\nA\n",
        "_data/ui-text.yml": "base: &B\n  more: x\n  base-GB:\n    <<: *B\n",
        "_data/team.yml": "- name: Ana\n",
    })
    plan = plan_import("jekyll", root)
    assert ("_data/team.yml", "data/team.yml") in {(str(a), str(b)) for a, b in plan.copies}
    assert "_data/ui-text.yml" not in {str(a) for a, _ in plan.copies}
    [notice] = [str(n) for n in plan.notices if "ui-text" in str(n)]
    assert notice.startswith("_data/ui-text.yml:1: not valid YAML: an alias refers to the value")
    assert notice.endswith("mentorblog cannot read it; not copied")


def test_math_loaded_by_the_old_themes_include_turns_math_on(tmp_path: Path) -> None:
    """hyde's `_includes/head.html` (and minimal-mistakes' head/custom.html) loaded
    MathJax for every page: `$$...$$` was shown as written."""
    files = {
        "_config.yml": "title: T\nurl: https://a.org\n",
        "_posts/2024-01-02-a.md": "---\ntitle: A\n---\nSum $$a_i + b_i$$.\n",
        "_includes/head.html": '<script async src="https://cdn.x.org/MathJax.js"></script>\n',
    }
    plan = plan_import("jekyll", make(tmp_path / "old", files))
    assert yaml.safe_load(plan.site_yaml)["params"] == {"math": True}
    assert any(str(n).startswith("_includes/head.html: loads MathJax or KaTeX")
               for n in plan.notices)
    files["_includes/head.html"] = "<meta charset='utf-8'>\n"
    plan = plan_import("jekyll", make(tmp_path / "plain", files))
    assert "params" not in yaml.safe_load(plan.site_yaml)


def test_a_jekyll_site_without_posts_folder_is_read_as_jekyll(tmp_path: Path) -> None:
    """A real Mediumish blog keeps its writing in collections, with no `_posts/`: every
    Liquid tag and `{: .class}` was read as a Hugo site's text (377 raw tags)."""
    from mentorblog.cli import main

    root = make(tmp_path / "old", {
        "_config.yml": "title: T\nurl: https://a.org\n"
        "collections: {lessons: {output: true}}\n",
        "_lessons/one.md": "---\ntitle: One\n---\nSee {% link about.md %}.\n{: .note}\n",
        "about.md": "---\ntitle: About\n---\nMe\n",
    })
    import_site("jekyll", root, tmp_path / "new")
    assert yaml.safe_load((tmp_path / "new" / "site.yaml").read_text())["dialect"] == "jekyll"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(tmp_path / "out"), "-q"]) == 0
    page = next((tmp_path / "out" / "lessons").rglob("*.html")).read_text(encoding="utf-8")
    assert '<p class="note">See /about.html.</p>' in page
    assert "{%" not in page and "{:" not in page


def test_hugo_partial_that_loads_katex_turns_math_on(tmp_path: Path) -> None:
    """A PaperMod site loads KaTeX from layouts/partials/extend_head.html on every page
    and sets no `math`: its `$$...$$` was shown as written."""
    root = make(tmp_path / "old", {
        "hugo.toml": 'title = "T"\nbaseURL = "https://a.org/"\n',
        "content/posts/a.md": "---\ntitle: A\n---\n$$a^2$$\n",
        "layouts/partials/extend_head.html": '<script defer src="/katex/katex.min.js"></script>\n',
    })
    plan = plan_import("hugo", root)
    assert yaml.safe_load(plan.site_yaml)["params"] == {"math": True}
    assert any(str(n).startswith("layouts/partials/extend_head.html: loads MathJax or KaTeX")
               for n in plan.notices)


def test_hugo_dated_file_names_keep_their_addresses(tmp_path: Path) -> None:
    """Two real PaperMod blogs name posts `2024-03-21-hello.md`: Hugo writes
    /posts/2024-03-21-hello/ (unless `[frontmatter] date` reads `:filename`), and
    mentorblog, reading the date from the name, moved them to /posts/hello/."""
    from mentorblog.cli import main

    files = {
        "hugo.toml": 'title = "T"\nbaseURL = "https://a.org/"\n',
        "content/posts/2024-03-21-hello.md": "---\ntitle: Hello\n---\nHi\n",
        "content/posts/2024-03-22-named.md": "---\ntitle: Named\nslug: own\n---\nHi\n",
    }
    import_site("hugo", make(tmp_path / "old", files), tmp_path / "new")
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(tmp_path / "out"), "-q"]) == 0
    assert (tmp_path / "out" / "posts" / "2024-03-21-hello" / "index.html").is_file()
    assert (tmp_path / "out" / "posts" / "own" / "index.html").is_file()
    files["hugo.toml"] += '[frontmatter]\ndate = [":filename", ":default"]\n'
    import_site("hugo", make(tmp_path / "old2", files), tmp_path / "new2")
    assert main(["build", "-s", str(tmp_path / "new2"), "-d", str(tmp_path / "out2"), "-q"]) == 0
    assert (tmp_path / "out2" / "posts" / "hello" / "index.html").is_file()


def test_jekyll_collections_dir_holds_the_posts_and_collections(tmp_path: Path) -> None:
    """A real Mediumish blog keeps `_posts/` and a published collection in `stuff/`
    (`collections_dir: stuff`): 30 pages were lost, and the report said Jekyll ignores
    them."""
    from mentorblog.cli import main

    root = make(tmp_path / "old", {
        "_config.yml": "title: T\nurl: https://a.org\ncollections_dir: stuff\n"
        "collections: {lessons: {output: true}}\n",
        "stuff/_posts/2021-02-03-hello.md": "---\ntitle: Hello\n---\nHi\n",
        "stuff/_lessons/one.md": "---\ntitle: One\n---\nLesson\n",
        "stuff/_data/x.yml": "a: 1\n",  # not a collection: Jekyll ignores it there
        "_posts/2021-02-03-hello.md": "---\ntitle: Old copy\n---\nOld\n",  # ignored too
        "about.md": "---\ntitle: About\n---\nMe\n",
    })
    plan = plan_import("jekyll", root)
    copies = {str(a): str(b) for a, b in plan.copies}
    assert copies["stuff/_posts/2021-02-03-hello.md"] == "content/_posts/2021-02-03-hello.md"
    assert copies["stuff/_lessons/one.md"] == "content/lessons/one.md"
    assert "_posts/2021-02-03-hello.md" not in copies and "stuff/_data/x.yml" not in copies
    assert "_posts/2021-02-03-hello.md: outside `collections_dir` (stuff/): Jekyll ignores it; " \
        "not copied" in [str(n) for n in plan.notices]
    import_site("jekyll", root, tmp_path / "new")
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(tmp_path / "out"), "-q"]) == 0
    assert (tmp_path / "out" / "2021" / "02" / "03" / "hello.html").is_file()
    assert (tmp_path / "out" / "lessons" / "one.html").is_file()


def test_math_a_template_loads_only_for_pages_that_ask_stays_off(tmp_path: Path) -> None:
    """PaperMod's documented setup loads KaTeX only `{{ if or .Params.math .Site.Params.math }}`:
    turning math on for every page made `$HOME and $5` MathML."""
    root = make(tmp_path / "old", {
        "hugo.toml": 'title = "T"\nbaseURL = "https://a.org/"\n',
        "content/posts/a.md": "---\ntitle: A\n---\n$HOME and $5\n",
        "layouts/partials/math.html": '<script defer src="/katex/katex.min.js"></script>\n',
        "layouts/partials/extend_head.html":
            '{{ if or .Params.math .Site.Params.math }}{{ partial "math.html" . }}{{ end }}\n',
    })
    assert "params" not in yaml.safe_load(plan_import("hugo", root).site_yaml)


def test_so_simple_category_pages_and_menu_are_carried_over(tmp_path: Path) -> None:
    """A real so-simple blog: `category/algorithms.md` (`layout: categories`, naming its
    category, `permalink: /category/algorithms`) lost its address, and `_data/
    navigation.yml` as a plain list (so-simple's form) was reported as a broken file."""
    from mentorblog.cli import main

    files = {
        "_config.yml": "title: T\nurl: https://a.org\n",
        "_posts/2024-01-02-a.md": "---\ntitle: A\ncategories: [algorithms]\n---\nA\n",
        "category/algorithms.md": "---\nlayout: categories\ncategories: algorithms\n"
        "title: Algorithms\npermalink: /category/algorithms\n---\n",
        "all.md": "---\nlayout: categories\ntitle: All\npermalink: /all-categories/\n---\n",
        "_data/navigation.yml": "- title: Home\n  url: /\n- title: Algorithms\n"
        "  url: /category/algorithms\n",
    }
    plan, values = jekyll_plan(tmp_path, files)
    written = {str(k): v for k, v in plan.writes}
    # the old addresses lead to the lists as their aliases: no page of their own, which
    # would make `category/` a folder with a list
    assert written["content/categories/algorithms/_index.md"] == (
        "---\naliases:\n- /category/algorithms.html\n- /category/algorithms/\n---\n"
    )
    assert written["content/categories/_index.md"] == "---\naliases:\n- /all-categories/\n---\n"
    assert not any(k.startswith("content/category/") or k == "content/all.md" for k in written)
    assert [m["url"] for m in values["menu"]] == ["/", "/category/algorithms"]
    import_site("jekyll", tmp_path / "old", tmp_path / "new")
    out = tmp_path / "out"
    assert main(["build", "-s", str(tmp_path / "new"), "-d", str(out), "-q"]) == 0
    assert main(["check", "-s", str(tmp_path / "new")]) == 0
    for old in ("category/algorithms.html", "category/algorithms/index.html"):
        assert (out / old).is_file()
    assert not (out / "category" / "index.html").exists()


def test_mermaid_diagrams_are_listed_by_the_import(tmp_path: Path) -> None:
    """A real chirpy blog's eight ```mermaid blocks came out as code with "0 things not
    carried over"."""
    plan, _ = jekyll_plan(tmp_path, {
        "_config.yml": "title: T\nurl: https://a.org\n",
        "_posts/2024-01-02-a.md": "---\ntitle: A\nmermaid: true\n---\nIntro.\n\n```mermaid\n"
        "graph TD; a-->b\n```\n\n~~~ mermaid\ngraph LR; c-->d\n~~~\n",
        "_posts/2024-01-03-b.md": "---\ntitle: B\n---\n```python\nx = 1\n```\n",
    })
    found = [str(n) for n in plan.notices if "mermaid" in str(n)]
    assert found == ["_posts/2024-01-02-a.md:7: 2 mermaid diagrams (lines 7, 11): shown as "
                     "source code; mentorblog draws no diagrams (chirpy and other themes drew "
                     "them in the browser with a script)"]
