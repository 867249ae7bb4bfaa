"""The mentoring-journal features on the tests/sites/journeys fixture, asserted by meaning
(the golden test pins the exact bytes): journeys, author pages and feeds, the sessions
journal, related posts, private notes."""

from __future__ import annotations

import re
import shutil
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest

from mentorblog.build import BuildOptions, build

SITE = Path(__file__).parent / "sites" / "journeys"
NOW = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("journeys") / "public"
    build(BuildOptions(source=SITE, destination=folder, use_cache=False), now=NOW)
    return folder


def text(out: Path, path: str) -> str:
    return (out / path).read_text(encoding="utf-8")


def test_journey_page_tells_the_story_oldest_first(out: Path) -> None:
    page = text(out, "series/onboarding/index.html")
    titles = re.findall(r'class="entry-title"><a class="u-url p-name" href="[^"]+">([^<]+)</a>',
                        page)
    assert titles == ["Kickoff", "Goals, revisited", "The first review"]
    assert "3 parts ·&nbsp;" in page and "15 Mar 2024" in page and "5 Jan 2024" in page
    assert [f"Part {n} of 3" in page for n in (1, 2, 3)] == [True] * 3


def test_each_part_marks_itself_in_the_box(out: Path) -> None:
    page = text(out, "posts/goals/index.html")
    box = page[page.index('<nav class="series"'):]
    box = box[:box.index("</nav>")]
    assert "Part 2 of 3" in box
    assert '<span aria-current="page">Goals, revisited</span>' in box
    assert box.count("<li>") == 3


def test_author_pages_profiles_and_feeds(out: Path) -> None:
    mo = text(out, "authors/mo/index.html")
    assert "Mentor</span>" in mo and "Mentors <em>new</em> leads." in mo
    assert 'href="mailto:mo@example.net"' in mo
    lee_feed = feedparser.parse(text(out, "authors/lee/index.xml"))
    assert not lee_feed.bozo
    assert [e.title for e in lee_feed.entries] == ["The first review", "Goals, revisited"]
    # Under a post: one box per author with a profile, and names link to their pages.
    goals = text(out, "posts/goals/index.html")
    assert goals.count('class="author-box"') == 2
    assert '<a href="/authors/lee/">Lee</a>' in goals


def test_journal_sums_the_sessions(out: Path) -> None:
    page = text(out, "journal/index.html")
    assert "<strong>4 sessions</strong> logged" in page
    assert "<strong>135 minutes (2.2 hours)</strong>" in page
    assert "with <strong>2 people</strong>" in page  # Lee and Sam
    assert "<loc>https://example.net/journal/</loc>" in text(out, "sitemap.xml")


def test_related_posts(out: Path) -> None:
    # The other parts of the journey share the tag `goals` but are in the journey box already.
    assert 'class="related"' not in text(out, "posts/kickoff/index.html")
    review = text(out, "posts/first-review/index.html")
    related = review[review.index('<nav class="related"'):]
    assert re.findall(r'<li><a href="([^"]+)"', related[:related.index("</nav>")]) == [
        "/posts/feedback-again/"]
    assert 'class="related"' not in text(out, "posts/unrelated/index.html")


def test_private_notes_are_in_no_file(out: Path) -> None:
    for path in out.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"nervous" not in data and b"Draft question" not in data, path


def test_no_journal_without_sessions(tmp_path: Path) -> None:
    (tmp_path / "content" / "posts").mkdir(parents=True)
    (tmp_path / "site.yaml").write_text("title: T\nbaseURL: https://example.org/\n")
    (tmp_path / "content" / "posts" / "a.md").write_text(
        "---\ntitle: A\ndate: 2024-01-01\n---\nNo session here.\n")
    build(BuildOptions(source=tmp_path, destination=tmp_path / "out", use_cache=False), now=NOW)
    assert not (tmp_path / "out" / "journal").exists()
    assert not (tmp_path / "out" / "series").exists()


def test_prev_and_next_follow_the_journey(tmp_path: Path) -> None:
    """With ShowPostNavLinks on, a journey's part N leads to parts N-1 and N+1, though the
    section's order would put other posts between them; a post of no journey keeps the
    section's neighbours."""
    site = tmp_path / "site"
    shutil.copytree(SITE, site, ignore=shutil.ignore_patterns("expected", ".mentorblog-cache"))
    with (site / "site.yaml").open("a", encoding="utf-8") as config:
        config.write("ShowPostNavLinks: true\n")
    folder = tmp_path / "public"
    build(BuildOptions(source=site, destination=folder, use_cache=False), now=NOW)

    def nav(path: str) -> tuple[str | None, str | None]:
        page = text(folder, f"posts/{path}/index.html")
        prev = re.search(r'<a class="prev" rel="prev" href="([^"]+)"', page)
        nxt = re.search(r'<a class="next" rel="next" href="([^"]+)"', page)
        return (prev.group(1) if prev else None, nxt.group(1) if nxt else None)

    assert nav("kickoff") == (None, "/posts/goals/")
    assert nav("goals") == ("/posts/kickoff/", "/posts/first-review/")
    assert nav("first-review") == ("/posts/goals/", None)
    # Not in a journey: the newer and the older post of the section.
    assert nav("unrelated") == ("/posts/feedback-again/", "/posts/first-review/")
