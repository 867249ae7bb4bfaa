"""Search, in one place: what a page is found by, which files the index is, and their bytes.

The search page reads small files, so a query downloads only what it needs. PaperMod's
`/index.json` holds every post's full text (67 MB at 10,000 posts); it is still written for
compatibility, but the search page reads the files below instead, under `/search-index/`,
written when search is on and a published page uses `layout: search`. Three stages take part,
each through one function of this package:

    parse    terms.py  `may_name_search` (from the bytes the build hashes anyway: does any
                       file ask for search?), then `stored_terms` per page in the parse
                       workers, kept in the site's store beside the page's text
    collect  plan.py   `plan_outputs`: `/index.json` and the index files, which pages they
                       hold (`documents`), how many shards from word counts alone
    render   files.py  `build_index` (every index file, once per render view, from the stored
                       terms: `terms_in_store`), `passage_file`, `index_json`

The format, read by `theme/static/js/search.js` (keep both in step with `files.VERSION`):

    manifest.json   {"version", "hash", "docs", "chunk", "shards": [first term or null, ...]}
    t/<n>.json      a term shard: [[term, postings], ...], a contiguous range of the sorted
                    terms, so a word and the words it begins sit in one shard (or neighbours)
    d/<n>.json      documents n*chunk ... n*chunk+chunk-1:
                    [[href, title, ISO date, shown date, [tags], snippet, text key], ...]
    x/<key>.txt     one document's plain text, spaces collapsed, named by a hash of its url
                    (`text_key`) so it changes only when that page does: search.js fetches it
                    only for a result shown whose snippet holds none of the words found, and
                    shows the passage around them instead. Rendered one page at a time
                    (kinds.SEARCH_TEXT: it does not share the index of the whole site).

A document id is its place in `documents()`: posts in list order (newest first), then pages by
url. Postings are one string per term: for each document holding the term, in id order, the
number (id - previous id) * 8 + fields (TITLE 4, TAGS 2, LEAD 1 for the description or summary;
0 = only in the body), written in base 32, most significant digit first, with digits from
`_MORE` before the last one and the last from `_LAST`. A term in most documents costs about one
character per document.

Shards are planned in collect from word counts alone (tokenising 10,000 posts twice would cost
seconds) and filled at render time by cutting the sorted terms into that many ranges of about
equal size. The package reads only `core/`, so every stage may use it."""

from __future__ import annotations

from mentorblog.search.files import (
    SearchIndex,
    build_index,
    index_entry,
    index_json,
    index_json_parts,
    passage_file,
)
from mentorblog.search.plan import plan_outputs
from mentorblog.search.terms import PageTerms, may_name_search, stored_terms, terms_in_store

__all__ = [
    "PageTerms",
    "SearchIndex",
    "build_index",
    "index_entry",
    "index_json",
    "index_json_parts",
    "may_name_search",
    "passage_file",
    "plan_outputs",
    "stored_terms",
    "terms_in_store",
]
