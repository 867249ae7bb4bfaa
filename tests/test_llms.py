"""llms.txt lists the site's public posts, and none that an author kept out of lists,
search, feeds or the sitemap (issue 23)."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

from mentorblog.build import BuildOptions, build

NOW = datetime(2026, 1, 1, tzinfo=UTC)
KEPT_OUT = {
    "draft": "draft: true",
    "noindex": "robotsNoIndex: true",
    "searchhidden": "searchHidden: true",
    "homehidden": "hiddenInHomeList: true",
    "unlistedbuild": "build:\n  list: never",
    "nositemap": "sitemap:\n  disable: true",
}


def test_llms_txt_lists_public_posts_only(tmp_path: Path) -> None:
    posts = tmp_path / "site" / "content" / "posts"
    posts.mkdir(parents=True)
    (tmp_path / "site" / "site.yaml").write_text(
        "title: Notes [with] brackets\nbaseURL: https://example.org/j/\n"
        "description: What we learned.\n"
    )
    (posts / "open.md").write_text(
        "---\ntitle: Open [one]\ndate: 2024-01-02\ndescription: Shown to all.\n---\nText.\n"
    )
    (posts / "plain.md").write_text("---\ntitle: Plain\ndate: 2024-01-01\n---\nText.\n")
    for name, line in KEPT_OUT.items():
        (posts / f"{name}.md").write_text(
            f"---\ntitle: Kept{name}\ndate: 2024-01-03\n{line}\n---\nText.\n"
        )
    out = tmp_path / "out"
    build(BuildOptions(source=tmp_path / "site", destination=out, use_cache=False), now=NOW)
    text = (out / "llms.txt").read_text(encoding="utf-8")
    assert text.startswith("# Notes \\[with\\] brackets\n\n> What we learned.\n")
    links = re.findall(r"^- \[(.+?)\]\((\S+?)\)(.*)$", text, re.M)
    assert links == [
        ("Open \\[one\\]", "https://example.org/j/posts/open/", ": Shown to all."),
        ("Plain", "https://example.org/j/posts/plain/", ""),
    ], text
    assert "Kept" not in text
