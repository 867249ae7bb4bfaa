"""Dates as authors write them in Jekyll and Hugo front matter, always made timezone-aware.

The written offset is kept (never converted), so `2022-02-02T15:10:30+08:00` displays and
links as the author wrote it, while ordering uses the absolute instant."""

from __future__ import annotations

import functools
import re
import unicodedata
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo

_CLOCK = r"""(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?P<frac>\.\d+)?)?"""
# An offset may have a space after its sign (`+ 0900`, from a widely copied tutorial).
_ZONE = r"""\s*(?P<tz>[Zz]|[+-]\s?\d{2}:?\d{2}|[+-]\s?\d{2}|UTC|GMT)?\s*$"""
_DATE_RE = re.compile(
    rf"""^\s*(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})
    (?:(?:[Tt]|\s+){_CLOCK})?{_ZONE}""",
    re.VERBOSE,
)
# Dates with the month's English name, which Jekyll (Ruby's Time.parse) reads too:
# `27 September 2015`, `5 Mar 2021`, `September 27, 2015`, each with an optional time.
_WORDY_RE = re.compile(
    rf"""^\s*(?:(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>[A-Za-z]{{3,}})\.?,?
    |(?P<mon2>[A-Za-z]{{3,}})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?)\s+(?P<y>\d{{4}})
    (?:,?\s+{_CLOCK})?{_ZONE}""",
    re.VERBOSE,
)
_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}


class DateError(ValueError):
    """A value that is not a date an author could mean."""


@functools.lru_cache(maxsize=1 << 16)
def stamp(moment: datetime) -> float:
    """`moment.timestamp()`, remembered: lists, terms, feeds and related posts sort the same
    10,000 dates again and again, and an aware datetime's timestamp costs ~1 µs (its hash is
    cached by the datetime itself)."""
    return moment.timestamp()


def parse_date(value: object, zone: tzinfo) -> tuple[datetime, bool]:
    """(aware datetime, has_time). Naive values take the site zone; date-only is midnight."""
    if isinstance(value, datetime):
        if value.tzinfo is None:
            return value.replace(tzinfo=zone), True
        return value, True
    if isinstance(value, date):
        return datetime.combine(value, time(), tzinfo=zone), False
    if not isinstance(value, str):
        raise DateError(f"not a date: {value!r}")
    text = unicodedata.normalize(
        "NFKC", value
    )  # full-width digits and colons, as some authors type them
    match = _DATE_RE.match(text)
    parts: dict[str, str | None] | None = match.groupdict() if match else _wordy(text)
    if parts is None:
        raise DateError(
            f"not a date: {value!r} (expected e.g. 2024-05-02 or 2024-05-02T18:30:00+02:00)"
        )
    got = {k: v or "" for k, v in parts.items()}
    try:
        day = date(int(got["y"]), int(got["m"]), int(got["d"]))
        clock = time()
        if got["H"]:
            micro = int(float(got["frac"]) * 1_000_000) if got["frac"] else 0
            clock = time(int(got["H"]), int(got["M"]), int(got["S"] or 0), micro)
    except ValueError as err:
        raise DateError(f"not a real date: {value!r} ({err})") from None
    tz = _offset(got["tz"]) if got["tz"] else zone
    return datetime.combine(day, clock, tzinfo=tz), bool(got["H"])


def _wordy(text: str) -> dict[str, str | None] | None:
    """The parts of a date written with the month's name, as `_DATE_RE` names them."""
    match = _WORDY_RE.match(text)
    if match is None:
        return None
    parts = match.groupdict()
    month = _MONTH_NUMBERS.get(str(parts["mon"] or parts["mon2"]).lower())
    if month is None:
        return None
    return {**parts, "m": str(month), "d": parts["d"] or parts["d2"]}


def _offset(text: str) -> tzinfo:
    if text in ("Z", "z", "UTC", "GMT"):
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].strip().replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        raise DateError(f"not a time zone offset: {text!r}")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


_FIXED_OFFSET = re.compile(r"[+-]\d{2}:?\d{2}")


def site_zone(name: str) -> tzinfo:
    """The site's `timezone`: an IANA name, or a fixed offset (`+0100`, `-05:30`), which
    Jekyll sites carry and their authors mean as that offset. ZoneInfoNotFoundError or
    ValueError (DateError) for anything else."""
    if _FIXED_OFFSET.fullmatch(name):
        return _offset(name)
    return ZoneInfo(name)


def format_date(moment: datetime, fmt: str) -> str:
    """strftime with `%-d`-style flags done here, so it works the same on every platform."""
    out: list[str] = []
    i = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch == "%" and i + 1 < len(fmt):
            nxt = fmt[i + 1]
            if nxt == ":" and fmt[i + 2 : i + 3] == "z":
                offset = moment.strftime("%z")
                out.append(offset[:3] + ":" + offset[3:] if offset else "")
                i += 3
                continue
            if nxt == "-" and i + 2 < len(fmt):
                out.append(moment.strftime("%" + fmt[i + 2]).lstrip("0") or "0")
                i += 3
                continue
            out.append(
                f"{moment.year:04d}"
                if nxt == "Y"
                else _MONTHS[moment.month - 1]
                if nxt == "B"
                else _MONTHS[moment.month - 1][:3]
                if nxt == "b"
                else _DAYS[moment.weekday()]
                if nxt == "A"
                else _DAYS[moment.weekday()][:3]
                if nxt == "a"
                else moment.strftime("%" + nxt)
            )
            i += 2
            continue
        out.append(ch)
        i += 1
    return "".join(out)


# English names regardless of the machine's locale, so builds are reproducible.
MONTH_NAMES = tuple(
    (
        "January February March April May June July August September October November December"
    ).split()
)
DAY_NAMES = tuple("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
_MONTHS = MONTH_NAMES
_DAYS = DAY_NAMES

# Go reference time tokens (Mon Jan 2 15:04:05 MST 2006), longest first.
_GO_TOKENS = (
    ("January", "%B"),
    ("Monday", "%A"),
    ("Z07:00", "%:z"),
    ("-07:00", "%:z"),
    ("-0700", "%z"),
    ("2006", "%Y"),
    ("Jan", "%b"),
    ("Mon", "%a"),
    ("MST", "%Z"),
    ("_2", "%-d"),
    ("01", "%m"),
    ("02", "%d"),
    ("03", "%I"),
    ("04", "%M"),
    ("05", "%S"),
    ("06", "%y"),
    ("15", "%H"),
    ("PM", "%p"),
    ("pm", "%p"),
    ("1", "%-m"),
    ("2", "%-d"),
    ("3", "%-I"),
    ("4", "%-M"),
    ("5", "%-S"),
)


# Hugo's localized layouts (PaperMod's `DateFormat: ":date_medium"`), as English writes them;
# in another language the date filter writes the language's own long or short form.
_HUGO_LOCALIZED = {
    ":date_full": "%A, %B %-d, %Y",
    ":date_long": "%B %-d, %Y",
    ":date_medium": "%b %-d, %Y",
    ":date_short": "%-m/%-d/%y",
}


def go_layout_to_strftime(layout: str) -> str:
    """Hugo's DateFormat is a Go layout ("January 2, 2006") or one of its localized
    layouts (":date_medium"); we format with strftime."""
    if layout.strip() in _HUGO_LOCALIZED:
        return _HUGO_LOCALIZED[layout.strip()]
    out: list[str] = []
    i = 0
    while i < len(layout):
        for token, repl in _GO_TOKENS:
            if layout.startswith(token, i):
                out.append(repl)
                i += len(token)
                break
        else:
            out.append(layout[i].replace("%", "%%"))
            i += 1
    return "".join(out)


def format_go_layout(moment: datetime, layout: str) -> str:
    """A date written with a Go layout (`2006-01-02`, `Jan`), as Hugo's permalink tokens
    and `DateFormat` write it."""
    return format_date(moment, go_layout_to_strftime(layout))


def iso(moment: datetime) -> str:
    """ISO 8601 with the written offset: 2022-02-02T15:10:30+08:00."""
    return moment.isoformat(timespec="seconds")


def rfc822(moment: datetime) -> str:
    """RSS pubDate: Wed, 02 Feb 2022 15:10:30 +0800, English names whatever the locale: what
    `email.utils.format_datetime` writes, to the byte (a zone of seconds, as old local mean
    times have, too), without importing `email` (10 ms, a twentieth of a build's start).
    Without a zone: -0000."""
    zone = "-0000" if moment.tzinfo is None else moment.strftime("%z")
    return (
        f"{_DAYS[moment.weekday()][:3]}, {moment.day:02d} {_MONTHS[moment.month - 1][:3]}"
        f" {moment.year:04d} {moment.hour:02d}:{moment.minute:02d}:{moment.second:02d} {zone}"
    )


def rfc3339(moment: datetime) -> str:
    text = moment.isoformat(timespec="seconds")
    return text[:-6] + "Z" if text.endswith("+00:00") else text
