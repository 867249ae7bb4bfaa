"""YAML loading as authors expect it: dates stay text for our own parser, yes/no stay words,
and every top-level key remembers its line so errors can point at it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# YAML 1.2 booleans only: `tags: [no]` is the tag "no", not False.
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")


class _Loader(_Base):  # type: ignore[valid-type,misc]
    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.key_lines: dict[str, int] = {}
        self.duplicates: list[tuple[str, int, int]] = []
        self._root: Node | None = None

    def construct_document(self, node: Node) -> Any:
        self._root = node
        return super().construct_document(node)

    def construct_mapping(self, node: Node, deep: bool = False) -> Any:
        if isinstance(node, MappingNode):
            seen: dict[str, int] = {}
            for key_node, _ in node.value:
                if isinstance(key_node, ScalarNode):
                    line = key_node.start_mark.line + 1
                    if key_node.value in seen:
                        self.duplicates.append((key_node.value, seen[key_node.value], line))
                    seen[key_node.value] = line
            if node is self._root:
                self.key_lines = seen
        return super().construct_mapping(node, deep)


def _without(tag: str) -> None:
    for first, resolvers in list(_Loader.yaml_implicit_resolvers.items()):
        _Loader.yaml_implicit_resolvers[first] = [r for r in resolvers if r[0] != tag]


_Loader.yaml_implicit_resolvers = {k: list(v) for k, v in _Base.yaml_implicit_resolvers.items()}
_without("tag:yaml.org,2002:timestamp")
_without("tag:yaml.org,2002:bool")
_Loader.add_implicit_resolver("tag:yaml.org,2002:bool", _BOOL, list("tTfF"))


@dataclass(frozen=True, slots=True)
class Loaded:
    data: object
    key_lines: dict[str, int]  # top-level key as written -> line within the text (1-based)
    duplicates: tuple[tuple[str, int, int], ...]  # key, first line, repeated line
    # With `nested`: the line of every key of mappings inside mappings, by its path as
    # written ("params.profileMode.imageUrl"); empty otherwise.
    nested_lines: dict[str, int] = field(default_factory=dict)


def load_yaml(text: str, *, nested: bool = False) -> Loaded:
    """Parse one YAML document; raises yaml.YAMLError (with marks) on bad input. `nested`
    also records the lines of keys below the top level (site.yaml, not front matter)."""
    loader = _Loader(text)
    try:
        data = loader.get_single_data()
        root = loader._root
    finally:
        loader.dispose()
    paths: dict[str, int] = {}
    if nested and isinstance(root, MappingNode):
        _key_paths(root, "", paths)
    return Loaded(data, loader.key_lines, tuple(loader.duplicates), paths)


def _key_paths(node: MappingNode, prefix: str, found: dict[str, int]) -> None:
    for key_node, value in node.value:
        if isinstance(key_node, ScalarNode):
            path = prefix + str(key_node.value)
            found.setdefault(path, key_node.start_mark.line + 1)
            if isinstance(value, MappingNode):
                _key_paths(value, path + ".", found)


def error_line(err: yaml.YAMLError) -> int | None:
    """1-based line of a YAML error within the text it was given, when YAML knows it."""
    mark = getattr(err, "problem_mark", None) or getattr(err, "context_mark", None)
    return mark.line + 1 if mark is not None else None


def error_text(err: yaml.YAMLError) -> str:
    problem = getattr(err, "problem", None)
    context = getattr(err, "context", None)
    if problem and context:
        return f"{context}, {problem}"
    return str(problem or context or err).splitlines()[0]
