"""kramdown's tables that GFM does not read, for Jekyll files, as a markdown-it block rule.

kramdown (Jekyll's Markdown) makes a table of a run of lines starting with `|` that starts
and ends at a block boundary (a blank line, the start or end of the text, or an attribute
list such as `{: .table}`): rows without a header line are all body rows, a separator line
(`|---|:-:|`) before the first row is a top border and is dropped, the rows above the
first separator line after a row are the header (its colons align the columns), a later
separator line starts another body, and the rows after a `|===|` line are the footer.
Rows are made as long as the longest, and a run without a body row is no table. Lines
that are not at such boundaries are a paragraph, as kramdown reads them.

A table GFM reads the same way (one header row, a delimiter row of as many cells, body
rows, nothing of the above after them) is left to markdown-it's own rule, and so is all
that this rule does not take: GFM's tables without a leading pipe, or rows followed by
text. kramdown also makes a table of a paragraph whose first line merely holds a `|`;
that is left as markdown-it reads it.

Cells are split at each `|` that is not escaped (`\\|`) and not inside a code span, and
their text is parsed as inline Markdown by markdown-it, as GFM's cells are."""

from __future__ import annotations

import bisect
import re

from markdown_it import MarkdownIt
from markdown_it.rules_block import StateBlock

# kramdown's TABLE_SEP_LINE and TABLE_FSEP_LINE, for lines that start with a pipe.
# (`-` only in the second set: in both, a long line of dashes backtracked quadratically.)
_SEPARATOR = re.compile(r"\|[+|: \t]*-[+|: \t-]*")
_FOOTER = re.compile(r"\|[+|: \t]*=[+|: \t=]*")
_DASHES = re.compile(r"(:?)-+(:?)")  # kramdown's TABLE_HSEP_ALIGN: a column's alignment
_GFM_DELIMITER = re.compile(r"\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?")
_ATTRIBUTES = re.compile(r"\{:.*\}")  # a block attribute list on its own line
_TICKS = re.compile(r"`+")
# Empty cells added to make rows as long as the longest, at most: a line of 10,000 pipes
# above 10,000 short rows would otherwise ask for 100 million (markdown-it's limit too).
MAX_PADDED_CELLS = 0x10000


def kramdown_tables_plugin(md: MarkdownIt) -> None:
    """kramdown's table forms, before GFM's table rule (which still reads its own)."""
    md.block.ruler.before("table", "kramdown_table", _table_rule)


def _row(state: StateBlock, line: int) -> str | None:
    """The line's text when it is a table line (starts with `|`, not indented as code)."""
    if state.sCount[line] < state.blkIndent or state.sCount[line] - state.blkIndent >= 4:
        return None
    text = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]]
    return text.rstrip() if text.startswith("|") else None


def _boundary(state: StateBlock, line: int) -> bool:
    """Whether `line` (just before or after the rows) leaves them a block of their own."""
    if line < 0 or line >= state.lineMax or state.isEmpty(line):
        return True
    text = state.src[state.bMarks[line] + state.tShift[line] : state.eMarks[line]].rstrip()
    return bool(_ATTRIBUTES.fullmatch(text))


def _is_gfm(lines: list[str]) -> bool:
    """A table GFM's rule reads as kramdown does: a header row, its delimiter row of as
    many cells, then body rows only."""
    return (
        len(lines) > 1
        and not _SEPARATOR.fullmatch(lines[0])
        and bool(_GFM_DELIMITER.fullmatch(lines[1]))
        and len(_cells(lines[0])) == len(_cells(lines[1]))
        and not any(_SEPARATOR.fullmatch(t) or _FOOTER.fullmatch(t) for t in lines[2:])
    )


def _table_rule(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    lines: list[str] = []
    line = start
    while line < end and (text := _row(state, line)) is not None:
        lines.append(text)
        line += 1
    if not lines or not _boundary(state, start - 1) or (line < end and not _boundary(state, line)):
        return False  # not a block of its own: kramdown reads a paragraph
    if _is_gfm(lines):
        return False
    sections = _sections(lines)
    if sections is None:
        return False
    if silent:
        return True
    columns = max(len(cells) for _, rows in sections for cells in rows)
    aligned = _alignments(lines, columns)
    token = state.push("table_open", "table", 1)
    token.map = [start, line]
    for kind, rows in sections:
        state.push(f"{kind}_open", kind, 1)
        tag = "th" if kind == "thead" else "td"
        for cells in rows:
            state.push("tr_open", "tr", 1)
            for i in range(columns):
                cell = state.push(f"{tag}_open", tag, 1)
                if aligned[i]:
                    cell.attrs = {"style": f"text-align:{aligned[i]}"}
                inline = state.push("inline", "", 0)
                inline.content = cells[i].strip() if i < len(cells) else ""
                inline.map = [start, line]
                inline.children = []
                state.push(f"{tag}_close", tag, -1)
            state.push("tr_close", "tr", -1)
        state.push(f"{kind}_close", kind, -1)
    state.push("table_close", "table", -1)
    state.line = line
    return True


def _sections(lines: list[str]) -> list[tuple[str, list[list[str]]]] | None:
    """The table's head, bodies and foot, each with its rows of cells, as kramdown groups
    them; None when it has no body row or would need too many empty cells."""
    sections: list[tuple[str, list[list[str]]]] = []
    rows: list[list[str]] = []
    footer = False
    for text in lines:
        if _SEPARATOR.fullmatch(text):
            if rows and not footer:
                sections.append(("tbody" if sections else "thead", rows))
                rows = []
        elif _FOOTER.fullmatch(text):
            if rows and not footer:
                sections.append(("tbody", rows))
                rows = []
            footer = True
        else:
            rows.append(_cells(text))
    if rows:
        sections.append(("tfoot" if footer else "tbody", rows))
    if not any(kind == "tbody" for kind, _ in sections):
        return None
    all_rows = [cells for _, found in sections for cells in found]
    columns = max(len(cells) for cells in all_rows)
    if not columns or sum(columns - len(cells) for cells in all_rows) > MAX_PADDED_CELLS:
        return None
    return sections


def _alignments(lines: list[str], columns: int) -> list[str]:
    """Each column's alignment from the separator line below the header rows ("" where
    it says none, and everywhere in a table without a header). As kramdown reads it, each
    run of dashes is a column, wherever the pipes are: `|:-- -|` aligns the first column
    left and leaves the second as it is."""
    seen_row = False
    for text in lines:
        if _SEPARATOR.fullmatch(text):
            if not seen_row:
                continue  # a top border says nothing
            found = [
                "center" if left and right else "left" if left else "right" if right else ""
                for left, right in _DASHES.findall(text)
            ]
            return (found + [""] * columns)[:columns]
        if _FOOTER.fullmatch(text):
            break
        seen_row = True
    return [""] * columns


def _cells(text: str) -> list[str]:
    """A row's cells: split at pipes that are neither escaped nor inside a code span (a run
    of backticks up to the next run of as many); the leading pipe opens the row and a last
    one closes it."""
    runs: dict[int, list[int]] = {}  # run length -> where such runs start, in order
    for found in _TICKS.finditer(text):
        runs.setdefault(len(found[0]), []).append(found.start())
    cells: list[str] = []
    current = 1  # after the leading pipe
    i = 1
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "`":
            run = _TICKS.match(text, i)
            assert run is not None
            size = len(run[0])
            starts = runs[size]
            at = bisect.bisect_right(starts, i)
            i = starts[at] + size if at < len(starts) else run.end()
            continue
        if ch == "|":
            cells.append(text[current:i])
            current = i + 1
        i += 1
    if current < len(text) and text[current:].strip():
        cells.append(text[current:])
    return cells
