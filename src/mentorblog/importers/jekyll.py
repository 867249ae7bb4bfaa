"""A Jekyll site moved in: `_posts/`, `_drafts/` and Markdown pages into `content/`, files
Jekyll publishes as they are into `static/`, `_config.yml` into `site.yaml`."""

from __future__ import annotations

import fnmatch
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

from mentorblog import urls
from mentorblog.config import norm
from mentorblog.errors import BuildError, Notice
from mentorblog.importers import Plan
from mentorblog.importers.configfile import (
    ConfigFile,
    Translation,
    dump_site_yaml,
    output_folder,
    read_config,
    translate_params,
)
from mentorblog.importers.files import has_front_matter, is_markdown, read_front_matter, walk
from mentorblog.parse import lookup

CONFIG_NAMES = ("_config.yml", "_config.yaml", "_config.toml")
PLACEHOLDER_URL = "https://example.org"

# Plugins whose work mentorblog does itself.
BUILT_IN_PLUGINS = {
    "jekyll-feed": "feeds",
    "jekyll-sitemap": "the sitemap",
    "jekyll-seo-tag": "meta tags",
    "jekyll-redirect-from": "`redirect_from` pages",
    "jekyll-paginate": "pagination",
    "jekyll-default-layout": "default layouts",
    "jekyll-optional-front-matter": None,
}
# Jekyll's default `exclude` list (Jekyll 4 adds the site's own entries to it).
DEFAULT_EXCLUDE = (
    "Gemfile",
    "Gemfile.lock",
    "gemfiles",
    "node_modules",
    "vendor/bundle",
    "vendor/cache",
    "vendor/gems",
    "vendor/ruby",
    ".sass-cache",
    ".jekyll-cache",
)
_FOLDER_ROLES = {
    "_layouts": "Liquid layouts; mentorblog's own theme renders the pages (a layout of "
    "your own goes to layouts/NAME.html as a Jinja template)",
    "_includes": "Liquid includes; not carried over",
    "_sass": "Sass partials; not compiled, the theme has its own css",
    "_data": "data files; mentorblog has no `site.data`",
    "_plugins": "Ruby plugins; mentorblog runs no plugins",
}
_TEMPLATE_FILES = {
    "404.html": "mentorblog writes its own 404 page",
    "feed.xml": "mentorblog writes its own feeds (/feed.xml and /index.xml)",
    "atom.xml": "mentorblog writes its own feeds (/feed.xml and /index.xml)",
    "sitemap.xml": "mentorblog writes its own sitemap",
    "robots.txt": "mentorblog writes its own robots.txt",
    "index.html": "the home page is mentorblog's own list of posts",
}


@dataclass(frozen=True, slots=True)
class _Rules:
    """Which files Jekyll reads, from `exclude`, `include`, `destination`, `collections`."""

    exclude: tuple[str, ...]
    include: tuple[str, ...]
    destination: str
    collections: tuple[str, ...]

    def excluded(self, rel: PurePosixPath) -> bool:
        text = str(rel)
        return any(
            text == e.strip("/") or text.startswith(e.strip("/") + "/") or fnmatch.fnmatch(text, e)
            for e in self.exclude
        )

    def ignored(self, name: str) -> bool:
        """Jekyll skips names starting with `_`, `.` or `#` or ending with `~` (but reads
        `_posts` and `_drafts`), unless the site's `include` lists them."""
        if name in ("_posts", "_drafts") or name in self.include:
            return False
        return name.startswith(("_", ".", "#")) or name.endswith("~")


def plan_jekyll(source: Path, *, skip: Path | None = None) -> Plan:
    config = _read_config(source)
    data = config.data if config else {}
    rules = _Rules(
        exclude=(*DEFAULT_EXCLUDE, *_names(data.get("exclude"))),
        include=tuple(_names(data.get("include"))),
        destination=str(data.get("destination") or "_site").strip("/"),
        collections=tuple(_names(data.get("collections"))),
    )
    notices: list[Notice] = []

    def prune(rel: PurePosixPath) -> bool:
        if str(rel) == rules.destination:
            return True
        if rules.excluded(rel):
            if rel.name in ("node_modules", "vendor", "gemfiles"):
                notices.append(Notice("not copied (Jekyll excludes it)", rel))
            return True
        # Folders starting with `_` are walked so that each of their files is reported.
        return rel.name.startswith(".") and rel.name not in rules.include

    found, walk_notices = walk(source, skip, prune)
    notices.extend(walk_notices)
    copies: list[tuple[PurePosixPath, PurePosixPath]] = []
    pages: dict[PurePosixPath, dict[str, Any]] = {}
    for rel in found:
        target = _place(source, rel, rules, notices, pages)
        if target is not None:
            copies.append((rel, target))
    if config is None:
        config = ConfigFile(PurePosixPath("_config.yml"), {}, {})
        notices.append(
            Notice("no _config.yml; title and address are placeholders in site.yaml", config.name)
        )
    values, config_notices = translate_jekyll(config, pages)
    notices.extend(config_notices)
    return Plan(tuple(copies), dump_site_yaml(values, str(config.name)), tuple(notices))


def _place(
    source: Path,
    rel: PurePosixPath,
    rules: _Rules,
    notices: list[Notice],
    pages: dict[PurePosixPath, dict[str, Any]],
) -> PurePosixPath | None:
    """Where one file of the old site goes in the new one, or None (reported, if it
    mattered). Markdown pages are added to `pages` with their front matter."""
    if rules.excluded(rel):
        if rel.name.startswith("Gemfile"):
            notices.append(
                Notice("lists the gems (Jekyll, its theme and plugins); nothing to carry over", rel)
            )
        return None
    if rel.name in CONFIG_NAMES and len(rel.parts) == 1:
        return None
    ignored = [p for p in rel.parts if rules.ignored(p)]
    if ignored:
        top = rel.parts[0]
        if top in _FOLDER_ROLES:
            notices.append(Notice(_FOLDER_ROLES[top], rel))
        elif top.startswith("_") and top[1:] in rules.collections:
            notices.append(
                Notice(
                    f"in the `{top[1:]}` collection; mentorblog has no "
                    "collections (move it to a folder under content/)",
                    rel,
                )
            )
        elif ignored[0].startswith("_"):  # dot files and editor backups go unmentioned
            notices.append(Notice("Jekyll ignores names starting with `_`; not copied", rel))
        return None
    in_posts = "_posts" in rel.parts[:-1] or "_drafts" in rel.parts[:-1]
    front = has_front_matter(source / rel, jekyll=True)
    if is_markdown(rel) and (front or in_posts):
        front_matter, problems = read_front_matter(source, rel)
        notices.extend(problems)
        if len(rel.parts) == 1 and rel.stem == "index":
            return PurePosixPath("content") / ("_index" + rel.suffix)  # the home page's text
        if not in_posts:
            pages[rel] = front_matter
        return PurePosixPath("content") / rel
    if in_posts:
        notices.append(Notice("is not a Markdown post; not copied", rel))
        return None
    if front:
        why = _TEMPLATE_FILES.get(str(rel))
        if why is None and rel.suffix.lower() in (".scss", ".sass"):
            why = "Sass is not compiled; the theme has its own css"
        notices.append(
            Notice(
                "has front matter, so Jekyll runs it through Liquid; "
                f"{why or 'mentorblog reads only Markdown pages'}; not carried "
                "over",
                rel,
            )
        )
        return None
    if is_markdown(rel):
        notices.append(
            Notice(
                "has no front matter, so Jekyll publishes it as a raw file; so "
                "does mentorblog (add front matter to make it a page)",
                rel,
            )
        )
    return PurePosixPath("static") / rel


def _read_config(source: Path) -> ConfigFile | None:
    for name in CONFIG_NAMES:
        if (source / name).is_file():
            return read_config(source / name, PurePosixPath(name))
    if not (source / "_posts").is_dir():
        raise BuildError("has neither _config.yml nor _posts/; is this a Jekyll site?", ".")
    return None


def _names(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [str(k) for k in value]
    if isinstance(value, list):
        return [str(v) for v in value]
    return []


# -- _config.yml -> site.yaml -------------------------------------------------------------

_DIRECT = {
    "title": "title",
    "description": "description",
    "author": "author",
    "lang": "language",
    "language": "language",
    "timezone": "timezone",
    "permalink": "permalink",
    "excerptseparator": "excerpt_separator",
    "showdrafts": "build_drafts",
    "future": "build_future",
    "unpublished": "build_drafts",
    "defaults": "defaults",
}
_USED_HERE = {
    "url",
    "baseurl",
    "include",
    "exclude",
    "paginate",
    "paginatepath",
    "plugins",
    "gems",
    "feed",
    "minima",
    "headerpages",
    "twitterusername",
    "githubusername",
    "email",
    "collections",
    "theme",
    "remotetheme",
}
_MINIMA_SOCIAL = {
    "twitterusername": ("x", "https://x.com/{}"),
    "githubusername": ("github", "https://github.com/{}"),
    "email": ("email", "mailto:{}"),
}


def translate_jekyll(
    config: ConfigFile, pages: Mapping[PurePosixPath, Mapping[str, Any]]
) -> tuple[dict[str, Any], list[Notice]]:
    """`_config.yml` values as mentorblog's canonical site.yaml keys. `pages` are the
    Markdown pages carried over with their front matter: they give minima's header menu, and
    a page whose Jekyll address mentorblog would not give it by itself gets a scoped default
    `url` (its file stays unchanged)."""
    t = Translation(config)
    data = config.data
    by_norm = {norm(k): k for k in data}
    for key, value in data.items():
        n = norm(key)
        if n == "destination":
            output_folder(t, key, value)
        elif n in _DIRECT:
            if value is not None and value != "":
                t.values.setdefault(_DIRECT[n], value)
            if n == "unpublished":
                t.skip(
                    key,
                    "Jekyll's `unpublished` builds `published: false` posts, which "
                    "mentorblog counts as drafts: written as `build_drafts`",
                )
        elif n not in _USED_HERE:
            t.skip(key, _unused(n))
    t.values["title"] = t.values.get("title") or "My mentoring journal"
    if "title" not in by_norm:
        t.skip("title", "missing; site.yaml has a placeholder title")
    _base_url(t, lookup(data, "url"), lookup(data, "baseurl"))
    _pagination(t, data, by_norm)
    _plugins(t, data, by_norm)
    _feed_and_theme(t, data, by_norm)
    _pages(t, data, by_norm, pages)
    if t.params:
        t.values["params"] = t.params
    return t.values, t.notices


def _unused(n: str) -> str:
    reasons = {
        "markdown": "mentorblog renders Markdown with markdown-it (CommonMark); not carried over",
        "kramdown": "mentorblog renders Markdown with markdown-it (CommonMark); not carried over",
        "highlighter": "code is highlighted with Pygments at build time; not carried over",
        "googleanalytics": "mentorblog loads nothing from other hosts; not carried over",
        "disqus": "no comment provider is built in; put its snippet in "
        "layouts/partials/comments.html",
        "sass": "Sass is not compiled; the theme has its own css",
    }
    return reasons.get(n, "not used by mentorblog; not carried over")


def _base_url(t: Translation, url: object, baseurl: object) -> None:
    host = str(url or "").strip().rstrip("/")
    path = str(baseurl or "").strip().strip("/")
    if "://" not in host:
        t.skip(
            "url",
            f"is {'empty' if not host else repr(host)}; site.yaml uses "
            f"{PLACEHOLDER_URL}/ until you set `base_url` to the site's address",
        )
        host = PLACEHOLDER_URL
    t.values["base_url"] = f"{host}/{path}/" if path else f"{host}/"


def _pagination(t: Translation, data: Mapping[str, Any], by_norm: Mapping[str, str]) -> None:
    if "paginate" not in by_norm:
        return
    t.nested("pagination", "per_page", data[by_norm["paginate"]])
    # jekyll-paginate's pages are /page2/, /page3/ unless the site says otherwise.
    path = data.get(by_norm.get("paginatepath", ""), None) or "/page:num/"
    t.values["paginate_path"] = str(path).rstrip("/") + "/"


def _plugins(t: Translation, data: Mapping[str, Any], by_norm: Mapping[str, str]) -> None:
    for key in ("plugins", "gems"):
        if key not in by_norm:
            continue
        for name in _names(data[by_norm[key]]):
            if name not in BUILT_IN_PLUGINS:
                t.skip(
                    f"{by_norm[key]}: {name}",
                    "a Jekyll plugin; mentorblog runs no plugins (not carried over)",
                    by_norm[key],
                )


def _feed_and_theme(t: Translation, data: Mapping[str, Any], by_norm: Mapping[str, str]) -> None:
    feed = data.get(by_norm.get("feed", ""))
    for key, value in feed.items() if isinstance(feed, dict) else ():
        if norm(key) == "postslimit":
            t.nested("feeds", "limit", value)
        elif norm(key) == "excerptonly":
            t.nested("feeds", "full_text", not value)
        else:
            t.skip(
                f"feed.{key}",
                "not carried over (mentorblog writes /feed.xml and /index.xml)",
                by_norm["feed"],
            )
    minima = data.get(by_norm.get("minima", ""))
    for key, value in minima.items() if isinstance(minima, dict) else ():
        if norm(key) == "dateformat":
            t.values["date_format"] = value
        else:
            t.skip(f"minima.{key}", "a minima setting the theme does not have", by_norm["minima"])
    for key in ("theme", "remotetheme"):
        if key in by_norm:
            t.skip(
                by_norm[key],
                f"{data[by_norm[key]]!r} is not used: mentorblog's own theme "
                "renders the site and reads PaperMod's settings",
            )
    icons = []
    for n, (name, pattern) in _MINIMA_SOCIAL.items():
        value = data.get(by_norm.get(n, ""))
        if isinstance(value, str) and value.strip():
            icons.append({"name": name, "url": pattern.format(value.strip())})
    if icons:
        translate_params(t, {"socialIcons": icons}, "params")


def _pages(
    t: Translation,
    data: Mapping[str, Any],
    by_norm: Mapping[str, str],
    pages: Mapping[PurePosixPath, Mapping[str, Any]],
) -> None:
    """minima's header menu and each page's Jekyll address."""
    style = str(data.get(by_norm.get("permalink", ""), None) or "date")
    defaults = [d for d in t.values.get("defaults") or [] if isinstance(d, dict)]
    extra = []
    entries: dict[PurePosixPath, tuple[str, str]] = {}
    for rel, front in sorted(pages.items(), key=lambda item: str(item[0])):
        fm = {norm(k): v for k, v in front.items()}
        address = fm.get("permalink") or _scoped_permalink(defaults, rel)
        if address:
            url = str(address)
        else:
            url = _page_url(rel, style)
            if url != _mentorblog_url(rel):
                extra.append({"scope": {"path": str(rel)}, "values": {"url": url}})
        if fm.get("title"):
            entries[rel] = (str(fm["title"]), url)
    if extra:
        t.values["defaults"] = [*defaults, *extra]
    header = data.get(by_norm.get("headerpages", ""))
    chosen = [PurePosixPath(p) for p in _names(header)] if header else sorted(entries, key=str)
    menu = [
        {"name": entries[p][0], "url": entries[p][1], "weight": i}
        for i, p in enumerate((p for p in chosen if p in entries), start=1)
    ]
    for p in chosen:
        if p not in entries:
            t.skip(
                f"header_pages: {p}",
                "not a Markdown page with a title that was carried over; left out of the menu",
                by_norm.get("headerpages"),
            )
    if menu:
        t.values["menu"] = menu


def _scoped_permalink(defaults: list[dict[str, Any]], rel: PurePosixPath) -> str | None:
    found = None
    for entry in defaults:
        scope = entry.get("scope") or {}
        values = entry.get("values") or {}
        path = str(scope.get("path", "") or "").strip("/") if isinstance(scope, dict) else ""
        kind = str(scope.get("type", "") or "") if isinstance(scope, dict) else ""
        if (not path or (str(rel) + "/").startswith(path + "/")) and kind in ("", "pages"):
            found = values.get("permalink", found) if isinstance(values, dict) else found
    return str(found) if found else None


def _page_url(rel: PurePosixPath, style: str) -> str:
    """Where Jekyll publishes a Markdown page without `permalink`: `/dir/name.html`, or
    `/dir/name/` under a style ending in `/` (`pretty`); `index.md` is its folder."""
    folder = "/".join(rel.parts[:-1])
    prefix = f"/{folder}/" if folder else "/"
    if rel.stem == "index":
        return prefix
    try:  # a named style or a pattern: only how it ends matters for pages
        sample = urls.expand_jekyll(
            style, date=datetime(2000, 1, 1, tzinfo=UTC), title="t", slug="t", categories=()
        )
    except urls.UrlError:
        sample = ".html"
    if sample.endswith("/"):
        return f"{prefix}{rel.stem}/"
    return f"{prefix}{rel.stem}.html"


def _mentorblog_url(rel: PurePosixPath) -> str:
    """The address mentorblog gives a page by itself: slugged folders and name, ending in /."""
    parts = [urls.slugify(p) for p in rel.parts[:-1]]
    if rel.stem != "index":
        parts.append(urls.slugify(urls.split_dated_name(rel.stem)[1]))
    return "/" + "".join(p + "/" for p in parts)
