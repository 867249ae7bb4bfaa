"""output/records.py: the output index kept as a whole file and a tail of what changed, read
back as the very index the build kept."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path

import pytest

from mentorblog import build as build_module
from mentorblog.build import BuildOptions, build
from mentorblog.output import records
from mentorblog.output.cache import dumps, load_cached
from mentorblog.output.records import TAIL, WHOLE, OutputIndex, load_outputs, save_outputs

SITES = Path(__file__).parents[1] / "sites"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def _site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    shutil.copytree(
        SITES / "hugo", site, ignore=shutil.ignore_patterns("expected*", ".mentorblog-cache")
    )
    return site


def _build(site: Path) -> None:
    build(BuildOptions(source=site, destination=site / "out", jobs=1), now=NOW)


def _edit(site: Path, round_: int) -> None:
    """A sentence added to one of three published posts (in the feeds) or the about page."""
    names = ["posts/pinned.md", "posts/crlf-bom.md", "about.md"]
    post = site / "content" / names[round_ % 3]
    post.write_text(post.read_text(encoding="utf-8") + f"\n\nAdded in round {round_}.\n")


def _value(index: OutputIndex) -> tuple[object, ...]:
    """An index by value (its records' reads by their keys)."""

    def rows(found: dict[str, records.OutputRecord]) -> dict[str, object]:
        return {
            p: (r.fingerprint, [d.key for d in r.deps], r.state, r.spliced)
            for p, r in found.items()
        }

    basis = index.basis
    assert basis is not None
    reads = {scope: sorted(d.key for d in deps) for scope, deps in basis.reads.items()}
    return (
        rows(index.live),
        rows(index.spare),
        index.layouts,
        index.templates,
        replace(basis, reads={}),
        reads,
    )


def _carried(index: OutputIndex) -> None:
    """Every read of every record is one of the basis's objects (basis.py finds them by id)."""
    assert index.basis is not None
    carried = set(map(id, chain.from_iterable(index.basis.reads.values())))
    assert carried
    for record in chain(index.live.values(), index.spare.values()):
        assert carried.issuperset(map(id, record.deps))


def test_an_edit_build_writes_only_the_tail_and_it_reads_back_as_the_index_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The whole file stays as the first build wrote it; after each edit the index read
    (whole and tail) is the index the build kept, its records' reads the basis's objects,
    and so is that index written whole and read again."""
    kept: list[OutputIndex] = []

    def spy(folder: Path, index: OutputIndex, since: OutputIndex | None = None) -> None:
        kept.append(index)
        save_outputs(folder, index, since)

    monkeypatch.setattr(build_module, "save_outputs", spy)
    site = _site(tmp_path)
    folder = site / ".mentorblog-cache"
    _build(site)
    whole = (folder / WHOLE).read_bytes()
    assert not (folder / TAIL).exists()
    for round_ in range(3):
        _edit(site, round_)
        _build(site)
        assert (folder / WHOLE).read_bytes() == whole
        assert (folder / TAIL).is_file()
        index = load_outputs(folder, site / "out")
        assert index.stored is not None and index.basis is not None
        assert _value(index) == _value(kept[-1])
        _carried(index)
        aside = tmp_path / f"aside-{round_}"
        save_outputs(aside, index)  # whole, with no index it was read from
        assert not (aside / TAIL).exists()
        again = load_outputs(aside, site / "out")
        assert _value(again) == _value(index)
        _carried(again)
    changed = [p for p, r in index.live.items() if r is not index.stored.live.get(p)]
    assert changed and len(changed) < len(index.live)
    assert index.spare and index.spare != index.live


def test_a_tail_of_another_whole_file_is_never_read(tmp_path: Path) -> None:
    """A tail beside a whole file written after it (a build killed between the two
    writes, say) describes another index: only the whole file is read."""
    site = _site(tmp_path)
    folder = site / ".mentorblog-cache"
    _build(site)
    _edit(site, 0)
    _build(site)
    tail = (folder / TAIL).read_bytes()
    index = load_outputs(folder, site / "out")
    save_outputs(folder, index)  # whole, under a new stamp; the tail goes
    assert not (folder / TAIL).exists()
    (folder / TAIL).write_bytes(tail)
    alone = tmp_path / "alone"
    alone.mkdir()
    shutil.copy(folder / WHOLE, alone / WHOLE)
    assert _value(load_outputs(folder, site / "out")) == _value(load_outputs(alone, site / "out"))


def test_a_big_change_writes_the_whole_file_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past its share of the whole file's records the tail is folded in: a new whole file,
    no tail."""
    site = _site(tmp_path)
    folder = site / ".mentorblog-cache"
    _build(site)
    before = (folder / WHOLE).read_bytes()
    monkeypatch.setattr(records, "_TAIL_MIN", 0)
    monkeypatch.setattr(records, "_TAIL_SHARE", 0.0)
    _edit(site, 1)
    _build(site)
    assert (folder / WHOLE).read_bytes() != before
    assert not (folder / TAIL).exists()
    index = load_outputs(folder, site / "out")
    assert index.basis is not None
    _carried(index)


@pytest.mark.parametrize(
    "damage",
    ["place past the end", "negative place", "place not a number", "reads not a list"],
)
def test_a_damaged_tail_leaves_the_whole_file_as_the_index(tmp_path: Path, damage: str) -> None:
    """The cache may come from storage others can write to: a tail no build wrote is not
    read (no error, no record reading another's dependency)."""
    site = _site(tmp_path)
    folder = site / ".mentorblog-cache"
    _build(site)
    whole_only = load_outputs(folder, site / "out")
    _edit(site, 0)
    _build(site)
    with open(folder / TAIL, "rb") as f:
        key, tail = load_cached(f)
    path, row = next(iter(tail.live.items()))
    if damage == "reads not a list":
        tail = replace(tail, basis=replace(tail.basis, reads={"page": ("x",)}))
    else:
        place = {"place past the end": 10**6, "negative place": -1, "place not a number": "0"}
        row = (row[0], (*row[1], place[damage]), *row[2:])
        tail = replace(tail, live={**tail.live, path: row})
    (folder / TAIL).write_bytes(dumps((key, tail)))
    found = load_outputs(folder, site / "out")
    assert _value(found) == _value(whole_only)


def test_records_made_again_share_the_reads_the_basis_carries(tmp_path: Path) -> None:
    """The feeds an edit renders again read every page's head; they record the objects the
    basis carries (`Digests.adopt`), so the tail adds no read equal to one carried."""
    site = _site(tmp_path)
    folder = site / ".mentorblog-cache"
    _build(site)
    carried = load_outputs(folder, site / "out").basis
    assert carried is not None
    _edit(site, 0)
    _build(site)
    with open(folder / TAIL, "rb") as f:
        _, tail = load_cached(f)
    rendered = [path for path in tail.live if path.endswith((".xml", ".json"))]
    assert rendered
    heads = {d for d in carried.reads["head"]}
    assert len(heads) > 3
    added = [d for deps in tail.basis.reads.values() for d in deps]
    assert not heads.intersection(added)
