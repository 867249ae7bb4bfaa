"""Hugo's `uglyURLs`: pages at `.html` addresses, and every `.html` address Hugo gave a list
leading to that list (tests/sites/addresses-hugo-ugly has the addresses Hugo 0.168 writes)."""

from __future__ import annotations

from pathlib import Path

from mentorblog.cli import main


def write(root: Path, files: dict[str, str]) -> None:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def target(page: Path) -> str:
    html = page.read_text(encoding="utf-8")
    return html.split('http-equiv="refresh" content="0; url=')[1].split('"')[0]


def test_lists_answer_at_hugos_ugly_addresses_but_where_a_page_is(tmp_path: Path) -> None:
    """A real 539-post blog built with an older Hugo had its home's later pages at
    /page/2.html and its categories at /categories.html; a page of the site at one of
    those addresses (`content/posts.md` is /posts.html) keeps it."""
    site, out = tmp_path / "site", tmp_path / "out"
    write(
        site,
        {
            "site.yaml": "title: T\nbaseURL: https://a.org/\nuglyURLs: true\npagination:\n"
            "  pagerSize: 1\n",
            "content/posts.md": "---\ntitle: All my sessions\n---\nAn overview.\n",
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-01-02\ntags: [go]\n---\nA\n",
            "content/posts/b.md": "---\ntitle: B\ndate: 2024-01-03\ntags: [go]\n---\nB\n",
        },
    )
    assert main(["build", "-s", str(site), "-d", str(out), "-q"]) == 0
    assert "An overview." in (out / "posts.html").read_text(encoding="utf-8")
    assert "A</" in (out / "posts" / "a.html").read_text(encoding="utf-8")
    assert target(out / "page" / "2.html") == "https://a.org/page/2/"
    assert target(out / "page" / "1.html") == "https://a.org/"
    assert target(out / "posts" / "page" / "2.html") == "https://a.org/posts/page/2/"
    assert target(out / "tags.html") == "https://a.org/tags/"
    assert target(out / "tags" / "go.html") == "https://a.org/tags/go/"
    assert target(out / "tags" / "go" / "page" / "2.html") == "https://a.org/tags/go/page/2/"
    assert not (out / "index.html.html").exists()


def test_addresses_of_a_page_or_its_redirects_give_way(tmp_path: Path) -> None:
    """Found in review: a tag whose list a page takes had redirects to later pages that do
    not exist; an alias's `.html` copy at a page's address stopped the build; a top
    `index.md` beside `_index.md` gave the home's file a redirect."""
    site, out = tmp_path / "site", tmp_path / "out"
    write(
        site,
        {
            "site.yaml": "title: T\nbaseURL: https://a.org/\nuglyURLs: true\npagination:\n"
            "  pagerSize: 1\n",
            "content/_index.md": "Home text.\n",
            "content/index.md": "---\ntitle: Index\n---\nA page called index.\n",
            "content/go.md": "---\ntitle: Go\nurl: /tags/go/\n---\nAll about Go.\n",
            "content/posts/a.md": "---\ntitle: A\ndate: 2024-01-02\ntags: [go]\n"
            "aliases: [/posts/b/]\n---\nA\n",
            "content/posts/b.md": "---\ntitle: B\ndate: 2024-01-03\ntags: [go]\n---\nB\n",
        },
    )
    assert main(["build", "-s", str(site), "-d", str(out), "-q"]) == 0
    assert "All about Go." in (out / "tags" / "go" / "index.html").read_text("utf-8")
    assert target(out / "tags" / "go.html") == "https://a.org/tags/go/"
    assert not (out / "tags" / "go" / "page").exists()
    assert "B</" in (out / "posts" / "b.html").read_text(encoding="utf-8")
    assert target(out / "posts" / "b" / "index.html") == "https://a.org/posts/a.html"
    assert "Home text." in (out / "index.html").read_text(encoding="utf-8")
    assert "A page called index." in (out / "index" / "index.html").read_text("utf-8")
    assert main(["check", "-s", str(site)]) == 0
