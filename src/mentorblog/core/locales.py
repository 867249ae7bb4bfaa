"""Numbers and dates as a language writes them, from Babel's CLDR data: separators, month
names and order, and digits. Babel (2.19) picks the separators of a locale's default numbering
system when asked (`numbering_system="default"`) but always writes Latin digits, in numbers
and dates alike; `native_digits` writes them in that system (Persian digits in Farsi). Here in
core/ because the layouts' filters, the charts and the search index all show them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import cache, lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import format_date, format_skeleton, get_month_names
from babel.numbers import format_decimal


@lru_cache(maxsize=1 << 12)
def format_number(value: float, locale: str) -> str:
    """A number as the language writes it: `1,234` in English, `1 234` in French, Persian
    digits in Farsi."""
    text = format_decimal(value, locale=locale, numbering_system="default")
    return native_digits(str(text), locale)


# The first digit of each decimal numbering system that CLDR makes some locale's default
# (Babel 2.19 knows the names, not the digits); each runs on for ten code points, which
# tests/unit/test_locales.py checks against Unicode's own digit values.
_ZEROS = {
    "arab": 0x0660,  # ٠١٢ (Arabic of Egypt, Saudi Arabia, Iraq...)
    "arabext": 0x06F0,  # ۰۱۲ (Farsi, Pashto, Urdu of India)
    "adlm": 0x1E950,
    "beng": 0x09E6,
    "cakm": 0x11136,
    "deva": 0x0966,  # Marathi, Nepali (Hindi's default is Latin)
    "hmnp": 0x1E140,
    "mtei": 0xABF0,
    "mymr": 0x1040,
    "nkoo": 0x07C0,
    "olck": 0x1C50,
    "tibt": 0x0F20,
}


@cache
def _digit_table(locale: str) -> dict[int, int] | None:
    try:
        system = Locale.parse(locale).default_numbering_system
    except (UnknownLocaleError, ValueError):
        return None
    zero = _ZEROS.get(system)
    if zero is None:  # "latn", or a system that is not a run of ten decimal digits
        return None
    return str.maketrans("0123456789", "".join(chr(zero + i) for i in range(10)))


def native_digits(text: str, locale: str) -> str:
    """`text` with its digits in the locale's default numbering system (CLDR's), as its
    readers write them: `fa` has Persian digits, `ar` Latin ones (CLDR's default for
    Arabic with no region) and `ar_EG` Arabic-Indic ones."""
    table = _digit_table(locale)
    return text.translate(table) if table else text


def localized_date(
    moment: datetime | None, fmt: str, locale: str, plain: Callable[[datetime | None, str], str]
) -> str:
    """`plain(moment, fmt)` (strftime) in English; elsewhere the language's month names and
    order (`2 mars 2025`; the Gregorian calendar stays) and digits. A numeric format
    (`%Y-%m-%d`) keeps its order but takes the language's digits."""
    if not moment or locale.split("_")[0] == "en":
        return plain(moment, fmt)
    if fmt.startswith("%Y-%m-%d"):
        return native_digits(plain(moment, fmt), locale)
    return native_digits(_babel_date(moment, fmt, locale), locale)


@lru_cache(maxsize=1 << 12)
def _babel_date(moment: date, fmt: str, locale: str) -> str:
    day = moment.date() if isinstance(moment, datetime) else moment
    if "%Y" not in fmt and "%y" not in fmt:  # a short form such as the archives' "%b %-d"
        return str(format_skeleton("MMMd", day, locale=locale))
    return str(format_date(day, "long", locale=locale))


@cache
def month_name(month: int, locale: str) -> str:
    """A month's name standing alone, as a heading says it ("March", "mars", "مارس",
    "3月"): CLDR's stand-alone form, which differs from the one inside a date in some
    languages (Russian "март", not "марта")."""
    if locale.split("_")[0] == "en":
        return _ENGLISH_MONTHS[month - 1]
    return str(get_month_names("wide", context="stand-alone", locale=locale)[month])


_ENGLISH_MONTHS = (
    "January February March April May June July August September October November December"
).split()
