"""serve's preview: the page of a saved post, rendered in a few milliseconds against the last
good build and shown at once, while the full rebuild that follows brings every list, feed
and neighbour up to date (Hugo's server does the same with its "fast render").

A preview is made only when the rebuild would render that page from the same plan: the post
keeps its address, language and images, and nothing of it depends on what collect or the
image stage work out from other files (a cover or image beside it, a shared post). Anything
else waits for the rebuild, which is the one source of truth: its bytes replace the preview."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import PurePosixPath

from jinja2 import Environment

from mentorblog.core import kinds
from mentorblog.core.model import Page, Site
from mentorblog.load import LoadedSite
from mentorblog.markdown.renderer import Renderer
from mentorblog.produce import RenderHooks, layout_environment, render_in_memory


@dataclass(frozen=True, slots=True)
class Previewed:
    """A saved post's page: its file in the output (path -> bytes) and its address."""

    files: Mapping[str, bytes]
    urls: tuple[str, ...]


class Previewer:
    """Renders one edited post against the planned site of the last good build. The layouts'
    environment is kept from one build to the next until a layout, a plugin or site.yaml
    changes (`environment`), so a preview never waits for templates to compile."""

    def __init__(
        self,
        loaded: LoadedSite,
        hooks: RenderHooks,
        previous: Previewer | None,
        minify: bool,
        environment: Environment | None = None,
    ) -> None:
        """`previous`: the last build's previewer, whose Markdown renderer is kept (the
        caller passes it only when no layout, plugin or setting changed); `environment`:
        the layouts as the build compiled them, else the previous previewer's."""
        self._loaded = loaded
        self._hooks = hooks
        self._minify = minify
        site = loaded.site
        if environment is None and previous is not None:
            environment = previous.environment
        self.environment: Environment = environment or layout_environment(site, hooks)
        self._renderer: Renderer | None = None
        if previous is not None and previous._loaded.parser.settings == loaded.parser.settings:
            self._renderer = previous._renderer
        self._by_source = {page.source: url for url, page in site.pages.items()}
        self._outputs: dict[str, list[int]] = {}
        for index, output in enumerate(site.outputs):
            if output.kind == kinds.PAGE and output.page_url is not None:
                self._outputs.setdefault(output.page_url, []).append(index)

    def warm(self) -> None:
        """Do once, in the rebuild thread, what the first save would otherwise wait for:
        compile the layouts, make the Markdown renderer (its plugins, Pygments' lexers) and
        the lookups of the site's view, by previewing one page and dropping the result."""
        for source in list(self._by_source)[:20]:  # the first page that can be previewed
            if self.preview(source) is not None:
                return

    def preview(self, source: PurePosixPath) -> Previewed | None:
        """The saved file's page, or None when only a rebuild can show it right."""
        url = self._by_source.get(source)
        indices = self._outputs.get(url or "")
        if url is None or not indices:
            return None
        site = self._loaded.site
        old = site.pages[url]
        before = self._loaded.as_parsed.get(str(source))
        # Only a page collect kept as parse made it, or changed only by resolving its cover
        # and images against the files beside it (what a fresh parse can be given again);
        # judged for the saved page alone, not for every page at each rebuild.
        if before is None or not _resolved_only(before, old):
            return None
        if self._renderer is None:
            self._renderer = Renderer(self._loaded.parser.settings)
        page = self._loaded.parser.parse(source, self._renderer)
        if page is None or not _same_plan(old, before, page):
            return None
        page = replace(page, cover=old.cover, images=old.images)  # as collect resolved them
        rendered = render_in_memory(
            _with_page(site, url, page),
            indices,
            self.environment,
            self._hooks,
            self._minify,
        )
        if rendered is None:
            return None
        files = {site.outputs[i].path: data for i, data in rendered.items()}
        return Previewed(files, (url,))


def _resolved_only(parsed: Page, planned: Page) -> bool:
    """Whether collect (and the plugins' `on_site`) changed nothing of a page but where its
    cover and images lead."""
    if parsed is planned:
        return True
    return replace(parsed, cover=planned.cover, images=planned.images) == planned


def _same_plan(old: Page, before: Page, new: Page) -> bool:
    """Whether the new version of a page fits the old plan: same address, file, language and
    layout; the same cover and images as written (collect resolved those, and the image stage
    made their copies); not shared."""
    if (new.url, new.output_path, new.lang, new.layout) != (
        old.url,
        old.output_path,
        old.lang,
        old.layout,
    ):
        return False
    if new.is_sealed or new.bundle_files or new.images != before.images:
        return False
    if new.cover != before.cover:
        return False
    old_images = old.content.images if old.content else ()
    new_images = new.content.images if new.content else ()
    return old_images == new_images


def _with_page(site: Site, url: str, page: Page) -> Site:
    """The site with one page replaced, in its language's own Site too."""
    by_language = {
        code: replace(sub, pages={**sub.pages, url: page}) if url in sub.pages else sub
        for code, sub in site.by_language.items()
    }
    return replace(site, pages={**site.pages, url: page}, by_language=by_language)
