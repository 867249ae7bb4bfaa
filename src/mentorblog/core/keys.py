"""Keys as authors write them: any case, with or without `_` and `-`, dotted into mappings.

Hugo reads front matter and settings this way (`showToc`, `ShowToc` and `show_toc` are one
key), and so do layouts' `param("profileMode.imageUrl")` and the shortcodes' `.Param`."""

from __future__ import annotations

from collections.abc import Mapping


def norm(key: object) -> str:
    """Keys match ignoring case, `_` and `-`, as FRONTMATTER.md section 0 says."""
    return str(key).lower().replace("_", "").replace("-", "")


def lookup(mapping: Mapping[str, object], key: str) -> object:
    """The value of `key` in `mapping`, matched as keys are (see `norm`); None when absent."""
    n = norm(key)
    return next((v for k, v in mapping.items() if norm(k) == n), None)


def dig(value: object, *path: str) -> object:
    """`value[path[0]][path[1]]...`, each key matched as keys are; None when a step is missing
    or not a mapping."""
    for part in path:
        if not isinstance(value, Mapping):
            return None
        value = lookup(value, part)
    return value


def dotted(value: object, key: str) -> object:
    """`dig` along a dotted key: `dotted(params, "profileMode.imageUrl")`."""
    return dig(value, *key.split(".")) if key else value
