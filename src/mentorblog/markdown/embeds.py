"""Hugo's embed shortcodes (`x`/`twitter`/`tweet`, `instagram`, `gist`) and `qr`.

Hugo's embeds load the other service's script into the page as it opens, which tells that
service about every reader. Here an embed loads nothing from another host until the reader
asks: its frame first shows a page written here (`srcdoc`) with one link, and only that
click loads the service's own embed page into the frame. A plain link to the post, picture
or gist sits below the frame, so feed readers (which drop frames) and readers who never
click still reach it. `qr` is drawn at build time, as Hugo draws it."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

_PLACEHOLDER_STYLE = (
    "html,body{height:100%;margin:0}"
    "a{box-sizing:border-box;display:flex;flex-direction:column;gap:.4em;align-items:center;"
    "justify-content:center;height:100%;padding:1em;background:#f2f2f2;color:#1d1f21;"
    "font:1rem/1.4 system-ui,sans-serif;text-align:center;text-decoration:none;"
    "border:1px solid #ccc;border-radius:8px}"
    "a:focus-visible{outline:3px solid #1d1f21;outline-offset:-6px}"
    "small{opacity:.8}"
    "@media (prefers-color-scheme:dark){a{background:#2e2e33;color:#fff;border-color:#555}"
    "a:focus-visible{outline-color:#fff}}"
)


def _attr(name: str, value: str) -> str:
    return f' {name}="{escape(value)}"'


def click_to_load(
    src: str,
    title: str,
    host: str,
    language: str,
    height: int,
    link: str,
    link_text: str,
    kind: str,
) -> str:
    """A frame that shows a link written here and loads `src` only when it is followed,
    then a plain link to `link` for readers that show no frames."""
    placeholder = (
        f'<!DOCTYPE html><html lang="{escape(language)}">'
        f"<title>{escape(title)}</title><style>{_PLACEHOLDER_STYLE}</style>"
        f'<a href="{escape(src)}"><span>Show: {escape(title)}</span>'
        f"<small>It loads from {escape(host)} when you press here.</small></a>"
    )
    return (
        f'<figure class="embed embed-{kind}">'
        f"<iframe{_attr('src', src)}{_attr('srcdoc', placeholder)}{_attr('title', title)}"
        f' referrerpolicy="strict-origin-when-cross-origin" loading="lazy"'
        f' style="width:100%;max-width:550px;height:{height}px;border:0"></iframe>'
        f"<figcaption><a{_attr('href', link)}>{escape(link_text)}</a></figcaption></figure>"
    )


def _part(value: str) -> str:
    """One path segment of another host's address, as written but percent-encoded."""
    return quote(value.strip(), safe="")


def x_post(user: str, post_id: str, language: str) -> str | None:
    """`{{< x user="SanDiegoZoo" id="1453110110599868418" >}}` (also `twitter`, `tweet`,
    and the old `{{< tweet 1453110110599868418 >}}` without a user)."""
    if not post_id.strip().isdigit():
        return None
    post = _part(post_id)
    author = _part(user) or "i"
    link = f"https://x.com/{author}/status/{post}"
    src = f"https://platform.twitter.com/embed/Tweet.html?id={post}&dnt=true"
    who = f"@{user.strip()}" if user.strip() else "an author"
    return click_to_load(
        src,
        f"Post by {who} on X",
        "platform.twitter.com",
        language,
        560,
        link,
        f"Post by {who} on X",
        "x",
    )


def instagram(post_id: str, hide_caption: bool, language: str) -> str | None:
    """`{{< instagram CxOWiQNP2MO >}}` (the old second argument `hidecaption` too)."""
    if not post_id.strip():
        return None
    post = _part(post_id)
    link = f"https://www.instagram.com/p/{post}/"
    src = link + ("embed/" if hide_caption else "embed/captioned/")
    return click_to_load(
        src,
        "Instagram post",
        "www.instagram.com",
        language,
        640,
        link,
        "Post on Instagram",
        "instagram",
    )


def gist(user: str, gist_id: str, file: str, language: str) -> str | None:
    """`{{< gist user 23932424365401ffa5e9d9810102a477 [file] >}}`: GitHub's embeddable
    view of the gist (one file when named). Jekyll's `{% gist 931c1c8d %}` names no user:
    GitHub finds the gist by its id alone."""
    if not gist_id.strip():
        return None
    owner = f"{_part(user)}/" if user.strip() else ""
    link = f"https://gist.github.com/{owner}{_part(gist_id)}"
    src = link + ".pibb" + (f"?file={quote(file.strip(), safe='')}" if file.strip() else "")
    name = f"Gist {file.strip()}" if file.strip() else "Gist"
    name += f" by {user.strip()}" if user.strip() else ""
    return click_to_load(
        src,
        name,
        "gist.github.com",
        language,
        400,
        link + (f"#file-{_part(file)}" if file.strip() else ""),
        f"{name} on GitHub",
        "gist",
    )


_QR_LEVELS = {"low": "l", "medium": "m", "quartile": "q", "high": "h"}


def qr(text: str, level: str, scale: int, attrs: dict[str, str]) -> str:
    """Hugo's `qr`: an image of the QR code for `text`, with a quiet zone of four modules
    and `scale` pixels a module (Hugo's defaults: level medium, scale 4). Drawn at build
    time with segno, and inlined as SVG: the page needs no file of its own for it, and the
    code stays sharp at any zoom. Black on white also in dark mode, so phones read it."""
    import segno  # only pages with a QR code need it

    code = segno.make(text, error=_QR_LEVELS.get(level, "m"), boost_error=False, micro=False)
    width, height = code.symbol_size(scale=scale, border=4)
    src = code.svg_data_uri(scale=scale, border=4, dark="#000", light="#fff")
    html = f'<img{_attr("src", src)} width="{width}" height="{height}"'
    for name in ("alt", "class", "id", "loading", "title"):
        if attrs.get(name):
            html += _attr(name, attrs[name])
    return html + ">"


def qr_level(value: str) -> str | None:
    """Hugo's level names, or None for one it does not know."""
    value = value.strip().lower()
    return value if value in _QR_LEVELS else None
