"""Term pages Hugo writes for the tags of a leaf bundle's Markdown resources.

Hugo publishes no page for a Markdown file inside a leaf bundle (`users/charts/index.md`
beside `users/index.md`), but it still reads its front matter: each term it names gets a
term page (and its feed) that lists nothing, unless the resource is a draft. The import
does not copy such files (mentorblog would publish them as pages), so it writes the term's
own `content/<taxonomy>/<term>/_index.md` instead, which makes mentorblog write the term
at the same address, as Hugo does for a term with an `_index.md` and no pages."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from pathlib import PurePosixPath
from typing import Any

import yaml

from mentorblog.core import urls
from mentorblog.core.keys import lookup

HUGO_DEFAULT_TAXONOMIES = {"tag": "tags", "category": "categories"}


def taxonomy_names(data: Mapping[str, Any]) -> tuple[str, ...]:
    """The plural names of a Hugo site's taxonomies (Hugo's two when none are set)."""
    block = lookup(data, "taxonomies")
    if not isinstance(block, Mapping):
        block = HUGO_DEFAULT_TAXONOMIES
    return tuple(str(v) for v in block.values() if isinstance(v, str) and v)


def terms_of(front: Mapping[str, Any], taxonomies: Sequence[str]) -> list[tuple[str, str]]:
    """(taxonomy, term as written) for every term a page's front matter names; none for a
    draft, which Hugo does not read for terms."""
    if lookup(front, "draft") is True:
        return []
    found = []
    for plural in taxonomies:
        value = lookup(front, plural)
        names = [value] if isinstance(value, str) else value if isinstance(value, list) else []
        for name in names:
            if isinstance(name, str | int | float) and not isinstance(name, bool):
                text = str(name).strip()
                if text and any(ch.isalnum() for ch in urls.slugify(text)):
                    found.append((plural, text))
    return found


def term_index_pages(
    resources: Iterable[tuple[PurePosixPath, str, Mapping[str, Any]]],
    pages: Iterable[tuple[str, Mapping[str, Any]]],
    existing: Iterable[PurePosixPath],
    taxonomies: Sequence[str],
    content: str = "content",
) -> tuple[list[tuple[PurePosixPath, str]], dict[PurePosixPath, list[PurePosixPath]]]:
    """The `_index.md` files that keep the terms only bundle resources name, and, per
    resource, the files written for it (for the import's report).

    `resources`: (file, suffix of its language, front matter), the suffix "" for the
    default language (or a language the site does not have, which Hugo reads as the
    default); `pages`: (suffix, front matter) of every page carried over, whose terms
    mentorblog makes itself; `existing`: every file of the old site, so a term's own
    `_index.md` is left as it is."""
    used = {
        (lang, plural, urls.term_slug(name))
        for lang, front in pages
        for plural, name in terms_of(front, taxonomies)
    }
    own = {
        (_suffix_of(rel), rel.parts[1].lower(), urls.slugify(rel.parts[2]))
        for rel in existing
        if len(rel.parts) == 4 and rel.parts[0] == content and rel.name.split(".")[0] == "_index"
    }
    written: dict[tuple[str, str, str], PurePosixPath] = {}
    texts: list[tuple[PurePosixPath, str]] = []
    per_resource: dict[PurePosixPath, list[PurePosixPath]] = {}
    for rel, lang, front in sorted(resources, key=lambda r: r[0]):
        for plural, name in terms_of(front, taxonomies):
            slug = urls.term_slug(name)
            key = (lang, plural, slug)
            if key in used or (lang, plural.lower(), slug) in own:
                continue
            if key not in written:
                index = "_index.md" if not lang else f"_index.{lang}.md"
                target = PurePosixPath(content, plural, slug, index)
                written[key] = target
                texts.append((target, _index_text(name, rel)))
            per_resource.setdefault(rel, []).append(written[key])
    return texts, per_resource


def _suffix_of(rel: PurePosixPath) -> str:
    """`_index.fr.md` -> "fr"; `_index.md` -> ""."""
    parts = rel.name.split(".")
    return parts[1] if len(parts) == 3 else ""


def _index_text(name: str, resource: PurePosixPath) -> str:
    title = yaml.safe_dump({"title": name}, allow_unicode=True, default_flow_style=False)
    return (
        "---\n"
        "# Written by `mentorblog import`: Hugo wrote a page for this term, which only\n"
        f"# {' '.join(str(resource).split())} (a page resource of a leaf bundle) names.\n"
        f"{title}"
        "---\n"
    )
