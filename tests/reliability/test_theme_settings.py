"""Every theme setting a layout reads, fed odd but valid values (relative, absolute, one value
for a list, a mapping for a list, numbers as text, "yes" as a switch): the build succeeds and
the page shows the value the way Hugo and PaperMod would. A value the theme cannot use is an
error at its own site.yaml line, never one inside a theme file (issue 17)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from images import png

from mentorblog.cli import main

NOW = datetime(2026, 1, 1, tzinfo=UTC)
HEAD = "title: T\nbaseURL: https://example.org/blog/\nparams:\n"


def site_with(root: Path, params: str, post: str = "") -> Path:
    """A site under /blog/ with one post (and its bundle folder) and these `params:` lines."""
    (root / "content" / "posts" / "pic").mkdir(parents=True)
    (root / "site.yaml").write_text(HEAD + params, encoding="utf-8")
    (root / "content" / "posts" / "a.md").write_text(
        f"---\ntitle: A post\ndate: 2024-01-01\ntags: [go]\n{post}---\nText.\n", encoding="utf-8")
    (root / "content" / "posts" / "pic" / "index.md").write_text(
        "---\ntitle: Pic\ndate: 2023-01-01\nimages: [shot.png, other.png]\n---\nText.\n",
        encoding="utf-8")
    (root / "content" / "posts" / "pic" / "shot.png").write_bytes(png())
    return root


def build(site: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = main(["build", "-s", str(site), "-d", str(site / "public"), "-q"])
    return code, capsys.readouterr().err


def page(site: Path, path: str) -> str:
    return (site / "public" / path).read_text(encoding="utf-8")


OG = '<meta property="og:image" content="{}">'

# (params lines, page to look at, text it must hold)
ACCEPTED = [
    # images: PaperMod's `absURL`, so an entry without a leading / is from the site's root
    ("  images: img/site.png\n", "index.html", OG.format("https://example.org/blog/img/site.png")),
    ("  images: img/site.png\n", "posts/a/index.html",
     OG.format("https://example.org/blog/img/site.png")),
    ("  images: [/img/a.png, b.png]\n", "tags/go/index.html",
     OG.format("https://example.org/blog/img/a.png")),
    ("  images: [https://cdn.example.com/c.png]\n", "index.html",
     OG.format("https://cdn.example.com/c.png")),
    ("  images: []\n", "index.html", '<meta name="twitter:card" content="summary">'),
    ("  images: 42\n", "index.html", OG.format("https://example.org/blog/42")),
    # a page's images: a file of its bundle beside it, else from the site's root
    ("  images: x.png\n", "posts/pic/index.html",
     OG.format("https://example.org/blog/posts/pic/shot.png")),
    # socialIcons: PaperMod's list, keys in any case, or a mapping of names to addresses
    ("  socialIcons:\n    - Name: GitHub\n      URL: https://github.com/me\n", "index.html",
     'href="https://github.com/me" rel="me" title="GitHub"'),
    ("  socialIcons:\n    github: https://github.com/me\n    email: mailto:me@example.org\n",
     "index.html", 'href="mailto:me@example.org" rel="me" title="email"'),
    ("  socialIcons:\n    - name: rss\n      url: index.xml\n", "index.html",
     'href="/blog/index.xml" rel="me"'),
    # profileMode: "true" as a switch, sizes as text, buttons as a mapping
    ("  profileMode:\n    enabled: 'true'\n    imageUrl: me.png\n    imageWidth: 100px\n"
     "    imageHeight: '90'\n    buttons:\n      Posts: /posts/\n", "index.html",
     '<img src="/blog/me.png" alt="" class="profile-image" width="100" height="90"'),
    ("  profileMode:\n    enabled: true\n    buttons:\n      - name: Posts\n        url: posts\n",
     "index.html", '<a class="button" href="/blog/posts">Posts</a>'),
    ("  profileMode:\n    enabled: true\n    imageUrl: https://cdn.example.com/me.png\n"
     "    title: 2024\n", "index.html", 'src="https://cdn.example.com/me.png"'),
    # label: a number as the text, a relative icon, a size as text
    ("  label:\n    text: 2024\n    icon: logo.svg\n    iconHeight: '40'\n", "index.html",
     '<img src="/blog/logo.svg" alt="" height="40" style="height: 40px">'),
    ("  label:\n    icon: /img/logo.svg\n", "posts/a/index.html", 'src="/blog/img/logo.svg"'),
    # assets: relative, absolute
    ("  assets:\n    favicon: fav.png\n", "index.html", '<link rel="icon" href="/blog/fav.png">'),
    ("  assets:\n    favicon: https://cdn.example.com/f.png\n    favicon32x32: /f32.png\n",
     "index.html", 'sizes="32x32" href="/blog/f32.png"'),
    # ShareButtons: one name instead of a list
    ("  ShowShareButtons: true\n  ShareButtons: linkedin\n", "posts/a/index.html",
     'aria-label="Share on LinkedIn"'),
    # homeInfoParams: a number as the title
    ("  homeInfoParams:\n    Title: 42\n    Content: '**hi**'\n", "index.html",
     "<h1>42</h1>"),
    # editPost: "yes" as a switch
    ("  editPost:\n    URL: https://example.org/edit\n    appendFilePath: 'yes'\n",
     "posts/a/index.html", 'href="https://example.org/edit/posts/a.md"'),
    # cover: "yes" as a switch; mainSections: one name; keywords: one word
    ("  cover:\n    hidden: 'yes'\n  mainSections: posts\n  keywords: mentoring\n",
     "index.html", "A post"),
    ("  defaultTheme: dark\n  disableThemeToggle: 'yes'\n", "index.html",
     '<meta name="color-scheme" content="dark">'),
]


@pytest.mark.parametrize(("params", "path", "shown"), ACCEPTED,
                         ids=[f"{n}-{p[0].split(':')[0].strip()}" for n, p in enumerate(ACCEPTED)])
def test_odd_but_valid_theme_settings_build(params: str, path: str, shown: str, tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    site = site_with(tmp_path / "site", params)
    code, err = build(site, capsys)
    assert (code, err) == (0, "")
    assert shown in page(site, path)


def test_a_pages_own_share_buttons_may_be_one_name(tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    site = site_with(tmp_path / "site", "  ShowShareButtons: true\n",
                     post="ShareButtons: reddit\n")
    assert build(site, capsys) == (0, "")
    html = page(site, "posts/a/index.html")
    assert 'aria-label="Share on Reddit"' in html and "Share on LinkedIn" not in html


# (params lines, the key named in the error, its line in site.yaml)
REFUSED = [
    ("  images:\n    - {src: x.png}\n", "params.images", 4),
    ("  socialIcons: [github]\n", "params.socialIcons", 4),
    ("  socialIcons:\n    - name: github\n", "params.socialIcons", 4),
    ("  profileMode:\n    enabled: true\n    imageWidth: wide\n",
     "params.profileMode.imageWidth", 6),
    ("  profileMode:\n    buttons: 5\n", "params.profileMode.buttons", 5),
    ("  label: just text\n", "params.label", 4),
    ("  label:\n    icon: [a.png]\n", "params.label.icon", 5),
    ("  editPost:\n    appendFilePath: [x]\n", "params.editPost.appendFilePath", 5),
    ("  cover:\n    hidden: maybe\n", "params.cover.hidden", 5),
    ("  ShareButtons: {x: 1}\n", "params.ShareButtons", 4),
    ("  assets:\n    favicon: {light: a.png}\n", "params.assets.favicon", 5),
    ("  homeInfoParams: hello\n", "params.homeInfoParams", 4),
]


@pytest.mark.parametrize(("params", "key", "line"), REFUSED, ids=[r[1] for r in REFUSED])
def test_unusable_theme_settings_are_errors_at_their_line(params: str, key: str, line: int,
                                                          tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]
                                                          ) -> None:
    site = site_with(tmp_path / "site", params)
    code, err = build(site, capsys)
    assert code == 1
    assert err.startswith(f"error: site.yaml:{line}: `{key}`"), err
    assert "theme" not in err and "template" not in err
    assert not (site / "public").exists()


def test_a_pages_unusable_share_buttons_name_the_page(tmp_path: Path,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    site = site_with(tmp_path / "site", "  ShowShareButtons: true\n",
                     post="ShareButtons: {x: 1}\n")
    code, err = build(site, capsys)
    assert code == 1
    assert err.startswith("error: content/posts/a.md:5: `ShareButtons`"), err
