"""Output reuse from what changed: when a build keeps the last build's plan (collect_memo.py),
with the same settings, code and layouts, only the pages can differ from what the last
build's records were made from, so an output is unchanged when none of its reads names a
changed page (render/deps.py's scopes), without digesting each read again.

Digesting every read of every output to compare its fingerprint took an edit build at
10,000 posts 0.6 CPU s over two processes (38,000 reads, most of them a post's neighbours
and related posts, which the plan fixes). With the last build's `Basis` (each page's and
head's digest, the digest of the Site's fields outside the plan, and the digests of the few
reads of scope OTHER), a build compares 10,000 page digests it has at hand and digests
again only the reads of scope OTHER; the whole site's digest (the search files, the
sitemap) takes the plan's part from the basis too (0.09 s at 10,000 posts).

The plan's own fields must be the plan's objects (a plugin's `on_site` may replace one):
a site whose are not has no basis, and the build after it digests every read."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import chain

from mentorblog.core.model import Site
from mentorblog.output.cache import Basis, OutputIndex, OutputRecord
from mentorblog.output.collect_memo import KeptPlan
from mentorblog.output.fingerprint import PLANNED_FIELDS, Digests
from mentorblog.render.deps import (
    ALL_HEADS,
    ALL_PAGES,
    ANY_HEAD,
    HEAD,
    OTHER,
    PAGE,
    PLANNED,
    Dependency,
)


def planned_by(site: Site, kept: KeptPlan | None) -> str | None:
    """The token of the kept plan `site` was made from, when each field the plan gives is
    still the plan's own object; None otherwise."""
    if kept is None or site.by_language:
        return None
    plan = kept.plan
    if all(getattr(site, name) is getattr(plan, name) for name in PLANNED_FIELDS):
        return kept.token
    return None


def _distinct(records: Iterable[OutputRecord]) -> list[Dependency]:
    """Every dependency object the records name, once (the records share one object per
    dependency, mostly: 38,000 objects for 370,000 reads at 10,000 posts, 0.04 s)."""
    flat = list(chain.from_iterable(r.deps for r in records))
    return list(dict(zip(map(id, flat), flat, strict=True)).values())


def _by_scope(deps: Iterable[Dependency]) -> dict[str, list[Dependency]]:
    """The dependencies by scope, without those of scope PLANNED."""
    found: dict[str, list[Dependency]] = {}
    for dep in deps:
        scope = type(dep).scope
        if scope != PLANNED:
            found.setdefault(scope, []).append(dep)
    return found


_SLACK = 1.25  # how many more reads a basis may carry than it had when gathered in full


class ReadsTest:
    """Whether a previous record's reads are as they were (`plan_reuse`'s `unchanged`)."""

    def __init__(
        self,
        previous: Mapping[str, OutputRecord],
        dirty: set[int],
        others: dict[str, bytes],
        reads: dict[str, list[Dependency]],
        full: int,
    ) -> None:
        """`dirty`: the ids of the dependency objects of `previous` whose value changed
        (`previous` and `reads` hold each, so no other object can take its id); `others`:
        the digests now of the previous records' reads of scope OTHER (or of one this code
        does not know: the next build digests those again either way); `reads`, `full`:
        the previous basis's, for the next one."""
        self.previous = previous
        self._dirty = dirty
        self.others = others
        self.reads = reads
        self.full = full

    def __call__(self, record: OutputRecord) -> bool:
        return self._dirty.isdisjoint(map(id, record.deps))


def made(
    site: Site,
    digests: Digests,
    token: str | None,
    records: Mapping[str, OutputRecord],
    test: ReadsTest | None,
) -> Basis | None:
    """The basis of this build's records (`records`: every file of the new output) for the
    next build; None when the site is not its kept plan's. With `test`, only the records
    this build made are read for their reads: a kept record's are in the previous basis
    and were digested by the test (`others` may name some no record reads any more: never
    looked up), until the reads carried grew by a quarter."""
    if token is None:
        return None
    pages = {url: digests.page(url) for url in site.pages}
    heads = {url: digests.page_head(url) for url in site.pages}
    others: dict[str, bytes] = {}
    if test is not None and sum(map(len, test.reads.values())) <= test.full * _SLACK:
        others.update(test.others)
        fresh = _distinct(r for path, r in records.items() if test.previous.get(path) is not r)
        reads = {scope: list(deps) for scope, deps in test.reads.items()}
        for scope, deps in _by_scope(fresh).items():
            reads.setdefault(scope, []).extend(deps)
        full = test.full
    else:
        fresh = _distinct(records.values())
        reads = _by_scope(fresh)
        full = sum(map(len, reads.values()))
    for dep in fresh:
        if type(dep).scope == OTHER:
            digest, key = digests.dependency(dep)
            if key != b"?":  # a read no build makes: never found, so digested again
                others[key.decode()] = digest
    return Basis(
        token,
        digests.base,
        pages,
        heads,
        digests.rest(),
        others,
        digests.known_planned(),
        reads,
        full,
    )


def _usable(basis: object) -> bool:
    """A basis as a build writes it (the cache may come from storage others can write to:
    anything else makes the build digest every read)."""
    return (
        type(basis) is Basis
        and type(basis.plan) is str
        and type(basis.base) is bytes
        and type(basis.pages) is dict
        and type(basis.heads) is dict
        and type(basis.rest) is bytes
        and type(basis.others) is dict
        and (basis.planned is None or type(basis.planned) is bytes)
        and type(basis.reads) is dict
        and all(
            type(deps) is list and all(isinstance(d, Dependency) for d in deps)
            for deps in basis.reads.values()
        )
        and type(basis.full) is int
    )


def reads_test(
    site: Site, digests: Digests, previous: OutputIndex, token: str | None
) -> ReadsTest | None:
    """The test of the previous records' reads when they were made from the plan this site
    is (`token`) with the settings, code and layouts this build has; None when they were
    not: every read is digested."""
    basis = previous.basis
    if (
        token is None
        or not _usable(basis)
        or basis.plan != token  # type: ignore[union-attr]
        or basis.base != digests.base  # type: ignore[union-attr]
        or previous.layouts != digests.all_templates()
    ):
        return None
    assert basis is not None
    if basis.planned is not None:
        digests.take_planned(basis.planned)
    pages = {url: digests.page(url) for url in site.pages}
    heads = {url: digests.page_head(url) for url in site.pages}
    same_pages = list(pages) == list(basis.pages)
    same_site = same_pages and digests.rest() == basis.rest
    changed_pages = {url for url, digest in pages.items() if basis.pages.get(url) != digest}
    changed_heads = {url for url, digest in heads.items() if basis.heads.get(url) != digest}
    changed_pages.update(basis.pages.keys() - pages.keys())
    changed_heads.update(basis.heads.keys() - heads.keys())
    whole = {
        ANY_HEAD: bool(changed_heads) or not same_pages,
        ALL_PAGES: bool(changed_pages) or not same_site,
        ALL_HEADS: bool(changed_heads) or not same_site,
    }
    known = basis.others
    others: dict[str, bytes] = {}
    dirty: set[int] = set()
    for dep in chain.from_iterable(basis.reads.values()):
        scope = type(dep).scope
        try:
            if scope == PAGE:
                changed = dep.url in changed_pages  # type: ignore[attr-defined]
            elif scope == HEAD:
                changed = dep.url in changed_heads  # type: ignore[attr-defined]
            elif scope in whole:
                changed = whole[scope]
            else:  # OTHER, or a scope this code does not know
                digest, key = digests.dependency(dep)
                changed = key == b"?" or known.get(key.decode()) != digest
                if key != b"?":
                    others[key.decode()] = digest
        except (TypeError, ValueError, AttributeError):  # a field no build writes
            changed = True
        if changed:
            dirty.add(id(dep))
    return ReadsTest(previous.live, dirty, others, basis.reads, basis.full)
