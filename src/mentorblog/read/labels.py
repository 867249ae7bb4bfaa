"""The theme's words in each language: `i18n/<lang>.yaml` of the theme, with the site's own
`i18n/<lang>.yaml` over it, in Hugo's format (`key: text`, `key: {one: ..., other: ...}`, or
the older list of `{id, translation}`). Read once with the config; a language the theme has
no file for falls back to its base language (`pt-br` -> `pt`), then to English."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path

import yaml
from babel import Locale, UnknownLocaleError

from mentorblog.core.errors import BuildError
from mentorblog.core.model import Config
from mentorblog.read.yamltext import error_line, error_text, load_yaml

_FORMS = ("zero", "one", "two", "few", "many", "other")


def theme_i18n() -> Path:
    from mentorblog.core.theme import theme_dir

    return theme_dir() / "i18n"


def with_labels(config: Config) -> Config:
    """`config` and each of its languages with their words."""
    if not config.languages:
        return replace(config, labels=labels_for(config.root, config.language or "en"))
    langs = tuple(
        replace(lang, labels=labels_for(config.root, lang.code, lang.locale))
        for lang in config.languages
    )
    default = next((lang for lang in langs if lang.code == config.default_language), langs[0])
    return replace(config, languages=langs, labels=default.labels)


def labels_for(root: Path, code: str, locale: str = "") -> Mapping[str, str]:
    """English under everything, then the base language, then the language itself; the
    site's files over the theme's at each step."""
    code = code.lower()
    chain = ["en"]
    base = code.split("-")[0]
    if base != "en":
        chain.append(base)
    if code not in chain:
        chain.append(code)
    found: dict[str, str] = {}
    for name in chain:
        _over(found, _theme_file(name))
        _over(found, _read(root / "i18n", name, site=True))
    found[".locale"] = _babel_locale(locale or code, code)
    found[".lang"] = code
    return found


def _over(found: dict[str, str], words: Mapping[str, str]) -> None:
    """`words` over `found`: a key a language sets drops the plural forms it inherited
    (Japanese `post_count: "{{ .Count }}件"` must not keep English's `post_count.one`)."""
    keys = {key for key in words if "." not in key}
    for key in [k for k in found if "." in k and k.rsplit(".", 1)[0] in keys]:
        del found[key]
    found.update(words)


def labels_in(code: str) -> Mapping[str, str]:
    """The theme's own words for a language, with no site over them (the charts' default)."""
    found = dict(_theme_file("en"))
    if code != "en":
        _over(found, _theme_file(code))
    found[".locale"] = _babel_locale(code, code)
    found[".lang"] = code
    return found


@cache
def _theme_file(name: str) -> dict[str, str]:
    return _read(theme_i18n(), name, site=False)


def _read(folder: Path, name: str, *, site: bool) -> dict[str, str]:
    for suffix in (".yaml", ".yml"):
        path = folder / (name + suffix)
        if path.is_file():
            break
    else:
        return {}
    where = f"i18n/{path.name}" if site else f"theme:i18n/{path.name}"
    text = path.read_text(encoding="utf-8-sig")
    try:
        data = load_yaml(text).data
    except yaml.YAMLError as err:
        raise BuildError(
            f"not valid YAML: {error_text(err)}", where, error_line(err, text)
        ) from None
    return _flatten(data, where)


def _flatten(data: object, where: str) -> dict[str, str]:
    found: dict[str, str] = {}
    if data is None:
        return found
    if isinstance(data, list):  # Hugo's older format: [{id: key, translation: text}]
        entries = []
        for item in data:
            if not isinstance(item, dict) or "id" not in item:
                raise BuildError("each entry needs an `id` and a `translation`", where)
            entries.append((item["id"], item.get("translation")))
    elif isinstance(data, dict):
        entries = list(data.items())
    else:
        raise BuildError("must map each key to its translation", where, 1)
    for key, value in entries:
        key = str(key)
        if isinstance(value, dict):
            forms = {str(k).lower(): v for k, v in value.items()}
            other = forms.get("other", forms.get("one"))
            if other is not None:
                found[key] = str(other)
            for form in _FORMS:
                if form in forms and forms[form] is not None:
                    found[f"{key}.{form}"] = str(forms[form])
        elif value is not None:
            found[key] = str(value)
    return found


def _babel_locale(locale: str, code: str) -> str:
    """A name Babel knows for the language ("fr_CA", "fa"), "en" when it knows none."""
    for name in (locale, code, code.split("-")[0]):
        try:
            return str(Locale.parse(name.replace("-", "_")))
        except (UnknownLocaleError, ValueError):
            continue
    return "en"


@cache
def plural_category(locale: str, count: float) -> str:
    """CLDR's plural form of `count` in the language: "one", "few", "other"..."""
    try:
        return str(Locale.parse(locale).plural_form(abs(count)))
    except (UnknownLocaleError, ValueError):
        return "one" if count == 1 else "other"
