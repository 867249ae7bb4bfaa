"""`<picture>` markup for published images, and the `<img>` tags of a page's html turned
into it (found with the standard library's HTMLParser, replaced by position; nothing else of
the html changes).

A picture offers each modern format as a `<source>` and the original's format in the
`<img>` itself, every candidate with its width (`360w`), so the browser picks the smallest
file that fills the box `sizes` describes. `width` and `height` give the box its shape before
the file arrives, so nothing below it moves."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from html.parser import HTMLParser

from mentorblog.core.model import ImageCopy, PublishedImage
from mentorblog.images.refs import CONTENT_PX

MIME = {"avif": "image/avif", "webp": "image/webp", "jpeg": "image/jpeg", "png": "image/png"}
# What every browser shows in an <img>: a GIF or BMP original may stand among its copies (as
# its widest candidate, `stage.py`); a TIFF (Safari alone shows it) never does.
SHOWN = frozenset({*MIME, "gif", "bmp"})
FALLBACK_PX = 1080  # the `src` of the <img>: its fallback-format copy nearest below this

Attrs = Sequence[tuple[str, str | None]]
Url = Callable[[str], str]  # output path -> href


def picture(
    image: PublishedImage | None,
    src: str,
    url: Url,
    *,
    attrs: Attrs = (),
    sizes: str,
    eager: bool = False,
    responsive: bool = True,
) -> str:
    """The markup for one image: a `<picture>` when it has copies (and `responsive`), else an
    `<img>` with its size. `attrs` are the tag's attributes as written (their order kept,
    `src` replaced); `src` is the address to use for an image that is not in the table."""
    copies = image.copies if image is not None and responsive else ()
    # The <img> offers the fallback format's copies, and the original when it stands among
    # them in its own format (a GIF whose PNG copy at full width came out larger).
    own = (_fallback(image), image.format) if image else ()
    fallback = [c for c in copies if c.format in own and c.format in SHOWN]
    others = [c for c in copies if c not in fallback and c.format in MIME]
    given = {name.lower(): value for name, value in attrs}
    tag_attrs: list[tuple[str, str]] = []
    href = url(_src(image, fallback)) if image is not None else src
    if "src" not in given:
        tag_attrs.append(("src", href))
    for name, value in attrs:
        lowered = name.lower()
        if lowered == "src":
            tag_attrs.append(("src", href))
        elif value is not None:
            tag_attrs.append((lowered, value))
        else:
            tag_attrs.append((lowered, ""))
    shown_sizes = _sizes(given, sizes)
    if fallback:
        tag_attrs.append(("srcset", _srcset(fallback, url)))
        tag_attrs.append(("sizes", shown_sizes))
    if image is not None:
        width, height = _box(given, image)
        if "width" not in given:
            tag_attrs.append(("width", str(width)))
        if "height" not in given:
            tag_attrs.append(("height", str(height)))
    if "loading" not in given and "fetchpriority" not in given:
        if eager:
            tag_attrs += [("loading", "eager"), ("fetchpriority", "high")]
        else:
            tag_attrs += [("loading", "lazy"), ("decoding", "async")]
    img = "<img " + " ".join(f'{n}="{escape(v)}"' for n, v in tag_attrs) + ">"
    if not others:
        return img
    sources = []
    formats = _formats(others)
    for n, fmt in enumerate(formats):
        candidates = [c for c in others if c.format == fmt]
        # A width whose copy in this format was left out (no smaller than a copy in a format
        # ranked below: encode.py) is offered in the next format down that has it; a
        # browser that reads this format reads those too.
        for lower in [*formats[n + 1 :], None]:
            have = {c.width for c in candidates}
            pool = fallback if lower is None else [c for c in others if c.format == lower]
            candidates += [c for c in pool if c.width not in have]
        sources.append(
            f'<source type="{MIME[fmt]}" srcset="{escape(_srcset(candidates, url))}" '
            f'sizes="{escape(shown_sizes)}">'
        )
    return "<picture>" + "".join(sources) + img + "</picture>"


def fallback_format(fmt: str) -> str:
    """The format of the `<img>` copies: the original's, where browsers show it."""
    return fmt if fmt in MIME else "png"


def _fallback(image: PublishedImage | None) -> str:
    return "" if image is None else fallback_format(image.format)


def _formats(copies: Sequence[ImageCopy]) -> list[str]:
    """Formats in the order the copies come (the best first, as the settings list them)."""
    return list(dict.fromkeys(c.format for c in copies))


def _src(image: PublishedImage, fallback: Sequence[ImageCopy]) -> str:
    """The fallback copy nearest below FALLBACK_PX (for what reads only `src`: feed readers,
    old browsers), else the narrowest, else the original."""
    if not fallback:
        return image.path
    below = [c for c in fallback if c.width <= FALLBACK_PX]
    chosen = max(below, key=lambda c: c.width) if below else min(fallback, key=lambda c: c.width)
    return chosen.path


def _srcset(copies: Sequence[ImageCopy], url: Url) -> str:
    ordered = sorted(copies, key=lambda c: c.width)
    # A comma or space in an address would end the candidate early.
    return ", ".join(
        f"{url(c.path).replace(',', '%2C').replace(' ', '%20')} {c.width}w" for c in ordered
    )


def _box(given: dict[str, str | None], image: PublishedImage) -> tuple[int, int]:
    """The width and height to write: the image's, or scaled to the one the author gave."""
    width, height = _pixels(given.get("width")), _pixels(given.get("height"))
    if width and height:
        return width, height
    if width:
        return width, max(1, round(width * image.height / image.width))
    if height:
        return max(1, round(height * image.width / image.height)), height
    return image.width, image.height


def _sizes(given: dict[str, str | None], sizes: str) -> str:
    """An author's narrower `width` is the box; otherwise the theme's `sizes`."""
    width = _pixels(given.get("width"))
    return f"{width}px" if width and width < CONTENT_PX else sizes


def _pixels(value: str | None) -> int | None:
    text = (value or "").strip().removesuffix("px")
    return int(text) if text.isdigit() and 0 < int(text) < 100_000 else None


# -- the <img> tags of a page's html --------------------------------------------------------


class _Tags(HTMLParser):
    """Where each `<img>` starts and ends, with its attributes; those inside a `<picture>` or
    with their own `srcset` are the author's choice and left alone."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[int, int, int, list[tuple[str, str | None]]]] = []
        self.in_picture = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "picture":
            self.in_picture += 1
        elif tag == "img" and not self.in_picture and not any(n == "srcset" for n, _ in attrs):
            line, column = self.getpos()
            text = self.get_starttag_text() or ""
            self.found.append((line, column, len(text), attrs))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "img":
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "picture" and self.in_picture:
            self.in_picture -= 1


Replace = Callable[[str, Attrs, bool], str | None]  # (src, attrs, first) -> markup or None


def replace_images(html: str, replace: Replace) -> str:
    """`html` with each `<img>` whose `replace(src, attrs, is_first)` gives markup swapped
    for it; `is_first` is true for the first image replaced."""
    if "<img" not in html and "<IMG" not in html:
        return html
    parser = _Tags()
    parser.feed(html)
    parser.close()
    if not parser.found:
        return html
    starts = [0]
    for text in html.split("\n"):
        starts.append(starts[-1] + len(text) + 1)
    parts: list[str] = []
    done = 0
    first = True
    for line, column, length, attrs in parser.found:
        begin = starts[line - 1] + column
        src = next((v for n, v in attrs if n == "src" and v), None)
        markup = replace(src, attrs, first) if src else None
        if markup is None:
            continue
        first = False
        parts += [html[done:begin], markup]
        done = begin + length
    parts.append(html[done:])
    return "".join(parts)
