"""Where the built-in theme is: package data, found through importlib.resources (never
`__file__`), so an installed wheel and a checkout find it alike."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def theme_dir() -> Path:
    """The default theme shipped inside the package."""
    return Path(str(files("mentorblog").joinpath("theme")))
