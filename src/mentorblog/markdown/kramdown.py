"""Kramdown, the Markdown of Jekyll, and Goldmark's heading attributes, as markdown-it rules.

For Jekyll files (`kramdown_plugin`, used only when a body holds `{:` or `*[`):
- attribute lists after a block (`{: .box-note}` on the next line), before one, and after a
  link, image, emphasis or code span (`[x](y){:target="_blank"}`); `{:name: ...}`
  definitions and references to them; quotes may be typographic, as real posts have them;
- `* TOC` + `{:toc}`: a table of contents in place (`<ul id="markdown-toc">`), headings
  with the class `no_toc` left out;
- `{::comment}`, `{::nomarkdown}` and `{::options /}`;
- abbreviations (`*[HTML]: Hyper Text Markup Language`);
- kramdown's header ids `# Title {#id}`.
For Hugo files (`heading_attributes_plugin`): Goldmark's `## Title {#id .class key=value}`,
on by default in Hugo. Definition lists come from mdit-py-plugins (both generators read
them). Heading ids otherwise are GitHub's, which is what Jekyll's default kramdown input
(GFM) writes too.

Attributes are the author's, yet never a way to run script: names are checked, event
handlers (`on*`) and `srcdoc` are dropped, addresses pass markdown-it's link check (no
`javascript:`), values are escaped by the renderer, and with `raw_html: false` only a few
harmless attributes (id, class, title, lang, dir, width, height, alt, target, rel) pass."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from html import escape
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock
from markdown_it.rules_core import StateCore
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from markdown_it.utils import EnvType, OptionsDict

IAL_TOKEN = "kramdown_ial"
SPAN_IAL_TOKEN = "kramdown_span_ial"
TOC_TOKEN = "kramdown_toc"
RAW_TOKEN = "kramdown_nomarkdown"
# Quotes that open an attribute value, and what closes each: straight ones and the
# typographic ones an editor or a blog engine typed in their place.
_DOUBLE = '"\u201c\u201d\u201e\u2033'
_SINGLE = "'\u2018\u2019\u2032"
_QUOTES = {**dict.fromkeys(_DOUBLE[:4], _DOUBLE), **dict.fromkeys(_SINGLE[:3], _SINGLE)}
_NAME = re.compile(r"[A-Za-z_][\w-]*\Z")
_ATTR_NAME = re.compile(r"[A-Za-z_:][\w:.-]*\Z")
_ID = re.compile(r"[A-Za-z][\w:-]*\Z")
_URL_ATTRS = {
    "href",
    "src",
    "action",
    "formaction",
    "xlink:href",
    "poster",
    "cite",
    "data",
    "background",
    "longdesc",
    "usemap",
    "manifest",
    "codebase",
    "ping",
}
_STRICT_ALLOWED = {"id", "class", "title", "lang", "dir", "width", "height", "alt", "target", "rel"}
_SPAN_TARGETS = ("link_close", "image", "code_inline", "em_close", "strong_close", "s_close")
_SELF_CONTAINED_BLOCKS = (
    "fence",
    "code_block",
    "hr",
    "html_block",
    RAW_TOKEN,
    "math_block",
    "math_block_eqno",
)


@dataclass(frozen=True, slots=True)
class AttributeList:
    """What `{: #id .class key="value" ref}` says, before it is checked."""

    id: str = ""
    classes: tuple[str, ...] = ()
    pairs: tuple[tuple[str, str], ...] = ()
    refs: tuple[str, ...] = ()

    def merged(self, other: AttributeList) -> AttributeList:
        return AttributeList(
            other.id or self.id,
            self.classes + other.classes,
            self.pairs + other.pairs,
            self.refs + other.refs,
        )


@dataclass(slots=True)
class _Document:
    """What one document's kramdown definitions are, kept in `env`."""

    alds: dict[str, AttributeList] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)


def attribute_list(text: str) -> AttributeList | None:
    """The items of an attribute list (the text between the braces, `:` removed); None when
    something in it is not an attribute, so the text stays as written."""
    ident = ""
    classes: list[str] = []
    pairs: list[tuple[str, str]] = []
    refs: list[str] = []
    i, n = 0, len(text)
    while i < n:
        if text[i].isspace():
            i += 1
            continue
        start = i
        while i < n and not text[i].isspace() and text[i] not in "=" + "".join(_QUOTES):
            i += 1
        word = text[start:i]
        if i < n and text[i] == "=":
            if not _ATTR_NAME.match(word):
                return None
            i += 1
            if i < n and text[i] in _QUOTES:
                closers = _QUOTES[text[i]]
                i += 1
                value_chars: list[str] = []
                while i < n and text[i] not in closers:
                    if text[i] == "\\" and i + 1 < n:
                        i += 1
                    value_chars.append(text[i])
                    i += 1
                if i >= n:
                    return None  # an unclosed quote
                i += 1
                value = "".join(value_chars)
            else:
                start = i
                while i < n and not text[i].isspace():
                    i += 1
                value = text[start:i]
            pairs.append((word, value))
            continue
        if not word:
            return None
        if word[0] in ".#":
            for part in re.findall(r"[.#][^.#]*", word):
                if part[0] == "#" and _ID.match(part[1:]):
                    ident = part[1:]
                elif part[0] == "." and len(part) > 1:
                    classes.append(part[1:])
                else:
                    return None
        elif _NAME.match(word):
            refs.append(word)
        else:
            return None
    return AttributeList(ident, tuple(classes), tuple(pairs), tuple(refs))


def safe_attributes(attrs: AttributeList, md: MarkdownIt) -> list[tuple[str, str]]:
    """(name, value) pairs that may be written into a tag (see the module doc)."""
    strict = not md.options.get("html", False)
    result: dict[str, str] = {}
    for name, value in attrs.pairs:
        low = name.lower()
        if low.startswith("on") or low in ("srcdoc", "is") or not _ATTR_NAME.match(name):
            continue
        if strict and low not in _STRICT_ALLOWED:
            continue
        if low in _URL_ATTRS or low.endswith(":href"):
            value = value.strip()
            if not md.validateLink(md.normalizeLink(value)):
                continue
        if low == "class":
            result["class"] = f"{result.get('class', '')} {value}".strip()
        else:
            result[low] = value
    if attrs.classes:
        result["class"] = " ".join(filter(None, (result.get("class", ""), *attrs.classes)))
    if attrs.id:
        result["id"] = attrs.id
    return sorted(result.items(), key=lambda item: (item[0] != "id", item[0] != "class"))


def _apply(token: Token, attrs: AttributeList, md: MarkdownIt) -> None:
    for name, value in safe_attributes(attrs, md):
        if name == "class" and token.attrGet("class"):
            value = f"{token.attrGet('class')} {value}"
        token.attrSet(name, value)


# -- heading attributes (Goldmark, and kramdown's `{#id}`) -------------------------------------


def heading_attributes_plugin(md: MarkdownIt, *, kramdown: bool) -> None:
    """`## Title {#id .class}` (Goldmark) or `## Title {#id}` (kramdown: only an id)."""

    def rule(state: StateCore) -> None:
        if "{" not in state.src:
            return
        tokens = state.tokens
        for i, token in enumerate(tokens):
            if token.type != "heading_open" or i + 1 >= len(tokens):
                continue
            inline = tokens[i + 1]
            children = inline.children or []
            last = children[-1] if children else None
            if last is None or last.type != "text" or not last.content.rstrip().endswith("}"):
                continue
            text = last.content.rstrip()
            brace = text.rfind("{")
            if brace < 0 or (brace > 0 and not text[brace - 1].isspace() and kramdown):
                continue
            inside = text[brace + 1 : -1]
            if kramdown:
                if not inside.startswith("#") or not _ID.match(inside[1:]):
                    continue
                attrs: AttributeList | None = AttributeList(id=inside[1:])
            else:
                attrs = attribute_list(inside)
                if attrs is None or attrs.refs:
                    continue
            assert attrs is not None
            last.content = text[:brace].rstrip()
            _apply(token, attrs, md)

    md.core.ruler.after("inline", "heading_attributes", rule)


# -- kramdown ----------------------------------------------------------------------------------


def kramdown_plugin(md: MarkdownIt) -> None:
    """Kramdown's extensions for Jekyll files (see the module doc)."""
    md.block.ruler.before(
        "table",
        "kramdown_block",
        _block_rule,
        {"alt": ["paragraph", "reference", "blockquote", "list"]},
    )
    md.block.ruler.before(
        "reference",
        "kramdown_abbreviation",
        _abbreviation_rule,
        {"alt": ["paragraph", "reference"]},
    )
    md.inline.ruler.push("kramdown_span", _span_rule)
    md.inline.ruler2.push("kramdown_span_attach", _span_attach)
    md.core.ruler.after("block", "kramdown_attach", _attach)
    md.core.ruler.after("inline", "kramdown_abbreviations", _abbreviations)
    md.core.ruler.push("kramdown_toc", _toc)
    md.add_render_rule(IAL_TOKEN, lambda *_: "")
    md.add_render_rule(TOC_TOKEN, _render_content)
    md.add_render_rule(RAW_TOKEN, _render_content)


def _document(env: EnvType) -> _Document:
    found = env.get("kramdown") if isinstance(env, dict) else None
    if not isinstance(found, _Document):
        found = _Document()
        if isinstance(env, dict):
            env["kramdown"] = found
    return found


def _render_content(
    _renderer: Any, tokens: Sequence[Token], idx: int, _options: OptionsDict, _env: EnvType
) -> str:
    return tokens[idx].content


def _line(state: StateBlock, line: int) -> tuple[int, int]:
    return state.bMarks[line] + state.tShift[line], state.eMarks[line]


def _closing(src: str, name: str, pos: int) -> tuple[int, int] | None:
    """Where kramdown's `{:/name}` or `{:/}` that closes an extension begins and ends."""
    found = [
        (at, at + len(mark))
        for mark in ("{:/" + name + "}", "{:/}")
        if (at := src.find(mark, pos)) >= 0
    ]
    return min(found) if found else None


def _extension(text: str) -> tuple[str, str, bool] | None:
    """`{::name attrs}` or `{::name attrs /}` at the start of `text`: (name, rest after the
    tag, closes itself)."""
    end = text.find("}")
    if not text.startswith("{::") or end < 0:
        return None
    inside = text[3:end]
    name = inside.split(None, 1)[0].rstrip("/") if inside.strip() else ""
    if name not in ("comment", "nomarkdown", "options"):
        return None
    return name, text[end + 1 :], inside.rstrip().endswith("/")


def _block_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    pos, line_end = _line(state, start)
    if not state.src.startswith("{:", pos):
        return False
    line = state.src[pos:line_end].rstrip()
    if line.startswith("{::"):
        return _block_extension(state, start, end, silent, pos)
    if not line.endswith("}") or line.startswith("{:/"):
        return False
    inside = line[2:-1]
    ald_name, colon, ald_rest = inside.partition(":")
    if (
        colon
        and _NAME.match(ald_name)
        and not ald_name.startswith(("#", "."))
        and "=" not in ald_name
    ):
        attrs = attribute_list(ald_rest)
        if attrs is None:
            return False
        if not silent:
            _document(state.env).alds[ald_name] = attrs
            state.line = start + 1
        return True
    attrs = attribute_list(inside)
    if attrs is None:
        return False
    if not silent:
        token = state.push(IAL_TOKEN, "", 0)
        token.meta["attrs"] = attrs
        token.map = [start, start + 1]
        token.hidden = True
        state.line = start + 1
    return True


def _block_extension(state: StateBlock, start: int, end: int, silent: bool, pos: int) -> bool:
    found = _extension(state.src[pos : state.eMarks[start]])
    if found is None:
        return False
    name, rest, closed = found
    body_start = state.eMarks[start] - len(rest)
    if closed:
        if rest.strip():
            return False
        last = start
        body = ""
    else:
        closing = _closing(state.src, name, body_start)
        if closing is None or closing[0] > state.eMarks[end - 1]:
            return False
        last = start
        while last + 1 < end and state.bMarks[last + 1] <= closing[0]:
            last += 1
        if state.src[closing[1] : state.eMarks[last]].strip():
            return False  # text after the closing tag: a span extension, not a block
        body = state.src[body_start : closing[0]]
    if silent:
        return True
    if name == "nomarkdown":
        token = state.push(RAW_TOKEN, "", 0)
        text = body.strip("\n")
        token.content = (
            text if state.md.options.get("html") else f"<p>{escape(text, quote=False)}</p>"
        ) + "\n"
        token.map = [start, last + 1]
    state.line = last + 1
    return True


def _abbreviation_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    """`*[HTML]: Hyper Text Markup Language`."""
    if state.sCount[start] - state.blkIndent >= 4:
        return False
    pos, line_end = _line(state, start)
    line = state.src[pos:line_end]
    close = line.find("]:")
    if not line.startswith("*[") or close < 3:
        return False
    if silent:
        return True
    word = line[2:close].strip()
    if word and "]" not in word:
        _document(state.env).abbreviations[word] = line[close + 2 :].strip()
    state.line = start + 1
    return True


def _span_rule(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if not src.startswith("{:", pos):
        return False
    if src.startswith("{::", pos):
        return _span_extension(state, silent)
    end = src.find("}", pos)
    if end < 0 or state.pending or not state.tokens:
        return False
    previous = state.tokens[-1]
    # Emphasis is only known after the line is read: its closing `*` is text until then.
    closes_emphasis = (
        previous.type == "text" and previous.content and not previous.content.strip("*_~")
    )
    if previous.type not in _SPAN_TARGETS and not closes_emphasis:
        return False
    attrs = attribute_list(src[pos + 2 : end])
    if attrs is None or attrs.refs:
        return False
    if not silent:
        token = state.push(SPAN_IAL_TOKEN, "", 0)
        token.meta["attrs"] = attrs
        token.content = src[pos : end + 1]
    state.pos = end + 1
    return True


def _span_attach(state: StateInline) -> None:
    """After emphasis is resolved: each span attribute list to the element before it; one
    that follows no element is text again, as kramdown leaves it."""
    tokens = state.tokens
    for i, token in enumerate(tokens):
        if token.type != SPAN_IAL_TOKEN:
            continue
        previous = tokens[i - 1] if i else None
        if previous is None or previous.type not in _SPAN_TARGETS:
            token.type = "text"
            continue
        level = 0
        for index in range(i - 1, -1, -1):
            level += tokens[index].nesting
            if level == 0:
                _apply(tokens[index], token.meta["attrs"], state.md)
                break
        token.type, token.content = "text", ""


def _span_extension(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    found = _extension(src[pos : state.posMax])
    if found is None:
        return False
    name, rest, closed = found
    body_start = state.posMax - len(rest)
    if closed:
        state.pos = body_start
        return True
    closing = _closing(src, name, body_start)
    if closing is None or closing[1] > state.posMax:
        return False
    if not silent and name == "nomarkdown":
        body = src[body_start : closing[0]]
        if state.md.options.get("html"):
            state.push("html_inline", "", 0).content = body
        else:
            state.push("text", "", 0).content = body
    state.pos = closing[1]
    return True


def _attach(state: StateCore) -> None:
    """Block attribute lists to the block just before them (no blank line between), else to
    the next block, as kramdown reads them; `{:toc}` marks a list for the table of contents."""
    tokens = state.tokens
    if not any(t.type == IAL_TOKEN for t in tokens):
        return
    alds = _document(state.env).alds
    for i, token in enumerate(tokens):
        if token.type != IAL_TOKEN:
            continue
        attrs: AttributeList = token.meta["attrs"]
        for ref in attrs.refs:
            if ref in alds:
                attrs = attrs.merged(alds[ref])
        target = _block_before(tokens, i) or _block_after(tokens, i)
        if target is None:
            continue
        if "toc" in attrs.refs and target.type in ("bullet_list_open", "ordered_list_open"):
            target.meta["kramdown_toc"] = True
        _apply(target, attrs, state.md)
    kept: list[Token] = []
    skip_until = -1
    for i, token in enumerate(tokens):
        if i <= skip_until or token.type == IAL_TOKEN:
            continue
        if token.meta.get("kramdown_toc"):
            skip_until = _closing_index(tokens, i)
            toc = Token(
                TOC_TOKEN,
                "ol" if token.type == "ordered_list_open" else "ul",
                0,
                map=token.map,
                level=token.level,
                block=True,
            )
            toc.attrs = {k: v for k, v in token.attrs.items() if k == "class"}
            kept.append(toc)
            continue
        kept.append(token)
    state.tokens = kept


def _closing_index(tokens: list[Token], start: int) -> int:
    level = 0
    for i in range(start, len(tokens)):
        level += tokens[i].nesting
        if level == 0:
            return i
    return len(tokens) - 1


def _block_before(tokens: list[Token], i: int) -> Token | None:
    """The block an attribute list right below it belongs to; lists on the lines after it
    (`{: file="a.sh" }` then `{: .nolineno }`) all belong to the same block."""
    ial = tokens[i]
    while i > 0 and tokens[i - 1].type == IAL_TOKEN and tokens[i - 1].level == ial.level:
        above, here = tokens[i - 1].map, ial.map
        if not above or not here or above[1] != here[0]:
            break
        i -= 1
        ial = tokens[i]
    if i == 0:
        return None
    previous = tokens[i - 1]
    if previous.level != ial.level or previous.type == IAL_TOKEN:
        return None
    if previous.nesting == -1:
        level = 0
        for index in range(i - 1, -1, -1):
            level += tokens[index].nesting
            if level == 0:
                opening = tokens[index]
                break
        else:
            return None
    elif previous.type in _SELF_CONTAINED_BLOCKS:
        opening = previous
    else:
        return None
    if opening.map and ial.map and opening.map[1] == ial.map[0]:
        return opening
    return None


def _block_after(tokens: list[Token], i: int) -> Token | None:
    ial = tokens[i]
    for token in tokens[i + 1 :]:
        if token.type == IAL_TOKEN:
            continue
        if (
            token.level == ial.level
            and token.nesting >= 0
            and token.block
            and (token.nesting == 1 or token.type in _SELF_CONTAINED_BLOCKS)
        ):
            return token
        return None
    return None


def _abbreviations(state: StateCore) -> None:
    """Each whole-word use of a defined abbreviation, outside code, becomes `<abbr>`."""
    words = _document(state.env).abbreviations
    if not words:
        return
    pattern = re.compile(
        r"(?<!\w)("
        + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
        + r")(?!\w)"
    )
    for token in state.tokens:
        if token.type != "inline" or not token.children:
            continue
        children: list[Token] = []
        for child in token.children:
            if child.type != "text" or not pattern.search(child.content):
                children.append(child)
                continue
            last = 0
            for match in pattern.finditer(child.content):
                if match.start() > last:
                    children.append(
                        Token("text", "", 0, content=child.content[last : match.start()])
                    )
                opening = Token("abbr_open", "abbr", 1)
                if words[match.group()]:
                    opening.attrSet("title", words[match.group()])
                children += [
                    opening,
                    Token("text", "", 0, content=match.group()),
                    Token("abbr_close", "abbr", -1),
                ]
                last = match.end()
            if last < len(child.content):
                children.append(Token("text", "", 0, content=child.content[last:]))
        token.children = children


def _toc(state: StateCore) -> None:
    """The table of contents in place of a `{:toc}` list: every heading with an id but the
    `no_toc` ones, nested by level, linking to it (kramdown's `markdown-toc` ids)."""
    places = [t for t in state.tokens if t.type == TOC_TOKEN]
    if not places:
        return
    entries: list[tuple[int, str, str]] = []
    for i, token in enumerate(state.tokens):
        anchor = token.attrGet("id") if token.type == "heading_open" else None
        classes = str(token.attrGet("class") or "").split()
        if anchor and "no_toc" not in classes:
            inline = state.tokens[i + 1]
            text = "".join(
                c.content for c in inline.children or () if c.type in ("text", "code_inline")
            )
            entries.append((int(token.tag[1]), str(anchor), text))
    for place in places:
        css = place.attrGet("class")
        attrs = ' id="markdown-toc"' + (f' class="{escape(str(css))}"' if css else "")
        place.content = _toc_html(entries, place.tag, attrs)


def _toc_html(entries: list[tuple[int, str, str]], tag: str, attrs: str) -> str:
    if not entries:
        return ""
    out = [f"<{tag}{attrs}>\n"]
    levels = [entries[0][0]]
    for n, (level, anchor, text) in enumerate(entries):
        if n:
            if level > levels[-1]:
                out.append(f"\n<{tag}>\n")
                levels.append(level)
            else:
                out.append("</li>\n")
                while len(levels) > 1 and level < levels[-1]:
                    levels.pop()
                    out.append(f"</{tag}>\n</li>\n")
        out.append(
            f'<li><a href="#{escape(anchor)}" id="markdown-toc-{escape(anchor)}">'
            f"{escape(text, quote=False)}</a>"
        )
    out.append("</li>\n")
    while len(levels) > 1:
        levels.pop()
        out.append(f"</{tag}>\n</li>\n")
    out.append(f"</{tag}>\n")
    return "".join(out)
