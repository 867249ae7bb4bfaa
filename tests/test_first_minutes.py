"""A newcomer's first minutes, through the real command line (issue 18, Proof): `new site` in
an empty folder, then `build` and `check --strict` pass with no warning, in both dialects;
the pages in the menu are real; refusals; the hints a newcomer meets on the way."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from test_serve import start_server, stop_server

from mentorblog.cli import main

ADDRESS = "https://ana.github.io/journal/"  # a project site: everything under a sub-path


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("dialect", ["hugo", "jekyll"])
def test_new_site_builds_and_checks_strictly_with_no_warning(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], dialect: str) -> None:
    site = tmp_path / "journal"
    code, out, err = run(capsys, "new", "site", str(site), "--title", "Two chairs",
                         "--author", "Ana", "--with", "Ben", "--base-url", ADDRESS,
                         "--timezone", "Europe/Berlin", "--dialect", dialect)
    assert (code, err) == (0, "")
    assert out.startswith(f"Created a new journal in {site}/ ({dialect} dialect")
    assert "mentorblog serve" in out and "mentorblog new ci github" in out
    assert "before you publish" not in out  # no placeholder left

    code, out, err = run(capsys, "build", "-s", str(site))
    assert (code, err) == (0, "")
    assert out.startswith("Built ") and len(out.splitlines()) == 1
    code, out, err = run(capsys, "check", "-s", str(site), "--strict")
    assert (code, err) == (0, ""), out + err
    assert "nothing broken" in out

    public = site / "public"
    if dialect == "jekyll":  # Jekyll's /:year/:month/:day/:title.html
        posts = [p for p in public.rglob("our-first-session.html")]
        assert len(posts) == 1
        assert re.fullmatch(r"\d{4}/\d\d/\d\d/our-first-session\.html",
                            posts[0].relative_to(public).as_posix())
        page = posts[0].read_text(encoding="utf-8")
    else:
        page = (public / "posts" / "our-first-session" / "index.html").read_text(encoding="utf-8")
    assert "What I learned" in page
    assert "Notes for yourself alone" not in page  # the private note stays out of the site
    journal = (public / "journal" / "index.html").read_text(encoding="utf-8")
    assert "Ben" in journal and "60" in journal  # the session counts
    home = (public / "index.html").read_text(encoding="utf-8")
    for name, address in (("Sessions", "journal/"), ("Archives", "archives/"),
                          ("Search", "search/"), ("About", "about/")):
        assert f'href="/journal/{address}"' in home, name  # under the sub-path
        assert (public / address / "index.html").is_file(), name
    assert "kept by Ana, a mentor" in (public / "about" / "index.html").read_text(
        encoding="utf-8")
    assert any((public / "search-index").iterdir())  # the search page has its index


def test_the_default_address_is_a_warning_on_build_only(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "journal"
    code, out, _ = run(capsys, "new", "site", str(site), "--timezone", "UTC")
    assert code == 0
    assert "Your Name" in out and "https://example.org/" in out and "--base-url URL" in out
    code, _, err = run(capsys, "build", "-s", str(site))
    assert code == 0
    assert err.splitlines() == [
        "warning: site.yaml:7: baseURL https://example.org/ is an example address, so feeds, "
        "the sitemap and shared links lead nowhere; set it to the address the site is "
        "published at (or build with --base-url)"]
    assert run(capsys, "build", "-s", str(site), "--base-url", ADDRESS)[2] == ""
    assert run(capsys, "build", "-s", str(site), "-q")[1:] == ("", "")
    code, _, err = run(capsys, "check", "-s", str(site), "--strict")
    assert (code, err) == (0, "")


def test_serve_does_not_warn_about_the_example_address(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "new", "site", str(tmp_path / "site"), "--timezone", "UTC")[0] == 0
    server = start_server(tmp_path)
    try:
        assert server.get("/journal/").status == 200
    finally:
        assert stop_server(server) == 0
    assert not [line for line in server.stderr if "example" in line]


def test_init_works_in_a_fresh_git_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / ".git").mkdir()
    monkeypatch.chdir(tmp_path)
    code, out, _ = run(capsys, "init", "--timezone", "UTC")
    assert code == 0
    assert "Created a new journal in ./" in out and "cd " not in out
    assert (tmp_path / "site.yaml").is_file() and (tmp_path / ".gitignore").is_file()


def test_refusals_write_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "notes.txt").write_text("mine\n", encoding="utf-8")
    code, _, err = run(capsys, "new", "site", str(taken), "--timezone", "UTC")
    assert code == 1
    assert err.startswith(f"error: {taken}: is not empty (it holds notes.txt)")
    assert tree(taken) == {"notes.txt": b"mine\n"}

    site = tmp_path / "journal"
    assert run(capsys, "new", "site", str(site), "--timezone", "UTC")[0] == 0
    before = tree(site)
    code, _, err = run(capsys, "new", "site", str(site), "--timezone", "UTC", "--force")
    assert code == 1 and f"error: {site}/site.yaml: already exists" in err
    assert tree(site) == before


@pytest.mark.parametrize(("args", "message"), [
    (("--timezone", "Mars/Base"), "argument --timezone: unknown time zone 'Mars/Base'"),
    (("--base-url", "example.org"), "argument --base-url/--baseURL: 'example.org' is not a full\
 address"),
    (("--title", " "), "argument --title: must not be empty"),
    (("--role", "guru"), "argument --role: invalid choice: 'guru'"),
])
def test_bad_flag_values_are_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                          args: tuple[str, ...], message: str) -> None:
    with pytest.raises(SystemExit) as info:
        main(["new", "site", str(tmp_path / "j"), *args])
    assert info.value.code == 2
    assert message in capsys.readouterr().err
    assert not (tmp_path / "j").exists()


def test_new_site_md_is_still_a_post(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "journal"
    assert run(capsys, "new", "site", str(site), "--timezone", "UTC")[0] == 0
    code, out, _ = run(capsys, "new", "-s", str(site), "site.md")
    assert code == 0 and out.strip() == f"Created {site}/content/site.md"


def test_outside_a_site_the_error_says_how_to_start_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    for command in (["build"], ["new", "posts/first.md"], ["check"]):
        code, _, err = run(capsys, *command)
        assert code == 1
        assert err == ("error: site.yaml: no site.yaml here: this folder is not a mentorblog "
                       "site; start one with `mentorblog new site my-journal`, or use -s to "
                       "point at an existing one\n")
    assert run(capsys, "new", "site", "j", "--timezone", "UTC")[0] == 0
    monkeypatch.chdir(tmp_path / "j" / "content")
    code, _, err = run(capsys, "build")
    assert code == 1 and "inside the site in ..; run the command there or add -s .." in err


def test_a_site_with_no_post_says_how_to_add_one(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    site = tmp_path / "journal"
    assert run(capsys, "new", "site", str(site), "--timezone", "UTC", "--base-url",
               ADDRESS)[0] == 0
    (site / "content" / "posts" / "our-first-session.md").unlink()
    code, _, err = run(capsys, "build", "-s", str(site))
    assert code == 0
    assert err == (f"hint: no posts yet: start one with `mentorblog new -s {site} --kind "
                   "reflection posts/my-first-session.md` (it starts as a draft: build with "
                   "-D to see it)\n")
    assert run(capsys, "new", "-s", str(site), "--kind", "reflection",
               "posts/second-session.md")[0] == 0
    code, _, err = run(capsys, "build", "-s", str(site))
    assert "hint: no post is published yet; left out: 1 draft (build with -D" in err
    code, _, err = run(capsys, "build", "-s", str(site), "-D")
    assert (code, err) == (0, "")


def test_real_processes_from_another_folder(tmp_path: Path) -> None:
    """As a user types it: the console script's code path, a relative DIR, then build from
    elsewhere with -s."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    made = subprocess.run([sys.executable, "-m", "mentorblog", "new", "site", "my-journal",
                           "--timezone", "UTC"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)
    assert made.returncode == 0, made.stderr
    assert "cd my-journal" in made.stdout
    built = subprocess.run([sys.executable, "-m", "mentorblog", "build", "-s", "../my-journal",
                            "--base-url", ADDRESS], cwd=elsewhere, capture_output=True,
                           text=True, timeout=120, stdin=subprocess.DEVNULL)
    assert built.returncode == 0, built.stderr
    assert built.stderr == ""
    assert (tmp_path / "my-journal" / "public" / "journal" / "index.html").is_file()
