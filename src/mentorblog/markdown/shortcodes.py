"""Hugo's built-in shortcodes as html, and a site's own shortcodes (Jinja templates in
`layouts/shortcodes/NAME.html`).

The html is our own, written to match what Hugo's embedded templates produce (element
structure, attributes, defaults). Videos differ on purpose: nothing is loaded from YouTube
or Vimeo until the reader presses play (see `video`)."""

from __future__ import annotations

import functools
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import quote

import jinja2
from jinja2 import Environment, FunctionLoader, StrictUndefined, meta
from markupsafe import Markup

from mentorblog.core import urls
from mentorblog.core.errors import BuildError
from mentorblog.core.keys import dotted, norm
from mentorblog.core.model import Page
from mentorblog.markdown.bodysyntax import ArgValue, Shortcode

TEMPLATE_DIR = "layouts/shortcodes"
# Built-ins that take inner content (Hugo's and PaperMod's); `qr` may, or may close itself.
PAIRED_BUILT_IN = (
    "details",
    "highlight",
    "comment",
    "collapse",
    "rawhtml",
    "ltr",
    "rtl",
    "admonition",
)
MAYBE_PAIRED_BUILT_IN = ("qr",)
# Every shortcode mentorblog runs without a site template: Hugo's built-ins (also the
# `_simple` variants and the older `twitter`/`tweet`) and PaperMod's.
BUILT_IN = frozenset(
    (
        *PAIRED_BUILT_IN,
        *MAYBE_PAIRED_BUILT_IN,
        "figure",
        "youtube",
        "vimeo",
        "vimeo_simple",
        "ref",
        "relref",
        "param",
        "x",
        "x_simple",
        "twitter",
        "twitter_simple",
        "tweet",
        "instagram",
        "instagram_simple",
        "gist",
        "audio",
        "video",
        "inTextImg",
    )
)


@dataclass(frozen=True, slots=True)
class ShortcodeSettings:
    """What body tags need to know about the site; part of the Markdown cache key, so a
    changed shortcode template renders every page again."""

    base_url: str = "https://example.org/"
    base_path: str = "/"
    language: str = "en"
    site_title: str = ""
    site_description: str = ""
    site_params: Mapping[str, object] = field(default_factory=dict)  # normalised keys
    templates: tuple[tuple[str, str], ...] = ()  # (name, Jinja source), sorted by name
    raw_html: bool = True  # `raw_html: false` shows a `rawhtml` shortcode's html as text
    default_language: str = ""  # a multilingual site's (Liquid's `site.default_lang`)


def read_templates(root: Path) -> tuple[tuple[str, str], ...]:
    """The site's shortcode templates; a subfolder gives a name with `/` as in Hugo."""
    folder = root / TEMPLATE_DIR
    if not folder.is_dir():
        return ()
    found = []
    for path in sorted(folder.rglob("*.html")):
        name = path.relative_to(folder).with_suffix("").as_posix()
        try:
            found.append((name, path.read_text(encoding="utf-8")))
        except (OSError, UnicodeDecodeError) as err:
            raise BuildError(
                f"cannot read shortcode template: {err}", f"{TEMPLATE_DIR}/{name}.html"
            ) from None
    return tuple(found)


@functools.cache
def is_go_template(source: str) -> bool:
    """A template written for Hugo (Go's template language), which mentorblog cannot run:
    it is not Jinja, and it reads what Go templates read (`.Get`, `.Inner`, `$x :=`,
    `{{ end }}`). A Jinja template with a mistake is not one: that is an error."""
    try:
        Environment().parse(source)
        return False
    except jinja2.TemplateSyntaxError:
        pass
    markers = (
        ".Get",
        ".Inner",
        ".Page",
        ".Site",
        ".Params",
        ".Ordinal",
        ".IsNamedParams",
        ":=",
        "{{ end",
        "{{- end",
        "{{end",
    )
    return any(marker in source for marker in markers)


@functools.cache
def uses_inner(source: str) -> bool:
    """Like Hugo, a shortcode whose template reads its inner content must be closed. Parsed
    once per template and process, not once per page that uses body tags."""
    try:
        return "inner" in meta.find_undeclared_variables(Environment().parse(source))
    except jinja2.TemplateSyntaxError:  # reported with its line when the shortcode is used
        return False


def make_templates(settings: ShortcodeSettings) -> Environment | None:
    """A Jinja environment over the site's shortcode templates, built once per process."""
    if not settings.templates:
        return None
    sources = dict(settings.templates)

    def load(name: str) -> tuple[str, str, Callable[[], bool]] | None:
        source = sources.get(name)
        return None if source is None else (source, f"{TEMPLATE_DIR}/{name}.html", lambda: True)

    return Environment(
        loader=FunctionLoader(load),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=False,
        auto_reload=False,
    )


# -- what templates see -------------------------------------------------------------------------


def page_param(page: Page, settings: ShortcodeSettings, key: str) -> object:
    """Hugo's `.Param`: the page's own value (even `false`), else the site's; dotted keys
    reach into mappings."""
    head, _, rest = key.partition(".")
    n = norm(head)
    own = {norm(k): v for k, v in page.params.items()}
    own.update({k: v for k, v in page.flags.items()})
    if page.title:
        own.setdefault("title", page.title)
    if page.description:
        own.setdefault("description", page.description)
    value = own[n] if n in own else settings.site_params.get(n)
    return dotted(value, rest)


class PageInfo:
    """The page a shortcode is used on, for site templates."""

    def __init__(self, page: Page, settings: ShortcodeSettings) -> None:
        self._page = page
        self._settings = settings
        self.title = page.title
        self.url = page.url
        self.href = settings.base_path.rstrip("/") + page.url
        self.permalink = settings.base_url.rstrip("/") + page.url
        self.date = page.date
        self.description = page.description
        self.params = page.params
        self.source = str(page.source)

    def param(self, key: str, default: object = None) -> object:
        value = page_param(self._page, self._settings, key)
        return default if value is None else value


class SiteInfo:
    """The site's settings, for site templates."""

    def __init__(self, settings: ShortcodeSettings) -> None:
        self.title = settings.site_title
        self.description = settings.site_description
        self.base_url = settings.base_url
        self.base_path = settings.base_path
        self.language = settings.language
        self.params = settings.site_params

    def param(self, key: str, default: object = None) -> object:
        head, _, rest = key.partition(".")
        value = dotted(self.params.get(norm(head)), rest)
        return default if value is None else value


def render_site_shortcode(
    env: Environment,
    code: Shortcode,
    inner: str | None,
    page: Page,
    settings: ShortcodeSettings,
    ordinal: int,
    markdownify: Callable[[str], str],
    where: str,
) -> str:
    """One use of a site shortcode; template mistakes are BuildErrors at template:line."""
    file = f"{TEMPLATE_DIR}/{code.name}.html"
    context: dict[str, Any] = {
        "name": code.name,
        "positional": list(code.positional),
        "named": dict(code.named),
        "get": code.get,
        "inner": Markup(inner) if inner is not None else None,
        "is_markdown": code.is_markdown,
        "ordinal": ordinal,
        "page": PageInfo(page, settings),
        "site": SiteInfo(settings),
    }
    env.filters["markdownify"] = lambda text: Markup(markdownify(str(text or "")))
    try:
        return str(env.get_template(code.name).render(context))
    except jinja2.TemplateSyntaxError as err:
        raise BuildError(
            f"shortcode template syntax error: {err.message} (used at {where})", file, err.lineno
        ) from None
    except BuildError:
        raise
    except RecursionError:  # a shortcode that includes itself, or is used in its own output
        raise BuildError(
            f"shortcode template error: it uses itself without end (used at {where})", file
        ) from None
    except Exception as err:  # a mistake in the template, unless no template line ran
        line = _template_line(err.__traceback__, file)
        if line is None and not isinstance(err, jinja2.TemplateError):
            raise
        raise BuildError(
            f"shortcode template error: {str(err) or type(err).__name__} (used at {where})",
            file,
            line,
        ) from None


def _template_line(tb: TracebackType | None, file: str) -> int | None:
    """The innermost line of the template in a traceback (Jinja maps frames to it)."""
    found = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename == file:
            found = tb.tb_lineno
        tb = tb.tb_next
    return found


# -- Hugo's built-ins ---------------------------------------------------------------------------


def _attr(name: str, value: object) -> str:
    return f' {name}="{escape(str(value))}"'


def text_of(value: ArgValue | None) -> str:
    """A shortcode argument as text ("" when missing)."""
    return _text(value)


def _text(value: ArgValue | None) -> str:
    if value is None or value is False:
        return ""
    if value is True:
        return "true"
    return str(value)


def _is_true(value: ArgValue | None) -> bool:
    return value in (True, "true", 1)


def _is_false(value: ArgValue | None) -> bool:
    return value in (False, "false", 0)


def site_url(value: str, base_path: str) -> str:
    """A root-relative address gains the site's base path, as links in Markdown do; an
    address whose scheme runs code (`javascript:`, ...) becomes "#", as markdown-it refuses
    it in a Markdown link."""
    if urls.runs_code(value):
        return "#"
    prefix = base_path.rstrip("/")
    if (
        value.startswith("/")
        and not value.startswith("//")
        and prefix
        and not value.startswith(prefix + "/")
    ):
        return prefix + value
    return value


def figure(
    code: Shortcode,
    base_path: str,
    inline_markdown: Callable[[str], str],
    plain: Callable[[str], str],
) -> tuple[str, bool]:
    """(html, has an alt text). Hugo: `<figure>` around an optional link around the image,
    then a figcaption with the title and a paragraph of caption and attribution."""
    get = code.get
    src = site_url(_text(get("src")), base_path)
    caption = _text(get("caption"))
    alt = _text(get("alt")) or (plain(inline_markdown(caption)) if caption else "")
    alt = alt or _text(get("title"))
    image = f"<img{_attr('src', src)}{_attr('alt', alt)}"
    for name in ("width", "height", "loading"):
        if _text(get(name)):
            image += _attr(name, _text(get(name)))
    image += ">"
    link = _text(get("link"))
    if link:
        attrs = _attr("href", site_url(link, base_path))
        for name in ("target", "rel"):
            if _text(get(name)):
                attrs += _attr(name, _text(get(name)))
        image = f"<a{attrs}>{image}</a>"
    css = _text(get("class"))
    if _text(get("align")) == "center":  # PaperMod's figure
        css = f"align-center {css}".strip()
    html = f"<figure{_attr('class', css) if css else ''}>{image}"
    title, attr = _text(get("title")), _text(get("attr"))
    if title or caption or attr:
        html += "<figcaption>"
        if title:
            # Hugo writes an <h4>, which skips heading levels under the post's <h1> (the
            # Nu checker rejects that) and puts the title into the outline; a bold line
            # looks the same without either.
            html += f'<p class="figure-title"><strong>{escape(title)}</strong></p>'
        if caption or attr:
            html += "<p>" + (inline_markdown(caption) if caption else "")
            attribution = inline_markdown(attr) if attr else ""
            attrlink = _text(get("attrlink"))
            if attrlink:
                attribution = f"<a{_attr('href', site_url(attrlink, base_path))}>{attribution}</a>"
            html += (" " if caption and attribution else "") + attribution + "</p>"
        html += "</figcaption>"
    return html + "</figure>", bool(alt)


_PLAY_STYLE = (
    "html,body{height:100%;margin:0}"
    "a{box-sizing:border-box;display:flex;flex-direction:column;gap:.4em;align-items:center;"
    "justify-content:center;height:100%;padding:1em;background:#1d1f21;color:#fff;"
    "font:1.05rem/1.4 system-ui,sans-serif;text-align:center;text-decoration:none}"
    "a:focus-visible{outline:3px solid #fff;outline-offset:-6px}"
    "b{font-size:2.6rem;line-height:1}small{opacity:.8}"
)


def video(code: Shortcode, service: str, language: str) -> str | None:
    """YouTube or Vimeo, after Hugo's embedded templates (a 16:9 box, or the `class` given),
    with one difference for the readers' privacy: the iframe first shows a page written
    here (`srcdoc`) with a play link, and only that click loads the player, from YouTube's
    privacy-enhanced host or Vimeo with do-not-track. None when there is no video id."""
    video_id = quote(_text(code.get("id")) or _text(code.get(0)), safe="")
    if not video_id:
        return None
    if service == "youtube":
        host, label = "www.youtube-nocookie.com", "YouTube"
        query = ["autoplay=1"]
        for name in ("start", "end"):
            if _text(code.get(name)):
                query.append(f"{name}={quote(_text(code.get(name)), safe='')}")
        if _is_true(code.get("loop")):
            query += ["loop=1", f"playlist={video_id}"]
        if _is_false(code.get("controls")):
            query.append("controls=0")
        src = f"https://{host}/embed/{video_id}?" + "&".join(query)
        allow = (
            "accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; "
            "picture-in-picture; web-share"
        )
    else:
        host, label = "player.vimeo.com", "Vimeo"
        src = f"https://{host}/video/{video_id}?dnt=1&autoplay=1"
        allow = "autoplay"
    if not _is_false(code.get("allowFullScreen")):
        allow += "; fullscreen"
    title = _text(code.get("title")) or f"{label} video"
    css = _text(code.get("class"))
    placeholder = (
        f'<!DOCTYPE html><html lang="{escape(language)}">'
        f"<title>{escape(title)}</title><style>{_PLAY_STYLE}</style>"
        f'<a href="{escape(src)}"><b aria-hidden="true">&#9654;</b>'
        f"<span>Play: {escape(title)}</span>"
        f"<small>The video loads from {host} when you press play.</small></a>"
    )
    box = (
        _attr("class", css)
        if css
        else ' style="position:relative;padding-bottom:56.25%;height:0;overflow:hidden"'
    )
    frame_style = (
        "" if css else ' style="position:absolute;top:0;left:0;width:100%;height:100%;border:0"'
    )
    return (
        f"<div{box}><iframe{_attr('src', src)}{_attr('srcdoc', placeholder)}"
        f"{_attr('title', title)}{_attr('allow', allow)}"
        f' referrerpolicy="strict-origin-when-cross-origin"'
        f"{_attr('loading', _text(code.get('loading')) or 'lazy')}{frame_style}>"
        f"</iframe></div>"
    )


def details(code: Shortcode, inner_html: str, inline_markdown: Callable[[str], str]) -> str:
    """Hugo's `details`: summary (Markdown, default "Details") and the inner Markdown."""
    attrs = ""
    for name in ("class", "name"):
        if _text(code.get(name)):
            attrs += _attr(name, _text(code.get(name)))
    if _is_true(code.get("open")):
        attrs += " open"
    if _text(code.get("title")):
        attrs += _attr("title", _text(code.get("title")))
    summary = inline_markdown(_text(code.get("summary")) or "Details")
    return f"<details{attrs}>\n<summary>{summary}</summary>\n{inner_html}</details>"


# -- PaperMod's shortcodes ----------------------------------------------------------------------


def collapse(code: Shortcode, inner_html: str, inline_markdown: Callable[[str], str]) -> str:
    """PaperMod's `collapse`: `summary` (Markdown) over the inner Markdown, closed unless
    `openByDefault=true`."""
    attrs = " open" if _is_true(code.get("openByDefault")) else ""
    summary = inline_markdown(_text(code.get("summary")))
    return f"<details{attrs}>\n<summary>{summary}</summary>\n{inner_html}</details>"


# -- LoveIt's, FixIt's and DoIt's ----------------------------------------------------------------

ADMONITIONS = (
    "note",
    "abstract",
    "info",
    "tip",
    "success",
    "question",
    "warning",
    "failure",
    "danger",
    "bug",
    "example",
    "quote",
)


def admonition(code: Shortcode, inner_html: str, inline_markdown: Callable[[str], str]) -> str:
    """The `admonition` box of LoveIt and the themes made from it (FixIt, DoIt): `type`
    (note, tip, warning, ...; positional first), `title` (Markdown; the type's name when
    none), `open` (true unless `false`), as a `<details>` a reader opens and closes."""
    kind = _text(code.get("type")) or _text(code.get(0)) or "note"
    kind = kind.lower() if kind.lower() in ADMONITIONS else "note"
    title = _text(code.get("title")) or _text(code.get(1)) or kind.capitalize()
    shown = code.get("open") if code.get("open") is not None else code.get(2)
    attrs = "" if shown is not None and not _is_true(shown) else " open"
    return (
        f'<details class="admonition {kind}"{attrs}>\n'
        f"<summary>{inline_markdown(title)}</summary>\n{inner_html}</details>"
    )


def media(code: Shortcode, tag: str, base_path: str) -> str | None:
    """PaperMod's `audio` and `video` (`src`): the player with its controls. Nothing is
    fetched before the reader presses play (`preload="none"`), and a reader whose browser
    cannot play it gets a link to the file. PaperMod also mutes both; a reader who presses
    play expects sound, so that is left out. None when `src` is missing."""
    src = site_url(_text(code.get("src")) or _text(code.get(0)), base_path)
    if not src:
        return None
    what = "audio" if tag == "audio" else "video"
    return (
        f'<{tag}{_attr("src", src)} controls preload="none">'
        f"<a{_attr('href', src)}>Download the {what}</a></{tag}>"
    )


def in_text_image(code: Shortcode, base_path: str) -> tuple[str, bool]:
    """PaperMod's `inTextImg` (`url`, `height` default 15, `alt`): a small image inside a
    line of text. (html, has an alt text)."""
    src = site_url(_text(code.get("url")) or _text(code.get("src")), base_path)
    height = _text(code.get("height")) or "15"
    alt = _text(code.get("alt"))
    return (
        f'<img class="in-text"{_attr("height", height)}{_attr("src", src)}{_attr("alt", alt)}>',
        bool(alt),
    )


def direction(tag: str, inner: str) -> str:
    """PaperMod's `ltr` and `rtl`: the inner content in a box of that writing direction."""
    return f'<div dir="{tag}">\n{inner}</div>'


def wants_markdown(code: Shortcode) -> bool:
    """`ltr`/`rtl`'s `md` argument (named or first): the inner content is Markdown."""
    value = code.get("md") if code.named else code.get(0)
    return _is_true(value)


def format_param(value: object) -> str:
    """A parameter as Hugo prints it: booleans lower case, lists in brackets."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Sequence) and not isinstance(value, str):
        return "[" + " ".join(format_param(v) for v in value) + "]"
    return str(value)
