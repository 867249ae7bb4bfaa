"""Commitments that carry from one session to the next: who promised what, in which post, and
which later post closed it. Pure: published pages in, a Ledger (or BuildErrors) out.

Ids are checked against every published post, so a hidden post may close what a public one
made; the Ledger the pages show is then made of the public posts alone, so nothing a hidden
post says reaches a public page."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from mentorblog.core import dates
from mentorblog.core.errors import BuildError, Notice, raise_all
from mentorblog.core.model import Item, Ledger, Page


def chronological(page: Page) -> tuple[object, ...]:
    """Oldest first; undated posts last (by path), as they have no place in time."""
    stamp = dates.stamp(page.date) if page.date else float("inf")
    return (stamp, str(page.source))


def scope_of(page: Page) -> str:
    """The journey a post's items belong to (its first series), else the journal ("")."""
    series = page.terms.get("series", ())
    return series[0] if series else ""


def check_commitments(pages: Iterable[Page]) -> None:
    """Every id made once, every `done:`/`dropped:` closing an id an earlier (or the same)
    post made and nobody closed before; all problems at once, each at file:line."""
    made: dict[str, Page] = {}
    lines: dict[str, int] = {}
    closed: dict[str, tuple[Page, int]] = {}
    ordered = sorted((p for p in pages if p.commitments or p.closures), key=chronological)
    errors: list[BuildError] = []
    for page in ordered:
        for c in page.commitments:
            if c.id in made:
                first = made[c.id]
                errors.append(
                    BuildError(
                        f"commitment `{c.id}` is made twice: also at {first.source}:{lines[c.id]}",
                        page.source,
                        c.line,
                    )
                )
            else:
                made[c.id], lines[c.id] = page, c.line
    seen: set[str] = set()
    for page in ordered:
        for c in page.commitments:
            seen.add(c.id)
        for closure in page.closures:
            key = "done" if closure.outcome == "done" else "dropped"
            if closure.id not in made:
                errors.append(
                    BuildError(
                        f"`{key}`: no post makes commitment `{closure.id}`{_known(made)}",
                        page.source,
                        closure.line,
                    )
                )
            elif closure.id not in seen:
                later = made[closure.id]
                errors.append(
                    BuildError(
                        f"`{key}`: commitment `{closure.id}` is made only later, at "
                        f"{later.source}:{lines[closure.id]}",
                        page.source,
                        closure.line,
                    )
                )
            elif closure.id in closed:
                first, line = closed[closure.id]
                errors.append(
                    BuildError(
                        f"`{key}`: commitment `{closure.id}` is already closed at "
                        f"{first.source}:{line}",
                        page.source,
                        closure.line,
                    )
                )
            else:
                closed[closure.id] = (page, closure.line)
    raise_all(errors, "commitments do not add up")


def _known(made: dict[str, Page]) -> str:
    if not made:
        return " (no post has `commitments:` yet)"
    names = sorted(made)
    shown = ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")
    return f" (known: {shown})"


def plan_ledger(pages: Sequence[Page], public: Callable[[Page], bool]) -> Ledger:
    """The commitments of the posts `public` lets readers see, with what became of each.
    A closure in a hidden post leaves the item open on public pages."""
    # Only the posts that take part are sorted: most journals' posts do not (0.1 s of
    # collect at 10,000 posts went on sorting them all).
    shown = sorted(
        (p for p in pages if (p.commitments or p.closures or p.sessions) and public(p)),
        key=chronological,
    )
    items: dict[str, Item] = {}
    order: list[str] = []
    for page in shown:
        order.append(page.url)
        for c in page.commitments:
            items[c.id] = Item(c, scope_of(page), page.url, page.date)
        for closure in page.closures:
            item = items.get(closure.id)
            if item is None or item.status != "open":
                continue
            items[closure.id] = replace(
                item,
                status=closure.outcome,
                closed=page.url,
                closed_at=page.date,
                note=closure.note,
            )
    return Ledger(tuple(items.values()), tuple(order))


@dataclass(frozen=True, slots=True)
class PostCommitments:
    """What one post shows: open from before (not closed here), closed here, made here."""

    open_before: tuple[Item, ...]
    closes: tuple[Item, ...]
    made: tuple[Item, ...]

    def __bool__(self) -> bool:
        return bool(self.open_before or self.closes or self.made)


def positions(ledger: Ledger) -> dict[str, int]:
    """Each taking-part post's place in time; made once per render view, not per post."""
    return {u: i for i, u in enumerate(ledger.order)}


def for_post(
    ledger: Ledger, url: str, scope: str, position: dict[str, int] | None = None
) -> PostCommitments:
    """Items still open when the post at `url` was written: those of its journey, or every
    one for a post outside any journey (the journal's view); the items it closes, whatever
    their journey; and the items it makes."""
    position = position if position is not None else positions(ledger)
    here = position.get(url)
    if here is None:
        return PostCommitments((), (), ())
    open_before = tuple(
        item
        for item in ledger.items
        if position[item.opened] < here
        and (scope == "" or item.scope == scope)
        and (item.status == "open" or position[item.closed] > here)
    )
    closes = tuple(item for item in ledger.items if item.closed == url)
    made = tuple(item for item in ledger.items if item.opened == url)
    return PostCommitments(open_before, closes, made)


def open_items(ledger: Ledger) -> tuple[Item, ...]:
    return tuple(item for item in ledger.items if item.status == "open")


def days_between(start: datetime | None, end: datetime | None) -> int | None:
    if start is None or end is None:
        return None
    return max(0, (end.date() - start.date()).days)


def overdue(ledger: Ledger, now: datetime) -> tuple[Item, ...]:
    """Open items whose `due` day is before `now`'s day."""
    return tuple(
        item
        for item in open_items(ledger)
        if item.commitment.due is not None and item.commitment.due.date() < now.date()
    )


def overdue_notices(ledger: Ledger, pages: Iterable[Page], now: datetime) -> list[Notice]:
    """`check`'s warnings: one per open item past its due day, at the line that made it."""
    by_url = {p.url: p for p in pages}
    notices = []
    for item in overdue(ledger, now):
        due = item.commitment.due
        assert due is not None
        late = (now.date() - due.date()).days
        notices.append(
            Notice(
                f"commitment `{item.commitment.id}` ({item.commitment.text}) was due "
                f"{due.date().isoformat()}, {late} {'day' if late == 1 else 'days'} ago, "
                "and is still open (close it with `done:` or `dropped:` in a later post)",
                by_url[item.opened].source,
                item.commitment.line,
            )
        )
    return notices


@dataclass(frozen=True, slots=True)
class Group:
    """One journey's or person's items, for the commitments page."""

    label: str
    open: tuple[Item, ...]
    done: tuple[Item, ...]
    dropped: tuple[Item, ...]


def groups(items: Sequence[Item], key: Callable[[Item], str], empty: str) -> tuple[Group, ...]:
    """Items grouped by `key` (an empty key is labelled `empty`), labels A-Z, `empty` last."""
    found: dict[str, list[Item]] = {}
    for item in items:
        found.setdefault(key(item) or "", []).append(item)
    ordered = sorted(found, key=lambda k: (k == "", k.casefold()))
    return tuple(
        Group(
            label or empty,
            tuple(i for i in found[label] if i.status == "open"),
            tuple(i for i in found[label] if i.status == "done"),
            tuple(i for i in found[label] if i.status == "dropped"),
        )
        for label in ordered
    )


@dataclass(frozen=True, slots=True)
class CommitmentsPage:
    """What `/commitments/` shows: counts, the day ages are counted to, and the items by
    journey and by person (an item with no owner is the journal's own)."""

    as_of: datetime | None  # the newest post that takes part: ages count to that day
    open: tuple[Item, ...]
    done: tuple[Item, ...]
    dropped: tuple[Item, ...]
    by_journey: tuple[Group, ...]
    by_person: tuple[Group, ...]

    def age(self, item: Item) -> int | None:
        """Days open until `as_of` (open items) or until closed (closed items)."""
        end = item.closed_at if item.status != "open" else self.as_of
        return days_between(item.opened_at, end)


def commitments_page(ledger: Ledger, as_of: datetime | None) -> CommitmentsPage:
    items = ledger.items
    return CommitmentsPage(
        as_of,
        tuple(i for i in items if i.status == "open"),
        tuple(i for i in items if i.status == "done"),
        tuple(i for i in items if i.status == "dropped"),
        groups(items, lambda i: i.scope, "The journal"),
        groups(items, lambda i: i.commitment.owner, "No owner named"),
    )
