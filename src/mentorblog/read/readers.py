"""Readers' passphrases: from the environment at build time, never from the site's files.

`MENTORBLOG_READER_BEN` holds Ben's passphrase, or `MENTORBLOG_READER_BEN_FILE` names a
file holding it (a CI secret mounted as a file). A shared post naming a reader without one
is an error at its `shared_with` line, naming the variable."""

from __future__ import annotations

import math
import string
from collections.abc import Mapping, Sequence
from pathlib import Path

from mentorblog.core.errors import BuildError
from mentorblog.core.model import Page, Reader
from mentorblog.read.config import reader_variable

# `check`'s rule for a weak passphrase (README, "Visibility and sharing"): shorter than
# MIN_LENGTH characters, fewer than MIN_DISTINCT different characters, or an estimate below
# MIN_BITS, where the estimate is length x log2(size of the character classes used: 26
# lower-case, 26 upper-case, 10 digits, 33 for space and punctuation, 100 for anything else).
MIN_LENGTH = 16
MIN_DISTINCT = 8
MIN_BITS = 80


def passphrase(reader: Reader, environ: Mapping[str, str]) -> str | None:
    """The reader's passphrase, or None when neither variable is set."""
    name = reader_variable(reader.id)
    value = environ.get(name)
    if value:
        return value
    file_name = environ.get(name + "_FILE")
    if not file_name:
        return None
    try:
        text = Path(file_name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        reason = err.strerror if isinstance(err, OSError) else "not UTF-8 text"
        raise BuildError(f"{name}_FILE names a file that cannot be read: {reason}") from None
    value = text.rstrip("\r\n")  # the newline editors and `echo` add is not part of it
    return value or None


def passphrases(
    pages: Sequence[Page], readers: Sequence[Reader], environ: Mapping[str, str]
) -> dict[str, str]:
    """Reader id -> passphrase for every reader a shared page names; every missing one is
    an error at that page's `shared_with` line."""
    by_id = {r.id: r for r in readers}
    found: dict[str, str] = {}
    errors: list[BuildError] = []
    for page in pages:
        for ident in page.shared_with:
            if ident in found:
                continue
            value = passphrase(by_id[ident], environ)
            if value is None:
                variable = reader_variable(ident)
                errors.append(
                    BuildError(
                        f"shared with `{ident}`, whose passphrase is not set: set the "
                        f"environment variable {variable} (or {variable}_FILE, naming a file "
                        "that holds it) when building",
                        page.source,
                        page.key_lines.get("sharedwith"),
                    )
                )
            else:
                found[ident] = value
    if errors:
        raise ExceptionGroup("content errors", errors)
    return found


def weakness(value: str, reader: Reader) -> str | None:
    """Why a passphrase is weak by the rule above, or None."""
    if value.casefold() in (reader.id.casefold(), reader.name.casefold()):
        return "is the reader's own id or name"
    if len(value) < MIN_LENGTH:
        return f"has {len(value)} characters; use at least {MIN_LENGTH}"
    if len(set(value)) < MIN_DISTINCT:
        return f"uses only {len(set(value))} different characters"
    pool = 0
    classes = (
        string.ascii_lowercase,
        string.ascii_uppercase,
        string.digits,
        string.punctuation + " ",
    )
    for chars, size in zip(classes, (26, 26, 10, 33), strict=True):
        if any(c in chars for c in value):
            pool += size
    if any(not any(c in chars for chars in classes) for c in value):
        pool += 100
    bits = len(value) * math.log2(pool)
    if bits < MIN_BITS:
        return f"is about {bits:.0f} bits by the length rule; aim for {MIN_BITS} or more"
    return None
