"""Output fingerprints: one digest of everything an output's bytes depend on.

A build takes an output from the previous build instead of rendering it again only when the
fingerprint it had then is the fingerprint it has now. The fingerprint covers:

- the code: mentorblog's own Python files and the versions of the libraries that shape output;
- the settings: the whole `Config`, the theme's hashed asset names, `--minify`;
- the layout the output uses and every layout it extends, includes or imports (all layouts
  when a name is only known at render time);
- the planned `Output` itself (its pager, feed items, term, ...);
- each dependency the output read while it rendered (`SiteView` records them; each type in
  render/deps.py knows how its current value is digested): a page by its source file's cache
  key, a term by its pages, `*` by the whole site.

Wrong reuse is far worse than a slower build, so a page that collect changed is digested
whole."""

from __future__ import annotations

import functools
import hashlib
import operator
import os
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from itertools import chain
from pathlib import Path

from jinja2 import Environment, meta
from jinja2.exceptions import TemplateError

from mentorblog import __version__
from mentorblog.core.model import Output, Page, Pager, Site, StaticFile
from mentorblog.output.cache import source_digest
from mentorblog.plan.languages import language_site
from mentorblog.render import theme_code
from mentorblog.render.deps import EVERYTHING, Dependency, SiteFacts, by_key, head_digest
from mentorblog.render.environment import make_environment


def _hash(*parts: bytes) -> bytes:
    """One digest of several parts, each prefixed by its length so no two lists collide."""
    return hashlib.sha256(b"".join(len(p).to_bytes(8, "little") + p for p in parts)).digest()


def _digest(value: object) -> bytes:
    """A value's digest by its repr: pickles of equal values differ with object sharing (a
    page fresh from the parser against the same page from the cache), reprs do not."""
    return hashlib.sha256(repr(value).encode()).digest()


@functools.cache
def code_digest() -> bytes:
    """mentorblog's Python sources and the versions of the libraries it renders with, so a
    changed renderer never serves outputs of the old one."""
    return _hash(__version__.encode(), bytes.fromhex(source_digest()))


def _hashable(value: object) -> bool:
    try:
        hash(value)
    except TypeError:
        return False
    return True


_Entry = tuple[Dependency, bytes, bytes, bytes]  # (dependency, digest, key, digest + key + NUL)
_PART = operator.itemgetter(3)

# The Site's fields a kept plan gives (output/collect_memo.py `_taken`), digested as one
# part of the whole site's digest, which a build that keeps the plan takes from the last
# build (output/basis.py); the "rest" are the others but the pages, the settings (in
# `Digests.base`), the notices and the store.
PLANNED_FIELDS = (
    "posts",
    "sections",
    "taxonomies",
    "outputs",
    "neighbours",
    "related",
    "ledger",
    "replies",
    "reply_targets",
)
_NOT_REST = (*PLANNED_FIELDS, "pages", "config", "notices", "store")
_REST = tuple(f.name for f in fields(Site) if f.name not in _NOT_REST)

_OUTPUT_FIELDS = tuple(f.name for f in fields(Output) if f.name not in ("source", "line"))
# (where an output was asked for only shows in error messages)
_output_values = operator.attrgetter(*_OUTPUT_FIELDS)
_KIND = _OUTPUT_FIELDS.index("kind")
_PAGER = _OUTPUT_FIELDS.index("pager")


@dataclass(frozen=True, slots=True)
class Learned:
    """Digests of one site that a process hands to another (`Digests.portable`)."""

    templates: dict[str, bytes]
    everything: bytes | None
    heads: bytes | None
    planned: bytes | None


class Digests:
    """Digests of one planned site, each computed once."""

    def __init__(
        self,
        site: Site,
        page_keys: Mapping[str, tuple[Page, str]],
        minify: bool,
        templates: tuple[bytes, Mapping[str, bytes]] = (b"", {}),
    ) -> None:
        """`page_keys`: url -> (the Page object parse produced, its build cache key); a page
        that is still that very object is digested by the key, any other by its contents."""
        self._site = site
        self._page_keys = page_keys
        self.facts = SiteFacts(site)
        self._env: Environment = make_environment(site.config.root)
        self._pages: dict[str, bytes] = {}
        self._heads: dict[str, bytes] = {}
        # dependency -> (the first object equal to it, its digest, its key, both as one part);
        # what `digest_all` digested joins it only when a lookup by value needs it (`_known`)
        self._deps: dict[Dependency, _Entry] = {}
        self._unindexed: list[_Entry] = []
        # The same by the id of that first object, and of each object `digest_all` digested,
        # for `output`: the records of the previous build share one object per dependency,
        # and hashing a dataclass runs Python code (0.55 of the 1.5 s plan_reuse took under
        # cProfile at 10,000 posts). Each entry holds its object, so no other object can
        # take its id, and the deps of every output a cold build renders are not all kept
        # alive (only the first of equal ones is).
        self._by_id: dict[int, _Entry] = {}
        # Objects of the last build's records to record in place of an equal dependency
        # (`adopt`), made a dict by value on first use.
        self._adoptable: Iterable[Dependency] = ()
        self._adopted: dict[Dependency, Dependency] | None = None
        self._templates: dict[str, bytes] = {}
        self._layouts: dict[str, tuple[bytes, tuple[str | None, ...]]] = {}
        self._known_templates = templates  # (all_templates(), closures) of an earlier build
        self._pager_urls: dict[int, tuple[tuple[str, ...], bytes]] = {}
        self._outputs: dict[int, tuple[Output, bytes]] = {}
        self._kinds: dict[int, tuple[object, bytes]] = {}
        self._all_templates: bytes | None = None
        self._everything: bytes | None = None
        self._all_heads: bytes | None = None
        self._planned: bytes | None = None
        self._rest: bytes | None = None
        self._minify = minify
        self._languages: dict[str, Digests] = {}
        self.base = _hash(
            code_digest(),
            _digest(site.config),
            _digest(sorted(site.assets.items())),
            b"minify" if minify else b"",
        )

    # -- pages and facts ---------------------------------------------------------------------

    def page(self, url: str) -> bytes:
        found = self._pages.get(url)
        if found is None:
            page = self._site.pages.get(url)
            known = self._page_keys.get(url)
            if page is None:
                found = bytes(32)
            elif known is not None and known[0] is page:
                found = b"k" * 16 + bytes.fromhex(known[1])[:16]
            else:
                found = _digest(page)
            self._pages[url] = found
        return found

    def page_head(self, url: str) -> bytes:
        """A page's head (deps.PageHeadRead): the digest its parse worker stored while it is
        still the object parse made, else made from its fields (collect changed it)."""
        found = self._heads.get(url)
        if found is None:
            page = self._site.pages.get(url)
            known = self._page_keys.get(url)
            if page is None:
                found = bytes(32)
            elif known is not None and known[0] is page and page.head_digest:
                found = page.head_digest
            else:
                found = head_digest(page)
            self._heads[url] = found
        return found

    def value(self, value: object) -> bytes:
        return _digest(value)  # always 32 bytes, as page digests

    def dependency(self, dep: Dependency) -> tuple[bytes, bytes]:
        """The digest of what `dep` names in this site, and its key; each computed once."""
        found = self._identified(dep)
        return found[1], found[2]

    def digest_of(self, dep: Dependency) -> bytes:
        """The digest of what `dep` names in this site, computed each time and kept by
        nobody: for a caller that keeps its own per dependency (fragments.py, 9,500 of
        them at 10,000 posts, for which the lookups by value of `dependency` cost more
        than digesting a page)."""
        try:
            return dep.digest(self)
        except (TypeError, ValueError, AttributeError):  # as `_digested`
            return os.urandom(32)

    def adopt(self, deps: Iterable[Dependency]) -> None:
        """Dependency objects of the last build's records (its basis carries them: output/
        basis.py) for the records of this build to share in place of equal ones: a feed
        rendered again reads every page's head, and without them an edit build at 10,000
        posts added 9,500 objects to the basis it keeps, which then grew past its slack
        every other build."""
        self._adoptable, self._adopted = deps, None

    def _adoption(self, dep: Dependency) -> Dependency:
        """The adopted object equal to `dep`, or `dep`."""
        if self._adopted is None:
            adopted: dict[Dependency, Dependency] = {}
            for old in self._adoptable:
                try:
                    adopted.setdefault(old, old)
                except TypeError:  # a record from the cache no build writes: not adopted
                    continue
            self._adopted, self._adoptable = adopted, ()
        return self._adopted.get(dep, dep) if self._adopted else dep

    def _digested(self, dep: Dependency, by_value: bool = True) -> _Entry:
        """A dependency seen for the first time: its digest and key, and both as the one
        part an output's fingerprint takes (the digest has a fixed size and keys hold no
        NUL, so the parts joined are unambiguous). `by_value=False`: found by its id only
        until a lookup by value needs it (hashing a dataclass runs Python code)."""
        if by_value:
            dep = self._adoption(dep)
        try:
            digest, key = dep.digest(self), dep.key.encode()
        except (TypeError, ValueError, AttributeError):
            # A record from the cache whose fields no build writes (a list for a url): the
            # cache may come from storage others can write to. No digest will do again,
            # so every output that names it is rendered again.
            digest, key = os.urandom(32), b"?"
        found = self._by_id[id(dep)] = (dep, digest, key, digest + key + b"\0")
        if by_value:
            self._deps[dep] = found
        else:
            self._unindexed.append(found)
        return found

    def _known(self) -> dict[Dependency, _Entry]:
        """The entries by value, with those `digest_all` made (the first of equal ones)."""
        if self._unindexed:
            pending, self._unindexed = self._unindexed, []
            try:
                for entry in pending:
                    self._deps.setdefault(entry[0], entry)
            except TypeError:  # an unhashable field: a record from the cache no build writes
                for entry in pending:
                    if _hashable(entry[0]):
                        self._deps.setdefault(entry[0], entry)
        return self._deps

    def everything(self) -> bytes:
        """The whole site: every page and every other field of `Site`."""
        if self._everything is None:
            self._everything = self._site_digest(self.page)
        return self._everything

    def heads(self) -> bytes:
        """The whole site but the pages' text: every page's head and every other field."""
        if self._all_heads is None:
            self._all_heads = self._site_digest(self.page_head)
        return self._all_heads

    def _site_digest(self, page: Callable[[str], bytes]) -> bytes:
        """Every field of `Site` (the settings by `base`), each page digested by `page`."""
        pages = self._site.pages
        return _hash(
            self.base,
            self.planned(),
            self.rest(),
            "\0".join(pages).encode(),
            b"".join(map(page, pages)),
        )

    def planned(self) -> bytes:
        """The fields a kept plan gives (`PLANNED_FIELDS`): 0.08 s at 10,000 posts."""
        if self._planned is None:
            parts = []
            for name in PLANNED_FIELDS:
                value = getattr(self._site, name)
                if name == "outputs":
                    parts += [b"".join(map(self._output, value))]
                else:
                    parts += [name.encode(), _digest(value)]
            self._planned = _hash(*parts)
        return self._planned

    def take_planned(self, digest: bytes) -> None:
        """`planned()` as an earlier build of the very same plan digested it (basis.py)."""
        self._planned = self._planned or digest

    def rest(self) -> bytes:
        """The Site's fields neither of the plan nor the pages (static files, images...)."""
        if self._rest is None:
            self._rest = _digest(tuple((name, getattr(self._site, name)) for name in _REST))
        return self._rest

    # -- layouts -----------------------------------------------------------------------------

    def template(self, name: str) -> bytes:
        """The layout and every layout it reaches, by name and source."""
        if name in self._templates:
            return self._templates[name]
        layouts, closures = self._known_templates
        if name in closures and layouts == self.all_templates():
            self._templates[name] = closures[name]  # parsing every layout costs ~0.2 s
            return closures[name]
        seen: dict[str, bytes] = {}
        todo = [name]
        digest: bytes | None = None
        while todo:
            current = todo.pop()
            if current in seen:
                continue
            source, refs = self._read_layout(current)
            seen[current] = source
            if None in refs:
                digest = self.all_templates()  # a name computed while rendering
                break
            todo += [r for r in refs if r is not None]
        if digest is None:
            digest = _hash(*(n.encode() + b"\0" + seen[n] for n in sorted(seen)))
        self._templates[name] = digest
        return digest

    def _read_layout(self, name: str) -> tuple[bytes, tuple[str | None, ...]]:
        """A layout's source and the layouts it names, parsed once however many layouts
        reach it (every page layout reaches `base.html` and its partials)."""
        known = self._layouts.get(name)
        if known is None:
            try:
                source, _, _ = self._env.loader.get_source(self._env, name)  # type: ignore[union-attr]
            except TemplateError:
                known = (b"missing", ())
            else:
                # A theme layout's names come with its shipped code (render/theme_code.py):
                # parsing the ~55 an output can reach took ~0.08 CPU s of every cold build.
                refs = theme_code.shipped().referenced(
                    self._env, name.removeprefix("theme:"), source
                )
                if refs is None:
                    try:
                        refs = tuple(meta.find_referenced_templates(self._env.parse(source)))
                    except TemplateError:  # broken: its bytes, so the outputs using it render
                        refs = ()  # again and report it, never "missing" like an absent layout
                known = (source.encode(), refs)
            self._layouts[name] = known
        return known

    def known_templates(self) -> tuple[bytes, dict[str, bytes]]:
        """What `templates=` of the next build's Digests can start from: the closures this
        build digested, and those of the earlier build it did not need (a build that plans
        from what changed digests only the layouts of what it renders: output/basis.py)."""
        layouts, closures = self._known_templates
        if layouts == self.all_templates():
            return layouts, {**closures, **self._templates}
        return self.all_templates(), dict(self._templates)

    def portable(self) -> Learned:
        """What a process that digests this very site can take over (`learn`): the layouts'
        digests, and the whole site's, which cost 0.12 s at 10,000 posts."""
        return Learned(dict(self._templates), self._everything, self._all_heads, self._planned)

    def learn(self, learned: Learned) -> None:
        """Digests another process made of this very site (`portable`)."""
        for name, digest in learned.templates.items():
            self._templates.setdefault(name, digest)
        self._everything = self._everything or learned.everything
        self._all_heads = self._all_heads or learned.heads
        self._planned = self._planned or learned.planned

    def all_templates(self) -> bytes:
        """Every layout file's name and bytes, the site's found as Jinja finds them (through
        linked folders too: a folder linked into layouts/ used to be skipped, so editing
        a partial there left pages stale)."""
        if self._all_templates is None:
            from mentorblog.core.theme import theme_dir
            from mentorblog.read.discover import layout_files

            parts = []
            for name, path in layout_files(self._site.config.root):
                parts += [f"site:{name}".encode(), path.read_bytes()]
            theme = theme_dir() / "layouts"
            for path in sorted(p for p in theme.rglob("*") if p.is_file()):
                parts += [f"theme:{path.relative_to(theme).as_posix()}".encode(), path.read_bytes()]
            self._all_templates = _hash(*parts)
        return self._all_templates

    # -- outputs -----------------------------------------------------------------------------

    def _output(self, output: Output) -> bytes:
        known = self._outputs.get(id(output))
        if known is not None and known[0] is output:
            return known[1]
        # The fields in one C call, and the kind (a dataclass whose repr runs Python code) by
        # a digest made once: 125 of the 490 ms of plan_reuse at 10,000 posts went on this.
        # The parts need no lengths: the kind's digest has a fixed size, and the repr (a
        # list) ends where it ends and says whether a pager's urls follow.
        values = list(_output_values(output))
        kind = values[_KIND]
        shown = self._kinds.get(id(kind))
        if shown is None or shown[0] is not kind:
            shown = self._kinds[id(kind)] = (kind, _digest(kind))
        values[_KIND] = None
        pager = values[_PAGER]
        if isinstance(pager, Pager):
            values[_PAGER] = (pager.number, pager.count, pager.url, pager.items)
            text = shown[1] + repr(values).encode() + self._urls(pager.urls)
        else:
            text = shown[1] + repr(values).encode()
        digest = hashlib.sha256(text).digest()
        self._outputs[id(output)] = (output, digest)
        return digest

    def _urls(self, page_urls: tuple[str, ...]) -> bytes:
        """Every pager of a list shares one tuple of page urls: digest it once."""
        known = self._pager_urls.get(id(page_urls))
        if known is None or known[0] is not page_urls:
            known = (page_urls, _hash("\0".join(page_urls).encode()))
            self._pager_urls[id(page_urls)] = known
        return known[1]

    def digest_all(self, reads: Iterable[tuple[Dependency, ...]]) -> None:
        """Every dependency of these records digested up front (each object once), so that
        `output` finds each of an output's by id at once: looking them up output by output
        and starting over at the first one not digested yet cost plan_reuse 0.2 of 0.6 s at
        10,000 posts. A multilingual site's are digested by their languages, as they come."""
        if self._site.by_language:
            return
        # The records share one object per dependency, mostly: each object is digested by
        # its id, without hashing it by value (38,000 objects at 10,000 posts); the few
        # equal ones a render in another process recorded are digested once more each.
        flat = list(chain.from_iterable(reads))
        fresh = dict(zip(map(id, flat), flat, strict=True))
        for known in fresh.keys() & self._by_id.keys():
            del fresh[known]
        for dep in fresh.values():
            self._digested(dep, by_value=False)

    def output(self, output: Output, deps: Iterable[Dependency]) -> str:
        """The fingerprint of one output given what it read."""
        ordered = deps if isinstance(deps, tuple) else sorted(deps, key=by_key)  # as records
        if self._site.by_language:
            if output.lang:  # rendered by its language's Site, its reads recorded there
                return self._language(output.lang).output(output, ordered)
            ordered = (EVERYTHING,)  # the root's sitemap index and redirects: few and cheap
        by_id = self._by_id
        try:
            found = list(map(_PART, map(by_id.__getitem__, map(id, ordered))))
        except KeyError:
            found = [(by_id.get(id(dep)) or self._identified(dep))[3] for dep in ordered]
        return self._fingerprint(output, found)

    def _fingerprint(self, output: Output, parts: list[bytes]) -> str:
        """An output's fingerprint from the parts of what it read (`_digested`), in the order
        of its record."""
        # Every part has a fixed size but the dependencies' (see `_digested`): no lengths.
        parts[:0] = (
            self.base,
            self.template(output.template) if output.template else bytes(32),
            self._output(output),
        )
        return hashlib.sha256(b"".join(parts)).hexdigest()[:32]

    def recorded(
        self, task: Sequence[tuple[Output, tuple[Dependency, ...]]]
    ) -> list[tuple[str, tuple[Dependency, ...]]]:
        """The fingerprints of the outputs of one render task, just rendered (each one's deps
        sorted by key, as records keep them), and their deps as the objects this build
        digested, so the records share them and the next build finds each by id (`output`).
        A worker sends a dependency that several outputs of a task read as one object
        (produce.py), so each object is looked up by value once, then by its id: at 10,000
        posts, 118,000 lookups of a dataclass by value for 385,000 reads."""
        seen: dict[str, dict[int, _Entry]] = {}  # per language, whose digests differ
        return [
            self._recorded(output, deps, seen.setdefault(output.lang, {})) for output, deps in task
        ]

    def _recorded(
        self, output: Output, deps: tuple[Dependency, ...], seen: dict[int, _Entry]
    ) -> tuple[str, tuple[Dependency, ...]]:
        """`seen`: the entries of the objects of the task looked up so far, by id; the task
        holds every one of them, so no other object can take an id while `seen` lives."""
        if self._site.by_language:
            if output.lang:  # rendered by its language's Site, its reads recorded there
                return self._language(output.lang)._recorded(output, deps, seen)
            return self.output(output, deps), deps  # the root's few, digested as everything
        known = self._known()
        entries: list[_Entry] = []
        for dep in deps:
            entry = seen.get(id(dep))
            if entry is None:
                entry = seen[id(dep)] = known.get(dep) or self._digested(dep)
            entries.append(entry)
        return self._fingerprint(output, [e[3] for e in entries]), tuple([e[0] for e in entries])

    def _identified(self, dep: Dependency) -> _Entry:
        """A dependency by its value (digested on first sight)."""
        return self._known().get(dep) or self._digested(dep)

    def _language(self, code: str) -> Digests:
        """The digests of one language's own Site, made once. Its translations (the
        switcher, hreflang, "also in") are read by every output and recorded by none, so
        they are part of its base."""
        found = self._languages.get(code)
        if found is None:
            sub = language_site(self._site, code)
            found = Digests(sub, self._page_keys, self._minify, self._known_templates)
            found.base = _hash(
                found.base,
                _digest(sorted(sub.translations.items())),
                _digest(sub.elsewhere),  # where a polyglot link leads
                _digest(sorted(sub.fallbacks.items())),  # where the switcher leads
            )
            self._languages[code] = found
        return found

    def static(self, f: StaticFile, minified: bool) -> str | None:
        """A copied file, by where it comes from and the state of that file."""
        if f.link:
            # A processed image in the build cache, named by its content and never changed
            # in place: its name is its state (a warm build of 200 photos spent a third of its
            # planning in stat for 3,000 of them).
            return _hash(str(f.origin).encode(), f.path.encode(), b"link").hex()[:32]
        try:
            st = Path(f.origin).stat()
        except OSError:
            return None
        return _hash(
            self.base if minified else b"",
            str(f.origin).encode(),
            f.path.encode(),
            repr((st.st_size, st.st_mtime_ns, st.st_ino, minified)).encode(),
        ).hex()[:32]
