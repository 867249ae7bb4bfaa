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
from mentorblog.output.collect_memo import KeptPlan
from mentorblog.output.fingerprint import PLANNED_FIELDS, Digests
from mentorblog.output.records import Basis, OutputIndex, OutputRecord
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


def read_by(index: OutputIndex, paths: Iterable[str]) -> list[Dependency]:
    """Every dependency object the records of `paths` name, once (`Digests.adopt`)."""
    return _distinct(r for path in paths if (r := index.live.get(path)) is not None)


def _by_scope(deps: Iterable[Dependency]) -> dict[str, list[Dependency]]:
    """The dependencies by scope."""
    found: dict[str, list[Dependency]] = {}
    for dep in deps:
        found.setdefault(type(dep).scope, []).append(dep)
    return found


_SLACK = 1.25  # how many more reads a basis may carry than it had when gathered in full


class ReadsTest:
    """Whether a previous record's reads are as they were (`plan_reuse`'s `unchanged`)."""

    def __init__(
        self,
        previous: Mapping[str, OutputRecord],
        clean: set[int],
        others: dict[str, bytes],
        reads: dict[str, list[Dependency]],
        full: int,
    ) -> None:
        """`clean`: the ids of the basis's dependency objects whose value did not change
        (`reads` holds each, so no other object can take its id); a record is unchanged
        when each of its reads is one of them, so a read the basis does not carry (a
        damaged or crafted cache) renders its output again. `others`: the digests now of
        the basis's reads of scope OTHER (or of one this code does not know: the next
        build digests those again either way); `reads`, `full`: the previous basis's, for
        the next one."""
        self.previous = previous
        self._clean = clean
        self.others = others
        self.reads = reads
        self.full = full

    def __call__(self, record: OutputRecord) -> bool:
        return self._clean.issuperset(map(id, record.deps))


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
    urls = tuple(site.pages)
    pages, heads = _digests(digests, urls)
    if pages is None or heads is None:
        return None
    others: dict[str, bytes] = {}
    if test is not None and sum(map(len, test.reads.values())) <= test.full * _SLACK:
        others.update(test.others)
        fresh = _distinct(r for path, r in records.items() if test.previous.get(path) is not r)
        reads = {scope: list(deps) for scope, deps in test.reads.items()}
        carried = set(map(id, chain.from_iterable(reads.values())))
        # New records share the objects of the old ones (`Digests.adopt`): only new ones join.
        fresh = [dep for dep in fresh if id(dep) not in carried]
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
    planned = digests.planned()  # seeded from the last basis in a build that used it
    return Basis(
        token,
        digests.base,
        urls,
        pages,
        heads,
        digests.rest(),
        others,
        planned,
        reads,
        full,
    )


_SIZE = 32  # bytes of a page's or a head's digest


def _digests(digests: Digests, urls: tuple[str, ...]) -> tuple[bytes | None, bytes | None]:
    """Every page's digest and every head's, each run of 32 bytes, in the order of `urls`;
    None for either when one is of another size (a head digest comes with its page from
    the build cache, which others may write)."""
    pages = b"".join(map(digests.page, urls))
    heads = b"".join(map(digests.page_head, urls))
    size = _SIZE * len(urls)
    return (pages if len(pages) == size else None), (heads if len(heads) == size else None)


def _changed_urls(
    urls: tuple[str, ...], now: bytes, then_urls: tuple[str, ...], then: bytes
) -> set[str]:
    """The urls whose digest in `now` is not the one in `then` (a url only one has too)."""
    if urls == then_urls:
        if now == then:
            return set()
        return {
            url
            for i, url in enumerate(urls)
            if now[i * _SIZE : (i + 1) * _SIZE] != then[i * _SIZE : (i + 1) * _SIZE]
        }
    before = {url: then[i * _SIZE : (i + 1) * _SIZE] for i, url in enumerate(then_urls)}
    changed = {
        url
        for i, url in enumerate(urls)
        if before.pop(url, None) != now[i * _SIZE : (i + 1) * _SIZE]
    }
    return changed | before.keys()


def _usable(basis: object) -> bool:
    """A basis as a build writes it (the cache may come from storage others can write to:
    anything else makes the build digest every read)."""
    return (
        type(basis) is Basis
        and type(basis.plan) is str
        and type(basis.base) is bytes
        and type(basis.urls) is tuple
        and all(type(url) is str for url in basis.urls)
        and type(basis.pages) is bytes
        and type(basis.heads) is bytes
        and len(basis.pages) == len(basis.heads) == _SIZE * len(basis.urls)
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
    site: Site, digests: Digests, previous: OutputIndex, token: str | None, changed: bool = False
) -> ReadsTest | None:
    """The test of the previous records' reads when they were made from the plan this site
    is (`token`) with the settings, code and layouts this build has; None when they were
    not: every read is digested. `changed`: a plugin's `on_site` ran, which may have
    changed a mapping of the plan in place (`site.related[url] = ...`), though the plan's
    objects are still the site's: the plan's fields are then digested and compared."""
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
    if changed:
        if basis.planned is None or digests.planned() != basis.planned:
            return None
    elif basis.planned is not None:
        digests.take_planned(basis.planned)
    urls = tuple(site.pages)
    pages, heads = _digests(digests, urls)
    if pages is None or heads is None:
        return None
    same_pages = urls == basis.urls
    same_site = same_pages and digests.rest() == basis.rest
    changed_pages = _changed_urls(urls, pages, basis.urls, basis.pages)
    changed_heads = _changed_urls(urls, heads, basis.urls, basis.heads)
    whole = {
        ANY_HEAD: bool(changed_heads) or not same_pages,
        ALL_PAGES: bool(changed_pages) or not same_site,
        ALL_HEADS: bool(changed_heads) or not same_site,
    }
    known = basis.others
    others: dict[str, bytes] = {}
    clean: set[int] = set()
    for dep in chain.from_iterable(basis.reads.values()):
        scope = type(dep).scope
        if scope == PLANNED:
            clean.add(id(dep))
            continue
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
        if not changed:
            clean.add(id(dep))
    return ReadsTest(previous.live, clean, others, basis.reads, basis.full)
