"""`mentorblog check`: build in memory, write nothing, and report what a reader would trip
over: broken internal links and `#anchors`, missing images and files (errors), posts without a
title or description, front-matter keys that look misspelt, images without alt text or heavier
than `images.size_limit` (warnings). Each report names
the file and, where the text can be found there, the line.

Links are read from the rendered html with the standard library's HTMLParser."""

from __future__ import annotations

import difflib
import os
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urljoin, urlsplit

from mentorblog.build import load_planned, render_in_memory
from mentorblog.commands.check_languages import crossed_languages, missing_translations
from mentorblog.core import kinds
from mentorblog.core.dialects import KNOWN_KEYS, THEME_PARAMS
from mentorblog.core.errors import BuildError, Notice
from mentorblog.core.keys import lookup, norm
from mentorblog.core.model import Ledger, Output, Page, Site
from mentorblog.core.theme import theme_dir
from mentorblog.images.checks import image_warnings
from mentorblog.images.store import ImageCache
from mentorblog.options import BuildOptions
from mentorblog.output import cache
from mentorblog.plan.commitments import overdue_notices
from mentorblog.produce import Rendered
from mentorblog.read import readers
from mentorblog.read.config import CONFIG_FILE, reader_variable

# How the known front-matter fields are spelt in FRONTMATTER.md, for "did you mean" (the
# pipeline matches keys ignoring case, `_` and `-`, so it only keeps the normalised forms).
SPELLINGS = (
    "title linkTitle date lastmod modified last_modified_at publishDate pubdate published "
    "expiryDate unpublishdate draft weight tags tag categories category author authors "
    "description summary excerpt excerpt_separator aliases redirect_from slug url permalink "
    "keywords canonicalURL canonical_url images image cover build sitemap layout searchHidden "
    "hiddenInHomeList hiddenInRss robotsNoIndex isCJKLanguage params ShowReadingTime "
    "ShowWordCount showToc TocOpen UseHugoToc ShowBreadCrumbs ShowPostNavLinks "
    "ShowCodeCopyButtons ShowRssButtonInSectionTermList ShowLastMod hideSummary hidemeta "
    "hideAuthor hideFooter disableAnchoredHeadings comments math disableShare disableHLJS "
    "featured ShowCanonicalLink ShareButtons editPost CanonicalLinkText session sessions "
    "media_subpath img_path redirect_to redirect visibility shared_with shared_title "
    "commitments done dropped in_reply_to translationKey"
).split()
TYPO_CUTOFF = 0.8  # difflib ratio: `shwoToc` ~ `showToc` is 0.86; unrelated keys stay far below

_LINK, _ANCHOR, _IMAGE, _FILE = "broken link", "broken anchor", "missing image", "missing file"
_REDIRECT = "redirect to nowhere"
_URL_ATTRS: dict[str, tuple[tuple[str, str], ...]] = {
    "a": (("href", _LINK),),
    "area": (("href", _LINK),),
    "img": (("src", _IMAGE), ("srcset", _IMAGE)),
    "source": (("src", _FILE), ("srcset", _IMAGE)),
    "video": (("src", _FILE), ("poster", _IMAGE)),
    "audio": (("src", _FILE),),
    "track": (("src", _FILE),),
    "script": (("src", _FILE),),
    "iframe": (("src", _LINK),),
    "embed": (("src", _FILE),),
    "object": (("data", _FILE),),
}
_META_URLS = {
    "og:image": _IMAGE,
    "og:image:url": _IMAGE,
    "og:image:secure_url": _IMAGE,
    "twitter:image": _IMAGE,
    "og:url": _LINK,
}


@dataclass(frozen=True, slots=True)
class Link:
    kind: str  # _LINK, _IMAGE or _FILE
    url: str  # as written in the html (entities decoded)
    html_line: int
    hreflang: bool = False  # the link says it leads to another language (the switcher)


class _Document(HTMLParser):
    """Every url-bearing attribute and every id of one html file."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[Link] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value for name, value in attrs if value is not None}
        line = self.getpos()[0]
        if "id" in values:
            self.ids.add(values["id"])
        if tag == "a" and "name" in values:
            self.ids.add(values["name"])
        for attr, kind in _URL_ATTRS.get(tag, ()):
            value = values.get(attr)
            if value is None:
                continue
            urls = (
                [c.split()[0] for c in value.split(",") if c.split()]
                if attr == "srcset"
                else [value]
            )
            marked = "hreflang" in values
            self.links.extend(Link(kind, u, line, marked) for u in urls)
        if tag == "link" and "href" in values:
            rel = values.get("rel", "").lower().split()
            kind = (
                _FILE
                if {
                    "stylesheet",
                    "icon",
                    "preload",
                    "manifest",
                    "apple-touch-icon",
                    "modulepreload",
                }
                & set(rel)
                else _LINK
            )
            self.links.append(Link(kind, values["href"], line, "hreflang" in values))
        if tag == "meta" and "content" in values:
            kind_of = _META_URLS.get(values.get("property", values.get("name", "")).lower())
            if kind_of:
                self.links.append(Link(kind_of, values["content"], line))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)


@dataclass(frozen=True, slots=True)
class CheckResult:
    errors: tuple[BuildError, ...]
    warnings: tuple[Notice, ...]
    pages: int  # html files checked
    links: int  # internal urls followed

    def summary(self) -> str:
        found = (f"{len(self.errors)} broken" if self.errors else "nothing broken") + (
            f", {len(self.warnings)} warnings" if self.warnings else ""
        )
        return f"Checked {self.links} internal links in {self.pages} pages: {found}"


def check_site(options: BuildOptions, now: datetime | None = None) -> CheckResult:
    """Build without writing the site (a throwaway cache), then check every html output."""
    moment = now or datetime.now(UTC)  # one moment: what is published and what is overdue
    folder = Path(tempfile.mkdtemp(prefix="mentorblog-check-"))
    try:
        # The site's image cache when a build made one (check encodes only what is new),
        # else the throwaway one: check leaves no folder behind.
        images = ImageCache(make=False)
        planned = load_planned(replace(options, use_cache=False), folder, moment, images)
        site, notices = planned.loaded.site, planned.loaded.notices
        documents: dict[str, _Document] = {}

        def read(task: Sequence[Rendered]) -> None:
            for rendered in task:
                output = site.outputs[rendered.index]
                is_redirect = output.kind in (kinds.ALIAS, kinds.REDIRECT)
                if output.path.endswith((".html", ".htm")) and not is_redirect:
                    document = _Document()
                    document.feed((rendered.data or b"").decode("utf-8", errors="replace"))
                    document.close()
                    documents[output.path] = document

        render_in_memory(planned, read)
    finally:
        cache.discard(folder)
    checker = _LinkChecker(site, documents)
    errors, doubtful = checker.run()
    warnings = [
        *notices,
        *page_warnings(site.pages.values(), site),
        *missing_translations(site),
        *crossed_languages(site, {p: d.links for p, d in documents.items()}),
        *image_warnings(site),
        *passphrase_warnings(site, os.environ),
        *doubtful,
        *overdue_notices(site.ledger or Ledger(), site.pages.values(), moment),
    ]
    return CheckResult(tuple(errors), tuple(warnings), len(documents), checker.followed)


# -- links --------------------------------------------------------------------------------------


class _LinkChecker:
    def __init__(self, site: Site, documents: Mapping[str, _Document]) -> None:
        self.site = site
        self.config = site.config
        self.documents = documents
        self.files = {o.path for o in site.outputs} | {f.path for f in site.static}
        base = urlsplit(site.config.base_url)
        self.origin = (base.scheme, base.netloc)
        self.base_path = site.config.base_path
        self.foreign = _edit_prefixes(site)
        self.followed = 0
        self._texts: dict[str, list[str] | None] = {}
        self._layout_files: list[tuple[str, str]] | None = None

    def run(self) -> tuple[list[BuildError], list[Notice]]:
        """Broken links as errors; a missing page behind a full address of the site's own
        host only as a warning, since something else may serve it there."""
        found: dict[tuple[str, int | None, str, bool], list[str]] = {}
        by_path = {o.path: o for o in self.site.outputs}
        for path, document in sorted(self.documents.items()):
            output = by_path[path]
            page_url = self.config.base_url + output.url.lstrip("/")
            for link in document.links:
                problem = self._problem(page_url, path, link)
                if problem is None:
                    continue
                file, line = self._locate(output, link.url)
                found.setdefault((file, line, *problem), []).append(output.url)
        for output in self.site.outputs:  # a redirect's target is a link too
            if output.kind not in (kinds.ALIAS, kinds.REDIRECT) or not output.target:
                continue
            page_url = self.config.base_url + output.url.lstrip("/")
            target = output.target  # a site path (without the base path) or a full address
            if target.startswith("/") and not target.startswith("//"):
                target = self.base_path + target.lstrip("/")
            problem = self._problem(page_url, output.path, Link(_REDIRECT, target, 0))
            if problem is not None:
                file, line = self._locate(output, output.target)
                page = self.site.pages.get(output.url) if output.kind is kinds.REDIRECT else None
                if page is not None:  # the line of its `redirect_to`, not of its `url`
                    key = page.key_lines.get("redirectto") or page.key_lines.get("redirect")
                    file, line = str(page.source), key or line
                found.setdefault((file, line, *problem), []).append(output.url)
        errors: list[BuildError] = []
        warnings: list[Notice] = []
        for (file, line, message, certain), urls in sorted(
            found.items(), key=lambda i: (i[0][0], i[0][1] or 0, i[0][2])
        ):
            where = (
                f" (on {len(urls)} pages)"
                if len(urls) > 1
                else ("" if line else f" (on {urls[0]})")
            )
            if certain:
                errors.append(BuildError(message + where, file, line))
            else:
                warnings.append(Notice(message + where, PurePosixPath(file), line))
        return errors, warnings

    def _problem(self, page_url: str, path: str, link: Link) -> tuple[str, bool] | None:
        """What is wrong with one url and whether that is certain, or None when it is fine
        or not ours to check."""
        raw = link.url.strip()
        if not raw or raw.startswith(("mailto:", "tel:", "javascript:", "data:")):
            return None
        target = urlsplit(urljoin(page_url, raw))
        if target.scheme not in ("http", "https") or (target.scheme, target.netloc) != self.origin:
            return None
        absolute = target._replace(query="", fragment="").geturl()
        if any(absolute.startswith(prefix) for prefix in self.foreign):
            return None
        self.followed += 1
        full = bool(urlsplit(raw).netloc)
        if not target.path.startswith(self.base_path):
            return (
                f"{link.kind}: {raw} is outside the site's base path {self.base_path}",
                not full,
            )
        rel = unquote(target.path[len(self.base_path) :])
        file = self._file_for(rel)
        if file is None and full:
            return (
                f"{link.kind}? {raw} is on this site's host but is not a page or file "
                "of this site (fine if something else serves it)",
                False,
            )
        if file is None:
            return f"{link.kind}: {raw} does not exist", True
        fragment = unquote(target.fragment)
        if (
            fragment
            and link.kind == _LINK
            and file in self.documents
            and fragment.lower() != "top"
            and fragment not in self.documents[file].ids
            and target.fragment not in self.documents[file].ids
        ):
            shown = "this page" if file == path else "/" + rel
            return f'{_ANCHOR}: {raw} ({shown} has no element with id="{fragment}")', True
        return None

    def _file_for(self, rel: str) -> str | None:
        if rel == "" or rel.endswith("/"):
            candidates = [rel + "index.html"]
        else:
            candidates = [rel, rel + "/index.html"]
        return next((c for c in candidates if c in self.files), None)

    def _locate(self, output: Output, url: str) -> tuple[str, int | None]:
        """The file (and line) a url most likely comes from: the Markdown file of the page,
        then site.yaml (menus), else the layout that rendered it."""
        needles = _needles(url, self.base_path)
        if output.source is not None and str(output.source).startswith("content/"):
            line = self._find(str(output.source), needles)
            if line is not None:
                return str(output.source), line
        line = self._find(CONFIG_FILE, needles)
        if line is not None:
            return CONFIG_FILE, line
        for shown, file in self._layouts():
            line = self._find(file, needles, shown)
            if line is not None:
                return shown, line
        if output.source is not None:
            return str(output.source), None
        layout = self.config.root / "layouts" / output.template
        return ("layouts/" if layout.is_file() else "theme:layouts/") + output.template, None

    def _layouts(self) -> list[tuple[str, str]]:
        """(name for messages, file) of every layout: the site's first, then the theme's."""
        if self._layout_files is None:
            found = []
            for folder, prefix in (
                (self.config.root / "layouts", "layouts/"),
                (theme_dir() / "layouts", "theme:layouts/"),
            ):
                if folder.is_dir():
                    found += [
                        (prefix + p.relative_to(folder).as_posix(), str(p))
                        for p in sorted(folder.rglob("*"))
                        if p.is_file()
                    ]
            self._layout_files = found
        return self._layout_files

    def _find(self, file: str, needles: Iterable[str], key: str | None = None) -> int | None:
        """The first line of `file` (relative to the site, or absolute) holding a needle."""
        key = key or file
        if key not in self._texts:
            try:
                self._texts[key] = (
                    (self.config.root / file)
                    .read_text(encoding="utf-8-sig", errors="replace")
                    .splitlines()
                )
            except OSError:
                self._texts[key] = None
        lines = self._texts[key]
        if lines is None:
            return None
        for needle in needles:
            for number, text in enumerate(lines, start=1):
                if needle in text:
                    return number
        return None


def _needles(url: str, base_path: str) -> list[str]:
    """Ways a url may be written in the source, most exact first."""
    found = [url, unquote(url)]
    path = urlsplit(url).path
    if path.startswith(base_path) and len(path) > len(base_path):
        found.append("/" + path[len(base_path) :])
    name = unquote(path.rstrip("/").rsplit("/", 1)[-1])
    if len(name) >= 3:
        found.append(name)
    return list(dict.fromkeys(n for n in found if n))


def _edit_prefixes(site: Site) -> tuple[str, ...]:
    """`editPost` addresses lead to the source repository, never into the built site."""
    values: list[object] = [site.config.params.get("editpost")]
    for page in site.pages.values():
        values += [
            v for k, v in (*page.flags.items(), *page.params.items()) if norm(k) == "editpost"
        ]
    prefixes = set()
    for value in values:
        if isinstance(value, Mapping):
            url = lookup(value, "url")
            if isinstance(url, str) and url.strip():
                prefixes.add(url.strip())
    return tuple(sorted(prefixes))


# -- front matter --------------------------------------------------------------------------------


def page_warnings(pages: Iterable[Page], site: Site) -> list[Notice]:
    """Posts without a title or description, and keys that look like a known one misspelt."""
    known = known_keys(site)
    warnings: list[Notice] = []
    for page in sorted(pages, key=lambda p: str(p.source)):
        if page.kind == "post":
            missing = [
                k
                for k, present in (
                    ("title", "title" in page.key_lines),
                    ("description", bool(page.description or page.secret)),
                )
                if not present
            ]
            if missing:
                warnings.append(
                    Notice(
                        "post has no " + " and no ".join(f"`{k}`" for k in missing), page.source, 1
                    )
                )
        for key in page.params:
            line = page.key_lines.get(norm(key))
            if line is None:
                continue  # set under `params:`, where any name is the author's own
            suggestion = typo_of(key, known)
            if suggestion:
                warnings.append(
                    Notice(
                        f"`{key}` is not a known field; did you mean `{suggestion}`?",
                        page.source,
                        line,
                    )
                )
    return warnings


def passphrase_warnings(site: Site, environ: Mapping[str, str]) -> list[Notice]:
    """Readers whose passphrase is weak by the rule of `read/readers.py` (README: "Visibility
    and sharing"). A sealed page can be copied and attacked offline, for ever, so a weak
    passphrase is the weak point; the passphrase itself is never printed."""
    warnings = []
    for reader in site.config.readers:
        value = readers.passphrase(reader, environ)
        why = readers.weakness(value, reader) if value is not None else None
        if why:
            warnings.append(
                Notice(
                    f"the passphrase of reader `{reader.id}` ({reader_variable(reader.id)}) "
                    f"{why}; anyone holding a copy of a page shared with {reader.name} can "
                    "try passphrases offline, without limit",
                    PurePosixPath("site.yaml"),
                    None,
                )
            )
    return warnings


def known_keys(site: Site | None = None) -> dict[str, str]:
    """Normalised known key -> the spelling to suggest."""
    known = {n: n for n in KNOWN_KEYS}
    known.update(THEME_PARAMS)  # site-wide switches a page may also set
    known.update({norm(s): s for s in SPELLINGS})  # the page fields' own spelling wins
    if site is not None:
        for singular, plural in site.config.taxonomies:
            known.setdefault(norm(plural), plural)
            known.setdefault(norm(singular), singular)
    return known


def typo_of(key: str, known: Mapping[str, str]) -> str | None:
    """The known key `key` is probably a misspelling of, or None."""
    n = norm(key)
    if n in known or len(n) < 4:
        return None
    close = difflib.get_close_matches(n, list(known), n=1, cutoff=TYPO_CUTOFF)
    return known[close[0]] if close else None
