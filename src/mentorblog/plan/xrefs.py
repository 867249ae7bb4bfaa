"""Links to other pages written as `{{< ref >}}`, `{{< relref >}}`, `{% link %}` and
`{% post_url %}`. The Markdown stage leaves a placeholder per link (`LinkRef`); this module
finds the page each one means once every page is known, and swaps the placeholder for its
url when a page is rendered. A target that is not a published page is an error at the
file and line of the link, as in Hugo (`refLinksErrorLevel` defaults to ERROR) and Jekyll."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape
from pathlib import PurePosixPath

from mentorblog.core.errors import BuildError
from mentorblog.core.model import LinkRef, Page, StaticFile
from mentorblog.read.discover import MARKDOWN_SUFFIXES, POST_FOLDERS


def _logical(path: PurePosixPath) -> str:
    """`posts/a.md`, `posts/a/index.md` and `posts/a` are one page (Hugo's lookup);
    `posts/_index.md` is the section `posts`. Case is ignored."""
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        path = path.with_suffix("")
    if path.name in ("index", "_index"):
        path = path.parent
    return path.as_posix().lower().strip("/").removeprefix(".")


class LinkIndex:
    """Published pages by the names links may use for them; for Jekyll's `link`, which names
    any file of the site, also the site's own files (`static/`, and `content/` beside the
    pages) by their path inside that folder."""

    def __init__(
        self,
        pages: Mapping[str, Page],
        files: Sequence[StaticFile] = (),
        elsewhere: Sequence[str] = (),
        folder: str | None = None,
    ) -> None:
        """`elsewhere`: page urls of the site's other languages (polyglot's links);
        `folder`: where the language whose pages these are lives ("/fr", "" at the root), on
        a polyglot site, for its fallback copies' links."""
        self._folder = folder
        self._by_source: dict[str, str] = {}
        self._files: dict[str, str] = {}
        for f in files:
            top, _, rest = f.source.as_posix().partition("/")
            if top in ("static", "content") and rest:
                self._files.setdefault(rest, "/" + f.path)
        self._urls = {page.url for page in pages.values()}
        self._elsewhere = set(elsewhere)
        self._by_logical: dict[str, str] = {}
        self._by_name: dict[str, list[str]] = {}
        self._posts: dict[str, list[str]] = {}
        for _, page in sorted(pages.items()):
            source = page.source
            self._by_source[source.as_posix()] = page.url
            inside = source.relative_to("content") if source.parts[:1] == ("content",) else source
            logical = _logical(inside)
            self._by_logical.setdefault(logical, page.url)
            self._by_name.setdefault(logical.rpartition("/")[2], []).append(page.url)
            if "_posts" in inside.parts:
                after = PurePosixPath(*inside.parts[inside.parts.index("_posts") + 1 :])
                for key in (after.with_suffix("").as_posix(), after.stem):
                    urls = self._posts.setdefault(key, [])
                    if page.url not in urls:
                        urls.append(page.url)

    def find(self, ref: LinkRef, page: Page) -> tuple[str | None, str]:
        """(site-relative url with any #fragment, problem)."""
        target, hash_, fragment = ref.target.partition("#")
        suffix = hash_ + fragment
        target = target.strip()
        if ref.kind in ("ref", "relref"):
            if not target:
                return page.url + suffix, ""
            url, problem = self._hugo(target, page)
        elif ref.kind == "md":  # a relative link to a Markdown file: kept when no page
            path = _normal(page.source.parent / target)
            url = self._by_source.get(path) or self._moved_or_file(path)
            problem = "" if url else f"no published page is the file {path}"
        elif ref.kind == "lang":  # polyglot: the language's version (markdown/polyglot.py)
            localized, _, written = ref.target.partition("\n")
            if page.fallback_for and self._folder is not None:
                localized = self._folder + written  # the copy's language, as polyglot's
            path, hash_, fragment = localized.partition("#")
            written_is_page = self._is_page(written) or written in self._elsewhere
            fallback = written_is_page and not self._is_page(path)
            return (written if fallback else localized), ""
        elif ref.kind == "link":
            path = target.lstrip("/")
            url = self._by_source.get("content/" + path) or self._files.get(path)
            top, _, rest = path.partition("/")
            if not url and top.startswith("_") and top not in POST_FOLDERS and rest:
                # A document of a Jekyll collection by the path Jekyll knew it by: `import
                # jekyll` moves `_docs/a.md` to content/docs/ (Jekyll's own docs link so).
                moved = f"{top[1:]}/{rest}"
                url = self._by_source.get("content/" + moved) or self._files.get(moved)
            problem = "" if url else f"no published page or file is content/{path} or static/{path}"
        else:
            url, problem = self._post(target)
        return (url + suffix if url else None), problem

    def _moved_or_file(self, path: str) -> str | None:
        """What a Markdown file that is no page of that name became, as jekyll-relative-links
        finds it: a folder's `index.md` is its `_index.md` after `import jekyll`, and a file
        without front matter is published as it is (`licenses/MIT.md`)."""
        folder, _, name = path.rpartition("/")
        stem, dot, suffix = name.partition(".")
        if stem == "index":
            found = self._by_source.get(f"{folder}/_index{dot}{suffix}")
            if found:
                return found
        return self._files.get(path.removeprefix("content/")) if folder else None

    def _is_page(self, url: str) -> bool:
        return url.partition("#")[0].partition("?")[0] in self._urls

    def _hugo(self, target: str, page: Page) -> tuple[str | None, str]:
        """Without a leading `/`, relative to the page's folder first (and the folder
        holding its bundle), then to `content/`; then a unique file name anywhere."""
        path = PurePosixPath(target)
        here = page.source.parent
        inside = here.relative_to("content") if here.parts[:1] == ("content",) else here
        tries = [] if target.startswith("/") else [inside / path, inside.parent / path]
        tries.append(PurePosixPath(target.lstrip("/")))
        for candidate in tries:
            url = self._by_logical.get(_logical(PurePosixPath(_normal(candidate))))
            if url:
                return url, ""
        if "/" not in target.strip("/"):
            found = self._by_name.get(_logical(path), [])
            if len(found) == 1:
                return found[0], ""
            if len(found) > 1:
                return None, f"{target!r} is ambiguous: {', '.join(sorted(found))}"
        return None, f"no published page matches {target!r}"

    def _post(self, target: str) -> tuple[str | None, str]:
        name = target.strip("/")
        for key in (name, name.rpartition("/")[2]):
            found = self._posts.get(key, [])
            if len(found) == 1:
                return found[0], ""
            if len(found) > 1:
                return None, f"{target!r} is ambiguous: {', '.join(sorted(found))}"
        return None, f"no published post in a _posts folder is named {target!r}"


def _normal(path: PurePosixPath) -> str:
    """Resolve `.` and `..` without touching the disk."""
    parts: list[str] = []
    for part in path.parts:
        if part == "..":
            if parts:
                parts.pop()
        elif part not in (".", ""):
            parts.append(part)
    return "/".join(parts)


def check_links(pages: Mapping[str, Page], files: Sequence[StaticFile] = ()) -> list[BuildError]:
    """Every link placeholder of every published page must name a published page (or, for
    Jekyll's `link`, a file the site publishes)."""
    index: LinkIndex | None = None
    errors: list[BuildError] = []
    for page in pages.values():
        refs = page.content.refs if page.content else ()
        if not refs:
            continue
        index = index or LinkIndex(pages, files)
        for ref in refs:
            url, problem = index.find(ref, page)
            if url is None and ref.kind != "md":
                shown = (
                    "{{< " + ref.kind + " >}}"
                    if ref.kind in ("ref", "relref")
                    else "{% " + ref.kind + " %}"
                )
                errors.append(BuildError(f"{shown} link: {problem}", page.source, ref.line))
    return errors


def fill_links(
    text: str, page: Page, index: LinkIndex, href: Callable[[str, bool], str], *, html: bool
) -> str:
    """`text` with the page's link placeholders replaced by hrefs (`href(url, absolute)`);
    escaped for html when `html`."""
    refs = page.content.refs if page.content else ()
    for ref in refs:
        if ref.token not in text:
            continue
        url, _ = index.find(ref, page)
        if url is None:
            value = ref.target
        else:
            path, hash_, fragment = url.partition("#")
            value = href(path, ref.kind == "ref") + hash_ + fragment
        text = text.replace(ref.token, escape(value) if html else value)
    return text
