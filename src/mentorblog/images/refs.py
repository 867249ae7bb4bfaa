"""Which published files are images, which of them pages show and at what widths (pure).

A page shows an image through its body (`Content.images`, found by the markdown stage), its
cover, an author's photo (`authors:` in site.yaml) or the home page's profile photo
(PaperMod's `profileMode.imageUrl`). Each use asks for the widths its box needs; an image's
copies are made for all of its uses together."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urljoin

from mentorblog.core.model import ImageSettings, Site

# Files whose metadata is removed and which may get copies (by name; the bytes decide the
# format). SVG, icons and everything else is published as it is.
RASTER = (
    ".jpg",
    ".jpeg",
    ".jpe",
    ".jfif",
    ".png",
    ".apng",
    ".webp",
    ".gif",
    ".avif",
    ".tif",
    ".tiff",
)
# The theme's boxes, in CSS pixels: an author's photo, and the text column (42rem of 16 px
# inside 1.25rem margins; 1rem margins on phones) that body images and covers fill.
AVATAR_PX = 64
PROFILE_PX = 120  # PaperMod's default profileMode.imageWidth
CONTENT_SIZES = "(min-width: 44.5rem) 42rem, calc(100vw - 2rem)"
CONTENT_PX = 672  # 42rem


def is_raster(path: str) -> bool:
    return path.lower().endswith(RASTER)


def resolve(src: str, page_url: str, base_path: str = "/") -> str | None:
    """The output path a local image address means on the page at `page_url` (relative
    addresses start at the page, root-relative ones at the site's root, the base path
    written or not); None for another site's address or a path out of the site."""
    src = src.strip()
    if not src or src.startswith(("//", "#", "?")) or ":" in src.split("/", 1)[0]:
        return None
    path = unquote(src.split("#", 1)[0].split("?", 1)[0])
    if not path:
        return None
    if not path.startswith("/"):
        path = urljoin(page_url if page_url.startswith("/") else "/" + page_url, path)
    elif base_path != "/" and path.startswith(base_path):
        path = "/" + path[len(base_path) :]
    if "\\" in path or "\0" in path:
        return None
    clean = posixpath.normpath(path)
    if clean.startswith("//"):  # normpath keeps a leading double slash
        clean = "/" + clean.lstrip("/")
    if clean in ("/", ".") or path.endswith("/") or "/../" in clean + "/" or clean == "/..":
        return None
    return clean.lstrip("/")


@dataclass(frozen=True, slots=True)
class Usage:
    """What the pages ask of one image: copy widths, and where it is first used (for
    error messages: the file and line that shows it)."""

    widths: tuple[int, ...]
    source: PurePosixPath | None = None
    line: int | None = None


def usages(site: Site, settings: ImageSettings) -> dict[str, Usage]:
    """Output path -> what pages ask of that image, for every local image a page shows."""
    found: dict[str, Usage] = {}
    base = site.config.base_path

    def use(
        path: str | None, widths: tuple[int, ...], source: PurePosixPath | None, line: int | None
    ) -> None:
        if path is None or not is_raster(path):
            return
        known = found.get(path)
        if known is None:
            found[path] = Usage(tuple(sorted(set(widths))), source, line)
        else:
            merged = tuple(sorted(set(known.widths) | set(widths)))
            found[path] = Usage(merged, known.source, known.line)

    for url in sorted(site.pages):
        page = site.pages[url]
        if page.content is not None:
            for ref in page.content.images:
                use(resolve(ref.src, page.url, base), settings.widths, page.source, ref.line)
        if page.cover is not None and page.cover.image:
            use(
                resolve(page.cover.image, page.url, base),
                settings.widths,
                page.source,
                page.key_lines.get("cover"),
            )
    config = PurePosixPath("site.yaml")
    for profile in site.config.profiles:
        if profile.image:
            use(resolve(profile.image, "/", base), box_widths(AVATAR_PX), config, None)
    profile_mode = _param(site.config.params, "profilemode")
    if isinstance(profile_mode, Mapping) and _param(profile_mode, "enabled") is True:
        image = _param(profile_mode, "imageurl")
        if isinstance(image, str):
            px = _param(profile_mode, "imagewidth")
            box = px if isinstance(px, int) and not isinstance(px, bool) else PROFILE_PX
            use(resolve(image, "/", base), box_widths(box), config, None)
    return found


def box_widths(px: int) -> tuple[int, ...]:
    """Copies for a box of `px` CSS pixels on screens of 1, 2 and 3 device pixels each."""
    return tuple(sorted({max(1, px), max(1, px) * 2, max(1, px) * 3}))


def _param(values: Mapping[str, object], key: str) -> object:
    """A theme setting, its key matched as PaperMod's `.Param` matches it (any case)."""
    for name, value in values.items():
        if str(name).replace("_", "").replace("-", "").lower() == key:
            return value
    return None
