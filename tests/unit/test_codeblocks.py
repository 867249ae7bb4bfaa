"""codeblocks: Hugo's and Jekyll's code block options, from a fence, the `highlight`
shortcode and the Liquid tag, and the line numbers and marks they give."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from mentorblog.core.model import JEKYLL, Page
from mentorblog.markdown.codeblocks import (
    CodeOptions,
    fence_info,
    hugo_code_options,
    jekyll_code_options,
    line_set,
    option_pairs,
)
from mentorblog.markdown.renderer import MarkdownSettings, Renderer

RENDERER = Renderer(MarkdownSettings())


def html(body: str, dialect: str = "hugo") -> str:
    page = Page(
        source=PurePosixPath("content/posts/a.md"),
        kind="post",
        section="posts",
        body_line=1,
        title="A",
        url="/posts/a/",
        output_path="posts/a/index.html",
        layout="post",
        body=body,
        dialect=dialect,
    )
    return RENDERER.render(page).html


def test_fence_info_reads_language_and_options() -> None:
    assert fence_info('go {linenos=table,hl_lines=[2,"5-7"],linenostart=10}') == (
        "go",
        '{linenos=table,hl_lines=[2,"5-7"],linenostart=10}',
    )
    assert fence_info("{hl_lines=[2,8]}") == ("", "{hl_lines=[2,8]}")
    assert fence_info("Go{linenos=true}") == ("go", "{linenos=true}")
    assert fence_info("{python}") == ("python", "")
    assert fence_info("{.python}") == ("python", "")
    assert fence_info("") == ("", "")


def test_both_hugo_option_forms_read_alike() -> None:
    fence = hugo_code_options('{linenos=inline hl_lines=[3,"6-8"] style=emacs}')
    short = hugo_code_options("linenos=inline, hl_lines=3 6-8, style=emacs")
    assert fence == short == CodeOptions(True, 1, (3, 6, 7, 8))
    assert option_pairs('{lineNos=table, lineanchors="x y"}') == {
        "linenos": "table",
        "lineanchors": "x y",
    }
    options = hugo_code_options(
        '{linenos=false,linenostart=7,anchorlinenos=true,lineanchors="a<b>-1",hl_inline=true}'
    )
    assert options == CodeOptions(False, 7, (), True, "ab-1", True)
    assert line_set('[2,"5-7"]') == (2, 5, 6, 7)
    with pytest.raises(ValueError, match="marks more than"):  # never expanded into memory
        line_set("1-999999999")


def test_jekyll_options() -> None:
    assert jekyll_code_options(["linenos"]) == CodeOptions(True)
    assert jekyll_code_options(['mark_lines="1', '3"']) == CodeOptions(False, 1, (1, 3))


def test_fence_options_give_numbers_and_marks_not_a_label() -> None:
    out = html('```text {linenos=table,hl_lines=[2,"3-3"],linenostart=10}\na\nb\nc\n```\n')
    assert out == (
        '<div class="highlight"><pre tabindex="0"><code class="language-text" '
        'data-lang="text"><span class="ln">10 </span>a\n'
        '<span class="hll"><span class="ln">11 </span>b\n</span>'
        '<span class="hll"><span class="ln">12 </span>c\n</span>'
        "</code></pre></div>\n"
    )
    marked_only = html("```{hl_lines=[2]}\na\nb\n```\n")
    assert marked_only == (
        '<div class="highlight"><pre tabindex="0"><code>a\n'
        '<span class="hll">b\n</span></code></pre></div>\n'
    )


def test_anchored_line_numbers_use_hugos_names() -> None:
    out = html(
        "```text\nx\n```\n\n```text {linenos=inline,anchorlinenos=true}\na\n```\n\n"
        "```text {linenos=true,anchorlinenos=true,lineanchors=ex}\na\n```\n"
    )
    assert '<span class="ln" id="hl-1-1"><a href="#hl-1-1">1</a> </span>a' in out
    assert '<span class="ln" id="ex-1"><a href="#ex-1">1</a> </span>a' in out


def test_highlight_shortcode_inline_and_jekyll_tag() -> None:
    out = html('Set {{< highlight go "hl_inline=true" >}}x := 1{{< /highlight >}} first.')
    assert out.startswith('<p>Set <code class="code-inline language-go">')
    assert out.endswith("</code> first.</p>\n") and "<pre" not in out
    jekyll = html("{% highlight text linenos %}\na\n{% endhighlight %}", dialect=JEKYLL)
    assert '<span class="ln">1 </span>a' in jekyll
