"""Opt-in minification (`--minify`) of html, css and js with minify-html.

minify-html is a maintained minifier (Rust, with Python wheels) that understands HTML5
parsing rules and minifies inline and standalone CSS and JS; writing one by hand would mean
parsing HTML, which this project never does itself."""

from __future__ import annotations

import minify_html

_HTML_OPTIONS = {
    "minify_css": True,
    "minify_js": True,
    # Keep `<html lang>` and `<head>`: the language attribute matters to screen readers.
    "keep_html_and_head_opening_tags": True,
}


def minify(path: str, data: bytes) -> bytes:
    """Smaller bytes for html, css and js outputs; anything else is returned unchanged."""
    if path.endswith(".html"):
        return minify_html.minify(data.decode(), **_HTML_OPTIONS).encode()
    if path.endswith((".css", ".js")):
        tag = "style" if path.endswith(".css") else "script"
        wrapped = f"<{tag}>{data.decode()}</{tag}>"
        out: str = minify_html.minify(wrapped, minify_css=True, minify_js=True)
        return out.removeprefix(f"<{tag}>").removesuffix(f"</{tag}>").encode()
    return data
