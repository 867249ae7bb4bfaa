"""xrefs: which page a `ref`/`relref`/`link`/`post_url` means, and the urls put in its place."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from mentorblog.core.model import Content, LinkRef, Page, StaticFile
from mentorblog.plan.xrefs import LinkIndex, check_links, fill_links


def page(source: str, url: str, refs: tuple[LinkRef, ...] = ()) -> Page:
    content = Content("", "", "", False, "", (), 0, 0, refs=refs)
    return Page(source=PurePosixPath(source), kind="post", section="posts", body_line=1,
                title="T", url=url, output_path=url.strip("/") + "/index.html", layout="post",
                body="", content=content)


PAGES = {p.url: p for p in (
    page("content/about.md", "/about/"),
    page("content/posts/_index.md", "/posts/"),
    page("content/posts/first.md", "/posts/first/"),
    page("content/posts/bundle/index.md", "/posts/bundle/"),
    page("content/notes/first.md", "/notes/first/"),
    page("content/notes/unique-name.md", "/notes/unique-name/"),
    page("content/_posts/2020-01-02-hello.md", "/2020/01/02/hello.html"),
    page("content/_posts/deep/2021-03-04-deeper.md", "/2021/03/04/deeper.html"),
)}
INDEX = LinkIndex(PAGES)
HERE = PAGES["/posts/first/"]


def find(kind: str, target: str, here: Page = HERE) -> str | None:
    return INDEX.find(LinkRef("t", kind, target, 1), here)[0]


@pytest.mark.parametrize(("target", "url"), [
    ("first.md", "/posts/first/"),  # the page's own folder first
    ("/notes/first.md", "/notes/first/"),
    ("notes/first", "/notes/first/"),
    ("bundle", "/posts/bundle/"),
    ("posts/bundle/index.md", "/posts/bundle/"),
    ("/posts", "/posts/"),
    ("../about.md", "/about/"),
    ("About.MD", "/about/"),
    ("unique-name", "/notes/unique-name/"),  # a unique file name anywhere
    ("first.md#part-2", "/posts/first/#part-2"),
    ("#top", "/posts/first/#top"),
    ("/_posts/2020-01-02-hello.md", "/2020/01/02/hello.html"),
])
def test_hugo_ref_lookup(target: str, url: str) -> None:
    assert find("ref", target) == url


def test_hugo_ref_problems() -> None:
    assert INDEX.find(LinkRef("t", "ref", "missing.md", 1), HERE) == (
        None, "no published page matches 'missing.md'")
    elsewhere = PAGES["/about/"]
    url, problem = INDEX.find(LinkRef("t", "relref", "first", 1), elsewhere)
    assert url is None and "ambiguous" in problem and "/notes/first/" in problem


def test_jekyll_link_and_post_url() -> None:
    assert find("link", "about.md") == "/about/"
    assert find("link", "_posts/2020-01-02-hello.md") == "/2020/01/02/hello.html"
    assert find("link", "about") is None  # Jekyll wants the file's exact path
    assert find("post_url", "2020-01-02-hello") == "/2020/01/02/hello.html"
    assert find("post_url", "deep/2021-03-04-deeper") == "/2021/03/04/deeper.html"
    assert find("post_url", "/2021-03-04-deeper") == "/2021/03/04/deeper.html"
    assert find("post_url", "2020-01-02-nope") is None


def test_jekyll_link_to_a_file_of_the_site() -> None:
    """Jekyll's `link` names any file it publishes (`{% link assets/a.png %}`); the import
    moves such files to `static/`, and bundle resources stay in `content/`."""
    files = (StaticFile(Path("/s/static/assets/imgs/a.png"), "assets/imgs/a.png",
                        PurePosixPath("static/assets/imgs/a.png")),
             StaticFile(Path("/s/content/posts/bundle/map.png"), "posts/bundle/map.png",
                        PurePosixPath("content/posts/bundle/map.png")),
             StaticFile(Path("/t/css/x.css"), "css/x.css", PurePosixPath("theme:static/css/x.css")))
    index = LinkIndex(PAGES, files)
    def link(target: str) -> tuple[str | None, str]:
        return index.find(LinkRef("t", "link", target, 1), HERE)
    assert link("assets/imgs/a.png") == ("/assets/imgs/a.png", "")
    assert link("/posts/bundle/map.png") == ("/posts/bundle/map.png", "")
    assert link("about.md") == ("/about/", "")
    assert link("css/x.css") == (None, "no published page or file is content/css/x.css or "
                                       "static/css/x.css")
    assert INDEX.find(LinkRef("t", "ref", "assets/imgs/a.png", 1), HERE)[0] is None
    user = page("content/posts/u.md", "/posts/u/", (LinkRef("a", "link", "assets/imgs/a.png", 3),))
    assert check_links({**PAGES, user.url: user}, files) == []
    assert len(check_links({**PAGES, user.url: user})) == 1


def test_jekyll_link_to_a_collection_document_by_its_old_path() -> None:
    """Jekyll's docs: `{% link _docs/front-matter.md %}`; the import moved the published
    collection `_docs/` to content/docs/ (its other files to static/docs/)."""
    doc = page("content/docs/front-matter.md", "/docs/front-matter/")
    files = (StaticFile(Path("/s/static/docs/a.png"), "docs/a.png",
                        PurePosixPath("static/docs/a.png")),)
    index = LinkIndex({**PAGES, doc.url: doc}, files)
    def link(target: str) -> str | None:
        return index.find(LinkRef("t", "link", target, 1), HERE)[0]
    assert link("_docs/front-matter.md") == "/docs/front-matter/"
    assert link("_docs/a.png") == "/docs/a.png"
    assert link("docs/front-matter.md") == "/docs/front-matter/"
    assert link("_docs/missing.md") is None


def test_check_links_reports_file_and_line() -> None:
    broken = page("content/posts/broken.md", "/posts/broken/", (
        LinkRef("a", "relref", "first.md", 3), LinkRef("b", "ref", "gone.md", 9),
        LinkRef("c", "post_url", "2000-01-01-x", 12)))
    errors = check_links({**PAGES, broken.url: broken})
    assert [str(e) for e in errors] == [
        "content/posts/broken.md:9: {{< ref >}} link: no published page matches 'gone.md'",
        "content/posts/broken.md:12: {% post_url %} link: no published post in a _posts folder "
        "is named '2000-01-01-x'"]


def test_fill_links_escapes_for_html_only() -> None:
    here = page("content/posts/x.md", "/posts/x/", (
        LinkRef("mbrefq0z", "ref", "first.md#a&b", 1), LinkRef("mbrefq1z", "relref", "bundle", 1)))
    def href(url: str, absolute: bool) -> str:
        return ("https://e.org/blog" if absolute else "/blog") + url
    text = "mbrefq0z and mbrefq1z"
    index = LinkIndex({**PAGES, here.url: here})
    assert fill_links(text, here, index, href, html=True) == \
        "https://e.org/blog/posts/first/#a&amp;b and /blog/posts/bundle/"
    assert fill_links(text, here, index, href, html=False) == \
        "https://e.org/blog/posts/first/#a&b and /blog/posts/bundle/"


def test_relative_links_to_markdown_files_lead_to_their_pages() -> None:
    """`[x](2021-03-04-deeper.md#part)` as GitHub shows it and jekyll-relative-links
    publishes it: the page of that file, relative to the linking file; a file that is no
    page keeps the link as written, with no error."""
    here = page("content/_posts/deep/2021-01-01-here.md", "/here/", (
        LinkRef("mbrefq0z", "md", "2021-03-04-deeper.md#part", 3),
        LinkRef("mbrefq1z", "md", "../../about.md", 4),
        LinkRef("mbrefq2z", "md", "README.md", 5)))
    pages = {**PAGES, here.url: here}
    assert check_links(pages) == []
    index = LinkIndex(pages)
    text = fill_links("mbrefq0z mbrefq1z mbrefq2z", here, index,
                      lambda url, _: "/blog" + url, html=False)
    assert text == "/blog/2021/03/04/deeper.html#part /blog/about/ README.md"


def test_relative_links_to_a_folders_index_and_to_a_plain_file() -> None:
    """jekyll-relative-links finds every file Jekyll publishes: `../index.md` (the import's
    `_index.md`) and `../licenses/MIT.md`, a file without front matter published as it is
    (a real Jekyll theme's docs had four such broken links)."""
    here = page("content/docs/config.md", "/docs/config/", (
        LinkRef("mbrefq0z", "md", "../licenses/MIT.md", 3),
        LinkRef("mbrefq1z", "md", "../posts/index.md#all", 4),
        LinkRef("mbrefq2z", "md", "../missing.md", 5)))
    files = (StaticFile(Path("/s/static/licenses/MIT.md"), "licenses/MIT.md",
                        PurePosixPath("static/licenses/MIT.md")),)
    pages = {**PAGES, here.url: here}
    assert check_links(pages, files) == []
    text = fill_links("mbrefq0z mbrefq1z mbrefq2z", here, LinkIndex(pages, files),
                      lambda url, _: url, html=False)
    assert text == "/licenses/MIT.md /posts/#all ../missing.md"
