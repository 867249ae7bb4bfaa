"""Slugs, permalink patterns and output paths: how every migrated post keeps its address.

Urls are site-relative, start with "/" and are kept unencoded; templates percent-encode
them (`relurl`, `absurl`) so a tag like `Mentoría` is written to `tags/mentoría/` on disk
and linked as `/tags/mentor%C3%ADa/`."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote

from markdown_it.common.normalize_url import validateLink

from mentorblog.core import dates

_JEKYLL_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
_KEPT_PUNCT = set("._~+@-#")
_DATE_TOKENS = {
    "year",
    "month",
    "day",
    "i_month",
    "i_day",
    "short_year",
    "hour",
    "minute",
    "second",
    "y_day",
    "week",
    "short_day",
    "long_day",
    "short_month",
    "long_month",
    "monthname",
    "yearday",
    "weekday",
    "weekdayname",
    "w_year",
    "w_day",
}
_JEKYLL_PRETTY = set("._~!$&'()+,;=@")
_HUGO_PUNCT = set("./_#+~-@")
_HEX2 = re.compile(r"[0-9A-Fa-f]{2}")
# Hugo's `attributeRegexp` (`:\w+(\[.+?\])?`), with Go's ASCII-only `\w`.
_HUGO_TOKEN = re.compile(r":([0-9A-Za-z_]+)(\[.+?\])?")
# Go's zero time, which Hugo's date tokens read for a page without any date.
_ZERO_DATE = datetime(1, 1, 1, tzinfo=UTC)
# Hugo's test for "is this token a Go date layout": every field differs from the layout's.
_REFERENCE_TIME = datetime(2019, 11, 9, 23, 1, 42, 1, tzinfo=UTC)
_MONTH_NAMES = dates.MONTH_NAMES
_DAY_NAMES = dates.DAY_NAMES
_DATED_NAME = re.compile(
    r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:-(?P<H>\d{2})-(?P<M>\d{2})-(?P<S>\d{2}))?-(?P<rest>.+)$"
)


class UrlError(ValueError):
    """A url or slug that cannot be written inside the output folder."""


@functools.lru_cache(maxsize=1 << 16)  # tags and names repeat on every page that shows them
def slugify(text: str, *, keep_case: bool = False) -> str:
    """Tag and slug rule of FRONTMATTER.md: lowercase, NFC, each run of whitespace -> "-",
    Unicode letters, digits and marks kept, `. _ ~ + @ - #` kept, other punctuation dropped
    after the whitespace is replaced, as Hugo makes term and file paths (`Tips & Tricks` ->
    `tips--tricks`, `Hello - World` -> `hello---world`). `keep_case` keeps the capitals."""
    text = unicodedata.normalize("NFC", text).strip()
    if not keep_case:
        text = text.lower()
    out: list[str] = []
    in_space = False
    for ch in text:
        if ch.isspace():
            if not in_space:
                out.append("-")
            in_space = True
            continue
        in_space = False
        cat = unicodedata.category(ch)
        if cat[0] in "LNM" or ch in _KEPT_PUNCT:
            out.append(ch)
    return "".join(out)


def term_slug(name: str, *, jekyll: bool = False) -> str:
    """A term's slug: `slugify`, each part between slashes on its own, as Hugo's urlize
    keeps a slash (`CI/CD` -> `ci/cd`, written at /tags/ci/cd/); parts that would climb
    (`.`, `..`) or are empty are left out. On a Jekyll site (`jekyll`), Jekyll's slugify,
    as jekyll-archives and chirpy write tag and category pages (`Web/App` -> `web-app`,
    `vue 3.0` -> `vue-3-0`)."""
    if jekyll:
        return jekyll_slugify(name)
    if "/" not in name:
        return _not_a_list_file(slugify(name))
    parts = [slugify(part) for part in name.split("/")]
    if any(part.endswith((".html", ".xml", ".json", ".txt")) for part in parts[1:]):
        # `x/feed.json` would be a folder where a term writes a file
        return _not_a_list_file(slugify(name))
    kept = [part for part in parts if part not in ("", ".", "..")]
    return "/".join([_not_a_list_file(kept[0]), *kept[1:]] if kept else [])


# What a taxonomy's own page writes in its folder (/tags/index.html, its feed /tags/index.xml)
_LIST_FILES = ("index.html", "index.xml")


def _not_a_list_file(slug: str) -> str:
    """A term named `index.xml` as `index-xml`: at /tags/index.xml/ its pages would be
    written inside the taxonomy's feed, a file (Hugo's urlize keeps the dot, and the build
    could not write both)."""
    return slug.replace(".", "-") if slug.casefold() in _LIST_FILES else slug


def split_dated_name(stem: str) -> tuple[tuple[int, ...] | None, str]:
    """`2021-12-10-the-perks` -> ((2021, 12, 10), "the-perks"); no date -> (None, stem)."""
    match = _DATED_NAME.match(stem)
    if not match:
        return None, stem
    parts = [match["y"], match["m"], match["d"]]
    if match["H"]:
        parts += [match["H"], match["M"], match["S"]]
    return tuple(int(p) for p in parts), match["rest"].rstrip(".")


def clean_url(value: str) -> str:
    """A `url` / `permalink` value as a site-relative url; refuses anything outside the site."""
    value = value.strip()
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", value) or value.startswith("//"):
        raise UrlError(f"must be a path on this site, not a full address: {value!r}")
    if "\\" in value or "\x00" in value:
        raise UrlError(f"may not contain backslashes or NUL: {value!r}")
    segments = [s for s in value.split("/") if s not in ("", ".")]
    if any(s == ".." for s in segments):
        raise UrlError(f"may not contain `..` (it would leave the output folder): {value!r}")
    if any(_DRIVE.match(s) for s in segments):
        raise UrlError(
            f"may not contain a drive letter such as `C:` (a path outside the "
            f"output folder on Windows): {value!r}"
        )
    path = "/" + "/".join(segments)
    if not segments:
        return "/"
    if value.endswith("/") or "." not in segments[-1]:
        return path + "/"
    return path


def output_path(url: str) -> str:
    """`/a/b/` -> `a/b/index.html`; `/x.html` -> `x.html`; a path without extension gets a
    folder, so hosts serve it at `<path>/`."""
    rel = url.lstrip("/")
    if not rel or url.endswith("/"):
        return rel + "index.html"
    if "." in rel.rsplit("/", 1)[-1]:
        return rel
    return rel + "/index.html"


def jekyll_slugify(text: str, *, mode: str = "default", cased: bool = False) -> str:
    """Jekyll's `Utils.slugify`: runs of characters outside the mode's set become one `-`,
    `-` is trimmed at both ends, and the result is lowercased unless `cased`. `default` keeps
    letters, marks and decimal digits; `pretty` also `._~!$&'()+,;=@`; `raw` replaces only
    whitespace."""
    if mode == "raw":
        slug = re.sub(r"\s+", "-", text)
    else:
        kept = _JEKYLL_PRETTY if mode == "pretty" else ""
        out: list[str] = []
        for ch in text:
            if (
                unicodedata.category(ch)[0] in "LM"
                or unicodedata.category(ch) == "Nd"
                or ch in kept
            ):
                out.append(ch)
            elif not out or out[-1] != "\0":
                out.append("\0")
        slug = "".join(out).replace("\0", "-")
    slug = slug.removeprefix("-").removesuffix("-")
    return slug if cased else slug.lower()


def expand_jekyll(
    pattern: str,
    *,
    date: datetime | None,
    title: str,
    slug: str,
    categories: tuple[str, ...],
    ext: str = ".html",
    name: str = "",
    path: str = "",
    collection: str = "posts",
    style: bool = True,
) -> str:
    """A Jekyll permalink: tokens of `lib/jekyll/drops/url_drop.rb` filled in, or (when
    `style`, as for the site's `permalink`) a named style. `title` and `slug` are the raw
    slug (front-matter `slug`, else the file name without its date): `:title` keeps its case
    and Jekyll's "pretty" punctuation, `:slug` does not. `:categories` are only lowercased,
    as Jekyll does (so `Big Data` gives a `big data/` folder). `name` is the file name without
    extension (date included), `path` the file's path without extension.

    A result that ends neither in `/` nor in the output extension gets it, as Jekyll writes
    `permalink: /blog/my-talk` to `blog/my-talk.html`."""
    if style:
        pattern = _JEKYLL_STYLES.get(pattern, pattern)
    values = {
        "categories": "/".join(dict.fromkeys(c.lower() for c in categories)),
        "slugified_categories": "/".join(dict.fromkeys(jekyll_slugify(c) for c in categories)),
        "title": jekyll_slugify(title, mode="pretty", cased=True),
        "slug": jekyll_slugify(slug),
        "output_ext": ext,
        "name": jekyll_slugify(name or slug),
        "path": path or slug,
        "basename": name or slug,
        "collection": collection,
    }
    if date is not None:
        values.update(
            {
                "year": f"{date.year:04d}",
                "month": f"{date.month:02d}",
                "day": f"{date.day:02d}",
                "i_month": str(date.month),
                "i_day": str(date.day),
                "short_year": f"{date.year % 100:02d}",
                "hour": f"{date.hour:02d}",
                "minute": f"{date.minute:02d}",
                "second": f"{date.second:02d}",
                "y_day": f"{date.timetuple().tm_yday:03d}",
                "week": f"{date.isocalendar()[1]:02d}",
                "w_year": str(date.isocalendar()[0]),
                "w_day": str(date.isoweekday()),
                "short_day": _DAY_NAMES[date.weekday()][:3],
                "long_day": _DAY_NAMES[date.weekday()],
                "short_month": _MONTH_NAMES[date.month - 1][:3],
                "long_month": _MONTH_NAMES[date.month - 1],
            }
        )
    url = _expand_jekyll_tokens(pattern, values)
    url = re.sub(r"/{2,}", "/", "/" + url)
    if not url.endswith(("/", ext)):
        url += ext
    return url


def _expand_jekyll_tokens(pattern: str, values: dict[str, str]) -> str:
    """`:name` tokens as Jekyll's `URL#generate_url_from_drop` reads them: lowercase letters
    and `_`, where a trailing `_` may belong to the text (`/:month_:day`)."""

    def token(match: re.Match[str]) -> str:
        name = match.group(1)
        for key, rest in ((name, ""), (name[:-1], "_")) if name.endswith("_") else ((name, ""),):
            if key in values:
                return values[key] + rest
        if name.rstrip("_") in _DATE_TOKENS:
            raise UrlError(
                f"the permalink pattern {pattern!r} uses `:{name}`, but this post "
                "has no date; add a `date` or give it a `url`"
            )
        raise UrlError(f"unknown permalink token `:{name}` in {pattern!r}")

    return re.sub(r":([a-z_]+)", token, pattern)


@dataclass(frozen=True, slots=True)
class HugoPage:
    """What Hugo's permalink tokens read from a page (`resources/page/permalinks.go`)."""

    title: str  # as written, "" when the page has none
    slug: str  # the front matter's `slug` as written, "" when none
    filename: str  # the file's base name (a bundle's folder name; "" for an `_index.md`)
    sections: tuple[str, ...]  # the page's current section, as folder names: ("posts", "go")
    date: datetime | None  # Hugo's `.Date`: date, else publishDate, else lastmod


def hugo_sanitize(text: str) -> str:
    """Hugo's `paths.Sanitize`: letters, decimal digits, marks and `./_#+~-@` stay, `%XX`
    stays, whitespace becomes `-` (none at the start or next to a `-`), the rest goes.
    Backslashes, which Hugo keeps, go too: they would be folders on Windows."""
    out: list[str] = []
    pending = was_hyphen = False
    for i, ch in enumerate(text):
        if _hugo_allowed(text, i, ch):
            was_hyphen = ch == "-"
            if pending and not was_hyphen:
                out.append("-")
            pending = False
            out.append(ch)
        elif out and not was_hyphen and ch.isspace():
            pending = True
    return "".join(out)


def _hugo_allowed(text: str, i: int, ch: str) -> bool:
    if ch in _HUGO_PUNCT:
        return True
    category = unicodedata.category(ch)
    if category[0] in "LM" or category == "Nd":
        return True
    return ch == "%" and bool(_HEX2.fullmatch(text[i + 1 : i + 3]))


def hugo_urlize(text: str) -> str:
    """Hugo's `urlize` of a path segment: sanitised and lowercased."""
    return hugo_sanitize(text).lower()


def expand_hugo(pattern: str, page: HugoPage) -> str:
    """A Hugo `permalinks` pattern for one page, as Hugo 0.168 writes it (checked against
    the real binary): `:slug` is the slug, else the title; `:filename` and
    `:contentbasename` the file (or bundle folder) name; `:section` the top section,
    `:sections` the page's section path, sliceable (`:sections[1:]`, `[last]`, `[0]`);
    `:year` `:month` `:monthname` `:day` `:weekday` `:weekdayname` `:yearday` and any Go
    layout (`:2006`, `:01`, `:Jan`); `\\:` is a literal colon. The whole result is then
    sanitised and lowercased once more, which turns a `+` into `-` and drops `:`."""

    def token(match: re.Match[str]) -> str:
        name, cut = match.group(1), match.group(2)
        if cut is not None:
            if name not in ("sections", "sectionslugs"):
                raise UrlError(f"`:{name}` cannot be sliced in {pattern!r}")
            return "/".join(_slice(_hugo_sections(name, page), cut))
        value = _hugo_token(name, page)
        if value is None:
            raise UrlError(f"unknown permalink token `:{name}` in {pattern!r}")
        return value

    text = pattern.replace("\\:", "\0")
    url = _HUGO_TOKEN.sub(token, text).replace("\0", ":")
    url = hugo_sanitize(url.replace("+", " ")).lower()
    url = re.sub(r"/{2,}", "/", "/" + url)
    # A file name only when the pattern names one (`/:slug.html`): a dot a value brought
    # (`/:filename` of `about-3li3.com.md`, a slug `node.js-tips`) is no file type, and Hugo
    # writes that page in a folder of that name.
    return url if url.endswith("/") or "." in pattern.rsplit("/", 1)[-1] else url + "/"


def hugo_pattern_uses_date(pattern: str) -> bool:
    """Whether a pattern reads the date (`:year`, a Go layout, ...): two dates, two results."""

    def expand(moment: datetime) -> str:
        return expand_hugo(pattern, HugoPage("t", "", "f", ("s",), moment))

    return expand(datetime(2001, 2, 3, 4, 5, 6, tzinfo=UTC)) != expand(
        datetime(2012, 11, 24, 13, 16, 27, tzinfo=UTC)
    )


def _hugo_token(name: str, page: HugoPage) -> str | None:
    if name == "title":
        return hugo_urlize(page.title.replace("/", "-"))
    if name in ("slug", "slugorfilename", "slugorcontentbasename") and page.slug:
        return hugo_urlize(page.slug)
    if name == "slug":
        return hugo_urlize(page.title.replace("/", "-"))
    if name in ("filename", "contentbasename", "slugorfilename", "slugorcontentbasename"):
        return hugo_urlize(page.filename)
    if name == "section":
        return page.sections[0] if page.sections else ""
    if name in ("sections", "sectionslugs"):
        return "/".join(_hugo_sections(name, page))
    if name == "sectionslug":
        return hugo_urlize(page.sections[0]) if page.sections else ""
    moment = page.date or _ZERO_DATE
    simple = {
        "year": lambda: str(moment.year),
        "month": lambda: f"{moment.month:02d}",
        "monthname": lambda: _MONTH_NAMES[moment.month - 1],
        "day": lambda: f"{moment.day:02d}",
        "weekday": lambda: str(moment.isoweekday() % 7),
        "weekdayname": lambda: _DAY_NAMES[moment.weekday()],
        "yearday": lambda: str(moment.timetuple().tm_yday),
    }
    if name in simple:
        return simple[name]()
    if dates.format_go_layout(_REFERENCE_TIME, name) == name:
        return None  # not a date layout either: an unknown token
    return dates.format_go_layout(moment, name)


def _hugo_sections(name: str, page: HugoPage) -> list[str]:
    """`:sections` are the folder names; `:sectionslugs` should be each section's slug or
    title, which a page cannot see while it is parsed alone: their urlized folder names."""
    if name == "sectionslugs":
        return [hugo_urlize(s) for s in page.sections]
    return list(page.sections)


def _slice(items: list[str], cut: str) -> list[str]:
    """Hugo's `toSliceFunc`: `[low:high]` (either may be left out), `[n]` or `[last]`,
    lenient out of range."""
    spec = cut.strip().lower()[1:-1]
    if not items:
        return []

    def index(text: str, low: bool) -> int:
        if text == "":
            return 0 if low else len(items)
        if text == "last":
            return len(items) - 1
        n = max(int(text), 0) if text.lstrip("-").isdigit() else 0
        if n >= len(items):
            return -1 if low else len(items)
        return n

    if ":" not in spec:
        n = index(spec, True)
        return [] if n < 0 else [items[n]]
    low_text, high_text = spec.split(":", 1)
    low, high = index(low_text, True), index(high_text, False)
    if low < 0 or high < 0:
        return []
    return items[low:high]


def list_url(
    patterns: Mapping[str, str],
    kind: str,
    name: str,
    default: str,
    *,
    slug: str = "",
    title: str = "",
    section: str = "",
) -> str:
    """A term, taxonomy or section page's url: Hugo's `permalinks` pattern for it (a
    section's pattern also serves the sections inside it) when the site has one, else
    `default`. `slug` is the list's own `_index.md` slug ("" when none), `title` its title
    (a term's name)."""
    pattern = patterns.get(f"{kind}:{name}")
    if pattern is None and kind == "section":
        parts = name.split("/")
        pattern = next(
            (
                patterns[f"section:{'/'.join(parts[:n])}"]
                for n in range(len(parts) - 1, 0, -1)
                if f"section:{'/'.join(parts[:n])}" in patterns
            ),
            None,
        )
    if pattern is None:
        return default
    clean_url(pattern)  # no full address, no `..`, before tokens are filled in
    sections = tuple(section.split("/")) if section else ()
    url = expand_hugo(
        pattern,
        HugoPage(
            title=title,
            slug=slug,
            filename=sections[-1] if sections else "",
            sections=sections,
            date=None,
        ),
    )
    return clean_url(url)


def runs_code(url: str) -> bool:
    """True for a link a browser would run as code (`javascript:`, `vbscript:`, `data:` other
    than images, `file:`), as markdown-it judges Markdown links; tabs, line breaks and other
    control characters are removed first, as browsers remove them (`java\tscript:`)."""
    return not validateLink(re.sub(r"[\x00-\x20\x7f]", "", url))


def has_scheme(url: str) -> bool:
    """`https://x`, `mailto:a@b`, `javascript:x`: an address with a scheme, not a path."""
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", url))


def href(url: str) -> str:
    """Percent-encode a site-relative url for an attribute; `%` already there is kept."""
    return quote(url, safe="/:@!$&'()*+,;=~%-._")


def join_base(base_path: str, url: str) -> str:
    """`/blog/` + `/posts/a/` -> `/blog/posts/a/`."""
    if url.startswith(("http://", "https://", "//", "#", "mailto:")):
        return url
    return base_path.rstrip("/") + "/" + url.lstrip("/")


def is_inside(path: str) -> bool:
    """True when an output path stays inside the output folder."""
    return path_problem(path) is None


_DRIVE = re.compile(r"^[A-Za-z]:")  # `C:` starts an absolute (or drive-relative) Windows path
MAX_NAME_BYTES = 255  # a file or folder name, on every common file system
MAX_PATH_BYTES = 1024  # a whole output path; the destination's own path comes on top


def feed_address(written: str) -> tuple[str, str | None]:
    """An old feed address for `feeds.also_at` as a path relative to the home (`/atom.xml`,
    `./atom.xml` -> `atom.xml`), and why it cannot be one (None: it can). It must name a
    file ending in `.xml` that no other feed or the sitemap writes: the RSS feeds are
    every list's `index.xml`."""
    path = "/".join(p for p in written.strip().split("/") if p not in ("", "."))
    problem = path_problem(path)
    if problem is None and (written.strip().endswith("/") or not path.endswith(".xml")):
        problem = "it must name a file ending in .xml, such as atom.xml"
    if problem is None and (path.rsplit("/", 1)[-1] == "index.xml" or path == "sitemap.xml"):
        problem = "an RSS feed or the sitemap is written there"
    return path, problem


def path_problem(path: str) -> str | None:
    """Why an output path cannot be written inside the output folder on every system
    (None: it can): outside it, a backslash, NUL or drive letter, or a name too long."""
    if path.startswith("/") or "\\" in path or "\x00" in path:
        return "it is not a plain path inside the output folder"
    parts = [p for p in path.split("/") if p and p != "."]  # as PurePosixPath(path).parts
    if not parts or ".." in parts:
        return "it would leave the output folder"
    if ":" in path and any(_DRIVE.match(p) for p in parts):
        return "it holds a drive letter such as `C:` (a path outside it on Windows)"
    if len(path) <= MAX_NAME_BYTES and path.isascii():
        return None  # every name fits, and so does the whole (each of ~14,000 outputs)
    longest = max(parts, key=lambda p: len(p.encode()))
    if len(longest.encode()) > MAX_NAME_BYTES:
        return (
            f"one of its names is {len(longest.encode())} bytes long; file systems allow "
            f"{MAX_NAME_BYTES}"
        )
    if len(path.encode()) > MAX_PATH_BYTES:
        return f"the path is {len(path.encode())} bytes long; at most {MAX_PATH_BYTES} are kept"
    return None
