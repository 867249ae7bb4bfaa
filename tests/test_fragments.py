"""Fragments kept between builds (output/fragments.py): the feeds' items and `/index.json`'s
entries of an edit build come from the store, and whatever was edited, the output equals a
clean build byte for byte; what a post held back leaves in the store is gone."""

from __future__ import annotations

import json
import pickle
from array import array
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from outputs import tree
from test_reuse import NOW, clean, edit, post, run, theme_layout, write
from test_reuse import site as site  # the fixture: the example site and more posts

from mentorblog import build as build_module
from mentorblog import produce
from mentorblog.build import BuildOptions, build
from mentorblog.core.errors import BuildError
from mentorblog.core.model import Output
from mentorblog.output import fragments as store_module
from mentorblog.output.fragments import FOLDER, FragmentStore
from mentorblog.render.deps import PageRead
from mentorblog.render.filters import _jsonld, jsonld_items


@pytest.fixture
def found(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The keys of every fragment a build took from the store."""
    hits: list[str] = []
    original = FragmentStore.find

    def find(self: FragmentStore, key: str, template: str | None) -> object:
        result = original(self, key, template)
        if result is not None:
            hits.append(key)
        return result

    monkeypatch.setattr(FragmentStore, "find", find)
    return hits


@pytest.fixture
def spliced(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The outputs a build spliced from their previous file (render/splice.py), rendering
    only the items that changed."""
    done: list[str] = []
    original = produce._splice

    def splice(worker: object, output: Output, source: object) -> object:
        result = original(worker, output, source)  # type: ignore[arg-type]
        if result is not None:
            done.append(output.path)
        return result

    monkeypatch.setattr(produce, "_splice", splice)
    return done


def feed_layout(site: Path, name: str, new: str) -> None:
    """A site layout replacing the theme's `name`, with `new` added before its last line."""
    text = theme_layout(name)
    target = site / "layouts" / name
    target.parent.mkdir(parents=True, exist_ok=True)
    head, _, last = text.rstrip("\n").rpartition("\n")
    target.write_text(f"{head}\n{new}\n{last}\n")


def primed(site: Path, out: Path, jobs: int = 1) -> None:
    """A cold build, which fills the store: its workers keep every item of the feeds and
    the main process seals what they read (output/fragments.py)."""
    run(site, out, jobs=jobs)
    assert list((site / ".mentorblog-cache" / FOLDER).glob("*.seal"))


FEED_EDITS: list[tuple[str, Callable[[Path], None]]] = [
    ("body", lambda s: edit(post(s, 3), "about goals.", "about goals and doubts.")),
    ("title", lambda s: edit(post(s, 4), "title: Extra 4\n", "title: Extra four & <more>\n")),
    ("date", lambda s: edit(post(s, 6), "date: 2024-02-07", "date: 2019-05-07")),
    ("tags", lambda s: edit(post(s, 5), "tags: [t0, Shared]", "tags: [t1, brand-new]")),
    ("tag spelling", lambda s: edit(post(s, 0), "Pair]", "PAIR]")),
    ("author", lambda s: edit(post(s, 12), "---\ntitle", "---\nauthor: [Ana, Dee]\ntitle")),
    ("description", lambda s: edit(post(s, 13), "---\ntitle", "---\ndescription: Said.\ntitle")),
    ("draft", lambda s: edit(post(s, 7), "---\ntitle", "---\ndraft: true\ntitle")),
    ("undraft", lambda s: edit(post(s, 7), "---\ndraft: true\ntitle", "---\ntitle")),
    ("rss layout", lambda s: feed_layout(s, "rss.xml", "<!-- own rss -->")),
    (
        "rss_item partial",
        lambda s: write(
            s / "layouts" / "partials" / "rss_item.xml",
            theme_layout("partials/rss_item.xml").replace("<item>", "<item><!-- own -->"),
        ),
    ),
    (
        "atom_entry partial",
        lambda s: write(
            s / "layouts" / "partials" / "atom_entry.xml",
            theme_layout("partials/atom_entry.xml").replace("<entry>", "<entry><!-- own -->"),
        ),
    ),
    (
        "jsonfeed_item partial",
        lambda s: write(
            s / "layouts" / "partials" / "jsonfeed_item.json",
            theme_layout("partials/jsonfeed_item.json").replace(
                '"title": item.title}', '"title": item.title | upper}'
            ),
        ),
    ),
    ("partial removed", lambda s: (s / "layouts" / "partials" / "rss_item.xml").unlink()),
    (
        "full text",
        lambda s: edit(
            s / "site.yaml", "author: Ana\n", "author: Ana\nfeeds:\n  full_text: true\n"
        ),
    ),
    ("body in full text", lambda s: edit(post(s, 3), "and doubts.", "and second doubts.")),
    (
        "base url",
        lambda s: edit(
            s / "site.yaml",
            "baseURL: https://example.org/",
            "baseURL: https://journal.example.net/",
        ),
    ),
    (
        "post added",
        lambda s: write(
            s / "content" / "posts" / "added.md",
            "---\ntitle: Added\ndate: 2025-06-01\ntags: [t2]\n---\n\nNew.\n",
        ),
    ),
    ("post deleted", lambda s: post(s, 8).unlink()),
]


def test_feed_edits_then_rebuild_equal_a_clean_build_and_reuse_the_other_items(
    site: Path, tmp_path: Path, found: list[str], spliced: list[str]
) -> None:
    out = tmp_path / "out"
    primed(site, out, jobs=2)
    assert list((site / ".mentorblog-cache" / FOLDER).glob("*.idx"))
    for name, change in FEED_EDITS:
        found.clear()
        spliced.clear()
        change(site)
        run(site, out, jobs=1)
        assert tree(out) == clean(site, tmp_path, name.replace(" ", "-")), name
        kinds = {
            key.split(",")[1].strip(" '")
            if key.startswith("('fragment'")
            else key.split(",")[0].strip("( '")
            for key in found
        }
        if name in ("full text", "base url"):
            pass  # settings: every fragment renders again (full-text ones are then found
            # in this build's own journal, not kept in memory), which the bytes prove
        elif name in LAYOUT_EDITS:  # the edited partial's fragments render again
            assert LAYOUT_EDITS[name] not in kinds, (name, kinds)
        elif name.startswith("body"):  # the text alone: the post's feeds are spliced,
            # and `/index.json` too: no other item is even looked up in the store
            assert {"index.xml", "feed.xml", "feed.json", "posts/index.xml"} <= set(spliced)
            assert "index.json" in spliced and "index.json" not in kinds, (name, kinds)
        else:  # an edit of posts: every other post's fragments come from the store
            assert kinds >= {*LAYOUT_EDITS.values(), "index.json"} - {WHOLE}, (name, kinds)


WHOLE = "(the layout of the whole feed)"
LAYOUT_EDITS = {
    "rss layout": WHOLE,
    "rss_item partial": "partials/rss_item.xml",
    "atom_entry partial": "partials/atom_entry.xml",
    "jsonfeed_item partial": "partials/jsonfeed_item.json",
    "partial removed": "partials/rss_item.xml",
}


def test_a_post_made_a_draft_leaves_nothing_in_the_store(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    edit(post(site, 7), "title: Extra 7\n", "title: Zanzibar secret plan\n")
    primed(site, out, jobs=2)
    folder = site / ".mentorblog-cache" / FOLDER

    def stored() -> bytes:
        return b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())

    assert b"Zanzibar" in stored()
    edit(post(site, 7), "---\ntitle", "---\ndraft: true\ntitle")
    run(site, out)
    assert b"Zanzibar" not in stored()
    assert tree(out) == clean(site, tmp_path, "draft")


def test_a_damaged_or_foreign_store_only_makes_the_items_render_again(
    site: Path, tmp_path: Path, found: list[str]
) -> None:
    out = tmp_path / "out"
    primed(site, out)
    folder = site / ".mentorblog-cache" / FOLDER
    for idx in folder.glob("*.idx"):
        data = idx.read_bytes()
        idx.write_bytes(data[: len(data) // 2])  # torn: a build killed mid-write
    for pack in folder.glob("*.pack"):
        pack.write_bytes(pack.read_bytes()[:1000])  # most stored texts cut off
    (folder / "99999999999999999999-1.idx").write_bytes(b"not a pickle")
    # an index of an older version, which kept the dependencies as objects
    (folder / "99999999999999999998-1.idx").write_bytes(
        pickle.dumps([("('index.json', '/posts/extra-03/')", b"0" * 32, (PageRead("/x/"),), 0, 1)])
    )
    edit(post(site, 3), "about goals.", "about goals and doubts.")
    run(site, out)
    assert tree(out) == clean(site, tmp_path, "damaged")


def test_a_cache_file_linked_elsewhere_is_never_read_into_the_site(
    site: Path, tmp_path: Path
) -> None:
    """The build cache may come from storage others can write to: a journal of the store
    whose pack links to another file of the machine, under the seal of a real build and
    naming a real entry, and a page's pack replaced by such a link, put nothing of that
    file into the site; the build equals a clean one."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-TOKEN")
    out = tmp_path / "out"
    primed(site, out)
    folder = site / ".mentorblog-cache" / FOLDER
    stamp = next(folder.glob("*.seal")).stem
    name = repr(("index.json", "/about/"))
    real = next(
        e for idx in folder.glob("*.idx") for e in store_module._entries(idx) if e[0] == name
    )
    (folder / f"{stamp}-zzz.pack").symlink_to(secret)
    forged = (name, None, real[2], 0, len(secret.read_bytes()), ())
    (folder / f"{stamp}-zzz.idx").write_bytes(
        pickle.dumps((store_module._FORMAT, [forged]), pickle.HIGHEST_PROTOCOL)
    )
    packs = site / ".mentorblog-cache" / "packs"
    pack = max(packs.iterdir(), key=lambda p: p.stat().st_size)
    pack.unlink()
    pack.symlink_to(secret)
    edit(post(site, 1), "title: Extra 1\n", "title: Extra one\n")  # `/index.json` made whole
    run(site, out)
    assert not any(b"TOP-SECRET" in data for data in tree(out).values())
    assert tree(out) == clean(site, tmp_path, "linked")


def test_records_naming_dependencies_no_build_writes_only_render_their_outputs_again(
    site: Path, tmp_path: Path
) -> None:
    """Records of the previous build whose dependencies hold a list where a build writes a
    string (a crafted or damaged `outputs.pickle`) cannot be digested or hashed: the build
    goes on, renders the outputs that name them again, and equals a clean one."""
    from mentorblog.output.records import load_outputs, save_outputs
    from mentorblog.render.deps import SealedRead

    out = tmp_path / "out"
    primed(site, out)
    folder = site / ".mentorblog-cache"
    index = load_outputs(folder, out)
    odd = (PageRead(["/about/"]), SealedRead(["/about/"]))  # type: ignore[arg-type]
    live = {
        path: replace(record, deps=(*record.deps, *odd)) if path.endswith(".html") else record
        for path, record in index.live.items()
    }
    save_outputs(folder, replace(index, live=live))
    edit(post(site, 3), "about goals.", "about goals and doubts.")
    result = run(site, out)
    assert result.rendered >= sum(p.endswith(".html") for p in live)
    assert tree(out) == clean(site, tmp_path, "odd-records")


def test_the_store_merges_its_journals_when_they_grow_many(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run(site, out)
    for n in range(store_module._MANY_JOURNALS + 1):
        edit(post(site, 3), "about goals", f"about goals {n}")
        run(site, out)
    folder = site / ".mentorblog-cache" / FOLDER
    assert len(list(folder.glob("*.idx"))) <= store_module._MANY_JOURNALS
    edit(post(site, 4), "about goals.", "about goals and doubts.")
    run(site, out)
    assert tree(out) == clean(site, tmp_path, "merged")


def test_a_build_that_keeps_no_output_starts_the_store_afresh(
    site: Path, tmp_path: Path, found: list[str]
) -> None:
    """Cold (here: into a new folder), every output renders; the store an earlier build
    filled goes, since what it holds may show a post held back now, and this build's
    fragments are found by the next."""
    primed(site, tmp_path / "out")
    folder = site / ".mentorblog-cache" / FOLDER
    before = {p.name for p in folder.iterdir()}
    run(site, tmp_path / "elsewhere")
    after = {p.name for p in folder.iterdir()}
    assert not before & after
    assert len({name.partition("-")[0].partition(".")[0] for name in after}) == 1  # one build
    # A title: the feeds and `/index.json` are made whole (a text edit would splice them
    # and look no other item up), each other post's item found in the store.
    edit(post(site, 4), "title: Extra 4\n", "title: Extra four\n")
    run(site, tmp_path / "elsewhere")
    assert found
    assert tree(tmp_path / "elsewhere") == clean(site, tmp_path, "afresh")


def test_a_build_without_the_cache_keeps_no_fragments(site: Path, tmp_path: Path) -> None:
    clean(site, tmp_path, "nocache")  # --no-cache
    assert (tmp_path / "clean-out-nocache" / "feed.json").is_file()
    assert not (tmp_path / "clean-nocache" / ".mentorblog-cache").exists()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)


@given(
    st.dictionaries(st.text(max_size=6).filter(lambda k: k != "items"), json_values, max_size=4),
    st.lists(st.dictionaries(st.text(max_size=5), json_values, max_size=3), max_size=4),
)
def test_items_joined_as_text_read_as_the_whole_feed_written_at_once(
    feed: dict[str, object], items: list[dict[str, object]]
) -> None:
    joined = jsonld_items(feed, [f" {_jsonld(item)}\n" for item in items])
    assert joined == _jsonld({**feed, "items": items})
    assert json.loads(joined) == {**feed, "items": items}


def test_a_site_layout_joining_site_fragments_writes_the_items_as_markup(
    site: Path, tmp_path: Path
) -> None:
    """`site.fragments` gives markup, as `site.fragment` does: a site's own feed that joins
    them writes each item as it is, never escaped."""
    text = theme_layout("rss.xml")
    assert "site.feed_items(" in text
    own = text.replace("site.feed_items(", 'site.fragments("partials/rss_item.xml", ').replace(
        'rss_item.xml", items)', 'rss_item.xml", items) | join'
    )
    assert own != text and "| join" in own
    write(site / "layouts" / "rss.xml", own)
    out = tmp_path / "out"
    run(site, out)
    feed = (out / "index.xml").read_text()
    assert "<item>" in feed and "&lt;item&gt;" not in feed


def test_a_build_failing_before_the_store_is_saved_leaves_no_held_back_post_in_it(
    site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A -D build keeps a draft's feed items; a build without -D that fails before its
    store could drop them (here while taking the kept files) deletes the store."""

    edit(post(site, 7), "---\ntitle: Extra 7", "---\ndraft: true\ntitle: Zanzibarian 7")
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, jobs=1, drafts=True), now=NOW)
    folder = site / ".mentorblog-cache" / FOLDER

    def stored() -> bytes:
        return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())

    assert b"Zanzibarian" in stored()

    def failing(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(build_module, "take_kept", failing)
    with pytest.raises(BuildError, match="disk full"):
        build(BuildOptions(source=site, destination=out, jobs=1), now=NOW)
    assert b"Zanzibarian" not in stored()


def test_a_post_made_shared_leaves_no_text_in_the_store(site: Path, tmp_path: Path) -> None:
    """A shared post's text may be in no cache: the items a build kept while it was public
    go from the store's files with the build that shares it (with the example site's
    reader)."""
    edit(post(site, 7), "---\ntitle: Extra 7", "---\ntitle: Zanzibarian 7")
    out = tmp_path / "out"
    primed(site, out)
    folder = site / ".mentorblog-cache" / FOLDER

    def stored() -> bytes:
        return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())

    assert b"Zanzibarian" in stored()
    edit(
        post(site, 7), "---\ntitle: Zanzibarian 7", "---\nshared_with: [demo]\ntitle: Zanzibarian 7"
    )
    run(site, out)
    assert b"Zanzibarian" not in stored()
    assert tree(out) == clean(site, tmp_path, "shared")


def test_text_edits_splice_the_feeds_again_and_again_and_equal_a_clean_build(
    site: Path, tmp_path: Path, spliced: list[str]
) -> None:
    """Each edit of a post's text splices the feeds that hold it; past the store's merge
    of its journals (more than 8) too, where their items moved to one journal."""
    out = tmp_path / "out"
    primed(site, out, jobs=2)
    for n in range(12):
        spliced.clear()
        edit(post(site, n), "about goals.", f"about goals, edit {n} \u2013 ünïcode.")
        run(site, out, jobs=1)
        assert {"index.xml", "feed.xml", "feed.json", "tags/shared/index.xml"} <= set(spliced)
        assert "index.json" in spliced
        if n in (0, 9, 11):
            assert tree(out) == clean(site, tmp_path, f"text-{n}"), n
    assert len(list((site / ".mentorblog-cache" / FOLDER).glob("*.idx"))) < 8  # merged


def test_a_feed_changed_by_hand_is_rendered_whole(
    site: Path, tmp_path: Path, spliced: list[str]
) -> None:
    out = tmp_path / "out"
    primed(site, out)
    feed = out / "index.xml"
    feed.write_bytes(feed.read_bytes().replace(b"<channel>", b"<channel><!-- hand -->"))
    index = out / "index.json"
    index.write_bytes(index.read_bytes().replace(b'[{"title"', b'[ {"title"', 1))
    edit(post(site, 3), "about goals.", "about goals and doubts.")
    run(site, out)
    assert "index.xml" not in spliced and "feed.xml" in spliced
    assert "index.json" not in spliced
    assert tree(out) == clean(site, tmp_path, "hand")


def test_a_layout_showing_search_entries_records_what_they_read_as_its_own(
    site: Path, tmp_path: Path, spliced: list[str]
) -> None:
    """`site.index_entries` is what `/index.json` writes its entries with; a feed's layout
    that shows some too neither notes them as a block nor loses what they read, so an edit
    of the text they show makes the feed again (it was left stale)."""
    url = "/posts/" + post(site, 6).stem + "/"
    feed_layout(
        site,
        "rss.xml",
        "<!--{% for b in site.index_entries(['" + url + "'], ['" + url + "'], 0) %}"
        "{{ b.decode() | replace('--', '- -') }}{% endfor %}-->",
    )
    out = tmp_path / "out"
    primed(site, out)
    assert b"about goals." in (out / "index.xml").read_bytes()
    edit(post(site, 6), "about goals.", "about goals, changed.")
    run(site, out)
    assert b"about goals, changed." in (out / "index.xml").read_bytes()
    assert "index.xml" not in spliced and "index.json" in spliced
    assert tree(out) == clean(site, tmp_path, "entries-in-a-layout")


SEARCH_EDITS: list[tuple[str, Callable[[Path], None], bool]] = [
    # (what, the edit, whether `/index.json` is spliced)
    ("text", lambda s: edit(post(s, 2), "about goals.", "about <b>goals</b> & ünïcode."), True),
    ("hidden", lambda s: edit(post(s, 5), "---\ntitle", "---\nsearchHidden: true\ntitle"), False),
    ("shown", lambda s: edit(post(s, 5), "---\nsearchHidden: true\ntitle", "---\ntitle"), False),
    ("title", lambda s: edit(post(s, 4), "title: Extra 4\n", 'title: Extra "4"\n'), False),
    ("text again", lambda s: edit(post(s, 9), "about goals.", "about goals, again."), True),
    (
        "added",
        lambda s: write(post(s, 40), "---\ntitle: New\ndate: 2025-01-02\n---\nNew.\n"),
        False,
    ),
    ("text of the new", lambda s: edit(post(s, 40), "New.", "Newer."), True),
    ("deleted", lambda s: post(s, 40).unlink(), False),
]


def test_search_index_edits_splice_its_entries_or_make_it_whole_and_equal_a_clean_build(
    site: Path, tmp_path: Path, spliced: list[str]
) -> None:
    """`/index.json` is one block of entries (`SiteView.index_entries`): an edit of a
    post's text alone splices the post's entry into the old file; one that changes which
    pages it lists or their order (hidden from search, shown again, a title, a post added or
    deleted) makes it whole. Either way the file equals a clean build's."""
    out = tmp_path / "out"
    primed(site, out)
    for name, change, splices in SEARCH_EDITS:
        spliced.clear()
        change(site)
        run(site, out)
        assert ("index.json" in spliced) is splices, name
        assert (out / "index.json").read_bytes() == (
            clean(site, tmp_path, f"search-{name.replace(' ', '-')}")["index.json"]
        ), name


@pytest.mark.parametrize(
    "items",
    [
        "{{ site.feed_items(items) | replace('<item>', '<item>\\n') }}",  # changed
        "{{ site.feed_items(items) }}{{ site.feed_items(items) }}",  # twice
        "{% set all = site.feed_items(items) %}{{ all[:-1] }}",  # cut
    ],
)
def test_a_layout_that_does_not_show_its_block_as_made_is_never_spliced(
    site: Path, tmp_path: Path, spliced: list[str], items: str
) -> None:
    rss = theme_layout("rss.xml")
    assert "{{ site.feed_items(items) }}" in rss
    write(site / "layouts" / "rss.xml", rss.replace("{{ site.feed_items(items) }}", items))
    out = tmp_path / "out"
    primed(site, out)
    for n in (3, 4):
        edit(post(site, n), "about goals.", "about goals and doubts.")
        run(site, out)
        assert "index.xml" not in spliced and "feed.xml" in spliced
        assert tree(out) == clean(site, tmp_path, f"layout-{n}")


def test_a_record_that_does_not_fit_its_file_renders_it_whole(
    site: Path, tmp_path: Path, spliced: list[str]
) -> None:
    """The records come from the build cache, which others may write to: pieces past the
    end of the file are refused, and the feed is rendered whole."""
    from mentorblog.output.records import load_outputs, save_outputs

    out = tmp_path / "out"
    primed(site, out)
    folder = site / ".mentorblog-cache"
    index = load_outputs(folder, out.resolve())
    record = index.live["index.xml"]
    assert record.spliced is not None
    blocks = tuple(
        replace(b, pieces=array("q", [10**9] * (len(b.pieces) // 8)).tobytes())
        for b in record.spliced.blocks
    )
    bad = replace(record, spliced=replace(record.spliced, blocks=blocks))
    save_outputs(folder, replace(index, live={**index.live, "index.xml": bad}))
    edit(post(site, 3), "about goals.", "about goals and doubts.")
    run(site, out)
    assert "index.xml" not in spliced and "feed.xml" in spliced
    assert tree(out) == clean(site, tmp_path, "record")


def test_feeds_copied_where_links_are_impossible_splice_as_well(
    site: Path, tmp_path: Path, spliced: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file system without hard links: kept files are copied, and a copied feed keeps its
    blocks, so the next edit splices it, never keeps it stale."""
    out = tmp_path / "out"
    primed(site, out)

    def no_links(*args: object, **kwargs: object) -> None:
        raise PermissionError("no hard links here")

    monkeypatch.setattr("mentorblog.output.write.os.link", no_links)
    for n, (edited, other) in enumerate([(3, 4), (4, 3), (3, 4)]):
        edit(post(site, edited), "about goals", f"about goals ({n})")
        run(site, out)
        edit(post(site, other), "about goals", f"about goals [{n}]")
        run(site, out)
        assert "index.xml" in spliced
        assert tree(out) == clean(site, tmp_path, f"copied-{n}")


def test_a_record_whose_blocks_are_not_blocks_renders_its_feed_whole(
    site: Path, tmp_path: Path, spliced: list[str]
) -> None:
    """A record from a cache others could write, holding in place of its blocks a value the
    cache may hold (a date): neither kept nor spliced on its word, rendered whole."""
    from datetime import datetime

    from mentorblog.output.records import load_outputs, save_outputs

    out = tmp_path / "out"
    primed(site, out)
    folder = site / ".mentorblog-cache"
    index = load_outputs(folder, out.resolve())
    odd = replace(index.live["index.xml"], spliced=datetime(2024, 1, 1))  # type: ignore[arg-type]
    save_outputs(folder, replace(index, live={**index.live, "index.xml": odd}))
    feed = (out / "index.xml").read_bytes()
    edit(post(site, 3), "about goals.", "about goals and doubts.")
    run(site, out)
    assert "index.xml" not in spliced and "feed.xml" in spliced
    assert (out / "index.xml").read_bytes() != feed
    assert tree(out) == clean(site, tmp_path, "odd-record")
