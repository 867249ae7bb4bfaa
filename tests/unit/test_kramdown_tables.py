"""kramdown's tables that GFM does not read (markdown/kramdown_tables.py), rendered through
markdown.Renderer. Expected html was checked against kramdown 2.4 with GFM input (Jekyll's
default); kramdown writes `style="text-align: left"` and newlines between cells, which
differ from these only in white space."""

from __future__ import annotations

import re

from test_kramdown import html

from mentorblog.core.model import HUGO


def compact(text: str) -> str:
    return re.sub(r">\s+<", "><", text.strip())


def test_rows_without_a_header_are_a_body() -> None:
    assert compact(html("| a | b |\n| c | d |\n")) == (
        "<table><tbody><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></tbody></table>"
    )


def test_a_top_border_is_dropped_and_the_header_keeps_its_alignment() -> None:
    body = "|---|---|\n| Name | Age |\n|:---|--:|\n| Ana | 28 |\n|---|---|\n"
    assert compact(html(body)) == (
        '<table><thead><tr><th style="text-align:left">Name</th>'
        '<th style="text-align:right">Age</th></tr></thead>'
        '<tbody><tr><td style="text-align:left">Ana</td><td style="text-align:right">28</td>'
        "</tr></tbody></table>"
    )


def test_header_rows_bodies_and_footer() -> None:
    body = (
        "| h1 | h2 |\n| h3 | h4 |\n|----|----|\n| a | b |\n|----|----|\n| c |\n"
        "|====|====|\n| f | g |\n"
    )
    out = compact(html(body))
    assert out.count("<thead>") == 1 and out.count("<th>") == 4
    assert out.count("<tbody>") == 2 and out.count("<tfoot>") == 1
    assert "<tr><td>c</td><td></td></tr>" in out  # a short row is made as long as the others
    assert "<tfoot><tr><td>f</td><td>g</td></tr></tfoot>" in out


def test_cells_keep_code_spans_escapes_and_inline_markdown() -> None:
    out = compact(html("| `a|b` | x \\| y | **bold** |\n| 1 | 2 | 3 |\n"))
    assert "<td><code>a|b</code></td><td>x | y</td><td><strong>bold</strong></td>" in out


def test_gfm_tables_and_what_is_no_table_are_left_as_they_were() -> None:
    gfm = "| a | b |\n|---|---|\n| c | d |\n"
    assert compact(html(gfm)) == compact(html(gfm, HUGO))  # markdown-it's own rule
    # A Hugo file is read as Goldmark reads it: no table without a delimiter row.
    assert "<table>" not in html("| a | b |\n| c | d |\n", HUGO)
    # Indented as code, it is code.
    code = html("    | a | b |\n")
    assert "<code>| a | b |" in code and "<table>" not in code
    # kramdown's table ends at a blank line; rows followed by text are a paragraph.
    assert compact(html("| a |\n\ntext\n")) == (
        "<table><tbody><tr><td>a</td></tr></tbody></table><p>text</p>"
    )
    assert compact(html("| a |\n| b |\ntext\n")) == "<p>| a |\n| b |\ntext</p>"
    assert compact(html("| a |\n# Heading\n")).startswith("<p>| a |</p><h1")
    # Inside a list item and a quote too.
    assert "<li><p>item</p><table>" in compact(html("- item\n\n  | a | b |\n  | c | d |\n"))
    assert "<blockquote><table>" in compact(html("> | a | b |\n> | c | d |\n"))


def test_rows_of_very_different_lengths_are_no_table() -> None:
    """Ten rows of one cell under a row of 1,000 empty ones are a table (9,990 cells
    added); under a row of 100,000, a thousand rows would need 100 million: a paragraph."""
    assert html("|" * 1_001 + "\n" + "| a |\n" * 10).count("<td></td>") == 1_000 + 9_990
    assert "<table>" not in html("|" * 100_001 + "\n" + "| a |\n" * 1_000)


def test_a_table_that_starts_like_gfm_keeps_kramdown_s_later_lines() -> None:
    """GFM would read these as one body with a row of dashes, a row of `===`, or (cells
    fewer in the delimiter row than in the header) no table at all."""
    two_bodies = "| a | b |\n|---|---|\n| c | d |\n|---|---|\n| e | f |\n"
    assert compact(html(two_bodies)).count("<tbody>") == 2
    footer = compact(html("| a |\n|---|\n| b |\n|===|\n| f |\n"))
    assert footer.endswith("<tfoot><tr><td>f</td></tr></tfoot></table>")
    wider = compact(html("| a | b | c |\n|---|---|\n| d | e | f |\n"))
    assert wider.startswith("<table><thead><tr><th>a</th><th>b</th><th>c</th></tr></thead>")


def test_block_boundaries_around_the_rows() -> None:
    """An attribute list after the rows is a boundary and lands on the table; rows right
    after a heading (no blank line) are a paragraph, as kramdown reads them."""
    assert compact(html("| a | b |\n| c | d |\n{: .table}\n")).startswith(
        '<table class="table"><tbody>'
    )
    assert compact(html("# H\n| a | b |\n| c | d |\n")).endswith("<p>| a | b |\n| c | d |</p>")


def test_code_spans_in_cells_end_at_a_run_of_as_many_backticks() -> None:
    out = compact(html("| `` a ```` | b `` | c |\n| d |\n"))
    assert "<td><code>a ```` | b</code></td><td>c</td>" in out


def test_a_long_line_of_dashes_is_read_in_linear_time() -> None:
    """`_SEPARATOR` once had `-` in both of its repeated sets: a line of 200,000 dashes
    would have backtracked for hours (no timing assert: it would not end)."""
    body = "|" + "-" * 200_000 + "x |\n| a |\n"
    assert compact(html(body)).startswith("<table><tbody><tr><td>")


def test_alignment_follows_each_run_of_dashes_as_kramdown_reads_it() -> None:
    """`|:------ -|` is two runs of dashes, two columns to kramdown: left, then none."""
    out = compact(html("| a | b | c |\n|:------ -|:------ -|--:|\n| f | g | h |\n"))
    assert out.startswith(
        '<table><thead><tr><th style="text-align:left">a</th><th>b</th>'
        '<th style="text-align:left">c</th></tr></thead>'
    )
    assert 'text-align:left">a</th><th style="text-align:right">b' in compact(
        html("| a | b |\n|:---+---:|\n| c | d |\n")
    )
