"""The wheel carries everything `new site` and `build` need and works from any folder (issue
18, item 4): built with pip as `pipx install .` builds it, installed apart from this
checkout, then `new site` and `build` run from an unrelated folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_the_wheel_makes_and_builds_a_site_from_anywhere(tmp_path: Path) -> None:
    source = tmp_path / "source"  # a copy: building in the checkout would leave build/ there
    shutil.copytree(REPO / "src", source / "src",
                    ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, source / name)
    # Bytecode a checkout made of the theme's compiled layouts stays out of the wheel.
    stray = source / "src" / "mentorblog" / "theme" / "compiled" / "__pycache__" / "a.pyc"
    stray.parent.mkdir()
    stray.write_bytes(b"")
    dist = tmp_path / "dist"
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "-q", "-w", str(dist)],
        cwd=tmp_path, capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert built.returncode == 0, built.stderr
    (wheel,) = dist.glob("mentorblog-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    assert not [n for n in names if "__pycache__" in n]
    for needed in ("scaffold/site/site.yaml", "scaffold/site/gitignore",
                   "scaffold/ci/github-pages.yml", "scaffold/ci/gitlab-ci.yml",
                   "theme/archetypes/reflection.md", "theme/layouts/base.html",
                   "theme/compiled/index.json", "theme/compiled/partials/rss_item_xml.py"):
        needed = "mentorblog/" + needed
        assert needed in names, needed

    # Installed apart (the dependencies come from this environment), ahead of the checkout.
    target = tmp_path / "installed"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
         str(wheel)], capture_output=True, text=True, timeout=600, stdin=subprocess.DEVNULL)
    assert installed.returncode == 0, installed.stderr
    env = {**os.environ, "PYTHONPATH": str(target)}
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()

    def mentorblog(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "mentorblog", *args], cwd=elsewhere,
                              env=env, capture_output=True, text=True, timeout=300,
                              stdin=subprocess.DEVNULL)

    where = subprocess.run([sys.executable, "-c", "import mentorblog; print(mentorblog.__file__)"],
                           cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60)
    assert Path(where.stdout.strip()).is_relative_to(target), where.stdout + where.stderr
    made = mentorblog("new", "site", "journal", "--timezone", "UTC")
    assert made.returncode == 0, made.stderr
    done = mentorblog("build", "-s", "journal", "--base-url", "https://ana.dev/")
    assert done.returncode == 0, done.stderr
    assert (elsewhere / "journal" / "public" / "journal" / "index.html").is_file()
    assert mentorblog("new", "ci", "github", "-s", "journal").returncode == 0
    # The theme's compiled layouts came along, and the installed package runs them: Jinja's
    # parser is gone, and the theme's base layout still loads (unless another Jinja than the
    # one that made the code is installed: then it is compiled, see test_theme_code.py).
    ran = subprocess.run(
        [sys.executable, "-c", "import jinja2.environment as e; from pathlib import Path; "
         "from mentorblog.render import environment as m, theme_code as c; "
         "c.shipped().jinja == c.installed_jinja() and setattr(e.Environment, '_parse', None); "
         "print(m.make_environment(Path('.')).get_template('theme:base.html').filename)"],
        cwd=elsewhere, env=env, capture_output=True, text=True, timeout=60)
    assert Path(ran.stdout.strip()).is_relative_to(target), ran.stdout + ran.stderr


def test_the_dev_extra_pins_what_the_quality_gates_pin() -> None:
    """`pip install -e '.[dev]'` must give the mypy and ruff the gates run, or a developer's
    clean `ruff format` fails in CI."""
    import tomllib

    extras = tomllib.loads((REPO / "pyproject.toml").read_text())["project"][
        "optional-dependencies"
    ]
    test = {r.split("==")[0]: r for r in extras["test"]}
    for requirement in extras["dev"]:
        name = requirement.split("==")[0]
        assert "==" in requirement, f"{requirement} is not pinned"
        assert test.get(name) == requirement, f"dev has {requirement}, test {test.get(name)}"


def test_the_theme_links_only_to_addresses_the_project_declares() -> None:
    """The footer's "Built with mentorblog" once linked to a PyPI page that does not exist:
    the theme may link to the project only at an address pyproject.toml's [project.urls]
    names."""
    import re
    import tomllib

    declared = set(
        tomllib.loads((REPO / "pyproject.toml").read_text())["project"].get("urls", {}).values()
    )
    layouts = REPO / "src" / "mentorblog" / "theme" / "layouts"
    for path in sorted(layouts.rglob("*.html")):
        for address in re.findall(r'href="(https?://[^"{]*)"', path.read_text()):
            assert address in declared, f"{path.relative_to(REPO)} links to {address}"
