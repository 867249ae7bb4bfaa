"""The hours log beside the sessions page: `sessions.csv` and `sessions.json`, one row per
session, oldest first, for the logs coaching credentials ask for (ICF, EMCC).

Rows come from the same Journal the page sums, so the totals are the page's."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass

from mentorblog.plan.journal import Journal
from mentorblog.render.views import SiteView

COLUMNS = ("date", "minutes", "with", "kind", "format", "paid", "post")
# A cell a spreadsheet would run as a formula (OWASP's list): written with a leading `'`.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True, slots=True)
class Row:
    date: str  # YYYY-MM-DD in the post's own offset, "" for an undated post
    minutes: int | None
    people: tuple[str, ...]
    kind: str
    format: str
    paid: bool | None
    post: str  # the post's permalink


def rows(view: SiteView, journal: Journal) -> Iterator[Row]:
    """Oldest post first; a post's sessions in the order it lists them."""
    for logged in reversed(journal.posts):
        page = view._site.pages[logged.page_url]
        day = page.date.date().isoformat() if page.date else ""
        for s in logged.sessions:
            yield Row(
                day, s.minutes, s.people, s.kind, s.format, s.paid, view.absurl(logged.page_url)
            )


def _cell(text: str) -> str:
    return "'" + text if text.startswith(_FORMULA_START) else text


def sessions_csv(view: SiteView) -> bytes:
    """RFC 4180 with CRLF line ends and a header row; names joined by "; "."""
    journal = view._journal  # recorded by render_output as the `journal` key
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in rows(view, journal):
        writer.writerow(
            (
                r.date,
                "" if r.minutes is None else r.minutes,
                _cell("; ".join(r.people)),
                _cell(r.kind),
                r.format,
                "" if r.paid is None else str(r.paid).lower(),
                r.post,
            )
        )
    return out.getvalue().encode()


def sessions_json(view: SiteView) -> bytes:
    """`{"totals": {...}, "sessions": [...]}`; `paid` appears only where a post gives it."""
    journal = view._journal  # recorded by render_output as the `journal` key
    sessions = []
    for r in rows(view, journal):
        entry: dict[str, object] = {
            "date": r.date or None,
            "minutes": r.minutes,
            "with": list(r.people),
            "kind": r.kind or None,
            "format": r.format,
        }
        if r.paid is not None:
            entry["paid"] = r.paid
        entry["post"] = r.post
        sessions.append(entry)
    total = journal.total
    document = {
        "title": view.title,
        "home_page_url": view.absurl("/"),
        "totals": {"sessions": total.sessions, "minutes": total.minutes, "people": total.people},
        "sessions": sessions,
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode()
