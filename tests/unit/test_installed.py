"""core/installed.py: versions read from `.dist-info` folder names answer as
importlib.metadata does, for what the build cache's digest and the shipped theme code ask."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path

import jinja2
import pytest

from mentorblog.core import installed
from mentorblog.output.cache import LIBRARIES


@pytest.fixture
def fresh() -> Iterator[None]:
    """The module's findings made again from the current `sys.path`, before and after."""
    installed._found.cache_clear()
    yield
    installed._found.cache_clear()


def _metadata_version(project: str) -> str | None:
    try:
        return metadata.version(project)
    except metadata.PackageNotFoundError:
        return None


@pytest.mark.parametrize("project", [*LIBRARIES, "Jinja2", "PyYAML", "cryptography", "Pillow"])
def test_every_library_the_digest_names_has_the_version_importlib_metadata_finds(
    fresh: None, project: str
) -> None:
    assert installed.version(project) == _metadata_version(project)
    assert installed.version(project) is not None  # all are dependencies of the test venv


def test_a_project_that_is_not_installed_has_no_version(fresh: None) -> None:
    assert installed.version("no-such-project-anywhere") is None
    assert installed.location("no-such-project-anywhere") is None


def test_jinja_is_located_where_it_is_imported_from(fresh: None) -> None:
    folder = installed.location("jinja2")
    assert folder is not None
    assert (folder / "jinja2" / "__init__.py").resolve() == Path(jinja2.__file__).resolve()


def test_names_compare_as_the_packaging_specifications_say() -> None:
    assert installed.normalised("Markdown_It.py") == installed.normalised("markdown-it-py")
    assert installed.normalised("PyYAML") == "pyyaml"


def test_the_first_folder_on_the_path_wins(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    _dist_info(first, "demo_lib-2.0.dist-info", "demo-lib", "2.0")
    _dist_info(second, "Demo.Lib-1.0.dist-info", "Demo.Lib", "1.0")
    monkeypatch.setattr(sys, "path", [str(first), str(second), str(tmp_path / "missing")])
    assert installed.version("demo-lib") == "2.0"
    assert installed.location("Demo_Lib") == first


def test_metadata_of_another_kind_is_asked_of_importlib_metadata(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An `.egg-info` (an old `setup.py develop`) is not read here: importlib.metadata,
    which reads it, answers for that project, even beside a `.dist-info` of it."""
    _dist_info(tmp_path, "eggy-1.0.dist-info", "eggy", "1.0")
    egg = tmp_path / "eggy-3.1-py3.11.egg-info"
    egg.mkdir()
    (egg / "PKG-INFO").write_text("Metadata-Version: 2.1\nName: eggy\nVersion: 3.1\n")
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    assert installed.version("eggy") == "3.1" == _metadata_version("eggy")
    assert installed.location("eggy") is None


def test_a_dist_info_folder_without_its_metadata_is_passed_over(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What an interrupted install leaves: an empty `.dist-info` ahead of the real one.
    importlib.metadata skips it, and so does this; its name is not taken for a version."""
    (tmp_path / "first" / "halfway-9.9.dist-info").mkdir(parents=True)
    _dist_info(tmp_path / "second", "halfway-1.0.dist-info", "halfway", "1.0")
    monkeypatch.setattr(sys, "path", [str(tmp_path / "first"), str(tmp_path / "second")])
    assert installed.version("halfway") == _metadata_version("halfway")
    assert installed.location("halfway") is None


def test_an_egg_on_the_path_is_asked_of_importlib_metadata(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An `.egg` entry ahead of a `.dist-info` (buildout, easy_install): importlib.metadata
    reads its EGG-INFO, and answers."""
    egg = tmp_path / "eggsy-3.0-py3.11.egg"
    (egg / "EGG-INFO").mkdir(parents=True)
    (egg / "EGG-INFO" / "PKG-INFO").write_text("Metadata-Version: 2.1\nName: eggsy\nVersion: 3.0\n")
    _dist_info(tmp_path / "site", "eggsy-1.0.dist-info", "eggsy", "1.0")
    monkeypatch.setattr(sys, "path", [str(egg), str(tmp_path / "site")])
    assert installed.version("eggsy") == "3.0" == _metadata_version("eggsy")


def test_an_archive_on_the_path_sends_every_question_to_importlib_metadata(
    fresh: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "app.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr(
            "zipped-2.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: zipped\nVersion: 2.0\n"
        )
    monkeypatch.setattr(sys, "path", [str(archive), str(tmp_path / "missing.zip")])
    assert installed.version("zipped") == "2.0" == _metadata_version("zipped")


def _dist_info(folder: Path, name: str, project: str, version: str) -> None:
    """A `.dist-info` folder as installers write it (its METADATA, at least)."""
    (folder / name).mkdir(parents=True)
    (folder / name / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {project}\nVersion: {version}\n"
    )


def test_a_build_imports_nothing_only_some_builds_need(tmp_path: Path) -> None:
    """A build of a site with no shared post neither reads package metadata with
    importlib.metadata, nor imports `email` or `cryptography`: ~30 ms of every start."""
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "site.yaml").write_text("title: Start\nbaseURL: https://start.example/\n")
    (site / "content" / "posts" / "first.md").write_text(
        "---\ntitle: First\ndate: 2024-05-01\ntags: [mentoring]\n---\nA session.\n"
    )
    script = (
        "import sys\n"
        "from mentorblog.cli import main\n"
        "code = main(['build', '-s', sys.argv[1], '-q'])\n"
        "print(' '.join(sorted(sys.modules)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(site)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    loaded = set(done.stdout.split())
    assert "mentorblog.build" in loaded and (site / "public" / "index.html").is_file()
    assert not {"importlib.metadata", "email", "cryptography"} & loaded
