"""`math: true` (page, else site): LaTeX becomes MathML at build time; elsewhere `$` is text."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from mentorblog.core.errors import BuildError
from mentorblog.core.model import HUGO, JEKYLL, Content, Page
from mentorblog.markdown.renderer import MarkdownSettings, Renderer

BODY = "Energy $E = mc^2$ and \\(a+b\\).\n\n$$\n\\frac{1}{2}\n$$\n\nIt cost $5 and $6.\n"


def render(body: str, flags: dict[str, object] | None = None, site_math: bool = False,
           dialect: str = HUGO) -> Content:
    page = Page(source=PurePosixPath("content/posts/m.md"), kind="post", section="posts",
                body_line=4, title="M", url="/posts/m/", output_path="posts/m/index.html",
                layout="post", body=body, flags=flags or {}, dialect=dialect)
    return Renderer(MarkdownSettings(math=site_math)).render(page)


def test_math_page_gets_mathml_inline_and_block() -> None:
    html = render(BODY, {"math": True}).html
    assert html.count('<math xmlns="http://www.w3.org/1998/Math/MathML" display="inline">') == 2
    assert '<div class="math"><math xmlns="http://www.w3.org/1998/Math/MathML" ' \
           'display="block"><mrow><mfrac>' in html
    assert "It cost $5 and $6." in html  # prices are not math


def test_without_math_dollars_stay_text() -> None:
    html = render(BODY).html
    assert "<math" not in html
    assert "$E = mc^2$" in html


def test_site_default_and_page_override() -> None:
    assert "<math" in render(BODY, site_math=True).html
    assert "<math" not in render(BODY, {"math": False}, site_math=True).html


def test_bad_latex_in_a_block_is_shown_as_written_with_a_warning_at_its_line() -> None:
    """A real Jekyll blog's display formula MathJax drew with an error box stopped its
    build; KaTeX and MathJax leave what they cannot read on the page, so does the build
    (`check --strict` fails on the warning)."""
    content = render("Intro.\n\n$$\n\\frac{a}{\n$$\n\n\\[\n\\left(x\n\\]\n", {"math": True})
    assert content.html == ('<p>Intro.</p>\n<p class="math">$$\n\\frac{a}{\n$$</p>\n'
                            '<p class="math">\\[\n\\left(x\n\\]</p>\n')
    assert [(n.file, n.line) for n in content.notices] == [
        (PurePosixPath("content/posts/m.md"), 6), (PurePosixPath("content/posts/m.md"), 10)]
    assert all(n.message.startswith("math is not valid LaTeX") for n in content.notices)


def test_bad_latex_outside_a_page_body_is_an_error() -> None:
    """Where no body's warnings are gathered (Markdown of a front-matter string), bad math
    stops the build at the file."""
    settings = MarkdownSettings(math=True)
    with pytest.raises(BuildError) as info:
        body = "$$\n\\frac{a}{\n$$\n"
        parser = Renderer(settings).parser_for(body, math=True)
        parser.render(body, {"source": PurePosixPath("x.md")})
    assert "not valid LaTeX" in info.value.message


def test_double_dollars_inside_a_line_are_inline_in_jekyll_and_display_in_hugo() -> None:
    """A real Jekyll post: `Energy $$E = m c^2$$` with `mathjax: true`; kramdown makes
    it inline math, and it was shown as written. KaTeX's auto-render (PaperMod's) shows
    `$$…$$` as display math wherever it stands."""
    body = "Energy $$E = m c^2$$ here.\n"
    jekyll = render(body, {"math": True}, dialect=JEKYLL).html
    assert jekyll.startswith('<p>Energy <math xmlns="http://www.w3.org/1998/Math/MathML" '
                             'display="inline">')
    hugo = render(body, {"math": True}).html
    assert hugo.startswith('<p>Energy <math xmlns="http://www.w3.org/1998/Math/MathML" '
                           'display="block">')
    assert "$$" not in jekyll + hugo


@pytest.mark.parametrize(("params", "math"), [
    ({"math": True}, True), ({"mathjax": True}, True), ({"katex": True}, True),
    ({"mathjax": False}, False), ({}, False),
])
def test_site_params_of_themes_turn_math_on_for_every_page(
    params: dict[str, object], math: bool
) -> None:
    from pathlib import Path

    from mentorblog.core.model import Config
    from mentorblog.markdown.renderer import settings_for

    config = Config(root=Path("/site"), title="T", base_url="https://a.org/", params=params)
    assert settings_for(config).math is math


def test_dollars_that_are_no_math_inside_a_line_are_shown_with_a_warning() -> None:
    """A real PaperMod blog: `Keys: “@#$%^&()” -> [“@”, “#”, “$”]` with math on stopped
    the build at the body's first line; KaTeX leaves what it cannot read as written."""
    body = "Intro.\n\nMore.\n\nKeys: “@#$%^&()” -> [“@”, “#”, “$”] end.\n"
    content = render(body, {"math": True})
    assert "“@#$%^&amp;()” -&gt; [“@”, “#”, “$”] end." in content.html
    [warning] = content.notices
    assert warning.line == 8 and warning.message.startswith("math is not valid LaTeX")
    assert warning.message.endswith("; shown as written")


def test_a_heading_of_math_is_named_by_its_tex_as_hugo_names_it() -> None:
    """A real PaperMod blog: `## $E=mc^2$` had the id `section` and an empty entry in the
    table of contents; Hugo's id is `emc2` and its entry shows the TeX."""
    content = render("## $E=mc^2$\n\nText.\n\n## $E=mc^2$\n", {"math": True})
    assert content.html.startswith('<h2 id="emc2"><math ')
    assert [(h.id, h.text) for h in content.toc] == [("emc2", "$E=mc^2$"),
                                                      ("emc2-1", "$E=mc^2$")]


def test_a_math_headings_own_id_stays() -> None:
    content = render("## $E=mc^2$ {#energy}\n", {"math": True})
    assert content.html.startswith('<h2 id="energy">')


def test_each_bad_formula_in_a_line_is_warned_at_its_own_line() -> None:
    body = "Intro x_ here.\n\nOne $x_$ here.\n\nTwo $x_$ there, and \\(\\left(\\).\n"
    content = render(body, {"math": True})
    assert [n.line for n in content.notices] == [6, 8, 8]  # the body starts at line 4
    assert "\\(\\left(\\)" in content.html  # shown as written, with its own brackets


def test_escapes_in_single_dollar_math_of_a_jekyll_file_are_kramdowns() -> None:
    """`$…$` is no math to kramdown: it takes out `\\_`, `\\*`, `\\|` (escaped so it makes
    no emphasis) before MathJax reads them. Two real Jekyll blogs showed `a_1` and `1\\*2`."""
    html = render("Sub $a\\_1$, $1\\*2$ and $\\|x\\|$.\n", {"math": True}, dialect=JEKYLL).html
    assert "<msub><mi>a</mi><mn>1</mn></msub>" in html
    assert "<mn>1</mn><mo>&#x0002A;</mo><mn>2</mn>" in html and "\\" not in html
    assert html.count('<mo stretchy="false">&#x0007C;</mo>') == 2
    hugo = render("Sub $a\\_1$.\n", {"math": True}).html  # Hugo files: as written
    assert "<mi>&#x0005F;</mi>" in hugo
