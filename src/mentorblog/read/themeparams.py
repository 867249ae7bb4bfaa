"""The theme's settings (PaperMod's `params`) checked and brought to one shape, so a layout
never meets a value it cannot use: a setting of the user's surfaces as an error at its
`site.yaml` line, never inside a theme file.

Odd but valid forms are accepted as Hugo and PaperMod accept them: one image instead of a
list (`images: cover.png`), `socialIcons` as a mapping of names to addresses, a number where
text is expected, `"30"` for a size. What the theme cannot use at all (a list where an address
belongs, a mapping where a switch belongs) is an error naming the key."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from mentorblog.core.errors import BuildError
from mentorblog.core.keys import norm

# (key path as written, message) -> the error to raise, with site.yaml's line for that key.
Fail = Callable[[tuple[str, ...], str], BuildError]

_TRUE = {"true", "yes", "on"}
_FALSE = {"false", "no", "off"}


def normalise(
    params: Mapping[str, object], spelled: Mapping[str, str], fail: Fail
) -> dict[str, object]:
    """`params` (normalised key -> value) with the theme's settings checked and reshaped;
    `spelled` gives each key as the user wrote it, for messages."""
    result = dict(params)
    for key in _SHAPES.keys() & result.keys():
        result[key] = check(key, result[key], (spelled.get(key, key),), fail)
    return result


def check(key: str, value: object, path: tuple[str, ...], fail: Fail) -> object:
    """One setting (normalised `key`) in its one shape; a page's own `ShareButtons` or
    `editPost` goes through here too."""
    shape = _SHAPES.get(key)
    return value if shape is None or value is None else shape(value, path, fail)


# -- shapes -----------------------------------------------------------------------------------


def _text(value: object, path: tuple[str, ...], fail: Fail) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    raise fail(path, f"must be text, not {_kind(value)}")


def _theme_choice(value: object, path: tuple[str, ...], fail: Fail) -> str:
    """`defaultTheme`: light or dark; PaperMod reads anything else (`true`, `auto`, a typo) as
    following the reader's system, so a real site's `defaultTheme: true` builds, as there."""
    text = value.strip().lower() if isinstance(value, str) else ""
    return text if text in ("light", "dark") else "auto"


def _flag(value: object, path: tuple[str, ...], fail: Fail) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
        return value.strip().lower() in _TRUE
    raise fail(path, f"must be true or false, not {_kind(value)}")


def _size(value: object, path: tuple[str, ...], fail: Fail) -> int:
    """A size in pixels: 120, or "120", or "120px"."""
    if isinstance(value, int) and not isinstance(value, bool) and value >= 0:
        return value
    if isinstance(value, float) and value >= 0:
        return round(value)
    text = value.strip().removesuffix("px").strip() if isinstance(value, str) else ""
    if text.isdigit():
        return int(text)
    raise fail(path, f"must be a size in pixels such as 120, not {_kind(value)}")


def _texts(value: object, path: tuple[str, ...], fail: Fail) -> list[str]:
    """A list of text; one text alone is a list of one."""
    items = value if isinstance(value, list) else [value]
    return [_text(item, path, fail) for item in items if item is not None]


def _links(value: object, path: tuple[str, ...], fail: Fail) -> list[dict[str, str]]:
    """PaperMod's `[{name, url}]` (socialIcons, profileMode.buttons); also a mapping of
    names to addresses. Each entry becomes exactly {name, url}."""
    if isinstance(value, Mapping):
        value = [{"name": k, "url": v} for k, v in value.items()]
    if not isinstance(value, list):
        raise fail(path, f"must be a list of {{name, url}} entries, not {_kind(value)}")
    links = []
    for n, entry in enumerate(value, 1):
        if not isinstance(entry, Mapping):
            raise fail(
                path,
                f"entry {n} must be a mapping such as {{name: github, url: "
                f"https://github.com/me}}, not {_kind(entry)}",
            )
        keys = {norm(k): v for k, v in entry.items()}
        name, url = keys.get("name", keys.get("title")), keys.get("url", keys.get("link"))
        if name is None or url is None:
            raise fail(path, f"entry {n} needs a `name` and a `url`")
        links.append({"name": _text(name, path, fail), "url": _text(url, path, fail)})
    return links


def _block(
    fields: Mapping[str, Callable[[object, tuple[str, ...], Fail], object]],
) -> Callable[[object, tuple[str, ...], Fail], object]:
    """A mapping whose known keys (normalised) have shapes; other keys are kept as they are."""

    def shape(value: object, path: tuple[str, ...], fail: Fail) -> object:
        if not isinstance(value, Mapping):
            raise fail(path, f"must be a mapping, not {_kind(value)}")
        result: dict[str, object] = {}
        for key, item in value.items():
            field = fields.get(norm(key))
            result[str(key)] = (
                item if field is None or item is None else field(item, (*path, str(key)), fail)
            )
        return result

    return shape


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return repr(value)


_SHAPES: dict[str, Callable[[object, tuple[str, ...], Fail], Any]] = {
    "images": _texts,
    "keywords": _texts,
    "sharebuttons": _texts,
    "socialicons": _links,
    "profilemode": _block(
        {
            "enabled": _flag,
            "title": _text,
            "subtitle": _text,
            "imageurl": _text,
            "imagetitle": _text,
            "imagewidth": _size,
            "imageheight": _size,
            "buttons": _links,
        }
    ),
    "label": _block({"text": _text, "icon": _text, "iconheight": _size}),
    "assets": _block(
        {
            "favicon": _text,
            "favicon16x16": _text,
            "favicon32x32": _text,
            "appletouchicon": _text,
            "safaripinnedtab": _text,
        }
    ),
    "homeinfoparams": _block({"title": _text, "content": _text}),
    "cover": _block(
        {
            "hidden": _flag,
            "hiddeninlist": _flag,
            "hiddeninsingle": _flag,
            "linkfullimages": _flag,
            "responsiveimages": _flag,
        }
    ),
    "editpost": _block({"url": _text, "text": _text, "appendfilepath": _flag, "disabled": _flag}),
    "defaulttheme": _theme_choice,
    "canonicallinktext": _text,
    "env": _text,
}
