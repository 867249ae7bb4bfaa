"""--minify: smaller html/css/js that still means the same thing."""

from __future__ import annotations

from mentorblog.output.minify import minify


def test_html_is_smaller_and_keeps_the_language() -> None:
    page = (b'<!DOCTYPE html>\n<html lang="en">\n<head>\n  <title>T</title>\n</head>\n'
            b"<body>\n  <p>  Hello   there  </p>\n</body>\n</html>\n")
    out = minify("index.html", page)
    assert len(out) < len(page)
    assert b"lang=en" in out
    assert b"<p>Hello there" in out


def test_css_and_js_files_are_minified_without_their_wrapper() -> None:
    css = minify("css/main.css", b"body {\n  color : red ;\n}\n")
    js = minify("js/a.js", b"var answer = 1 ;\n// comment\n")
    assert css == b"body{color:red}"
    assert js.startswith(b"var answer=1") and b"<script" not in js


def test_other_files_are_untouched() -> None:
    data = b"\x89PNG\r\n\x1a\n  spaces  "
    assert minify("img/a.png", data) == data
    assert minify("index.xml", b"<a>  x  </a>") == b"<a>  x  </a>"
