"""Output kinds: what sort of file each planned Output is, defined once.

Collect plans outputs of these kinds; render picks a layout or a built-in writer by them; the
build orders its render tasks by them; check and the sitemap select by them; a collision
message names them. A plugin adds a kind by making an `OutputKind` of its own (rendered
through its layout like any other) and planning outputs of it in its `on_site` hook."""

from __future__ import annotations

from mentorblog.core.model import OutputKind, Writer

PAGE = OutputKind("page", "a page")
HOME = OutputKind("home", is_list=True)
SECTION = OutputKind("section", is_list=True)
TERM = OutputKind("term", is_list=True)
TERMS = OutputKind("terms", is_list=True)
RSS = OutputKind("rss", "an RSS feed")
TERMS_RSS = OutputKind("terms-rss")  # a taxonomy's feed of its terms
ATOM = OutputKind("atom", "the Atom feed")
SITEMAP = OutputKind("sitemap", "the sitemap", reads_everything=True)
SITEMAP_INDEX = OutputKind("sitemapindex", "the sitemap index", reads_everything=True)
ALIAS = OutputKind("alias")  # a page's `aliases`, or a list's page/1/ redirect
REDIRECT = OutputKind("redirect")  # a page with `redirect_to`: alias.html at its own address
JSON_FEED = OutputKind("jsonfeed", "a JSON feed")
SUBSCRIBE = OutputKind("subscribe", "the subscribe page")
LLMS = OutputKind("llms", "llms.txt")
ROBOTS = OutputKind("robots", "robots.txt")
NOT_FOUND = OutputKind("404", "the 404 page")
JOURNAL = OutputKind("journal", "the journal page")
JOURNAL_CSV = OutputKind("journal-csv", "the hours log (sessions.csv)", Writer.HOURS_LOG)
JOURNAL_JSON = OutputKind("journal-json", "the hours log (sessions.json)", Writer.HOURS_LOG)
COMMITMENTS = OutputKind("commitments", "the commitments page")
SEARCH = OutputKind("search", "the search index", Writer.SEARCH_JSON, reads_everything=True)
SEARCH_MANIFEST = OutputKind("search-manifest", writer=Writer.SEARCH_FILES, shares_index=True)
SEARCH_SHARD = OutputKind("search-shard", writer=Writer.SEARCH_FILES, shares_index=True)
SEARCH_DOCS = OutputKind("search-docs", writer=Writer.SEARCH_FILES, shares_index=True)
SEARCH_TEXT = OutputKind("search-text", writer=Writer.SEARCH_TEXT)  # one page's text, alone

BUILT_IN = (
    PAGE, HOME, SECTION, TERM, TERMS, RSS, TERMS_RSS, ATOM, SITEMAP, SITEMAP_INDEX, ALIAS,
    REDIRECT, ROBOTS, NOT_FOUND, JOURNAL, JOURNAL_CSV, JOURNAL_JSON, COMMITMENTS, JSON_FEED,
    SUBSCRIBE, LLMS,
    SEARCH, SEARCH_MANIFEST, SEARCH_SHARD, SEARCH_DOCS, SEARCH_TEXT,
)  # fmt: skip
