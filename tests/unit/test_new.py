"""new: a post from an archetype (site's, else the theme's), title from the file name, date now
with the site's offset, `draft: true`; Jekyll's dated file name with `layout: post`; never
overwrites and never writes outside content/ (issue 7, item 4)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path, PurePosixPath

import pytest

from mentorblog.cli import main
from mentorblog.commands.new import (
    Filling,
    find_archetype,
    new_content,
    render_archetype,
    title_for,
)
from mentorblog.core.errors import BuildError
from mentorblog.core.model import Config, Page
from mentorblog.read.parse import ParseContext, parse_page, split_front_matter

NOW = datetime(2024, 5, 2, 1, 30, 15, 123456, tzinfo=UTC)  # 09:30:15 in Singapore
PLUS8 = timezone(timedelta(hours=8))
LAYOUTS = frozenset({"post", "page", "section", "archives", "search"})


@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "journal"
    (root / "content" / "posts").mkdir(parents=True)
    (root / "site.yaml").write_text("title: J\nbaseURL: https://example.org/\n"
                                    "timeZone: Asia/Singapore\n", encoding="utf-8")
    return root


def front_matter(file: Path) -> dict[str, object]:
    return split_front_matter(file.read_text(encoding="utf-8"),
                              PurePosixPath("content/x.md")).values


def parsed(root: Path, rel: PurePosixPath) -> Page:
    config = Config(root=root, title="J", base_url="https://example.org/",
                    timezone="Asia/Singapore")
    return parse_page((root / rel).read_bytes(), rel, ParseContext(config, ("posts",), LAYOUTS))


def test_writes_post_with_title_date_and_draft(site: Path) -> None:
    rel = new_content(site, "posts/my-first-session.md", now=NOW)
    assert rel == PurePosixPath("content/posts/my-first-session.md")
    text = (site / rel).read_text(encoding="utf-8")
    assert text.startswith("---\n")
    assert "date: 2024-05-02T09:30:15+08:00\n" in text  # ISO 8601, site zone, no microseconds
    meta = front_matter(site / rel)
    assert meta["title"] == "My First Session"
    assert meta["draft"] is True
    assert "layout" not in meta


def test_new_post_parses_as_a_draft_dated_now(site: Path) -> None:
    rel = new_content(site, "posts/my-first-session.md", now=NOW)
    page = parsed(site, rel)
    assert page.title == "My First Session"
    assert page.is_draft is True
    assert page.date == NOW.replace(microsecond=0)
    assert page.date.utcoffset() == timedelta(hours=8)


def test_date_defaults_to_the_clock(site: Path) -> None:
    before = datetime.now(UTC).replace(microsecond=0)
    rel = new_content(site, "posts/now.md")
    after = datetime.now(UTC)
    date = datetime.fromisoformat(str(front_matter(site / rel)["date"]))
    assert date.utcoffset() == timedelta(hours=8)
    assert before <= date <= after


@pytest.mark.parametrize(("name", "title"), [
    ("posts/my-first-session.md", "My First Session"),
    ("posts/2024-05-02-goals_and_growth.md", "Goals And Growth"),
    ("posts/bundle-of-notes/index.md", "Bundle Of Notes"),
    ("about.md", "About"),
])
def test_title_for(name: str, title: str) -> None:
    assert title_for(PurePosixPath(name)) == title


def test_jekyll_dialect_dates_the_file_name_and_sets_layout_post(site: Path) -> None:
    rel = new_content(site, "posts/my-first-session.md", dialect="jekyll", now=NOW)
    assert rel == PurePosixPath("content/posts/2024-05-02-my-first-session.md")
    meta = front_matter(site / rel)
    assert meta["layout"] == "post"
    assert meta["title"] == "My First Session"
    assert meta["draft"] is True


def test_jekyll_dialect_keeps_a_date_already_in_the_name(site: Path) -> None:
    rel = new_content(site, "posts/2020-01-01-old.md", dialect="jekyll", now=NOW)
    assert rel == PurePosixPath("content/posts/2020-01-01-old.md")


def test_jekyll_date_is_the_site_day_not_the_utc_day(site: Path) -> None:
    late = datetime(2024, 5, 1, 20, 0, tzinfo=UTC)  # already May 2nd in Singapore
    rel = new_content(site, "posts/x.md", dialect="jekyll", now=late)
    assert rel.name == "2024-05-02-x.md"


def test_never_overwrites(site: Path) -> None:
    target = site / "content" / "posts" / "taken.md"
    target.write_text("mine\n", encoding="utf-8")
    with pytest.raises(BuildError) as info:
        new_content(site, "posts/taken.md", now=NOW)
    assert "already exists" in info.value.message
    assert info.value.file == PurePosixPath("content/posts/taken.md")
    assert target.read_text(encoding="utf-8") == "mine\n"


@pytest.mark.parametrize("path", ["../outside.md", "posts/../../outside.md", "/abs/post.md",
                                  "", "content"])
def test_refuses_paths_outside_content(site: Path, path: str) -> None:
    with pytest.raises(BuildError):
        new_content(site, path, now=NOW)
    assert sorted(p.name for p in site.parent.iterdir()) == ["journal"]
    assert [p.name for p in (site / "content" / "posts").iterdir()] == []


def test_refuses_a_folder_that_links_outside(site: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (site / "content" / "linked").symlink_to(elsewhere)
    with pytest.raises(BuildError) as info:
        new_content(site, "linked/post.md", now=NOW)
    assert "outside content/" in info.value.message
    assert list(elsewhere.iterdir()) == []


def test_content_prefix_missing_suffix_and_bundles(site: Path) -> None:
    assert new_content(site, "content/posts/a.md", now=NOW) == PurePosixPath(
        "content/posts/a.md")
    assert new_content(site, "posts/b", now=NOW) == PurePosixPath("content/posts/b.md")
    bundle = new_content(site, "posts/goals-bundle/", now=NOW)
    assert bundle == PurePosixPath("content/posts/goals-bundle/index.md")
    assert front_matter(site / bundle)["title"] == "Goals Bundle"


def test_title_is_quoted_safely(site: Path) -> None:
    rel = new_content(site, "posts/q:-don't-#panic.md", now=NOW)
    assert front_matter(site / rel)["title"] == "Q: Don't #panic"


def test_reflection_archetype_has_the_prompts(site: Path) -> None:
    rel = new_content(site, "posts/session-3.md", kind="reflection", now=NOW)
    text = (site / rel).read_text(encoding="utf-8")
    for heading in ("## What we worked on", "## What I learned", "## What I will try next"):
        assert heading in text
    meta = front_matter(site / rel)
    assert meta["title"] == "Session 3"
    assert meta["draft"] is True
    # A session to fill in (it counts on /journal/ as it is) and a private note block.
    assert meta["session"] == {"minutes": None, "with": "", "kind": ""}
    assert "\n::: private\n" in text


def test_site_archetype_beats_the_theme(site: Path) -> None:
    (site / "archetypes").mkdir()
    (site / "archetypes" / "default.md").write_text(
        "---\ntitle: {{ title | quote }}\ndate: {{ date }}\ndraft: true\nmentor: Ana\n---\n"
        "Mine for {{ path }}\n", encoding="utf-8")
    rel = new_content(site, "posts/x.md", now=NOW)
    text = (site / rel).read_text(encoding="utf-8")
    assert "mentor: Ana" in text
    assert text.endswith("Mine for content/posts/x.md\n")


def test_section_archetype_is_used_without_kind(site: Path) -> None:
    (site / "archetypes").mkdir()
    (site / "archetypes" / "posts.md").write_text(
        "---\ntitle: {{ title | quote }}\nsection: {{ section }}\n---\n", encoding="utf-8")
    posts = new_content(site, "posts/x.md", now=NOW)
    assert front_matter(site / posts)["section"] == "posts"
    page = new_content(site, "about.md", now=NOW)  # not in posts/: the default archetype
    assert front_matter(site / page)["draft"] is True


def test_unknown_kind_lists_known_ones(site: Path) -> None:
    with pytest.raises(BuildError) as info:
        new_content(site, "posts/x.md", kind="nope", now=NOW)
    assert "default" in info.value.message and "reflection" in info.value.message
    assert not (site / "content" / "posts" / "x.md").exists()


def test_broken_archetype_names_its_file_and_line(site: Path) -> None:
    (site / "archetypes").mkdir()
    (site / "archetypes" / "default.md").write_text(
        "---\ntitle: x\ndate: {{ date | nosuchfilter }}\n---\n", encoding="utf-8")
    with pytest.raises(BuildError) as info:
        new_content(site, "posts/x.md", now=NOW)
    assert info.value.file == PurePosixPath("archetypes/default.md")
    assert info.value.line == 3
    assert not (site / "content" / "posts" / "x.md").exists()


def test_archetype_that_makes_bad_front_matter_writes_nothing(site: Path) -> None:
    (site / "archetypes").mkdir()
    (site / "archetypes" / "default.md").write_text("---\ntitle: [x\n---\n", encoding="utf-8")
    with pytest.raises(BuildError) as info:
        new_content(site, "posts/x.md", now=NOW)
    assert info.value.file == PurePosixPath("archetypes/default.md")
    assert not (site / "content" / "posts" / "x.md").exists()


def test_not_a_site(tmp_path: Path) -> None:
    with pytest.raises(BuildError) as info:
        new_content(tmp_path, "posts/x.md", now=NOW)
    assert "site.yaml" in str(info.value)


# -- command line ------------------------------------------------------------------------------

def test_cli_new(site: Path, capsys: pytest.CaptureFixture[str],
                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(site)
    assert main(["new", "posts/my-first-session.md"]) == 0
    out, err = capsys.readouterr()
    assert out.strip() == "Created content/posts/my-first-session.md"
    assert err == ""
    assert front_matter(site / "content/posts/my-first-session.md")["title"] == \
        "My First Session"


def test_cli_new_with_source_kind_and_dialect(site: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str],
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["new", "-s", str(site), "--kind", "reflection", "--dialect", "jekyll",
                 "posts/session.md"]) == 0
    created = list((site / "content" / "posts").glob("*-session.md"))
    assert len(created) == 1
    assert "## What I learned" in created[0].read_text(encoding="utf-8")
    assert front_matter(created[0])["layout"] == "post"


def test_cli_new_existing_file_exits_1(site: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new", "-s", str(site), "posts/x.md"]) == 0
    capsys.readouterr()
    assert main(["new", "-s", str(site), "posts/x.md"]) == 1
    _, err = capsys.readouterr()
    assert err.startswith("error: content/posts/x.md: already exists")
    assert "Traceback" not in err


def test_cli_new_needs_a_path(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["new"])
    assert info.value.code == 2


def test_parse_of_plus8_date_keeps_the_offset(site: Path) -> None:
    rel = new_content(site, "posts/x.md", now=NOW.astimezone(PLUS8))
    assert "+08:00" in (site / rel).read_text(encoding="utf-8")


def test_a_post_under_underscore_posts_is_named_the_jekyll_way(site: Path) -> None:
    """Jekyll skips an undated file in `_posts/`, so no flag is needed there."""
    rel = new_content(site, "_posts/first-session.md", now=NOW)
    assert rel == PurePosixPath("content/_posts/2024-05-02-first-session.md")
    assert front_matter(site / rel)["layout"] == "post"
    hugo = new_content(site, "_posts/kept-as-asked.md", dialect="hugo", now=NOW)
    assert hugo == PurePosixPath("content/_posts/kept-as-asked.md")


def test_filling_publishes_the_reflection_with_its_session(site: Path) -> None:
    """What `new site` asks of the reflection archetype: published, described, a session."""
    archetype = find_archetype(site, "reflection", PurePosixPath("posts/x.md"))
    text = render_archetype(archetype, PurePosixPath("posts/x.md"), NOW, "hugo", "reflection",
                            Filling(draft=False, description='Ben: "first"', session_minutes=60,
                                    session_with="Ben", session_kind="goals", example=True))
    meta = split_front_matter(text, PurePosixPath("content/posts/x.md")).values
    assert meta["draft"] is False
    assert meta["description"] == 'Ben: "first"'
    assert meta["session"] == {"minutes": 60, "with": "Ben", "kind": "goals"}
    assert "\n::: private\n" in text
    assert "We met for the first time" in text
    plain = render_archetype(archetype, PurePosixPath("posts/x.md"), NOW, "hugo", "reflection")
    assert "We met for the first time" not in plain
