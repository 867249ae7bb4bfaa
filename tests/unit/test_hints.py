"""hints: the closest command or flag to a typo, other generators' words, example addresses,
and what to do when a build published no post (issue 18, item 3)."""

from __future__ import annotations

import pytest

from mentorblog.core.hints import closest, did_you_mean, is_example_address, no_posts

COMMANDS = ["build", "serve", "new", "new site", "init", "new ci", "check", "import"]
BUILD_FLAGS = ["-s", "--source", "-d", "--destination", "-D", "--drafts", "--buildDrafts",
               "--future", "--base-url", "--baseURL", "--minify", "--quiet", "--verbose"]


@pytest.mark.parametrize(("typo", "meant"), [
    ("biuld", "build"), ("buid", "build"), ("serv", "serve"), ("chekc", "check"),
    ("improt", "import"), ("server", "serve"), ("watch", "serve"), ("deploy", "new ci"),
    ("quickstart", "new site"), ("create", "new site"), ("ini", "init"),
])
def test_commands(typo: str, meant: str) -> None:
    assert closest(typo, COMMANDS) == meant


@pytest.mark.parametrize(("typo", "meant"), [
    ("--darfts", "--drafts"), ("--destinaton", "--destination"), ("--minfy", "--minify"),
    ("--verbos", "--verbose"),
])
def test_flags(typo: str, meant: str) -> None:
    assert closest(typo, BUILD_FLAGS) == meant


def test_base_url_spellings_find_a_base_url_flag() -> None:
    assert closest("--baseurl", BUILD_FLAGS) in ("--base-url", "--baseURL")
    assert closest("--base_url", BUILD_FLAGS) in ("--base-url", "--baseURL")


def test_nothing_close_means_no_hint() -> None:
    assert closest("posts/first.md", COMMANDS) is None
    assert did_you_mean("zzz", COMMANDS) == ""
    assert did_you_mean("biuld", COMMANDS) == "; did you mean `build`?"
    assert closest("deploy", ["build"]) != "new ci"  # a peer word only names a real choice


@pytest.mark.parametrize(("url", "example"), [
    ("https://example.org/", True), ("https://example.com/blog/", True),
    ("http://www.example.net", True), ("https://journal.example/", True),
    ("https://EXAMPLE.ORG./", True), ("https://ana.github.io/journal/", False),
    ("https://myexample.org/", False), ("https://example.org.ana.dev/", False),
    ("https://examples.org/", False),
])
def test_example_addresses(url: str, example: bool) -> None:
    assert is_example_address(url) is example


def test_no_posts_says_how_to_add_one() -> None:
    assert "`mentorblog new --kind reflection posts/my-first-session.md`" in no_posts({}, ".")
    assert "mentorblog new -s 'my journal' --kind reflection _posts/" in no_posts(
        {}, "my journal", jekyll=True)


def test_no_published_post_names_what_was_left_out() -> None:
    text = no_posts({"drafts": 2, "future": 1}, ".")
    assert "2 drafts (build with -D" in text and "1 post dated in the future (build with -F" in text
    assert "mentorblog new" not in text
