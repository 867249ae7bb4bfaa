"""core/paths.py: paths made from text already split are the paths pathlib makes."""

from __future__ import annotations

from pathlib import PurePosixPath

from hypothesis import given, settings
from hypothesis import strategies as st

from mentorblog.core import paths

_NAME = st.text(alphabet=st.sampled_from(["a", "B", ".", " ", "é", "\udcff", "-", "_"]), min_size=1)
_NAMES = _NAME.filter(lambda n: n not in (".", ".."))  # a folder's listing never holds those


def _same(made: PurePosixPath, plain: PurePosixPath) -> None:
    assert type(made) is PurePosixPath
    assert (made, str(made), hash(made), made.parts) == (
        plain,
        str(plain),
        hash(plain),
        plain.parts,
    )
    assert (made.parent, made.name, made.suffix, made.stem) == (
        plain.parent,
        plain.name,
        plain.suffix,
        plain.stem,
    )


@settings(max_examples=300, deadline=None)
@given(st.lists(_NAMES, min_size=1, max_size=4), _NAMES)
def test_a_listed_name_joined_to_its_folder_is_the_path_pathlib_makes(
    folder: list[str], name: str
) -> None:
    made = paths.joined(folder, name)
    _same(made, PurePosixPath(*folder, name))
    assert made.relative_to(folder[0]) == PurePosixPath(*folder[1:], name)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from(["a", ".", "/", "é", "\udcff"]), max_size=5)))
def test_any_text_is_the_path_pathlib_makes_of_it(parts: list[str]) -> None:
    """Empty and "." parts, doubled slashes and a root go through pathlib itself."""
    text = "/".join(parts)
    _same(paths.posix_path(text), PurePosixPath(text))


def test_the_fast_way_is_taken_on_this_python() -> None:
    """Python 3.11's pathlib has the constructor from parts this module checks; on another
    Python a test here tells that every path is parsed again (slower, never wrong)."""
    import sys

    if sys.version_info[:2] == (3, 11):
        assert paths._MAKE is not None
