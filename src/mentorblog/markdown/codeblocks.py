"""Options of a code block, as Hugo and Jekyll authors write them, and the line numbers and
marked lines they ask for.

Hugo reads the same options in three places: a fence's info string
(```` ```go {linenos=table,hl_lines=[2,"5-7"],linenostart=10} ````), the `highlight`
shortcode's second argument (`"linenos=inline, hl_lines=3 6-8"`) and, in Jekyll, the
`{% highlight ruby linenos %}` tag. All three become one `CodeOptions`, so every code block
looks the same however it was written. Options that only choose colours (`style`,
`noClasses`) or Hugo's own switches (`codeFences`, `guessSyntax`, `tabWidth`) are ignored:
the theme's stylesheet colours code."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

_TRUE = ("true", "yes", "1")


@dataclass(frozen=True, slots=True)
class CodeOptions:
    """Line numbers, marked lines and line anchors of one code block."""

    line_numbers: bool = False
    first_line: int = 1
    marked: tuple[int, ...] = ()  # positions in the block (1 = its first line), as Hugo's
    anchored: bool = False  # Hugo's `anchorlinenos`: each number links to its own line
    anchor_prefix: str = ""  # Hugo's `lineanchors`; "" = `hl-<ordinal>`, as Hugo names them
    inline: bool = False  # Hugo's `hl_inline`: highlighted code in running text


def fence_info(info: str) -> tuple[str, str]:
    """(language, option text) of a fence's info string: ```` ```go {linenos=true} ```` or
    ```` ```{linenos=true} ```` with no language; ```` ```{python} ```` and
    ```` ```{.python} ```` are languages."""
    text = info.strip()
    if not text:
        return "", ""
    if text.startswith("{") and "=" in text.split("}", 1)[0]:
        return "", text
    lang, _, rest = text.partition(" ")
    if "{" in lang and not lang.startswith("{"):  # ```go{linenos=true}
        lang, brace, tail = lang.partition("{")
        rest = brace + tail + " " + rest
    lang = lang.removeprefix("{").removesuffix("}").removeprefix(".")
    return lang.lower(), rest.strip()


def option_pairs(text: str) -> dict[str, str]:
    """`{linenos=table hl_lines=[2,"5-7"]}` or `linenos=inline, hl_lines=3 6-8` -> lower-case
    keys and their values as written (quotes off). A value runs to the next `key=` outside
    brackets and quotes, so both Hugo forms read alike."""
    text = text.strip().removeprefix("{").removesuffix("}")
    starts: list[tuple[int, int, str]] = []  # (start of key, start of value, key)
    depth, quote, i = 0, "", 0
    while i < len(text):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch == "[":
            depth += 1
        elif ch == "]":
            depth = max(0, depth - 1)
        elif ch == "=" and depth == 0:
            begin = i
            while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "_-"):
                begin -= 1
            if begin < i and (begin == 0 or text[begin - 1] in " \t,"):
                starts.append((begin, i + 1, text[begin:i].lower()))
        i += 1
    pairs: dict[str, str] = {}
    for n, (_, value_start, key) in enumerate(starts):
        end = starts[n + 1][0] if n + 1 < len(starts) else len(text)
        value = text[value_start:end].strip().rstrip(",").strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        pairs[key] = value
    return pairs


def hugo_code_options(text: str) -> CodeOptions:
    """Hugo's options, from a fence's braces or the `highlight` shortcode's string."""
    values = option_pairs(text)
    numbers = values.get("linenos", "false").lower() not in ("false", "")
    start = values.get("linenostart", "")
    return CodeOptions(
        line_numbers=numbers,
        first_line=int(start) if start.isdigit() else 1,
        marked=line_set(values.get("hl_lines", "")),
        anchored=values.get("anchorlinenos", "").lower() in _TRUE,
        anchor_prefix=_id_part(values.get("lineanchors", "")),
        inline=values.get("hl_inline", "").lower() in _TRUE,
    )


def jekyll_code_options(words: list[str]) -> CodeOptions:
    """`{% highlight ruby linenos %}` (or `linenos=table`) and `mark_lines="1 2"` (also
    `hl_lines="1 2"`, as some plugins spell it)."""
    text = " ".join(words)
    numbers = any(w == "linenos" or w.startswith("linenos=") for w in words)
    marked: tuple[int, ...] = ()
    for key in ("mark_lines=", "hl_lines="):
        if key in text:
            rest = text.split(key, 1)[1].strip()
            value = (
                rest[1:].split(rest[0], 1)[0]
                if rest[:1] in "\"'" and rest
                else rest.split()[0]
                if rest
                else ""
            )
            marked = line_set(value)
    return CodeOptions(numbers, 1, marked)


MAX_MARKED_LINES = 100_000  # no code block is longer; `1-999999999` would fill the memory


def line_set(text: str) -> tuple[int, ...]:
    """`2 4-6`, `[2,"4-6"]` -> (2, 4, 5, 6); words that are not numbers are ignored. Ranges
    that mark more than MAX_MARKED_LINES lines in all are a ValueError (the caller knows the
    line)."""
    found: set[int] = set()
    marked = 0
    for word in text.translate(str.maketrans(",[]\"'", "     ")).split():
        low, _, high = word.partition("-")
        if low.isdigit() and (not high or high.isdigit()):
            first, last = int(low), int(high or low)
            marked += max(0, last - first + 1)
            if marked > MAX_MARKED_LINES:
                raise ValueError(
                    f"`{word}` marks more than {MAX_MARKED_LINES:,} lines; no "
                    "code block is that long"
                )
            found.update(range(first, last + 1))
    return tuple(sorted(found))


def _id_part(text: str) -> str:
    """A `lineanchors` prefix reduced to what an id and a fragment can hold as written."""
    return "".join(ch for ch in text if ch.isascii() and (ch.isalnum() or ch in "-_"))


def number_lines(html: str, options: CodeOptions, ordinal: int) -> str:
    """Line numbers (`<span class="ln">`, never selected or copied: the theme sets
    `user-select: none`) and marked lines (`<span class="hll">`, as Pygments and Chroma mark
    them). Hugo's `table` and `inline` layouts both come out this way: the table only
    existed to keep numbers out of a copy. Pygments closes its spans at each line end, so
    lines can be handled one by one. `ordinal` counts the page's code blocks, for Hugo's
    default anchor names (`hl-0-1`)."""
    lines = html.split("\n")
    ends_with_newline = lines[-1] == ""
    if ends_with_newline:
        lines.pop()
    first = options.first_line
    width = len(str(first + len(lines) - 1))
    prefix = escape(options.anchor_prefix or f"hl-{ordinal}")
    result = []
    for i, line in enumerate(lines):
        number = ""
        if options.line_numbers and options.anchored:
            n = first + i
            number = (
                f'<span class="ln" id="{prefix}-{n}"><a href="#{prefix}-{n}">'
                f"{n:>{width}}</a> </span>"
            )
        elif options.line_numbers:
            number = f'<span class="ln">{first + i:>{width}} </span>'
        if i + 1 in options.marked:
            result.append(f'<span class="hll">{number}{line}\n</span>')
        else:
            result.append(f"{number}{line}\n")
    text = "".join(result)
    return text if ends_with_newline else text.removesuffix("\n")
