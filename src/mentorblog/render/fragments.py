"""Fragments kept between builds: the part of a big output that one post makes (an item of a
feed, an entry of `/index.json`), stored by the build with what it read, so an edit build
assembles the site's feeds from stored items and renders only the edited post's again.

The render stage sees the store only through `Fragments` (the build hands one in; check and
the preview render without). The store (output/fragments.py) answers `find` only when every
dependency the fragment read then digests as it does now, with the same layout, code and
settings: wrong reuse is far worse than rendering again."""

from __future__ import annotations

from collections.abc import Set
from typing import Protocol

from mentorblog.render.deps import Dependency
from mentorblog.render.splice import Ident


class Fragments(Protocol):
    """Where a render view finds and keeps fragments (output/fragments.py's FragmentStore)."""

    def find(self, key: str, template: str | None) -> tuple[str, frozenset[Dependency]] | None:
        """The fragment stored under `key` with what it read, when it is still right."""
        ...

    def keep(self, key: str, template: str | None, value: str, deps: Set[Dependency]) -> Ident:
        """Store a fragment just rendered (by the layout `template`, if any) and what it read;
        where it is stored (its journal, its offset)."""
        ...

    def where(self, key: str) -> Ident | None:
        """Where the fragment `find` finds under `key` is stored."""
        ...

    def findable(self, journal: str) -> Set[int]:
        """The offsets in `journal` of the fragments still right, as `find` finds them."""
        ...

    def flush(self) -> None:
        """Make what `keep` stored so far durable (after each output)."""
        ...
