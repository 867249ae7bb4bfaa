"""splice: blocks of fragments placed in an output's text, and the output made again from
its old bytes with some items replaced, byte for byte what rendering it whole would give."""

from __future__ import annotations

from array import array
from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from mentorblog.render.splice import (
    Block,
    Edit,
    SplicedBlock,
    fits,
    place,
    splice,
    stale,
)

ITEMS = [f"/posts/p{i}/" for i in range(6)]


def spliced_bytes(old: bytes, edits: list[Edit]) -> bytes:
    """The old bytes with the edits made, in memory: what output/write.py's
    `create_file_spliced` must write (tests/unit/test_write.py compares them)."""
    parts: list[bytes] = []
    done = 0
    for offset, length, data in edits:
        parts += (old[done:offset], data)
        done = offset + length
    parts.append(old[done:])
    return b"".join(parts)


def block(texts: list[str], separator: str = "", urls: list[str] | None = None) -> Block:
    """A block as the view makes it: each item stored at offset 10 * n."""
    made = Block("partials/rss_item.xml", (), False, None, False, separator)
    made.texts = texts
    made.urls = urls if urls is not None else ITEMS[: len(texts)]
    made.idents = [("j1", 10 * n) for n in range(len(texts))]
    return made


def joined(made: Block) -> str:
    return made.separator.join(made.texts)


def pieces(placed: SplicedBlock) -> list[tuple[int, int, int]]:
    """(item index, offset, length) of each item."""
    values = array("q")
    values.frombytes(placed.pieces)
    n = len(values) // 5
    return list(zip(values[:n], values[3 * n : 4 * n], values[4 * n :], strict=True))


def test_a_block_is_placed_by_the_bytes_of_each_item() -> None:
    texts = ["<item>a</item>", "<item>é \u2013 b</item>", "<item>c</item>"]
    made = block(texts, ", ")
    text = "<rss>ünïcode head " + joined(made) + " tail</rss>"
    (placed,) = place(text, [made], ITEMS)
    data = text.encode()
    assert [data[o : o + n].decode() for _, o, n in pieces(placed)] == texts
    assert [i for i, _, _ in pieces(placed)] == [0, 1, 2]
    assert placed.journals == ("j1",)


def test_a_block_not_found_once_and_in_order_is_not_placed() -> None:
    one, two = block(["<item>a</item>"]), block(["<item>b</item>"], urls=[ITEMS[1]])
    assert place("<rss></rss>", [one], ITEMS) == ()  # changed by the layout
    assert place(joined(one) * 2, [one], ITEMS) == ()  # shown twice
    assert place(joined(two) + joined(one), [one, two], ITEMS) == ()  # out of order
    assert place(joined(one) + joined(two), [one, two], ITEMS) != ()
    unstored = block(["<item>a</item>"])
    unstored.idents = [None]
    assert place(joined(unstored), [unstored], ITEMS) == ()  # a shared post's: not stored
    assert place(joined(one), [block(["<item>a</item>"], urls=["/other/"])], ITEMS) == ()
    assert place("head", [block([])], ITEMS) == ()  # nothing to splice


def test_splicing_replaces_the_items_given_and_moves_the_others() -> None:
    texts = ["<i>a</i>", "<i>b</i>", "<i>c</i>", "<i>d</i>"]
    first = block(texts[:2], "\n")
    second = block(texts[2:], "\n", urls=ITEMS[2:4])
    text = "head[" + joined(first) + "]mid[" + joined(second) + "]tail"
    placed = place(text, [first, second], ITEMS)
    renewed = {
        (0, 0): (b"<i>a, much longer now</i>", ("j2", 0)),
        (1, 1): ("<i>ð</i>".encode(), ("j2", 40)),
    }
    edits, moved = splice(placed, renewed)
    data = spliced_bytes(text.encode(), edits)
    expected = "head[<i>a, much longer now</i>\n<i>b</i>]mid[<i>c</i>\n<i>ð</i>]tail"
    assert data.decode() == expected
    shown = [data[o : o + n].decode() for b in moved for _, o, n in pieces(b)]
    assert shown == ["<i>a, much longer now</i>", "<i>b</i>", "<i>c</i>", "<i>ð</i>"]
    assert moved[0].journals == ("j1", "j2") and moved[1].journals == ("j1", "j2")
    current = {"j1": {10, 0}, "j2": {0, 40}}
    assert all(not stale(b, current.__getitem__) for b in moved)
    only_j1 = {"j1": range(10**6), "j2": ()}  # every fragment of j1 is right, none of j2
    assert stale(moved[0], only_j1.__getitem__) == [0]  # its new fragment is in j2


@given(
    st.lists(st.tuples(st.integers(0, 2), st.integers(0, 40)), min_size=1, max_size=30),
    st.sets(st.tuples(st.integers(0, 2), st.integers(0, 40))),
)
def test_the_stale_items_of_a_block_are_those_whose_place_is_not_findable(
    places: list[tuple[int, int]], right: set[tuple[int, int]]
) -> None:
    """Item n of a block is stale exactly when its journal does not hold its offset as
    right, whichever journal each item is in, in the block's order."""
    journals = ("j0", "j1", "j2")
    n = len(places)
    columns = [*range(n), *(j for j, _ in places), *(a for _, a in places), *range(n), *[1] * n]
    made = SplicedBlock("t", (), False, None, False, journals, array("q", columns).tobytes())
    findable = {name: {a for j, a in right if j == i} for i, name in enumerate(journals)}
    expected = [i for i, place in enumerate(places) if place not in right]
    assert stale(made, findable.__getitem__) == expected


@given(
    st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=6),
    st.sampled_from(["", ", ", "\n"]),
    st.text(max_size=8),
    st.text(max_size=8),
    st.data(),
)
def test_splicing_gives_what_joining_the_new_items_gives(
    texts: list[str], separator: str, head: str, tail: str, data: st.DataObject
) -> None:
    made = block(texts, separator)
    text = f"<{head}>" + joined(made) + f"</{tail}>"
    placed = place(text, [made], ITEMS)
    if not placed:  # the block is in its own head or tail too: never placed
        assert text.find(joined(made)) != text.rfind(joined(made))
        return
    changed = data.draw(st.sets(st.integers(0, len(texts) - 1)))
    new = {n: data.draw(st.text(max_size=12)) for n in changed}
    renewed = {(0, n): (t.encode(), ("j2", n)) for n, t in new.items()}
    edits, moved = splice(placed, renewed)
    spliced = spliced_bytes(text.encode(), edits)
    after = [new.get(n, t) for n, t in enumerate(texts)]
    assert spliced.decode() == f"<{head}>" + separator.join(after) + f"</{tail}>"
    assert [spliced[o : o + n].decode() for _, o, n in pieces(moved[0])] == after
    assert fits(moved, len(spliced), len(ITEMS))


def test_a_record_that_does_not_fit_its_file_is_refused() -> None:
    made = block(["<i>a</i>", "<i>b</i>"])
    text = "<x>" + joined(made) + "</x>"
    (placed,) = place(text, [made], ITEMS)
    size = len(text.encode())
    assert fits([placed], size, len(ITEMS))
    assert not fits([placed], size - 5, len(ITEMS))  # past the end of the file
    assert not fits([placed], size, 1)  # an item the output does not list
    assert not fits([replace(placed, pieces=placed.pieces[:-3])], size, len(ITEMS))
    assert not fits([replace(placed, journals=())], size, len(ITEMS))
    assert not fits([replace(placed, template=["rss.xml"])], size, len(ITEMS))  # type: ignore[arg-type]
    assert not fits([replace(placed, context=(("updated", []),))], size, len(ITEMS))
    assert not fits([placed, placed], size, len(ITEMS))  # overlapping
    values = array("q")
    values.frombytes(placed.pieces)
    values[6], values[7] = values[7], values[6]  # out of order
    assert not fits([replace(placed, pieces=values.tobytes())], size, len(ITEMS))
