"""An html file with front matter is a page, as Jekyll and Hugo make it (issue 17: a
beautiful-jekyll tool page with scripts of its own was lost): its body is published as
written, inside the theme's page, its tags run, Markdown does not touch it, and the
stylesheets and scripts its front matter names (`css:`, `js:`) are linked from it."""

from __future__ import annotations

from pathlib import Path

from mentorblog.cli import main
from mentorblog.importers import import_site

TOOL = (
    "---\n"
    "title: Split the bill\n"
    "css:\n  - /css/tool.css\n"
    "js:\n  - /js/tool.js\n  - https://cdn.example.com/x.js\n  - //cdn.example.com/y.js\n"
    "  - 'javascript:alert(1)'\n"
    "---\n"
    "\n"
    '<div id="tool">\n'
    '\t<h2>Press <input type="button" onclick="tool.add()" value="Add"> to start</h2>\n'
    "\n"
    "\t\t<p>    *kept as written*</p>\n"
    "</div>\n"
)


def write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


def build(site: Path, out: Path) -> None:
    assert main(["build", "-s", str(site), "-d", str(out), "-q"]) == 0


def test_an_html_page_is_published_as_written(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "site.yaml": "title: T\nbase_url: https://example.org/\n",
            "content/tool.html": TOOL,
            "content/plain.html": "<p>a file, no front matter</p>\n",
            "content/posts/note.html": "---\ntitle: Note\ndate: 2024-05-01\n---\n"
            '<p>See {{< param "title" >}}.</p>\n',
            "static/css/tool.css": "h2 { color: teal }\n",
            "static/js/tool.js": "var tool = {add: function () {}};\n",
        },
    )
    out = tmp_path / "out"
    build(site, out)
    page = (out / "tool/index.html").read_text(encoding="utf-8")
    assert "Split the bill" in page
    # Not Markdown: the tabs are no code block, the stars no emphasis, the blank line no end.
    assert (
        '\t<h2>Press <input type="button" onclick="tool.add()" value="Add"> to start</h2>' in page
    )
    assert "\t\t<p>    *kept as written*</p>\n</div>" in page
    assert "<pre" not in page and "<em>" not in page
    assert '<link rel="stylesheet" href="/css/tool.css">' in page
    assert '<script src="/js/tool.js"></script>' in page
    assert "example.com" not in page and "javascript:" not in page
    # A plain html file stays a file, copied as it is; a post in html runs its shortcodes.
    assert (out / "plain.html").read_text(encoding="utf-8") == "<p>a file, no front matter</p>\n"
    assert "<p>See Note.</p>" in (out / "posts/note/index.html").read_text(encoding="utf-8")
    assert "/posts/note/" in (out / "index.html").read_text(encoding="utf-8")
    # Pages that name no scripts of their own get none.
    assert "tool.js" not in (out / "posts/note/index.html").read_text(encoding="utf-8")


def test_jekyll_html_page_moves_in_at_its_address(tmp_path: Path) -> None:
    """`tool.html` with front matter in a `permalink: pretty` site: Jekyll writes /tool/;
    so does mentorblog after `import`, Liquid run, its own scripts copied and linked."""
    old = write(
        tmp_path / "old",
        {
            "_config.yml": "title: Notes\nurl: https://example.org\npermalink: pretty\n",
            "_posts/2024-01-02-hello.md": "---\ntitle: Hello\n---\nHi.\n",
            "tool.html": TOOL.replace("Split the bill", "Split") + "<p>{{ site.title }}</p>\n",
            "css/tool.css": "h2 { color: teal }\n",
            "js/tool.js": "var tool = {add: function () {}};\n",
        },
    )
    new = tmp_path / "new"
    import_site("jekyll", old, new)
    assert (new / "content/tool.html").read_bytes() == (old / "tool.html").read_bytes()
    out = tmp_path / "out"
    build(new, out)
    page = (out / "tool/index.html").read_text(encoding="utf-8")
    assert "<p>Notes</p>" in page and 'onclick="tool.add()"' in page
    assert '<script src="/js/tool.js"></script>' in page
    assert (out / "js/tool.js").is_file() and (out / "css/tool.css").is_file()
