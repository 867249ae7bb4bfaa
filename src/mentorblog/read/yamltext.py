"""YAML loading as authors expect it: dates stay text for our own parser, yes/no stay words,
every top-level key remembers its line so errors can point at it, and no document can grow
through aliases ("billion laughs") or nest deeper than any real front matter or config."""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import yaml
from yaml.constructor import ConstructorError
from yaml.error import Mark
from yaml.nodes import CollectionNode, MappingNode, Node, ScalarNode, SequenceNode

_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# YAML 1.2 booleans only: `tags: [no]` is the tag "no", not False.
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
# A YAML 1.1 timestamp with a clock and no zone (`2020-01-02 00:00:00`), as Ruby's YAML reads
# one when it is not quoted: a time in UTC, which Jekyll then shows in the site's zone.
_PLAIN_TIME = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}(?:[Tt]|[ \t]+)\d{1,2}:\d\d:\d\d(?:\.\d*)?$")


if TYPE_CHECKING:
    _Mixin = yaml.SafeLoader
else:
    _Mixin = object  # before the loader a class is mixed into, so the C parser stays first


class _Lines(_Mixin):
    """What our loaders add to PyYAML's: the lines of keys and list entries, duplicates."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.text = stream
        self.key_lines: dict[str, int] = {}
        self.entry_lines: dict[str, tuple[EntryLines, ...]] = {}
        self.duplicates: list[tuple[str, int, int]] = []
        self.plain_times: frozenset[str] = frozenset()
        self._root: Node | None = None

    def construct_document(self, node: Node) -> Any:
        self._root = node
        return super().construct_document(node)

    def construct_mapping(self, node: Node, deep: bool = False) -> Any:
        if isinstance(node, MappingNode):
            seen: dict[str, int] = {}
            for key_node, _ in node.value:
                if isinstance(key_node, ScalarNode):
                    line = file_line(key_node.start_mark, self.text)
                    if key_node.value in seen:
                        self.duplicates.append((key_node.value, seen[key_node.value], line))
                    seen[key_node.value] = line
            if node is self._root:
                self.key_lines = seen
                # The last of a repeated key is its value, as for the data.
                plain = {
                    str(key.value): _is_plain_time(value, self.text)
                    for key, value in node.value
                    if isinstance(key, ScalarNode)
                }
                self.plain_times = frozenset(k for k, is_time in plain.items() if is_time)
                self.entry_lines = {
                    str(key.value): tuple(self._entry(item) for item in value.value)
                    for key, value in node.value
                    if isinstance(key, ScalarNode) and isinstance(value, SequenceNode)
                }
        return super().construct_mapping(node, deep)  # type: ignore[arg-type]

    def _entry(self, item: Node) -> EntryLines:
        keys: dict[str, int] = {}
        if isinstance(item, MappingNode):
            for key_node, _ in item.value:
                if isinstance(key_node, ScalarNode):
                    keys.setdefault(str(key_node.value), file_line(key_node.start_mark, self.text))
        return EntryLines(file_line(item.start_mark, self.text), keys)


def _is_plain_time(node: Node, text: str) -> bool:
    """A time without a zone, written without quotes (style None, or "" from the C parser)
    and without a tag (`!!str 2020-01-02 00:00:00` is text to Ruby's YAML too)."""
    if not (isinstance(node, ScalarNode) and not node.style and _PLAIN_TIME.match(node.value)):
        return False
    written = text[node.start_mark.index : node.end_mark.index]
    return "!" not in written[: max(0, len(written) - len(node.value))]  # anchor, tag


class _Loader(_Lines, _Base):  # type: ignore[valid-type,misc]
    """The loader of every document: PyYAML's C parser where it is installed."""


class _RepeatedAnchors(_Lines, yaml.SafeLoader):
    """The loader of a document that defines one anchor twice (TeXt's stock
    `_data/navigation.yml` sets `&EN` in every entry), which PyYAML refuses. YAML 1.2
    and Ruby's Psych, which Jekyll reads with, let an alias name the latest node of that
    anchor; so does this loader, in pure Python, so only such a document pays for it."""

    def compose_node(self, parent: Node | None, index: int) -> Node | None:
        if not self.check_event(yaml.AliasEvent):
            anchor = self.peek_event().anchor  # type: ignore[no-untyped-call]
            if anchor is not None:
                self.anchors.pop(anchor, None)  # the alias after it means this node
        node: Node | None = super().compose_node(parent, index)
        return node


def _only_authors_types(loader: type[yaml.SafeLoader]) -> None:
    """Dates stay text (our parser reads them with the site's zone), and only YAML 1.2's
    words are booleans."""
    resolvers = {
        first: [r for r in found if r[0] not in (_TIMESTAMP, _BOOL_TAG)]
        for first, found in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    loader.yaml_implicit_resolvers = resolvers
    loader.add_implicit_resolver(_BOOL_TAG, _BOOL, list("tTfF"))


_TIMESTAMP, _BOOL_TAG = "tag:yaml.org,2002:timestamp", "tag:yaml.org,2002:bool"
_only_authors_types(_Loader)
_only_authors_types(_RepeatedAnchors)


@dataclass(frozen=True, slots=True)
class EntryLines:
    """Where one entry of a top-level list is: its own line, and the line of each key when
    the entry is a mapping, so an error in the fifth commitment points at the fifth."""

    line: int
    keys: dict[str, int] = field(default_factory=dict)  # key as written -> line

    def shifted(self, lines: int) -> EntryLines:
        return EntryLines(self.line + lines, {k: v + lines for k, v in self.keys.items()})


@dataclass(frozen=True, slots=True)
class Loaded:
    data: object
    key_lines: dict[str, int]  # top-level key as written -> line within the text (1-based)
    duplicates: tuple[tuple[str, int, int], ...]  # key, first line, repeated line
    # With `nested`: the line of every key of mappings inside mappings, by its path as
    # written ("params.profileMode.imageUrl"); empty otherwise.
    nested_lines: dict[str, int] = field(default_factory=dict)
    # Top-level key as written -> where each entry of its list is (lists only).
    entry_lines: dict[str, tuple[EntryLines, ...]] = field(default_factory=dict)
    # Top-level keys as written whose value is a time without a zone and without quotes
    # (`date: 2020-01-02 00:00:00`), which Ruby's YAML, and so Jekyll, reads as UTC.
    plain_times: frozenset[str] = frozenset()


# Aliases may repeat this many values beyond the document's own: `<<: *defaults` merges
# and shared lists stay far below it, and a nine-level alias chain of ten (10^9 values,
# which every later walk of the data would expand) stops here.
MAX_ALIAS_VALUES = 50_000
MAX_DEPTH = 100  # nesting levels of mappings and lists; real front matter uses a handful


def load_yaml(text: str, *, nested: bool = False) -> Loaded:
    """Parse one YAML document; raises yaml.YAMLError (with marks) on bad input, also on a
    document that aliases would expand beyond MAX_ALIAS_VALUES or that nests deeper than
    MAX_DEPTH. `nested` also records the lines of keys below the top level (site.yaml, not
    front matter)."""
    try:
        loader, node, data = _load(_Loader, text)
    except yaml.composer.ComposerError as err:
        if "duplicate anchor" not in str(err):
            raise
        loader, node, data = _load(_RepeatedAnchors, text)
    paths: dict[str, int] = {}
    if nested and isinstance(node, MappingNode):
        _key_paths(node, "", paths, text)
    return Loaded(
        data,
        loader.key_lines,
        tuple(loader.duplicates),
        paths,
        loader.entry_lines,
        loader.plain_times,
    )


def _load(kind: type[_Lines], text: str) -> tuple[Any, Node | None, object]:
    loader: Any = kind(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return loader, None, None
        check_node(node)
        return loader, node, loader.construct_document(node)
    finally:
        loader.dispose()


def _key_paths(node: MappingNode, prefix: str, found: dict[str, int], text: str) -> None:
    for key_node, value in node.value:
        if isinstance(key_node, ScalarNode):
            path = prefix + str(key_node.value)
            found.setdefault(path, file_line(key_node.start_mark, text))
            if isinstance(value, MappingNode):
                _key_paths(value, path + ".", found, text)


def _children(node: Node) -> list[Node]:
    if isinstance(node, MappingNode):
        return [child for pair in node.value for child in pair]
    return node.value if isinstance(node, CollectionNode) else []


def check_node(root: Node) -> None:
    """Refuse, before anything is built from it, a document whose values aliases repeat too
    often, that refers to itself, or that nests too deeply. Sizes are counted over the
    composed node graph, where an alias is the same node met again, so counting costs one
    visit per distinct collection however big the expansion would be (scalars, most of a
    document, are counted where they are met)."""
    if isinstance(root, ScalarNode):
        _check_scalar(root)
        return
    size: dict[int, int] = {}  # collection id -> values it expands to (capped)
    depth: dict[int, int] = {}
    on_path: set[int] = set()
    own = 0  # the document's own values: distinct collections and the scalars in them
    stack = [root]
    while stack:
        node = stack[-1]
        key = id(node)
        if key in size:
            stack.pop()
            continue
        children = _children(node)
        if key not in on_path:
            on_path.add(key)
            pending = [c for c in children if not isinstance(c, ScalarNode) and id(c) not in size]
            for child in pending:
                if id(child) in on_path:
                    raise ConstructorError(
                        None,
                        None,
                        "an alias refers to the value that holds it, so the value never ends",
                        child.start_mark,
                    )
            if pending:
                stack.extend(pending)
                continue
        stack.pop()
        on_path.discard(key)
        total = deepest = 0
        for child in children:
            if isinstance(child, ScalarNode):
                total += 1
                own += 1
                _check_scalar(child)
            else:
                total += size[id(child)]
                deepest = max(deepest, depth[id(child)])
        size[key] = min(_CAP, total + 1)
        depth[key] = deepest + 1
        own += 1
        if deepest >= MAX_DEPTH:
            raise ConstructorError(
                None,
                None,
                f"values nest more than {MAX_DEPTH} levels deep",
                _too_deep_at(root) or node.start_mark,
            )
    if size[id(root)] - own > MAX_ALIAS_VALUES:
        raise ConstructorError(
            None,
            None,
            "aliases repeat values so often that the document "
            f'would grow beyond {MAX_ALIAS_VALUES:,} values (a "billion '
            'laughs"); write the values out instead',
            _blame(root, size),
        )


_CAP = 10**18  # big enough to rank any two expansions, small enough to add cheaply


MAX_DIGITS = 4000  # Python refuses to read longer whole numbers from text (4,300)
_INT = "tag:yaml.org,2002:int"


def _check_scalar(node: ScalarNode) -> None:
    if node.tag == _INT and len(node.value) > MAX_DIGITS:
        raise ConstructorError(
            None, None, f"a number with more than {MAX_DIGITS:,} digits", node.start_mark
        )


def number_too_long(text: str) -> int | None:
    """The 1-based line of the first run of more than MAX_DIGITS digits in `text` (TOML and
    JSON read such a number with a ValueError that says nowhere where it is)."""
    found = re.search(rf"\d{{{MAX_DIGITS + 1},}}", text)
    return text.count("\n", 0, found.start()) + 1 if found else None


def _too_deep_at(root: Node) -> Mark | None:
    """The first value (breadth first) nested deeper than MAX_DEPTH below the root."""
    level = [root]
    seen = {id(root)}
    for _ in range(MAX_DEPTH):
        following = []
        for node in level:
            for child in _children(node):
                if id(child) not in seen and not isinstance(child, ScalarNode):
                    seen.add(id(child))
                    following.append(child)
        level = following
    return level[0].start_mark if level else None


def _blame(root: Node, size: dict[int, int]) -> Mark:
    """Where the biggest value that is used more than once is used last: a mapping's key
    line, or the list holding it."""
    uses: dict[int, list[Mark]] = {}
    seen = {id(root)}
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, MappingNode):
            edges = [(c, key.start_mark) for key, value in node.value for c in (key, value)]
        else:
            edges = [(c, node.start_mark) for c in _children(node)]
        for child, mark in edges:
            uses.setdefault(id(child), []).append(mark)
            if id(child) not in seen:
                seen.add(id(child))
                stack.append(child)
    repeated = [k for k, marks in uses.items() if len(marks) > 1]
    biggest = max(repeated, key=lambda k: (size.get(k, 1), max(m.index for m in uses[k])))
    return max(uses[biggest], key=lambda m: m.index)


def too_deep(value: object, limit: int = MAX_DEPTH) -> bool:
    """True when lists and mappings in `value` nest deeper than `limit` (TOML and JSON front
    matter have no aliases, but may nest as deep as the parser's stack allows)."""
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            children = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        if level > limit:
            return True
        stack.extend((child, level + 1) for child in children)
    return False


def error_line(err: yaml.YAMLError, text: str | None = None) -> int | None:
    """1-based line of a YAML error within the text it was given, when YAML knows it. A
    problem found only at the end of `text` (an unclosed `[` or quote) is reported where
    the unclosed part begins, which is where the author must look."""
    problem = getattr(err, "problem_mark", None)
    context = getattr(err, "context_mark", None)
    mark = problem or context
    if (
        problem is not None
        and context is not None
        and text is not None
        and problem.index >= len(text.rstrip())
    ):
        mark = context
    return file_line(mark, text) if mark is not None else None


_OTHER_BREAKS = ("\x85", "\u2028", "\u2029")  # line breaks to YAML, not to editors


def file_line(mark: Mark, text: str | None) -> int:
    """The 1-based line of a YAML mark as editors count lines (at "\\n" only): YAML also
    breaks lines at NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR, so its own line number
    runs ahead after a value holding one; its character index does not."""
    if text is None or not any(b in text for b in _OTHER_BREAKS):
        return int(mark.line) + 1
    return bisect.bisect_left(_newlines(text), mark.index) + 1


@functools.lru_cache(maxsize=4)
def _newlines(text: str) -> list[int]:
    """Where each "\\n" of `text` is, computed once per document however many marks."""
    return [i for i, ch in enumerate(text) if ch == "\n"]


def error_text(err: yaml.YAMLError) -> str:
    problem = getattr(err, "problem", None)
    context = getattr(err, "context", None)
    if problem and context:
        return f"{context}, {problem}"
    return str(problem or context or err).splitlines()[0]
