"""Front matter of the mentoring journal beyond sessions: `commitments:`, `done:`,
`dropped:` and `in_reply_to:`. Each reader checks one value's shape and names the line of the
entry at fault (the key's line where the front matter is TOML or JSON, or the value is not a
list); whether an id or a reply target exists is only known once every post is read (plan/)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import tzinfo
from pathlib import PurePosixPath

from mentorblog.core.dates import DateError, parse_date
from mentorblog.core.errors import BuildError
from mentorblog.core.model import Closure, Commitment
from mentorblog.read.yamltext import EntryLines

# An id is written again in later posts: short, no spaces, so a typo is easy to see.
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_COMMITMENT_KEYS = ("id", "text", "due", "owner")

Warn = Callable[[str, int | None], None]


def _fail(source: PurePosixPath, line: int | None, key: str, message: str) -> BuildError:
    return BuildError(f"`{key}`: {message}", source, line)


def _id(value: object, source: PurePosixPath, line: int | None, key: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise _fail(
            source, line, key, f"an id must be a short word such as call-ana, not {value!r}"
        )
    text = str(value).strip()
    if not _ID.match(text):
        raise _fail(
            source,
            line,
            key,
            f"id {text!r} must be one word of letters, digits, `-`, `_` or `.` (64 at most)",
        )
    return text


def _where(
    value: object, key_line: int, lines: Sequence[EntryLines]
) -> Callable[[int, str | None], int]:
    """The line of entry `i`, or of its key `name` (as entries are read: stripped, lower
    case), falling back to the entry's line and then to the list key's line."""
    known = isinstance(value, list) and len(lines) == len(value)

    def line_of(i: int, name: str | None = None) -> int:
        if not known:
            return key_line
        entry = lines[i]
        keys = {k.strip().lower(): n for k, n in entry.keys.items()}
        return keys.get(name, entry.line) if name else entry.line

    return line_of


def read_commitments(
    value: object,
    key: str,
    line: int,
    source: PurePosixPath,
    zone: tzinfo,
    warn: Warn,
    lines: Sequence[EntryLines] = (),
) -> tuple[Commitment, ...]:
    """`commitments: [{id, text, due?, owner?}]`; one mapping alone is taken as a list.
    `lines` says where each entry is, so every error and the Commitment name its entry."""
    if value is None:
        return ()
    entries = value if isinstance(value, list) else [value]
    where = _where(value, line, lines)
    found: list[Commitment] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(entries):
        line = where(i, None)
        if not isinstance(entry, dict):
            raise _fail(
                source,
                line,
                key,
                "each entry must be a mapping such as {id: read-book, text: Read chapter 3}, "
                f"not {entry!r}",
            )
        e = {str(k).strip().lower(): v for k, v in entry.items()}
        if "id" not in e:
            raise _fail(source, line, key, f"an entry has no `id`: {entry!r}")
        ident = _id(e["id"], source, where(i, "id"), key)
        if ident in seen:
            raise _fail(
                source,
                line,
                key,
                f"id `{ident}` is made twice in this post (also at line {seen[ident]})",
            )
        seen[ident] = line
        text = e.get("text")
        if not isinstance(text, str) or not text.strip():
            raise _fail(
                source, where(i, "text"), key, f"`{ident}` needs a `text`: what was promised"
            )
        due = None
        if e.get("due") is not None:
            try:
                due, _ = parse_date(e["due"], zone)
            except DateError as err:
                raise _fail(source, where(i, "due"), key, f"`{ident}`: due: {err}") from None
        owner = e.get("owner")
        if owner is not None and not isinstance(owner, str):
            raise _fail(
                source, where(i, "owner"), key, f"`{ident}`: owner must be a name, not {owner!r}"
            )
        for extra in sorted(set(e) - set(_COMMITMENT_KEYS)):
            warn(
                f"`{key}`: `{extra}` is not used (known: {', '.join(_COMMITMENT_KEYS)})",
                where(i, extra),
            )
        found.append(Commitment(ident, text.strip(), line, due, (owner or "").strip()))
    return tuple(found)


def read_closures(
    value: object,
    key: str,
    outcome: str,
    line: int,
    source: PurePosixPath,
    lines: Sequence[EntryLines] = (),
) -> tuple[Closure, ...]:
    """`done: [id, {id, note}]` or `dropped: [...]`; a single id or mapping is a list of one.
    `lines` says where each entry is, as for read_commitments."""
    if value is None or value == "":
        return ()
    entries = value if isinstance(value, list) else [value]
    where = _where(value, line, lines)
    found: list[Closure] = []
    for i, entry in enumerate(entries):
        line = where(i, None)
        note = ""
        if isinstance(entry, dict):
            e = {str(k).strip().lower(): v for k, v in entry.items()}
            if "id" not in e:
                raise _fail(source, line, key, f"an entry has no `id`: {entry!r}")
            raw_note = e.get("note")
            if raw_note is not None and not isinstance(raw_note, str):
                raise _fail(
                    source,
                    where(i, "note"),
                    key,
                    f"`note` must be text, not {raw_note!r}",
                )
            note = (raw_note or "").strip()
            ident = _id(e["id"], source, where(i, "id"), key)
        else:
            ident = _id(entry, source, line, key)
        found.append(Closure(ident, outcome, line, note))
    return tuple(found)


def read_reply_target(value: object, key: str, line: int | None, source: PurePosixPath) -> str:
    """`in_reply_to:` a content path (`posts/a.md`) or an address (`/posts/a/`)."""
    if value is None or value == "":
        return ""
    if not isinstance(value, str):
        raise _fail(source, line, key, f"must be a post's path or address, not {value!r}")
    text = value.strip()
    if "://" in text or text.startswith("//"):
        raise _fail(source, line, key, f"{text!r} is a full address; name a post of this site")
    return text
