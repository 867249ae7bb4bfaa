"""cli.main: arguments, exit codes (0 ok, 1 user error, 2 usage), `error: file:line: message`
without a traceback, one summary line, -q, and the build flags of both generators
(FRONTMATTER.md section 0 "Build flags" and "Errors")."""

from __future__ import annotations

import importlib.metadata
import platform
import subprocess
import sys
from pathlib import Path

import pytest

from mentorblog import __version__, cli
from mentorblog.cli import main

SITE_YAML = "title: Tiny\nbaseURL: https://example.org/\n"
POSTS = {
    "hello.md": "---\ntitle: Hello\ndate: 2021-12-10\ntags: [greeting]\n---\nHi there.\n",
    "draft.md": "---\ntitle: Draft\ndate: 2021-12-11\ndraft: true\n---\nNot yet.\n",
    "future.md": "---\ntitle: Future\ndate: 2999-01-01\n---\nLater.\n",
    "expired.md": "---\ntitle: Expired\ndate: 2020-01-01\nexpiryDate: 2020-06-01\n---\nGone.\n",
}
BAD_DATE = "---\ntitle: Bad\ndate: 2021-02-30\n---\nBody\n"


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "site"
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    (root / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    for name, text in POSTS.items():
        (posts / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def exit_code(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    with pytest.raises(SystemExit) as info:
        main(list(args))
    out, err = capsys.readouterr()
    return int(info.value.code or 0), out, err


# -- usage ----------------------------------------------------------------------------------

def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """What a bug report needs: mentorblog's version, then the libraries that shape the html
    and the Python that runs them (issue 18, item 4)."""
    code, out, _ = exit_code(capsys, "--version")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == f"mentorblog {__version__}"
    assert lines[1] == f"markdown-it-py {importlib.metadata.version('markdown-it-py')}"
    assert lines[2] == f"Jinja2 {importlib.metadata.version('Jinja2')}"
    assert lines[3].startswith(f"Python {platform.python_version()} (")
    assert len(lines) == 4


def test_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = exit_code(capsys, "--help")
    assert code == 0
    assert "usage: mentorblog" in out
    assert "build" in out


def test_build_help_lists_both_generators_flag_names(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = exit_code(capsys, "build", "--help")
    assert code == 0
    for flag in ("-D", "--drafts", "--buildDrafts", "--unpublished", "-F", "--future",
                 "--buildFuture", "-E", "--expired", "--buildExpired", "-q", "--base-url"):
        assert flag in out, flag


def test_no_command_is_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys)
    assert code == 2
    assert "usage:" in err
    assert out == ""


@pytest.mark.parametrize("args", [("build", "--no-such-option"), ("frobnicate",), ("--bogus",),
                                  ("build", "-q", "-v")])
def test_bad_arguments_exit_2(capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> None:
    code, _, err = exit_code(capsys, *args)
    assert code == 2
    assert "usage:" in err
    assert "Traceback" not in err


# -- success --------------------------------------------------------------------------------

def test_success_prints_one_summary_line(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "build", "-d", "out")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Built ")
    assert lines[0].endswith("skipped 1 drafts, 1 future, 1 expired")
    assert "out/" in lines[0]
    assert "warning: content/posts/future.md" in err  # the scheduled post is named
    assert "2999-01-01" in err
    assert (site / "out" / "posts" / "hello" / "index.html").is_file()
    assert not (site / "out" / "posts" / "draft").exists()
    assert not (site / "out" / "posts" / "future").exists()
    assert not (site / "out" / "posts" / "expired").exists()
    assert "unchanged" not in lines[0]
    code, out, _ = run(capsys, "build", "-d", "out")  # again, nothing changed
    files = int(out.split(" files", 1)[0].rsplit("(", 1)[1])
    assert code == 0 and f", {files} unchanged)" in out


def test_quiet_prints_nothing(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "build", "-q", "-d", "out")
    assert code == 0
    assert (out, err) == ("", "")
    assert (site / "out" / "index.html").is_file()


def test_verbose_prints_stage_times(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "build", "-v", "-d", "out")
    assert code == 0
    assert "stages: " in err and "parse" in err
    assert len(out.splitlines()) == 1


@pytest.mark.parametrize("flag", ["-D", "--buildDrafts", "--unpublished"])
def test_draft_flags_include_drafts(site: Path, capsys: pytest.CaptureFixture[str],
                                    flag: str) -> None:
    code, out, _ = run(capsys, "build", flag, "-d", "out")
    assert code == 0
    assert (site / "out" / "posts" / "draft" / "index.html").is_file()
    assert not (site / "out" / "posts" / "future").exists()
    assert "skipped 0 drafts, 1 future, 1 expired" in out


@pytest.mark.parametrize("flag", ["-F", "--buildFuture"])
def test_future_flags_include_future_posts(site: Path, capsys: pytest.CaptureFixture[str],
                                           flag: str) -> None:
    code, out, err = run(capsys, "build", flag, "-d", "out")
    assert code == 0
    assert (site / "out" / "posts" / "future" / "index.html").is_file()
    assert not (site / "out" / "posts" / "draft").exists()
    assert "skipped 1 drafts, 0 future, 1 expired" in out
    assert "future.md" not in err


@pytest.mark.parametrize("flag", ["-E", "--buildExpired"])
def test_expired_flags_include_expired_posts(site: Path, capsys: pytest.CaptureFixture[str],
                                             flag: str) -> None:
    code, out, _ = run(capsys, "build", flag, "-d", "out")
    assert code == 0
    assert (site / "out" / "posts" / "expired" / "index.html").is_file()
    assert "skipped 1 drafts, 1 future, 0 expired" in out


def test_all_flags_together(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "build", "-D", "-F", "-E", "-d", "out")
    assert code == 0
    assert "skipped 0 drafts, 0 future, 0 expired" in out
    for name in ("hello", "draft", "future", "expired"):
        assert (site / "out" / "posts" / name / "index.html").is_file(), name


def test_default_destination_is_public_under_the_site(site: Path, tmp_path: Path,
                                                      capsys: pytest.CaptureFixture[str],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, _ = run(capsys, "build", "-s", "site")
    assert code == 0
    assert (site / "public" / "index.html").is_file()


def test_base_url_override(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, _ = run(capsys, "build", "-q", "-d", "out", "--base-url",
                     "https://preview.example.net/blog")
    assert code == 0
    feed = (site / "out" / "index.xml").read_text(encoding="utf-8")
    assert "https://preview.example.net/blog/posts/hello/" in feed
    assert "https://example.org/" not in feed


def test_rebuild_gives_identical_output(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "build", "-q", "-d", "one")[0] == 0
    assert run(capsys, "build", "-q", "-d", "two")[0] == 0
    assert snapshot(site / "one") == snapshot(site / "two")


# -- user errors ---------------------------------------------------------------------------

def test_user_error_prints_file_line_message_exit_1(site: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    (site / "content" / "posts" / "bad.md").write_text(BAD_DATE, encoding="utf-8")
    code, out, err = run(capsys, "build", "-d", "out")
    assert code == 1
    assert out == ""
    assert err.startswith("error: content/posts/bad.md:3: ")
    assert "2021-02-30" in err
    assert "Traceback" not in err
    assert not (site / "out").exists()  # nothing written


def test_failed_build_leaves_previous_output_intact(site: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "build", "-q", "-d", "out")[0] == 0
    before = snapshot(site / "out")
    (site / "content" / "posts" / "hello.md").write_text(
        "---\ntitle: Changed\ndate: 2021-12-10\n---\nNew text.\n", encoding="utf-8")
    (site / "content" / "posts" / "bad.md").write_text(BAD_DATE, encoding="utf-8")
    assert run(capsys, "build", "-q", "-d", "out")[0] == 1
    assert snapshot(site / "out") == before


def test_every_error_is_printed_with_a_count(site: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    posts = site / "content" / "posts"
    (posts / "bad1.md").write_text(BAD_DATE, encoding="utf-8")
    (posts / "bad2.md").write_text("---\ntitle: x\nweight: high\n---\n", encoding="utf-8")
    code, _, err = run(capsys, "build", "-d", "out")
    assert code == 1
    lines = err.splitlines()
    assert "error: content/posts/bad1.md:3: " in err
    assert any(line.startswith("error: content/posts/bad2.md:3: ") for line in lines)
    assert lines[-1] == "2 errors; nothing was written"


def test_config_error_names_site_yaml_and_line(site: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    (site / "site.yaml").write_text(SITE_YAML + "paginate: ten\n", encoding="utf-8")
    code, _, err = run(capsys, "build", "-d", "out")
    assert code == 1
    assert err.startswith("error: site.yaml:3: ")
    assert "paginate" in err


def test_missing_site_yaml_is_a_user_error(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "build")
    assert code == 1
    assert err.startswith("error: site.yaml")
    assert "Traceback" not in err


def test_refused_destination_is_a_user_error(site: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    before = snapshot(site)
    code, _, err = run(capsys, "build", "-d", ".")
    assert code == 1
    assert err.startswith("error: refusing")
    assert snapshot(site) == before


def test_collision_is_a_user_error_naming_both_files(site: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    posts = site / "content" / "posts"
    (posts / "one.md").write_text("---\ntitle: One\ndate: 2021-01-01\nurl: /same\n---\n")
    (posts / "two.md").write_text("---\ntitle: Two\ndate: 2021-01-02\nurl: /same\n---\n")
    code, _, err = run(capsys, "build", "-d", "out")
    assert code == 1
    assert "content/posts/one.md:4" in err and "content/posts/two.md:4" in err
    assert "Traceback" not in err


def test_real_process_user_error_has_no_traceback(site: Path) -> None:
    (site / "content" / "posts" / "bad.md").write_text(BAD_DATE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mentorblog", "build", "-d", "out"], cwd=site,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert done.stderr.startswith("error: content/posts/bad.md:3: ")
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


def test_real_process_version() -> None:
    done = subprocess.run([sys.executable, "-m", "mentorblog", "--version"], capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 0
    assert done.stdout.splitlines()[0] == f"mentorblog {__version__}"
    assert "markdown-it-py " in done.stdout and "Jinja2 " in done.stdout


def test_real_process_build_prints_its_summary_through_a_pipe(site: Path) -> None:
    """The process ends with os._exit after a build: the summary line, still in stdout's
    buffer when stdout is a pipe, must have been flushed, and every file written."""
    done = subprocess.run([sys.executable, "-m", "mentorblog", "build", "-d", "out"], cwd=site,
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Built ") and done.stdout.endswith("\n")
    assert "Traceback" not in done.stderr
    assert (site / "out" / "index.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


def test_run_exits_with_the_commands_code_after_flushing(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    exits: list[int] = []
    monkeypatch.setattr(cli.os, "_exit", exits.append)
    monkeypatch.setattr(sys, "argv", ["mentorblog"])
    cli.run()
    assert exits == [2]  # no command: usage
    assert "usage:" in capsys.readouterr().err


# -- hints for newcomers (issue 18, item 3) ---------------------------------------------------

@pytest.mark.parametrize(("args", "hint"), [
    (("biuld",), "invalid choice: 'biuld'; did you mean `build`?"),
    (("server",), "invalid choice: 'server'; did you mean `serve`?"),
    (("deploy",), "invalid choice: 'deploy'; did you mean `new ci`?"),
    (("build", "--darfts"), "unrecognized arguments: --darfts; did you mean `--drafts`?"),
    (("build", "--destinaton", "out"),
     "unrecognized arguments: --destinaton out; did you mean `--destination`?"),
    (("serve", "--prot=8000"), "unrecognized arguments: --prot=8000; did you mean `--port`?"),
    (("new", "--knd", "reflection", "posts/x.md"), "did you mean `--kind`?"),
    (("new", "--dialect", "jekyl", "x.md"), "invalid choice: 'jekyl'; did you mean `jekyll`?"),
    (("new", "ci", "githb"), "invalid choice: 'githb'; did you mean `github`?"),
    (("import", "jeykll", "old"), "invalid choice: 'jeykll'; did you mean `jekyll`?"),
    (("--verison",), "unrecognized arguments: --verison; did you mean `--version`?"),
])
def test_a_misspelling_gets_the_closest_name(capsys: pytest.CaptureFixture[str],
                                             args: tuple[str, ...], hint: str) -> None:
    code, _, err = exit_code(capsys, *args)
    assert code == 2
    assert hint in err
    assert "usage: mentorblog" in err and "Traceback" not in err


def test_the_usage_shown_is_the_misspelt_commands(capsys: pytest.CaptureFixture[str]) -> None:
    _, _, err = exit_code(capsys, "build", "--darfts")
    assert err.startswith("usage: mentorblog build ")


def test_help_lists_new_site_and_new_ci(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = exit_code(capsys, "--help")
    assert "new site" in out and "new ci" in out and "init" in out
    assert "mentorblog new site my-journal" in out


@pytest.mark.parametrize(("argv", "routed"), [
    (["new", "site", "x"], ["new site", "x"]),
    (["new", "ci", "github", "-s", "x"], ["new ci", "github", "-s", "x"]),
    (["new", "-s", "x", "ci", "gitlab"], ["new ci", "-s", "x", "gitlab"]),
    (["new", "--dialect", "jekyll", "site"], ["new site", "--dialect", "jekyll"]),
    (["new", "-k", "site", "posts/x.md"], ["new", "-k", "site", "posts/x.md"]),
    (["new", "site.md"], ["new", "site.md"]),
    (["new", "posts/site"], ["new", "posts/site"]),
    (["build", "site"], ["build", "site"]),
    (["new", "content", "posts/x.md"], ["new", "posts/x.md"]),  # Hugo's spelling
    (["new", "-k", "reflection", "content", "posts/x.md"],
     ["new", "-k", "reflection", "posts/x.md"]),
    (["new", "content"], ["new", "content"]),  # a post named content.md
])
def test_new_site_and_new_ci_are_commands_of_their_own(argv: list[str],
                                                       routed: list[str]) -> None:
    assert cli._route_new(argv) == routed


def test_example_address_warning_names_its_line(site: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "build", "-d", "out")
    assert code == 0
    assert "warning: site.yaml:2: baseURL https://example.org/ is an example address" in err
    code, _, err = run(capsys, "build", "-d", "out", "--base-url", "https://ana.dev/")
    assert "example address" not in err
