"""read/imagesettings.py: site.yaml `images:`, through load_config as a user writes it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorblog.core.errors import BuildError
from mentorblog.core.model import ImageSettings
from mentorblog.read import imagesettings
from mentorblog.read.config import load_config

HEAD = "title: T\nbaseURL: https://example.org/\n"


def load(tmp_path: Path, text: str) -> tuple[ImageSettings | None, list[str], object]:
    (tmp_path / "site.yaml").write_text(HEAD + text, encoding="utf-8")
    loaded = load_config(tmp_path)
    return loaded.config.images, [str(n) for n in loaded.notices], loaded.config.params


def test_defaults_without_the_key(tmp_path: Path) -> None:
    images, notices, _ = load(tmp_path, "")
    assert images == ImageSettings()
    assert images.widths == (360, 720, 1080, 1440, 1920) and images.formats == ("avif", "webp")
    assert notices == []


def test_false_turns_the_stage_off_and_true_is_the_defaults(tmp_path: Path) -> None:
    assert load(tmp_path, "images: false\n")[0] is None
    assert load(tmp_path, "images: true\n")[0] == ImageSettings()


def test_every_setting(tmp_path: Path) -> None:
    images, notices, _ = load(tmp_path, (
        "images:\n  widths: [720, 360, 720]\n  formats: [webp]\n  quality: 70\n"
        "  keep_metadata: true\n  sizes: '(min-width: 60rem) 50rem,   100vw'\n"
        "  sizeLimit: 1.5MB\n"))
    assert images == ImageSettings(
        widths=(360, 720), formats=("webp",), quality=(("jpeg", 70), ("webp", 70), ("avif", 70)),
        keep_metadata=True, sizes="(min-width: 60rem) 50rem, 100vw", size_limit=1_500_000)
    assert notices == []


def test_quality_per_format_and_sizes_in_units(tmp_path: Path) -> None:
    images, _, _ = load(tmp_path, "images:\n  quality: {jpg: 90, avif: 50}\n  size_limit: 800 KB\n")
    assert images is not None
    assert dict(images.quality) == {"jpeg": 90, "webp": 80, "avif": 50}
    assert images.size_limit == 800_000


def test_a_list_is_papermods_social_images_not_the_pipeline(tmp_path: Path) -> None:
    images, notices, params = load(tmp_path, "images: [cover.png]\n")
    assert images == ImageSettings()
    assert params["images"] == ["cover.png"]  # type: ignore[index]
    assert notices == []


def test_unknown_keys_warn_at_their_line(tmp_path: Path) -> None:
    _, notices, _ = load(tmp_path, "images:\n  widths: [100]\n  qualty: 50\n")
    assert notices == ["site.yaml:5: unknown setting `images.qualty` is ignored; did you mean "
                       "`quality`?"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("images:\n  widths: 3.5\n", "site.yaml:4: `images.widths`: must list widths in "
                                     "pixels from 1 to 8192, such as [360, 720, 1080], not 3.5"),
        ("images:\n  widths: [0]\n", "site.yaml:4: `images.widths`: must list widths in pixels "
                                     "from 1 to 8192, such as [360, 720, 1080], not 0"),
        ("images:\n  widths: []\n", "site.yaml:4: `images.widths`: must list at least one "
                                    "width, such as [720]"),
        ("images:\n  formats: [jxl]\n", "site.yaml:4: `images.formats`: unknown format 'jxl' "
                                        "(known: avif, webp; the original's format is always "
                                        "kept as the fallback)"),
        ("images:\n  quality: 101\n", "site.yaml:4: `images.quality`: must be a whole number "
                                      "from 1 to 100, not 101"),
        ("images:\n  quality: {png: 5}\n", "site.yaml:4: `images.quality`: `png`: quality is "
                                           "set for jpeg, webp, avif only"),
        ("images:\n  keep_metadata: maybe\n", "site.yaml:4: `images.keep_metadata`: must be "
                                              "true or false, not 'maybe'"),
        ("images:\n  size_limit: big\n", "site.yaml:4: `images.size_limit`: must be a size such "
                                         "as 1MB or 500KB, not 'big'"),
        ("images:\n  sizes: '<script>'\n", "site.yaml:4: `images.sizes`: must be a `sizes` "
                                           "value such as \"(min-width: 50rem) 48rem, 100vw\""),
    ],
)
def test_wrong_values_are_errors_at_their_line(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(BuildError) as caught:
        load(tmp_path, text)
    assert str(caught.value) == message


def test_avif_asked_for_without_an_encoder_warns_and_is_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(imagesettings, "can_write", lambda fmt: fmt != "avif")
    images, notices, _ = load(tmp_path, "images:\n  formats: [avif, webp]\n")
    assert images is not None and images.formats == ("webp",)
    assert notices == ["site.yaml:4: `images.formats`: the installed Pillow cannot write AVIF, "
                       "so no AVIF copies are made (Pillow 11.3 and later can)"]
