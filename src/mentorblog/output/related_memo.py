"""Related posts kept from one build to the next.

Working out which posts are related (plan/related.py) reads every post's address, date, tags
and journeys, and cost an edit build at 10,000 posts 0.16 s of its collect stage, while an
edit of a post's text changes none of them. The build cache keeps what the last build worked
out, under a digest of everything it was made from (those fields of every post in order, the
limit, and mentorblog's code), and a build whose posts digest the same takes it as it is.

Nothing of a post held back reaches the cache, or stays there: only published posts are
related, a site with a shared (sealed) post among its listed posts keeps nothing here, and the
file holds only what the last build used (what a -D build stored goes with the next build)."""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Mapping, Sequence
from pathlib import Path

from mentorblog.core import dates
from mentorblog.core.model import Page
from mentorblog.output.cache import load_cached, replace_file, source_digest
from mentorblog.plan.related import WEIGHTS, related_posts

FILE = "related.pickle"  # in the build cache: {digest: {post url: related post urls}}
_TEMP = "related-"

Related = Mapping[str, tuple[str, ...]]


class RelatedMemo:
    """`related_posts` for collect, through the build cache's copy (one per language)."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder
        self._stored: dict[str, Related] | None = None  # read on first use
        self._on_disk: set[str] | None = None  # the keys the file holds; None: not known
        self._used: dict[str, Related] = {}  # what this build worked out or took

    def __call__(self, posts: Sequence[Page], limit: int) -> Related:
        stored = self._read()
        if limit <= 0 or not posts or any(p.is_sealed for p in posts):
            self._sync()
            return related_posts(posts, limit)
        key = _digest(posts, limit)
        taken = stored.get(key)
        if taken is not None and not _among(taken, {p.url for p in posts}, limit):
            taken = None  # its digest is of public facts: anyone who can write the file can
            # make it; only related posts that are among these posts are taken
        found = taken if taken is not None else related_posts(posts, limit)
        self._used[key] = found
        self._sync()
        return found

    def _read(self) -> dict[str, Related]:
        if self._stored is None:
            self._stored = {}
            try:
                with open(self._folder / FILE, "rb") as f:
                    value = load_cached(f)
            except FileNotFoundError:
                self._on_disk = set()
            except (OSError, EOFError, pickle.UnpicklingError, ValueError):
                pass
            else:
                if _well_formed(value):
                    self._stored = value
                    self._on_disk = set(value)
        return self._stored

    def _sync(self) -> None:
        """The file holds what this build used so far, and nothing else: an earlier build's
        entries (a -D build's, a language no longer built) name posts this one may hold
        back. Rewritten only when its keys differ (an edit's build keeps the one it took)."""
        if self._on_disk == set(self._used):
            return
        if self._used:
            data = pickle.dumps(self._used, protocol=pickle.HIGHEST_PROTOCOL)
            replace_file(self._folder, FILE, _TEMP, data)
        else:
            forget(self._folder)
        self._on_disk = set(self._used)


def forget(folder: Path) -> None:
    """Delete the stored related posts (a build that failed before it knew which posts it
    publishes: the last build's, with -D say, may name a post held back now)."""
    with contextlib.suppress(OSError):
        os.unlink(folder / FILE)


def _among(found: Related, urls: set[str], limit: int) -> bool:
    """Whether every post named is one of `urls`, each with at most `limit` others."""
    return found.keys() <= urls and all(
        len(related) <= limit and url not in related and urls.issuperset(related)
        for url, related in found.items()
    )


def _digest(posts: Sequence[Page], limit: int) -> str:
    """Everything `related_posts` reads: each post's address, date, tags and journeys."""
    fields = [
        (
            p.url,
            dates.stamp(p.date) if p.date else 0.0,
            tuple(p.terms.get(name, ()) for name in (*WEIGHTS, "series")),
        )
        for p in posts
    ]
    return hashlib.sha256(repr((source_digest(), limit, fields)).encode()).hexdigest()


def _well_formed(value: object) -> bool:
    """The shape this module writes: the cache may come from storage others can write to."""
    return isinstance(value, dict) and all(
        isinstance(k, str)
        and isinstance(v, dict)
        and all(
            isinstance(url, str)
            and isinstance(found, tuple)
            and all(isinstance(u, str) for u in found)
            for url, found in v.items()
        )
        for k, v in value.items()
    )
