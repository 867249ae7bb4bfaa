"""The filters and globals layouts use beside `site` and `page`."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING

import jinja2
from markdown_it import MarkdownIt
from markupsafe import Markup

from mentorblog.core import dates
from mentorblog.core.model import Heading

if TYPE_CHECKING:
    from mentorblog.render.views import PageView


SHARE_TARGETS = ("x", "linkedin", "reddit", "facebook", "whatsapp", "telegram", "ycombinator")


def _newest(views: Sequence[PageView]) -> datetime | None:
    """The latest modification among some pages: a feed's lastBuildDate, never the clock."""
    stamps = [v.modified for v in views if v.modified is not None]
    return max(stamps, key=dates.stamp) if stamps else None


def _format_date(moment: datetime | None, fmt: str) -> str:
    if not moment:
        return ""
    if not isinstance(moment, datetime):  # a plain date, as TOML front matter gives them
        return dates.format_date(moment, fmt)
    return _format_instant(moment, moment.utcoffset(), moment.tzname(), fmt)


@lru_cache(maxsize=1 << 14)
def _format_instant(moment: datetime, offset: timedelta | None, zone: str | None, fmt: str) -> str:
    """Cached by offset and zone name too: aware datetimes of one instant are equal whatever
    their offset, and `%Z` shows the name."""
    return dates.format_date(moment, fmt)


@cache
def _site_markdown(raw_html: bool) -> MarkdownIt:
    return MarkdownIt("commonmark", {"typographer": True, "html": raw_html}).enable(
        ["replacements", "smartquotes"]
    )


@jinja2.pass_context
def _markdownify_filter(context: jinja2.runtime.Context, text: object) -> Markup:
    site = context.get("site")
    return markdownify(text, getattr(getattr(site, "config", None), "raw_html", True))


def markdownify(text: object, raw_html: bool) -> Markup:
    """Markdown from site.yaml or front matter (home info, cover caption, bio, copyright) ->
    html, as Hugo's `markdownify`: a lone paragraph loses its <p>. Raw html in it follows
    `raw_html`, as in the posts' Markdown (Hugo: `markup.goldmark.renderer.unsafe`)."""
    html: str = _site_markdown(raw_html).render(str(text or "")).strip()
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        html = html[3:-4]
    return Markup(html)


def _jsonld(value: object) -> Markup:
    """JSON for a <script> block: `<`, `>` and `&` escaped so `</script>` cannot end it."""
    text = json.dumps(value, ensure_ascii=False, sort_keys=False, indent=None)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return Markup(text)


def jsonld_items(value: Mapping[str, object], items: str | Sequence[str]) -> Markup:
    """`jsonld` of `value` with `"items"` added as its last key, a list of JSON texts each
    already written by `jsonld` (a feed's items, kept between builds): the same text as
    `jsonld` of the whole, without encoding every item again. `items` joined already: as
    `site.joined_fragments(name, items, ", ", strip=True)` joins them."""
    head = str(_jsonld(dict(value)))[:-1]
    joined = items if isinstance(items, str) else ", ".join(item.strip() for item in items)
    return Markup(f'{head}{", " if value else ""}"items": [{joined}]}}')


@dataclass(frozen=True, slots=True)
class TocEntry:
    heading: Heading
    children: tuple[TocEntry, ...]


def toc_tree(headings: Sequence[Heading], max_level: int = 6) -> tuple[TocEntry, ...]:
    """Nest headings relative to the highest level present (h2 under h1, h3 under h2, ...)."""
    return _nested([h for h in headings if h.level <= max_level])


def _nested(items: Sequence[Heading]) -> tuple[TocEntry, ...]:
    """`toc_tree`'s recursion, at module level: a nested function that calls itself is a
    cycle, freed only by a garbage collection, made again for every post."""
    if not items:
        return ()
    top = min(h.level for h in items)
    entries: list[TocEntry] = []
    i = 0
    while i < len(items):
        j = i + 1
        while j < len(items) and items[j].level > top:
            j += 1
        if items[i].level == top:
            entries.append(TocEntry(items[i], _nested(items[i + 1 : j])))
        else:
            entries.extend(_nested(items[i:j]))
        i = j
    return tuple(entries)
