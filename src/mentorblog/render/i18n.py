"""What layouts need to speak several languages: the language switcher's links, a page's
translations, and the theme's words (`site.t("read_more")`) with Hugo's placeholders."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

import jinja2
from markupsafe import Markup, escape

from mentorblog.core.locales import format_number, localized_date, native_digits
from mentorblog.core.model import Config
from mentorblog.read import languages
from mentorblog.read.labels import plural_category


@dataclass(frozen=True, slots=True)
class LanguageLink:
    code: str  # "fr"
    name: str  # "Français"
    locale: str  # hreflang: "fr", "fr-CA"
    url: str  # site-relative: "/fr/posts/a/" (or the language's home)
    direction: str  # "ltr" or "rtl"
    is_default: bool


def language_links(config: Config) -> tuple[LanguageLink, ...]:
    if not languages.is_multilingual(config):
        return ()
    return tuple(
        LanguageLink(
            lang.code,
            lang.name,
            lang.locale,
            languages.prefix(config, lang.code) + "/",
            lang.direction,
            lang.code == config.default_language,
        )
        for lang in languages.enabled(config)
    )


def translations(
    config: Config, found: Mapping[str, tuple[tuple[str, str], ...]], url: str
) -> tuple[LanguageLink, ...]:
    """Every version of `url` (itself included), in language order; none when it has no
    translation."""
    versions = dict(found.get(url, ()))
    return tuple(
        LanguageLink(
            link.code, link.name, link.locale, versions[link.code], link.direction, link.is_default
        )
        for link in language_links(config)
        if link.code in versions
    )


def switch_links(
    config: Config, found: Mapping[str, tuple[tuple[str, str], ...]], url: str
) -> tuple[LanguageLink, ...]:
    versions = dict(found.get(url, ()))
    return tuple(
        LanguageLink(
            link.code,
            link.name,
            link.locale,
            versions.get(link.code, link.url),
            link.direction,
            link.is_default,
        )
        for link in language_links(config)
        if link.code != config.lang
    )


SEARCH_KEYS = (
    "search_results",
    "search_showing",
    "search_too_short",
    "search_keep_typing",
    "search_no_match",
    "search_failed",
)
_FORMS = ("zero", "one", "two", "few", "many", "other")


def search_words(labels: Mapping[str, str]) -> dict[str, object]:
    """The search page's messages: plain text, or {form: text} for plural ones."""
    found: dict[str, object] = {}
    for key in SEARCH_KEYS:
        forms = {form: labels[f"{key}.{form}"] for form in _FORMS if f"{key}.{form}" in labels}
        if forms:
            found[key] = {"other": labels.get(key, ""), **forms}
        elif key in labels:
            found[key] = labels[key]
    return found


_PLACEHOLDER = re.compile(r"\{\{-?\s*\.\s*(\w*)\s*-?\}\}")


def translate(
    labels: Mapping[str, str], key: str, count: float | None, values: Mapping[str, object]
) -> str:
    """`labels[key]`, its plural form for `count` (`key.one`, ...), placeholders filled:
    `{{ .Count }}` and `{{ . }}` with the count (written with the language's digits and
    separators), `{{ .Name }}` with values["name"]. An unknown key shows as `default=` when
    given, else as itself, as Hugo shows a missing translation's id. When a value is
    Markup (a link, a <strong>), the text is escaped around it and the result is Markup."""
    text = labels.get(key)
    if text is None:
        return str(values.get("default", key))
    locale = labels.get(".locale", "en")
    if count is not None:
        text = labels.get(f"{key}.{plural_category(locale, count)}", text)
    html = any(isinstance(v, Markup) for v in values.values())
    quote = escape if html else str

    def fill(match: re.Match[str]) -> str:
        name = match.group(1).lower()
        if name in ("", "count"):
            value: object = values.get("count", "") if count is None else count
        else:
            value = values.get(name, match.group(0))
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = format_number(value, locale)
        return str(quote(value))

    if html:
        return Markup(_PLACEHOLDER.sub(fill, str(escape(text))))
    return _PLACEHOLDER.sub(fill, text)


def number_filter() -> Callable[..., str]:
    """The layouts' `number` filter: a count in the page's language (Babel's CLDR data)."""

    @jinja2.pass_context
    def localized(context: jinja2.runtime.Context, value: float) -> str:
        return format_number(value, _locale(context))

    return localized


def digits_filter() -> Callable[..., str]:
    """The layouts' `digits` filter: a year or a page number in the language's digits, with
    no grouping (a year is never `2,025`)."""

    @jinja2.pass_context
    def localized(context: jinja2.runtime.Context, value: object) -> str:
        return native_digits(str(value), _locale(context))

    return localized


def _locale(context: jinja2.runtime.Context) -> str:
    site = context.get("site")
    labels = getattr(getattr(site, "config", None), "labels", None) or {}
    return str(labels.get(".locale", "en"))


DateFilter = Callable[[datetime | None, str], str]


def date_filter(plain: DateFilter) -> Callable[..., str]:
    """The layouts' `date` filter: as written (strftime) in English, and in the page's own
    language through Babel's CLDR data elsewhere: month names, order and numerals as its
    readers write them (`2 mars 2025`, Persian digits in Farsi; the Gregorian calendar stays). A
    numeric format (`%Y-%m-%d`) keeps its order but takes the language's digits too."""

    @jinja2.pass_context
    def localized(context: jinja2.runtime.Context, moment: datetime | None, fmt: str) -> str:
        locale = _locale(context)
        return localized_date(moment, fmt, locale, plain)

    return localized
