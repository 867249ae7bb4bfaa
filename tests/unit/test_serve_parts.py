"""serve's pure pieces: which request paths may be served, the reload script injection, the
error page, editor save patterns batched into one rebuild, and a taken port (issue 7,
items 1-3). The server as a whole is tested in tests/test_serve.py."""

from __future__ import annotations

import socket
import threading
from pathlib import Path, PurePosixPath

import pytest

from mentorblog.commands.serve import (
    ChangeCollector,
    error_page,
    inject_reload,
    listen,
    resolve_request,
)
from mentorblog.core.errors import BuildError


@pytest.fixture
def built(tmp_path: Path) -> Path:
    root = tmp_path / "built"
    (root / "posts" / "a").mkdir(parents=True)
    (root / "index.html").write_text("<html><body>home</body></html>", encoding="utf-8")
    (root / "posts" / "a" / "index.html").write_text("a", encoding="utf-8")
    (root / "tags" / "mentoría").mkdir(parents=True)
    (root / "tags" / "mentoría" / "index.html").write_text("t", encoding="utf-8")
    (tmp_path / "site.yaml").write_text("secret", encoding="utf-8")
    return root


@pytest.mark.parametrize(("target", "expected"), [
    ("/", ""),
    ("/index.html", "index.html"),
    ("/posts/a/", "posts/a"),
    ("/posts/a/index.html?x=1#y", "posts/a/index.html"),
    ("/tags/mentor%C3%ADa/", "tags/mentoría"),
    ("//posts//a//index.html", "posts/a/index.html"),
    ("http://127.0.0.1:1313/posts/a/index.html", "posts/a/index.html"),
])
def test_paths_inside_the_site_resolve(built: Path, target: str, expected: str) -> None:
    assert resolve_request(built, target) == (built / expected).resolve()


@pytest.mark.parametrize("target", [
    "/../site.yaml", "/%2e%2e/site.yaml", "/%2E%2E/site.yaml", "/..%2fsite.yaml",
    "/..%2Fsite.yaml", "/posts/../../site.yaml", "/posts/%2e%2e/%2e%2e/site.yaml",
    "/..%5csite.yaml", "/..\\site.yaml", "/./index.html", "/%2e/index.html", "/index.html%00",
    "/%ff", "site.yaml", "*", "/nope.html", "/posts/a/index.html/",
])
def test_escapes_and_odd_paths_are_refused(built: Path, target: str) -> None:
    assert resolve_request(built, target) is None


def test_absolute_looking_paths_stay_inside(built: Path, tmp_path: Path) -> None:
    assert resolve_request(built, "/" + str(tmp_path / "site.yaml")) is None
    assert resolve_request(built, "//" + str(tmp_path / "site.yaml").lstrip("/")) is None


def test_symlinks_leaving_the_site_are_refused(built: Path, tmp_path: Path) -> None:
    (built / "leak.txt").symlink_to(tmp_path / "site.yaml")
    (built / "leakdir").symlink_to(tmp_path)
    (built / "inside.html").symlink_to(built / "index.html")
    assert resolve_request(built, "/leak.txt") is None
    assert resolve_request(built, "/leakdir/site.yaml") is None
    assert resolve_request(built, "/leakdir/") is None
    assert resolve_request(built, "/inside.html") == (built / "index.html").resolve()


def test_reload_script_goes_before_the_last_body_end() -> None:
    page = b"<html><body><p>&lt;/body&gt;</p></BODY></html>"
    out = inject_reload(page, "abc-1")
    assert out.startswith(b"<html><body><p>&lt;/body&gt;</p><script ")
    assert out.endswith(b"</script></BODY></html>")
    assert b'data-build="abc-1"' in out and b'src="/__mentorblog/livereload.js"' in out
    assert inject_reload(b"bare", "x").startswith(b"bare<script ")


def test_error_page_shows_file_line_message_and_source(tmp_path: Path) -> None:
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "a.md").write_text("---\ntitle: [x\n<b>\n---\n", encoding="utf-8")
    page = error_page([BuildError("front matter is not valid <YAML>", "content/a.md", 2),
                       BuildError("no line here", PurePosixPath("theme:post.html"))],
                      tmp_path).decode()
    assert "content/a.md:2" in page
    assert "front matter is not valid &lt;YAML&gt;" in page
    assert "<mark>   2  title: [x</mark>" in page
    assert "&lt;b&gt;" in page  # source lines are escaped
    assert "theme:post.html" in page and "no line here" in page
    assert 'name="robots" content="noindex' in page


def test_error_page_never_shows_files_outside_the_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (tmp_path / "secret.txt").write_text("password\n", encoding="utf-8")
    page = error_page([BuildError("x", "../secret.txt", 1)], site).decode()
    assert "password" not in page


# -- save patterns -----------------------------------------------------------------------------

@pytest.fixture
def collector(tmp_path: Path) -> ChangeCollector:
    theme = tmp_path / "theme"
    theme.mkdir()
    return ChangeCollector(tmp_path, theme)


def test_relevant_paths(collector: ChangeCollector) -> None:
    root = collector.root
    assert collector.is_relevant(root / "content" / "posts" / "a.md")
    assert collector.is_relevant(root / "layouts" / "post.html")
    assert collector.is_relevant(root / "static" / "img" / "x.png")
    assert collector.is_relevant(root / "site.yaml")
    assert collector.is_relevant(root / "data" / "de" / "strings.yml")  # site.data
    assert collector.is_relevant(root / "i18n" / "fr.yaml")
    assert collector.is_relevant(root / "content")
    assert collector.is_relevant(collector.theme / "layouts" / "base.html")
    for other in ("public/index.html", ".mentorblog-cache/pages/0.pickle", "README.md",
                  "content/posts/.a.md.swp", "content/posts/a.md~", "content/posts/4913",
                  "content/posts/.#a.md", "content/.git/x", "content/posts/a.md.tmp",
                  "content/posts/a.md___jb_tmp___"):
        assert not collector.is_relevant(root / other), other
    assert not collector.is_relevant(root.parent / "elsewhere.md")


def test_a_burst_of_events_is_one_batch(collector: ChangeCollector) -> None:
    post = collector.root / "content" / "a.md"
    # write-to-temp-then-rename, several events per save, delete and recreate
    for _ in range(5):
        collector.add([post])
    collector.add([collector.root / "content" / "b.md"])
    assert collector.wait() == {post, collector.root / "content" / "b.md"}
    collector.stop()
    assert collector.wait() is None


def test_wait_blocks_until_something_changes(collector: ChangeCollector) -> None:
    post = collector.root / "content" / "a.md"
    batches: list[set[Path] | None] = []

    def wait_twice() -> None:
        batches.append(collector.wait())
        batches.append(collector.wait())

    waiting = threading.Thread(target=wait_twice, daemon=True)
    waiting.start()
    collector.add([post])
    while not batches and waiting.is_alive():
        waiting.join(0.05)
    collector.stop()
    waiting.join(10)
    assert batches == [{post}, None]


def test_watchdog_event_kinds(collector: ChangeCollector) -> None:
    from watchdog.events import (
        DirModifiedEvent,
        FileClosedNoWriteEvent,
        FileModifiedEvent,
        FileMovedEvent,
        FileOpenedEvent,
    )

    content = collector.root / "content"
    collector.on_any_event(FileOpenedEvent(str(content / "a.md")))  # our own build reads it
    collector.on_any_event(FileClosedNoWriteEvent(str(content / "a.md")))
    collector.on_any_event(DirModifiedEvent(str(content)))
    collector.on_any_event(FileModifiedEvent(str(content / ".a.md.swp")))
    collector.stop()
    assert collector.wait() is None  # nothing relevant arrived

    fresh = ChangeCollector(collector.root, collector.theme)
    fresh.on_any_event(FileMovedEvent(str(content / ".a.md.tmp"), str(content / "a.md")))
    assert fresh.wait() == {content / "a.md"}


# -- ports ---------------------------------------------------------------------------------------

def test_a_taken_port_moves_on_to_the_next() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        server = listen("127.0.0.1", port)
        try:
            assert server.server_address[1] != port
            assert port < server.server_address[1] < port + 20
        finally:
            server.server_close()


def test_port_zero_picks_any() -> None:
    server = listen("127.0.0.1", 0)
    try:
        assert server.server_address[1] > 0
    finally:
        server.server_close()


def test_listen_failures_are_build_errors() -> None:
    with pytest.raises(BuildError) as info:
        listen("192.0.2.1", 0)  # TEST-NET: not an address of this machine
    assert "cannot listen" in info.value.message


def test_cli_help_lists_the_serve_options(capsys: pytest.CaptureFixture[str]) -> None:
    from mentorblog.cli import main

    for command, flags in (("serve", ("-s", "--source", "-p", "--port", "--bind", "-D", "-F")),
                           ("new", ("-s", "--kind", "--dialect", "PATH")),
                           ("check", ("-s", "-D", "-F", "--strict"))):
        with pytest.raises(SystemExit) as info:
            main([command, "--help"])
        assert info.value.code == 0
        out = capsys.readouterr().out
        for flag in flags:
            assert flag in out, (command, flag)


def test_serve_builds_the_bytes_a_build_writes(tmp_path: Path) -> None:
    """serve and build share one render path: the same files, byte for byte (the theme's
    css and js minified alike), after the first build and after an edit."""
    from outputs import tree

    from mentorblog.build import BuildOptions, build
    from mentorblog.commands.serve import SiteBuilder

    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "site.yaml").write_text("title: Same bytes\nbase_url: https://example.org/\n")
    for n in range(3):
        (site / "content" / "posts" / f"p{n}.md").write_text(
            f"---\ntitle: Post {n}\ndate: 2024-05-0{n + 1}\n---\nBody {n}.\n")
    served = SiteBuilder(BuildOptions(source=site, jobs=1), tmp_path / "work").build()
    build(BuildOptions(source=site, destination=tmp_path / "out", jobs=1,
                       environment="development", use_cache=False))
    assert tree(served.folder) == tree(tmp_path / "out")
    css = [p for p in tree(served.folder) if p.endswith(".css")]
    assert css and all(b"\n  " not in tree(served.folder)[p] for p in css)  # minified

    builder = SiteBuilder(BuildOptions(source=site, jobs=1), tmp_path / "work2")
    builder.build()
    (site / "content" / "posts" / "p1.md").write_text(
        "---\ntitle: Post 1\ndate: 2024-05-02\n---\nBody edited.\n")
    again = builder.build()
    assert b"Body edited." in (again.folder / "posts" / "p1" / "index.html").read_bytes()
    build(BuildOptions(source=site, destination=tmp_path / "out2", jobs=1,
                       environment="development", use_cache=False))
    assert tree(again.folder) == tree(tmp_path / "out2")


def test_serve_reads_no_image_again_when_a_post_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """serve's builds share the site's image cache: the first encodes (or takes what a
    build made), an edit of a post's text encodes and reads nothing."""
    from images import has_gps, photo

    from mentorblog.build import BuildOptions
    from mentorblog.commands.serve import SiteBuilder
    from mentorblog.images import encode

    site = tmp_path / "site"
    (site / "content" / "posts" / "walk").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbaseURL: https://example.org/\n")
    (site / "content" / "posts" / "walk" / "a.jpg").write_bytes(photo(400, 300))
    post = site / "content" / "posts" / "walk" / "index.md"
    post.write_text("---\ntitle: Walk\ndate: 2024-01-01\n---\n![A walk](a.jpg)\n")
    builder = SiteBuilder(BuildOptions(source=site, jobs=1), tmp_path / "work")
    first = builder.build().folder
    assert "<picture>" in (first / "posts" / "walk" / "index.html").read_text()
    assert not has_gps((first / "posts" / "walk" / "a.jpg").read_bytes())

    def no_work(*_: object) -> None:
        raise AssertionError("an image was read again")

    monkeypatch.setattr(encode, "process_chunk", no_work)
    post.write_text(post.read_text() + "\nMore words.\n")
    second = builder.build().folder
    assert "More words" in (second / "posts" / "walk" / "index.html").read_text()
    assert (site / ".mentorblog-cache" / "images").is_dir()  # the site's own image cache


def test_the_first_serve_build_takes_plain_pages_from_the_build_cache(tmp_path: Path) -> None:
    """`mentorblog build` made the cache; the server's first build copies its parsed pages
    and parses again only the files whose parse its address, `env` or shown private notes
    change: a shortcode reading the address and a private note. What it serves is what a
    server with no cache at all serves, byte for byte."""
    from outputs import tree

    from mentorblog.build import BuildOptions, build
    from mentorblog.commands.serve import SiteBuilder

    site = tmp_path / "site"
    posts = site / "content" / "posts"
    posts.mkdir(parents=True)
    (site / "site.yaml").write_text("title: Seeded\nbase_url: https://example.org/\n")
    for n in range(4):
        text = f"---\ntitle: Post {n}\ndate: 2024-05-0{n + 1}\n---\nBody {n}.\n"
        (posts / f"p{n}.md").write_text(text)
    (posts / "tagged.md").write_text(
        "---\ntitle: Tagged\ndate: 2024-06-01\n---\nSee [the first]({{< ref \"p0.md\" >}}) here.\n"
    )
    (posts / "noted.md").write_text(
        "---\ntitle: Noted\ndate: 2024-06-02\n---\nSaid.\n\n::: private\nOnly for me.\n:::\n"
    )
    build(BuildOptions(source=site, destination=tmp_path / "public", jobs=1))
    built_cache = site / ".mentorblog-cache"

    seeded = SiteBuilder(BuildOptions(source=site, base_url="http://127.0.0.1:1313/",
                                      show_private=True, jobs=1), tmp_path / "work", built_cache)
    first = seeded.build()
    assert first.loaded is not None
    assert first.loaded.reused == 4  # the plain posts; `tagged` and `noted` parsed again
    page = (first.folder / "posts" / "tagged" / "index.html").read_text()
    assert 'href="http://127.0.0.1:1313/posts/p0/"' in page and "example.org" not in page
    assert "Only for me." in (first.folder / "posts" / "noted" / "index.html").read_text()

    fresh = SiteBuilder(BuildOptions(source=site, base_url="http://127.0.0.1:1313/",
                                     show_private=True, jobs=1), tmp_path / "fresh").build()
    assert tree(first.folder) == tree(fresh.folder)

    # ...and the build after it, from the same cache, still strips the note and has its address.
    again = build(BuildOptions(source=site, destination=tmp_path / "public", jobs=1, quick=False))
    published = (again.destination / "posts" / "noted" / "index.html").read_text()
    assert "Only for me." not in published
    tagged = (again.destination / "posts" / "tagged" / "index.html").read_text()
    assert 'href="https://example.org/posts/p0/"' in tagged


def test_no_seed_while_a_build_holds_the_cache(tmp_path: Path) -> None:
    """A build prunes and zeroes its packs while it holds its cache: the server does not
    copy them then, and its first build parses everything."""
    import fcntl
    import os
    import time

    from mentorblog.output import cache

    source = tmp_path / "cache"
    cache.prepare_folder(source)
    (source / "pages").mkdir()
    (source / "pages" / "0.pickle").write_bytes(b"x")
    fd = os.open(source, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert cache.seed_index(source, tmp_path / "serve") is False
        assert not (tmp_path / "serve" / "pages").exists()
    finally:
        os.close(fd)
    assert cache.seed_index(source, tmp_path / "serve") is True
    assert (tmp_path / "serve" / "pages" / "0.pickle").read_bytes() == b"x"
    assert cache.seed_index(source, tmp_path / "serve") is False  # it has its own now
    (tmp_path / "serve" / "pages" / "0.pickle").write_bytes(b"served")
    assert cache.seed_index(source, tmp_path / "serve") is False  # and newer
    os.utime(source / "pages" / "0.pickle", ns=(time.time_ns() + 10**9,) * 2)  # a build since
    assert cache.seed_index(source, tmp_path / "serve") is True
    assert (tmp_path / "serve" / "pages" / "0.pickle").read_bytes() == b"x"
