"""What `check` says about images (pure): an image shown without alt text, and an image
that is still heavy after processing, each at the Markdown line that shows it."""

from __future__ import annotations

import os

from mentorblog.core.errors import Notice
from mentorblog.core.model import Site
from mentorblog.images.refs import resolve

DEFAULT_LIMIT = 1_000_000


def image_warnings(site: Site) -> list[Notice]:
    """Missing alt text (an empty `![](...)` counts as missing: Markdown has no other way to
    say it; `alt=""` in html marks a decorative image), and images over the size limit."""
    settings = site.config.images
    limit = settings.size_limit if settings else DEFAULT_LIMIT
    files = {f.path: f for f in site.static}
    found: list[Notice] = []
    weighed: set[str] = set()
    for page in sorted(site.pages.values(), key=lambda p: str(p.source)):
        refs = page.content.images if page.content else ()
        uses: list[tuple[str, int | None, str | None, bool]] = [
            (r.src, r.line, r.alt, r.markdown) for r in refs
        ]
        if page.cover is not None and page.cover.image:
            # (a cover without alt or caption is already a warning of parse)
            uses.append((page.cover.image, page.key_lines.get("cover"), "cover", False))
        for src, line, alt, markdown in uses:
            if alt is None or (markdown and not alt.strip()):
                found.append(
                    Notice(
                        f"image {src} has no alt text: readers who cannot see it learn nothing "
                        'of it; describe it in ![...] (in html, alt="" marks a decorative '
                        "image)",
                        page.source,
                        line,
                    )
                )
            path = resolve(src, page.url, site.config.base_path)
            if path is None or path in weighed or path not in files:
                continue
            weighed.add(path)
            size = _heaviest(site, path, str(files[path].origin))
            if size > limit:
                found.append(
                    Notice(
                        f"image {src} is {_mb(size)} as published, over the limit of "
                        f"{_mb(limit)} (images.size_limit): readers on phones wait for it; "
                        "make it smaller (or an animation shorter)",
                        page.source,
                        line,
                    )
                )
    return found


def _heaviest(site: Site, path: str, origin: str) -> int:
    """The largest file a reader's browser may fetch for the image."""
    image = site.images.get(path)
    if image is not None and image.copies:
        return max(c.size for c in image.copies)
    if image is not None:
        return image.size
    try:
        return os.stat(origin).st_size
    except OSError:
        return 0


def _mb(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 1_000_000 else f"{size / 1000:.0f} KB"
