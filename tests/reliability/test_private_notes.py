"""Private notes (```` ```private ```` and `::: private`) reach no output file of a build, and
`serve` shows them marked."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from mentorblog.build import BuildOptions, build
from mentorblog.serve import SiteBuilder

NOW = datetime(2026, 1, 1, tzinfo=UTC)
SECRETS = ("Fencesecret", "Containersecret", "Headingsecret", "Nestedsecret", "Summarysecret")

BODY = """The opening paragraph is public and long enough.

```private
Fencesecret: ask Ben about the offer before Friday.
```

::::: private
Containersecret with **bold** words.

## Headingsecret

::: private
Nestedsecret inside a nested note (the outer fence has more colons).
:::
:::::

## Public heading

The public ending of the post.
"""


def make_site(root: Path) -> Path:
    posts = root / "content" / "posts"
    posts.mkdir(parents=True)
    (root / "content" / "search.md").write_text("---\ntitle: Search\nlayout: search\n---\n")
    (root / "site.yaml").write_text(
        "title: Private test\nbaseURL: https://example.org/\nShowToc: true\n"
        "params:\n  ShowFullTextinRSS: true\n  ShowWordCount: true\n")
    (posts / "notes.md").write_text(
        "---\ntitle: Notes\ndate: 2024-01-02\ntags: [growth]\n---\n" + BODY)
    # A private note before the divider: the summary must not carry it either.
    (posts / "early.md").write_text(
        "---\ntitle: Early\ndate: 2024-01-01\n---\n::: private\nSummarysecret\n:::\n\n"
        "Visible start.\n\n<!--more-->\n\nRest.\n")
    return root


def test_build_strips_private_notes_from_every_output(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, use_cache=False), now=NOW)
    texts = {p.relative_to(out).as_posix(): p.read_bytes().decode(errors="replace")
             for p in out.rglob("*") if p.is_file()}
    assert any(name.startswith("search-index/") for name in texts)  # the index was written
    assert "The public ending of the post." in texts["posts/notes/index.html"]
    assert "Visible start." in texts["index.xml"]
    for name, text in texts.items():
        marks = ("private-note",) if name.endswith(".html") else ()
        for secret in (*SECRETS, "hidden-heading", "headingsecret", *marks):
            assert secret not in text, f"{secret} leaked into {name}"
    page = texts["posts/notes/index.html"]
    # Word count and reading time count the public words only (8 + 2 + 6).
    assert "16 words" in page
    assert 'href="#public-heading"' in page  # the ToC keeps the public heading


def test_serve_shows_private_notes_marked(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    builder = SiteBuilder(BuildOptions(source=site, jobs=1, show_private=True),
                          tmp_path / "work")
    built = builder.build()
    page = (built.folder / "posts" / "notes" / "index.html").read_text()
    assert page.count('<aside class="private-note"') == 3
    for secret in ("Fencesecret", "Containersecret", "Headingsecret", "Nestedsecret"):
        assert secret in page
    # Counted as a build counts: the note's words are not in the word count.
    assert "16 words" in page
