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
import re
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from html import escape
from typing import Protocol

from jinja2 import Environment
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

from mentorblog.core.errors import BuildError, Notice
from mentorblog.core.model import JEKYLL, LinkRef, Page
from mentorblog.markdown.bodysyntax import (
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
from mentorblog.markdown.codeblocks import CodeOptions, hugo_code_options, jekyll_code_options
from mentorblog.markdown.embeds import gist, instagram, qr, qr_level, x_post
from mentorblog.markdown.kramdown import attribute_list
from mentorblog.markdown.liquid import LiquidProblem, LiquidValues, evaluate
from mentorblog.markdown.shortcodes import (
    BUILT_IN,
    MAYBE_PAIRED_BUILT_IN,
    PAIRED_BUILT_IN,
    ShortcodeSettings,
    admonition,
    collapse,
    details,
    direction,
    figure,
    format_param,
    in_text_image,
    is_go_template,
    media,
    page_param,
    render_site_shortcode,
    site_url,
    text_of,
    uses_inner,
    video,
    wants_markdown,
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
            sub = self.subs.get(text[pos : end + 1]) if end >= 0 else None
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


def expand(
    page: Page, settings: ShortcodeSettings, hooks: Hooks, templates: Environment | None
) -> Expansion:
    """Run the body's shortcodes and Liquid tags; unknown ones are shown as written with a
    warning, and mistakes the originals also refuse (a missing `param`) are BuildErrors."""
    expansion = Expansion(page.body)
    liquid = page.dialect == JEKYLL  # only Jekyll reads Liquid (see parse.site_dialect)
    if "{{" not in page.body and (not liquid or "{%" not in page.body):
        return expansion
    expander = _Expander(page, settings, hooks, templates, expansion)
    out = _Out()
    expander.emit(expander.tree(scan(page.body, liquid=liquid)), out, markdown=True)
    expansion.body, expansion.line_map = out.result(expander.lines)
    return expansion


def cannot_run(body: str, *, liquid: bool) -> list[tuple[str, tuple[int, ...]]]:
    """Each tag of `body` that mentorblog cannot run without a template of the site's own
    (`{{< name >}}` not built in, a Liquid tag of a plugin or of template logic), with the
    0-based lines it is used on; for `import`, which lists them before any build."""
    if "{{" not in body and (not liquid or "{%" not in body):
        return []
    lines = Lines(body)
    found: dict[str, list[int]] = {}
    for item in scan(body, liquid=liquid):
        if (
            isinstance(item, LiquidTag)
            and item.name == "include"
            and item.markup.strip() == "base_path"
        ):
            continue
        if isinstance(item, Shortcode) and not item.is_closing and item.name not in BUILT_IN:
            shown = f"{{{{< {item.name} >}}}}"
        elif (
            isinstance(item, LiquidTag)
            and item.name not in _LIQUID_RUN
            and not item.name.startswith("end")
            and item.name not in _LIQUID_BRANCHES
        ):
            shown = f"{{% {item.name} %}}"
        else:
            continue
        found.setdefault(shown, []).append(lines(item.start))
    return [(shown, tuple(at)) for shown, at in found.items()]


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

    def __init__(
        self,
        page: Page,
        settings: ShortcodeSettings,
        hooks: Hooks,
        templates: Environment | None,
        expansion: Expansion,
    ) -> None:
        self.page = page
        self.body = page.body
        self.settings = settings
        self.hooks = hooks
        self.templates = templates
        self.x = expansion
        self.lines = Lines(page.body)
        # The site's Jinja shortcodes (name -> takes inner content) and its Go templates.
        self.go_names = {name for name, source in settings.templates if is_go_template(source)}
        self.site_names = {
            name: uses_inner(source)
            for name, source in settings.templates
            if name not in self.go_names
        }
        self.closed_names: set[str] = set()  # names some closing tag of the body has
        self.closed_liquid: set[str] = set()  # Liquid blocks some `{% endNAME %}` closes
        self.logic = 0  # inside how many blocks of Liquid logic (`for`, `if`) not run
        self.ordinals: dict[str, int] = {}
        self.liquid = LiquidValues(
            settings.base_url,
            settings.base_path,
            settings.site_title,
            settings.site_description,
            page.url,
            page.title,
            lang=page.lang,
            default_lang=settings.default_language,
            page_description=page.description,
            page_image=page.images[0] if page.images and "image" in page.key_lines else "",
            page_params=page.params,
            site_params=settings.site_params,
        )

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
        if name in PAIRED_BUILT_IN:
            return True
        # `qr` and shortcodes mentorblog cannot run take content when a closing tag follows.
        return (name in MAYBE_PAIRED_BUILT_IN or name not in BUILT_IN) and name in self.closed_names

    def _open_key(self, item: Item) -> tuple[str, str] | None:
        if isinstance(item, Shortcode) and not item.is_closing and self._is_paired(item.name):
            return ("shortcode", item.name)
        if isinstance(item, LiquidTag) and (
            item.name == "highlight"
            or (item.name in self.closed_liquid and item.name not in _LIQUID_INLINE)
        ):
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
        self.closed_names = {i.name for i in items if isinstance(i, Shortcode) and i.is_closing}
        self.closed_liquid = {
            i.name[3:] for i in items if isinstance(i, LiquidTag) and i.name.startswith("end")
        }
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
                depth = next(
                    (
                        d
                        for d in range(len(stack) - 1, 0, -1)
                        if self._open_key(_item(stack[d][0])) == close
                    ),
                    None,
                )
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
                out.copy(self.body[item.start : item.end], item.start)
            elif isinstance(item, Literal):
                if item.text_start >= 0:
                    out.copy(item.text, item.text_start)
                else:
                    out.put(self._shown(item.text, markdown), item.start)
            elif isinstance(item, Malformed):
                self.warn(f"{item.reason}; shown as written", item.start)
                out.put(self._shown(self.body[item.start : item.end], markdown), item.start)
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
        return self._shown(self.body[item.start : item.end], markdown)

    # -- Hugo

    def _shortcode(self, node: _Node, code: Shortcode, markdown: bool) -> str:
        name = code.name
        if code.is_closing:
            self.warn(
                f"closing shortcode `{name}` has no opening one; shown as written", code.start
            )
            return self._as_written(code, markdown)
        if node.unclosed:
            self.warn(
                f"shortcode `{name}` is never closed with `{{{{< /{name} >}}}}`; shown as written",
                code.start,
            )
            return self._as_written(code, markdown)
        if name in self.site_names and self.templates is not None:
            return self._site_shortcode(node, code, markdown)
        line = self.line(code.start)
        if name == "figure":
            html, has_alt = figure(code, self.settings.base_path, self._inline, self.hooks.plain)
            if not has_alt:
                self.warn(
                    "figure has no alt, caption or title: readers of screen readers "
                    "get no description",
                    code.start,
                )
            return self._place(Sub(html, html, True), markdown)
        if name in ("youtube", "vimeo", "vimeo_simple"):
            name = name.removesuffix("_simple")
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
            return self._place(Sub(html, text, not options.inline), markdown)
        if name in ("details", "admonition"):
            inner = self.hooks.fragment(self._inner(node, markdown=True), self.x, inline=False)
            make = details if name == "details" else admonition
            html = make(code, inner, self._inline)
            return self._place(Sub(html, html, True), markdown)
        if name in ("ref", "relref"):
            target = str(code.get(0) or code.get("path") or "")
            if not target:
                raise self.error(f"the {name} shortcode needs the path of a page", code.start)
            return self.x.add_ref(name, target, line)
        if name == "param":
            key = str(code.get(0) or "")
            if not key:
                raise self.error("the param shortcode needs the name of a parameter", code.start)
            value = page_param(self.page, self.settings, key)
            if value is None:
                raise self.error(
                    f"param {key!r} is set neither in the front matter nor in the site's params",
                    code.start,
                )
            text = format_param(value)
            if code.is_markdown and markdown:
                return text
            return self._place(Sub(escape(text, quote=False), text, False), markdown)
        built_in = self._built_in(node, code, markdown)
        if built_in is not None:
            return built_in
        return self._cannot_run(node, code, markdown)

    def _cannot_run(self, node: _Node, code: Shortcode, markdown: bool) -> str:
        """A shortcode mentorblog cannot run: one warning, and its inner content is shown
        without the tags (the raw tag would only puzzle readers)."""
        name = code.name
        if name.endswith(".inline"):
            self.warn(
                f"inline shortcode `{name}` is a Go template, which mentorblog cannot run; "
                "left out (write it as a Jinja template in "
                f"layouts/shortcodes/{name.removesuffix('.inline')}.html)",
                code.start,
            )
            return ""
        if name in self.go_names:
            why = (
                f"shortcode `{name}` is a Go template (layouts/shortcodes/{name}.html), "
                "which mentorblog cannot run (rewrite it in Jinja)"
            )
        else:
            why = (
                f"unknown shortcode `{name}` (a site can define it in "
                f"layouts/shortcodes/{name}.html)"
            )
        src = code.get("src")
        if node.inner is None and isinstance(src, str) and _IMAGE_FILE.search(src):
            # A theme's image shortcode (hello-friend-ng's `image`, `img`): its `src` and
            # `alt` mean what the built-in figure's do; a real blog lost 93 images here.
            self.warn(f"{why}; shown as an image of its `src`, as `figure` shows one", code.start)
            html, _ = figure(code, self.settings.base_path, self._inline, self.hooks.plain)
            return self._place(Sub(html, html, True), markdown)
        if node.inner is None:
            self.warn(f"{why}; left out", code.start)
            return ""
        if _CODE_WORDS & set(re.split(r"[-_.]", name.lower())):
            # A theme's code shortcode (`{{< code html >}}<script ...>{{< /code >}}`): its
            # content is code to show, never html to run (a real blog's page loaded four
            # scripts from other hosts). Highlighted as `highlight` does.
            self.warn(f"{why}; its content is shown as code", code.start)
            text = self._inner(node, markdown=False).strip("\r\n") + "\n"
            lang = text_of(code.get("lang")) or text_of(code.get("language"))
            first = text_of(code.get(0))
            lang = lang or (first if first.replace("-", "").isalpha() else "")
            html = self.hooks.code(text, lang, hugo_code_options(""))
            return self._place(Sub(html, text, True), markdown)
        self.warn(f"{why}; its content is shown without it", code.start)
        return self._inner(node, markdown=markdown)

    def _built_in(self, node: _Node, code: Shortcode, markdown: bool) -> str | None:
        """Hugo's and PaperMod's other shortcodes; None for a name that is neither."""
        name = code.name
        get = code.get
        language = self.settings.language
        if name == "comment":
            return ""
        if name in ("rawhtml", "ltr", "rtl", "collapse"):
            if node.inner is None:
                raise self.error(
                    f"the {name} shortcode needs content and a closing `{{{{< /{name} >}}}}`",
                    code.start,
                )
            if name == "rawhtml":
                raw = self._inner(node, markdown=False)
                if not self.settings.raw_html:  # the site allows no raw html in posts
                    return self._place(Sub(escape(raw, quote=False), raw, False), markdown)
                return self._place(Sub(raw.strip("\n"), raw, True), markdown)
            if name == "collapse":
                if not text_of(get("summary")):
                    self.warn(
                        "collapse has no `summary`: readers see an empty line to open", code.start
                    )
                inner = self.hooks.fragment(self._inner(node, markdown=True), self.x, inline=False)
                html = collapse(code, inner, self._inline)
                return self._place(Sub(html, html, True), markdown)
            text = self._inner(node, markdown=True)
            if code.is_markdown or wants_markdown(code):
                inner = self.hooks.fragment(text, self.x, inline=False)
            else:  # as written, as Hugo passes it on
                inner = self.x.as_html(text).strip("\n") + "\n"
                if not self.settings.raw_html:
                    inner = escape(self.x.as_text(text).strip("\n"), quote=False) + "\n"
            html = direction(name, inner)
            return self._place(Sub(html, html, True), markdown)
        if name in ("audio", "video"):
            html_or_none = media(code, name, self.settings.base_path)
            if html_or_none is None:
                raise self.error(f"the {name} shortcode needs a `src`", code.start)
            return self._place(Sub(html_or_none, html_or_none, True), markdown)
        if name == "inTextImg":
            html, has_alt = in_text_image(code, self.settings.base_path)
            if not has_alt:
                self.warn(
                    "inTextImg has no alt: readers of screen readers get no description", code.start
                )
            return self._place(Sub(html, html, False), markdown)
        embed: str | None
        if name in ("x", "x_simple", "twitter", "twitter_simple", "tweet"):
            user = text_of(get("user"))
            post = text_of(get("id")) or text_of(get(1) if user or get(1) is not None else get(0))
            if not user and get(1) is not None:
                user = text_of(get(0))
            embed = x_post(user, post, language)
            what = 'the id of a post (`id="1453110110599868418"`)'
        elif name in ("instagram", "instagram_simple"):
            post = text_of(get("id")) or text_of(get(0))
            hide = text_of(get(1)) == "hidecaption" or get("hidecaption") in (True, "true")
            embed = instagram(post, hide, language)
            what = "the id of a post"
        elif name == "gist":
            embed = gist(
                text_of(get("user")) or text_of(get(0)),
                text_of(get("id")) or text_of(get(1)),
                text_of(get("file")) or text_of(get(2)),
                language,
            )
            what = "a user and a gist id"
        elif name == "qr":
            return self._qr(node, code, markdown)
        else:
            return None
        if embed is None:
            raise self.error(f"the {name} shortcode needs {what}", code.start)
        return self._place(Sub(embed, embed, True), markdown)

    def _qr(self, node: _Node, code: Shortcode, markdown: bool) -> str:
        text = text_of(code.get("text")) or (
            self._inner(node, markdown=False).strip() if node.inner is not None else ""
        )
        if not text:
            raise self.error(
                'the qr shortcode needs the text to encode (`text="..."` or content)', code.start
            )
        level = qr_level(text_of(code.get("level")) or "medium")
        if level is None:
            raise self.error(
                "the qr shortcode's `level` is one of low, medium, quartile, high", code.start
            )
        scale = code.get("scale", 4)
        if not isinstance(scale, int) or isinstance(scale, bool) or not 1 <= scale <= 64:
            raise self.error(
                "the qr shortcode's `scale` is a whole number of pixels from 1 to 64", code.start
            )
        attrs = {k: text_of(code.get(k)) for k in ("alt", "class", "id", "loading", "title")}
        if not attrs["alt"]:
            self.warn("qr has no alt: readers of screen readers get no description", code.start)
        try:
            html = qr(text, level, scale, attrs)
        except ValueError as err:  # segno: too much data for any QR code
            raise self.error(
                f"the qr shortcode cannot encode this text: {err}", code.start
            ) from None
        return self._place(Sub(html, text, True), markdown)

    def _inline(self, markdown: str) -> str:
        return self.hooks.fragment(markdown, self.x, inline=True)

    def _site_shortcode(self, node: _Node, code: Shortcode, markdown: bool) -> str:
        assert self.templates is not None
        inner: str | None = None
        if node.inner is not None:
            text = self._inner(node, markdown=True)
            inner = (
                self.hooks.fragment(text, self.x, inline=False)
                if code.is_markdown
                else self.x.as_html(text)
            )
        self.ordinals[code.name] = self.ordinals.get(code.name, -1) + 1
        html = render_site_shortcode(
            self.templates,
            code,
            inner,
            self.page,
            self.settings,
            self.ordinals[code.name],
            lambda text: self.hooks.fragment(text, self.x, inline=False),
            self.where(code.start),
        ).strip("\n")
        return self._place(Sub(html, html, True), markdown)

    # -- Jekyll

    def _liquid_tag(self, node: _Node, tag: LiquidTag, markdown: bool) -> str:
        name = tag.name
        if name == "highlight" and not node.unclosed:
            words = tag.markup.split()
            lang = words[0] if words else ""
            try:
                options = jekyll_code_options(words[1:])
            except ValueError as err:
                raise self.error(f"highlight: {err}", tag.start) from None
            text = self._inner(node, markdown=False).strip("\r\n") + "\n"
            html = self.hooks.code(text, lang, options)
            return self._place(Sub(html, text, True), markdown)
        if name == "highlight":
            self.warn(
                "`{% highlight %}` is never closed with `{% endhighlight %}`; shown as written",
                tag.start,
            )
            return self._as_written(tag, markdown)
        if name == "include" and tag.markup.strip() == "base_path":
            self.liquid = self.liquid.with_base_path()  # minimal-mistakes' idiom: understood
            return ""
        if name == "gist":  # jekyll-gist: `{% gist [user/]id [file] %}`
            if "{{" in tag.markup:
                self.warn("`{% gist %}` with `{{ }}` inside; shown as written", tag.start)
                return self._as_written(tag, markdown)
            words = [self._gist_word(word, tag) for word in tag.markup.split()]
            user, _, gist_id = (words[0] if words else "").rpartition("/")
            embed = gist(user, gist_id, words[1] if len(words) > 1 else "", self.settings.language)
            if embed is None:
                raise self.error("`{% gist %}` needs a gist id (`{% gist user/id %}`)", tag.start)
            return self._place(Sub(embed, embed, True), markdown)
        if name in ("link", "post_url"):
            target = tag.markup.strip()
            if not target:
                raise self.error(f"`{{% {name} %}}` needs the path of a page", tag.start)
            return self.x.add_ref(name, target, self.line(tag.start))
        return self._cannot_run_liquid(node, tag, markdown)

    def _gist_word(self, word: str, tag: LiquidTag) -> str:
        """A word of `{% gist %}` as jekyll-gist reads it: a variable (`page.gist`) is its
        value, anything else the text itself."""
        if not word.startswith(("page.", "site.")):
            return word
        try:
            return evaluate(word, self.liquid)
        except LiquidProblem as problem:
            raise self.error(f"`{{% gist %}}`: {problem}", tag.start) from None

    def _cannot_run_liquid(self, node: _Node, tag: LiquidTag, markdown: bool) -> str:
        """A Liquid tag mentorblog cannot run (a plugin's, a theme's `include`, a loop): one
        warning, the tag left out, and a block's content shown without it, dedented so that
        what the author indented under the tag does not turn into a code block. Jekyll
        prints nothing of a `capture` and nothing for a branch tag (`else`) by itself."""
        name = tag.name
        if name in _LIQUID_BRANCHES:
            return ""
        if name.startswith("end"):
            self.warn(f"`{{% {name} %}}` closes nothing; left out", tag.start)
            return ""
        if name in _LIQUID_STANDARD:
            why = f"Liquid's `{name}` is template logic, which mentorblog does not run"
        else:
            why = (
                f"Liquid tag `{name}` comes from a plugin of the old site, which mentorblog "
                "cannot run"
            )
        if node.inner is None or name in _LIQUID_SILENT:
            self.warn(f"{why}; left out", tag.start)
            return ""
        self.warn(f"{why}; its content is shown without it", tag.start)
        self.logic += name in _LIQUID_STANDARD
        inner = self._inner(node, markdown=markdown)
        self.logic -= name in _LIQUID_STANDARD
        if not markdown:
            return inner
        # Back at the tag's own indentation, so a block inside a list item stays in it.
        line_start = self.body.rfind("\n", 0, tag.start) + 1
        indent = self.body[line_start : tag.start]
        first, newline, rest = self._image_lines(_dedent_block(inner)).partition("\n")
        if indent.strip(" \t") or not newline:
            return first + newline + rest
        return (
            first
            + newline
            + "\n".join(indent + line if line.strip() else line for line in rest.split("\n"))
        )

    def _image_lines(self, text: str) -> str:
        """Lines of a plugin block that only list an image's attributes, as galleries take
        them (`src="a.jpg" alt="The lake" height="450"`), shown as that image: its source
        and alt text are the obvious meaning, the rest is the plugin's."""
        if "src=" not in text:
            return text
        lines = text.split("\n")
        for i, line in enumerate(lines):
            attrs = attribute_list(line) if line.lstrip().startswith("src=") else None
            pairs = dict(attrs.pairs) if attrs and not attrs.refs and not attrs.classes else {}
            src = pairs.get("src", "")
            if src and not src.lower().startswith(("javascript:", "data:", "vbscript:")):
                html = (
                    f'<img src="{escape(site_url(src, self.settings.base_path))}" '
                    f'alt="{escape(pairs.get("alt", ""))}" loading="lazy">'
                )
                lines[i] = self.x.place(Sub(html, pairs.get("alt", ""), False))
        return "\n".join(lines)

    def _liquid_output(self, output: LiquidOutput, following: Item | None, markdown: bool) -> str:
        # Jekyll 3 needed `{{ site.baseurl }}{% link x %}`; Jekyll 4's `link` adds the base
        # path itself, so the old idiom would repeat it. Both mean the same link.
        if (
            output.expression.replace(" ", "") in ("site.baseurl", "site.base_url")
            and isinstance(following, LiquidTag)
            and following.name in ("link", "post_url")
            and following.start == output.end
        ):
            return ""
        try:
            return evaluate(output.expression, self.liquid)
        except LiquidProblem as problem:
            if self.logic:  # a loop's own variable (`{{ post.title }}`): nothing, as Liquid
                return ""  # prints for what it cannot know; the block has its warning
            self.warn(f"{problem}; shown as written", output.start)
            return self._as_written(output, markdown)


# A shortcode whose name says code (`code`, `code-block`, `snippet`); not `nutshell`.
_CODE_WORDS = frozenset({"code", "codeblock", "snippet", "terminal", "console", "shell"})
# An image's address by its file name (a `pdf` or `iframe` shortcode's `src` is none).
_IMAGE_FILE = re.compile(r"\.(?:png|jpe?g|gif|webp|avif|svg|bmp)(?:[?#].*)?$", re.IGNORECASE)
# Liquid tags mentorblog runs (`raw` and `comment` are read by bodysyntax).
_LIQUID_RUN = frozenset({"highlight", "link", "post_url", "gist"})
# Liquid tags that never take content, even when a tag of the same name ends in `end`.
_LIQUID_INLINE = frozenset(
    {
        "gist",
        "link",
        "post_url",
        "include",
        "include_relative",
        "assign",
        "increment",
        "decrement",
        "cycle",
        "render",
        "echo",
    }
)
# Liquid's own tags other than those mentorblog runs (a name not here is a plugin's).
_LIQUID_STANDARD = frozenset(
    {
        "if",
        "unless",
        "case",
        "for",
        "tablerow",
        "capture",
        "assign",
        "include",
        "include_relative",
        "increment",
        "decrement",
        "cycle",
        "render",
        "liquid",
        "echo",
    }
)
# Branches of `if`, `unless`, `case`, `for`: meaningful only inside their block.
_LIQUID_BRANCHES = frozenset({"else", "elsif", "when", "break", "continue"})
# Blocks whose content Liquid never prints.
_LIQUID_SILENT = frozenset({"capture"})


def _dedent_block(text: str) -> str:
    """A tag's content without the indentation its lines share, so `{% tabs %}` followed by
    lines indented four spaces is not read as one code block. A line that is less indented
    than the lines right after it (a label such as `---TAB: Linux` above its content) is
    set apart from them, and that content dedented on its own: Markdown would otherwise
    read a fence indented under such a label as more words of the label's paragraph.
    Fenced code is copied as it is."""
    lines = textwrap.dedent(text).split("\n")
    out: list[str] = []
    fence = ""
    i = 0
    while i < len(lines):
        line = lines[i]
        out.append(line)
        i += 1
        fence = _fence_after(line, fence)
        if (
            fence
            or not line.strip()
            or _columns(line)
            or line.lstrip().startswith(_LIST_MARKS)
            or i == len(lines)
            or not lines[i].strip()
            or _columns(lines[i]) < 4
        ):
            continue
        block: list[str] = []
        while i < len(lines) and (not lines[i].strip() or _columns(lines[i]) >= 2):
            block.append(lines[i])
            i += 1
        while block and not block[-1].strip():
            block.pop()
            i -= 1
        out += ["", *textwrap.dedent("\n".join(block)).split("\n"), ""]
    return "\n".join(out)


_LIST_MARKS = ("- ", "* ", "+ ", "> ", *(f"{n}{mark} " for n in range(10) for mark in ".)"))


def _columns(line: str) -> int:
    """How far a line is indented, a tab counting to the next multiple of 4 (CommonMark)."""
    rest = line.lstrip(" \t")
    return len(line[: len(line) - len(rest)].expandtabs(4))


def _fence_after(line: str, fence: str) -> str:
    """The fence open after `line` ("" when none): CommonMark's ``` and ~~~ fences."""
    stripped = line.strip()
    if fence:
        return "" if stripped.startswith(fence) and not stripped.strip(fence[0]) else fence
    if stripped.startswith(("```", "~~~")):
        mark = stripped[0]
        return stripped[: len(stripped) - len(stripped.lstrip(mark))]
    return ""


def _item(node: _Node | None) -> Item:
    assert node is not None
    return node.item


def _unwind(stack: list[tuple[_Node | None, list[_Node]]]) -> None:
    node, children = stack.pop()
    assert node is not None
    node.unclosed = True
    node.inner = None
    stack[-1][1].extend(children)


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
        if (
            token.type == "paragraph_open"
            and not token.hidden
            and i + 2 < len(source)
            and source[i + 1].type == "inline"
            and source[i + 2].type == "paragraph_close"
        ):
            sub = expansion.alone(source[i + 1].content)
            if sub is not None:
                block = Token(
                    TOKEN_TYPE,
                    "",
                    0,
                    content=sub.html,
                    block=True,
                    map=token.map,
                    level=token.level,
                )
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
    return expansion.body_line(markdown_line) if isinstance(expansion, Expansion) else markdown_line
