"""Pictures of the journey for the sessions page: inline SVG drawn at build time, no script.

Every chart is `role="img"` with a `<title>` and a `<desc>` that says in words what it shows;
the page's tables stay beside them with the same numbers. Colours come from the theme's CSS
variables (classes styled in css/journal.css) and text is `currentColor`, so both palettes
work; each SVG has a viewBox and no fixed width, so it is sharp at any size. "The last year" is
the twelve months up to the newest session, never the build's clock, so builds repeat."""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape

from markupsafe import Markup

from mentorblog.core.model import Session
from mentorblog.plan.journal import Entry, Tally, tally

MONTHS_SHOWN = 24  # the month chart's span at most, ending at the newest session
BARS_SHOWN = 10  # people or kinds in a bar chart; the rest are summed as "others"
_WIDTH = 320  # viewBox width of the month and bar charts: one unit a CSS pixel on a phone


Dated = tuple[date, Session]  # a session and its post's day


@dataclass(frozen=True, slots=True)
class Charts:
    months: Markup
    month_rows: tuple[Tally, ...]  # the chart's data, for its table ("March 2024")
    calendar: Markup
    calendar_summary: str
    people: Markup
    kinds: Markup

    def __bool__(self) -> bool:
        return bool(self.months)


def _t(text: object) -> str:
    return escape(str(text), quote=True)


def _svg(ident: str, width: int, height: int, title: str, desc: str, body: str, cls: str) -> str:
    return (
        f'<svg class="chart {cls}" viewBox="0 0 {width} {height}" role="img" '
        f'aria-labelledby="{ident}-t {ident}-d" xmlns="http://www.w3.org/2000/svg">'
        f'<title id="{ident}-t">{_t(title)}</title><desc id="{ident}-d">{_t(desc)}</desc>'
        f"{body}</svg>"
    )


def _month_key(day: date) -> tuple[int, int]:
    return day.year, day.month


def _months_back(last: tuple[int, int], count: int) -> list[tuple[int, int]]:
    year, month = last
    found = []
    for _ in range(count):
        found.append((year, month))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        if year < 1:  # a session dated in the year 1 (a date Python cannot go before)
            break
    return found[::-1]


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}" + ("" if n == 1 else "s")


def month_chart(dated: Sequence[Dated]) -> tuple[Markup, tuple[Tally, ...]]:
    """Two bar panels over the same months: sessions, then minutes."""
    if not dated:
        return Markup(""), ()
    first = min(_month_key(day) for day, _ in dated)
    last = max(_month_key(day) for day, _ in dated)
    span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    months = _months_back(last, min(span, MONTHS_SHOWN))
    counts: dict[tuple[int, int], list[Session]] = {m: [] for m in months}
    for day, session in dated:
        counts.get(_month_key(day), []).append(session)
    rows = tuple(tally(f"{calendar.month_name[m]} {y}", counts[(y, m)]) for y, m in months)
    left, right, panel, gap, top = 34, 6, 64, 30, 16
    slot = (_WIDTH - left - right) / len(months)
    bar = max(2.0, slot * 0.7)
    height = top + panel + gap + panel + 26
    parts: list[str] = []
    for index, (name, values, unit) in enumerate(
        (
            ("Sessions", [r.sessions for r in rows], "sessions"),
            ("Minutes", [r.minutes for r in rows], "minutes"),
        )
    ):
        y0 = top + index * (panel + gap)
        peak = max(values) or 1
        parts.append(
            f'<text class="chart-label" x="0" y="{y0 - 5}">{name} per month</text>'
            f'<line class="chart-axis" x1="{left}" x2="{_WIDTH - right}" '
            f'y1="{y0 + panel}" y2="{y0 + panel}"/>'
            f'<text class="chart-tick" x="{left - 4}" y="{y0 + 8}" text-anchor="end">'
            f"{peak:,}</text>"
            f'<text class="chart-tick" x="{left - 4}" y="{y0 + panel}" text-anchor="end">0</text>'
        )
        for i, (value, row) in enumerate(zip(values, rows, strict=True)):
            if not value:
                continue
            h = max(1.0, panel * value / peak)
            x = left + i * slot + (slot - bar) / 2
            parts.append(
                f'<rect class="chart-bar" x="{x:.1f}" y="{y0 + panel - h:.1f}" '
                f'width="{bar:.1f}" height="{h:.1f}" rx="1">'
                f"<title>{_t(row.label)}: {_plural(value, unit[:-1])}</title></rect>"
            )
    base = top + 2 * panel + gap + 14
    for i, (y, m) in enumerate(months):
        if len(months) <= 12 or m in (1, 4, 7, 10) or i == 0:
            x = left + i * slot + slot / 2
            label = calendar.month_abbr[m][0] if len(months) > 6 else calendar.month_abbr[m]
            parts.append(
                f'<text class="chart-tick" x="{x:.1f}" y="{base}" text-anchor="middle">'
                f"{label}</text>"
            )
        if m == 1 or i == 0:
            x = left + i * slot
            parts.append(f'<text class="chart-tick" x="{x:.1f}" y="{base + 11}">{y}</text>')
    busiest = max(rows, key=lambda r: (r.sessions, r.minutes))
    desc = (
        f"{len(rows)} months from {rows[0].label} to {rows[-1].label}: "
        f"{_plural(sum(r.sessions for r in rows), 'session')}, "
        f"{_plural(sum(r.minutes for r in rows), 'minute')}. "
        f"Busiest: {busiest.label}, {_plural(busiest.sessions, 'session')} and "
        f"{_plural(busiest.minutes, 'minute')}. The table below lists every month."
    )
    title = "Sessions and minutes per month"
    return Markup(
        _svg("chart-months", _WIDTH, height, title, desc, "".join(parts), "chart-months")
    ), rows


def calendar_chart(dated: Sequence[Dated]) -> tuple[Markup, str]:
    """Twelve small month grids (Monday first) ending at the newest session's month, one
    SVG each, so they wrap to fit the screen; a day with a session is filled."""
    if not dated:
        return Markup(""), ""
    last = max(day for day, _ in dated)
    months = _months_back(_month_key(last), 12)
    start = date(months[0][0], months[0][1], 1)
    per_day: dict[date, int] = {}
    for day, _ in dated:
        if start <= day <= last:
            per_day[day] = per_day.get(day, 0) + 1
    cell, step, head = 11, 13, 16
    blocks: list[str] = []
    for y, m in months:
        first = date(y, m, 1)
        days = calendar.monthrange(y, m)[1]
        offset = first.weekday()
        rows = (offset + days + 6) // 7
        height = head + rows * step
        parts = [f'<text class="chart-label" x="0" y="11">{calendar.month_abbr[m]} {y}</text>']
        busy = 0
        for n in range(days):
            day = first + timedelta(days=n)
            position = offset + n
            x, yy = (position % 7) * step, head + (position // 7) * step
            count = per_day.get(day, 0)
            busy += count > 0
            cls = "chart-day is-busy" if count else "chart-day"
            tip = f"{day.isoformat()}: {_plural(count, 'session')}" if count else ""
            parts.append(
                f'<rect class="{cls}" x="{x}" y="{yy}" width="{cell}" height="{cell}" rx="2">'
                + (f"<title>{tip}</title>" if tip else "")
                + "</rect>"
            )
        name = f"{calendar.month_name[m]} {y}"
        blocks.append(
            _svg(
                f"chart-cal-{y}-{m:02d}",
                7 * step,
                height,
                name,
                f"{name}: {_plural(busy, 'day')} with a session.",
                "".join(parts),
                "chart-month",
            )
        )
    total_days = len(per_day)
    summary = (
        f"Session days from {calendar.month_name[months[0][1]]} {months[0][0]} to "
        f"{calendar.month_name[months[-1][1]]} {months[-1][0]}: {_plural(total_days, 'day')} "
        f"with {_plural(sum(per_day.values()), 'session')}."
    )
    return Markup("".join(blocks)), summary


def bar_chart(ident: str, title: str, rows: Sequence[tuple[str, int, int]]) -> Markup:
    """Horizontal bars of minutes, a label line above each bar; `rows` (label, minutes,
    sessions) most minutes first."""
    rows = [r for r in rows if r[1] > 0]
    if len(rows) < 2:
        return Markup("")
    if len(rows) > BARS_SHOWN:
        rest = rows[BARS_SHOWN - 1 :]
        rows = [
            *rows[: BARS_SHOWN - 1],
            (f"{len(rest)} others", sum(r[1] for r in rest), sum(r[2] for r in rest)),
        ]
    peak = max(r[1] for r in rows)
    step, bar = 36, 14
    parts: list[str] = []
    for i, (label, minutes, sessions) in enumerate(rows):
        y = i * step
        width = max(2.0, (_WIDTH - 4) * minutes / peak)
        text = f"{label} · {_plural(minutes, 'minute')}, {_plural(sessions, 'session')}"
        parts.append(
            f'<text class="chart-label" x="0" y="{y + 12}">{_t(text)}</text>'
            f'<rect class="chart-bar" x="0" y="{y + 17}" width="{width:.1f}" height="{bar}" '
            f'rx="2"><title>{_t(text)}</title></rect>'
        )
    desc = "; ".join(f"{label}: {_plural(m, 'minute')}" for label, m, _ in rows) + "."
    return Markup(_svg(ident, _WIDTH, len(rows) * step, title, desc, "".join(parts), "chart-bars"))


def _by(dated: Sequence[Dated], keys: str) -> list[tuple[str, int, int]]:
    found: dict[str, list[int]] = {}
    spelling: dict[str, str] = {}
    for _, session in dated:
        names = session.people if keys == "people" else (session.kind or "other",)
        for name in names:
            key = name.casefold()
            spelling.setdefault(key, name)
            entry = found.setdefault(key, [0, 0])
            entry[0] += session.minutes or 0
            entry[1] += 1
    rows = [(spelling[k], v[0], v[1]) for k, v in found.items()]
    return sorted(rows, key=lambda r: (-r[1], -r[2], r[0].casefold()))


def journal_charts(entries: Sequence[Entry]) -> Charts:
    """Every chart of the sessions page, from the journal's entries (newest first); empty
    markup where there is nothing to draw. Undated posts' sessions are in no chart."""
    dated = [(e.day, e.session) for e in reversed(entries) if e.day is not None]
    months, month_rows = month_chart(dated)
    cal, summary = calendar_chart(dated)
    return Charts(
        months,
        month_rows,
        cal,
        summary,
        bar_chart("chart-people", "Minutes by person met", _by(dated, "people")),
        bar_chart("chart-kinds", "Minutes by kind of session", _by(dated, "kinds")),
    )
