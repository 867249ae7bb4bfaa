"""The last build's plan, kept for the next build whose pages plan the same.

Planning the site (plan/collect.py) reads every page's address, dates, terms and the like,
and took 0.36 s of an edit build at 10,000 posts, while an edit of a post's text changes none
of them. The build cache keeps the plan the last build made (its Site without the pages) and
the file key of every content file it was made from (load.py's keys: the file's name and
bytes under the parse settings), by name for the published ones and the key alone for the
others. A build whose files have the same keys, but for edited files whose
pages read the same to collect (`collect.planned_view`), under the same settings, files,
code and publishing decisions, and with as many search index shards as the plan has (the
words of all the pages together: `_shards_same`), takes the plan and puts its own pages in
it (`collect.published_pages`, `collect.site_pages`, as collect does).

Kept only for a site of one language with no shared post, whose plan holds no notice but
those about posts held back until a date (made again each time: a notice can name a post
held back, and nothing of one may stay in the cache); anything else plans afresh and
removes the files, as does a build that fails before collect. The cache may come from
storage others can write to, so what is taken from it is checked as collect checks it:
every output's path, and every file to copy must be one discover found now."""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
from collections.abc import Mapping, Sequence, Set
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from mentorblog.core import kinds, urls
from mentorblog.core.model import Config, Output, Page, Site, Sources, StaticFile
from mentorblog.output.cache import (
    UNREADABLE,
    dumps,
    load_cached,
    replace_file,
    source_digest,
)
from mentorblog.plan.collect import (
    changes_at,
    planned_view,
    published_pages,
    site_pages,
    sorted_by_decision,
)
from mentorblog.plan.languages import collect_languages, single_language
from mentorblog.plan.related import RelatedPosts
from mentorblog.search.plan import documents, has_search_page, shard_count

PLAN = "plan.pickle"  # in the build cache: the plan and what it was made from
KEYS = "plan-keys.pickle"  # the file keys it was made from (rewritten after an edit)
_TEMP = "planning-"  # not the start of a file it keeps: those go when a build starts
_FORMAT = "mentorblog-collect-2"


@dataclass(frozen=True, slots=True)
class Inputs:
    """What load.py knows of the content files when it plans: each file's key in the build
    cache (every content file, drafts included, in discover's order), the page each file
    gave now, the pages of the previous build by key (an edited file's old page), and the
    files whose pages the page index keeps (published: only their names may be kept)."""

    keys: Mapping[str, str]
    pages: Mapping[str, Page]
    previous: Mapping[str, object]
    public: Set[str]

    def kept(self) -> tuple[dict[str, str], tuple[str, ...]]:
        """The keys as the cache keeps them: by file for the published pages, the others'
        keys alone (a key digests the file's name too, so they tell every name apart)."""
        named = {n: k for n, k in self.keys.items() if n in self.public}
        return named, tuple(sorted(k for n, k in self.keys.items() if n not in self.public))


@dataclass(frozen=True, slots=True)
class KeptPlan:
    """The plan a build's site was made from, as the cache keeps it: its token (a new one
    each time a plan is kept) and the plan, whose fields are the site's own objects."""

    token: str
    plan: Site


def collect(
    folder: Path,
    config: Config,
    pages: Sequence[Page],
    found: Sources,
    now: datetime,
    drafts: int,
    related: RelatedPosts,
    inputs: Inputs,
) -> tuple[Site, KeptPlan | None]:
    """`collect_languages(config, pages, found, now, drafts, related)`, through the kept plan
    when it was made from pages that plan the same; and the plan as kept (None: not kept)."""
    one = single_language(config, pages)
    if one is None or any(p.is_sealed for p in pages):
        forget(folder)
        return collect_languages(config, pages, found, now, drafts, related), None
    own_config, own_pages = one
    searching = has_search_page(own_pages)
    # The files by a digest: a held-back bundle's files are among them, and nothing of a
    # held-back post may stay in the cache, not even its folder's name. Not `drafts`: how
    # many drafts were counted unread changes no address.
    files = hashlib.sha256(
        repr((found.content_files, found.static, sorted(found.assets.items()))).encode()
    ).hexdigest()
    made_from = (_FORMAT, source_digest(), config, files, searching)
    kept = _read(folder)
    keys = inputs.kept()
    if (
        kept is not None
        and kept.made_like(keys, made_from, now)
        and _plans_same(kept.named, inputs)
    ):
        site = _taken(kept.plan, own_config, own_pages, found, now, drafts)
        if site is not None and (not searching or _shards_same(kept.plan, site)):
            if keys[0] != kept.named and not _write_keys(folder, kept.token, keys):
                return site, None
            return site, KeptPlan(kept.token, kept.plan)
    site = collect_languages(config, pages, found, now, drafts, related)
    _, _, held_notices = sorted_by_decision(own_config, own_pages, now)
    if site.notices != tuple(held_notices):
        forget(folder)  # a notice may name a post held back
        return site, None
    changes = changes_at(own_pages, own_config, now)
    plan = replace(site, pages={}, notices=(), skipped={})
    token = _write(folder, made_from, now, changes, plan, keys)
    return site, (KeptPlan(token, plan) if token is not None else None)


def forget(folder: Path) -> None:
    """Delete the kept plan (a build that failed before it knew what it publishes)."""
    for name in (PLAN, KEYS):
        with contextlib.suppress(OSError):
            os.unlink(folder / name)


@dataclass(frozen=True, slots=True)
class _Kept:
    token: str
    made_from: tuple[object, ...]
    since: datetime
    until: datetime | None
    plan: Site
    named: Mapping[str, str]
    others: tuple[str, ...]

    def made_like(
        self,
        keys: tuple[dict[str, str], tuple[str, ...]],
        made_from: tuple[object, ...],
        now: datetime,
    ) -> bool:
        """Whether the plan was made from what this build has, but maybe the pages of some
        published files (`_plans_same`): the same settings, files, code, published files
        (in the same order) and others, and every page's publishing decision (`since` up
        to `until`)."""
        named, others = keys
        return (
            self.made_from == made_from
            and self.since <= now
            and (self.until is None or now < self.until)
            and self.others == others
            and list(self.named) == list(named)
        )


def _shards_same(plan: Site, site: Site) -> bool:
    """Whether the pages now cut the search index into as many shards as the plan has (by
    the words of all of them: an edit of a post's text changes its word count, mostly
    without changing that number)."""
    planned = sum(1 for o in plan.outputs if o.kind == kinds.SEARCH_SHARD)
    docs = documents([site.pages[url] for url in site.posts], site.pages.values())
    return planned == shard_count(docs)


def _plans_same(named: Mapping[str, str], inputs: Inputs) -> bool:
    """Whether every published file whose key changed gave a page that collect reads as the
    page it gave before (the same address, dates, terms...)."""
    for name, before in named.items():
        key = inputs.keys[name]
        if before == key:
            continue
        old = inputs.previous.get(before)
        new = inputs.pages.get(name)
        if not isinstance(old, Page) or new is None:
            return False
        if planned_view(old) != planned_view(new):
            return False
    return True


def _taken(
    plan: Site,
    config: Config,
    pages: Sequence[Page],
    found: Sources,
    now: datetime,
    drafts: int,
) -> Site | None:
    """The kept plan with this build's pages, when what it writes is checked as collect
    checks it; None when it is not. Only the fields collect makes for a site of one
    language are taken from the file (the cache may come from storage others can write
    to: a language's own Site there would bring pages no check has seen)."""
    try:
        if not _writes_inside(plan, found):
            return None
    except (TypeError, AttributeError, ValueError):  # a field of the wrong kind
        return None
    published, skipped, notices = published_pages(
        config, pages, found.content_files, found.static, now
    )
    if drafts:
        skipped["drafts"] += drafts
    return Site(
        config=config,
        pages=site_pages(published, found.content_files),
        posts=plan.posts,
        sections=plan.sections,
        taxonomies=plan.taxonomies,
        outputs=plan.outputs,
        static=plan.static,
        neighbours=plan.neighbours,
        skipped=dict(sorted(skipped.items())),
        notices=tuple(notices),
        assets=dict(found.assets),
        related=plan.related,
        ledger=plan.ledger,
        replies=plan.replies,
        reply_targets=plan.reply_targets,
    )


def _writes_inside(plan: Site, found: Sources) -> bool:
    """Every output a plain one of this language, at a path inside the output folder, and
    every file to copy one discover found, copied to such a path."""
    if not all(
        type(o) is Output and type(o.path) is str and not o.lang and not urls.path_problem(o.path)
        for o in plan.outputs
    ):
        return False
    origins = {f.origin for f in (*found.content_files, *found.static)}
    return all(
        type(f) is StaticFile
        and f.origin in origins
        and type(f.path) is str
        and not urls.path_problem(f.path)
        for f in plan.static
    )


def _read(folder: Path) -> _Kept | None:
    try:
        with open(folder / PLAN, "rb") as f:
            plan = load_cached(f)
        with open(folder / KEYS, "rb") as f:
            keys = load_cached(f)
    except UNREADABLE:
        return None
    if not (
        isinstance(plan, tuple)
        and len(plan) == 5
        and isinstance(plan[0], str)
        and isinstance(plan[1], tuple)
        and isinstance(plan[2], datetime)
        and (plan[3] is None or isinstance(plan[3], datetime))
        and isinstance(plan[4], Site)
        and isinstance(keys, tuple)
        and len(keys) == 3
        and keys[0] == plan[0]
        and isinstance(keys[1], dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in keys[1].items())
        and isinstance(keys[2], tuple)
        and all(isinstance(k, str) for k in keys[2])
    ):
        return None
    return _Kept(plan[0], plan[1], plan[2], plan[3], plan[4], keys[1], keys[2])


def _write(
    folder: Path,
    made_from: tuple[object, ...],
    since: datetime,
    until: datetime | None,
    plan: Site,
    keys: tuple[dict[str, str], tuple[str, ...]],
) -> str | None:
    """The plan kept, and its token (None: not kept)."""
    token = os.urandom(8).hex()
    try:
        data = dumps((token, made_from, since, until, plan))
        replace_file(folder, PLAN, _TEMP, data)
    except (OSError, pickle.PicklingError, AttributeError, TypeError):
        # A plugin's `on_config` may put a value in the settings that cannot be pickled
        # (a function): the plan is then simply not kept.
        forget(folder)
        return None
    return token if _write_keys(folder, token, keys) else None


def _write_keys(folder: Path, token: str, keys: tuple[dict[str, str], tuple[str, ...]]) -> bool:
    """Whether the keys were kept (if not, nor is the plan)."""
    try:
        data = dumps((token, *keys))
        replace_file(folder, KEYS, _TEMP, data)
    except OSError:
        forget(folder)
        return False
    return True
