"""Nothing an author writes can make a build grow without bound: YAML aliases ("billion
laughs"), self-referencing aliases, deep nesting in YAML, TOML or JSON, and line ranges in
code blocks end in `error: file:line: ...`. Each build runs in a process limited to 1 GB of
address space, so a regression fails the test instead of exhausting the machine."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

LAUGHS = "".join(f"{b}: &{b} [{', '.join([f'*{a}'] * 10)}]\n"
                 for a, b in zip("abcdefgh", "bcdefghi", strict=True))
BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + LAUGHS  # *i expands to 10^9 values


def limited() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (1 << 30, 1 << 30))


def mentorblog(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mentorblog", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120, preexec_fn=limited,
                          env={**os.environ, "PYTHONWARNINGS": "ignore"},
                          stdin=subprocess.DEVNULL)


def site_with(root: Path, post: str, site_yaml: str = "") -> Path:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "site.yaml").write_text("title: Bounds\nbaseURL: https://example.org/\n" + site_yaml)
    (root / "content" / "posts" / "p.md").write_text(post)
    return root


def only_error(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and "MemoryError" not in done.stderr, done.stderr
    return done.stderr


@pytest.mark.parametrize(("front", "line", "message"), [
    ("title: Bomb\ndate: 2024-01-01\n" + BOMB + "session: {with: *i}\n", 13,
     "aliases repeat values so often"),
    ("title: Bomb\n" + BOMB + "tags: *i\n", 12, "aliases repeat values so often"),
    ("title: Loop\nsession: &s {with: [*s]}\n", 3, "an alias refers to the value that holds"),
    ("title: Deep\nparams:\n" + "".join("  " * i + f"k{i}:\n" for i in range(1, 120)), 103,
     "values nest more than 100 levels"),
])
def test_yaml_front_matter_that_would_explode(tmp_path: Path, front: str, line: int,
                                              message: str) -> None:
    site = site_with(tmp_path / "site", f"---\n{front}---\nBody.\n")
    err = only_error(mentorblog("build", "--no-cache", cwd=site))
    assert err.startswith(f"error: content/posts/p.md:{line}: front matter is not valid YAML: "
                          f"{message}"), err


def test_a_yaml_bomb_in_site_yaml(tmp_path: Path) -> None:
    site = site_with(tmp_path / "site", "---\ntitle: A\n---\n", BOMB + "params: {x: *i}\n")
    err = only_error(mentorblog("build", "--no-cache", cwd=site))
    assert err.startswith("error: site.yaml:12: not valid YAML: aliases repeat values"), err


@pytest.mark.parametrize(("name", "text"), [
    ("_config.yml", "title: Old\n" + BOMB + "author: *i\n"),
    ("_config.yml", "title: Old\nnav: &n [*n]\n"),
])
def test_a_yaml_bomb_in_an_imported_config(tmp_path: Path, name: str, text: str) -> None:
    old = tmp_path / "old"
    (old / "_posts").mkdir(parents=True)
    (old / name).write_text(text)
    err = only_error(mentorblog("import", "jekyll", str(old), "-s", str(tmp_path / "new"),
                                cwd=tmp_path))
    assert f"old/{name}:" in err and "not valid YAML" in err, err
    assert not (tmp_path / "new").exists()


@pytest.mark.parametrize(("post", "line"), [
    ('---\n{"title": "Deep", "params": ' + "[" * 5000 + "]" * 5000 + "}\n---\n", 1),
    ("+++\ntitle = 'Deep'\nx = " + "[" * 5000 + "]" * 5000 + "\n+++\n", 2),
    ("+++\ntitle = 'Deep'\nx = " + "[" * 150 + "]" * 150 + "\n+++\n", 2),
])
def test_json_and_toml_front_matter_nested_too_deep(tmp_path: Path, post: str,
                                                    line: int) -> None:
    post = post.removeprefix("---\n").removesuffix("---\n") if post.startswith("---\n{") \
        else post
    site = site_with(tmp_path / "site", post + "Body.\n")
    err = only_error(mentorblog("build", "--no-cache", cwd=site))
    assert err.startswith(f"error: content/posts/p.md:{line}: front matter nests lists and "
                          "mappings more than 100 levels deep"), err


@pytest.mark.parametrize(("front", "body", "line", "what"), [
    ("", '{{< highlight go "hl_lines=1-999999999" >}}\nx := 1\n{{< /highlight >}}\n', 5,
     "highlight"),
    # Liquid is read in Jekyll files only: `permalink` makes this one Jekyll's.
    ("permalink: /code/\n",
     "Text.\n\n{% highlight ruby mark_lines=\"1-999999999\" %}\nx = 1\n{% endhighlight %}\n", 8,
     "highlight"),
    ("", '{{< highlight go "hl_lines=1-60000 60001-120000" >}}\nx\n{{< /highlight >}}\n', 5,
     "highlight"),
    ("", 'Text.\n\n```go {hl_lines=["1-999999999"]}\nx\n```\n', 7, "code block options"),
])
def test_a_huge_line_range_in_a_code_block(tmp_path: Path, front: str, body: str, line: int,
                                           what: str) -> None:
    site = site_with(tmp_path / "site",
                     f"---\ntitle: Code\ndate: 2024-01-01\n{front}---\n" + body)
    err = only_error(mentorblog("build", "--no-cache", cwd=site))
    assert err.startswith(f"error: content/posts/p.md:{line}: {what}: `"), err
    assert "marks more than 100,000 lines" in err


def test_ordinary_ranges_and_aliases_still_build(tmp_path: Path) -> None:
    site = site_with(tmp_path / "site",
                     "---\ntitle: Fine\ndate: 2024-01-01\nx: &x {minutes: 30, with: Ana}\n"
                     "session: [*x, *x]\n---\n"
                     '{{< highlight go "hl_lines=2-3" >}}\na\nb\nc\n{{< /highlight >}}\n',
                     "defaults:\n  - scope: {path: ''}\n    values: &v {ShowToc: true}\n"
                     "  - scope: {path: posts}\n    values: *v\n")
    done = mentorblog("build", "--no-cache", cwd=site)
    assert done.returncode == 0, done.stderr
    page = (site / "public" / "posts" / "p" / "index.html").read_text()
    assert page.count('<span class="hll">') == 2


DIGITS = "9" * 5000  # Python will not read a whole number this long from text


@pytest.mark.parametrize(("post", "line"), [
    (f"---\ntitle: A\nweight: {DIGITS}\n---\n", 3),
    (f"+++\ntitle = 'A'\nweight = {DIGITS}\n+++\n", 3),
    ('{"title": "A",\n"weight": ' + DIGITS + "}\n", 2),
])
def test_a_number_too_long_to_read(tmp_path: Path, post: str, line: int) -> None:
    site = site_with(tmp_path / "site", post + "Body.\n")
    err = only_error(mentorblog("build", "--no-cache", cwd=site))
    assert err.startswith(f"error: content/posts/p.md:{line}: "), err
    assert "more than 4,000 digits" in err
