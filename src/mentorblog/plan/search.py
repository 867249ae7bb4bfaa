"""The search index the search page reads: small files, so a query downloads only what it needs.

PaperMod's `/index.json` holds every post's full text (67 MB at 10,000 posts); it is still written
for compatibility, but the search page reads the files planned here instead, under
`/search-index/`, written when search is on and a published page uses `layout: search`:

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
equal size. `theme/static/js/search.js` reads this format; keep both in step with `VERSION`."""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from mentorblog.core import dates, kinds, urls
from mentorblog.core.model import Config, Output, Page, Site

VERSION = 2
FOLDER = "search-index/"
TITLE, TAGS, LEAD = 4, 2, 1
MIN_TERM, MAX_TERM = 2, 40  # one letter finds everything; longer runs are hashes or data
SHARD_BYTES = 16_000  # the size a term shard aims at
BYTES_PER_WORD = 1.0  # index bytes per body word, measured on the bench corpora, rounded up
DOCS_PER_CHUNK = 10  # a results page of ten costs at most ten small files
SNIPPET_CHARS = 180
SKIPPED_LAYOUTS = frozenset({"archives", "search", "none"})

_YAML_END = re.compile(rb"^(?:---|\.\.\.)[ \t\r]*$", re.MULTILINE)  # as parse closes front matter
_TOML_END = re.compile(rb"^\+\+\+[ \t\r]*$", re.MULTILINE)
_SEARCH_WORD = re.compile(rb"(?<![a-z0-9_])search(?![a-z0-9_])")
_LAST = "0123456789abcdefghijklmnopqrstuv"
_MORE = "wxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_"
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_SPACES = str.maketrans({chr(c): " " for c in range(128) if not chr(c).isalnum()})


# -- text ---------------------------------------------------------------------------------------


def fold(text: str) -> str:
    """Lower case without accents (`Mentoría` -> `mentoria`); search.js folds queries alike:
    toLowerCase, NFKD, drop marks."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered
    return _NON_ASCII.sub(_drop_marks, unicodedata.normalize("NFKD", lowered))


def _drop_marks(match: re.Match[str]) -> str:
    return "".join(c for c in match.group() if not unicodedata.category(c).startswith("M"))


def terms(text: str) -> set[str]:
    """The distinct searchable words of a text: runs of letters and digits after folding (as
    search.js's /[\\p{L}\\p{N}]+/u), of MIN_TERM to MAX_TERM characters."""
    # The same as set(re.findall(r"[^\W_]+", fold(text))), twice as fast: everything that is
    # not a letter or digit becomes a space, then str.split.
    lowered = text.lower()
    if not lowered.isascii():
        lowered = _NON_ASCII.sub(_word_chars, unicodedata.normalize("NFKD", lowered))
    found = set(lowered.translate(_ASCII_SPACES).split())
    if not lowered.isascii():
        found |= cjk_bigrams(found)
    return {w for w in found if MIN_TERM <= len(w) <= MAX_TERM}


# Chinese, Japanese and Korean write without spaces: a run of them is one "word" as long
# as a sentence, so each run is also indexed as its overlapping pairs of characters, and
# search.js cuts a query the same way: a two-character query finds every post holding it.
# (Hangul is decomposed into jamo by the NFKD fold, on both sides alike.)
_CJK = re.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+"
)


def cjk_bigrams(words: Iterable[str]) -> set[str]:
    pairs: set[str] = set()
    for word in words:
        for run in _CJK.findall(word):
            pairs.update(run[i : i + 2] for i in range(len(run) - 1))
    return pairs


def _word_chars(match: re.Match[str]) -> str:
    """A run of non-ASCII text without marks, its other non-letters and non-digits as spaces."""
    return "".join(
        c if c.isalnum() else " "
        for c in match.group()
        if not unicodedata.category(c).startswith("M")
    )


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


# -- what is indexed ------------------------------------------------------------------------------


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


def may_name_search(data: bytes) -> bool:
    """Whether a content file's front matter (or a config value) may ask for the search
    layout: a cheap over-estimate read from the bytes, so parse knows before parsing whether
    to tokenise pages for the index. Wrong only in one direction; and if a search page shows
    up anyway, render tokenises the stored text the same way (`page_terms`). "search" counts
    only as a word of its own: PaperMod posts carry `searchHidden`, and "research" is common;
    either used to cost every page of the site its tokenising (a sixth of parsing)."""
    closer = (
        _YAML_END if data.startswith(b"---") else _TOML_END if data.startswith(b"+++") else None
    )
    if closer is not None:
        end = closer.search(data, data.find(b"\n") + 1)
        data = data[: end.start()] if end else data
    return _SEARCH_WORD.search(data.lower()) is not None


def has_search_page(pages: Iterable[Page]) -> bool:
    return any(p.layout == "search" and p.is_rendered for p in pages)


TextOf = Callable[[Page], str]


def stored_text(page: Page) -> str:
    """A page's plain text when the Page holds it; a text kept in the site's store is read
    through the render view (`SiteView.text_of`)."""
    text = page.content.text if page.content else ""
    if not isinstance(text, str):
        raise ValueError(f"{page.source}: its text is in the site's store; read it from there")
    return text


PageTerms = tuple[set[str], dict[str, int]]  # every term; fields of the marked ones
TermsOf = Callable[[Page], "PageTerms | None"]  # None: not stored, tokenise the text


def page_terms(page: Page, text: str | None = None) -> PageTerms:
    """A page's terms, from the page and its plain text as the parse stage made it, link
    placeholders unfilled: its Content's `text`, or `text` read back from the build cache.
    Parse workers call this and store the result with the page; render calls it for a page
    parsed when no page seemed to want search, so both give the same index."""
    return _doc_terms(page, stored_text(page) if text is None else text)


def encode_terms(every: set[str], fields: Mapping[str, int]) -> str:
    """Terms are letters and digits only, so spaces and `=` can separate them."""
    marked = " ".join(f"{term}={bits}" for term, bits in sorted(fields.items()))
    return " ".join(sorted(every)) + "\n" + marked


def decode_terms(text: str) -> PageTerms:
    every, _, marked = text.partition("\n")
    fields = {}
    for pair in marked.split():
        term, _, bits = pair.partition("=")
        fields[term] = int(bits)
    return set(every.split()), fields


def _summary_text(page: Page) -> str:
    """The plain summary without the placeholders of links to other pages (a `ref` written
    as bare text), whose urls only the render stage knows: a snippet never shows them."""
    content = page.content
    if content is None:
        return ""
    text = content.summary_text
    for ref in content.refs:
        text = text.replace(ref.token, "")
    return " ".join(text.split()) if content.refs else text


def _doc_terms(page: Page, text: str) -> tuple[set[str], dict[str, int]]:
    """Every term of a page, and the fields of those also in its title, tags or lead."""
    for ref in page.content.refs if page.content else ():
        text = text.replace(ref.token, " ")  # a link placeholder is not a word of the page
    body = terms(text)
    lead = page.description + " " + _summary_text(page)
    tags = " ".join(name for names in page.terms.values() for name in names)
    fields: dict[str, int] = {}
    for part, bit in ((lead, LEAD), (tags, TAGS), (page.title, TITLE)):
        for term in terms(part):
            fields[term] = fields.get(term, 0) | bit
    return body | fields.keys(), fields


# -- planning (collect) ---------------------------------------------------------------------------


def shard_count(docs: Sequence[Page]) -> int:
    """How many term shards: from word counts, which collect has without tokenising."""
    words = sum((p.content.word_count if p.content else 0) + len(p.title.split()) for p in docs)
    return max(1, math.ceil(words * BYTES_PER_WORD / SHARD_BYTES))


def chunk_count(docs: Sequence[Page]) -> int:
    return max(1, math.ceil(len(docs) / DOCS_PER_CHUNK))


def plan_outputs(
    config: Config, posts: Sequence[Page], pages: Sequence[Page]
) -> tuple[Output, ...]:
    """The index files, when search is on and some page shows the search box."""
    if not config.search or not has_search_page(pages):
        return ()
    docs = documents(posts, pages)
    base = folder(config)
    planned = [
        Output(base + "manifest.json", "/" + base + "manifest.json", kinds.SEARCH_MANIFEST, "")
    ]
    planned += [
        Output(f"{base}t/{n}.json", f"/{base}t/{n}.json", kinds.SEARCH_SHARD, "")
        for n in range(shard_count(docs))
    ]
    planned += [
        Output(f"{base}d/{n}.json", f"/{base}d/{n}.json", kinds.SEARCH_DOCS, "")
        for n in range(chunk_count(docs))
    ]
    planned += [
        Output(
            f"{base}x/{text_key(p)}.txt",
            f"/{base}x/{text_key(p)}.txt",
            kinds.SEARCH_TEXT,
            "",
            page_url=p.url,
        )
        for p in docs
    ]
    return tuple(planned)


def folder(config: Config) -> str:
    """The index's folder in the output: each language of a site has its own."""
    return config.lang_prefix.lstrip("/") + "/" + FOLDER if config.lang_prefix else FOLDER


# -- writing (render) -----------------------------------------------------------------------------


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
        every, marked = stored if stored is not None else _doc_terms(page, text_of(page))
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
    text = page.description or _summary_text(page)
    return [
        urls.href(page.url),
        page.title,
        page.date.date().isoformat() if page.date else "",
        dates.format_date(page.date, config.date_format) if page.date else "",
        [names.get(urls.slugify(tag), tag) for tag in page.tags],
        snippet(text),
        text_key(page),
    ]


def snippet(text: str, limit: int = SNIPPET_CHARS) -> str:
    """The first `limit` characters, cut at a word, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:.-\u2013\u2014") + "…"


def text_key(page: Page) -> str:
    """The name of a page's text file: stable while its url is."""
    return hashlib.sha256(page.url.encode()).hexdigest()[:12]


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
