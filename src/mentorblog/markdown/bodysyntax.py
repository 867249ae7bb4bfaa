"""The tag syntax of Hugo shortcodes and Jekyll Liquid inside a post body, as a flat list of
items with their places in the text.

This reads only the tags themselves (`{{< name args >}}`, `{{% name %}}`, `{% tag %}`,
`{{ expression }}`), never the Markdown around them, so a tag inside a code block is found
like any other, as both Hugo and Jekyll find it. Pairing opening and closing tags is left
to the caller, which knows which names take inner content."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

ArgValue = str | bool | int | float

_NAME = re.compile(r"[\w.-]+(?:/[\w.-]+)*")
_NAMED = re.compile(r"([\w-]+)=")
_INT = re.compile(r"[+-]?\d+")
_FLOAT = re.compile(r"[+-]?\d+\.\d+")
_LIQUID_NAME = re.compile(r"\s*(\w+)")
# A Liquid output is one value (a quoted string or a variable path) with optional filters.
# Anything else inside `{{ }}` (Go templates, Rust format strings, JSON) is not Liquid.
_LIQUID_EXPRESSION = re.compile(
    r"""\s*(?:"[^"]*"|'[^']*'|[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*|\[[^\]]*\])*)\s*(?:\|.*)?""",
    re.DOTALL,
)


@dataclass(frozen=True, slots=True)
class Text:
    """Body text between tags, as written."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Shortcode:
    """`{{< name args >}}`, `{{% name args %}}`, `{{< /name >}}` or `{{< name />}}`."""

    name: str
    positional: tuple[ArgValue, ...]
    named: tuple[tuple[str, ArgValue], ...]
    is_markdown: bool  # the `%` form: inner content is Markdown
    is_closing: bool
    is_self_closing: bool
    start: int
    end: int

    def get(self, key: str | int, default: ArgValue | None = None) -> ArgValue | None:
        """A named argument, or a positional one by index, as Hugo's `.Get`."""
        if isinstance(key, int):
            return self.positional[key] if 0 <= key < len(self.positional) else default
        return next((v for k, v in self.named if k == key), default)


@dataclass(frozen=True, slots=True)
class Literal:
    """Text to show exactly as given: the comment escape `{{</* x */>}}` shows `{{< x >}}`,
    and `{% raw %}...{% endraw %}` shows what it wraps (which is still Markdown)."""

    text: str
    start: int
    end: int
    text_start: int  # where `text` begins in the body, for line numbers; -1 when rebuilt
    trim_left: bool = False  # `{%- raw %}`
    trim_right: bool = False  # `{% endraw -%}`


@dataclass(frozen=True, slots=True)
class LiquidTag:
    """`{% name markup %}` (`{%-`/`-%}` trim the whitespace beside it)."""

    name: str
    markup: str
    start: int
    end: int
    trim_left: bool = False
    trim_right: bool = False


@dataclass(frozen=True, slots=True)
class LiquidOutput:
    """`{{ expression | filter }}`."""

    expression: str
    start: int
    end: int
    trim_left: bool = False
    trim_right: bool = False


@dataclass(frozen=True, slots=True)
class Malformed:
    """Something that starts like a tag but is not one: shown as written, with a warning."""

    reason: str
    start: int
    end: int


Item = Text | Shortcode | Literal | LiquidTag | LiquidOutput | Malformed


class Lines:
    """Offset -> 0-based line number within a text."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def __call__(self, offset: int) -> int:
        return bisect.bisect_right(self._starts, offset) - 1


def scan(text: str, *, liquid: bool = True) -> list[Item]:
    """Every tag in `text` and the text between them, in order, covering all of `text`.
    Without `liquid` (a Hugo file) only shortcodes are tags: `{% %}` and `{{ }}` are text."""
    items: list[Item] = []
    pos = plain = 0
    while True:
        start = _next_opening(text, pos) if liquid else _next_shortcode(text, pos)
        if start < 0:
            break
        item: Item | None
        if text.startswith(("{{<", "{{%"), start):
            item = _shortcode(text, start)
        elif text.startswith("{%", start):
            item = _liquid_tag(text, start)
        else:
            item = _liquid_output(text, start)
        if item is None:
            pos = start + 2
            continue
        if plain < start:
            items.append(Text(plain, start))
        items.append(item)
        pos = plain = item.end
    if plain < len(text):
        items.append(Text(plain, len(text)))
    return items


def _next_opening(text: str, pos: int) -> int:
    found = [i for i in (text.find("{{", pos), text.find("{%", pos)) if i >= 0]
    return min(found) if found else -1


def _next_shortcode(text: str, pos: int) -> int:
    found = [i for i in (text.find("{{<", pos), text.find("{{%", pos)) if i >= 0]
    return min(found) if found else -1


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos


def _shortcode(text: str, start: int) -> Item:
    delimiter = text[start + 2]
    close = _closing(delimiter)
    pos = _skip_space(text, start + 3)
    if text.startswith("/*", pos):
        return _comment_escape(text, start, pos, delimiter)
    is_closing = text.startswith("/", pos)
    if is_closing:
        pos = _skip_space(text, pos + 1)
    match = _NAME.match(text, pos)
    if match is None:
        return Malformed("a shortcode needs a name after `{{" + delimiter + "`", start, start + 3)
    name = match.group()
    pos = match.end()
    positional: list[ArgValue] = []
    named: list[tuple[str, ArgValue]] = []
    while True:
        pos = _skip_space(text, pos)
        if pos >= len(text):
            return Malformed(f"shortcode {name!r} is never closed with `{close}`", start, start + 3)
        if text.startswith(close, pos):
            return Shortcode(
                name,
                tuple(positional),
                tuple(named),
                delimiter == "%",
                is_closing,
                False,
                start,
                pos + 3,
            )
        if text.startswith("/", pos) and text.startswith(close, _skip_space(text, pos + 1)):
            end = _skip_space(text, pos + 1) + 3
            return Shortcode(
                name,
                tuple(positional),
                tuple(named),
                delimiter == "%",
                is_closing,
                True,
                start,
                end,
            )
        key = _NAMED.match(text, pos)
        if key is not None:
            pos = key.end()
        value, pos, problem = _argument(text, pos, close)
        if problem:
            return Malformed(f"shortcode {name!r}: {problem}", start, start + 3)
        if key is not None:
            named.append((key.group(1), value))
        else:
            positional.append(value)


def _argument(text: str, pos: int, close: str) -> tuple[ArgValue, int, str]:
    """One value: "quoted" (with \\ escapes), `raw`, or a bare word typed like Hugo's."""
    if text.startswith('"', pos):
        chars: list[str] = []
        i = pos + 1
        while i < len(text):
            ch = text[i]
            if ch == "\\" and i + 1 < len(text):
                chars.append(text[i + 1])
                i += 2
                continue
            if ch == '"':
                return "".join(chars), i + 1, ""
            chars.append(ch)
            i += 1
        return "", pos, "a quoted argument is never closed"
    if text.startswith("`", pos):
        end = text.find("`", pos + 1)
        if end < 0:
            return "", pos, "a `raw string` argument is never closed"
        return text[pos + 1 : end], end + 1, ""
    i = pos
    while i < len(text) and not text[i].isspace() and not text.startswith(close, i):
        if text[i] == "/" and text.startswith(close, _skip_space(text, i + 1)):
            break
        i += 1
    word = text[pos:i]
    if word in ("true", "false"):
        return word == "true", i, ""
    if _INT.fullmatch(word):
        return int(word), i, ""
    if _FLOAT.fullmatch(word):
        return float(word), i, ""
    return word, i, ""


def _closing(delimiter: str) -> str:
    return (">" if delimiter == "<" else "%") + "}}"


def _comment_escape(text: str, start: int, pos: int, delimiter: str) -> Item:
    """`{{</* figure src="x" */>}}` is how Hugo authors show a shortcode without running it."""
    end = text.find("*/", pos + 2)
    after = _skip_space(text, end + 2) if end >= 0 else -1
    close = _closing(delimiter)
    if end < 0 or not text.startswith(close, after):
        return Malformed(
            "a `{{" + delimiter + "/*` comment is never closed with `*/" + close + "`",
            start,
            start + 3,
        )
    shown = "{{" + delimiter + text[pos + 2 : end] + close
    return Literal(shown, start, after + 3, -1)


def _liquid_tag(text: str, start: int) -> Item | None:
    end = text.find("%}", start + 2)
    if end < 0:
        return Malformed("a Liquid tag `{%` is never closed with `%}`", start, start + 2)
    trim_left = text.startswith("{%-", start)
    inside = text[start + (3 if trim_left else 2) : end]
    trim_right = inside.endswith("-")
    if trim_right:
        inside = inside[:-1]
    match = _LIQUID_NAME.match(inside)
    if match is None:
        return None
    name = match.group(1)
    markup = inside[match.end() :].strip()
    if name in ("raw", "comment"):
        return _liquid_block(text, start, end + 2, name, trim_left)
    return LiquidTag(name, markup, start, end + 2, trim_left, trim_right)


def _liquid_block(text: str, start: int, body: int, name: str, trim_left: bool) -> Item:
    """`raw` and `comment` wrap text that is not read as Liquid at all."""
    closing = re.compile(r"\{%-?\s*end" + name + r"\s*-?%\}")
    found = closing.search(text, body)
    if found is None:
        return Malformed(f"`{{% {name} %}}` is never closed with `{{% end{name} %}}`", start, body)
    shown = "" if name == "comment" else text[body : found.start()]
    return Literal(shown, start, found.end(), body, trim_left, found.group().endswith("-%}"))


def _liquid_output(text: str, start: int) -> Item | None:
    end = text.find("}}", start + 2)
    if end < 0:
        return None
    trim_left = text.startswith("{{-", start)
    inside = text[start + (3 if trim_left else 2) : end]
    trim_right = inside.endswith("-")
    if trim_right:
        inside = inside[:-1]
    if not inside.strip() or "\n\n" in inside or not _LIQUID_EXPRESSION.fullmatch(inside):
        return None
    return LiquidOutput(inside.strip(), start, end + 2, trim_left, trim_right)
