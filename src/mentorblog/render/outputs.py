"""One planned output -> its bytes: the layout and its context by kind, and the outputs
made without a layout (the sitemap's entries, `/index.json`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import jinja2

from mentorblog import search
from mentorblog.core import dates, kinds
from mentorblog.core.errors import BuildError
from mentorblog.core.model import Output, Site, Writer
from mentorblog.render import hourslog
from mentorblog.render.deps import HEADS, JOURNAL
from mentorblog.render.template_errors import template_error, template_name
from mentorblog.render.views import SiteView


def render_output(output: Output, site: Site, view: SiteView) -> bytes:
    """One planned output -> its bytes, by its kind's writer; template errors become
    BuildErrors at file:line. `view` is the site's view, made with the Jinja environment."""
    if not (output.lang and site.by_language):
        return _render(output, site, view)
    # Rendered by its language's own Site: what it reads is recorded there, against that
    # Site, and handed to the caller's recording (output/fingerprint.py digests it alike).
    own = view.in_language(output.lang)
    own.start_recording()
    try:
        return _render(output, own._site, own)
    finally:
        for dep in own.stop_recording():
            view.record(dep)


def made_in_parts(output: Output, site: Site) -> bool:
    """Whether `render_output_parts` makes the output in parts: `/index.json` (66 MB at
    10,000 posts), entry by entry; everything else is made whole."""
    return output.kind.writer is Writer.SEARCH_JSON and not (output.lang and site.by_language)


def render_output_parts(output: Output, site: Site, view: SiteView) -> Iterator[bytes]:
    """`render_output` of an output `made_in_parts`, in parts, for a writer that writes
    each as it comes. What it reads is recorded as the parts are made."""
    if not made_in_parts(output, site):
        raise ValueError(f"{output.path} is made whole: render_output makes it")
    view.record(HEADS)  # which pages, in which order; each entry records what it read
    return search.index_json_parts(site, view, output.items)


def _render(output: Output, site: Site, view: SiteView) -> bytes:
    writer = output.kind.writer
    if writer is Writer.SEARCH_JSON:
        view.record(HEADS)  # as `render_output_parts`
        return search.index_json(site, view, output.items)
    if writer is Writer.HOURS_LOG:
        view.record(JOURNAL)  # the public sessions and their posts' days and addresses
        if output.kind == kinds.JOURNAL_CSV:
            return hourslog.sessions_csv(view)
        return hourslog.sessions_json(view)
    if writer is Writer.SEARCH_FILES:
        return view.sharded_index.files[output.path]
    if writer is Writer.SEARCH_TEXT:  # one page's text: depends on that page alone
        return search.passage_file(site.pages[output.page_url or ""], view.text_of)
    try:
        if output.kind == kinds.PAGE and output.template == "none.html":
            return view.page(output.page_url or "").content.encode()
        template = view.environment.get_template(output.template)
        context = _context(output, site, view)
        text = template.render(context)
        view.place_blocks(text, output.items)  # a feed's items, for the next build to splice
        return text.encode()
    except jinja2.TemplateSyntaxError as err:
        raise BuildError(
            f"template syntax error: {err.message}", template_name(err.filename), err.lineno
        ) from None
    except BuildError:
        raise
    except Exception as err:  # re-raised by template_error unless a layout raised it
        raise template_error(err, output) from None


def _context(output: Output, site: Site, view: SiteView) -> dict[str, Any]:
    context: dict[str, Any] = {
        "site": view,
        "output": output,
        "pager": None,
        "page": None,
        "items": [],
        "taxonomy": None,
        "term": None,
        "list_title": "",
    }
    if output.page_url is not None:
        context["page"] = view.page(output.page_url)
    elif output.target is not None:  # a redirect to a list: alias.html reads its permalink
        context["page"] = RedirectTarget(output.target, view.absurl(output.target))
    if output.pager is not None:
        context["pager"] = output.pager
        context["items"] = view.pages(output.pager.items)
    if output.items:
        context["items"] = view.pages(output.items)
    if output.taxonomy:
        taxonomy = view.taxonomy(output.taxonomy)
        context["taxonomy"] = taxonomy
        if output.term:
            term = view.term(output.taxonomy, output.term)
            assert term is not None, output.term
            context["term"] = term
            context["list_title"] = term.name
        else:
            context["list_title"] = view.t(
                f"taxonomy_{taxonomy.name}", default=taxonomy.name.title()
            )
    if output.kind in (kinds.HOME, kinds.SECTION) or output.section is not None:
        index = view.section_index(output.section or "")
        context["page"] = index
        if output.kind == kinds.SECTION:
            section = view.section(output.section or "")
            context["section"] = section
            context["list_title"] = section.title if section else ""
        elif output.taxonomy and not output.term and index is not None and index.title:
            context["list_title"] = index.title  # content/tags/_index.md's title
    if output.kind == kinds.SITEMAP:
        context["entries"] = sitemap_entries(site, view)
    if output.kind == kinds.SITEMAP_INDEX:
        context["sitemaps"] = [
            SitemapEntry(view.absurl(o.url), _iso(view.in_language(o.lang).newest), "", "")
            for o in view._site.outputs
            if o.kind == kinds.SITEMAP
        ]
    if output.kind == kinds.JOURNAL:
        context["journal"] = view.journal
        context["list_title"] = view.t("sessions")  # the theme's word, in the page's language
        context["charts"] = view.journal_charts
        if view.config.journal_export:
            base = output.url
            context["exports"] = (("CSV", base + "sessions.csv"), ("JSON", base + "sessions.json"))
        else:
            context["exports"] = ()
        ledger = view._site.ledger  # the page reads the whole site (`*`) already
        has_items = ledger is not None and bool(ledger.items)
        commitments = view.config.commitments_url
        context["commitments_url"] = (
            view.config.lang_prefix + commitments if has_items and commitments else None
        )
    if output.kind == kinds.COMMITMENTS:
        context["commitments"] = view.commitments_page
        context["list_title"] = view.t("commitments")
    if output.taxonomy == "series" and output.term:
        context["journey"] = view.journey(output.term)
    if output.taxonomy == "authors" and context["term"] is not None:
        context["profile"] = view.profile(context["term"].name)
    return context


@dataclass(frozen=True, slots=True)
class RedirectTarget:
    """What `alias.html` sees as `page` when a redirect leads to a list, not to a page."""

    url: str
    permalink: str

    @property
    def title(self) -> str:
        return self.permalink


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    loc: str
    lastmod: str
    changefreq: str
    priority: str
    alternates: tuple[tuple[str, str], ...] = ()  # (hreflang, address) of its translations


def sitemap_entries(site: Site, view: SiteView) -> list[SitemapEntry]:
    """Published html pages that want to be found: posts, pages, lists (first page only).
    Their addresses and dates only: an edit of a post's text leaves the sitemap as it is."""
    view.record(HEADS)
    entries: list[SitemapEntry] = []
    newest = view.newest
    for output in site.outputs:
        if output.kind == kinds.PAGE:
            page = site.pages[output.page_url or ""]
            if (
                not page.in_sitemap
                or page.robots_noindex
                or not page.is_listed
                or page.layout in ("none",)
                or not output.path.endswith(".html")
            ):
                continue
            moment = page.lastmod or page.publish_date or page.date
            entries.append(
                SitemapEntry(
                    view.absurl(page.url),
                    dates.iso(moment) if moment else "",
                    str(page.sitemap.get("changefreq", "") or ""),
                    str(page.sitemap.get("priority", "") or ""),
                    _alternates(view, page.url),
                )
            )
        elif output.kind.is_list and (output.pager is None or output.pager.number == 1):
            items = output.pager.items if output.pager else ()
            stamps = [site.pages[u].lastmod or site.pages[u].date for u in items]
            moment = max((s for s in stamps if s), default=None, key=dates.stamp)
            if output.kind == kinds.HOME:
                moment = newest
            entries.append(
                SitemapEntry(
                    view.absurl(output.url),
                    dates.iso(moment) if moment else "",
                    "",
                    "",
                    _alternates(view, output.url),
                )
            )
        elif output.kind in (kinds.JOURNAL, kinds.COMMITMENTS):
            if output.kind == kinds.JOURNAL:
                logged = [site.pages[e.page_url] for e in view.journal.entries]
            else:
                logged = [site.pages[u] for u in (site.ledger.order if site.ledger else ())]
            moment = max(
                (p.lastmod or p.date for p in logged if p.date),
                default=None,
                key=dates.stamp,
            )
            entries.append(
                SitemapEntry(view.absurl(output.url), dates.iso(moment) if moment else "", "", "")
            )
    return entries


def _iso(moment: datetime | None) -> str:
    return dates.iso(moment) if moment else ""


def _alternates(view: SiteView, url: str) -> tuple[tuple[str, str], ...]:
    """Every language's version of the page, as Hugo's sitemap lists them, then x-default
    (the default language's version), as the page's head says: search engines read the
    same answer in both places."""
    versions = view.translations(url)
    found = [(t.locale, view.absurl(t.url)) for t in versions]
    found += [("x-default", view.absurl(t.url)) for t in versions if t.is_default]
    return tuple(found)
