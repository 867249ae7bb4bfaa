"""output/fragments.py: a stored fragment is found only while its layout, the settings and
everything it read digest as when it was kept, whichever journal or seal it is in."""

from __future__ import annotations

import pickle
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import cast

import pytest

from mentorblog.core.model import Site
from mentorblog.output import fragments as store_module
from mentorblog.output.fingerprint import Digests
from mentorblog.output.fragments import FragmentStore
from mentorblog.render.deps import Dependency, LayoutRead, PageRead, TermNameRead

ITEM = "partials/item.xml"


class FakeDigests:
    """What the store asks of `Digests`, each value set by the test."""

    def __init__(self) -> None:
        self.base = b"b" * 32
        self.pages: dict[str, bytes] = {}
        self.layouts: dict[str, bytes] = {}
        self.terms: dict[str, bytes] = {}

    def template(self, name: str) -> bytes:
        if "\0" in name:  # as Digests: the layout's path is opened, and its name encoded
            raise ValueError("embedded null character")
        name.encode()
        return self.layouts.get(name, b"L" * 32)

    def dependency(self, dep: Dependency) -> tuple[bytes, bytes]:
        if isinstance(dep, PageRead):
            digest = self.pages.get(dep.url, b"p" * 32)
        elif isinstance(dep, LayoutRead):
            digest = self.template(dep.name)
        elif isinstance(dep, TermNameRead):
            digest = self.terms.get(dep.slug, b"t" * 32)
        else:
            digest = b"?" * 32
        return digest, dep.key.encode()

    def digest_of(self, dep: Dependency) -> bytes:
        return self.dependency(dep)[0]


def site_of(*urls: str, shared: tuple[str, ...] = ()) -> Site:
    """A Site publishing pages at `urls` (`save` purges entries reading any other), those
    in `shared` shared."""
    pages = {u: SimpleNamespace(visibility="shared" if u in shared else "public") for u in urls}
    return cast(Site, SimpleNamespace(pages=pages))


def deps_of(url: str, tag: str = "rust") -> set[Dependency]:
    return {LayoutRead(ITEM), PageRead(url), TermNameRead("tags", tag)}


def build(
    folder: Path,
    digests: FakeDigests,
    keep: dict[str, tuple[str, set[Dependency]]],
    published: tuple[str, ...] = ("/a/", "/b/", "/c/"),
    template: str | None = ITEM,
    shared: tuple[str, ...] = (),
) -> dict[str, str | None]:
    """One build: load the store, find every key of `keep`, keep those not found (rendered
    anew as `keep` says), save. What each find gave."""
    store = FragmentStore(folder, cast(Digests, digests))
    store.load()
    found: dict[str, str | None] = {}
    for key, (text, deps) in keep.items():
        hit = store.find(key, template)
        found[key] = None if hit is None else hit[0]
        if hit is None:
            store.keep(key, template, text, deps)
        else:
            assert hit[1] == frozenset(deps)  # what it read joins the output's record
    store.flush()
    store.save(site_of(*published, shared=shared))
    return found


def items(version: str = "1") -> dict[str, tuple[str, set[Dependency]]]:
    return {
        "a": (f"<a{version}>", deps_of("/a/")),
        "b": (f"<b{version}>", deps_of("/b/", "go")),
        "c": (f"<c{version}>", deps_of("/c/")),
    }


def test_a_fragment_is_found_while_nothing_it_read_changed(tmp_path: Path) -> None:
    digests = FakeDigests()
    assert build(tmp_path, digests, items()) == {"a": None, "b": None, "c": None}
    assert build(tmp_path, digests, items("2")) == {"a": "<a1>", "b": "<b1>", "c": "<c1>"}


def test_a_changed_page_term_layout_or_setting_makes_its_fragments_render_again(
    tmp_path: Path,
) -> None:
    digests = FakeDigests()
    build(tmp_path, digests, items())
    digests.pages["/a/"] = b"A" * 32  # the post was edited
    assert build(tmp_path, digests, items("2")) == {"a": None, "b": "<b1>", "c": "<c1>"}
    digests.terms["rust"] = b"R" * 32  # a tag read by a and c is spelt otherwise
    assert build(tmp_path, digests, items("3")) == {"a": None, "b": "<b1>", "c": None}
    assert build(tmp_path, digests, items("4")) == {"a": "<a3>", "b": "<b1>", "c": "<c3>"}
    digests.layouts[ITEM] = b"M" * 32  # the item's partial
    assert build(tmp_path, digests, items("5")) == {"a": None, "b": None, "c": None}
    digests.base = b"B" * 32  # code or settings
    assert build(tmp_path, digests, items("6")) == {"a": None, "b": None, "c": None}
    assert build(tmp_path, digests, items("7")) == {"a": "<a6>", "b": "<b6>", "c": "<c6>"}


def test_a_change_undone_never_brings_back_a_fragment_a_later_build_replaced(
    tmp_path: Path,
) -> None:
    """The later entry of a key wins even when stale: an older one is not served."""
    digests = FakeDigests()
    build(tmp_path, digests, items())  # a1 read page digest p
    digests.pages["/a/"] = b"A" * 32
    build(tmp_path, digests, items("2"))  # a2 read A
    digests.pages["/a/"] = b"Z" * 32
    assert build(tmp_path, digests, {"b": items()["b"]})["b"] == "<b1>"  # a2 now stale
    del digests.pages["/a/"]  # back to what a1 read
    assert build(tmp_path, digests, items("3"))["a"] is None


def test_a_key_asked_for_with_another_layout_is_not_found(tmp_path: Path) -> None:
    digests = FakeDigests()
    build(tmp_path, digests, items())
    assert build(tmp_path, digests, items("2"), template="partials/other.xml")["a"] is None


def test_journals_without_a_seal_are_never_read_and_go(tmp_path: Path) -> None:
    """A build killed after its workers wrote their journals, before the main process
    sealed them: what they hold was never digested."""
    digests = FakeDigests()
    build(tmp_path, digests, items())
    for seal in tmp_path.glob("*.seal"):
        seal.unlink()
    assert build(tmp_path, digests, items("2")) == {"a": None, "b": None, "c": None}
    assert len(list(tmp_path.glob("*.idx"))) == 1  # merged: the unsealed journal is gone
    assert build(tmp_path, digests, items("3")) == {"a": "<a2>", "b": "<b2>", "c": "<c2>"}


def test_a_seal_that_digests_otherwise_than_its_journal_read_serves_nothing(
    tmp_path: Path,
) -> None:
    """The seal is input too: an entry is kept only when every dependency it read is
    named in its build's seal with the digest it has now."""
    digests = FakeDigests()
    build(tmp_path, digests, items())
    (seal,) = tmp_path.glob("*.seal")
    fmt, base, layouts, deps = pickle.loads(seal.read_bytes())
    del deps[("PageRead", "/a/")]
    deps[("PageRead", "/b/")] = b"x" * 32
    seal.write_bytes(pickle.dumps((fmt, base, layouts, deps)))
    assert build(tmp_path, digests, items("2")) == {"a": None, "b": None, "c": "<c1>"}


@pytest.mark.parametrize(
    "damage",
    [
        lambda p: p.write_bytes(b"not a pickle"),
        lambda p: p.write_bytes(pickle.dumps(("mentorblog-fragments-2", 1, {}, {}))),
        lambda p: p.write_bytes(pickle.dumps(("another format", b"b" * 32, {}, {}))),
        lambda p: p.write_bytes(p.read_bytes()[:20]),
    ],
)
def test_a_damaged_seal_serves_nothing(tmp_path: Path, damage: object) -> None:
    digests = FakeDigests()
    build(tmp_path, digests, items())
    (seal,) = tmp_path.glob("*.seal")
    damage(seal)  # type: ignore[operator]
    assert build(tmp_path, digests, items("2")) == {"a": None, "b": None, "c": None}


def test_an_index_of_another_version_is_not_read(tmp_path: Path) -> None:
    """The journals of the store before seals: chunks of (key, digest, deps, offset,
    length), which must never be read as this version's entries."""
    digests = FakeDigests()
    build(tmp_path, digests, items())
    (idx,) = tmp_path.glob("*.idx")
    old = [("a", b"0" * 32, (("PageRead", "/a/"),), 0, 4)]
    idx.write_bytes(pickle.dumps(old))
    assert build(tmp_path, digests, items("2")) == {"a": None, "b": None, "c": None}
    assert build(tmp_path, digests, items("3")) == {"a": "<a2>", "b": "<b2>", "c": "<c2>"}


def test_entries_naming_what_this_version_cannot_read_are_not_served(tmp_path: Path) -> None:
    digests = FakeDigests()
    build(tmp_path, digests, items())
    (idx,) = tmp_path.glob("*.idx")
    (seal,) = tmp_path.glob("*.seal")
    fmt, base, layouts, deps = pickle.loads(seal.read_bytes())
    strange = [
        ("Nonsense", "x"),
        ("PageRead", "/a/", "extra"),
        ("PageRead", 3),
        ("PageRead",),
        "PageRead",
        None,
    ]
    seal.write_bytes(pickle.dumps((fmt, base, layouts, {**deps, **dict.fromkeys(strange, b"")})))
    unhashable = ("PageRead", ["/b/"])
    chunk = (fmt, [("a", ITEM, (d,), 0, 4) for d in strange] + [("b", ITEM, (unhashable,), 0, 4)])
    with open(idx, "ab") as f:
        f.write(pickle.dumps(chunk))
    found = build(tmp_path, digests, items("2"))
    assert found["a"] is None and found["b"] is None and found["c"] == "<c1>"


def test_a_page_no_longer_published_leaves_no_text_in_the_store(tmp_path: Path) -> None:
    digests = FakeDigests()
    secret = {"a": ("Zanzibar", deps_of("/a/")), **{k: v for k, v in items().items() if k != "a"}}
    build(tmp_path, digests, secret)
    digests.pages["/a/"] = bytes(32)  # held back: not in the site, digested as absent

    def stored() -> bytes:
        return b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())

    assert b"Zanzibar" in stored()
    keep = {k: v for k, v in items("2").items() if k != "a"}
    assert build(tmp_path, digests, keep, published=("/b/", "/c/")) == {"b": "<b1>", "c": "<c1>"}
    assert b"Zanzibar" not in stored()
    assert b"/a/" not in stored()


def test_many_journals_merge_into_one_that_still_serves_every_fragment(tmp_path: Path) -> None:
    digests = FakeDigests()
    build(tmp_path, digests, items())
    for n in range(store_module._MANY_JOURNALS + 1):
        digests.pages["/a/"] = bytes([n + 1]) * 32
        build(tmp_path, digests, items(f"{n + 2}"))
    assert len(list(tmp_path.glob("*.idx"))) <= store_module._MANY_JOURNALS
    assert len(list(tmp_path.glob("*.seal"))) <= store_module._MANY_JOURNALS
    last = f"<a{store_module._MANY_JOURNALS + 2}>"
    assert build(tmp_path, digests, items("x")) == {"a": last, "b": "<b1>", "c": "<c1>"}


def test_a_cut_pack_serves_nothing_past_its_end(tmp_path: Path) -> None:
    digests = FakeDigests()
    build(tmp_path, digests, items())
    (pack,) = tmp_path.glob("*.pack")
    pack.write_bytes(pack.read_bytes()[:5])  # "<a1><" : a whole, b cut
    assert build(tmp_path, digests, items("2")) == {"a": "<a1>", "b": None, "c": None}


def test_a_pack_that_is_not_text_serves_nothing(tmp_path: Path) -> None:
    digests = FakeDigests()
    build(tmp_path, digests, items())
    (pack,) = tmp_path.glob("*.pack")
    pack.write_bytes(b"\xff" * len(pack.read_bytes()))
    assert build(tmp_path, digests, items("2")) == {"a": None, "b": None, "c": None}


def test_no_date_in_a_key_is_read_as_another(tmp_path: Path) -> None:
    """Keys are reprs of the views' keys (an Atom entry's holds its `updated` date)."""
    digests = FakeDigests()
    day = datetime(2024, 5, 1, tzinfo=UTC)
    key = repr(("fragment", ITEM, "/a/", (("updated", day),)))
    build(tmp_path, digests, {key: ("<a>", deps_of("/a/"))})
    other = repr(("fragment", ITEM, "/a/", (("updated", day.replace(day=2)),)))
    assert build(tmp_path, digests, {other: ("<a2>", deps_of("/a/"))}) == {other: None}


def test_names_no_build_writes_serve_nothing_and_fail_nothing(tmp_path: Path) -> None:
    """A crafted seal or journal naming a layout or a dependency with a lone surrogate or
    a NUL (which fail as they are digested or looked up): its entries render again, and
    the build goes on."""
    digests = FakeDigests()
    build(tmp_path, digests, items())
    (idx,) = tmp_path.glob("*.idx")
    (seal,) = tmp_path.glob("*.seal")
    fmt, base, layouts, deps = pickle.loads(seal.read_bytes())
    odd = ["\udcff", "a\0b"]
    odd_deps = [("PageRead", n) for n in odd] + [("LayoutRead", n) for n in odd]
    seal.write_bytes(pickle.dumps((fmt, base, layouts, {**deps, **dict.fromkeys(odd_deps, b"")})))
    with open(idx, "ab") as f:  # b read such a dependency; a chunk naming such a layout
        f.write(pickle.dumps((fmt, [("b", ITEM, (d,), 4, 4) for d in odd_deps])))
        f.write(pickle.dumps((fmt, [("a", n, (), 0, 4) for n in odd])))  # ends the journal
    assert build(tmp_path, digests, items("2")) == {"a": "<a1>", "b": None, "c": "<c1>"}
    assert build(tmp_path, digests, items("3")) == {"a": "<a1>", "b": "<b2>", "c": "<c1>"}
    (seal, *_) = sorted(tmp_path.glob("*.seal"), reverse=True)  # a seal naming such a layout
    fmt, base, layouts, deps = pickle.loads(seal.read_bytes())
    seal.write_bytes(pickle.dumps((fmt, base, {**layouts, **dict.fromkeys(odd, b"")}, deps)))
    assert build(tmp_path, digests, items("4")) == {"a": None, "b": None, "c": None}


@pytest.mark.parametrize("offset, length", [(0, 2**62), (2**63, 4), (2**40, 2**40), (3, 10**6)])
def test_an_entry_past_its_pack_serves_nothing_and_fails_nothing(
    tmp_path: Path, offset: int, length: int
) -> None:
    """Offsets and lengths no build wrote (reading 2**62 bytes fails as memory, not as a
    short read), in finding and in merging journals."""
    digests = FakeDigests()
    build(tmp_path, digests, items())
    (idx,) = tmp_path.glob("*.idx")
    fmt, entries = pickle.loads(idx.read_bytes())
    lying = [(k, t, d, *((offset, length) if k == "a" else (o, n))) for k, t, d, o, n in entries]
    idx.write_bytes(pickle.dumps((fmt, lying)))
    assert build(tmp_path, digests, items("2")) == {"a": None, "b": "<b1>", "c": "<c1>"}
    for n in range(store_module._MANY_JOURNALS + 1):  # merged at last: every entry read
        digests.pages["/c/"] = bytes([n + 1]) * 32
        build(tmp_path, digests, items(f"{n + 3}"))
    assert build(tmp_path, digests, items("x"))["a"] == "<a2>"


def test_a_page_made_shared_leaves_no_text_in_the_store(tmp_path: Path) -> None:
    """A shared post's text may be in no cache: the items kept while it was public go from
    the store's files, though the other items are still valid (no merge for them alone)."""
    digests = FakeDigests()
    secret = {"a": ("Zanzibar", deps_of("/a/")), **{k: v for k, v in items().items() if k != "a"}}
    build(tmp_path, digests, secret)
    digests.pages["/a/"] = b"s" * 32  # its file changed: now shared (never stored again)

    def stored() -> bytes:
        return b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())

    keep = {k: v for k, v in items("2").items() if k != "a"}
    assert build(tmp_path, digests, keep, shared=("/a/",)) == {"b": "<b1>", "c": "<c1>"}
    assert b"Zanzibar" not in stored()


def test_places_stay_current_through_a_merge_and_lying_aliases_serve_nothing(
    tmp_path: Path,
) -> None:
    """A feed's record names each item by where it was stored (render/splice.py): a merge
    keeps the old places as aliases of the merged entries, and a stale item's places are
    current no more. A journal whose aliases are not (name, offset) pairs ends there."""
    digests = FakeDigests()
    build(tmp_path, digests, items())
    (idx,) = tmp_path.glob("*.idx")
    journal = idx.name[:-4]
    _, entries = pickle.loads(idx.read_bytes())
    places = {key: (journal, offset) for key, _, _, offset, _ in entries}

    def current() -> dict[str, bool]:
        store = FragmentStore(tmp_path, cast(Digests, digests))
        store.load()
        return {key: offset in store.findable(journal) for key, (journal, offset) in places.items()}

    assert current() == {"a": True, "b": True, "c": True}
    for n in range(store_module._MANY_JOURNALS + 1):  # merged at last
        digests.pages["/c/"] = bytes([n + 1]) * 32
        build(tmp_path, digests, items(f"{n + 2}"))
    assert not list(tmp_path.glob(f"{journal}.*"))  # the first journal is gone
    assert current() == {"a": True, "b": True, "c": False}  # c changed since
    (idx,) = tmp_path.glob("*-0.idx")  # the merged journal, which holds a, as columns
    merged = pickle.loads(idx.read_bytes())
    assert merged[0] == store_module._COLUMNS
    keys, aliases = merged[1], merged[-1]
    assert "a" in keys and all(type(a) is tuple for a in aliases)
    before = set(tmp_path.iterdir())
    for odd in ([("j", 1, 2)], (("\udcff", 1),), (("j", "1"),), "j"):
        lying = [odd if key == "a" else a for key, a in zip(keys, aliases, strict=True)]
        idx.write_bytes(pickle.dumps((*merged[:-1], lying)))
        assert build(tmp_path, digests, items("x"))["a"] is None  # the journal is not read
        idx.write_bytes(pickle.dumps(merged))
        for made in set(tmp_path.iterdir()) - before:  # this build's journal and seal
            made.unlink()
        assert build(tmp_path, digests, items("y"))["a"] == "<a1>"  # as it was: read
        for made in set(tmp_path.iterdir()) - before:
            made.unlink()
        assert build(tmp_path, digests, items("y"))["a"] == "<a1>"  # as it was: read
        for made in set(tmp_path.iterdir()) - before:
            made.unlink()


def many(version: str, count: int) -> dict[str, tuple[str, set[Dependency]]]:
    """`count` items, item n reading page /pn/ (published: `pages(count)`)."""
    return {f"i{n}": (f"<i{n} {version}>", deps_of(f"/p{n}/")) for n in range(count)}


def pages(count: int) -> tuple[str, ...]:
    return tuple(f"/p{n}/" for n in range(count))


def places(folder: Path, digests: FakeDigests, keys: list[str]) -> dict[str, object]:
    """Where each key's fragment is, and whether that place is current (`findable`)."""
    store = FragmentStore(folder, cast(Digests, digests))
    store.load()
    found: dict[str, object] = {}
    for key in keys:
        place = store.where(key)
        found[key] = place if place is None else (place, place[1] in store.findable(place[0]))
    store.close()
    return found


def test_a_build_that_read_many_entries_one_by_one_leaves_them_as_columns_in_their_packs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A cold build's journals (entries read one by one) are merged into one index of
    columns that names the packs they are in: the texts stay where they are, so does
    every place an output names, and each is found and current."""
    monkeypatch.setattr(store_module, "_MANY_ROWS", 10)
    digests = FakeDigests()
    count = 12
    assert set(build(tmp_path, digests, many("1", count), pages(count)).values()) == {None}
    (idx,) = tmp_path.glob("*.idx")
    assert idx.name.endswith("-0.idx")
    assert pickle.loads(idx.read_bytes())[0] == store_module._COLUMNS
    (pack,) = tmp_path.glob("*.pack")  # the journal's own, kept: no text copied
    assert not pack.name.endswith("-0.pack")
    where = places(tmp_path, digests, list(many("1", count)))
    assert {w[0][0] for w in where.values()} == {pack.name[:-5]}  # type: ignore[index]
    assert all(current for _, current in where.values())  # type: ignore[misc]
    found = build(tmp_path, digests, many("2", count), pages(count))
    assert found == {key: text for key, (text, _) in many("1", count).items()}
    digests.pages["/p3/"] = b"3" * 32
    assert places(tmp_path, digests, ["i3", "i4"]) == {"i3": None, "i4": where["i4"]}


def test_columns_naming_a_pack_outside_the_store_are_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The store may come from storage others can write to: a merged index whose pack is
    not a journal's name (`../secret`) is not read; nothing else of it is served."""
    monkeypatch.setattr(store_module, "_MANY_ROWS", 2)
    digests = FakeDigests()
    build(tmp_path, digests, items())
    (idx,) = tmp_path.glob("*.idx")
    merged = list(pickle.loads(idx.read_bytes()))
    outside = tmp_path.parent / "secret.pack"
    outside.write_bytes(b"<a1><b1><c1>")
    for odd in ("../secret", str(tmp_path.parent / "secret"), "x-1", 7):
        merged[4] = [odd, *merged[4][1:]]
        idx.write_bytes(pickle.dumps(tuple(merged)))
        assert places(tmp_path, digests, ["a", "b", "c"]) == {"a": None, "b": None, "c": None}


def test_stale_bytes_in_kept_packs_are_dropped_once_they_outweigh_the_live_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Merges that keep the packs count the bytes no entry holds any more: one item edited
    at every build, each build adding an item that stays, so every build's pack stays
    too, the packs never hold much more than twice the live texts."""
    monkeypatch.setattr(store_module, "_MANY_JOURNALS", 2)
    digests = FakeDigests()
    base = {f"i{n}": (f"<i{n}>" + "b" * 1000, deps_of(f"/i{n}/")) for n in range(20)}
    urls = (*(f"/i{n}/" for n in range(20)), "/x/", *(f"/p{n}/" for n in range(60)))
    kept: dict[str, tuple[str, set[Dependency]]] = dict(base)
    for n in range(60):
        digests.pages["/x/"] = n.to_bytes(32, "big")
        kept[f"p{n}"] = (f"<p{n}>", deps_of(f"/p{n}/"))
        keep = {**kept, "x": (f"<x{n}>" + "x" * 1000, deps_of("/x/"))}
        build(tmp_path, digests, keep, urls)
        live = sum(len(text) for text, _ in keep.values())
        stored = sum(p.stat().st_size for p in tmp_path.glob("*.pack"))
        assert stored <= 2 * live + 3000
    assert build(tmp_path, digests, keep, urls) == {k: text for k, (text, _) in keep.items()}


def test_a_text_no_entry_holds_any_more_never_stays_in_a_kept_pack(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An item that went stale without being rendered again (its post left the feeds)
    leaves its text in a pack no merge may keep: what it read is no longer known, so when
    that post is later made a draft, nothing would purge it. Merges copy instead."""
    monkeypatch.setattr(store_module, "_MANY_ROWS", 2)
    monkeypatch.setattr(store_module, "_MANY_JOURNALS", 2)
    digests = FakeDigests()
    long = {k: (text * 300, deps) for k, (text, deps) in items().items() if k != "a"}
    secret = {"a": ("Zanzibar", deps_of("/a/")), **long}  # the bytes mostly live ones
    build(tmp_path, digests, secret)
    assert len(list(tmp_path.glob("*.pack"))) == 1  # merged, its pack kept

    def stored() -> bytes:
        return b"".join(p.read_bytes() for p in tmp_path.iterdir() if p.is_file())

    digests.pages["/a/"] = b"A" * 32  # a changed, and no output renders its item again
    keep = dict(long)
    for n in range(4):  # each build renders an item, so journals pile up and merge
        keep[f"d{n}"] = (f"<d{n}>", deps_of("/b/"))
        assert build(tmp_path, digests, keep)["b"] == long["b"][0]
    build(tmp_path, digests, keep, published=("/b/", "/c/"))  # a made a draft
    assert b"Zanzibar" not in stored()
