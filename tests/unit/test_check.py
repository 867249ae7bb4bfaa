"""check: builds in memory (writes nothing), then reports broken internal links and anchors,
missing images and files (errors, exit 1), posts without title or description and misspelt
front-matter keys (warnings), each with file and line (issue 7, item 5)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest
from images import png

from mentorblog.build import BuildOptions, build
from mentorblog.cli import main
from mentorblog.commands.check import SPELLINGS, CheckResult, check_site, known_keys, typo_of
from mentorblog.core.dialects import KNOWN_KEYS
from mentorblog.core.keys import norm

REPO_ROOT = Path(__file__).resolve().parents[2]
SITE_YAML = """title: Check
baseURL: https://example.org/
menu:
  main:
    - name: Posts
      url: /posts/
"""
GOOD = """---
title: Good
date: 2024-01-01
description: A good post.
---
## Setup

See [the other one](/posts/other/#notes), [this heading](#setup), [top](#top),
[mail](mailto:a@example.org), [elsewhere](https://other.example.com/nope/) and
![a picture](/img/ok.png).
"""
OTHER = """---
title: Other
date: 2024-01-02
description: Another.
---
## Notes

Back to [good](../good/).
"""


def write_site(root: Path, posts: dict[str, str], site_yaml: str = SITE_YAML) -> Path:
    (root / "content" / "posts").mkdir(parents=True)
    (root / "static" / "img").mkdir(parents=True)
    (root / "static" / "img" / "ok.png").write_bytes(png())
    (root / "site.yaml").write_text(site_yaml, encoding="utf-8")
    for name, text in posts.items():
        (root / "content" / "posts" / name).write_text(text, encoding="utf-8")
    return root


def check(root: Path) -> CheckResult:
    return check_site(BuildOptions(source=root, jobs=1))


def messages(result: CheckResult) -> list[str]:
    return [str(e) for e in result.errors]


def warnings(result: CheckResult) -> list[str]:
    return [str(w) for w in result.warnings]


def test_clean_site_has_no_errors_and_writes_nothing(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", {"good.md": GOOD, "other.md": OTHER})
    before = sorted(p.relative_to(root) for p in root.rglob("*"))
    result = check(root)
    assert messages(result) == []
    assert warnings(result) == []
    assert result.pages > 3 and result.links > 5
    assert sorted(p.relative_to(root) for p in root.rglob("*")) == before  # no public/, no cache


def test_broken_link_anchor_and_image_with_file_and_line(tmp_path: Path) -> None:
    broken = GOOD.replace("/posts/other/#notes", "/posts/nope/").replace(
        "(#setup)", "(#no-such-heading)").replace("/img/ok.png", "/img/missing.png")
    broken += "\nAnd [a bad anchor](/posts/other/#gone).\n"
    root = write_site(tmp_path / "s", {"good.md": broken, "other.md": OTHER})
    found = messages(check(root))
    assert found == [
        "content/posts/good.md:8: broken anchor: #no-such-heading (this page has no element "
        'with id="no-such-heading")',
        "content/posts/good.md:8: broken link: /posts/nope/ does not exist",
        "content/posts/good.md:10: missing image: /img/missing.png does not exist",
        "content/posts/good.md:12: broken anchor: /posts/other/#gone (/posts/other/ has no "
        'element with id="gone")',
    ]


def test_a_redirect_to_a_missing_page_is_broken(tmp_path: Path) -> None:
    # An old tag page made a redirect towards a tag no post has: readers who follow the
    # posts' tag link land on a redirect that leads nowhere. Redirects to another host or
    # to a page are fine. The error names the `redirect_to` line, even when the `url` line
    # holds the target's text too.
    root = write_site(tmp_path / "s", {
        "good.md": GOOD.replace("date: 2024-01-01", "date: 2024-01-01\naliases: [/old/good/]"),
        "other.md": OTHER,
        "gone.md": "---\ntitle: Gone\nurl: /tags/log/old/\nredirect_to: /tags/log/\n---\n",
        "moved.md": "---\ntitle: Moved\nurl: /moved/\nredirect_to: /posts/other/\n---\n",
        "away.md": "---\ntitle: Away\nurl: /away/\n"
        "redirect_to: https://other.example.com/x/\n---\n",
    })
    assert messages(check(root)) == [
        "content/posts/gone.md:4: redirect to nowhere: /tags/log/ does not exist"]


def test_relative_links_resolve_against_the_page(tmp_path: Path) -> None:
    other = OTHER.replace("../good/", "../goood/")
    root = write_site(tmp_path / "s", {"good.md": GOOD, "other.md": other})
    assert messages(check(root)) == [
        "content/posts/other.md:8: broken link: ../goood/ does not exist"]


def test_unicode_anchor_and_percent_encoded_link(tmp_path: Path) -> None:
    post = GOOD.replace("## Setup", "## Mentoría").replace("(#setup)", "(#mentor%C3%ADa)")
    root = write_site(tmp_path / "s", {"good.md": post, "other.md": OTHER})
    assert messages(check(root)) == []


def test_missing_static_file_in_a_layout(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", {"good.md": GOOD, "other.md": OTHER})
    (root / "layouts" / "partials").mkdir(parents=True)
    (root / "layouts" / "partials" / "extend_head.html").write_text(
        '<link rel="stylesheet" href="/css/extra.css">\n', encoding="utf-8")
    found = messages(check(root))
    assert len(found) == 1
    assert "missing file: /css/extra.css does not exist (on " in found[0]
    (root / "static" / "css").mkdir()
    (root / "static" / "css" / "extra.css").write_text("p{}", encoding="utf-8")
    assert messages(check(root)) == []


def test_menu_link_is_reported_once_at_its_site_yaml_line(tmp_path: Path) -> None:
    site_yaml = SITE_YAML + "    - name: Gone\n      url: /gone/\n"
    root = write_site(tmp_path / "s", {"good.md": GOOD, "other.md": OTHER}, site_yaml)
    found = messages(check(root))
    assert len(found) == 1
    assert found[0].startswith("site.yaml:8: broken link: /gone/ does not exist (on ")


def test_full_address_of_the_own_host_is_only_a_warning(tmp_path: Path) -> None:
    post = GOOD + "\nA [template](https://example.org/templates/map) elsewhere on the host.\n"
    root = write_site(tmp_path / "s", {"good.md": post, "other.md": OTHER})
    result = check(root)
    assert messages(result) == []
    assert any(w.startswith("content/posts/good.md:12: broken link? "
                            "https://example.org/templates/map") for w in warnings(result))


def test_full_address_of_an_existing_page_is_checked_like_a_link(tmp_path: Path) -> None:
    post = GOOD + "\n[Full](https://example.org/posts/other/#nowhere)\n"
    root = write_site(tmp_path / "s", {"good.md": post, "other.md": OTHER})
    assert [m.split(" (")[0] for m in messages(check(root))] == [
        "content/posts/good.md:12: broken anchor: https://example.org/posts/other/#nowhere"]


def test_edit_post_links_are_not_followed(tmp_path: Path) -> None:
    site_yaml = SITE_YAML + ("params:\n  editPost:\n    URL: https://example.org/repo/edit\n"
                             "    appendFilePath: true\n")
    root = write_site(tmp_path / "s", {"good.md": GOOD, "other.md": OTHER}, site_yaml)
    result = check(root)
    assert messages(result) == []
    assert warnings(result) == []


def test_sub_path_site(tmp_path: Path) -> None:
    site_yaml = SITE_YAML.replace("https://example.org/", "https://example.org/blog/")
    broken = OTHER.replace("../good/", "/posts/nope/")
    root = write_site(tmp_path / "s", {"good.md": GOOD, "other.md": broken}, site_yaml)
    found = messages(check(root))
    assert len(found) == 1
    assert found[0].startswith("content/posts/other.md:8: broken link: /blog/posts/nope/")


def test_posts_without_title_or_description_are_warnings(tmp_path: Path) -> None:
    untitled = "---\ndate: 2024-02-01\ndescription: Has one.\n---\nText.\n"
    bare = "---\ntitle: Bare\ndate: 2024-02-02\n---\nText.\n"
    root = write_site(tmp_path / "s", {"good.md": GOOD, "other.md": OTHER,
                                       "untitled.md": untitled, "bare.md": bare})
    (root / "content" / "about.md").write_text("---\ntitle: About\n---\nA page.\n",
                                               encoding="utf-8")
    result = check(root)
    assert messages(result) == []
    found = warnings(result)
    assert "content/posts/bare.md:1: post has no `description`" in found
    assert "content/posts/untitled.md:1: post has no `title`" in found
    assert not any(w.startswith("content/about.md:1: post") for w in found)  # a page


def test_misspelt_keys_suggest_the_known_field(tmp_path: Path) -> None:
    post = GOOD.replace("description: A good post.\n", "description: A good post.\n"
                        "shwoToc: true\nsumary: x\nmentor: Ana\nparams:\n  shwoToc2: 1\n")
    root = write_site(tmp_path / "s", {"good.md": post, "other.md": OTHER})
    result = check(root)
    typos = [w for w in warnings(result) if "did you mean" in w]
    assert typos == [
        "content/posts/good.md:5: `shwoToc` is not a known field; did you mean `showToc`?",
        "content/posts/good.md:6: `sumary` is not a known field; did you mean `summary`?",
    ]
    assert messages(result) == []


@pytest.mark.parametrize(("key", "suggestion"), [
    ("shwoToc", "showToc"), ("TocOepn", "TocOpen"), ("descripton", "description"),
    ("hiddenInHomelist", None),  # a known key in another spelling is not a typo
    ("showtoc", None), ("mentor", None), ("session", None), ("tgs", None),
    ("ShowReadingTim", "ShowReadingTime"), ("cateogries", "categories"),
])
def test_typo_of(key: str, suggestion: str | None) -> None:
    assert typo_of(key, known_keys()) == suggestion


def test_every_known_key_has_a_spelling_to_suggest() -> None:
    """check.SPELLINGS must follow parse.KNOWN_KEYS. (One-letter entries come from parse's
    OTHER_FLAGS iterating a string's characters; they are no field and need no spelling.)"""
    spelt = {norm(s) for s in SPELLINGS}
    assert sorted(n for n in KNOWN_KEYS if len(n) > 1 and n not in spelt) == []
    assert known_keys()["showtoc"] == "showToc"


def test_build_errors_are_reported_as_errors(tmp_path: Path,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    root = write_site(tmp_path / "s", {"good.md": "---\ntitle: [x\n---\n"})
    assert main(["check", "-s", str(root)]) == 1
    _, err = capsys.readouterr()
    assert err.startswith("error: content/posts/good.md:")
    assert "Traceback" not in err


# -- command line ------------------------------------------------------------------------------

def test_cli_exit_codes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clean = write_site(tmp_path / "clean", {"good.md": GOOD, "other.md": OTHER})
    assert main(["check", "-s", str(clean)]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Checked ") and "nothing broken" in out
    assert err == ""

    broken = write_site(tmp_path / "broken", {"good.md": GOOD.replace("/img/ok", "/img/no"),
                                              "other.md": OTHER})
    assert main(["check", "-s", str(broken)]) == 1
    out, err = capsys.readouterr()
    assert "error: content/posts/good.md:10: missing image: /img/no.png does not exist" in err
    assert "1 broken" in out


def test_cli_strict_fails_on_warnings(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = write_site(tmp_path / "s", {"good.md": GOOD, "other.md": OTHER.replace(
        "description: Another.\n", "")})
    assert main(["check", "-s", str(root)]) == 0
    assert main(["check", "-s", str(root), "--strict"]) == 1
    _, err = capsys.readouterr()
    assert "warning: content/posts/other.md:1: post has no `description`" in err


def test_cli_drafts_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    draft = "---\ntitle: D\ndate: 2024-03-01\ndescription: x\ndraft: true\n---\n[x](/nope/)\n"
    root = write_site(tmp_path / "s", {"good.md": GOOD, "other.md": OTHER, "draft.md": draft})
    assert main(["check", "-s", str(root)]) == 0
    assert main(["check", "-s", str(root), "-D"]) == 1
    _, err = capsys.readouterr()
    assert "error: content/posts/draft.md:7: broken link: /nope/ does not exist" in err


def test_example_site_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "-s", str(REPO_ROOT)]) == 0
    out, err = capsys.readouterr()
    assert "nothing broken" in out
    assert "error:" not in err


def test_result_errors_name_files_relative_to_the_site(tmp_path: Path) -> None:
    root = write_site(tmp_path / "s", {"good.md": GOOD.replace("/posts/other/", "/x/"),
                                       "other.md": OTHER})
    errors = check(root).errors
    assert [e.file for e in errors] == [PurePosixPath("content/posts/good.md")]
    assert [e.line for e in errors] == [8]


def test_images_without_alt_text_or_too_heavy_are_warnings_at_their_lines(
    tmp_path: Path,
) -> None:
    from images import photo

    post = GOOD + (
        "\n![](/img/ok.png)\n"  # line 12: Markdown cannot mark an image decorative
        '\n<img src="/img/ok.png" alt="">\n'  # 14: html can
        '\n<img src="/img/big.jpg">\n'  # 16: no alt at all, and heavy
        "\n![elsewhere](https://example.com/x.png)\n"
    )
    root = write_site(tmp_path / "s", {"good.md": post, "other.md": OTHER},
                      SITE_YAML + "images:\n  size_limit: 20KB\n  widths: [4000]\n")
    (root / "static" / "img" / "big.jpg").write_bytes(photo(800, 600, quality=100))
    result = check(root)
    assert messages(result) == []
    assert warnings(result) == [
        "content/posts/good.md:12: image /img/ok.png has no alt text: readers who cannot see it "
        'learn nothing of it; describe it in ![...] (in html, alt="" marks a decorative image)',
        "content/posts/good.md:16: image /img/big.jpg has no alt text: readers who cannot see "
        "it learn nothing of it; describe it in ![...] (in html, alt=\"\" marks a decorative "
        "image)",
        "content/posts/good.md:16: image /img/big.jpg is 116 KB as published, over the limit "
        "of 20 KB (images.size_limit): readers on phones wait for it; make it smaller (or an "
        "animation shorter)",  # the original, published whole: 800 px are below 4,000
    ]
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_dir()) == [
        "content", "content/posts", "static", "static/img"]  # no cache left behind


def test_check_uses_the_image_cache_a_build_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                 ) -> None:
    from images import photo

    from mentorblog.build import build
    from mentorblog.images import encode

    root = write_site(tmp_path / "s", {"good.md": GOOD + "\n![b](/img/b.jpg)\n",
                                       "other.md": OTHER})
    (root / "static" / "img" / "b.jpg").write_bytes(photo(500, 400))
    build(BuildOptions(source=root, destination=tmp_path / "out", jobs=1))

    def no_work(*_: object) -> None:
        raise AssertionError("check encoded an image a build had made")

    monkeypatch.setattr(encode, "process_chunk", no_work)
    assert messages(check(root)) == []


@pytest.mark.parametrize("with_archives", [False, True])
def test_search_page_without_javascript_links_archives_only_when_there_are(
    tmp_path: Path, with_archives: bool
) -> None:
    """The search page's no-script text offered /archives/ on every site, so `check` failed
    every site with a search page and no archives page, in every language."""
    root = write_site(tmp_path / "site", {"good.md": GOOD, "other.md": OTHER})
    (root / "content" / "search.md").write_text("---\ntitle: Search\nlayout: search\n---\n")
    if with_archives:
        archives = "---\ntitle: Archive\nlayout: archives\nurl: /history/\n---\n"
        (root / "content" / "archives.md").write_text(archives)
    result = check(root)
    assert messages(result) == []
    html = build_search_page(root, tmp_path / "out")
    assert ('<a href="/history/">archives</a>' in html) is with_archives


def build_search_page(root: Path, out: Path) -> str:
    build(BuildOptions(source=root, destination=out, jobs=1))
    return (out / "search" / "index.html").read_text(encoding="utf-8")
