"""`--`, `---`, `<<` and `>>` as Goldmark and kramdown set them, and the heading ids that
follow (markdown/typography.py)."""

from __future__ import annotations

from pathlib import PurePosixPath

from mentorblog.core.model import JEKYLL, Page
from mentorblog.markdown.renderer import MarkdownSettings, Renderer


def html_of(body: str, jekyll: bool = False) -> str:
    page = Page(
        source=PurePosixPath("content/posts/d.md"),
        kind="post",
        section="posts",
        body_line=4,
        title="D",
        url="/posts/d/",
        output_path="posts/d/index.html",
        layout="post",
        body=body,
        flags={},
        dialect=JEKYLL if jekyll else "hugo",
    )
    return Renderer(MarkdownSettings()).render(page).html


def test_a_flag_in_a_heading_has_hugos_id() -> None:
    """A real PaperMod blog's `## docker run --rm alpine`: Hugo's id is
    `docker-run-rm-alpine` (Goldmark shows an en dash); it was `docker-run---rm-alpine`."""
    assert html_of("## docker run --rm alpine\n").startswith(
        '<h2 id="docker-run-rm-alpine">docker run \u2013rm alpine<a '
    )


def test_dashes_in_text_but_not_in_code_or_addresses() -> None:
    html = html_of(
        "Use `--rm`, or --rm; a -- b, a---b. <https://a.org/x--y> "
        "[x--y](https://c.org/a--b)\n\n```\nls --all\n```\n"
    )
    assert "<code>--rm</code>, or \u2013rm; a \u2013 b, a\u2014b." in html
    assert '<a href="https://a.org/x--y">https://a.org/x--y</a>' in html
    assert '<a href="https://c.org/a--b">x\u2013y</a>' in html
    assert "ls --all" in html


def test_alt_text_has_dashes() -> None:
    assert 'alt="alt \u2013 text"' in html_of("![alt -- text](x.png)\n")


def test_guillemets_as_goldmark_and_kramdown_set_them() -> None:
    """A real Hugo blog's `<<x>>` was `<` and `>` around an html element `<x>`."""
    html = html_of("Say <<x>>, `a << b`, a >> b, \\<< and <span>ok</span>.\n")
    assert html == (
        "<p>Say \u00abx\u00bb, <code>a &lt;&lt; b</code>, a \u00bb b, &lt;&lt; and "
        "<span>ok</span>.</p>\n"
    )


def test_the_chinese_ellipsis_keeps_both_halves() -> None:
    """A real PaperMod blog's `等待......` lost half of its `……` (markdown-it makes any run
    of dots one ellipsis; Goldmark and kramdown make each `...` one)."""
    html = html_of("Waiting...... nine......... and... `a......b`\n")
    assert (
        html
        == "<p>Waiting\u2026\u2026 nine\u2026\u2026\u2026 and\u2026 <code>a......b</code></p>\n"
    )


def test_an_images_alt_text_gets_curly_quotes_as_the_text_does() -> None:
    """Two real blogs' `!["Disabling Safari" isn't hard](x.png)`: Goldmark's alt text has
    curly quotes and apostrophes, as the text around it; it kept the straight ones."""
    html = html_of('!["Disabling Safari" isn\'t hard](/x.png) and "quoted" text\n')
    assert 'alt="\u201cDisabling Safari\u201d isn\u2019t hard"' in html
    assert "\u201cquoted\u201d text" in html
    assert 'alt="a \u201cb\u201d"' in html_of('[![a "b"](/y.png)](/z/)\n')
    code = html_of("`![it's](/x.png)` ![it's](/x.png)\n")
    assert "<code>![it's](/x.png)</code>" in code and 'alt="it\u2019s"' in code
    # kramdown keeps them straight (Jekyll 4.3: `alt="It's &quot;x&quot;"`, text curly)
    jekyll = html_of('![It\'s "x"](/a.png) and "y"\n', jekyll=True)
    assert 'alt="It\'s &quot;x&quot;"' in jekyll and "\u201cy\u201d" in jekyll
