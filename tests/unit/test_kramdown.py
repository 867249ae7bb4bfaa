"""kramdown: Jekyll's kramdown extensions and Goldmark's heading attributes, rendered through
markdown.Renderer. Expected html was checked against kramdown 2.4 (GFM input, Jekyll's
default) and Hugo 0.168; where mentorblog differs on purpose, the test says why."""

from __future__ import annotations

from pathlib import PurePosixPath

from mentorblog.core.model import HUGO, JEKYLL, Content, Page
from mentorblog.markdown.kramdown import AttributeList, attribute_list
from mentorblog.markdown.renderer import MarkdownSettings, Renderer

RENDERER = Renderer(MarkdownSettings(anchored_headings=False))
NO_RAW = Renderer(MarkdownSettings(raw_html=False, anchored_headings=False))


def render(body: str, dialect: str = JEKYLL, renderer: Renderer = RENDERER) -> Content:
    page = Page(
        source=PurePosixPath("content/_posts/2024-01-02-a.md"),
        kind="post",
        section="posts",
        body_line=4,
        title="A",
        url="/a/",
        output_path="a/index.html",
        layout="post",
        body=body,
        dialect=dialect,
    )
    return renderer.render(page)


def html(body: str, dialect: str = JEKYLL, renderer: Renderer = RENDERER) -> str:
    return render(body, dialect, renderer).html


def test_attribute_list_items() -> None:
    assert attribute_list(" .a #b key=\"v w\" k2='x' ref .c.d#e") == AttributeList(
        "e", ("a", "c", "d"), (("key", "v w"), ("k2", "x")), ("ref",)
    )
    # Typographic quotes, as editors and old blog engines typed them.
    assert attribute_list("target=\u201d_blank\u201d") == AttributeList(
        pairs=(("target", "_blank"),)
    )
    assert attribute_list('a"b=1') is None
    assert attribute_list('key="never closed') is None
    assert attribute_list("#1bad") is None


def test_block_attributes_after_and_before_blocks() -> None:
    assert html("Para one\n{: .box-note}\n") == '<p class="box-note">Para one</p>\n'
    assert html("{: .before}\n\nPara two\n") == '<p class="before">Para two</p>\n'
    assert html("> quote\n{: .q}\n") == '<blockquote class="q">\n<p>quote</p>\n</blockquote>\n'
    assert html("* a\n* b\n{: .list}\n") == '<ul class="list">\n<li>a</li>\n<li>b</li>\n</ul>\n'
    assert html("## Klass\n{: .fancy #other}\n") == '<h2 id="other" class="fancy">Klass</h2>\n'
    assert html("```text\nx\n```\n{: .code-x}\n").startswith(
        '<div class="highlight code-x"><pre tabindex="0">'
    )
    # Several lists right below a block all belong to it (chirpy's file name and nolineno).
    assert html('```sh\nx\n```\n{: file="a.sh" }\n{: .nolineno }\nNext\n').startswith(
        '<div class="highlight nolineno" file="a.sh"><pre'
    )
    assert html('```sh\nx\n```\n{: file="a.sh" }\n{: .nolineno }\nNext\n').endswith("<p>Next</p>\n")
    assert (
        html('{:ref: .refclass data-x="1"}\n\nPara\n{: ref #pid}\n')
        == '<p id="pid" class="refclass" data-x="1">Para</p>\n'
    )


def test_span_attributes_on_links_images_emphasis_and_code() -> None:
    assert html(
        '[a](http://x.com){:target="_blank"} ![i](/a.png){: width="22"} '
        "[q](/q){:target=\u201d_blank\u201d} *em*{: .y} `c`{: .language-ruby}"
    ) == (
        '<p><a href="http://x.com" target="_blank">a</a> <img src="/a.png" alt="i" width="22" '
        '/> <a href="/q" target="_blank">q</a> <em class="y">em</em> '
        '<code class="language-ruby">c</code></p>\n'
    )
    # After plain text an attribute list applies to nothing: kramdown leaves it as text.
    assert html("text{: .x} more") == "<p>text{: .x} more</p>\n"


def test_toc_in_place_without_no_toc_headings() -> None:
    body = "* TOC\n{:toc}\n\n## First *one*\n\n### Inner\n\n## Skip me\n{: .no_toc}\n\n## Second\n"
    out = html(body)
    assert out.startswith(
        '<ul id="markdown-toc">\n'
        '<li><a href="#first-one" id="markdown-toc-first-one">First one</a>\n<ul>\n'
        '<li><a href="#inner" id="markdown-toc-inner">Inner</a></li>\n</ul>\n</li>\n'
        '<li><a href="#second" id="markdown-toc-second">Second</a></li>\n</ul>\n'
    )
    assert '<h2 class="no_toc" id="skip-me">Skip me</h2>' in out
    assert html("1. TOC\n{:toc}\n\n## A\n").startswith('<ol id="markdown-toc">\n<li><a href="#a"')
    assert render(body).word_count == render(body.replace("* TOC\n{:toc}\n\n", "")).word_count


def test_extensions_comment_nomarkdown_options() -> None:
    assert (
        html("Text {::comment}secret{:/comment} and {::nomarkdown}<i>x</i>{:/}.")
        == "<p>Text  and <i>x</i>.</p>\n"
    )
    assert html("{::comment}\nblock secret\n{:/comment}\n\nAfter\n") == "<p>After</p>\n"
    assert html("{::nomarkdown}\n<div>raw</div>\n{:/}\n") == "<div>raw</div>\n"
    assert html('{::options auto_ids="false" /}\n\nP\n') == "<p>P</p>\n"
    # raw_html: false: html in nomarkdown is shown as text, as elsewhere in the post.
    assert (
        html("{::nomarkdown}\n<div>raw</div>\n{:/}\n", renderer=NO_RAW)
        == "<p>&lt;div&gt;raw&lt;/div&gt;</p>\n"
    )
    assert (
        html("a {::nomarkdown}<b>x</b>{:/} b", renderer=NO_RAW)
        == "<p>a &lt;b&gt;x&lt;/b&gt; b</p>\n"
    )


def test_definition_lists_and_abbreviations() -> None:
    assert html("term\n: definition\n") == "<dl>\n<dt>term</dt>\n<dd>definition</dd>\n</dl>\n"
    assert (
        html("term\n: definition\n", dialect=HUGO)
        == "<dl>\n<dt>term</dt>\n<dd>definition</dd>\n</dl>\n"
    )  # Goldmark's, on in Hugo
    out = html("HTML and XHTML, not `HTML`.\n\n*[HTML]: Hyper Text Markup Language\n")
    assert out == (
        '<p><abbr title="Hyper Text Markup Language">HTML</abbr> and XHTML, not '
        "<code>HTML</code>.</p>\n"
    )


def test_heading_ids_are_kramdowns() -> None:
    """The ids kramdown 2.4 gives these headings with Jekyll's settings (GFM input), so
    old `#anchor` links keep working; `{#id}` sets one, classes are not kramdown's."""
    out = html(
        "## Hello *World*, it's 2024!\n## [Link text](http://example.com/x)\n"
        "## Hello *World*, it's 2024!\n## 10 Tips & Tricks \u2014 \u00c9t\u00e9\n"
        "## `code` here\n## Custom {#my-id}\n## Head {#hid .hc}\n"
    )
    ids = [part.split('"')[0] for part in out.split('<h2 id="')[1:]]
    assert ids == [
        "hello-world-its-2024",
        "link-text",
        "hello-world-its-2024-1",
        "10-tips--tricks--\u00e9t\u00e9",
        "code-here",
        "my-id",
        "head-hid-hc",
    ]
    assert ">Custom</h2>" in out and ">Head {#hid .hc}</h2>" in out


def test_goldmark_heading_attributes_in_hugo_files() -> None:
    out = html('## Title {#custom-id .big data-x="1"}\n\n## Other {.cls}\n', dialect=HUGO)
    assert out == (
        '<h2 id="custom-id" class="big" data-x="1">Title</h2>\n'
        '<h2 class="cls" id="other">Other</h2>\n'
    )
    toc = render("## Title {#custom-id}\n", dialect=HUGO).toc
    assert [(h.id, h.text) for h in toc] == [("custom-id", "Title")]
    # Kramdown's syntax means nothing to Hugo: shown as written.
    assert html("Para\n{: .x}\n", dialect=HUGO) == "<p>Para\n{: .x}</p>\n"


def test_attributes_cannot_run_script_or_break_the_tag() -> None:
    out = html(
        'Para\n{: onclick="alert(1)" ONLOAD="x" href="javascript:alert(1)" '
        'srcdoc="<script>" title="a&quot;><script>"}\n'
        '[x](/y){: href=" JavaScript:alert(1)" onmouseover="z"}\n'
    )
    assert out == ('<p title="a&amp;quot;&gt;&lt;script&gt;">Para</p>\n<p><a href="/y">x</a></p>\n')
    # A name that is not an attribute name makes the list text, escaped.
    assert html('P\n{: a"><b>=1}\n', renderer=NO_RAW) == "<p>P\n{: a&quot;&gt;&lt;b&gt;=1}</p>\n"
    assert html('## T {#x onclick="y"}\n', dialect=HUGO) == '<h2 id="x">T</h2>\n'
    # raw_html: false keeps only harmless attributes.
    assert (
        html('P\n{: .c #i style="position:fixed" data-x="1" title="t"}\n', renderer=NO_RAW)
        == '<p id="i" class="c" title="t">P</p>\n'
    )


def test_kramdown_rules_run_only_where_they_can_matter() -> None:
    """A Hugo file, or a Jekyll body with neither `{` nor `*[`, is parsed without them."""
    plain = RENDERER.parser_for("www. text", math=False)
    assert RENDERER.parser_for("www. text", math=False, jekyll=True) is plain
    kramdown = RENDERER.parser_for("www. {: .x}", math=False, jekyll=True)
    assert kramdown is not plain
    assert "kramdown_block" in [r.name for r in kramdown.block.ruler.__rules__]
    assert "kramdown_block" not in [r.name for r in plain.block.ruler.__rules__]
    assert RENDERER.parser_for("www. {: .x}", math=False) is plain
