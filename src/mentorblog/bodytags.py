"""Hugo shortcodes and Jekyll Liquid tags in a post body, expanded before Markdown.

Both generators run their tags over the source before Markdown sees it, in code blocks
too (authors who wanted a tag shown wrote `{{</* x */>}}` or `{% raw %}`), and so does this
pre-pass. What a tag produces goes back into the Markdown as:
- plain text, when the original produced Markdown text (Liquid outputs, `{{% param %}}`);
- a placeholder word standing for html (figures, videos, details, highlighted code, site
  shortcodes, and anything shown as written), swapped for the html by a markdown-it core
  rule after parsing (`substitute`): a placeholder alone in a paragraph replaces the whole
  paragraph, one inside code becomes the text form, so nothing is escaped twice;
- a link placeholder (`ref`, `relref`, `link`, `post_url`) that stays in the html until the
  render stage knows every page's url (xrefs.py), so cached html never holds another page's
  url.
Line numbers of the original body are kept in `Expansion.line_map` for later errors."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from typing import Protocol

from jinja2 import Environment
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from mentorblog.bodysyntax import (
    Item,
    Lines,
    LiquidOutput,
    LiquidTag,
    Literal,
    Malformed,
    Shortcode,
    Text,
    scan,
)
from mentorblog.errors import BuildError, Notice
from mentorblog.liquid import LiquidProblem, LiquidValues, evaluate
from mentorblog.model import LinkRef, Page
from mentorblog.shortcodes import (
    PAIRED_BUILT_IN,
    CodeOptions,
    ShortcodeSettings,
    details,
    figure,
    format_param,
    hugo_code_options,
    line_set,
    page_param,
    render_site_shortcode,
    uses_inner,
    video,
)

TOKEN_TYPE = "mentorblog_shortcode"


class Hooks(Protocol):
    """What the Markdown renderer lends the expansion."""

    def fragment(self, markdown: str, expansion: Expansion, *, inline: bool) -> str: ...

    def code(self, code: str, lang: str, options: CodeOptions) -> str: ...

    def plain(self, html: str) -> str: ...


@dataclass(frozen=True, slots=True)
class Sub:
    """What one placeholder stands for: html in running text, `text` inside code."""

    html: str
    text: str
    is_block: bool


class Expansion:
    """One body after its tags ran: the Markdown to parse and what its placeholders mean.
    Placeholders are words of letters and digits (so Markdown leaves them alone) with a
    digest of the body in them (so an author's own text cannot be one by accident)."""

    def __init__(self, body: str) -> None:
        digest = hashlib.sha256(body.encode()).hexdigest()[:8]
        self.prefix = f"mbsc{digest}q"
        self.ref_prefix = f"mbref{digest}q"
        self.body = body
        self.line_map: tuple[int, ...] = ()  # Markdown line -> body line; () = the same
        self.subs: dict[str, Sub] = {}
        self.refs: list[LinkRef] = []
        self.notices: list[Notice] = []

    def place(self, sub: Sub) -> str:
        token = f"{self.prefix}{len(self.subs)}z"
        self.subs[token] = sub
        return token

    def add_ref(self, kind: str, target: str, line: int) -> str:
        token = f"{self.ref_prefix}{len(self.refs)}z"
        self.refs.append(LinkRef(token, kind, target, line))
        return token

    def body_line(self, markdown_line: int) -> int:
        """The body line (0-based) a line of the expanded Markdown came from."""
        if 0 <= markdown_line < len(self.line_map):
            return self.line_map[markdown_line]
        return markdown_line

    def pieces(self, text: str) -> Iterator[str | Sub]:
        """`text` cut into plain strings and the subs its placeholders stand for."""
        start = 0
        pos = text.find(self.prefix)
        while pos >= 0:
            end = text.find("z", pos + len(self.prefix))
            sub = self.subs.get(text[pos:end + 1]) if end >= 0 else None
            if sub is None:
                pos = text.find(self.prefix, pos + 1)
                continue
            if start < pos:
                yield text[start:pos]
            yield sub
            start = end + 1
            pos = text.find(self.prefix, start)
        if start < len(text):
            yield text[start:]

    def as_text(self, text: str) -> str:
        if self.prefix not in text:
            return text
        return "".join(p if isinstance(p, str) else p.text for p in self.pieces(text))

    def as_html(self, text: str) -> str:
        if self.prefix not in text:
            return text
        return "".join(p if isinstance(p, str) else p.html for p in self.pieces(text))

    def alone(self, text: str) -> Sub | None:
        """The block sub a paragraph consists of, if it holds nothing else."""
        found = list(self.pieces(text.strip())) if self.prefix in text else []
        if len(found) == 1 and isinstance(found[0], Sub) and found[0].is_block:
            return found[0]
        return None


def expand(page: Page, settings: ShortcodeSettings, hooks: Hooks,
           templates: Environment | None) -> Expansion:
    """Run the body's shortcodes and Liquid tags; unknown ones are shown as written with a
    warning, and mistakes the originals also refuse (a missing `param`) are BuildErrors."""
    expansion = Expansion(page.body)
    if "{{" not in page.body and "{%" not in page.body:
        return expansion
    expander = _Expander(page, settings, hooks, templates, expansion)
    out = _Out()
    expander.emit(expander.tree(scan(page.body)), out, markdown=True)
    expansion.body, expansion.line_map = out.result(expander.lines)
    return expansion


# -- the pre-pass -------------------------------------------------------------------------------

@dataclass(slots=True)
class _Node:
    item: Item
    inner: list[_Node] | None = None  # the content of a paired tag
    close: Item | None = None
    unclosed: bool = False


class _Out:
    """Expanded Markdown in pieces, each knowing the body offset it came from."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, int, bool]] = []  # (text, body offset, copied as is)
        self._trim = False

    def copy(self, text: str, offset: int) -> None:
        if self._trim:
            stripped = text.lstrip()
            offset += len(text) - len(stripped)
            text = stripped
            self._trim = not text
        if text:
            self.pieces.append((text, offset, True))

    def put(self, text: str, offset: int) -> None:
        self._trim = False
        if text:
            self.pieces.append((text, offset, False))

    def rstrip(self) -> None:
        """Liquid's `{%-`: remove the whitespace just before."""
        while self.pieces:
            text, offset, copied = self.pieces[-1]
            stripped = text.rstrip()
            if stripped:
                self.pieces[-1] = (stripped, offset, copied)
                return
            self.pieces.pop()

    def trim_next(self) -> None:
        self._trim = True

    def text(self) -> str:
        return "".join(text for text, _, _ in self.pieces)

    def result(self, lines: Lines) -> tuple[str, tuple[int, ...]]:
        line_map = [0]
        for text, offset, copied in self.pieces:
            pos = text.find("\n")
            while pos >= 0:
                line_map.append(lines(offset + pos + 1) if copied else lines(offset))
                pos = text.find("\n", pos + 1)
        return self.text(), tuple(line_map)


class _Expander:
    """Walks one body's tags; holds only this document's state."""

    def __init__(self, page: Page, settings: ShortcodeSettings, hooks: Hooks,
                 templates: Environment | None, expansion: Expansion) -> None:
        self.page = page
        self.body = page.body
        self.settings = settings
        self.hooks = hooks
        self.templates = templates
        self.x = expansion
        self.lines = Lines(page.body)
        self.site_names = {name: uses_inner(source) for name, source in settings.templates}
        self.ordinals: dict[str, int] = {}
        self.liquid = LiquidValues(settings.base_url, settings.base_path, settings.site_title,
                                   settings.site_description, page.url, page.title)

    # -- locations and messages

    def line(self, offset: int) -> int:
        return self.page.body_line + self.lines(offset)

    def where(self, offset: int) -> str:
        return f"{self.page.source}:{self.line(offset)}"

    def warn(self, message: str, offset: int) -> None:
        self.x.notices.append(Notice(message, self.page.source, self.line(offset)))

    def error(self, message: str, offset: int) -> BuildError:
        return BuildError(message, self.page.source, self.line(offset))

    # -- pairing

    def _is_paired(self, name: str) -> bool:
        if name in self.site_names and self.templates is not None:
            return self.site_names[name]
        return name in PAIRED_BUILT_IN

    def _open_key(self, item: Item) -> tuple[str, str] | None:
        if isinstance(item, Shortcode) and not item.is_closing and self._is_paired(item.name):
            return ("shortcode", item.name)
        if isinstance(item, LiquidTag) and item.name == "highlight":
            return ("liquid", item.name)
        return None

    @staticmethod
    def _close_key(item: Item) -> tuple[str, str] | None:
        if isinstance(item, Shortcode) and item.is_closing:
            return ("shortcode", item.name)
        if isinstance(item, LiquidTag) and item.name.startswith("end"):
            return ("liquid", item.name[3:])
        return None

    def tree(self, items: list[Item]) -> list[_Node]:
        """Pair opening and closing tags; an unclosed one keeps its place and loses its
        content to its parent, and a stray closing tag stays a leaf (both warned later)."""
        root: list[_Node] = []
        stack: list[tuple[_Node | None, list[_Node]]] = [(None, root)]
        for item in items:
            key = self._open_key(item)
            if key is not None:
                inner: list[_Node] = []
                node = _Node(item, inner)
                stack[-1][1].append(node)
                if not (isinstance(item, Shortcode) and item.is_self_closing):
                    stack.append((node, inner))
                continue
            close = self._close_key(item)
            if close is not None:
                depth = next((d for d in range(len(stack) - 1, 0, -1)
                              if self._open_key(_item(stack[d][0])) == close), None)
                if depth is not None:
                    while len(stack) - 1 > depth:
                        _unwind(stack)
                    opened = stack.pop()[0]
                    assert opened is not None
                    opened.close = item
                    continue
            stack[-1][1].append(_Node(item))
        while len(stack) > 1:
            _unwind(stack)
        return root

    # -- output

    def emit(self, nodes: list[_Node], out: _Out, *, markdown: bool) -> None:
        """`markdown`: the result is Markdown (html goes in as placeholders); otherwise it
        is code text (everything goes in as text)."""
        for i, node in enumerate(nodes):
            item = node.item
            if getattr(item, "trim_left", False):
                out.rstrip()
            if isinstance(item, Text):
                out.copy(self.body[item.start:item.end], item.start)
            elif isinstance(item, Literal):
                if item.text_start >= 0:
                    out.copy(item.text, item.text_start)
                else:
                    out.put(self._shown(item.text, markdown), item.start)
            elif isinstance(item, Malformed):
                self.warn(f"{item.reason}; shown as written", item.start)
                out.put(self._shown(self.body[item.start:item.end], markdown), item.start)
            elif isinstance(item, Shortcode):
                out.put(self._shortcode(node, item, markdown), item.start)
            elif isinstance(item, LiquidTag):
                out.put(self._liquid_tag(node, item, markdown), item.start)
            elif isinstance(item, LiquidOutput):
                following = nodes[i + 1].item if i + 1 < len(nodes) else None
                out.put(self._liquid_output(item, following, markdown), item.start)
            if getattr(node.close or item, "trim_right", False):
                out.trim_next()

    def _inner(self, node: _Node, *, markdown: bool) -> str:
        out = _Out()
        self.emit(node.inner or [], out, markdown=markdown)
        return out.text()

    def _place(self, sub: Sub, markdown: bool) -> str:
        return self.x.place(sub) if markdown else sub.text

    def _shown(self, text: str, markdown: bool) -> str:
        """Text shown exactly as written, never read as Markdown or html."""
        return self._place(Sub(escape(text, quote=False), text, False), markdown)

    def _as_written(self, item: Item, markdown: bool) -> str:
        return self._shown(self.body[item.start:item.end], markdown)

    # -- Hugo

    def _shortcode(self, node: _Node, code: Shortcode, markdown: bool) -> str:
        name = code.name
        if code.is_closing:
            self.warn(f"closing shortcode `{name}` has no opening one; shown as written",
                      code.start)
            return self._as_written(code, markdown)
        if node.unclosed:
            self.warn(f"shortcode `{name}` is never closed with `{{{{< /{name} >}}}}`; "
                      "shown as written", code.start)
            return self._as_written(code, markdown)
        if name in self.site_names and self.templates is not None:
            return self._site_shortcode(node, code, markdown)
        line = self.line(code.start)
        if name == "figure":
            html, has_alt = figure(code, self.settings.base_path, self._inline,
                                   self.hooks.plain)
            if not has_alt:
                self.warn("figure has no alt, caption or title: readers of screen readers "
                          "get no description", code.start)
            return self._place(Sub(html, html, True), markdown)
        if name in ("youtube", "vimeo"):
            html_or_none = video(code, name, self.settings.language)
            if html_or_none is None:
                raise self.error(f"the {name} shortcode needs a video id", code.start)
            return self._place(Sub(html_or_none, html_or_none, True), markdown)
        if name == "highlight":
            text = self._inner(node, markdown=False).strip("\r\n") + "\n"
            lang = str(code.get(0) or "")
            try:
                options = hugo_code_options(str(code.get(1) or ""))
            except ValueError as err:  # an hl_lines range too long to mark
                raise self.error(f"highlight: {err}", code.start) from None
            html = self.hooks.code(text, lang, options)
            return self._place(Sub(html, text, True), markdown)
        if name == "details":
            inner = self.hooks.fragment(self._inner(node, markdown=True), self.x,
                                        inline=False)
            html = details(code, inner, self._inline)
            return self._place(Sub(html, html, True), markdown)
        if name in ("ref", "relref"):
            target = str(code.get(0) or code.get("path") or "")
            if not target:
                raise self.error(f"the {name} shortcode needs the path of a page", code.start)
            return self.x.add_ref(name, target, line)
        if name == "param":
            key = str(code.get(0) or "")
            if not key:
                raise self.error("the param shortcode needs the name of a parameter",
                                 code.start)
            value = page_param(self.page, self.settings, key)
            if value is None:
                raise self.error(f"param {key!r} is set neither in the front matter nor in "
                                 "the site's params", code.start)
            text = format_param(value)
            if code.is_markdown and markdown:
                return text
            return self._place(Sub(escape(text, quote=False), text, False), markdown)
        self.warn(f"unknown shortcode `{name}`; shown as written (a site can define it in "
                  f"layouts/shortcodes/{name}.html)", code.start)
        return self._as_written(code, markdown)

    def _inline(self, markdown: str) -> str:
        return self.hooks.fragment(markdown, self.x, inline=True)

    def _site_shortcode(self, node: _Node, code: Shortcode, markdown: bool) -> str:
        assert self.templates is not None
        inner: str | None = None
        if node.inner is not None:
            text = self._inner(node, markdown=True)
            inner = self.hooks.fragment(text, self.x, inline=False) if code.is_markdown \
                else self.x.as_html(text)
        self.ordinals[code.name] = self.ordinals.get(code.name, -1) + 1
        html = render_site_shortcode(
            self.templates, code, inner, self.page, self.settings, self.ordinals[code.name],
            lambda text: self.hooks.fragment(text, self.x, inline=False),
            self.where(code.start)).strip("\n")
        return self._place(Sub(html, html, True), markdown)

    # -- Jekyll

    def _liquid_tag(self, node: _Node, tag: LiquidTag, markdown: bool) -> str:
        name = tag.name
        if name == "highlight" and not node.unclosed:
            words = tag.markup.split()
            lang = words[0] if words else ""
            try:
                options = _liquid_code_options(words[1:])
            except ValueError as err:
                raise self.error(f"highlight: {err}", tag.start) from None
            text = self._inner(node, markdown=False).strip("\r\n") + "\n"
            html = self.hooks.code(text, lang, options)
            return self._place(Sub(html, text, True), markdown)
        if name == "highlight":
            self.warn("`{% highlight %}` is never closed with `{% endhighlight %}`; shown as "
                      "written", tag.start)
            return self._as_written(tag, markdown)
        if name in ("link", "post_url"):
            target = tag.markup.strip()
            if not target:
                raise self.error(f"`{{% {name} %}}` needs the path of a page", tag.start)
            return self.x.add_ref(name, target, self.line(tag.start))
        if name.startswith("end"):
            self.warn(f"`{{% {name} %}}` closes nothing; shown as written", tag.start)
        else:
            self.warn(f"unknown Liquid tag `{name}`; shown as written (wrap text in "
                      "`{% raw %}` and `{% endraw %}` to show it on purpose)", tag.start)
        return self._as_written(tag, markdown)

    def _liquid_output(self, output: LiquidOutput, following: Item | None,
                       markdown: bool) -> str:
        # Jekyll 3 needed `{{ site.baseurl }}{% link x %}`; Jekyll 4's `link` adds the base
        # path itself, so the old idiom would repeat it. Both mean the same link.
        if output.expression.replace(" ", "") == "site.baseurl" and \
                isinstance(following, LiquidTag) and following.name in ("link", "post_url") \
                and following.start == output.end:
            return ""
        try:
            return evaluate(output.expression, self.liquid)
        except LiquidProblem as problem:
            self.warn(f"{problem}; shown as written", output.start)
            return self._as_written(output, markdown)


def _item(node: _Node | None) -> Item:
    assert node is not None
    return node.item


def _unwind(stack: list[tuple[_Node | None, list[_Node]]]) -> None:
    node, children = stack.pop()
    assert node is not None
    node.unclosed = True
    node.inner = None
    stack[-1][1].extend(children)


def _liquid_code_options(words: list[str]) -> CodeOptions:
    """`linenos` (or `linenos=table`) and `mark_lines="1 2"` / `hl_lines="1 2"`."""
    text = " ".join(words)
    numbers = any(w == "linenos" or w.startswith("linenos=") for w in words)
    marked: tuple[int, ...] = ()
    for key in ("mark_lines=", "hl_lines="):
        if key in text:
            rest = text.split(key, 1)[1].strip()
            value = rest[1:].split(rest[0], 1)[0] if rest[:1] in "\"'" and rest else \
                rest.split()[0] if rest else ""
            marked = line_set(value)
    return CodeOptions(numbers, 1, marked)


# -- after parsing: placeholders -> html ---------------------------------------------------------

def substitute(state: StateCore) -> None:
    """markdown-it core rule: swap placeholders for what they stand for (see module doc)."""
    expansion = state.env.get("shortcodes") if isinstance(state.env, dict) else None
    if not isinstance(expansion, Expansion) or not (expansion.subs or expansion.refs):
        return
    tokens: list[Token] = []
    source = state.tokens
    i = 0
    while i < len(source):
        token = source[i]
        if token.type == "paragraph_open" and not token.hidden and i + 2 < len(source) and \
                source[i + 1].type == "inline" and source[i + 2].type == "paragraph_close":
            sub = expansion.alone(source[i + 1].content)
            if sub is not None:
                block = Token(TOKEN_TYPE, "", 0, content=sub.html, block=True,
                              map=token.map, level=token.level)
                tokens.append(block)
                i += 3
                continue
        if token.type in ("fence", "code_block"):
            token.content = expansion.as_text(token.content)
            if expansion.ref_prefix in token.content:
                token.meta["plain"] = True  # a highlighter could split the link placeholder
        elif token.type == "html_block":
            token.content = expansion.as_html(token.content)
        elif token.type == "inline" and token.children:
            token.children = _children(token.children, expansion)
        tokens.append(token)
        i += 1
    state.tokens = tokens


def _children(children: list[Token], expansion: Expansion) -> list[Token]:
    result: list[Token] = []
    for child in children:
        if child.type == "text" and expansion.prefix in child.content:
            for piece in expansion.pieces(child.content):
                if isinstance(piece, str):
                    result.append(Token("text", "", 0, content=piece))
                elif not piece.is_block and piece.html == escape(piece.text, quote=False):
                    # Plain text (a param, a tag shown as written) stays text, so heading
                    # ids, the ToC and word counts see it.
                    result.append(Token("text", "", 0, content=piece.text))
                else:
                    result.append(Token(TOKEN_TYPE, "", 0, content=piece.html))
            continue
        if child.type == "code_inline":
            child.content = expansion.as_text(child.content)
        elif child.type == "html_inline":
            child.content = expansion.as_html(child.content)
        for name in ("href", "src", "title"):
            value = child.attrGet(name)
            if isinstance(value, str) and expansion.prefix in value:
                child.attrSet(name, expansion.as_text(value))
        if child.children:
            for grandchild in child.children:
                grandchild.content = expansion.as_text(grandchild.content)
        result.append(child)
    return result


def line_of(env: object, markdown_line: int) -> int:
    """The body line of a Markdown line, for errors raised while rendering."""
    expansion = env.get("shortcodes") if isinstance(env, dict) else None
    return expansion.body_line(markdown_line) if isinstance(expansion, Expansion) \
        else markdown_line

