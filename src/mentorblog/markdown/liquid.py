"""Jekyll's Liquid outputs that migrated posts use for links: `{{ site.baseurl }}`,
`{{ page.url }}`, the page's own front matter and the site's `params` (`{{ site.key }}`),
the `relative_url` / `absolute_url` filters on them or on quoted strings, and `prepend` /
`append` joining one of those. Liquid runs before Markdown in Jekyll, so a value here is
plain text that becomes part of the Markdown source."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace

from mentorblog.core.keys import norm

_FILTER = re.compile(r"\s*([A-Za-z_]\w*)\s*(?::(.*))?", re.DOTALL)


@dataclass(frozen=True, slots=True)
class LiquidValues:
    """What `site.*` and `page.*` mean for one page."""

    base_url: str  # absolute, ends with "/": https://example.com/blog/
    base_path: str  # "/" or "/blog/"
    site_title: str = ""
    site_description: str = ""
    page_url: str = "/"  # site-relative, as Jekyll's page.url (no baseurl)
    page_title: str = ""
    # Variables an include of the old theme assigned: minimal-mistakes' (and academicpages')
    # `{% include base_path %}` sets `base_path` to site.url + site.baseurl.
    assigned: tuple[tuple[str, str], ...] = ()
    # jekyll-polyglot's `site.active_lang` (the language a page is built in, its own here:
    # a body is rendered once) and `site.default_lang`, on a multilingual site.
    lang: str = ""
    default_lang: str = ""
    page_description: str = ""
    page_image: str = ""  # `image:` (or its `path`), which mentorblog reads as a share image
    # The page's own front matter keys mentorblog does not read (`page.image`, `page.venue`,
    # nested `page.author.name`), as written.
    page_params: Mapping[str, object] = field(default_factory=dict, hash=False)
    # The site's `params` (site.yaml), where `import jekyll` keeps the `_config.yml` keys
    # posts print (`{{ site.media_host }}`, `{{ site.assets.url_prefix }}`).
    site_params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def with_base_path(self) -> LiquidValues:
        return replace(self, assigned=(*self.assigned, ("base_path", self.base_url.rstrip("/"))))

    @property
    def baseurl(self) -> str:
        """Jekyll's `site.baseurl`: the path without its trailing slash, "" at the root."""
        return self.base_path.rstrip("/")

    @property
    def site_url(self) -> str:
        """Jekyll's `site.url`: scheme and host only."""
        return self.base_url.rstrip("/").removesuffix(self.baseurl)


class LiquidProblem(Exception):
    """An output mentorblog does not know; the caller shows it as written and warns."""


def evaluate(expression: str, values: LiquidValues) -> str:
    """The text a `{{ expression }}` stands for, or LiquidProblem."""
    head, *filters = _split_pipes(expression)
    value = _value(head.strip(), values)
    for text in filters:
        match = _FILTER.fullmatch(text)
        if match is None:
            raise LiquidProblem(f"cannot read the filter {text.strip()!r}")
        name, argument = match.group(1), (match.group(2) or "").strip()
        if name in _JOINING:
            if not argument:
                raise LiquidProblem(f"the filter `{name}` needs a text to join")
            value = _JOINING[name](value, _value(argument, values))
        elif name not in ("relative_url", "absolute_url"):
            raise LiquidProblem(f"unknown Liquid filter `{name}`")
        elif argument:
            raise LiquidProblem(f"the filter `{name}` takes no arguments")
        elif name == "relative_url":
            value = relative_url(value, values)
        else:
            value = absolute_url(value, values)
    return value


# Liquid's filters that join a text to the value, as older Jekyll posts build addresses:
# `{{ "/about/" | prepend: site.baseurl }}`.
_JOINING = {
    "prepend": lambda value, text: text + value,
    "append": lambda value, text: value + text,
}


def relative_url(value: str, values: LiquidValues) -> str:
    """Jekyll's filter: the site's base path joined to a site-relative path; full
    addresses are left alone."""
    if _is_absolute(value):
        return value
    return values.baseurl + "/" + value.lstrip("/")


def absolute_url(value: str, values: LiquidValues) -> str:
    if _is_absolute(value):
        return value
    return values.site_url + relative_url(value, values)


def _is_absolute(value: str) -> bool:
    return bool(re.match(r"[A-Za-z][A-Za-z0-9+.-]*:", value)) or value.startswith("//")


def _value(text: str, values: LiquidValues) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    known = {
        "site.baseurl": values.baseurl,
        # The import reads `base_url:` in _config.yml as `baseurl` (key names ignore `_`),
        # and posts written for such a site use it the same way.
        "site.base_url": values.baseurl,
        "site.url": values.site_url,
        "site.title": values.site_title,
        "site.description": values.site_description,
        "page.url": values.page_url,
        "page.title": values.page_title,
    }
    if values.lang:
        known.update(
            {
                "site.active_lang": values.lang,
                "page.lang": values.lang,
                "site.default_lang": values.default_lang,
            }
        )
    if text in known:
        return known[text]
    for name, value in values.assigned:
        if text == name:
            return value
    if text == "page.description":
        return values.page_description
    if text in ("page.image", "page.image.path") and values.page_image:
        return values.page_image
    if text.startswith("page."):
        found = _param(values.page_params, text.removeprefix("page."))
        if found is not None:
            return found
    if text.startswith("site."):
        found = _param(values.site_params, text.removeprefix("site."), _site_key)
        if found is not None:
            return found
    raise LiquidProblem(f"unknown Liquid variable `{text}`")


_MISSING = object()


def _page_key(mapping: Mapping[str, object], key: str) -> object:
    return mapping.get(key, _MISSING)


def _site_key(mapping: Mapping[str, object], key: str) -> object:
    """A key of the site's settings, matched as site.yaml's keys are (`keys.norm`)."""
    n = norm(key)
    return next((v for k, v in mapping.items() if norm(k) == n), _MISSING)


def _param(
    params: Mapping[str, object],
    path: str,
    find: Callable[[Mapping[str, object], str], object] = _page_key,
) -> str | None:
    """A front matter (or site) value by its dotted path, as Liquid prints it: text and
    numbers as they are, true/false in lower case, nothing for null; None for a list, a
    mapping or a key not there (the output stays as written, with a warning)."""
    value: object = params
    for key in path.split("."):
        if not isinstance(value, Mapping):
            return None
        value = find(value, key)
        if value is _MISSING:
            return None
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    return None


def _split_pipes(expression: str) -> list[str]:
    """Split on `|` outside quotes."""
    parts: list[str] = []
    quote = ""
    current: list[str] = []
    for ch in expression:
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "|":
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts
