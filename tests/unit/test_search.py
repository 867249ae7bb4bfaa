"""search: the sharded index the search page reads (what is in and out, the fields each term
is found in, folding, the postings encoding, and that collect's plan matches what render
writes). Pure: Pages in, bytes out, no disk, fixed clock."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from mentorblog.core import kinds, urls
from mentorblog.core.model import Config, Content, Page, Site
from mentorblog.plan.collect import collect_site
from mentorblog.search import files as search_files
from mentorblog.search import plan as search_plan
from mentorblog.search import terms as search_terms

NOW = datetime(2024, 6, 1, tzinfo=UTC)


def config(**kw: Any) -> Config:
    return Config(root=Path("/site"), title="T", **{"base_url": "https://example.org/", **kw})


def content(text: str, summary: str | None = None) -> Content:
    return Content(html=f"<p>{text}</p>", summary_html="", summary_text=summary or text,
                   is_truncated=False, text=text, toc=(), word_count=len(text.split()),
                   reading_minutes=1)


def post(name: str, text: str = "", *, month: int = 1, title: str | None = None,
         **kw: Any) -> Page:
    url = kw.pop("url", f"/posts/{name}/")
    kw.setdefault("date", datetime(2023, month, 1, tzinfo=UTC))
    return Page(source=PurePosixPath(f"content/posts/{name}.md"), kind="post", section="posts",
                body_line=1, title=title or name, url=url, output_path=urls.output_path(url),
                layout="post", body="", content=content(text), **kw)


def page(name: str, text: str = "", *, layout: str = "page", **kw: Any) -> Page:
    url = kw.pop("url", f"/{name}/")
    return Page(source=PurePosixPath(f"content/{name}.md"), kind="page", section="",
                body_line=1, title=kw.pop("title", name), url=url,
                output_path=urls.output_path(url), layout=layout, body="",
                content=content(text), **kw)


SEARCH_PAGE = page("search", layout="search")


def site_of(pages: list[Page], cfg: Config | None = None) -> Site:
    return collect_site(cfg or config(), [*pages, SEARCH_PAGE], (), (), NOW)


def index_of(site: Site) -> dict[str, Any]:
    """Every index file, parsed; shards merged into term -> [(doc id, fields)]."""
    files = search_files.build_index(site).files
    parsed = {path: json.loads(data) for path, data in files.items() if path.endswith(".json")}
    manifest = parsed[search_plan.FOLDER + "manifest.json"]
    shard_paths = [p for p in parsed if "/t/" in p]
    doc_paths = sorted((p for p in parsed if "/d/" in p),
                       key=lambda p: int(p.rsplit("/", 1)[1].split(".")[0]))
    postings = {term: search_files.decode_postings(text)
                for path in shard_paths for term, text in parsed[path]}
    docs = [record for path in doc_paths for record in parsed[path]]
    return {"manifest": manifest, "postings": postings, "docs": docs, "files": files}


def found(site: Site, word: str) -> list[str]:
    """Urls of the documents holding `word` (exactly), in id order."""
    index = index_of(site)
    return [index["docs"][doc][0] for doc, _ in index["postings"].get(word, [])]


# -- folding and terms ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Mentoría", "mentoria"),
    ("CAFÉ crème", "cafe creme"),
    ("Ångström", "angstrom"),
    ("ﬁne", "fine"),  # ligature, NFKD
    ("e\u0301te\u0301", "ete"),  # already decomposed
    ("Straße", "straße"),  # lower case, as JavaScript's toLowerCase
    ("Привет", "привет"),
])
def test_fold_lowercases_and_drops_accents(text: str, expected: str) -> None:
    assert search_terms.fold(text) == expected


def test_terms_are_runs_of_letters_and_digits() -> None:
    assert search_terms.terms("Pair-programming, in_2024: C++ & the Mentoría!") == {
        "pair", "programming", "in", "2024", "the", "mentoria"}


def test_terms_skip_single_letters_and_very_long_runs() -> None:
    assert search_terms.terms("a I x go " + "z" * 41 + " " + "y" * 40) == {"go", "y" * 40}


# -- postings encoding ----------------------------------------------------------------------------

@pytest.mark.parametrize("n", [0, 1, 31, 32, 33, 1023, 1024, 99_999, 2**31])
def test_numbers_round_trip(n: int) -> None:
    text = search_files.encode_number(n)
    assert text[-1] in search_files._LAST and all(c in search_files._MORE for c in text[:-1])
    assert search_files.decode_postings(search_files.encode_number(n * 8 + 5)) == [(n, 5)]


def test_dense_terms_cost_one_character_per_document() -> None:
    posts = [post(f"p{i}", "feedback", month=1 + i % 12, title=f"Post {i}") for i in range(200)]
    site = site_of(posts)
    index = index_of(site)
    shard = next(json.loads(data) for path, data in index["files"].items() if "/t/" in path
                 and any(term == "feedback" for term, _ in json.loads(data)))
    text = dict(shard)["feedback"]
    assert len(text) == 200
    assert [doc for doc, _ in search_files.decode_postings(text)] == list(range(200))


# -- what is in and out ---------------------------------------------------------------------------

def test_drafts_future_and_expired_posts_never_reach_the_index() -> None:
    site = site_of([
        post("live", "shared livewordx"),
        post("draft", "shared draftwordx", is_draft=True),
        post("future", "shared futurewordx", date=datetime(2030, 1, 1, tzinfo=UTC)),
        post("expired", "shared expiredwordx", expiry_date=datetime(2024, 2, 1, tzinfo=UTC)),
    ])
    index = index_of(site)
    assert [d[0] for d in index["docs"]] == ["/posts/live/"]
    assert found(site, "shared") == ["/posts/live/"]
    for word in ("draftwordx", "futurewordx", "expiredwordx", "draft", "future", "expired"):
        assert word not in index["postings"]
    assert not any(b"draftwordx" in data or b"/posts/draft/" in data
                   for data in index["files"].values())


def test_search_hidden_posts_are_left_out_but_still_published() -> None:
    site = site_of([post("seen", "common"), post("hidden", "common zanzibar", search_hidden=True)])
    assert "/posts/hidden/" in site.pages
    assert found(site, "common") == ["/posts/seen/"]
    assert "zanzibar" not in index_of(site)["postings"]
    assert "hidden" not in index_of(site)["postings"]


def test_pages_are_included_except_archives_search_and_unlisted() -> None:
    site = site_of([
        post("a-post", "colophon"),
        page("about", "colophon"),
        page("archives", "colophon", layout="archives"),
        page("raw", "colophon", layout="none"),
        page("unlisted", "colophon", is_listed=False),
        page("unrendered", "colophon", is_rendered=False),
    ])
    assert found(site, "colophon") == ["/posts/a-post/", "/about/"]
    assert "search" not in index_of(site)["postings"]  # the search page's own title


def test_section_index_pages_are_not_documents() -> None:
    intro = Page(source=PurePosixPath("content/posts/_index.md"), kind="section",
                 section="posts", body_line=1, title="All the posts", url="/posts/",
                 output_path="posts/index.html", layout="section", body="",
                 content=content("sectionword"))
    site = site_of([post("p", "hello"), intro])
    assert "sectionword" not in index_of(site)["postings"]


def test_document_order_is_list_order_then_pages_by_url() -> None:
    site = site_of([page("zeta"), post("old", month=1), page("alpha"), post("new", month=3),
                    post("pinned", month=2, weight=1)])
    assert [d[0] for d in index_of(site)["docs"]] == [
        "/posts/pinned/", "/posts/new/", "/posts/old/", "/alpha/", "/zeta/"]


# -- fields ---------------------------------------------------------------------------------------

def test_each_posting_records_where_the_term_is() -> None:
    site = site_of([
        post("in-title", "plain words", title="Feedback that lands"),
        post("in-tags", "plain words", terms={"tags": ("Feedback",)}),
        post("in-category", "plain words", terms={"categories": ("feedback",)}),
        post("in-description", "plain words", description="About feedback."),
        post("in-body", "plain words and feedback"),
        post("everywhere", "feedback", title="Feedback", description="feedback",
             terms={"tags": ("feedback",)}),
    ])
    index = index_of(site)
    fields = {index["docs"][doc][0]: bits for doc, bits in index["postings"]["feedback"]}
    assert fields == {
        "/posts/in-title/": search_terms.TITLE,
        "/posts/in-tags/": search_terms.TAGS,
        "/posts/in-category/": search_terms.TAGS,
        "/posts/in-description/": search_terms.LEAD,
        "/posts/in-body/": search_terms.LEAD,  # the summary is the lead: here, all of the text
        "/posts/everywhere/": search_terms.TITLE | search_terms.TAGS | search_terms.LEAD,
    }


def test_words_after_the_summary_are_body_only() -> None:
    long = post("long", "intro text later feedback")
    long = Page(**{**{f: getattr(long, f) for f in long.__slots__},  # type: ignore[attr-defined]
                   "content": Content("", "", "intro text", True, "intro text later feedback",
                                      (), 4, 1)})
    site = site_of([long])
    assert index_of(site)["postings"]["feedback"] == [(0, 0)]
    assert index_of(site)["postings"]["intro"] == [(0, search_terms.LEAD)]


def test_accented_words_are_indexed_folded() -> None:
    site = site_of([post("m", "Hablamos de la mentoría", title="Mentoría en equipo",
                         terms={"tags": ("Mentoría",)})])
    index = index_of(site)
    every_field = search_terms.TITLE | search_terms.TAGS | search_terms.LEAD
    assert index["postings"]["mentoria"] == [(0, every_field)]
    assert "mentoría" not in index["postings"]
    assert index["docs"][0][1] == "Mentoría en equipo"  # shown as written
    assert index["docs"][0][4] == ["Mentoría"]


# -- documents ------------------------------------------------------------------------------------

def test_records_hold_what_a_result_shows() -> None:
    site = site_of([
        post("café", "body", title="Café talk", description="A short description.",
             date=datetime(2023, 9, 1, 9, tzinfo=UTC), terms={"tags": ("growth", "notes")}),
        post("other", "body", terms={"tags": ("Growth",)}, month=1),
        post("third", "body", terms={"tags": ("Growth",)}, month=2),
        page("about", "About us."),
    ], config(date_format="%-d %b %Y"))
    docs = index_of(site)["docs"]
    key = search_plan.text_key
    assert docs[0] == ["/posts/caf%C3%A9/", "Café talk", "2023-09-01", "1 Sep 2023",
                       ["Growth", "notes"], "A short description.",  # the site's spelling
                       key(site.pages["/posts/café/"])]
    assert docs[3] == ["/about/", "about", "", "", [], "About us.", key(site.pages["/about/"])]


def test_hrefs_stay_site_relative_under_a_sub_path() -> None:
    site = site_of([post("a", "x y")], config(base_url="https://example.org/blog/"))
    assert index_of(site)["docs"][0][0] == "/posts/a/"  # search.js adds the base path


@pytest.mark.parametrize(("text", "expected"), [
    ("Short.", "Short."),
    ("word " * 60, ("word " * 36).strip() + "…"),
    ("x" * 200, "x" * 180 + "…"),
    ("a" * 150 + ", " + "y" * 50, "a" * 150 + "…"),
    ("Tiny, " + "y" * 190, "Tiny, " + "y" * 174 + "…"),  # no word break late enough
])
def test_snippets_are_cut_at_a_word(text: str, expected: str) -> None:
    assert search_files.snippet(text) == expected


# -- files: plan, shards, manifest ----------------------------------------------------------------

def many_posts(count: int, words: int) -> list[Page]:
    vocabulary = [f"w{n:04d}" for n in range(3000)]
    return [post(f"p{i}", " ".join(vocabulary[(i * 7 + k * 13) % 3000] for k in range(words)),
                 month=1 + i % 12, title=f"Post number {i}") for i in range(count)]


@pytest.mark.parametrize(("count", "words"), [(1, 3), (30, 50), (300, 200)])
def test_collect_plans_exactly_the_files_render_writes(count: int, words: int) -> None:
    site = site_of(many_posts(count, words))
    planned = [o.path for o in site.outputs if o.kind.shares_index]
    assert sorted(planned) == sorted(search_files.build_index(site).files)
    assert planned[0] == "search-index/manifest.json"
    docs = search_plan.documents([site.pages[u] for u in site.posts], site.pages.values())
    assert len(planned) == 1 + search_plan.shard_count(docs) + -(-count // 10)
    texts = [o for o in site.outputs if o.kind == kinds.SEARCH_TEXT]
    assert sorted(o.page_url or "" for o in texts) == sorted(p.url for p in docs)


def test_shards_are_contiguous_sorted_ranges_the_manifest_can_find() -> None:
    site = site_of(many_posts(500, 200))
    files = search_files.build_index(site).files
    manifest = json.loads(files["search-index/manifest.json"])
    shards = [json.loads(files[f"search-index/t/{n}.json"]) for n in range(len(manifest["shards"]))]
    assert len(shards) > 5
    every = [term for shard in shards for term, _ in shard]
    assert every == sorted(every) and len(every) == len(set(every))
    for n, shard in enumerate(shards):
        assert manifest["shards"][n] == (shard[0][0] if shard else None)
    firsts = [(first, n) for n, first in enumerate(manifest["shards"]) if first is not None]
    for n, shard in enumerate(shards):
        for term, _ in shard:  # what search.js does: the last shard starting at or before it
            assert max((f, k) for f, k in firsts if f <= term)[1] == n
    sizes = [len(files[f"search-index/t/{n}.json"]) for n in range(len(shards))]
    assert max(sizes) < 3 * search_plan.SHARD_BYTES


def test_terms_sort_as_javascript_compares_strings() -> None:
    astral, high = "\U00010428", "\ufa0e"  # a Deseret letter; a CJK ideograph near U+FFFF
    site = site_of([post("a", f"x{high}y x{astral}x"), post("b", "xa")])
    shard = json.loads(search_files.build_index(site).files["search-index/t/0.json"])
    terms = [t for t, _ in shard]
    # Code points put the astral letter last; UTF-16 code units (JavaScript) put it first.
    assert terms.index(f"x{astral}x") < terms.index(f"x{high}y")


def test_documents_are_chunked_in_id_order() -> None:
    site = site_of(many_posts(25, 3))
    files = search_files.build_index(site).files
    manifest = json.loads(files["search-index/manifest.json"])
    assert manifest["docs"] == 25 and manifest["chunk"] == search_plan.DOCS_PER_CHUNK
    chunks = [json.loads(files[f"search-index/d/{n}.json"]) for n in range(3)]
    assert [len(c) for c in chunks] == [10, 10, 5]
    assert [r[0] for c in chunks for r in c] == list(site.posts)


def test_no_search_page_or_search_off_means_no_index_files() -> None:
    without_page = collect_site(config(), [post("a", "x")], (), (), NOW)
    assert not [o for o in without_page.outputs if o.kind.shares_index]
    assert [o.path for o in without_page.outputs if o.kind.name == "search"] == ["index.json"]
    off = site_of([post("a", "x")], config(search=False))
    assert not [o for o in off.outputs if o.kind.shares_index or o.kind.name == "search"]


def test_the_index_is_deterministic_and_its_hash_follows_the_content() -> None:
    first = search_files.build_index(site_of(many_posts(40, 30))).files
    again = search_files.build_index(site_of(many_posts(40, 30))).files
    assert first == again
    changed = many_posts(40, 30)
    changed[5] = post("p5", "a different text", month=6, title="Post number 5")
    other = search_files.build_index(site_of(changed)).files
    hash_of = lambda files: json.loads(files["search-index/manifest.json"])["hash"]  # noqa: E731
    assert hash_of(first) != hash_of(other)


# -- terms stored by the parse stage --------------------------------------------------------------

def test_stored_terms_round_trip_and_give_the_same_index() -> None:
    pages = [post("a", "Mentoría weekly: goals, goals!", title="Goals",
                  terms={"tags": ("Goals",)}),
             post("b", "Feedback that lands", month=2, description="On feedback")]
    site = site_of(pages)
    for p in site.pages.values():
        every, fields = search_terms.page_terms(p)
        encoded = search_terms.encode_terms(every, fields)
        assert search_terms.decode_terms(encoded) == (every, fields)
    stored = {p.url: search_terms.stored_terms(p) for p in site.pages.values()}

    def not_tokenised(page: Page) -> str:
        """The passage files still need each text; the stored terms spare tokenising it."""
        return search_terms.stored_text(page)

    realdoc_terms = search_terms.doc_terms
    search_terms.doc_terms = lambda page, text: pytest.fail("the text was tokenised again")
    try:
        from_stored = search_files.build_index(
            site, not_tokenised, lambda p: search_terms.decode_terms(stored[p.url]))
    finally:
        search_terms.doc_terms = realdoc_terms
    assert from_stored.files == search_files.build_index(site).files
    goals = search_terms.page_terms(site.pages["/posts/a/"])[1]["goals"]
    assert goals == search_terms.TITLE | search_terms.LEAD | search_terms.TAGS


def test_each_document_has_a_text_file_its_record_names() -> None:
    site = site_of([post("a", "First  post,\n\nabout goals."), post("b", "Older text")])
    docs = index_of(site)["docs"]
    texts = {o.page_url: o.path for o in site.outputs if o.kind == kinds.SEARCH_TEXT}
    for record in docs:
        page = next(p for p in site.pages.values() if urls.href(p.url) == record[0])
        assert texts[page.url] == f"search-index/x/{record[6]}.txt"
    a = site.pages["/posts/a/"]
    assert search_files.passage_file(a) == b"First post, about goals."
    same_url = post("a", "other text", month=5)
    assert search_plan.text_key(a) == search_plan.text_key(same_url)  # by url


def test_link_placeholders_are_not_words_or_snippet_text() -> None:
    """A `ref` written as bare text leaves a placeholder until render; the index and the
    snippet must not show it."""
    from pathlib import PurePosixPath

    from mentorblog.core.model import Content, LinkRef, Page
    from mentorblog.search.terms import doc_terms, summary_text

    ref = LinkRef("zzmbref0z", "relref", "posts/b.md", 3)
    content = Content("<p>x</p>", "", "See zzmbref0z for more.", False,
                      "See zzmbref0z for more. Body.", (), 5, 1, refs=(ref,))
    page = Page(PurePosixPath("content/posts/a.md"), "post", "posts", 1, "A", "/posts/a/",
                "posts/a/index.html", "post", "", content=content)
    assert summary_text(page) == "See for more."
    every, _ = doc_terms(page, content.text)
    assert every == {"see", "for", "more", "body"}
    assert search_files._passage_text(page, content.text) == "See for more. Body."


@pytest.mark.parametrize(("data", "expected"), [
    (b"---\ntitle: Find\nlayout: search\n---\nbody\n", True),
    (b"+++\nlayout = 'Search'\n+++\n", True),
    (b'{"layout": "search"}\nbody\n', True),
    (b"---\ntitle: a --- b\nlayout: search.html\n...\nbody\n", True),
    (b"---\ntitle: Search tips\n---\n", True),  # over-estimates: a title is not a layout
    (b"---\ntitle: a --- b\nsearchHidden: true\n...\nlayout: search\n", False),
    (b"---\ntitle: Research\nsearch_hidden: true\n---\n", False),
    (b"---\ntitle: Notes\n---\nWe search the research.\n", False),  # the body is not read
    (b"---\ntitle: Notes\n---  \nsearch\n", False),
])
def test_may_name_search_reads_the_front_matter_only(data: bytes, expected: bool) -> None:
    assert search_terms.may_name_search(data) is expected


def test_cjk_runs_are_indexed_as_character_pairs() -> None:
    from mentorblog.search.terms import terms as words

    found = words("質問が小さく具体的だと、メンターに意見を頼みやすくなります。")
    assert {"具体", "体的", "意見", "メン"} <= found  # a two-character query finds the post
    assert "具体的" not in found or "具体" in found
    assert words("Café chats") == {"cafe", "chats"}  # other scripts as before
