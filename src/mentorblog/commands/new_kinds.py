"""What `mentorblog new` knows about kinds beyond one archetype: the list `--list-kinds`
prints, and the commitments still open, which the journal's archetypes pre-fill."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mentorblog.build import load_planned
from mentorblog.core.errors import BuildError, user_errors
from mentorblog.core.theme import theme_dir
from mentorblog.images.store import ImageCache
from mentorblog.options import BuildOptions
from mentorblog.output import cache
from mentorblog.plan.commitments import open_items

ARCHETYPES = "archetypes"


@dataclass(frozen=True, slots=True)
class Kind:
    name: str
    about: str  # the archetype's opening `{# ... #}` comment, on one line
    origin: str  # "site" or "theme"


def describe(text: str) -> str:
    """An archetype says what it is for in a Jinja comment that opens the file."""
    if not text.startswith("{#") or "#}" not in text:
        return ""
    return " ".join(text[2 : text.index("#}")].split())


def list_kinds(root: Path) -> tuple[Kind, ...]:
    """Every archetype a `--kind` may name, A-Z; a site's own replaces the theme's."""
    found: dict[str, Kind] = {}
    for folder, origin in ((theme_dir() / ARCHETYPES, "theme"), (root / ARCHETYPES, "site")):
        if not folder.is_dir():
            continue
        for file in sorted(folder.glob("*.md")):
            if origin == "site" and not file.resolve().is_relative_to(root.resolve()):
                continue  # a link out of the site is never read (new.py refuses it too)
            try:
                about = describe(file.read_text(encoding="utf-8-sig"))
            except (OSError, UnicodeDecodeError):
                about = ""
            found[file.stem] = Kind(file.stem, about, origin)
    return tuple(found[name] for name in sorted(found))


@dataclass(frozen=True, slots=True)
class OpenItem:
    """A commitment still open, as an archetype sees it."""

    id: str
    text: str
    owner: str
    due: str  # YYYY-MM-DD or ""
    made_in: str  # the post's title

    @property
    def line(self) -> str:
        """One line for a YAML comment: no line breaks, whatever the text held."""
        extra = ", ".join(x for x in (self.owner, f"due {self.due}" if self.due else "") if x)
        text = f"{self.id}: {self.text}" + (f" ({extra})" if extra else "")
        return " ".join(text.split())


def open_commitments(root: Path, now: datetime | None = None) -> tuple[OpenItem, ...]:
    """The items the published posts leave open, read the way `check` builds: in memory,
    with a throwaway cache. A site that does not build yet has none to offer (the new post
    is still written; the build will name the problem)."""
    folder = Path(tempfile.mkdtemp(prefix="mentorblog-new-"))
    try:
        options = BuildOptions(source=root, use_cache=False)
        site = load_planned(options, folder, now, ImageCache(make=False)).loaded.site
    except (BuildError, BaseExceptionGroup) as err:
        if isinstance(err, BaseExceptionGroup) and user_errors(err) is None:
            raise
        return ()
    finally:
        cache.discard(folder)
    if site.ledger is None:
        return ()
    return tuple(
        OpenItem(
            item.commitment.id,
            item.commitment.text,
            item.commitment.owner,
            item.commitment.due.date().isoformat() if item.commitment.due else "",
            site.pages[item.opened].title,
        )
        for item in open_items(site.ledger)
    )
