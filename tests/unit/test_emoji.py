"""`enable_emoji` (markdown/emoji.py): GitHub's emoji names in text, as Hugo's `enableEmoji`
and Jekyll's jemoji read them."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from mentorblog.core.model import Page
from mentorblog.markdown.renderer import MarkdownSettings, Renderer


def html_of(body: str, emoji: bool = True) -> str:
    page = Page(
        source=PurePosixPath("content/posts/e.md"),
        kind="post",
        section="posts",
        body_line=4,
        title="E",
        url="/posts/e/",
        output_path="posts/e/index.html",
        layout="post",
        body=body,
        flags={},
    )
    return Renderer(MarkdownSettings(emoji=emoji)).render(page).html


def test_names_in_text_are_emoji() -> None:
    """A real Hugo blog's 18 posts say `Shipped it :rocket:` with `enableEmoji = true`."""
    html = html_of("Shipped it :rocket: and :tada:, :+1: **:wave:**\n")
    assert (
        html
        == "<p>Shipped it \U0001f680 and \U0001f389, \U0001f44d <strong>\U0001f44b</strong></p>\n"
    )


def test_code_addresses_unknown_names_and_times_stay_as_written() -> None:
    html = html_of(
        "`:rocket:` at 10:30:45, :not_an_emoji_name: <https://a.org/:rocket:/x>\n\n"
        "```\n:rocket:\n```\n"
    )
    assert html.count(":rocket:") == 4 and "\U0001f680" not in html  # the link's href too
    assert "10:30:45" in html and ":not_an_emoji_name:" in html


def test_off_unless_the_site_asks() -> None:
    assert html_of("Shipped :rocket:\n", emoji=False) == "<p>Shipped :rocket:</p>\n"


def test_a_heading_with_an_emoji_has_githubs_id() -> None:
    """The emoji, not its name, is in the heading: GitHub's id drops it, keeping the dash."""
    assert html_of("## Launch day :rocket:\n").startswith(
        '<h2 id="launch-day-">Launch day \U0001f680'
    )


def test_import_carries_enable_emoji_and_jemoji(tmp_path: Path) -> None:
    from mentorblog.importers import plan_import

    hugo = tmp_path / "hugo"
    (hugo / "content").mkdir(parents=True)
    (hugo / "hugo.toml").write_text('title = "H"\nbaseURL = "https://a.org/"\nenableEmoji = true\n')
    assert "enable_emoji: true" in plan_import("hugo", hugo).site_yaml
    jekyll = tmp_path / "jekyll"
    (jekyll / "_posts").mkdir(parents=True)
    (jekyll / "_config.yml").write_text("title: J\nurl: https://a.org\nplugins: [jemoji]\n")
    plan = plan_import("jekyll", jekyll)
    assert "enable_emoji: true" in plan.site_yaml
    assert not [n for n in plan.notices if "jemoji" in str(n)]
