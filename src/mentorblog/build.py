"""Runs the stages in order. Only this module knows the order; every stage is a function."""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from mentorblog.collect import collect_site
from mentorblog.config import load_config
from mentorblog.discover import discover_sources
from mentorblog.errors import BuildError, Notice, raise_all
from mentorblog.markdown import Renderer, settings_for
from mentorblog.model import Config, Page, Site, StaticFile
from mentorblog.parse import ParseContext, default_main_sections, parse_or_skip
from mentorblog.render import SiteView, layout_names, make_environment, render_output
from mentorblog.write import check_destination, write_site

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BuildOptions:
    source: Path = Path(".")
    destination: Path | None = None
    drafts: bool = False
    future: bool = False
    expired: bool = False
    base_url: str | None = None
    minify: bool = False


@dataclass(frozen=True, slots=True)
class BuildResult:
    destination: Path
    pages: int  # html pages written
    files: int  # every file in the output
    seconds: float
    skipped: dict[str, int]
    notices: tuple[Notice, ...]
    stage_seconds: dict[str, float] = field(default_factory=dict)


def load_site(options: BuildOptions, now: datetime | None = None) -> tuple[Site, list[Notice],
                                                                          dict[str, float]]:
    """Everything up to and including collect: the site, fully planned, nothing written."""
    timings: dict[str, float] = {}
    clock = time.perf_counter()
    root = options.source.resolve()
    overrides: dict[str, object] = {"base_url": options.base_url}
    if options.drafts:
        overrides["build_drafts"] = True
    if options.future:
        overrides["build_future"] = True
    if options.expired:
        overrides["build_expired"] = True
    loaded = load_config(root, overrides)
    config = loaded.config
    notices = list(loaded.notices)
    sources = discover_sources(root)
    timings["config"] = time.perf_counter() - clock
    ctx = ParseContext(config, default_main_sections(sources.content, config), layout_names(root))
    pages = list(_parse_all(root, sources.content, ctx, notices))
    timings["parse"] = time.perf_counter() - clock - sum(timings.values())
    pages = _render_markdown(config, pages)
    timings["markdown"] = time.perf_counter() - clock - sum(timings.values())
    site = collect_site(config, pages, sources.content_files, sources.static,
                        now or datetime.now(UTC), sources.assets)
    notices.extend(site.notices)
    timings["collect"] = time.perf_counter() - clock - sum(timings.values())
    return site, notices, timings


def _parse_all(root: Path, content: tuple[PurePosixPath, ...], ctx: ParseContext,
               notices: list[Notice]) -> Iterator[Page]:
    errors: list[BuildError] = []
    pages: list[Page] = []
    for source in content:
        try:
            data = (root / source).read_bytes()
        except OSError as err:
            errors.append(BuildError(f"cannot read: {err.strerror}", source))
            continue
        try:
            result = parse_or_skip(data, source, ctx)
        except BuildError as err:
            errors.append(err)
            continue
        if isinstance(result, Notice):
            notices.append(result)
        else:
            notices.extend(result.notices)
            pages.append(result)
    raise_all(errors, "content errors")
    return iter(pages)


def _render_markdown(config: Config, pages: list[Page]) -> list[Page]:
    from dataclasses import replace

    renderer = Renderer(settings_for(config))
    errors: list[BuildError] = []
    done = []
    for page in pages:
        try:
            done.append(replace(page, content=renderer.render(page)))
        except BuildError as err:
            errors.append(err)
    raise_all(errors, "markdown errors")
    return done


def render_site(site: Site) -> Iterator[tuple[str, bytes]]:
    env = make_environment(site.config.root)
    view = SiteView(site)
    errors: list[BuildError] = []
    rendered: list[tuple[str, bytes]] = []
    for output in site.outputs:
        try:
            rendered.append((output.path, render_output(output, site, env, view)))
        except BuildError as err:
            errors.append(err)
    raise_all(errors, "template errors")
    return iter(rendered)


def _minified(rendered: list[tuple[str, bytes]], static: tuple[StaticFile, ...]
              ) -> tuple[list[tuple[str, bytes]], tuple[StaticFile, ...]]:
    """Minify html outputs and the css/js files; the rest is copied as it is."""
    from mentorblog.minify import minify

    out = [(path, minify(path, data)) for path, data in rendered]
    copied = []
    for f in static:
        if f.path.endswith((".css", ".js")):
            out.append((f.path, minify(f.path, f.origin.read_bytes())))
        else:
            copied.append(f)
    return out, tuple(copied)


def build(options: BuildOptions, now: datetime | None = None) -> BuildResult:
    """A complete build: nothing is written unless every stage succeeded."""
    start = time.perf_counter()
    site, notices, timings = load_site(options, now)
    config = site.config
    dest_option = options.destination or Path(config.publish_dir)
    destination = dest_option if dest_option.is_absolute() else (
        Path.cwd() / dest_option if options.destination else config.root / dest_option)
    destination = check_destination(destination, config.root)
    clock = time.perf_counter()
    rendered = list(render_site(site))
    static = site.static
    if options.minify:
        rendered, static = _minified(rendered, static)
    timings["render"] = time.perf_counter() - clock
    clock = time.perf_counter()
    write_site(destination, rendered, static)
    timings["write"] = time.perf_counter() - clock
    pages = sum(1 for path, _ in rendered if path.endswith(".html"))
    return BuildResult(
        destination=destination,
        pages=pages,
        files=len(rendered) + len(site.static),
        seconds=time.perf_counter() - start,
        skipped=dict(site.skipped),
        notices=tuple(notices),
        stage_seconds=timings,
    )
