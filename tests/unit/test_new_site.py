"""new_site: the files of a new journal (issue 18, item 1). Every site.yaml key is one
mentorblog reads, each with a comment; the first post comes from the reflection archetype,
dated now in the site's zone, published, with a session and a private note; nothing is
asked, a folder with visible files is refused, and nothing is ever overwritten."""

from __future__ import annotations

import itertools
import os
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentorblog.commands import new_site as new_site_module
from mentorblog.commands.new_site import (
    EXAMPLE_BASE_URL,
    SiteSpec,
    check_spec,
    language_code,
    local_timezone,
    new_site,
    one_line,
    person,
    site_address,
    site_files,
    zone_name,
)
from mentorblog.core.errors import BuildError
from mentorblog.read.config import load_config
from mentorblog.read.parse import split_front_matter

NOW = datetime(2024, 5, 2, 1, 30, 15, 123456, tzinfo=UTC)  # 09:30:15 in Singapore
SPEC = SiteSpec(title="Two chairs", author="Ana", partner="Ben", timezone="Asia/Singapore",
                base_url="https://journal.ana.dev/")
HUGO_FILES = ["site.yaml", ".gitignore", "content/about.md", "content/archives.md",
              "content/search.md", "content/posts/our-first-session.md"]


def tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes()
            for p in sorted(root.rglob("*")) if p.is_file()}


def front(text: str) -> dict[str, object]:
    return dict(split_front_matter(text, PurePosixPath("content/x.md")).values)


# -- what is written ---------------------------------------------------------------------------

def test_the_files_of_a_hugo_site() -> None:
    files = site_files(SPEC, NOW)
    assert [str(rel) for rel in files] == HUGO_FILES


def test_the_jekyll_dialect_names_the_post_the_jekyll_way() -> None:
    files = site_files(SiteSpec(timezone="Asia/Singapore", dialect="jekyll"), NOW)
    post = PurePosixPath("content/_posts/2024-05-02-our-first-session.md")
    assert post in files
    assert front(files[post])["layout"] == "post"
    about = front(files[PurePosixPath("content/about.md")])
    assert (about["layout"], about["permalink"]) == ("page", "/about/")
    for page, address in (("archives", "/archives/"), ("search", "/search/")):
        meta = front(files[PurePosixPath(f"content/{page}.md")])
        assert (meta["layout"], meta["permalink"]) == (page, address)
        assert "url" not in meta


def test_the_first_post_comes_from_the_reflection_archetype_dated_now() -> None:
    text = site_files(SPEC, NOW)[PurePosixPath("content/posts/our-first-session.md")]
    meta = front(text)
    assert meta["date"] == "2024-05-02T09:30:15+08:00"  # the site's zone, to the second
    assert meta["draft"] is False  # published at once, so the journal page exists
    assert meta["session"] == {"minutes": 60, "with": "Ben", "kind": "getting started"}
    assert meta["description"]
    for prompt in ("## What we worked on", "## What I learned", "## What I will try next"):
        assert prompt in text
    assert "\n::: private\n" in text and "\n<!--more-->\n" in text


def test_every_setting_is_one_mentorblog_reads_and_has_a_comment(tmp_path: Path) -> None:
    made = new_site(tmp_path / "j", SPEC, now=NOW)
    loaded = load_config(made.root)
    assert loaded.notices == ()  # no unknown or foreign key
    config = loaded.config
    assert (config.title, config.base_url, config.language, config.timezone) == (
        "Two chairs", "https://journal.ana.dev/", "en", "Asia/Singapore")
    assert config.authors == ("Ana",)
    assert {p.name: p.role for p in config.profiles} == {"Ana": "mentor", "Ben": "mentee"}
    assert [(m.name, m.url) for m in config.menu] == [
        ("Sessions", "/journal/"), ("Archives", "/archives/"), ("Search", "/search/"),
        ("About", "/about/")]
    assert config.journal_url == "/journal/"
    assert config.params["homeinfoparams"]["Title"]  # type: ignore[index]
    lines = (made.root / "site.yaml").read_text(encoding="utf-8").splitlines()
    in_params = False
    keys = 0
    for i, line in enumerate(lines):
        top = re.match(r"[A-Za-z]\w*:", line)
        in_params = line.startswith("params:") or (in_params and not top)
        if top or (in_params and re.match(r"  [A-Za-z]\w*:", line)):
            keys += 1
            assert lines[i - 1].lstrip().startswith("# "), f"no comment above {line!r}"
    assert keys >= 14


def test_the_role_can_be_mentee() -> None:
    files = site_files(SiteSpec(author="Ben", role="mentee", timezone="UTC"), NOW)
    text = files[PurePosixPath("site.yaml")]
    assert '"Ben":\n    role: mentee\n  "Your mentor":\n    role: mentor' in text
    assert "kept by Ben, a mentee" in files[PurePosixPath("content/about.md")]


def test_gitignore_keeps_the_output_and_the_cache_out() -> None:
    text = site_files(SPEC, NOW)[PurePosixPath(".gitignore")]
    assert {"/public/", "/.mentorblog-cache/"} <= set(text.splitlines())


def test_a_fixed_offset_zone_reads_back_and_dates_the_first_posts(tmp_path: Path) -> None:
    """`--timezone +01:00` is what a Jekyll site's `timezone: "+01:00"` is to site.yaml."""
    made = new_site(tmp_path / "j", SiteSpec(timezone="+01:00"), now=NOW)
    assert load_config(made.root).config.timezone == "+01:00"
    assert "+01:00" in (made.root / made.first_post).read_text(encoding="utf-8")


def test_markdown_in_names_is_shown_as_written() -> None:
    about = site_files(SiteSpec(author="Ana *M* <b>", partner="[Ben](x)", timezone="UTC"),
                       NOW)[PurePosixPath("content/about.md")]
    assert r"Ana \*M\* \<b\>" in about and r"\[Ben\]\(x\)" in about


_NUMBERS = itertools.count()


_YAMLISH = st.text(alphabet="\":#{}[]&*!|>'%@`,? -~\\yesnoNULLab\u00e9\u2028", min_size=1,
                   max_size=30)


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=st.one_of(_YAMLISH, st.text(min_size=1, max_size=40)),
       author=st.one_of(_YAMLISH, st.text(min_size=1, max_size=30)))
def test_any_title_and_author_read_back_exactly(tmp_path: Path, title: str, author: str) -> None:
    """Quotes, colons, `#`, YAML words (yes, null), markup: site.yaml quotes them all."""
    try:
        title, author = one_line(title), person(author)
    except ValueError:
        return  # refused as a flag value; other tests cover the refusals
    if person("Your mentee") == author:
        return
    root = tmp_path / f"j{next(_NUMBERS)}"
    new_site(root, SiteSpec(title=title, author=author, timezone="UTC"), now=NOW)
    config = load_config(root).config
    assert (config.title, config.authors) == (title, (author,))


# -- the flags' values -------------------------------------------------------------------------

@pytest.mark.parametrize(("check", "value"), [
    (one_line, "   "), (one_line, "two\nlines"), (one_line, "tab\there"), (one_line, "x" * 201),
    (person, "!!!"), (site_address, "example.org"), (site_address, "ftp://example.org/"),
    (site_address, "https://example.org/?q=1"), (site_address, 'https://a.org/"x'),
    (zone_name, "Mars/Olympus"), (zone_name, "../../etc/passwd"), (zone_name, "+25:00"),
    (zone_name, "+1"), (language_code, "english!"),
])
def test_bad_values_are_refused(check: object, value: str) -> None:
    with pytest.raises(ValueError):
        check(value)  # type: ignore[operator]


def test_good_values_are_normalised() -> None:
    assert one_line("  Two chairs ") == "Two chairs"
    assert site_address("https://ana.github.io/journal") == "https://ana.github.io/journal/"
    assert zone_name("Europe/Berlin") == "Europe/Berlin"
    assert zone_name(" -05:30 ") == "-05:30"  # a fixed offset, as site.yaml takes it
    assert language_code("pt-BR") == "pt-BR"


def test_a_spec_is_checked_like_the_flags() -> None:
    for spec, flag in ((SiteSpec(title=""), "--title"), (SiteSpec(timezone="Nowhere"),
                       "--timezone"), (SiteSpec(role="boss"), "--role"),
                       (SiteSpec(author="Ana", partner="ana"), "--with"),
                       (SiteSpec(base_url="https://x.org"), "--base-url")):
        with pytest.raises(BuildError) as info:
            check_spec(spec)
        assert info.value.message.startswith(flag)


def test_local_timezone_comes_from_tz_else_utc(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TZ", "America/Sao_Paulo")
    assert local_timezone() == "America/Sao_Paulo"
    monkeypatch.setenv("TZ", "Not/AZone")
    assert zone_name(local_timezone())  # /etc/localtime's zone, else UTC: always a real zone


# -- refusals and never overwriting --------------------------------------------------------

def test_a_new_folder_is_made_with_its_parents(tmp_path: Path) -> None:
    made = new_site(tmp_path / "a" / "b" / "journal", SPEC, now=NOW)
    assert sorted(tree(made.root)) == sorted(HUGO_FILES)
    assert made.first_post == PurePosixPath("content/posts/our-first-session.md")
    assert made.kept == ()


def test_hidden_files_are_fine_and_an_existing_gitignore_is_kept(tmp_path: Path) -> None:
    root = tmp_path / "j"
    (root / ".git").mkdir(parents=True)
    (root / ".gitignore").write_text("mine\n", encoding="utf-8")
    made = new_site(root, SPEC, now=NOW)
    assert made.kept == (PurePosixPath(".gitignore"),)
    assert (root / ".gitignore").read_text(encoding="utf-8") == "mine\n"
    assert PurePosixPath(".gitignore") not in made.written
    assert (root / "site.yaml").is_file()


def test_a_folder_with_visible_files_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "j"
    root.mkdir()
    (root / "README.md").write_text("mine\n", encoding="utf-8")
    with pytest.raises(BuildError) as info:
        new_site(root, SPEC, now=NOW)
    assert "README.md" in info.value.message and "--force" in info.value.message
    assert tree(root) == {"README.md": b"mine\n"}


def test_force_writes_beside_other_files_but_never_over_them(tmp_path: Path) -> None:
    root = tmp_path / "j"
    (root / "content").mkdir(parents=True)
    (root / "README.md").write_text("mine\n", encoding="utf-8")
    new_site(root, SPEC, now=NOW, force=True)
    assert (root / "README.md").read_text(encoding="utf-8") == "mine\n"
    (root / "content" / "about.md").write_text("my about\n", encoding="utf-8")
    (root / "site.yaml").unlink()
    before = tree(root)
    with pytest.raises(BuildError) as info:
        new_site(root, SPEC, now=NOW, force=True)
    assert "already exists" in info.value.message
    assert tree(root) == before  # all or nothing: not even site.yaml was written again


def test_a_file_is_not_a_folder(tmp_path: Path) -> None:
    (tmp_path / "j").write_text("x", encoding="utf-8")
    with pytest.raises(BuildError):
        new_site(tmp_path / "j", SPEC, now=NOW)
    assert (tmp_path / "j").read_text(encoding="utf-8") == "x"


def test_a_folder_linking_elsewhere_is_refused_and_everything_undone(tmp_path: Path) -> None:
    root = tmp_path / "j"
    elsewhere = tmp_path / "elsewhere"
    root.mkdir()
    elsewhere.mkdir()
    (root / "content").symlink_to(elsewhere)
    with pytest.raises(BuildError) as info:
        new_site(root, SPEC, now=NOW, force=True)
    assert "links" in info.value.message
    assert list(elsewhere.iterdir()) == []
    assert sorted(os.listdir(root)) == ["content"]  # the link itself; nothing else is left


def test_a_failed_write_leaves_no_folder_it_made(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(root: Path, files: object) -> None:
        assert root.is_dir()  # made by new_site, with its parent
        raise BuildError("cannot write: disk full; nothing was written")

    monkeypatch.setattr(new_site_module, "create_files", fail)
    with pytest.raises(BuildError):
        new_site(tmp_path / "new" / "journal", SPEC, now=NOW)
    assert list(tmp_path.iterdir()) == []


def test_example_address_is_the_default() -> None:
    assert SiteSpec().base_url == EXAMPLE_BASE_URL
    assert f'baseURL: "{EXAMPLE_BASE_URL}"' in site_files(SiteSpec(timezone="UTC"), NOW)[
        PurePosixPath("site.yaml")]


def test_the_date_follows_the_zone_across_midnight() -> None:
    late = datetime(2024, 5, 1, 20, 0, tzinfo=UTC) + timedelta(minutes=1)  # May 2nd in Tokyo
    files = site_files(SiteSpec(timezone="Asia/Tokyo", dialect="jekyll"), late)
    assert PurePosixPath("content/_posts/2024-05-02-our-first-session.md") in files
