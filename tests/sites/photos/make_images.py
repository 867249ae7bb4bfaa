"""Makes this fixture's images, and the broken ones of the image cases under
tests/sites/invalid/ (run it again after changing it; the images are committed):

    python tests/sites/photos/make_images.py

Gradients and shapes written as a phone writes photos: EXIF with a GPS position, XMP, an
IPTC caption and a comment, one photo stored on its side with an orientation tag, one with
a second picture after its end. Nothing is downloaded."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))  # tests/, for images.py

from images import gif_animation, photo, png_photo  # noqa: E402
from PIL import Image  # noqa: E402

INVALID = HERE.parent / "invalid"


def bomb() -> bytes:
    """A PNG that declares 20,000 x 20,000 pixels in a few kilobytes."""
    import io

    out = io.BytesIO()
    Image.new("1", (20_000, 20_000)).save(out, "PNG", optimize=True)
    return out.getvalue()


def main() -> None:
    files = {
        # a bundle: cover (taken upright: stored on its side), body images
        "content/posts/whiteboard/whiteboard.jpg": photo(640, 480, seed=3, orientation=6),
        "content/posts/whiteboard/sticky-notes.jpg": photo(560, 420, seed=4, trailer=True),
        "content/posts/whiteboard/diagram.png": png_photo(360, 240, seed=5, alpha=True),
        "content/posts/whiteboard/waving.gif": gif_animation(48, 36),
        # in static/: shown from a post by its address, an author photo, one no page shows
        "static/images/meetup.jpg": photo(800, 533, seed=6),
        "static/images/ana.jpg": photo(240, 240, seed=7),
        "static/images/unused.jpg": photo(300, 200, seed=8),
        # the invalid cases: a photo cut off halfway, a bomb, and text named like a photo
        str(INVALID / "image_truncated/static/img/cut.jpg"): photo(320, 240, seed=9)[:4000],
        str(INVALID / "image_bomb/static/img/huge.png"): bomb(),
        str(INVALID / "image_not_an_image/content/posts/trip/notes.jpg"): b"not a photo\n",
        str(INVALID / "image_static_unreadable/static/img/logo.png"): png_photo(64, 64)[:-40],
    }
    for name, data in files.items():
        path = HERE / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        print(f"{path.relative_to(HERE.parents[2])}: {len(data):,} bytes")


if __name__ == "__main__":
    main()
