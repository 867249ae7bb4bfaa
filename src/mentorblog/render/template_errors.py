"""Whatever goes wrong inside a layout, as a BuildError at the layout's file and line."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

import jinja2

from mentorblog.core.errors import BuildError
from mentorblog.core.model import Output
from mentorblog.core.theme import theme_dir


def template_error(err: Exception, output: Output) -> BuildError:
    """What went wrong inside a layout as `layouts/x.html:line: ...`, or `err` itself (a bug
    of ours) when no layout was running. A layout that includes, imports or extends itself
    ends in a RecursionError; a missing include names the layout that asks for it."""
    frame = _template_frame(err.__traceback__)
    if isinstance(err, jinja2.TemplateNotFound):
        if frame is None:
            return BuildError(
                f"layout {err.name!r} not found (looked in layouts/ and the theme)", output.source
            )
        return BuildError(
            f"template error: {err.name!r} not found (looked in layouts/ and the theme)", *frame
        )
    if isinstance(err, RecursionError):
        file, line = _first_repeated_frame(err.__traceback__) or frame or (output.template, None)
        return BuildError(
            "template error: a layout includes, imports or extends itself "
            "without end (to build on the theme's layout of the same name, "
            "write `theme:` before its name)",
            file,
            line,
        )
    if frame is None and not isinstance(err, jinja2.UndefinedError):
        raise err
    file, line = frame or (output.template, None)
    text = str(err) or type(err).__name__
    if output.source is not None and _raised_by_mentorblog(err.__traceback__):
        # Raised by our own code for what this page holds (a real blog's GIF once): the
        # layout's line alone does not say which of thousands of posts to look at.
        if not isinstance(err, ValueError):
            text = f"{type(err).__name__}: {text}"
        text += f" (while rendering {output.source})"
    return BuildError(f"template error: {text}", file, line)


def _raised_by_mentorblog(tb: TracebackType | None) -> bool:
    """Whether the innermost frame of a traceback runs mentorblog's own Python code (a
    filter or a view the layout called), not a layout's nor Jinja's."""
    last = None
    while tb is not None:
        last = tb
        tb = tb.tb_next
    if last is None or _runs_a_layout(last):
        return False
    return Path(last.tb_frame.f_code.co_filename).is_relative_to(_PACKAGE)


_PACKAGE = Path(__file__).resolve().parent.parent


def template_name(filename: str | None) -> str:
    if not filename:
        return "layouts"
    path = Path(filename)
    theme = theme_dir()
    if path.is_relative_to(theme):
        return "theme " + path.relative_to(theme).as_posix()
    parts = path.parts
    if "layouts" in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("layouts") :])
    return path.name


def _first_repeated_frame(tb: TracebackType | None) -> tuple[str, int] | None:
    """The outermost template line that comes back deeper in the traceback: where a loop of
    includes starts, the same however deep the recursion limit let it run."""
    frames: list[tuple[str, int]] = []
    while tb is not None:
        if _runs_a_layout(tb):
            frames.append((tb.tb_frame.f_code.co_filename, tb.tb_lineno))
        tb = tb.tb_next
    counts: dict[tuple[str, int], int] = {}
    for found in frames:
        counts[found] = counts.get(found, 0) + 1
    first = next((found for found in frames if counts[found] > 1), None)
    return (template_name(first[0]), first[1]) if first else None


def _template_frame(tb: TracebackType | None) -> tuple[str, int] | None:
    """The innermost template file and line in a traceback (Jinja rewrites frames to them)."""
    found = None
    while tb is not None:
        if _runs_a_layout(tb):
            found = (template_name(tb.tb_frame.f_code.co_filename), tb.tb_lineno)
        tb = tb.tb_next
    return found


def _runs_a_layout(tb: TracebackType) -> bool:
    """A frame of a compiled layout, whatever its file name ends with (a plugin's `.json`
    layout gets its lines too). Jinja marks a template's module with `__jinja_template__`
    and rewrites the frames of a raised traceback into ones that raise
    `__jinja_exception__` at the template's own file and line (jinja2/debug.py)."""
    names = tb.tb_frame.f_globals
    return "__jinja_exception__" in names or "__jinja_template__" in names
