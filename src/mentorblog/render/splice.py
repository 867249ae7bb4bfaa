"""Splicing: a big output made of fragments (render/fragments.py) made again from its previous
file, with only the fragments that changed rendered again and put in their place.

A feed's layout hands out its items in one block (`site.feed_items`, `site.atom_entries`,
`site.joined_fragments`): the view notes where each item starts in the block and which stored
fragment it is (its journal and offset in the store). After the layout has rendered, `place`
finds each block in the output, exactly once and in the order they were made, and notes each
item's bytes. The build keeps that with the output's record, which names only what the
output read outside its items.

The next build, when nothing the output read outside its items changed and its file is the
one written, takes the old file and renders again only the items whose stored fragment is no
longer the one the file holds (an edited post's: the store drops a fragment whose reads
changed, output/fragments.py). At 10,000 posts an edit used to assemble the site's feeds
from 80,000 stored items (0.8 CPU s); splicing renders the edited post's few.

Wrong reuse is far worse than a slower build: a block that is not found, found twice, or
found out of order is not noted, and the output is rendered whole the next time."""

from __future__ import annotations

import operator
from array import array
from collections.abc import Callable, Container, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from itertools import compress

from mentorblog.core.model import pickled_as_fields

Ident = tuple[str, int]  # a stored fragment: its journal and its offset in the journal's pack

_FIELDS = 5  # per item: its index in Output.items, journal, offset there, offset, length
_ITEM, _JOURNAL, _AT, _START, _LENGTH = range(_FIELDS)
_SIZE = array("q").itemsize


@dataclass(slots=True)
class Block:
    """A block of fragments as the view hands it to a layout, joined by `separator`: per
    item its text, its url and its stored fragment. The texts are the ones the view keeps
    for the render task anyway; the joined block (13 MB for the site's JSON Feed) is made
    again only to be placed, once the layout is done with its own copy."""

    template: str
    context: tuple[tuple[str, object], ...]
    updated: bool  # an Atom entry: each item sees `updated`, its modification or `newest`
    newest: datetime | None
    strip: bool  # each item's text stripped of the space around it (JSON Feed items)
    separator: str
    texts: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    idents: list[Ident | None] = field(default_factory=list)


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class SplicedBlock:
    """A block as the output's file holds it: how to render an item again, and per item its
    index in `Output.items`, its stored fragment (journal, offset) and its bytes in the file
    (`pieces`: `_FIELDS` columns of 64-bit integers, one bytes object for 10,000 items)."""

    template: str
    context: tuple[tuple[str, object], ...]
    updated: bool
    newest: datetime | None
    strip: bool
    journals: tuple[str, ...]
    pieces: bytes

    def columns(self) -> list[array[int]]:
        values = array("q")
        values.frombytes(self.pieces)
        n = len(values) // _FIELDS
        return [values[c * n : (c + 1) * n] for c in range(_FIELDS)]

    def item_context(self, modified: datetime | None) -> tuple[tuple[str, object], ...]:
        """The context an item of this block is rendered with (`SiteView.atom_entries`)."""
        if self.updated:
            return (("updated", modified or self.newest),)
        return self.context


@pickled_as_fields
@dataclass(frozen=True, slots=True)
class Spliced:
    """What a build keeps of an output it may splice next time: its blocks. The output's
    record then names only what it read outside them (its fingerprint covers those), and
    its items are checked one by one against the fragment store."""

    blocks: tuple[SplicedBlock, ...]

    def unchanged(self, findable: Callable[[str], Container[int]]) -> bool:
        """Whether every item's stored fragment is the one the file holds (`stale`)."""
        return not any(stale(block, findable) for block in self.blocks)


def place(text: str, blocks: Sequence[Block], items: Sequence[str]) -> tuple[SplicedBlock, ...]:
    """Each block's place in the output `text` (its bytes when encoded as UTF-8), or () when
    one cannot be placed for certain: not in it, in it twice, out of the order the blocks
    were made, holding an item that is not stored or not among the output's items."""
    index = {url: n for n, url in enumerate(items)}
    placed: list[SplicedBlock] = []
    char_end = byte_end = 0
    for block in blocks:
        if not block.urls:
            continue  # no items: nothing to splice
        if None in block.idents or any(url not in index for url in block.urls):
            return ()
        joined = block.separator.join(block.texts)
        at = text.find(joined)
        if at < char_end or text.find(joined, at + 1) >= 0:
            return ()
        start = byte_end + len(text[char_end:at].encode())
        offsets, lengths = _byte_places(block, joined.isascii(), start)
        places = [ident for ident in block.idents if ident is not None]
        placed.append(
            placed_block(
                SplicedBlock(
                    block.template, block.context, block.updated, block.newest, block.strip, (), b""
                ),
                [index[url] for url in block.urls],
                places,
                offsets,
                lengths,
            )
        )
        char_end = at + len(joined)
        byte_end = offsets[-1] + lengths[-1]  # an item ends the block
    return tuple(placed)


def placed_block(
    block: SplicedBlock,
    items: Sequence[int],
    places: Sequence[Ident],
    offsets: Sequence[int],
    lengths: Sequence[int],
) -> SplicedBlock:
    """`block` holding its items' columns: per item its index in `Output.items`, its stored
    fragment, its offset and length in bytes. `place` finds them in a layout's text; the
    writer of `/index.json` knows them as it writes each entry (`SiteView.index_entries`)."""
    journals: dict[str, int] = {}
    columns = (
        list(items)
        + [journals.setdefault(journal, len(journals)) for journal, _ in places]
        + [offset for _, offset in places]
        + list(offsets)
        + list(lengths)
    )
    return replace(block, journals=tuple(journals), pieces=array("q", columns).tobytes())


# How `/index.json`'s entries are a block: no layout, no context (produce.py renders an
# item again by the output's kind, `SiteView.splice_entry`).
ENTRIES = SplicedBlock("", (), False, None, False, (), b"")


def _byte_places(block: Block, ascii: bool, start: int) -> tuple[list[int], list[int]]:
    """Each item's offset and length in bytes, the block starting at byte `start`."""
    gap = len(block.separator.encode())
    offsets: list[int] = []
    lengths: list[int] = []
    at = start
    for text in block.texts:
        size = len(text) if ascii else len(text.encode())
        offsets.append(at)
        lengths.append(size)
        at += size + gap
    return offsets, lengths


def fits(blocks: Sequence[SplicedBlock], size: int, items: int) -> bool:
    """Whether the blocks describe a file of `size` bytes whose output lists `items` posts:
    whole columns, items and journals that exist, pieces in order inside the file. The
    record comes from the build cache, which CI may keep where others can write."""
    end = 0
    for block in blocks:
        if not _well_typed(block):
            return False
        if len(block.pieces) % (_FIELDS * _SIZE) or not block.pieces:
            return False
        item, journal, at, start, length = block.columns()
        if min(item) < 0 or max(item) >= items or min(at) < 0 or min(length) < 0:
            return False
        if min(journal) < 0 or max(journal) >= len(block.journals):
            return False
        ends = list(map(operator.add, start, length))
        if start[0] < end or ends[-1] > size or not all(map(operator.le, ends, start[1:])):
            return False
        end = ends[-1]
    return True


_PLAIN = (str, int, float, bool, datetime, type(None))  # what a block's context may hold


def _well_typed(block: object) -> bool:
    """A block whose fields have the types a build writes (an item is rendered again from
    its layout name and context: nothing else may reach `get_template` or a key's hash)."""
    return (
        type(block) is SplicedBlock
        and type(block.template) is str
        and type(block.context) is tuple
        and all(
            type(pair) is tuple
            and len(pair) == 2
            and type(pair[0]) is str
            and isinstance(pair[1], _PLAIN)
            for pair in block.context
        )
        and type(block.updated) is bool
        and (block.newest is None or isinstance(block.newest, datetime))
        and type(block.strip) is bool
        and type(block.journals) is tuple
        and all(type(name) is str for name in block.journals)
        and type(block.pieces) is bytes
    )


def stale(block: SplicedBlock, findable: Callable[[str], Container[int]]) -> list[int]:
    """The items of a block whose stored fragment is no longer the one the file holds:
    `findable(journal)` holds the offsets of that journal's fragments that still are
    (`FragmentStore.findable`). In one pass in C: the feeds of an edit build at 10,000
    posts hold 113,000 items, a call per item cost 0.06 s."""
    _, journal, at, _, _ = block.columns()
    held = [findable(name) for name in block.journals]
    right = map(operator.contains, map(held.__getitem__, journal), at)
    return list(compress(range(len(at)), map(operator.not_, right)))


def item_of(block: SplicedBlock, n: int) -> int:
    """The index in `Output.items` of a block's item `n`."""
    return block.columns()[_ITEM][n]


def count(block: SplicedBlock) -> int:
    return len(block.pieces) // (_FIELDS * _SIZE)


Edit = tuple[int, int, bytes]  # in the old file: offset, length, and the bytes put there


def splice(
    blocks: Sequence[SplicedBlock], renewed: Mapping[tuple[int, int], tuple[bytes, Ident]]
) -> tuple[list[Edit], tuple[SplicedBlock, ...]]:
    """The edits that put the items `renewed` ((block, item) -> their new bytes and stored
    fragment) in place of the old ones, in the file's order, and the blocks as the file
    holds them after the edits (output/write.py's `create_file_spliced` makes the file)."""
    columns = [block.columns() for block in blocks]
    edits = sorted(
        (columns[b][_START][n], columns[b][_LENGTH][n], data)
        for (b, n), (data, _) in renewed.items()
    )
    new_blocks: list[SplicedBlock] = []
    for b, block in enumerate(blocks):
        item, journal, at, start, length = columns[b]
        names = list(block.journals)
        for n in (n for (c, n) in renewed if c == b):
            data, ident = renewed[b, n]
            if ident[0] not in names:
                names.append(ident[0])
            journal[n], at[n], length[n] = names.index(ident[0]), ident[1], len(data)
        # Every item after an edit moves by what the edits before it added or took.
        shift = 0
        k = 0
        for n, offset in enumerate(start):
            while k < len(edits) and edits[k][0] < offset:
                shift += len(edits[k][2]) - edits[k][1]
                k += 1
            if shift:
                start[n] = offset + shift
        pieces = (item + journal + at + start + length).tobytes()
        new_blocks.append(replace(block, journals=tuple(names), pieces=pieces))
    return edits, tuple(new_blocks)
