"""Pictures of the journey for the sessions page: inline SVG drawn at build time, no script.

Every chart is `role="img"` with a `<title>` and a `<desc>` that says in words what it shows;
the page's tables stay beside them with the same numbers. Colours come from the theme's CSS
variables (classes styled in css/journal.css) and text is `currentColor`, so both palettes
work; each SVG has a viewBox and no fixed width, so it is sharp at any size. "The last year" is
the twelve months up to the newest session, never the build's clock, so builds repeat."""

from __future__ import annotations

import calendar
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape

from babel.dates import format_skeleton, get_month_names
from markupsafe import Markup

from mentorblog.core.locales import format_number, native_digits
from mentorblog.core.model import Session
from mentorblog.read.labels import labels_in
from mentorblog.render.i18n import translate

MONTHS_SHOWN = 24  # the month chart's span at most, ending at the newest session
BARS_SHOWN = 10  # people or kinds in a bar chart; the rest are summed as "others"
_WIDTH = 320  # viewBox width of the month and bar charts: one unit a CSS pixel on a phone


@dataclass(frozen=True, slots=True)
class Dated:
    """One session with its post's day."""

    day: date
    session: Session


@dataclass(frozen=True, slots=True)
class MonthRow:
    label: str  # "March 2024"
    sessions: int
    minutes: int


@dataclass(frozen=True, slots=True)
class Charts:
    months: Markup
    month_rows: tuple[MonthRow, ...]  # the chart's data, for its table
    calendar: Markup
    calendar_summary: str
    people: Markup
    kinds: Markup

    def __bool__(self) -> bool:
        return bool(self.months)


@dataclass(frozen=True, slots=True)
class Words:
    """The theme's words and the language's month names and numbers, for the charts' titles,
    descriptions and axes; English unless the page's labels are given."""

    labels: Mapping[str, str] = field(default_factory=lambda: labels_in("en"))

    @property
    def locale(self) -> str:
        return self.labels.get(".locale", "en")

    def say(self, key: str, count: float | None = None, **values: object) -> str:
        return translate(self.labels, key, count, values)

    def count(self, key: str, n: int) -> str:
        return self.say(key, n)

    def number(self, n: float) -> str:
        return format_number(n, self.locale)

    def month(self, year: int, month: int) -> str:
        """ "March 2025", "mars 2025", "2025年3月"."""
        if self.locale == "en":
            return f"{calendar.month_name[month]} {year}"
        text = format_skeleton("yMMMM", date(year, month, 1), locale=self.locale)
        return native_digits(str(text), self.locale)

    def short_month(self, year: int, month: int) -> str:
        if self.locale == "en":
            return f"{calendar.month_abbr[month]} {year}"
        text = format_skeleton("yMMM", date(year, month, 1), locale=self.locale)
        return native_digits(str(text), self.locale)

    def month_tick(self, month: int, narrow: bool) -> str:
        if self.locale == "en":
            return calendar.month_abbr[month][0] if narrow else calendar.month_abbr[month]
        names = get_month_names("narrow" if narrow else "abbreviated", locale=self.locale)
        return str(names[month])


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


def month_chart(
    dated: Sequence[Dated], words: Words | None = None
) -> tuple[Markup, tuple[MonthRow, ...]]:
    """Two bar panels over the same months: sessions, then minutes."""
    words = words or Words()
    if not dated:
        return Markup(""), ()
    first = min(_month_key(d.day) for d in dated)
    last = max(_month_key(d.day) for d in dated)
    span = (last[0] - first[0]) * 12 + last[1] - first[1] + 1
    months = _months_back(last, min(span, MONTHS_SHOWN))
    counts = {m: [0, 0] for m in months}
    for d in dated:
        key = _month_key(d.day)
        if key in counts:
            counts[key][0] += 1
            counts[key][1] += d.session.minutes or 0
    rows = tuple(
        MonthRow(words.month(y, m), counts[(y, m)][0], counts[(y, m)][1]) for y, m in months
    )
    left, right, panel, gap, top = 34, 6, 64, 30, 16
    slot = (_WIDTH - left - right) / len(months)
    bar = max(2.0, slot * 0.7)
    height = top + panel + gap + panel + 26
    parts: list[str] = []
    for index, (name, values, unit) in enumerate(
        (
            (words.say("sessions_per_month"), [r.sessions for r in rows], "session_count"),
            (words.say("minutes_per_month"), [r.minutes for r in rows], "minute_count"),
        )
    ):
        y0 = top + index * (panel + gap)
        peak = max(values) or 1
        parts.append(
            f'<text class="chart-label" x="0" y="{y0 - 5}">{_t(name)}</text>'
            f'<line class="chart-axis" x1="{left}" x2="{_WIDTH - right}" '
            f'y1="{y0 + panel}" y2="{y0 + panel}"/>'
            f'<text class="chart-tick" x="{left - 4}" y="{y0 + 8}" text-anchor="end">'
            f"{words.number(peak)}</text>"
            f'<text class="chart-tick" x="{left - 4}" y="{y0 + panel}" text-anchor="end">'
            f"{words.number(0)}</text>"
        )
        for i, (value, row) in enumerate(zip(values, rows, strict=True)):
            if not value:
                continue
            h = max(1.0, panel * value / peak)
            x = left + i * slot + (slot - bar) / 2
            parts.append(
                f'<rect class="chart-bar" x="{x:.1f}" y="{y0 + panel - h:.1f}" '
                f'width="{bar:.1f}" height="{h:.1f}" rx="1">'
                f"<title>{_t(row.label)}: {_t(words.count(unit, value))}</title></rect>"
            )
    base = top + 2 * panel + gap + 14
    for i, (y, m) in enumerate(months):
        if len(months) <= 12 or m in (1, 4, 7, 10) or i == 0:
            x = left + i * slot + slot / 2
            label = words.month_tick(m, narrow=len(months) > 6)
            parts.append(
                f'<text class="chart-tick" x="{x:.1f}" y="{base}" text-anchor="middle">'
                f"{_t(label)}</text>"
            )
        if m == 1 or i == 0:
            x = left + i * slot
            year = native_digits(str(y), words.locale)
            parts.append(f'<text class="chart-tick" x="{x:.1f}" y="{base + 11}">{year}</text>')
    busiest = max(rows, key=lambda r: (r.sessions, r.minutes))
    desc = words.say(
        "chart_months_desc",
        months=words.count("month_count", len(rows)),
        first=rows[0].label,
        last=rows[-1].label,
        sessions=words.count("session_count", sum(r.sessions for r in rows)),
        minutes=words.count("minute_count", sum(r.minutes for r in rows)),
        busiest=busiest.label,
        busiest_sessions=words.count("session_count", busiest.sessions),
        busiest_minutes=words.count("minute_count", busiest.minutes),
    )
    title = words.say("chart_months_title")
    return Markup(
        _svg("chart-months", _WIDTH, height, title, desc, "".join(parts), "chart-months")
    ), rows


def calendar_chart(dated: Sequence[Dated], words: Words | None = None) -> tuple[Markup, str]:
    """Twelve small month grids (Monday first) ending at the newest session's month, one
    SVG each, so they wrap to fit the screen; a day with a session is filled."""
    words = words or Words()
    if not dated:
        return Markup(""), ""
    last = max(d.day for d in dated)
    months = _months_back(_month_key(last), 12)
    start = date(months[0][0], months[0][1], 1)
    per_day: dict[date, int] = {}
    for d in dated:
        if start <= d.day <= last:
            per_day[d.day] = per_day.get(d.day, 0) + 1
    cell, step, head = 11, 13, 16
    blocks: list[str] = []
    for y, m in months:
        first = date(y, m, 1)
        days = calendar.monthrange(y, m)[1]
        offset = first.weekday()
        rows = (offset + days + 6) // 7
        height = head + rows * step
        parts = [f'<text class="chart-label" x="0" y="11">{_t(words.short_month(y, m))}</text>']
        busy = 0
        for n in range(days):
            day = first + timedelta(days=n)
            position = offset + n
            x, yy = (position % 7) * step, head + (position // 7) * step
            count = per_day.get(day, 0)
            busy += count > 0
            cls = "chart-day is-busy" if count else "chart-day"
            when = native_digits(day.isoformat(), words.locale)
            tip = f"{when}: {_t(words.count('session_count', count))}" if count else ""
            parts.append(
                f'<rect class="{cls}" x="{x}" y="{yy}" width="{cell}" height="{cell}" rx="2">'
                + (f"<title>{tip}</title>" if tip else "")
                + "</rect>"
            )
        name = words.month(y, m)
        blocks.append(
            _svg(
                f"chart-cal-{y}-{m:02d}",
                7 * step,
                height,
                name,
                words.say("calendar_month_desc", month=name, days=words.count("day_count", busy)),
                "".join(parts),
                "chart-month",
            )
        )
    total_days = len(per_day)
    summary = words.say(
        "calendar_summary",
        first=words.month(*months[0]),
        last=words.month(*months[-1]),
        days=words.count("day_count", total_days),
        sessions=words.count("session_count", sum(per_day.values())),
    )
    return Markup("".join(blocks)), summary


def bar_chart(
    ident: str, title: str, rows: Sequence[tuple[str, int, int]], words: Words | None = None
) -> Markup:
    """Horizontal bars of minutes, a label line above each bar; `rows` (label, minutes,
    sessions) most minutes first."""
    words = words or Words()
    rows = [r for r in rows if r[1] > 0]
    if len(rows) < 2:
        return Markup("")
    if len(rows) > BARS_SHOWN:
        rest = rows[BARS_SHOWN - 1 :]
        rows = [
            *rows[: BARS_SHOWN - 1],
            (
                words.count("others_count", len(rest)),
                sum(r[1] for r in rest),
                sum(r[2] for r in rest),
            ),
        ]
    peak = max(r[1] for r in rows)
    step, bar = 36, 14
    parts: list[str] = []
    for i, (label, minutes, sessions) in enumerate(rows):
        y = i * step
        width = max(2.0, (_WIDTH - 4) * minutes / peak)
        text = f"{label} · {words.count('minute_count', minutes)}{words.say('comma')}" + (
            words.count("session_count", sessions)
        )
        parts.append(
            f'<text class="chart-label" x="0" y="{y + 12}">{_t(text)}</text>'
            f'<rect class="chart-bar" x="0" y="{y + 17}" width="{width:.1f}" height="{bar}" '
            f'rx="2"><title>{_t(text)}</title></rect>'
        )
    desc = "; ".join(f"{label}: {words.count('minute_count', m)}" for label, m, _ in rows) + "."
    return Markup(_svg(ident, _WIDTH, len(rows) * step, title, desc, "".join(parts), "chart-bars"))


def _by(dated: Sequence[Dated], keys: str, other: str) -> list[tuple[str, int, int]]:
    """(name, minutes, sessions) per person or kind of session; a session of no kind is
    counted under `other`, the page's word for it."""
    found: dict[str, list[int]] = {}
    spelling: dict[str, str] = {}
    for d in dated:
        names = d.session.people if keys == "people" else (d.session.kind or other,)
        for name in names:
            key = name.casefold()
            spelling.setdefault(key, name)
            entry = found.setdefault(key, [0, 0])
            entry[0] += d.session.minutes or 0
            entry[1] += 1
    rows = [(spelling[k], v[0], v[1]) for k, v in found.items()]
    return sorted(rows, key=lambda r: (-r[1], -r[2], r[0].casefold()))


def journal_charts(dated: Sequence[Dated], words: Words | None = None) -> Charts:
    """Every chart of the sessions page; empty markup where there is nothing to draw."""
    words = words or Words()
    months, month_rows = month_chart(dated, words)
    cal, summary = calendar_chart(dated, words)
    return Charts(
        months,
        month_rows,
        cal,
        summary,
        bar_chart("chart-people", words.say("minutes_by_person"), _by(dated, "people", ""), words),
        bar_chart(
            "chart-kinds",
            words.say("minutes_by_kind"),
            _by(dated, "kinds", words.say("kind_other")),
            words,
        ),
    )
