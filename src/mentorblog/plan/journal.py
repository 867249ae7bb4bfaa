"""The sessions log: what posts' `session:` fields add up to, for the journal page.

Pure sums over published posts, so the page shows the same numbers on every build."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from mentorblog.core.model import Page, Session


@dataclass(frozen=True, slots=True)
class Tally:
    """Sessions, minutes and distinct people for one slice of the log."""

    label: str
    sessions: int
    minutes: int
    people: int


@dataclass(frozen=True, slots=True)
class Entry:
    """One session, the post that logs it, and that post's day as written (None: undated)."""

    page_url: str
    session: Session
    day: date | None = None


@dataclass(frozen=True, slots=True)
class Logged:
    """One post and every session it logs, so two sessions of one post read as one entry."""

    page_url: str
    sessions: tuple[Session, ...]


@dataclass(frozen=True, slots=True)
class Journal:
    total: Tally
    years: tuple[Tally, ...]  # newest year first
    kinds: tuple[Tally, ...]  # most sessions first
    authors: tuple[Tally, ...]  # most sessions first
    entries: tuple[Entry, ...]  # newest post first
    posts: tuple[Logged, ...] = ()  # newest post first


def summarise(posts: Sequence[Page]) -> Journal:
    """`posts` newest first; posts without a date count in the totals but in no year."""
    groups: dict[tuple[str, str], list[Session]] = {}
    entries: list[Entry] = []
    for post in posts:
        for session in post.sessions:
            entries.append(Entry(post.url, session, post.date.date() if post.date else None))
            groups.setdefault(("all", ""), []).append(session)
            if post.date is not None:
                groups.setdefault(("year", str(post.date.year)), []).append(session)
            groups.setdefault(("kind", session.kind or "other"), []).append(session)
            for author in post.authors:
                groups.setdefault(("author", author), []).append(session)

    def slices(kind: str) -> list[Tally]:
        return [tally(label, found) for (k, label), found in groups.items() if k == kind]

    by_count = lambda t: (-t.sessions, -t.minutes, t.label.casefold())  # noqa: E731
    return Journal(
        total=tally("all", groups.get(("all", ""), [])),
        years=tuple(sorted(slices("year"), key=lambda t: t.label, reverse=True)),
        kinds=tuple(sorted(slices("kind"), key=by_count)),
        authors=tuple(sorted(slices("author"), key=by_count)),
        entries=tuple(entries),
        posts=tuple(Logged(p.url, tuple(p.sessions)) for p in posts if p.sessions),
    )


def tally(label: str, sessions: Sequence[Session]) -> Tally:
    """One slice of the log: its sessions, their minutes and the distinct people met."""
    people = {name.casefold() for s in sessions for name in s.people}
    return Tally(label, len(sessions), sum(s.minutes or 0 for s in sessions), len(people))
