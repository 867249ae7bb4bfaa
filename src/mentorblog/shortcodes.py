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

from mentorblog import urls
from mentorblog.bodysyntax import ArgValue, Shortcode
from mentorblog.config import norm
from mentorblog.errors import BuildError
from mentorblog.model import Page

TEMPLATE_DIR = "layouts/shortcodes"
PAIRED_BUILT_IN = ("details", "highlight")


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
            raise BuildError(f"cannot read shortcode template: {err}",
                             f"{TEMPLATE_DIR}/{name}.html") from None
    return tuple(found)


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
        return None if source is None else (source, f"{TEMPLATE_DIR}/{name}.html",
                                            lambda: True)

    return Environment(loader=FunctionLoader(load), autoescape=True, undefined=StrictUndefined,
                       keep_trailing_newline=False, auto_reload=False)


# -- what templates see -------------------------------------------------------------------------

def _lookup(value: object, rest: str) -> object:
    for part in rest.split(".") if rest else ():
        if not isinstance(value, Mapping):
            return None
        value = next((v for k, v in value.items() if norm(k) == norm(part)), None)
    return value


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
    return _lookup(value, rest)


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
        value = _lookup(self.params.get(norm(head)), rest)
        return default if value is None else value


def render_site_shortcode(env: Environment, code: Shortcode, inner: str | None,
                          page: Page, settings: ShortcodeSettings, ordinal: int,
                          markdownify: Callable[[str], str], where: str) -> str:
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
        raise BuildError(f"shortcode template syntax error: {err.message} (used at {where})",
                         file, err.lineno) from None
    except BuildError:
        raise
    except RecursionError:  # a shortcode that includes itself, or is used in its own output
        raise BuildError(f"shortcode template error: it uses itself without end (used at "
                         f"{where})", file) from None
    except Exception as err:  # a mistake in the template, unless no template line ran
        line = _template_line(err.__traceback__, file)
        if line is None and not isinstance(err, jinja2.TemplateError):
            raise
        raise BuildError(f"shortcode template error: {str(err) or type(err).__name__} "
                         f"(used at {where})", file, line) from None


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
    if value.startswith("/") and not value.startswith("//") and prefix and \
            not value.startswith(prefix + "/"):
        return prefix + value
    return value


def figure(code: Shortcode, base_path: str, inline_markdown: Callable[[str], str],
           plain: Callable[[str], str]) -> tuple[str, bool]:
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
                attribution = f"<a{_attr('href', site_url(attrlink, base_path))}>" \
                              f"{attribution}</a>"
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
        allow = ("accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; "
                 "picture-in-picture; web-share")
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
    box = _attr("class", css) if css else \
        ' style="position:relative;padding-bottom:56.25%;height:0;overflow:hidden"'
    frame_style = "" if css else \
        ' style="position:absolute;top:0;left:0;width:100%;height:100%;border:0"'
    return (f"<div{box}><iframe{_attr('src', src)}{_attr('srcdoc', placeholder)}"
            f"{_attr('title', title)}{_attr('allow', allow)}"
            f' referrerpolicy="strict-origin-when-cross-origin"'
            f"{_attr('loading', _text(code.get('loading')) or 'lazy')}{frame_style}>"
            f"</iframe></div>")


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


@dataclass(frozen=True, slots=True)
class CodeOptions:
    """Line numbers and highlighted lines of a `highlight` shortcode or Liquid tag."""

    line_numbers: bool = False
    first_line: int = 1
    marked: tuple[int, ...] = ()


def hugo_code_options(text: str) -> CodeOptions:
    """`linenos=table,hl_lines=2 4-6,linenostart=10` (Hugo's option string)."""
    values: dict[str, str] = {}
    for part in text.split(","):
        key, _, value = part.partition("=")
        values[key.strip().lower()] = value.strip().strip('"')
    numbers = values.get("linenos", "false").lower() not in ("false", "")
    start = int(values["linenostart"]) if values.get("linenostart", "").isdigit() else 1
    return CodeOptions(numbers, start, line_set(values.get("hl_lines", "")))


MAX_MARKED_LINES = 100_000  # no code block is longer; `1-999999999` would fill the memory


def line_set(text: str) -> tuple[int, ...]:
    """`2 4-6` -> (2, 4, 5, 6); words that are not numbers are ignored. Ranges that mark
    more than MAX_MARKED_LINES lines in all are a ValueError (the caller knows the line)."""
    found: set[int] = set()
    marked = 0
    for word in text.replace(",", " ").split():
        low, _, high = word.partition("-")
        if low.isdigit() and (not high or high.isdigit()):
            first, last = int(low), int(high or low)
            marked += max(0, last - first + 1)
            if marked > MAX_MARKED_LINES:
                raise ValueError(f"`{word}` marks more than {MAX_MARKED_LINES:,} lines; no "
                                 "code block is that long")
            found.update(range(first, last + 1))
    return tuple(sorted(found))


def format_param(value: object) -> str:
    """A parameter as Hugo prints it: booleans lower case, lists in brackets."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Sequence) and not isinstance(value, str):
        return "[" + " ".join(format_param(v) for v in value) + "]"
    return str(value)
