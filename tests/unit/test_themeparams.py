"""themeparams: each theme setting in its one shape, or an error naming its key path."""

from __future__ import annotations

from pathlib import PurePosixPath

import pytest

from mentorblog.core.errors import BuildError
from mentorblog.read.themeparams import check, normalise


def fail(path: tuple[str, ...], message: str) -> BuildError:
    return BuildError(f"`{'.'.join(path)}`: {message}", PurePosixPath("site.yaml"), 7)


@pytest.mark.parametrize(("key", "value", "shaped"), [
    ("images", "a.png", ["a.png"]),
    ("images", ["a.png", 3, None], ["a.png", "3"]),
    ("sharebuttons", "x", ["x"]),
    ("socialicons", {"github": "https://github.com/me"},
     [{"name": "github", "url": "https://github.com/me"}]),
    ("socialicons", [{"Name": "X", "LINK": "https://x.com/me"}],
     [{"name": "X", "url": "https://x.com/me"}]),
    ("label", {"Text": 2024, "iconHeight": "40px", "other": [1]},
     {"Text": "2024", "iconHeight": 40, "other": [1]}),
    ("profilemode", {"enabled": "on", "imageWidth": 99.6, "buttons": {"A": "/a/"}},
     {"enabled": True, "imageWidth": 100, "buttons": [{"name": "A", "url": "/a/"}]}),
    ("editpost", {"appendFilePath": "no", "URL": "https://e.org"},
     {"appendFilePath": False, "URL": "https://e.org"}),
    ("unknownsetting", {"kept": ["as", "is"]}, {"kept": ["as", "is"]}),
    # PaperMod: anything but light or dark follows the reader's system (a real blog: `true`)
    ("defaulttheme", "Dark", "dark"), ("defaulttheme", "light", "light"),
    ("defaulttheme", True, "auto"), ("defaulttheme", "auto", "auto"), ("defaulttheme", 3, "auto"),
])
def test_shapes(key: str, value: object, shaped: object) -> None:
    assert check(key, value, (key,), fail) == shaped


@pytest.mark.parametrize(("key", "value", "message"), [
    ("images", [{"src": "a.png"}], "`images`: must be text, not a mapping"),
    ("socialicons", "github", "`socialicons`: must be a list of {name, url} entries"),
    ("socialicons", [{"name": "x"}], "entry 1 needs a `name` and a `url`"),
    ("label", {"iconHeight": -3}, "`label.iconHeight`: must be a size in pixels"),
    ("cover", {"hidden": 1}, "`cover.hidden`: must be true or false, not 1"),
    ("homeinfoparams", ["x"], "`homeinfoparams`: must be a mapping, not a list"),
])
def test_errors_name_the_key_path(key: str, value: object, message: str) -> None:
    with pytest.raises(BuildError) as info:
        check(key, value, (key,), fail)
    assert message in info.value.message


def test_normalise_keeps_other_params_and_uses_spelling_for_messages() -> None:
    params = {"images": "a.png", "myown": {"x": 1}}
    assert normalise(params, {"images": "params.images"}, fail) == {
        "images": ["a.png"], "myown": {"x": 1}}
    with pytest.raises(BuildError, match=r"`params\.label`"):
        normalise({"label": 5}, {"label": "params.label"}, fail)
