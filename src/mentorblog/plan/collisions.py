"""Two things writing one file is an error, found before anything renders: the outputs collect
plans and the files it copies (`check_collisions`), and the outputs a plugin's `on_site` adds
to them (`check_added_outputs`). Names that differ only in case clash too: they are one file
on macOS and Windows; so does a file inside a folder that is another output's file
(`index.xml/index.html` beside `index.xml`). Every planned path also passes
`urls.path_problem`."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePosixPath

from mentorblog.core import urls
from mentorblog.core.errors import BuildError, raise_all
from mentorblog.core.model import Output, OutputKind, StaticFile

# What writes a file: its path, the file that asked for it and the line, its kind (None: a
# file copied as it is).
_Writer = tuple[str, PurePosixPath | None, int | None, OutputKind | None]


def check_collisions(outputs: Sequence[Output], files: Sequence[StaticFile]) -> None:
    """Two things writing one file (or two names that clash on macOS/Windows) is an error."""
    seen: dict[str, _Writer] = {}
    errors: list[BuildError] = []
    entries: list[_Writer] = [(o.path, o.source, o.line, o.kind) for o in outputs]
    entries += [(f.path, f.source, None, None) for f in files]
    for path, source, line, kind in entries:
        problem = urls.path_problem(path)
        if problem is not None:
            errors.append(BuildError(f"cannot write {quoted(path)}: {problem}", source, line))
            continue
        key = path.casefold()
        if key in seen:
            other_path, other, other_line, other_kind = seen[key]
            if kind is None and other is not None and str(other).startswith("theme:"):
                continue
            if source is None and other is not None:  # blame the side the author wrote
                path, other_path = other_path, path
                source, other, line, other_line = other, source, other_line, line
                other_kind = kind
            errors.append(
                BuildError(
                    f"writes {path!r}, and {_named((other_path, other, other_line, other_kind))} "
                    f"writes {_same(path, other_path)}; change a `url`, `slug` or alias so each "
                    "page has its own address",
                    source,
                    line,
                )
            )
            continue
        seen[key] = (path, source, line, kind)
    errors += _inside_files(seen)
    raise_all(errors)


def _inside_files(seen: dict[str, _Writer]) -> list[BuildError]:
    """A file written inside a folder that is another output's file (an alias `/index.xml`
    is `index.xml/index.html`, and the feed writes `index.xml`): one could not be written.
    The error is the author's side's, where they wrote it."""
    errors = []
    for key, inner in seen.items():
        outer = None
        at = key.find("/")
        while at > 0 and outer is None:  # each folder above it, the outermost first
            outer = seen.get(key[:at])
            at = key.find("/", at + 1)
        if outer is None:
            continue
        source: PurePosixPath | None
        if inner[1] is None and outer[1] is not None:
            message = (
                f"writes {outer[0]!r} as a file, and {_named(inner)} writes {inner[0]!r} "
                "inside a folder of that name"
            )
            source, line = outer[1], outer[2]
        else:
            message = (
                f"writes {inner[0]!r} inside {outer[0]!r}, which {_named(outer)} writes as a file"
            )
            source, line = inner[1], inner[2]
        errors.append(
            BuildError(
                message + "; change a `url`, `slug` or alias so each page has its own address",
                source,
                line,
            )
        )
    return errors


def check_added_outputs(
    kept: Sequence[Output],
    files: Sequence[StaticFile],
    added: Sequence[Output],
    plugin: str,
    place: tuple[PurePosixPath, int | None],
) -> None:
    """The outputs plugin `plugin` added to a planned site (`added`) each write a file of
    their own: not one the site's outputs (`kept`) or files write, nor one another. An error
    is the author's at `place`: the plugin's own file and its `on_site`, or the `plugins:`
    line of site.yaml for an installed plugin."""
    seen: dict[str, _Writer] = {}
    for path, source, line, kind in [(o.path, o.source, o.line, o.kind) for o in kept] + [
        (f.path, f.source, None, None) for f in files
    ]:
        seen.setdefault(path.casefold(), (path, source, line, kind))
    errors: list[BuildError] = []
    for output in added:
        problem = urls.path_problem(output.path)
        if problem is not None:
            errors.append(
                BuildError(
                    f"plugin `{plugin}` cannot write {quoted(output.path)}: {problem}", *place
                )
            )
            continue
        key = output.path.casefold()
        if key in seen:
            other = seen[key]
            errors.append(
                BuildError(
                    f"plugin `{plugin}` writes {output.path!r} ({output.kind.label}), and "
                    f"{_named(other)} writes {_same(output.path, other[0])}; give one of them "
                    "another address",
                    *place,
                )
            )
            continue
        seen[key] = (output.path, PurePosixPath(f"plugin `{plugin}`"), None, output.kind)
    raise_all(errors)


def quoted(text: str, most: int = 60) -> str:
    """`text` quoted for a message, cut short when it is long."""
    return repr(text) if len(text) <= most else repr(text[:most]) + "..."


def _named(writer: _Writer) -> str:
    """Who writes a file, for a message: its file and line, its file, or its kind."""
    _, source, line, kind = writer
    if source and line:
        return f"{source}:{line}"
    return str(source or (kind.label if kind else "a generated list page"))


def _same(path: str, other_path: str) -> str:
    if other_path == path:
        return "the same file"
    return (
        f"a file whose name differs only in case ({other_path!r}), which clashes on macOS "
        "and Windows"
    )
