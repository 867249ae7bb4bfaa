"""What a page is found by: its search terms, made in the parse workers.

Text is folded (lower case, no accents) and cut into runs of letters and digits; a page's
terms carry the fields they also stand in (TITLE, TAGS, LEAD). The parse workers store each
page's terms in the site's store beside its text (`stored_terms`), so the render stage builds
the index without tokenising again (`terms_in_store`); a page parsed when no page seemed to
want search is tokenised from its stored text the same way. See the package's docstring."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping

from mentorblog.core.model import Page, Text

TITLE, TAGS, LEAD = 4, 2, 1
MIN_TERM, MAX_TERM = 2, 40  # one letter finds everything; longer runs are hashes or data

_YAML_END = re.compile(rb"^(?:---|\.\.\.)[ \t\r]*$", re.MULTILINE)  # as parse closes front matter
_TOML_END = re.compile(rb"^\+\+\+[ \t\r]*$", re.MULTILINE)
_SEARCH_WORD = re.compile(rb"(?<![a-z0-9_])search(?![a-z0-9_])")
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
    return doc_terms(page, stored_text(page) if text is None else text)


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


def summary_text(page: Page) -> str:
    """The plain summary without the placeholders of links to other pages (a `ref` written
    as bare text), whose urls only the render stage knows: a snippet never shows them."""
    content = page.content
    if content is None:
        return ""
    text = content.summary_text
    for ref in content.refs:
        text = text.replace(ref.token, "")
    return " ".join(text.split()) if content.refs else text


def doc_terms(page: Page, text: str) -> tuple[set[str], dict[str, int]]:
    """Every term of a page, and the fields of those also in its title, tags or lead."""
    for ref in page.content.refs if page.content else ():
        text = text.replace(ref.token, " ")  # a link placeholder is not a word of the page
    body = terms(text)
    lead = page.description + " " + summary_text(page)
    tags = " ".join(name for names in page.terms.values() for name in names)
    fields: dict[str, int] = {}
    for part, bit in ((lead, LEAD), (tags, TAGS), (page.title, TITLE)):
        for term in terms(part):
            fields[term] = fields.get(term, 0) | bit
    return body | fields.keys(), fields


def stored_terms(page: Page) -> str:
    """What a parse worker stores for a page (`Content.terms`): its terms, encoded."""
    return encode_terms(*page_terms(page))


def terms_in_store(page: Page, read: Callable[[Text], str]) -> PageTerms | None:
    """A page's terms for the index: those the parse stage stored, or the same terms made
    from its stored text when parse did not make them; `read` reads a text of the store."""
    content = page.content
    if content is None:
        return None
    if content.terms is not None:
        return decode_terms(read(content.terms))
    return page_terms(page, read(content.text))
