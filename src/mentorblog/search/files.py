"""The bytes of the search index's files: made by the render stage.

The index files come from one index of the whole site (`build_index`, made once per render
view); a page's text file (`passage_file`) and PaperMod's `/index.json` (`index_json`) are
written one at a time. See the package's docstring for the format."""

from __future__ import annotations

import hashlib
import io
import json
import math
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from mentorblog.core import dates, urls
from mentorblog.core.locales import localized_date
from mentorblog.core.model import JEKYLL, Config, Page, Site
from mentorblog.search import terms as words
from mentorblog.search.plan import (
    DOCS_PER_CHUNK,
    chunk_count,
    documents,
    folder,
    is_searchable,
    shard_count,
    text_key,
)
from mentorblog.search.terms import TermsOf, TextOf, stored_text, summary_text

VERSION = 2
SNIPPET_CHARS = 180
_LAST = "0123456789abcdefghijklmnopqrstuv"
_MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"


def encode_number(n: int) -> str:
    """Base 32, most significant digit first; only the last digit comes from `_LAST`."""
    digits = [_LAST[n & 31]]
    n >>= 5
    while n:
        digits.append(_MORE[n & 31])
        n >>= 5
    return "".join(reversed(digits))


def decode_postings(text: str) -> list[tuple[int, int]]:
    """(document id, fields) pairs of a postings string; the inverse of the writer (tests)."""
    found: list[tuple[int, int]] = []
    doc = value = 0
    for ch in text:
        if ch in _MORE:
            value = value * 32 + _MORE.index(ch)
            continue
        value = value * 32 + _LAST.index(ch)
        doc += value >> 3
        found.append((doc, value & 7))
        value = 0
    return found


@dataclass(frozen=True, slots=True)
class SearchIndex:
    files: Mapping[str, bytes]  # output path -> bytes, one entry per planned output


def build_index(
    site: Site, text_of: TextOf = stored_text, terms_of: TermsOf | None = None
) -> SearchIndex:
    """Every index file of the site; render asks for them one output at a time. `text_of`
    gives a page's plain text (render's reads it from the build cache), `terms_of` the terms
    the parse stage stored, when it did."""
    docs = documents([site.pages[u] for u in site.posts], site.pages.values())
    postings = _postings(docs, text_of, terms_of)
    shards = _cut(postings, shard_count(docs))
    names = _tag_names(site)
    base = folder(site.config)
    files: dict[str, bytes] = {}
    for n, shard in enumerate(shards):
        files[f"{base}t/{n}.json"] = _json([[term, postings[term]] for term in shard])
    for n in range(chunk_count(docs)):
        chunk = docs[n * DOCS_PER_CHUNK : (n + 1) * DOCS_PER_CHUNK]
        files[f"{base}d/{n}.json"] = _json([_record(p, site.config, names) for p in chunk])
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.encode() + b"\0" + files[path] + b"\0")
    files[base + "manifest.json"] = _json(
        {
            "version": VERSION,
            "hash": digest.hexdigest()[:12],
            "docs": len(docs),
            "chunk": DOCS_PER_CHUNK,
            "shards": [shard[0] if shard else None for shard in shards],
        }
    )
    return SearchIndex(files)


def _postings(
    docs: Sequence[Page], text_of: TextOf, terms_of: TermsOf | None = None
) -> dict[str, str]:
    """term -> postings string; terms in the order search.js compares strings (UTF-16)."""
    ids: dict[str, list[int]] = {}
    fields: dict[str, dict[int, int]] = {}  # only the few terms of a title, tags or lead
    for doc_id, page in enumerate(docs):
        stored = terms_of(page) if terms_of is not None else None
        every, marked = stored if stored is not None else words.doc_terms(page, text_of(page))
        for term in every:
            found = ids.get(term)
            if found is None:
                ids[term] = [doc_id]
            else:
                found.append(doc_id)
        for term, bits in marked.items():
            fields.setdefault(term, {})[doc_id] = bits
    encoded: dict[str, str] = {}
    for term in sorted(ids, key=_js_order):
        found = ids[term]
        values = [(b - a) << 3 for a, b in zip([0, *found], found, strict=False)]
        for doc_id, bits in fields.get(term, {}).items():
            values[bisect_left(found, doc_id)] |= bits
        small = max(values) < len(_SMALL)
        encoded[term] = "".join(
            [_SMALL[v] for v in values] if small else [encode_number(v) for v in values]
        )
    return encoded


_SMALL = tuple(encode_number(n) for n in range(1024))


def _js_order(term: str) -> bytes:
    """JavaScript compares strings by UTF-16 code units; Python by code points."""
    return term.encode("utf-16-be")


def _cut(postings: Mapping[str, str], count: int) -> list[list[str]]:
    """Sorted terms cut into `count` contiguous ranges of about equal bytes; a term bigger
    than a share leaves its neighbour empty rather than being split."""
    sizes = [len(term) + len(p) + 6 for term, p in postings.items()]
    total = sum(sizes) or 1
    shards: list[list[str]] = [[] for _ in range(count)]
    before = 0
    for term, size in zip(postings, sizes, strict=True):
        shards[min(count - 1, (2 * before + size) * count // (2 * total))].append(term)
        before += size
    return shards


def _tag_names(site: Site) -> dict[str, str]:
    """Tag slug -> the spelling the site shows, as on the tag pages."""
    tags = next((t for t in site.taxonomies if t.name == "tags"), None)
    return {term.slug: term.name for term in tags.terms} if tags else {}


def _record(page: Page, config: Config, names: Mapping[str, str]) -> list[object]:
    """[href, title, ISO date, shown date, [tags], snippet, text key] of one result."""
    text = page.description or summary_text(page)
    return [
        urls.href(page.url),
        page.title,
        page.date.date().isoformat() if page.date else "",
        _shown_date(page, config),
        [names.get(urls.term_slug(tag, jekyll=config.dialect == JEKYLL), tag) for tag in page.tags],
        snippet(text),
        text_key(page),
    ]


def _shown_date(page: Page, config: Config) -> str:
    """The date as the language's pages show it (month names, digits), not always English."""
    if not page.date:
        return ""
    locale = config.labels.get(".locale", "en")
    return localized_date(page.date, config.date_format, locale, _plain_date)


def _plain_date(moment: datetime | None, fmt: str) -> str:
    return dates.format_date(moment, fmt) if moment else ""


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The first `limit` characters, cut at a word, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:.-\u2013\u2014") + "…"


def passage_file(page: Page, text_of: TextOf = stored_text) -> bytes:
    """The bytes of a page's x/<key>.txt."""
    return _passage_text(page, text_of(page)).encode()


def _passage_text(page: Page, text: str) -> str:
    """The text search.js cuts passages from: whitespace collapsed, and no link placeholder
    left (the view's text has them filled; the stored text may not)."""
    for ref in page.content.refs if page.content else ():
        text = text.replace(ref.token, " ")
    return " ".join(text.split())


def _json(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()


class Reader(Protocol):
    """What `index_json` reads through the render view (render/views.py's SiteView), which
    records each read as a dependency of the output."""

    def absurl(self, url: str) -> str: ...

    def fill_links(self, page: Page, text: str, *, html: bool = True) -> str: ...

    def text_of(self, page: Page) -> str: ...

    def index_entries(
        self, urls: Sequence[str], items: Sequence[str], start: int
    ) -> Iterator[bytes]:
        """`index_entry` of each page of `urls`, separated by commas, `start` bytes into
        the file; `items`: the output's (`Output.items`)."""
        ...


def index_json(site: Site, view: Reader, items: Sequence[str] = ()) -> bytes:
    """PaperMod's /index.json: [{title, content, permalink, summary}], hidden pages left out."""
    out = io.BytesIO()
    for part in index_json_parts(site, view, items):
        out.write(part)
    return out.getvalue()


def index_json_parts(site: Site, view: Reader, items: Sequence[str] = ()) -> Iterator[bytes]:
    """The bytes of `index_json` in parts, each entry as soon as it is made, for a writer
    that writes them as they come: at 10,000 posts the file is 66 MB, and holding every
    entry, then the whole JSON text, then its bytes peaked at ~250 MB; a list of encoded
    entries joined at the end still held it twice, and a growing buffer took a worker
    from 168 to 276 MB (its old sizes left in the heap). Each entry is kept between
    builds (the view's `index_entries`), and the next build may splice the file: an edit
    of a post's text makes its entry alone again. `items`: the output's, the pages it
    lists (collect's `plan_outputs`), by which the view notes the entries' places."""
    yield b"["
    order = {u: i for i, u in enumerate(site.posts)}
    # Posts in list order, then the pages by address.
    listed = [
        url
        for url, page in sorted(
            site.pages.items(), key=lambda kv: (order.get(kv[0], math.inf), view.absurl(kv[0]))
        )
        if is_searchable(page)
    ]
    yield from view.index_entries(listed, items, 1)
    yield b"]"


def index_entry(page: Page, url: str, view: Reader) -> str:
    """One page's entry of /index.json, as JSON (`url`: its key in Site.pages)."""
    content = page.content
    return json.dumps(
        {
            "title": page.title,
            "permalink": view.absurl(url),
            "summary": view.fill_links(page, content.summary_text, html=False) if content else "",
            "content": view.text_of(page),
            "date": dates.iso(page.date) if page.date else "",
            "tags": list(page.tags),
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )
