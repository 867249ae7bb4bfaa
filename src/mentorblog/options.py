"""What a build is asked to do: the options of `build`, `serve` and `check`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mentorblog.workers import Progress


@dataclass(frozen=True, slots=True)
class BuildOptions:
    source: Path = Path(".")
    destination: Path | None = None
    drafts: bool = False
    future: bool = False
    expired: bool = False
    base_url: str | None = None
    minify: bool = False
    jobs: int | None = None  # None = one per core; 1 = everything in this process
    use_cache: bool = True  # False: a throwaway cache, deleted after the build
    cache: Path | None = None  # a cache folder of its own instead of `cacheDir` (serve)
    environment: str | None = None  # `env` instead of site.yaml's ("development": serve)
    show_private: bool = False  # `serve` only: private notes shown marked instead of removed
    progress: Progress | None = None  # (stage, done, total)
    quick: bool = True  # end at once when nothing changed since the last build (unchanged.py)
