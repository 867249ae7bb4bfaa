"""The store: texts written by one process come back whole, in any order, from another."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorblog.core.model import StoredText
from mentorblog.core.store import PackReader, PackWriter


def test_texts_come_back_as_written(tmp_path: Path) -> None:
    writer = PackWriter(tmp_path / "packs")
    first, second = writer.add("<p>Olá</p>"), writer.add("second € text")
    writer.close()
    assert first.pack == second.pack and second.offset == first.length
    reader = PackReader(tmp_path / "packs")
    assert reader.read(second) == "second € text"
    assert reader.read(first) == "<p>Olá</p>"
    reader.close()


def test_a_text_held_inline_is_itself(tmp_path: Path) -> None:
    assert PackReader(None).read("<p>inline</p>") == "<p>inline</p>"


def test_a_stored_text_needs_a_store() -> None:
    with pytest.raises(ValueError, match="names no store"):
        PackReader(None).read(StoredText("x.pack", 0, 1))
