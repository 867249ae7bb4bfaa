"""`mentorblog new ci github|gitlab`: the deploy workflow of docs/deploy.md, written into the
repository that holds the site.

The workflows are files shipped in the package (`scaffold/ci/`), and docs/deploy.md shows
them byte for byte (a test keeps the two equal). Only what differs between sites is changed:
the site's folder inside the repository, the branch GitHub publishes from, and how pip gets
mentorblog."""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, distribution
from importlib.resources import files
from pathlib import Path, PurePosixPath

import yaml

from mentorblog.commands.new import create_files
from mentorblog.core.errors import BuildError
from mentorblog.read.config import load_config

PROVIDERS: dict[str, tuple[str, PurePosixPath]] = {
    "github": ("github-pages.yml", PurePosixPath(".github/workflows/pages.yml")),
    "gitlab": ("gitlab-ci.yml", PurePosixPath(".gitlab-ci.yml")),
}
DEFAULT_INSTALL = "mentorblog"
_SAFE_FOLDER = re.compile(r"[A-Za-z0-9._/-]+")


@dataclass(frozen=True, slots=True)
class NewCI:
    repository: Path  # where the file was written: the git repository's root, else the site
    file: PurePosixPath  # relative to `repository`
    site_folder: PurePosixPath  # the site inside the repository ("." at its root)
    branch: str  # GitHub: the branch that publishes; GitLab publishes its default branch
    install: str  # what `pip install` is given
    has_git: bool  # False: no repository found above the site


def workflow_template(provider: str) -> str:
    """The workflow exactly as docs/deploy.md shows it."""
    name = PROVIDERS[provider][0]
    return files("mentorblog").joinpath("scaffold", "ci", name).read_text(encoding="utf-8")


def render_workflow(
    provider: str,
    *,
    site_folder: PurePosixPath | None = None,
    cache_dir: str = ".mentorblog-cache",
    branch: str = "main",
    install: str = DEFAULT_INSTALL,
) -> str:
    """The workflow for one site: its folder in the repository, its build cache, the branch
    that publishes and the pip requirement. Every value is checked to come back from the
    YAML exactly as given, so no name can change what the workflow runs."""
    text = workflow_template(provider)
    site_folder = site_folder or PurePosixPath(".")
    inside = site_folder != PurePosixPath(".")
    for folder in (str(site_folder), cache_dir):
        if not _SAFE_FOLDER.fullmatch(folder) or ".." in PurePosixPath(folder).parts:
            raise BuildError(
                f"the folder {folder!r} cannot be written into a workflow safely (use letters, "
                "digits, ., _, - and /); copy the workflow from docs/deploy.md and adapt it"
            )
    if not re.fullmatch(r"[A-Za-z0-9._/-]+", branch):
        branch = "main"
    cache = str(site_folder / cache_dir) if inside else cache_dir
    flag = f" -s {site_folder}" if inside else ""
    changes = [
        ("pip install mentorblog", f"pip install {shlex.quote(install)}"),
        ("mentorblog check", f"mentorblog check{flag}"),
        ("mentorblog build ", f"mentorblog build{flag} "),
        (".mentorblog-cache", cache),
    ]
    if provider == "github":
        changes.append(("branches: [main]", f"branches: [{branch}]"))
    elif install.startswith("git+"):  # the slim image has no git, which pip needs for it
        changes.append(("image: python:3.12-slim", "image: python:3.12"))
    for old, new in changes:
        if old not in text:  # the template and this code disagree: a bug, not a user error
            raise AssertionError(f"{old!r} is not in the {provider} workflow")
        text = text.replace(old, new)
    _check_commands(provider, text, install)
    return text


def new_ci(source: Path, provider: str, *, install: str | None = None) -> NewCI:
    """Write the workflow for the site in `source`; never over an existing file."""
    if provider not in PROVIDERS:
        raise BuildError(f"unknown CI {provider!r} (known: {', '.join(PROVIDERS)})")
    site = source.resolve()
    config = load_config(site).config  # also: stop early outside a site
    repository = git_root(site)
    has_git = repository is not None
    repository = repository or site
    site_folder = PurePosixPath(site.relative_to(repository).as_posix())
    branch = current_branch(repository) if has_git else "main"
    chosen = install if install is not None else default_install()
    cache_dir = PurePosixPath(config.cache_dir).as_posix()
    text = render_workflow(
        provider,
        site_folder=site_folder,
        cache_dir=cache_dir,
        branch=branch or "main",
        install=chosen,
    )
    target = PROVIDERS[provider][1]
    try:
        create_files(repository, {target: text})
    except BuildError as err:  # named from the repository, which may not be the site
        where = repository / err.file if err.file is not None else repository
        raise BuildError(err.message, where.as_posix(), err.line) from None
    return NewCI(repository, target, site_folder, branch or "main", chosen, has_git)


def git_root(folder: Path) -> Path | None:
    """The nearest folder at or above `folder` holding `.git` (a folder, or a file in a
    worktree or submodule)."""
    for candidate in (folder, *folder.parents):
        if (candidate / ".git").exists():
            return candidate
    return None


def current_branch(repository: Path) -> str | None:
    """The checked-out branch, read from `.git/HEAD` (following a worktree's `gitdir:`
    file); None when HEAD is detached or cannot be read."""
    git = repository / ".git"
    try:
        if git.is_file():
            pointer = git.read_text(encoding="utf-8").strip()
            if not pointer.startswith("gitdir:"):
                return None
            git = (repository / pointer.removeprefix("gitdir:").strip()).resolve()
        head = (git / "HEAD").read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    ref = head.removeprefix("ref: refs/heads/")
    return ref if ref != head and ref else None


def default_install() -> str:
    """What pip in CI is given when --install is not: the git address and commit this copy
    of mentorblog was installed from (PEP 610 `direct_url.json`), so CI runs the same code;
    otherwise the package name, for an index."""
    try:
        raw = distribution("mentorblog").read_text("direct_url.json")
    except PackageNotFoundError:
        return DEFAULT_INSTALL
    if not raw:
        return DEFAULT_INSTALL
    try:
        origin = json.loads(raw)
    except ValueError:
        return DEFAULT_INSTALL
    vcs = origin.get("vcs_info") if isinstance(origin, dict) else None
    url = origin.get("url") if isinstance(origin, dict) else None
    if (
        isinstance(vcs, dict)
        and vcs.get("vcs") == "git"
        and isinstance(url, str)
        and url.startswith("https://")
    ):
        commit = vcs.get("commit_id")
        return f"git+{url}@{commit}" if isinstance(commit, str) and commit else f"git+{url}"
    return DEFAULT_INSTALL


def installed_from_folder() -> str | None:
    """The local folder or file this mentorblog was installed from, if it was; CI cannot
    reach it."""
    try:
        raw = distribution("mentorblog").read_text("direct_url.json")
        origin = json.loads(raw or "null")
    except (PackageNotFoundError, ValueError):
        return None
    url = origin.get("url") if isinstance(origin, dict) else None
    if isinstance(url, str) and url.startswith("file://") and "vcs_info" not in origin:
        return url.removeprefix("file://")
    return None


def _check_commands(provider: str, text: str, install: str) -> None:
    """The workflow still parses and installs exactly what was asked for."""
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError:
        data = None
    if provider == "github":
        steps = data["jobs"]["build"]["steps"] if isinstance(data, dict) else []
        commands = [str(step.get("run", "")) for step in steps if isinstance(step, dict)]
    else:
        commands = [str(c) for c in data["pages"]["script"]] if isinstance(data, dict) else []
    wanted = f"pip install {shlex.quote(install)}"
    if wanted not in commands or shlex.split(wanted)[2:] != [install]:
        raise BuildError(f"--install {install!r} cannot be written into the workflow safely")
