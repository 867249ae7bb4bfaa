"""Which files the search index is, and which pages it holds: planned by collect.

Shards are planned from word counts alone (tokenising 10,000 posts twice would cost seconds)
and filled at render time (files.py) by cutting the sorted terms into that many ranges of
about equal size. See the package's docstring for the format."""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable, Sequence

from mentorblog.core import kinds
from mentorblog.core.model import Config, Output, Page

FOLDER = "search-index/"
SHARD_BYTES = 16_000  # the size a term shard aims at
BYTES_PER_WORD = 1.0  # index bytes per body word, measured on the bench corpora, rounded up
DOCS_PER_CHUNK = 10  # a results page of ten costs at most ten small files
SKIPPED_LAYOUTS = frozenset({"archives", "search", "none"})


def is_searchable(page: Page) -> bool:
    """What PaperMod's index.json holds: rendered, listed pages, minus `searchHidden: true`
    and the archives and search pages themselves."""
    return (
        page.kind != "section"
        and page.is_rendered
        and page.is_listed
        and not page.search_hidden
        and page.layout not in SKIPPED_LAYOUTS
    )


def documents(posts: Sequence[Page], pages: Iterable[Page]) -> tuple[Page, ...]:
    """The indexed pages in id order: `posts` in list order, then the other pages by url.
    Collect and render both call this, so ids agree."""
    listed = [p for p in posts if is_searchable(p)]
    seen = {p.url for p in posts}
    others = sorted(
        (p for p in pages if p.url not in seen and is_searchable(p)), key=lambda p: p.url
    )
    return (*listed, *others)


def has_search_page(pages: Iterable[Page]) -> bool:
    return any(p.layout == "search" and p.is_rendered for p in pages)


def shard_count(docs: Sequence[Page]) -> int:
    """How many term shards: from word counts, which collect has without tokenising."""
    words = sum((p.content.word_count if p.content else 0) + len(p.title.split()) for p in docs)
    return max(1, math.ceil(words * BYTES_PER_WORD / SHARD_BYTES))


def chunk_count(docs: Sequence[Page]) -> int:
    return max(1, math.ceil(len(docs) / DOCS_PER_CHUNK))


def plan_outputs(
    config: Config, posts: Sequence[Page], pages: Sequence[Page]
) -> tuple[Output, ...]:
    """PaperMod's `/index.json` when search is on; the index files too when some page
    shows the search box."""
    if not config.search:
        return ()
    lp = config.lang_prefix
    # Its items: the pages it lists, by which a build notes where each entry is in the
    # file, so the next one may splice it (render/splice.py); any order does.
    listed = tuple(sorted({p.url for p in pages if is_searchable(p)}))
    whole = Output(f"{lp}/index.json"[1:], f"{lp}/index.json", kinds.SEARCH, "", items=listed)
    if not has_search_page(pages):
        return (whole,)
    docs = documents(posts, pages)
    base = folder(config)
    planned = [
        whole,
        Output(base + "manifest.json", "/" + base + "manifest.json", kinds.SEARCH_MANIFEST, ""),
    ]
    planned += [
        Output(f"{base}t/{n}.json", f"/{base}t/{n}.json", kinds.SEARCH_SHARD, "")
        for n in range(shard_count(docs))
    ]
    planned += [
        Output(f"{base}d/{n}.json", f"/{base}d/{n}.json", kinds.SEARCH_DOCS, "")
        for n in range(chunk_count(docs))
    ]
    # One text file per address: two pages at one address are a collision collect reports
    # with both files named, not a second one of their text file, which names neither.
    by_url = {p.url: p for p in reversed(docs)}
    planned += [
        Output(
            f"{base}x/{text_key(p)}.txt",
            f"/{base}x/{text_key(p)}.txt",
            kinds.SEARCH_TEXT,
            "",
            page_url=p.url,
        )
        for p in docs
        if by_url[p.url] is p
    ]
    return tuple(planned)


def folder(config: Config) -> str:
    """The index's folder in the output: each language of a site has its own."""
    return config.lang_prefix.lstrip("/") + "/" + FOLDER if config.lang_prefix else FOLDER


def text_key(page: Page) -> str:
    """The name of a page's text file: stable while its url is."""
    return hashlib.sha256(page.url.encode()).hexdigest()[:12]
