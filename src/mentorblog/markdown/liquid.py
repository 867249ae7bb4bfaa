"""Jekyll's Liquid outputs that migrated posts use for links: `{{ site.baseurl }}`,
`{{ page.url }}` and the `relative_url` / `absolute_url` filters on them or on quoted
strings. Liquid runs before Markdown in Jekyll, so a value here is plain text that becomes
part of the Markdown source."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

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
        name = match.group(1)
        if match.group(2) is not None and match.group(2).strip():
            raise LiquidProblem(f"the filter `{name}` takes no arguments")
        if name == "relative_url":
            value = relative_url(value, values)
        elif name == "absolute_url":
            value = absolute_url(value, values)
        else:
            raise LiquidProblem(f"unknown Liquid filter `{name}`")
    return value


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
    raise LiquidProblem(f"unknown Liquid variable `{text}`")


def _param(params: Mapping[str, object], path: str) -> str | None:
    """A front matter value by its dotted path, as Liquid prints it: text and numbers as
    they are, true/false in lower case, nothing for null; None for a list, a mapping or a
    key the page does not have (the output stays as written, with a warning)."""
    value: object = params
    for key in path.split("."):
        if not isinstance(value, Mapping) or key not in value:
            return None
        value = value[key]
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
