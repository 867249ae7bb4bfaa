"""read/sitedata.py: data/ files as site.data, and one language's view of them."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorblog.core.errors import BuildError
from mentorblog.read.sitedata import language_data, read_data


def write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_folders_and_files_make_nested_mappings(tmp_path: Path) -> None:
    write(tmp_path, "data/strings.yml", "hello: Hello\n")
    write(tmp_path, "data/fr/strings.yaml", "hello: Bonjour\n")
    write(tmp_path, "data/people.json", '[{"name": "Ada"}]')
    write(tmp_path, "data/site.toml", "year = 2025\n")
    write(tmp_path, "data/notes.csv", "a,b\n")  # not read
    write(tmp_path, "data/.hidden.yml", "x: 1\n")
    assert read_data(tmp_path) == {
        "fr": {"strings": {"hello": "Bonjour"}},
        "people": [{"name": "Ada"}],
        "site": {"year": 2025},
        "strings": {"hello": "Hello"},
    }
    assert read_data(tmp_path / "nowhere") == {}


def test_a_language_sees_the_default_then_its_own_folder_over_the_rest() -> None:
    data = {
        "strings": {"hello": "Hello", "greetings": {"morning": "Morning", "evening": "Evening"}},
        "en": {"strings": {"bye": "Bye"}},
        "de": {"strings": {"hello": "Hallo", "greetings": {"morning": "Morgen"}}},
    }
    german = language_data(data, "en", "de")
    assert german["strings"] == {
        "hello": "Hallo",
        "greetings": {"morning": "Morgen", "evening": "Evening"},
        "bye": "Bye",
    }
    assert german["de"] == data["de"]  # still reachable as site.data.de, as in Jekyll
    assert language_data(data, "en", "fr")["strings"]["hello"] == "Hello"  # type: ignore[index]
    assert data["strings"]["hello"] == "Hello"  # type: ignore[index]  # not changed in place


def test_errors_name_the_file_and_line(tmp_path: Path) -> None:
    write(tmp_path, "data/bad.yml", "a: 1\nb: [\n")
    with pytest.raises(BuildError) as err:
        read_data(tmp_path)
    assert str(err.value.file) == "data/bad.yml" and err.value.line is not None
    write(tmp_path, "data/bad.yml", "a: 1\n")
    write(tmp_path, "data/deep.json", "[" * 200 + "]" * 200)
    with pytest.raises(BuildError, match="nests too deep"):
        read_data(tmp_path)


def test_a_link_out_of_the_site_is_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.yml"
    outside.write_text("key: value\n")
    site = tmp_path / "site"
    (site / "data").mkdir(parents=True)
    (site / "data" / "s.yml").symlink_to(outside)
    with pytest.raises(BuildError, match="outside the site"):
        read_data(site)
