"""Kramdown's HTML blocks in Jekyll files: an element is html up to its closing tag, blank
lines inside included (markdown/kramdown_html.py)."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from mentorblog.core.model import HUGO, JEKYLL, Page
from mentorblog.markdown.renderer import MarkdownSettings, Renderer

BOX = '<div class="box">\n  <p>first</p>\n\n    <button>Press</button>\n</div>\n\nAfter **it**.\n'


def render(body: str, dialect: str = JEKYLL, **settings: object) -> str:
    page = Page(
        source=PurePosixPath("content/_posts/2020-01-02-m.md"),
        kind="post",
        section="posts",
        body_line=4,
        title="M",
        url="/m/",
        output_path="m/index.html",
        layout="post",
        body=body,
        dialect=dialect,
    )
    return Renderer(MarkdownSettings(**settings)).render(page).html  # type: ignore[arg-type]


def test_an_element_with_a_blank_line_inside_stays_html_in_a_jekyll_file() -> None:
    """A real post's `<button>` after a blank line inside a `<div>` was shown as code."""
    assert render(BOX) == (
        '<div class="box">\n  <p>first</p>\n\n    <button>Press</button>\n</div>\n'
        "<p>After <strong>it</strong>.</p>\n"
    )


def test_a_hugo_file_keeps_commonmarks_reading() -> None:
    assert "&lt;button&gt;" in render(BOX, dialect=HUGO)


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        # nested elements of the same name: the outer one's closing tag ends the block
        (
            "<div>\n<div>\n\n  a\n</div>\n\n    b\n</div>\ntext\n",
            "<div>\n<div>\n\n  a\n</div>\n\n    b\n</div>\n<p>text</p>\n",
        ),
        # an opening tag over two lines
        (
            '<section\n  class="x">\n\n    y\n</section>\n',
            '<section\n  class="x">\n\n    y\n</section>\n',
        ),
        # closed with more lines before a blank one: those are Markdown again, as kramdown
        # reads them (a real blog's `<h3>Check</h3>` over a list showed its dashes)
        (
            "<h3>Check</h3>\n- one *item*\n- two\n",
            "<h3>Check</h3>\n<ul>\n<li>one <em>item</em></li>\n<li>two</li>\n</ul>\n",
        ),
        (
            '<div class="note">\nA note\n</div>\nAfter, **bold**.\n',
            '<div class="note">\nA note\n</div>\n<p>After, <strong>bold</strong>.</p>\n',
        ),
    ],
)
def test_the_element_ends_at_its_own_closing_tag(body: str, shown: str) -> None:
    assert render(body) == shown


@pytest.mark.parametrize(
    "body",
    [
        "<div>\n\n    never closed\n",  # CommonMark's reading when the element never closes
        '<div markdown="1">\n\n**md**\n\n</div>\n',  # kramdown reads the inside as Markdown
        "<p>left open\n\n    code\n",  # a <p> is not such an element
        "    <div>\n\n    indented code\n    </div>\n",  # code, not html
        "<div>a</div> text\n- b\n",  # text after the closing tag: CommonMark's block
        "<h3>Check</h3>\n\n- one\n",  # closed on the block's last line
    ],
)
def test_other_cases_keep_commonmarks_reading(body: str) -> None:
    jekyll, hugo = render(body), render(body, dialect=HUGO)
    assert jekyll == hugo


@pytest.mark.parametrize(
    "body",
    [
        "Hi\n\n<div>\n\n<![ x\n</div>\n",  # html.parser asserts on `<![ x`: no crash
        "<div>\n\n<![\n",
        '<div a="\n\n' * 50,  # an attribute never closed
        "<div>\n\n" * 50,  # never closed
    ],
)
def test_malformed_elements_keep_commonmarks_reading(body: str) -> None:
    assert render(body) == render(body, dialect=HUGO)


def test_the_search_stops_when_a_documents_budget_is_spent() -> None:
    """Each element searched costs what it reads: past `BUDGET` characters in one page,
    elements keep CommonMark's reading (a page of unclosed elements built in 20 s)."""
    from mentorblog.markdown import kramdown_html

    one = "<div>\n\n    code?\n</div>\n\n"
    count = kramdown_html.BUDGET // len(one) + 10
    html = render(one * count)
    assert html.startswith("<div>\n\n    code?\n</div>\n")  # searched: html
    assert 0 < html.count("<pre") < count  # past the budget: CommonMark's code blocks


def test_without_raw_html_the_element_is_text() -> None:
    html = render(BOX, raw_html=False)
    assert html.startswith("<p>&lt;div class=") and '<div class="box">' not in html


def test_with_markdown_inside_html_the_old_sites_setting_keeps_commonmarks_reading() -> None:
    """`kramdown: {parse_block_html: true}` (or jekyll-commonmark): the old site read
    Markdown inside the element, as CommonMark's blocks do."""
    body = "<div>\n\n**bold** text\n\n</div>\n"
    assert render(body, kramdown_html_blocks=False) == (
        "<div>\n<p><strong>bold</strong> text</p>\n</div>\n"
    )
    assert render(body) == body  # kramdown's own reading: html, left alone


def test_a_span_tag_alone_on_a_line_starts_no_html_block_in_a_jekyll_file() -> None:
    """A real chirpy post: `<br>` on its own line, then `## Heading` and a code fence;
    CommonMark made them html up to the next blank line, shown as text."""
    body = "<br>\n## Heading\n\n<span>a</span>\ntext\n"
    html = render(body)
    assert html.startswith('<p><br></p>\n<h2 id="heading">Heading')
    assert "<p><span>a</span>\ntext</p>" in html
    assert render(body, dialect=HUGO).startswith("<br>\n## Heading\n")  # CommonMark's own
    assert render("<pre>\n\n  x\n</pre>\n") == render("<pre>\n\n  x\n</pre>\n", dialect=HUGO)


def test_only_kramdowns_span_elements_are_read_inline() -> None:
    """A custom element or `<video>` opening a line stays an html block, as in kramdown."""
    body = "<my-widget>\n- x\n</my-widget>\n"
    assert render(body) == render(body, dialect=HUGO)
    assert render("<video src='a.mp4'>\n</video>\n").startswith("<video")
