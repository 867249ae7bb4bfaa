"""One error type for every user mistake, so the CLI can print it without a traceback."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath


class BuildError(Exception):
    """A mistake in the author's input: printed as `error: file:line: message`, exit 1."""

    def __init__(
        self, message: str, file: PurePosixPath | str | None = None, line: int | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = PurePosixPath(file) if file is not None else None
        self.line = line

    def __str__(self) -> str:
        return _locate(self.message, self.file, self.line)

    def __reduce__(self) -> tuple[object, ...]:
        # Keep file and line when a worker process sends the error back.
        return (BuildError, (self.message, self.file, self.line))

    def sort_key(self) -> tuple[str, int, str]:
        return (str(self.file or ""), self.line or 0, self.message)


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning for the author; stages return these as values so workers can pass them back."""

    message: str
    file: PurePosixPath | None = None
    line: int | None = None

    def __str__(self) -> str:
        return _locate(self.message, self.file, self.line)


def _locate(message: str, file: PurePosixPath | None, line: int | None) -> str:
    if file is None:
        return message
    return f"{file}:{line}: {message}" if line else f"{file}: {message}"


def raise_all(errors: list[BuildError], what: str = "the build failed") -> None:
    """Raise nothing, or every error of a stage together so the author sees them all at once."""
    if errors:
        raise ExceptionGroup(what, sorted(errors, key=BuildError.sort_key))


def flatten(group: BaseExceptionGroup[BuildError]) -> list[BuildError]:
    """All BuildErrors of a (possibly nested) group, sorted and without repeats."""
    found: list[BuildError] = []
    for exc in group.exceptions:
        if isinstance(exc, BaseExceptionGroup):
            found.extend(flatten(exc))
        else:
            found.append(exc)
    unique = {(str(e), e.sort_key()): e for e in found}
    return sorted(unique.values(), key=BuildError.sort_key)


def user_errors(err: BaseException) -> list[BuildError] | None:
    """The author's mistakes in `err`, or None when it holds anything else (a bug)."""
    if isinstance(err, BuildError):
        return [err]
    if isinstance(err, BaseExceptionGroup):
        matched, rest = err.split(BuildError)
        if rest is None and matched is not None:
            return flatten(matched)
    return None
