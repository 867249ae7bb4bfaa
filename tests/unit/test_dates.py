"""dates: every date form authors write, the written offset kept, Go layouts, RFC 822/3339
(FRONTMATTER.md section 1 `date`, section 2 `date`, section 5 "Unquoted dates", "Date only",
"Time zones")."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import format_datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentorblog.core.dates import (
    DateError,
    format_date,
    go_layout_to_strftime,
    iso,
    parse_date,
    rfc822,
    rfc3339,
    site_zone,
)

UTC = UTC
BERLIN = ZoneInfo("Europe/Berlin")
PLUS8 = timezone(timedelta(hours=8))


def test_rfc3339_string_keeps_the_written_offset() -> None:
    moment, has_time = parse_date("2022-02-02T15:10:30+08:00", UTC)
    assert has_time
    assert (moment.year, moment.month, moment.day) == (2022, 2, 2)
    assert (moment.hour, moment.minute, moment.second) == (15, 10, 30)
    assert moment.utcoffset() == timedelta(hours=8)  # never converted to the site zone


def test_written_offset_beats_the_site_zone() -> None:
    moment, _ = parse_date("2022-02-02T15:10:30+08:00", BERLIN)
    assert moment.utcoffset() == timedelta(hours=8)
    assert moment.hour == 15


def test_jekyll_offset_without_colon() -> None:
    moment, has_time = parse_date("2021-12-10 09:30:00 +0800", UTC)
    assert has_time
    assert moment == datetime(2021, 12, 10, 9, 30, tzinfo=PLUS8)
    assert moment.utcoffset() == timedelta(hours=8)


def test_negative_offset() -> None:
    moment, _ = parse_date("2021-12-10 23:30:00 -0530", UTC)
    assert moment.utcoffset() == -timedelta(hours=5, minutes=30)
    assert moment.day == 10


def test_single_digit_month_and_day() -> None:
    moment, has_time = parse_date("2021-1-5", UTC)
    assert moment == datetime(2021, 1, 5, tzinfo=UTC)
    assert not has_time


def test_single_digit_hour_without_seconds() -> None:
    moment, has_time = parse_date("2021-12-10 9:30", UTC)
    assert has_time
    assert (moment.hour, moment.minute, moment.second) == (9, 30, 0)


@pytest.mark.parametrize("text", ["2021-12-10T09:30:00Z", "2021-12-10T09:30:00z",
                                  "2021-12-10 09:30:00 UTC", "2021-12-10T09:30:00+00:00"])
def test_utc_spellings(text: str) -> None:
    moment, _ = parse_date(text, BERLIN)
    assert moment.utcoffset() == timedelta(0)
    assert moment.hour == 9


def test_fractional_seconds() -> None:
    moment, _ = parse_date("2021-12-10T09:30:00.25+01:00", UTC)
    assert moment.microsecond == 250_000


def test_date_only_is_midnight_in_the_site_zone() -> None:
    moment, has_time = parse_date("2021-12-10", BERLIN)
    assert not has_time
    assert moment == datetime(2021, 12, 10, 0, 0, tzinfo=BERLIN)
    assert moment.utcoffset() == timedelta(hours=1)  # Berlin in December


def test_date_only_midnight_in_summer_time() -> None:
    moment, _ = parse_date("2021-07-01", BERLIN)
    assert moment.hour == 0
    assert moment.utcoffset() == timedelta(hours=2)


def test_naive_time_takes_the_site_zone() -> None:
    moment, has_time = parse_date("2021-12-10 09:30:00", ZoneInfo("Asia/Tokyo"))
    assert has_time
    assert moment.hour == 9
    assert moment.utcoffset() == timedelta(hours=9)


def test_date_object_is_midnight_in_site_zone() -> None:
    moment, has_time = parse_date(date(2021, 12, 10), BERLIN)
    assert moment == datetime(2021, 12, 10, tzinfo=BERLIN)
    assert not has_time


def test_naive_datetime_object_takes_site_zone() -> None:
    moment, has_time = parse_date(datetime(2021, 12, 10, 9, 30), BERLIN)
    assert moment.tzinfo is BERLIN
    assert has_time


def test_aware_datetime_object_is_kept() -> None:
    value = datetime(2022, 2, 2, 15, 10, 30, tzinfo=PLUS8)
    moment, has_time = parse_date(value, BERLIN)
    assert moment == value and moment.utcoffset() == timedelta(hours=8)
    assert has_time


@pytest.mark.parametrize(("text", "other"), [
    ("2021-12-10", date(2021, 12, 10)),
    ("2021-12-10 09:30:00", datetime(2021, 12, 10, 9, 30)),
    ("2022-02-02T15:10:30+08:00", datetime(2022, 2, 2, 15, 10, 30, tzinfo=PLUS8)),
])
def test_string_and_yaml_typed_values_give_identical_results(text: str, other: object) -> None:
    # What PyYAML would have produced unquoted vs the quoted text: same instant, same offset.
    a, a_time = parse_date(text, BERLIN)
    b, b_time = parse_date(other, BERLIN)
    assert a == b
    assert a.utcoffset() == b.utcoffset()
    assert a_time == b_time


def test_ordering_uses_the_absolute_instant() -> None:
    tokyo, _ = parse_date("2022-02-02T10:00:00+09:00", UTC)  # 01:00 UTC
    london, _ = parse_date("2022-02-02T02:00:00+00:00", UTC)  # 02:00 UTC
    assert tokyo < london


@pytest.mark.parametrize("text", ["2021-02-30", "2021-13-01", "2021-00-10", "2021-12-10 25:00",
                                  "2021-12-10 10:61"])
def test_impossible_dates_raise_date_error(text: str) -> None:
    with pytest.raises(DateError, match="not a real date"):
        parse_date(text, UTC)


@pytest.mark.parametrize("value", ["yesterday", "10/12/2021", "2021-12", "", "2021-12-10 +0800x",
                                   12, 3.5, ["2021-12-10"], {"y": 2021}])
def test_non_dates_raise_date_error(value: object) -> None:
    with pytest.raises(DateError):
        parse_date(value, UTC)


def test_offset_out_of_range_raises_date_error() -> None:
    with pytest.raises(DateError):
        parse_date("2021-12-10T09:30:00+25:00", UTC)


def test_date_error_is_a_value_error() -> None:
    assert issubclass(DateError, ValueError)


def test_site_zone_is_a_zoneinfo() -> None:
    assert site_zone("Europe/Berlin") == BERLIN


# -- formatting ------------------------------------------------------------------------

FEB2 = datetime(2022, 2, 2, 15, 10, 30, tzinfo=PLUS8)


def test_default_display_format() -> None:
    assert format_date(FEB2, "%B %-d, %Y") == "February 2, 2022"


def test_format_uses_english_names_and_unpadded_flags() -> None:
    assert format_date(FEB2, "%a %A %b %-m/%-d %H:%M") == "Wed Wednesday Feb 2/2 15:10"


def test_format_colon_offset() -> None:
    assert format_date(FEB2, "%Y-%m-%dT%H:%M:%S%:z") == "2022-02-02T15:10:30+08:00"


def test_format_unpadded_zero_stays_zero() -> None:
    midnight = datetime(2022, 2, 2, 0, 0, tzinfo=UTC)
    assert format_date(midnight, "%-H") == "0"


def test_format_keeps_literal_text() -> None:
    assert format_date(FEB2, "Day %d of %B") == "Day 02 of February"


@pytest.mark.parametrize(("layout", "expected"), [
    ("January 2, 2006", "%B %-d, %Y"),
    ("2006-01-02", "%Y-%m-%d"),
    ("Jan 2, 2006", "%b %-d, %Y"),
    ("02 Jan 06 15:04 MST", "%d %b %y %H:%M %Z"),
    ("Monday, January 2, 2006", "%A, %B %-d, %Y"),
    ("2006-01-02T15:04:05-07:00", "%Y-%m-%dT%H:%M:%S%:z"),
    ("3:04 PM", "%-I:%M %p"),
    # Hugo's localized layouts (a real PaperMod blog's `DateFormat: ":date_medium"` showed
    # the text `:date_medium`)
    (":date_medium", "%b %-d, %Y"),
    (":date_long", "%B %-d, %Y"),
    (":date_full", "%A, %B %-d, %Y"),
    (":date_short", "%-m/%-d/%y"),
])
def test_go_layout_to_strftime(layout: str, expected: str) -> None:
    assert go_layout_to_strftime(layout) == expected


def test_go_layout_escapes_percent() -> None:
    fmt = go_layout_to_strftime("% of 2006")
    assert fmt == "%% of %Y"
    assert format_date(FEB2, fmt) == "% of 2022"


def test_go_layout_round_trip_formats_the_reference_style() -> None:
    assert format_date(FEB2, go_layout_to_strftime("January 2, 2006")) == "February 2, 2022"
    assert format_date(FEB2, go_layout_to_strftime("2006-01-02")) == "2022-02-02"


def test_iso_keeps_the_offset() -> None:
    assert iso(FEB2) == "2022-02-02T15:10:30+08:00"


def test_iso_drops_microseconds() -> None:
    assert iso(FEB2.replace(microsecond=123)) == "2022-02-02T15:10:30+08:00"


def test_rfc822_for_rss_pubdate() -> None:
    assert rfc822(FEB2) == "Wed, 02 Feb 2022 15:10:30 +0800"


def test_rfc822_utc() -> None:
    assert rfc822(datetime(2021, 12, 10, tzinfo=UTC)) == "Fri, 10 Dec 2021 00:00:00 +0000"


def test_rfc3339_writes_z_for_utc_and_keeps_other_offsets() -> None:
    assert rfc3339(datetime(2021, 12, 10, 9, 30, tzinfo=UTC)) == "2021-12-10T09:30:00Z"
    assert rfc3339(FEB2) == "2022-02-02T15:10:30+08:00"


@given(
    st.datetimes(
        min_value=datetime(1, 1, 1),
        max_value=datetime(9999, 12, 30),
        timezones=st.one_of(
            st.none(),
            st.just(UTC),
            st.integers(-(24 * 3600 - 1), 24 * 3600 - 1).map(
                lambda s: timezone(timedelta(seconds=s))
            ),
            st.sampled_from([ZoneInfo("Asia/Kolkata"), ZoneInfo("Africa/Monrovia")]),
        ),
    )
)
def test_rfc822_writes_what_the_email_library_writes(moment: datetime) -> None:
    """The pubDate of RSS items, written without importing `email` (10 ms a process): the
    same text for any moment and offset (seconds too: local mean time before 1900 in a
    site's zone), and for a moment without a zone."""
    assert rfc822(moment) == format_datetime(moment)


@pytest.mark.parametrize(
    ("name", "offset"),
    [
        ("+0100", timedelta(hours=1)),
        ("-05:30", -timedelta(hours=5, minutes=30)),
        ("+00:00", timedelta(0)),
    ],
)
def test_a_site_zone_may_be_a_fixed_offset(name: str, offset: timedelta) -> None:
    """Jekyll sites carry `timezone: "+0100"`: the offset its author means."""
    zone = site_zone(name)
    assert datetime(2024, 7, 1, 12, tzinfo=zone).utcoffset() == offset
    moment, _ = parse_date("2024-07-01 12:00", zone)
    assert moment.utcoffset() == offset


@pytest.mark.parametrize("name", ["+2500", "+01", "0100", "Mars/Base", "+01:00:00"])
def test_a_site_zone_that_is_neither_name_nor_offset_fails(name: str) -> None:
    with pytest.raises((ZoneInfoNotFoundError, ValueError)):
        site_zone(name)
