"""Slugs, permalink patterns and output paths: how every migrated post keeps its address.

Urls are site-relative, start with "/" and are kept unencoded; templates percent-encode
them (`relurl`, `absurl`) so a tag like `Mentoría` is written to `tags/mentoría/` on disk
and linked as `/tags/mentor%C3%ADa/`."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Mapping
from datetime import datetime
from urllib.parse import quote

from markdown_it.common.normalize_url import validateLink

_JEKYLL_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
_KEPT_PUNCT = set("._~+@-#")
_DATE_TOKENS = {"year", "month", "day", "i_month", "i_day", "short_year", "hour", "minute",
                "second", "y_day", "week", "short_day", "long_day", "short_month", "long_month",
                "monthname", "yearday", "weekday", "weekdayname"}
_DATED_NAME = re.compile(
    r"^(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:-(?P<H>\d{2})-(?P<M>\d{2})-(?P<S>\d{2}))?-(?P<rest>.+)$"
)


class UrlError(ValueError):
    """A url or slug that cannot be written inside the output folder."""


@functools.lru_cache(maxsize=1 << 16)  # tags and names repeat on every page that shows them
def slugify(text: str, *, keep_case: bool = False) -> str:
    """Tag and slug rule of FRONTMATTER.md: lowercase, NFC, whitespace runs -> "-", Unicode
    letters, digits and marks kept, `. _ ~ + @ - #` kept, other punctuation dropped.
    `keep_case` serves Jekyll's `:title`, which keeps the author's capitals."""
    text = unicodedata.normalize("NFC", text).strip()
    if not keep_case:
        text = text.lower()
    out: list[str] = []
    pending_dash = False
    for ch in text:
        if ch.isspace():
            pending_dash = bool(out)
            continue
        cat = unicodedata.category(ch)
        if cat[0] in "LNM" or ch in _KEPT_PUNCT:
            if pending_dash:
                out.append("-")
                pending_dash = False
            out.append(ch)
    return "".join(out)


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
        raise UrlError(f"may not contain a drive letter such as `C:` (a path outside the "
                       f"output folder on Windows): {value!r}")
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


def expand_jekyll(pattern: str, *, date: datetime | None, title: str, slug: str,
                  categories: tuple[str, ...], ext: str = ".html") -> str:
    """Jekyll permalink tokens (`:year`, `:title`, `:categories`, ...) or a named style."""
    pattern = _JEKYLL_STYLES.get(pattern, pattern)
    values = {
        "categories": "/".join(slugify(c) for c in categories),
        "title": title,
        "slug": slug.lower(),
        "output_ext": ext,
        "name": slug,
        "path": slug,
    }
    if date is not None:
        values.update({
            "year": f"{date.year:04d}", "month": f"{date.month:02d}", "day": f"{date.day:02d}",
            "i_month": str(date.month), "i_day": str(date.day),
            "short_year": f"{date.year % 100:02d}", "hour": f"{date.hour:02d}",
            "minute": f"{date.minute:02d}", "second": f"{date.second:02d}",
            "y_day": f"{date.timetuple().tm_yday:03d}", "week": f"{date.isocalendar()[1]:02d}",
            "short_day": date.strftime("%a"), "long_day": date.strftime("%A"),
            "short_month": date.strftime("%b"), "long_month": date.strftime("%B"),
        })
    url = _expand(pattern, values)
    return re.sub(r"/{2,}", "/", url)


def expand_hugo(pattern: str, *, date: datetime | None, title: str, slug: str, section: str,
                basename: str) -> str:
    """Hugo permalink tokens for a `permalinks:` section pattern."""
    values = {
        "section": section.split("/")[0],
        "sections": section,
        "slug": slug,
        "title": slugify(title),
        "filename": basename,
        "contentbasename": basename,
    }
    if date is not None:
        values.update({
            "year": f"{date.year:04d}", "month": f"{date.month:02d}", "day": f"{date.day:02d}",
            "monthname": date.strftime("%B").lower(), "yearday": str(date.timetuple().tm_yday),
            "weekday": str(date.isoweekday() % 7), "weekdayname": date.strftime("%A").lower(),
        })
    url = _expand(pattern, values)
    url = re.sub(r"/{2,}", "/", url)
    return url if url.endswith("/") or "." in url.rsplit("/", 1)[-1] else url + "/"


def list_url(patterns: Mapping[str, str], kind: str, name: str, default: str, *,
             slug: str = "", title: str = "") -> str:
    """A term, taxonomy or section page's url: Hugo's `permalinks` pattern for it (`:slug`,
    `:title`, `:section`, `:sections`) when the site has one, else `default`."""
    pattern = patterns.get(f"{kind}:{name}")
    if pattern is None:
        return default
    clean_url(pattern)  # no full address, no `..`, before tokens are filled in
    url = expand_hugo(pattern, date=None, title=title or slug, slug=slug,
                      section=name if kind != "term" else "", basename=slug)
    return clean_url(url)


def _expand(pattern: str, values: dict[str, str]) -> str:
    def token(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            if name in _DATE_TOKENS:
                raise UrlError(f"the permalink pattern {pattern!r} uses `:{name}`, but this post "
                               "has no date; add a `date` or give it a `url`")
            raise UrlError(f"unknown permalink token `:{name}` in {pattern!r}")
        return values[name]

    # Longest names first so `:short_year` is not read as `:short` + `_year`.
    return re.sub(r":([a-z_]+)", token, pattern)


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


def path_problem(path: str) -> str | None:
    """Why an output path cannot be written inside the output folder on every system
    (None: it can): outside it, a backslash, NUL or drive letter, or a name too long."""
    if path.startswith("/") or "\\" in path or "\x00" in path:
        return "it is not a plain path inside the output folder"
    parts = [p for p in path.split("/") if p and p != "."]  # as PurePosixPath(path).parts
    if not parts or ".." in parts:
        return "it would leave the output folder"
    if any(_DRIVE.match(p) for p in parts):
        return "it holds a drive letter such as `C:` (a path outside it on Windows)"
    longest = max(parts, key=lambda p: len(p.encode()))
    if len(longest.encode()) > MAX_NAME_BYTES:
        return (f"one of its names is {len(longest.encode())} bytes long; file systems allow "
                f"{MAX_NAME_BYTES}")
    if len(path.encode()) > MAX_PATH_BYTES:
        return f"the path is {len(path.encode())} bytes long; at most {MAX_PATH_BYTES} are kept"
    return None
