"""Private notes (```` ```private ```` and `::: private`) reach no output file of a build, and
`serve` shows them marked."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from mentorblog.build import BuildOptions, build
from mentorblog.commands.serve import SiteBuilder

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


LEAKY = """See [the doc][ref] and the note[^n].

::: private
[ref]: https://internal.example/Reftoken "Reftitle"
[^n]: Footnotesecret about the mentee.
<script>Htmlsecret()</script> *[ABBR]: Abbrsecret
:::

```private
[fenceref]: https://internal.example/Fencereftoken
```

Text after the notes, [still a link][fenceref].
"""
RUNNING = """Public text.

::: private
{{< param secretparam >}} {{< ref "missing-page.md" >}} {% include nowhere.html %}
{{ page.secretparam }} {{< unknownshortcode >}}
:::
"""


def leaked(out: Path, secrets: tuple[str, ...]) -> list[str]:
    return [f"{secret} in {path.relative_to(out)}" for path in sorted(out.rglob("*"))
            if path.is_file() for secret in secrets
            if secret in path.read_bytes().decode(errors="replace")]


def test_definitions_inside_a_note_reach_no_output(tmp_path: Path) -> None:
    """A link reference definition inside a note used to give the public link its url and
    title, in the page, the feeds and the lists; footnotes and html inside one likewise."""
    site = make_site(tmp_path / "site")
    (site / "content" / "posts" / "leaky.md").write_text(
        "---\ntitle: Leaky\ndate: 2024-01-03\n---\n" + LEAKY)
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, use_cache=False), now=NOW)
    page = (out / "posts" / "leaky" / "index.html").read_text()
    assert "Text after the notes" in page
    assert "[the doc][ref]" in page  # the reference is undefined now: shown as written
    assert leaked(out, ("Reftoken", "Reftitle", "Footnotesecret", "Htmlsecret", "Abbrsecret",
                        "Fencereftoken", "internal.example")) == []


def test_shortcodes_and_liquid_inside_a_note_never_run(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    (site / "content" / "posts" / "running.md").write_text(
        "---\ntitle: Running\ndate: 2024-01-03\nsecretparam: Paramsecret\n---\n" + RUNNING)
    out = tmp_path / "out"
    result = build(BuildOptions(source=site, destination=out, use_cache=False), now=NOW)
    assert leaked(out, ("Paramsecret", "missing-page", "nowhere.html")) == []
    assert [str(n) for n in result.notices if "running" in str(n.file)] == []


def test_lines_after_a_note_keep_their_numbers(tmp_path: Path) -> None:
    site = make_site(tmp_path / "site")
    (site / "content" / "posts" / "late.md").write_text(
        "---\ntitle: Late\ndate: 2024-01-03\n---\n::: private\none\ntwo\n:::\n\n"
        "{{< youtube >}}\n")
    try:
        build(BuildOptions(source=site, destination=tmp_path / "out", use_cache=False), now=NOW)
    except ExceptionGroup as group:
        [error] = group.exceptions
        assert str(error) == "content/posts/late.md:10: the youtube shortcode needs a video id"
    else:
        raise AssertionError("the broken shortcode after the note was not reported")
