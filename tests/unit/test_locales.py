"""core/locales.py and the layouts' filters (render/i18n.py): numbers and dates in the digits
of the language's default numbering system (CLDR's, through Babel): Persian digits in Farsi,
Latin ones in Arabic with no region (CLDR's default), Arabic-Indic ones in Egyptian Arabic."""

# ruff: noqa: RUF001  (the digits under test look like Latin letters to ruff)

from __future__ import annotations

import unicodedata
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Any

import jinja2
import pytest
from babel import Locale, localedata

from mentorblog.core import locales
from mentorblog.render import i18n

PERSIAN = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC = "٠١٢٣٤٥٦٧٨٩"


def test_every_default_numbering_system_of_babel_is_known_and_runs_ten_digits() -> None:
    systems = set()
    for name in localedata.locale_identifiers():
        systems.add(Locale.parse(name).default_numbering_system)
    assert systems - {"latn"} <= locales._ZEROS.keys()  # a new CLDR system fails here
    for system, zero in locales._ZEROS.items():
        assert [unicodedata.decimal(chr(zero + i)) for i in range(10)] == list(range(10)), system


@pytest.mark.parametrize(
    ("locale", "expected"),
    [
        ("fa", "۱٬۲۳۴٫۵"),
        ("fa_IR", "۱٬۲۳۴٫۵"),
        ("ar_EG", "١٬٢٣٤٫٥"),
        ("ar", "1,234.5"),  # CLDR: Arabic with no region counts in Latin digits
        ("hi", "1,234.5"),  # CLDR: Hindi too
        ("mr", "१,२३४.५"),
        ("fr", "1\u202f234,5"),
        ("ja", "1,234.5"),
        ("en", "1,234.5"),
    ],
)
def test_numbers_use_the_locale_s_digits_and_separators(locale: str, expected: str) -> None:
    assert locales.format_number(1234.5, locale) == expected


def test_placeholders_are_filled_with_the_language_s_digits() -> None:
    labels = {
        ".locale": "fa",
        "reading_time": "{{ .Count }} دقیقه",
        "part_of": "{{ .Part }}/{{ .Total }}",
    }
    assert i18n.translate(labels, "reading_time", 12, {}) == "۱۲ دقیقه"
    assert i18n.translate(labels, "part_of", None, {"part": 2, "total": 5}) == "۲/۵"


def _render(template: str, locale: str, **values: Any) -> str:
    env = jinja2.Environment()
    env.filters.update(
        date=i18n.date_filter(lambda moment, fmt: moment.strftime(fmt) if moment else ""),
        number=i18n.number_filter(),
        digits=i18n.digits_filter(),
    )

    site = SimpleNamespace(config=SimpleNamespace(labels={".locale": locale}))
    return env.from_string(template).render(site=site, **values)


MOMENT = datetime(2025, 4, 10, 9, tzinfo=UTC)


@pytest.mark.parametrize(
    ("locale", "fmt", "expected"),
    [
        ("fa", "%B %-d, %Y", "۱۰ آوریل ۲۰۲۵"),
        ("fa", "%Y-%m-%d", "۲۰۲۵-۰۴-۱۰"),  # a numeric format keeps its order
        ("fa", "%b %-d", "۱۰ آوریل"),
        ("ar_EG", "%B %-d, %Y", "١٠ أبريل ٢٠٢٥"),
        ("ar", "%B %-d, %Y", "10 أبريل 2025"),
        ("fr", "%B %-d, %Y", "10 avril 2025"),
        ("en", "%Y-%m-%d", "2025-04-10"),
    ],
)
def test_dates_use_the_locale_s_digits(locale: str, fmt: str, expected: str) -> None:
    assert _render("{{ d | date(fmt) }}", locale, d=MOMENT, fmt=fmt) == expected


def test_years_and_page_numbers_take_digits_without_grouping() -> None:
    assert _render("{{ 2025 | digits }} {{ 2025 | number }}", "fa") == "۲۰۲۵ ۲٬۰۲۵"
    assert _render("{{ 2025 | digits }}", "en") == "2025"
    assert all(c in PERSIAN for c in _render("{{ 1234567890 | digits }}", "fa"))
    assert all(c in ARABIC_INDIC for c in _render("{{ 1234567890 | digits }}", "ar_EG"))


def test_archive_months_are_named_in_the_language() -> None:
    """The archives page's month headings were English on every language's page."""
    names = {code: locales.month_name(3, code) for code in ("en", "fr", "fa", "ja", "ru")}
    assert names == {"en": "March", "fr": "mars", "fa": "مارس", "ja": "3月", "ru": "март"}
