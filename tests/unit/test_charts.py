"""render/charts.py: what each SVG shows, that it says so in words, and that it scales."""

from __future__ import annotations

from datetime import date

from lxml import etree

from mentorblog.core.model import Session
from mentorblog.render.charts import (
    Dated,
    bar_chart,
    calendar_chart,
    journal_charts,
    month_chart,
)

SVG = "{http://www.w3.org/2000/svg}"


def svgs(markup: str) -> list[etree._Element]:
    root = etree.fromstring(f"<div>{markup}</div>")
    return list(root)


def s(
    day: date, minutes: int | None = 30, people: tuple[str, ...] = ("Ben",), kind: str = "goals"
) -> Dated:
    return Dated(day, Session(minutes, people, kind))


def entries(*dated: Dated) -> list[Dated]:
    """Sessions as the sessions page hands them to the charts: oldest first."""
    return list(dated)


def test_every_chart_is_an_image_with_a_title_and_a_description_and_no_fixed_size() -> None:
    charts = journal_charts(
        entries(s(date(2025, 1, 3)), s(date(2025, 3, 9), 60, ("Ana",), "career"))
    )
    for markup in (charts.months, charts.calendar, charts.people, charts.kinds):
        for svg in svgs(markup):
            assert svg.get("role") == "img"
            assert svg.get("viewBox") and svg.get("width") is None and svg.get("height") is None
            title, desc = svg.find(f"{SVG}title"), svg.find(f"{SVG}desc")
            assert title is not None and title.text and desc is not None and desc.text
            assert svg.get("aria-labelledby") == f"{title.get('id')} {desc.get('id')}"


def test_months_span_first_to_last_session_and_the_rows_match_the_bars() -> None:
    markup, rows = month_chart(
        [s(date(2024, 11, 30), 45), s(date(2025, 1, 2), 15), s(date(2025, 1, 20), None)]
    )
    assert [(r.label, r.sessions, r.minutes) for r in rows] == [
        ("November 2024", 1, 45),
        ("December 2024", 0, 0),
        ("January 2025", 2, 15),
    ]
    bars = [r for r in svgs(markup)[0].iter(f"{SVG}rect")]
    # Sessions: November and January; minutes: November and January. No bar for a zero.
    assert len(bars) == 4
    desc = svgs(markup)[0].find(f"{SVG}desc").text
    assert "3 sessions, 60 minutes" in desc and "Busiest: January 2025" in desc


def test_the_month_chart_shows_at_most_two_years() -> None:
    _, rows = month_chart([s(date(2020, 1, 1)), s(date(2025, 6, 1))])
    assert len(rows) == 24 and rows[-1].label == "June 2025" and rows[0].label == "July 2023"


def test_the_calendar_is_the_twelve_months_up_to_the_newest_session() -> None:
    markup, summary = calendar_chart(
        [s(date(2024, 2, 29)), s(date(2025, 3, 4)), s(date(2025, 3, 4)), s(date(2025, 3, 10))]
    )
    months = svgs(markup)
    assert [m.find(f"{SVG}title").text for m in months][::11] == ["April 2024", "March 2025"]
    march = months[-1]
    busy = [r for r in march.iter(f"{SVG}rect") if "is-busy" in r.get("class")]
    assert len(busy) == 2 and len(list(march.iter(f"{SVG}rect"))) == 31
    assert busy[0].find(f"{SVG}title").text == "2025-03-04: 2 sessions"
    # February 2024 is more than a year before the newest session: not drawn, not counted.
    assert summary.endswith("2 days with 3 sessions.")


def test_bars_sum_the_rest_as_others_and_escape_names() -> None:
    rows = [(f"<b>P{i}</b>", 100 - i, 1) for i in range(12)]
    markup = bar_chart("x", "Minutes by person", rows)
    assert "<b>" not in markup and "&lt;b&gt;P0&lt;/b&gt;" in markup
    labels = [t.text for t in svgs(markup)[0].iter(f"{SVG}text")]
    assert len(labels) == 10 and labels[-1] == "3 others · 270 minutes, 3 sessions"


def test_one_person_or_none_draws_nothing() -> None:
    assert bar_chart("x", "t", [("Ben", 30, 1)]) == ""
    charts = journal_charts([])
    assert not charts and charts.calendar == "" and charts.month_rows == ()


def test_a_session_in_the_year_one_draws_only_the_months_that_exist() -> None:
    # A date Python cannot go before: the calendar starts there instead of failing.
    charts = journal_charts(entries(s(date(1, 3, 2))))
    months = [svg.find(f"{SVG}title").text for svg in svgs(charts.calendar)]  # type: ignore[union-attr]
    assert len(months) == 3, months


def test_charts_speak_the_page_language_with_its_months_and_plurals() -> None:
    from mentorblog.read.labels import labels_in
    from mentorblog.render.charts import Words

    dated = [s(date(2025, 1, 3), 1500), s(date(2025, 3, 9), 60, ("Ana",), "career")]
    french = journal_charts(dated, Words(labels_in("fr")))
    assert [r.label for r in french.month_rows] == ["janvier 2025", "février 2025", "mars 2025"]
    titles = [svg.find(f"{SVG}title").text for svg in svgs(french.months)]  # type: ignore[union-attr]
    assert titles == ["Séances et minutes par mois"]
    desc = svgs(french.months)[0].find(f"{SVG}desc").text  # type: ignore[union-attr]
    dash = "\u2013"  # French puts an en dash between the months
    assert desc.startswith(
        f"3 mois (janvier 2025 {dash} mars 2025) : 2 séances, 1\u202f560 minutes."
    )
    summary = f"Jours de séance (avril 2024 {dash} mars 2025) : 2 jours, 2 séances."
    assert french.calendar_summary == summary
    russian = journal_charts(dated, Words(labels_in("ru")))
    assert "2 встречи" in russian.calendar_summary  # CLDR's "few"
    assert "месяца" in str(russian.months) and "session" not in str(russian.months)
    japanese = journal_charts(dated, Words(labels_in("ja")))
    assert japanese.month_rows[0].label == "2025年1月"
    assert "minute" not in str(japanese.people) and "分" in str(japanese.people)
