"""new_ci: the deploy workflows (issue 18, item 2). They are the files docs/deploy.md shows,
they parse as YAML and run the right commands, a site in a sub-folder of its repository gets
`-s` and its own cache path, nothing unsafe can be written into them, and an existing file is
never overwritten."""

from __future__ import annotations

import json
import re
import shlex
from pathlib import Path, PurePosixPath
from typing import Any

import pytest
import yaml

from mentorblog.cli import main
from mentorblog.commands import new_ci as new_ci_module
from mentorblog.commands.new_ci import (
    current_branch,
    default_install,
    git_root,
    new_ci,
    render_workflow,
    workflow_template,
)
from mentorblog.core.errors import BuildError

REPO = Path(__file__).resolve().parents[2]
SITE_YAML = "title: J\nbaseURL: https://journal.ana.dev/\n"


def docs_blocks() -> dict[str, str]:
    """The yaml block under each `## ... Pages` heading of docs/deploy.md."""
    text = (REPO / "docs" / "deploy.md").read_text(encoding="utf-8")
    blocks = {}
    for provider, heading in (("github", "## GitHub Pages"), ("gitlab", "## GitLab Pages")):
        section = text.split(heading, 1)[1]
        found = re.search(r"```yaml\n(.*?)```", section, re.S)
        assert found, heading
        blocks[provider] = found.group(1)
    return blocks


def github_runs(text: str) -> list[str]:
    data = yaml.safe_load(text)
    return [step["run"] for step in data["jobs"]["build"]["steps"] if "run" in step]


def gitlab_script(text: str) -> list[str]:
    return list(yaml.safe_load(text)["pages"]["script"])


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "journal"
    root.mkdir()
    (root / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    return root


# -- the files themselves -------------------------------------------------------------------

@pytest.mark.parametrize("provider", ["github", "gitlab"])
def test_the_package_ships_what_docs_deploy_shows(provider: str) -> None:
    assert workflow_template(provider) == docs_blocks()[provider]
    assert render_workflow(provider) == workflow_template(provider)  # a site at the root


def test_github_workflow_checks_builds_and_publishes_with_the_cache_kept() -> None:
    text = render_workflow("github")
    data = yaml.safe_load(text)
    assert data[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads the key `on` as True
    assert data["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    steps = data["jobs"]["build"]["steps"]
    uses = [step.get("uses", "").split("@")[0] for step in steps]
    assert uses == ["actions/checkout", "actions/setup-python", "actions/cache",
                    "actions/configure-pages", "", "", "", "actions/upload-pages-artifact"]
    cache = steps[2]["with"]
    assert cache["path"] == ".mentorblog-cache"
    assert cache["key"].startswith("mentorblog-") and cache["restore-keys"].strip()
    assert github_runs(text) == [
        "pip install mentorblog",
        "mentorblog check",
        'mentorblog build -d public --base-url "${{ steps.pages.outputs.base_url }}/"',
    ]
    assert steps[-1]["with"]["path"] == "public"
    deploy = data["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["steps"][0]["uses"].startswith("actions/deploy-pages@")


def test_gitlab_job_checks_builds_and_publishes_with_the_cache_kept() -> None:
    data = yaml.safe_load(render_workflow("gitlab"))
    job = data["pages"]
    assert job["script"] == ["pip install mentorblog", "mentorblog check",
                             'mentorblog build -d public --base-url "$CI_PAGES_URL/"']
    assert job["cache"]["paths"] == [".mentorblog-cache/"]
    assert job["artifacts"]["paths"] == ["public"]
    assert job["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]


def test_a_site_in_a_sub_folder_gets_s_and_its_cache_path() -> None:
    folder = PurePosixPath("sites/journal")
    github = render_workflow("github", site_folder=folder, branch="trunk")
    assert github_runs(github)[1:] == [
        "mentorblog check -s sites/journal",
        'mentorblog build -s sites/journal -d public --base-url '
        '"${{ steps.pages.outputs.base_url }}/"']
    data = yaml.safe_load(github)
    assert data["jobs"]["build"]["steps"][2]["with"]["path"] == "sites/journal/.mentorblog-cache"
    assert data[True]["push"]["branches"] == ["trunk"]
    gitlab = yaml.safe_load(render_workflow("gitlab", site_folder=folder, cache_dir="cache"))
    assert gitlab["pages"]["cache"]["paths"] == ["sites/journal/cache/"]
    assert gitlab["pages"]["script"][1] == "mentorblog check -s sites/journal"


@pytest.mark.parametrize("install", [
    ".", "mentorblog==0.1.0", "git+https://example.org/ana/mentorblog.git@v0.1.0",
    "wheels/mentorblog-0.1.0-py3-none-any.whl", "mentorblog; rm -rf ~", "$(reboot)",
])
@pytest.mark.parametrize("provider", ["github", "gitlab"])
def test_what_pip_installs_is_exactly_what_was_asked(provider: str, install: str) -> None:
    text = render_workflow(provider, install=install)
    command = github_runs(text)[0] if provider == "github" else gitlab_script(text)[0]
    assert shlex.split(command) == ["pip", "install", install]  # one argument, nothing else


def test_gitlab_gets_an_image_with_git_for_a_git_address() -> None:
    assert yaml.safe_load(render_workflow("gitlab"))["pages"]["image"] == "python:3.12-slim"
    text = render_workflow("gitlab", install="git+https://git.example.org/a/mentorblog@v1")
    assert yaml.safe_load(text)["pages"]["image"] == "python:3.12"


@pytest.mark.parametrize("install", ["a: b", "x\nrun: evil", "x #comment"])
def test_a_requirement_that_would_change_the_yaml_is_refused(install: str) -> None:
    for provider in ("github", "gitlab"):
        try:
            text = render_workflow(provider, install=install)
        except BuildError as err:
            assert "--install" in err.message
            continue
        command = github_runs(text)[0] if provider == "github" else gitlab_script(text)[0]
        assert shlex.split(command) == ["pip", "install", install]


@pytest.mark.parametrize("folder", ["my journal", "a:b", "x/../y", "$(x)"])
def test_unsafe_folder_names_are_refused(folder: str) -> None:
    with pytest.raises(BuildError):
        render_workflow("github", site_folder=PurePosixPath(folder))


# -- where it goes -----------------------------------------------------------------------------

def test_written_at_the_repository_root_for_a_site_in_a_sub_folder(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    site = repo / "blog"
    site.mkdir(parents=True)
    (site / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    (repo / ".git").mkdir()
    (repo / ".git" / "HEAD").write_text("ref: refs/heads/master\n", encoding="utf-8")
    made = new_ci(site, "github", install="mentorblog")
    assert (made.repository, made.file, made.site_folder) == (
        repo, PurePosixPath(".github/workflows/pages.yml"), PurePosixPath("blog"))
    text = (repo / ".github" / "workflows" / "pages.yml").read_text(encoding="utf-8")
    assert "mentorblog check -s blog" in github_runs(text)
    assert yaml.safe_load(text)[True]["push"]["branches"] == ["master"]
    assert new_ci(site, "gitlab", install="mentorblog").file == PurePosixPath(".gitlab-ci.yml")
    assert (repo / ".gitlab-ci.yml").is_file() and not (site / ".gitlab-ci.yml").exists()


def test_without_git_it_goes_into_the_site(site: Path) -> None:
    made = new_ci(site, "gitlab", install="mentorblog")
    assert (made.repository, made.has_git, made.site_folder) == (site, False, PurePosixPath("."))
    assert gitlab_script((site / ".gitlab-ci.yml").read_text(encoding="utf-8"))[1] == \
        "mentorblog check"


def test_an_existing_workflow_is_never_overwritten(site: Path) -> None:
    target = site / ".github" / "workflows" / "pages.yml"
    target.parent.mkdir(parents=True)
    target.write_text("mine\n", encoding="utf-8")
    with pytest.raises(BuildError) as info:
        new_ci(site, "github", install="mentorblog")
    assert "already exists" in info.value.message
    assert info.value.file == PurePosixPath(site / ".github/workflows/pages.yml")
    assert target.read_text(encoding="utf-8") == "mine\n"


def test_a_github_folder_linking_elsewhere_is_refused(site: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (site / ".github").symlink_to(elsewhere)
    with pytest.raises(BuildError):
        new_ci(site, "github", install="mentorblog")
    assert list(elsewhere.iterdir()) == []


def test_outside_a_site_it_says_how_to_start_one(tmp_path: Path) -> None:
    with pytest.raises(BuildError) as info:
        new_ci(tmp_path, "github")
    assert "mentorblog new site" in info.value.message
    assert list(tmp_path.iterdir()) == []


def test_git_root_and_branch_of_a_worktree(tmp_path: Path) -> None:
    real = tmp_path / "main.git" / "worktrees" / "wt"
    real.mkdir(parents=True)
    (real / "HEAD").write_text("ref: refs/heads/feature/x\n", encoding="utf-8")
    work = tmp_path / "wt"
    (work / "site").mkdir(parents=True)
    (work / ".git").write_text(f"gitdir: {real}\n", encoding="utf-8")
    assert git_root(work / "site") == work
    assert current_branch(work) == "feature/x"
    (real / "HEAD").write_text("0123456789abcdef0123456789abcdef01234567\n", encoding="utf-8")
    assert current_branch(work) is None  # detached: the workflow keeps main


class _Dist:
    def __init__(self, direct_url: dict[str, Any] | None) -> None:
        self.text = json.dumps(direct_url) if direct_url is not None else None

    def read_text(self, name: str) -> str | None:
        return self.text


@pytest.mark.parametrize(("origin", "expected"), [
    (None, "mentorblog"),  # from a package index
    ({"url": "https://github.com/ana/mentorblog.git",
      "vcs_info": {"vcs": "git", "commit_id": "abc123"}},
     "git+https://github.com/ana/mentorblog.git@abc123"),
    ({"url": "file:///home/ana/mentorblog", "dir_info": {"editable": True}}, "mentorblog"),
    ({"url": "file:///tmp/mentorblog.whl", "archive_info": {}}, "mentorblog"),
])
def test_default_install_follows_where_mentorblog_came_from(
        monkeypatch: pytest.MonkeyPatch, origin: dict[str, Any] | None, expected: str) -> None:
    monkeypatch.setattr(new_ci_module, "distribution", lambda name: _Dist(origin))
    assert default_install() == expected


# -- command line ------------------------------------------------------------------------------

def test_cli_new_ci(site: Path, capsys: pytest.CaptureFixture[str],
                    monkeypatch: pytest.MonkeyPatch) -> None:
    assert main(["new", "ci", "github", "-s", str(site), "--install", "mentorblog"]) == 0
    out, _ = capsys.readouterr()
    assert out.startswith("Created ") and ".github/workflows/pages.yml" in out
    assert "GitHub Actions" in out  # the one setting to change on GitHub
    assert main(["new", "-s", str(site), "ci", "gitlab", "--install", "mentorblog"]) == 0
    capsys.readouterr()
    assert main(["new", "ci", "github", "-s", str(site)]) == 1
    _, err = capsys.readouterr()
    assert err.startswith(f"error: {site}/.github/workflows/pages.yml: already exists")
    monkeypatch.chdir(site)
    assert main(["new", "ci", "gitlab"]) == 1
    assert capsys.readouterr().err.startswith("error: .gitlab-ci.yml: already exists")
