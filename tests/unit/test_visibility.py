"""Visibility levels in front matter and `defaults:`, readers in site.yaml, passphrases from
the environment, the weak-passphrase rule, and the sealing round trip."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from mentorblog.core import sealing
from mentorblog.core.errors import BuildError
from mentorblog.core.model import Config, Content, Page, Reader, ScopeDefault, Session
from mentorblog.plan import sharing
from mentorblog.plan.journal import summarise
from mentorblog.plan.public import is_public
from mentorblog.read import readers
from mentorblog.read.config import load_config
from mentorblog.read.parse import ParseContext, parse_page

LAYOUTS = frozenset({"page", "post", "section", "home"})
BEN = Reader("ben", "Ben")


def parse(text: str, **kw: Any) -> Page:
    kw.setdefault("readers", (BEN,))
    config = Config(root=Path("/site"), title="T", base_url="https://example.org/", **kw)
    ctx = ParseContext(config, ("posts",), LAYOUTS)
    return parse_page(text.encode(), PurePosixPath("content/posts/a.md"), ctx)


def fails(text: str, **kw: Any) -> BuildError:
    with pytest.raises(BuildError) as info:
        parse(text, **kw)
    return info.value


@pytest.mark.parametrize("level", ["public", "unlisted", "shared", "private"])
def test_each_level_is_read(level: str) -> None:
    extra = "shared_with: [ben]\n" if level == "shared" else ""
    page = parse(f"---\ntitle: x\nvisibility: {level}\n{extra}---\nBody\n")
    assert page.visibility == level
    assert page.is_listed is (level == "public")


def test_an_unknown_level_is_an_error_at_its_line() -> None:
    err = fails("---\ntitle: x\n\nvisibility: secret\n---\nBody\n")
    assert err.line == 4
    assert "public, unlisted, shared, private" in err.message and "'secret'" in err.message


def test_defaults_set_the_level_and_the_post_wins() -> None:
    default = ScopeDefault(path="posts", values={"visibility": "private"})
    assert parse("---\ntitle: x\n---\n", defaults=(default,)).visibility == "private"
    page = parse("---\ntitle: x\nvisibility: public\n---\n", defaults=(default,))
    assert page.visibility == "public"


def test_hugo_list_never_is_unlisted_and_render_never_keeps_its_meaning() -> None:
    page = parse("---\ntitle: x\nbuild: {list: never}\n---\n")
    assert (page.visibility, page.is_listed, page.is_rendered) == ("unlisted", False, True)
    page = parse("---\ntitle: x\nbuild: {render: never}\n---\n")
    assert (page.visibility, page.is_rendered) == ("public", False)


def test_published_false_stays_a_draft() -> None:
    page = parse("---\ntitle: x\npublished: false\n---\n")
    assert page.is_draft and page.visibility == "public"


def test_naming_readers_shares_the_post() -> None:
    page = parse("---\ntitle: x\nshared_with: [Ben]\nshared_title: true\n---\n")
    assert (page.visibility, page.shared_with, page.shared_title) == ("shared", ("ben",), True)


def test_sharing_needs_known_readers() -> None:
    err = fails("---\ntitle: x\nshared_with: [bne]\n---\n")
    assert err.line == 3 and "`bne` is not a reader; did you mean `ben`?" in err.message
    err = fails("---\ntitle: x\nvisibility: shared\n---\n")
    assert err.line == 3 and "shared_with" in err.message
    err = fails("---\ntitle: x\nvisibility: unlisted\nshared_with: [ben]\n---\n")
    assert err.line == 4 and "visibility: shared" in err.message


def test_list_pages_and_bare_bodies_cannot_be_shared() -> None:
    config = Config(root=Path("/site"), title="T", base_url="https://example.org/", readers=(BEN,))
    ctx = ParseContext(config, ("posts",), LAYOUTS)
    with pytest.raises(BuildError) as info:
        parse_page(b"---\nshared_with: [ben]\n---\n", PurePosixPath("content/posts/_index.md"), ctx)
    assert info.value.line == 2 and "a list page cannot be shared" in info.value.message
    err = fails("---\ntitle: x\nlayout: none\nshared_with: [ben]\n---\n")
    assert err.line == 4 and "`layout: none`" in err.message


def test_serve_lists_every_level(tmp_path: Path) -> None:
    page = parse("---\ntitle: x\nvisibility: unlisted\n---\n", show_private=True)
    assert page.is_listed


def site(tmp_path: Path, text: str) -> Config:
    (tmp_path / "site.yaml").write_text("title: T\nbaseURL: https://example.org/\n" + text)
    return load_config(tmp_path).config


def test_readers_in_site_yaml(tmp_path: Path) -> None:
    config = site(tmp_path, "readers:\n  Ben: {name: Ben Ng}\n  ana:\n")
    assert config.readers == (Reader("ben", "Ben Ng"), Reader("ana", "ana"))


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("readers:\n  ben: {name: Ben, passphrase: x}\n", 3, "never belongs in site.yaml"),
        ("readers:\n  ben-x: {}\n", 3, "letters, digits and `_`"),
        ("readers: [ben]\n", 3, "must be a mapping"),
        (
            "defaults:\n  - scope: {path: ''}\n    values: {visibility: hidden}\n",
            3,
            "`visibility` must be one of",
        ),
    ],
)
def test_site_yaml_mistakes(tmp_path: Path, text: str, line: int, words: str) -> None:
    with pytest.raises(BuildError) as info:
        site(tmp_path, text)
    assert str(info.value.file) == "site.yaml" and info.value.line == line
    assert words in info.value.message


def shared_page() -> Page:
    return parse("---\ntitle: x\n\nshared_with: [ben]\n---\n")


def test_passphrase_from_the_environment_or_a_file(tmp_path: Path) -> None:
    assert readers.passphrases([shared_page()], [BEN], {"MENTORBLOG_READER_BEN": "s3"}) == {
        "ben": "s3"
    }
    (tmp_path / "secret").write_text("from a file\n")
    env = {"MENTORBLOG_READER_BEN_FILE": str(tmp_path / "secret")}
    assert readers.passphrases([shared_page()], [BEN], env) == {"ben": "from a file"}


def test_a_missing_passphrase_names_the_post_and_the_variable() -> None:
    with pytest.raises(ExceptionGroup) as info:
        readers.passphrases([shared_page()], [BEN], {})
    err = info.value.exceptions[0]
    assert isinstance(err, BuildError)
    assert str(err).startswith("content/posts/a.md:4: shared with `ben`")
    assert "MENTORBLOG_READER_BEN" in err.message


@pytest.mark.parametrize(
    ("value", "weak"),
    [
        ("ben", True),
        ("Summer2024!", True),  # short
        ("aaaaaaaaaaaaaaaaaaaaaaaa", True),  # one character
        ("abcdefghijklmnop", True),  # 16 lower-case letters: 75 bits by the rule
        ("correct horse battery staple", False),
        ("k7vq2m9xw4bz8rj3", False),  # 16 of lower-case and digits: 83 bits
    ],
)
def test_the_weak_passphrase_rule(value: str, weak: bool) -> None:
    assert (readers.weakness(value, BEN) is not None) is weak


def test_sealed_documents_open_with_the_right_passphrase_only() -> None:
    key = sealing.derive_key("correct horse battery staple", bytes(16), 1000)
    other = sealing.derive_key("another reader's words", b"\1" * 16, 1000)
    payload = sealing.seal({"html": "<p>Hi</p>", "title": "Needletitle"}, [key, other], "/posts/a/")
    assert "Needletitle" not in payload
    assert sealing.open_sealed(payload, "correct horse battery staple", "/posts/a/") == {
        "html": "<p>Hi</p>",
        "title": "Needletitle",
    }
    assert sealing.open_sealed(payload, "another reader's words", "/posts/a/") is not None
    assert sealing.open_sealed(payload, "wrong", "/posts/a/") is None
    # Moved to another page, the authenticated address no longer matches.
    assert sealing.open_sealed(payload, "correct horse battery staple", "/posts/b/") is None


def test_production_keys_are_random_and_strong() -> None:
    one = sealing.seal({"x": 1}, [sealing.derive_key("p", bytes(16), 1000)], "/a/")
    two = sealing.seal({"x": 1}, [sealing.derive_key("p", bytes(16), 1000)], "/a/")
    assert one != two
    assert sealing.ITERATIONS >= 600_000 and sealing.KEY_BYTES == 32


def test_check_warns_about_weak_passphrases_without_printing_them(tmp_path: Path) -> None:
    from dataclasses import replace

    from mentorblog.commands.check import passphrase_warnings
    from mentorblog.core.model import Site

    config = replace(site(tmp_path, "readers: {ben: {name: Ben}, ana: {name: Ana}}\n"))
    empty = Site(config, {}, (), (), (), (), (), {}, {})
    env = {"MENTORBLOG_READER_BEN": "hunter2", "MENTORBLOG_READER_ANA": "k7vq2m9xw4bz8rj3"}
    found = [str(n) for n in passphrase_warnings(empty, env)]
    assert found == [
        "site.yaml: the passphrase of reader `ben` (MENTORBLOG_READER_BEN) has 7 characters; "
        "use at least 16; anyone holding a copy of a page shared with Ben can try "
        "passphrases offline, without limit"
    ]
    assert passphrase_warnings(empty, {}) == []  # unset: the build says so where it matters


def test_a_shared_post_s_sessions_are_sealed_and_counted_nowhere() -> None:
    """A shared post's `session:` (who, how long, what about) moves into the sealed secret,
    so its readers see it once they open the post, and the sessions page, its charts and the
    hours log (all made from the pages' `sessions`) count none of it."""
    page = parse(
        "---\ntitle: Hard talk\ndate: 2024-05-01\nshared_with: [ben]\n"
        "session: {minutes: 45, with: Ben, kind: career, paid: true}\n---\nBody\n"
    )
    logged = (Session(45, ("Ben",), "career", "individual", True),)
    assert page.sessions == logged
    content = Content("<p>Body</p>", "", "", False, "Body", (), 1, 1)
    concealed = sharing.conceal(page, content)
    assert concealed.sessions == ()
    assert concealed.secret is not None and concealed.secret.sessions == logged
    assert not is_public(concealed)
    assert summarise([concealed]).total.sessions == 0


def test_an_optional_reader_is_read_with_whether_this_build_has_a_passphrase(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("MENTORBLOG_READER_DEMO", raising=False)
    monkeypatch.delenv("MENTORBLOG_READER_DEMO_FILE", raising=False)
    text = "readers:\n  demo: {name: Demo, optional: true}\n  ben: {name: Ben}\n"
    assert site(tmp_path, text).readers == (
        Reader("demo", "Demo", optional=True, unset=True),
        Reader("ben", "Ben"),  # not optional: a missing passphrase stays an error, later
    )
    monkeypatch.setenv("MENTORBLOG_READER_DEMO_FILE", str(tmp_path / "demo"))
    assert site(tmp_path, text).readers[0] == Reader("demo", "Demo", optional=True)
    with pytest.raises(BuildError, match="`optional` must be true or false"):
        site(tmp_path, "readers:\n  demo: {optional: maybe}\n")


DEMO_UNSET = Reader("demo", "Demo", optional=True, unset=True)


def test_a_post_shared_only_with_unset_optional_readers_is_held_back_with_a_warning() -> None:
    page = parse(
        "---\ntitle: x\ndate: 2024-01-01\nshared_with: [demo]\n---\nBody\n",
        readers=(BEN, DEMO_UNSET),
    )
    assert (page.visibility, page.shared_with) == ("private", ())
    (notice,) = page.notices
    assert notice.line == 4 and notice.message.startswith("not built: shared only with `demo`")
    assert "MENTORBLOG_READER_DEMO" in notice.message


def test_unset_optional_readers_are_left_out_of_a_post_others_can_open() -> None:
    page = parse(
        "---\ntitle: x\ndate: 2024-01-01\nshared_with: [demo, ben]\n---\nBody\n",
        readers=(BEN, DEMO_UNSET),
    )
    assert (page.visibility, page.shared_with) == ("shared", ("ben",))
    (notice,) = page.notices
    assert notice.line == 4 and "`demo` cannot open this post in this build" in notice.message
    # Whoever is not optional still needs a passphrase: the build stops for Ben.
    with pytest.raises(ExceptionGroup):
        readers.passphrases([page], [BEN, DEMO_UNSET], {})


def test_serve_shows_a_post_of_an_unset_optional_reader() -> None:
    page = parse(
        "---\ntitle: x\ndate: 2024-01-01\nshared_with: [demo]\n---\nBody\n",
        readers=(BEN, DEMO_UNSET),
        show_private=True,
    )
    assert (page.visibility, page.shared_with, page.notices) == ("shared", ("demo",), ())
