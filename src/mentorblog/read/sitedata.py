"""The site's data files, `site.data` in layouts as in Jekyll (`_data/`) and Hugo (`data/`):
`data/authors.yaml` is `site.data.authors`, `data/en/strings.yml` is
`site.data.en.strings`. On a site in several languages each language sees jekyll-polyglot's
merge: the default language's folder, then its own, laid over the rest, so
`site.data.strings.hello` is the language's word and a key it lacks keeps the other one."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Mapping
from pathlib import Path, PurePosixPath

import yaml

from mentorblog.core.errors import BuildError
from mentorblog.read.yamltext import error_line, error_text, load_yaml, too_deep

DATA_DIR = "data"
DATA_SUFFIXES = (".yml", ".yaml", ".json", ".toml")
MAX_BYTES = 8 << 20  # a data file is settings and word lists, never this large


def read_data(root: Path) -> dict[str, object]:
    """Every data file below `root/data`, by folder and file name (sorted, so a name that
    is both `a.yml` and `a.json` takes the first by suffix order); {} without the folder."""
    top = root / DATA_DIR
    if not top.is_dir():
        return {}
    inside = root.resolve()
    found: dict[str, object] = {}
    for path in sorted(top.rglob("*")):
        if path.suffix.lower() not in DATA_SUFFIXES or not path.is_file():
            continue
        rel = PurePosixPath(path.relative_to(root).as_posix())
        if any(part.startswith(".") for part in rel.parts):
            continue
        if not path.resolve().is_relative_to(inside):
            raise BuildError("is a symbolic link to a place outside the site", rel)
        folder = found
        for name in rel.parts[1:-1]:
            inner = folder.setdefault(name, {})
            if not isinstance(inner, dict):
                raise BuildError(f"the folder {name}/ has the name of a data file", rel)
            folder = inner
        key = PurePosixPath(rel.name).stem
        if key in folder:
            continue
        folder[key] = read_data_file(path, rel)
    return found


def read_data_file(path: Path, rel: PurePosixPath) -> object:
    """One data file's value; BuildError (naming `rel`) when it cannot be read."""
    if path.stat().st_size > MAX_BYTES:
        raise BuildError(f"is larger than {MAX_BYTES >> 20} MB; a data file is not", rel)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as err:
        raise BuildError(f"not UTF-8 text ({err.reason})", rel) from None
    suffix = path.suffix.lower()
    try:
        if suffix == ".json":
            value: object = json.loads(text)
        elif suffix == ".toml":
            value = tomllib.loads(text)
        else:
            value = load_yaml(text).data
    except yaml.YAMLError as err:
        raise BuildError(f"not valid YAML: {error_text(err)}", rel, error_line(err, text)) from None
    except json.JSONDecodeError as err:
        raise BuildError(f"not valid JSON: {err.msg}", rel, err.lineno) from None
    except tomllib.TOMLDecodeError as err:
        raise BuildError(f"not valid TOML: {err}", rel) from None
    except RecursionError:
        raise BuildError("nests too deep", rel) from None
    if too_deep(value):
        raise BuildError("nests too deep", rel)
    return value


def language_data(data: Mapping[str, object], default: str, code: str) -> Mapping[str, object]:
    """`data` as language `code` sees it: `data[default]`, then `data[code]`, merged over it
    key by key (mappings inside mappings merged too), as jekyll-polyglot merges them."""
    merged: Mapping[str, object] = data
    for name in dict.fromkeys((default, code)):
        own = data.get(name)
        if isinstance(own, Mapping):
            merged = _merge(merged, own)
    return merged


def _merge(under: Mapping[str, object], over: Mapping[str, object]) -> dict[str, object]:
    found = dict(under)
    for key, value in over.items():
        below = found.get(key)
        if isinstance(below, Mapping) and isinstance(value, Mapping):
            found[key] = _merge(below, value)
        else:
            found[key] = value
    return found
