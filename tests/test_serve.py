"""`mentorblog serve` as an author uses it: started as a real process on a free port against a
copy of a fixture site, it serves the site with the reload script, rebuilds on a save and
tells the open tab over Server-Sent Events, shows a broken save as an error page and
recovers, refuses paths that leave the built site, and leaves nothing behind on Ctrl-C
(issue 7, items 1-3). Only generous timeouts, no timing asserts."""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

FIXTURE = Path(__file__).resolve().parent / "sites" / "hugo"
TIMEOUT = 30.0  # seconds; generous, for a loaded CI machine


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@dataclass
class Response:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


@dataclass
class Server:
    proc: subprocess.Popen[str]
    site: Path
    tmp: Path  # the server's TMPDIR: where its private build folders live
    port: int = 0
    stdout: list[str] = field(default_factory=list)
    stderr: list[str] = field(default_factory=list)

    def get(self, path: str, method: str = "GET") -> Response:
        """Send `path` exactly as given (no client-side normalisation of `..`)."""
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=TIMEOUT)
        try:
            conn.putrequest(method, path, skip_accept_encoding=True)
            conn.endheaders()
            resp = conn.getresponse()
            return Response(resp.status, {k.lower(): v for k, v in resp.getheaders()},
                            resp.read())
        finally:
            conn.close()

    def events(self) -> EventStream:
        return EventStream(self.port)

    def built_folders(self) -> list[Path]:
        """Where the server builds: in the site's build cache, or a temporary folder when
        another server of the site holds that one."""
        kept = self.site / ".mentorblog-cache" / "serve" / "site"
        temporary = sorted(self.tmp.glob("mentorblog-serve-*/site"))
        return [*([kept] if kept.is_dir() else []), *temporary]

    def wait_output(self, text: str, stream: str = "stdout", count: int = 1) -> None:
        lines = self.stdout if stream == "stdout" else self.stderr
        deadline = time.monotonic() + TIMEOUT
        while sum(text in line for line in lines) < count:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"serve never printed {text!r}\n--- stdout\n{''.join(self.stdout)}"
                            f"--- stderr\n{''.join(self.stderr)}")
            time.sleep(0.05)


class EventStream:
    """A client of /__mentorblog/events, reading one event at a time."""

    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=TIMEOUT)
        self.conn.request("GET", "/__mentorblog/events")
        self.resp = self.conn.getresponse()
        assert self.resp.status == 200
        assert self.resp.getheader("Content-Type") == "text/event-stream"

    def next(self) -> tuple[str, str]:
        """(event name, data) of the next event; keep-alive comments are skipped."""
        while True:
            name, data = "message", ""
            while (line := self.resp.fp.readline().decode()) not in ("\n", ""):
                key, _, value = line.rstrip("\n").partition(": ")
                if key == "event":
                    name = value
                elif key == "data":
                    data = value
            if line == "":
                pytest.fail("the event stream closed")
            if data:
                return name, data

    def close(self) -> None:
        self.conn.close()


def _pump(stream: object, into: list[str]) -> None:
    for line in stream:  # type: ignore[attr-defined]
        into.append(line)


def start_server(tmp_path: Path, *args: str, port: int = 0) -> Server:
    site = tmp_path / "site"
    if not site.exists():
        site.mkdir()
        shutil.copy(FIXTURE / "site.yaml", site / "site.yaml")
        for folder in ("content", "layouts"):
            shutil.copytree(FIXTURE / folder, site / folder)
    tmp = tmp_path / "tmp"
    tmp.mkdir(exist_ok=True)
    env = {**os.environ, "TMPDIR": str(tmp), "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "mentorblog", "serve", "-s", str(site), "-p",
         str(port or _free_port()), *args],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env=env)
    server = Server(proc, site, tmp)
    for stream, into in ((proc.stdout, server.stdout), (proc.stderr, server.stderr)):
        threading.Thread(target=_pump, args=(stream, into), daemon=True).start()
    server.wait_output("Serving ")
    line = next(line for line in server.stdout if line.startswith("Serving "))
    server.port = int(line.split("http://127.0.0.1:", 1)[1].split("/", 1)[0])
    return server


def stop_server(server: Server) -> int:
    if server.proc.poll() is None:
        server.proc.send_signal(signal.SIGINT)  # what Ctrl-C sends
    try:
        return server.proc.wait(TIMEOUT)
    except subprocess.TimeoutExpired:
        server.proc.kill()
        server.proc.wait(TIMEOUT)
        pytest.fail("serve did not stop on Ctrl-C")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    running = start_server(tmp_path)
    yield running
    stop_server(running)


def after_reloads(server: Server, events: EventStream, path: str,
                  wanted: Callable[[Response], bool]) -> Response:
    """Wait for reload events until `path` is served as wanted. A save is normally one
    rebuild; waiting for more keeps a slow machine, where an editor's save may straddle two
    rebuilds, from failing the test."""
    while True:
        name, _ = events.next()  # times out after TIMEOUT
        assert name in ("reload", "update")  # `update`: a preview, or a rebuild after one
        response = server.get(path)
        if wanted(response):
            return response


def edit(file: Path, old: str, new: str) -> None:
    text = file.read_text(encoding="utf-8")
    assert old in text
    file.write_text(text.replace(old, new, 1), encoding="utf-8")


# -- serving -----------------------------------------------------------------------------------

def test_serves_the_site_with_the_reload_script_added(server: Server) -> None:
    home = server.get("/")
    assert home.status == 200
    assert home.headers["content-type"] == "text/html; charset=utf-8"
    assert "Hugo Journal" in home.text
    assert '<script src="/__mentorblog/livereload.js"' in home.text
    assert home.text.index("/__mentorblog/livereload.js") < home.text.rindex("</body>")
    page = server.get("/posts/pinned/")
    assert page.status == 200 and "Second, with" in page.text
    assert 'content="noindex, nofollow"' in page.text  # env is development while serving
    assert "Disallow: /" in server.get("/robots.txt").text
    script = server.get("/__mentorblog/livereload.js")
    assert script.status == 200 and b"EventSource" in script.body


def test_the_script_is_never_written_into_files(server: Server) -> None:
    folders = server.built_folders()
    assert folders, "the build folder was not in the server's TMPDIR"
    files = [p for p in folders[-1].rglob("*") if p.is_file()]
    assert any(p.name == "index.html" for p in files)
    assert not [p for p in files if b"__mentorblog" in p.read_bytes()]
    assert not (server.site / "public").exists()  # never builds into public/


def test_folders_redirect_and_missing_pages_get_the_404_page(server: Server) -> None:
    moved = server.get("/posts/pinned?x=1")
    assert moved.status == 301
    assert moved.headers["location"] == "/posts/pinned/?x=1"
    missing = server.get("/no/such/page/")
    assert missing.status == 404
    assert "/__mentorblog/livereload.js" in missing.text
    assert server.get("/posts/pinned/", method="HEAD").status == 200


@pytest.mark.parametrize("path", [
    "/../site.yaml", "/%2e%2e/site.yaml", "/..%2fsite.yaml", "/%2E%2E%2Fsite.yaml",
    "/posts/../../site.yaml", "/..\\site.yaml", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
])
def test_traversal_attempts_get_404(server: Server, path: str) -> None:
    response = server.get(path)
    assert response.status == 404
    assert b"baseURL" not in response.body and b"root:" not in response.body


def test_absolute_paths_get_404(server: Server) -> None:
    for path in ("/" + str(server.site / "site.yaml"), "//" + str(server.site / "site.yaml"),
                 "/etc/passwd"):
        assert server.get(path).status == 404, path


def test_symlinks_pointing_outside_get_404(server: Server) -> None:
    folder = server.built_folders()[-1]
    (folder / "leak.txt").symlink_to(server.site / "site.yaml")
    (folder / "leakdir").symlink_to(server.site)
    (folder / "alias.html").symlink_to(folder / "index.html")
    assert server.get("/leak.txt").status == 404
    assert server.get("/leakdir/site.yaml").status == 404
    assert server.get("/leakdir/").status == 404
    assert server.get("/alias.html").status == 200  # a link inside the site is fine


# -- rebuilding --------------------------------------------------------------------------------

def test_a_save_is_served_and_a_reload_event_sent(server: Server) -> None:
    events = server.events()
    try:
        assert events.next()[0] == "hello"
        edit(server.site / "content/posts/pinned.md", "First.", "First, after an edit.")
        page = after_reloads(server, events, "/posts/pinned/",
                             lambda r: "First, after an edit." in r.text)
        assert page.status == 200
    finally:
        events.close()


def test_a_saved_post_is_previewed_then_the_rebuild_keeps_its_tab(server: Server) -> None:
    """The first event after a save is the preview: only the saved post's tab reloads, and it
    gets the edit before the rebuild. The rebuild's event then spares that tab, because the
    page it built is byte for byte the preview (other tabs reload)."""
    events = server.events()
    try:
        assert events.next()[0] == "hello"
        edit(server.site / "content/posts/pinned.md", "First.", "First, previewed.")
        name, data = events.next()
        assert name == "update"
        change = json.loads(data)
        assert change["only"] == ["/posts/pinned/"]
        previewed = server.get("/posts/pinned/")
        assert "First, previewed." in previewed.text
        name, data = events.next()
        assert name == "update"
        assert json.loads(data)["keep"] == ["/posts/pinned/"]
        built = server.built_folders()[-1] / "posts/pinned/index.html"
        assert "First, previewed." in built.read_text(encoding="utf-8")
        # the same page, but for the build id the reload script carries
        assert _no_build_id(server.get("/posts/pinned/").text) == _no_build_id(previewed.text)
    finally:
        events.close()
    assert "Traceback" not in "".join(server.stderr)


def _no_build_id(page: str) -> str:
    return re.sub(r'data-build="[^"]*"', "", page)


def test_editor_save_patterns_end_with_the_saved_text(server: Server) -> None:
    post = server.site / "content/posts/pinned.md"
    events = server.events()
    try:
        events.next()
        # vim: test file, backup, write, delete backup; others: temp file renamed over
        text = post.read_text(encoding="utf-8")
        (post.parent / "4913").write_text("", encoding="utf-8")
        (post.parent / "4913").unlink()
        tmp = post.parent / ".pinned.md.tmp"
        tmp.write_text(text.replace("First.", "Saved by rename."), encoding="utf-8")
        os.replace(tmp, post)
        after_reloads(server, events, "/posts/pinned/", lambda r: "Saved by rename." in r.text)
        # deleted and recreated
        post.unlink()
        post.write_text(text.replace("First.", "Recreated."), encoding="utf-8")
        after_reloads(server, events, "/posts/pinned/", lambda r: "Recreated." in r.text)
    finally:
        events.close()
    assert server.proc.poll() is None
    assert "Traceback" not in "".join(server.stderr)


def test_a_broken_save_shows_the_error_page_then_recovers(server: Server) -> None:
    post = server.site / "content/posts/pinned.md"
    good = post.read_text(encoding="utf-8")
    css = next((server.built_folders()[-1] / "css").glob("main.*.css")).name
    events = server.events()
    try:
        events.next()
        post.write_text(good.replace("weight: 1", "weight: [1"), encoding="utf-8")
        page = after_reloads(server, events, "/posts/pinned/", lambda r: r.status == 500)
        assert "content/posts/pinned.md:" in page.text
        assert "front matter is not valid YAML" in page.text
        assert "/__mentorblog/livereload.js" in page.text
        assert server.get("/").status == 500  # every page shows it
        assert server.get(f"/css/{css}").status == 200  # the last good css still serves
        server.wait_output("error: content/posts/pinned.md:", "stderr")

        post.write_text(good.replace("First.", "Fixed again."), encoding="utf-8")
        page = after_reloads(server, events, "/posts/pinned/", lambda r: r.status == 200)
        assert "Fixed again." in page.text
    finally:
        events.close()
    server.wait_output("(fixed)")
    assert "".join(server.stderr).count("error: content/posts/pinned.md:") == 1  # once


def test_a_broken_layout_names_the_template_and_recovers(server: Server) -> None:
    partial = server.site / "layouts/partials/extend_head.html"  # a new file overriding
    events = server.events()
    try:
        events.next()
        partial.write_text("<!-- ok -->\n{% if %}\n", encoding="utf-8")
        page = after_reloads(server, events, "/posts/pinned/", lambda r: r.status == 500)
        assert "layouts/partials/extend_head.html:2" in page.text
        partial.write_text('<meta name="x-test" content="layout fixed">\n', encoding="utf-8")
        page = after_reloads(server, events, "/posts/pinned/", lambda r: r.status == 200)
        assert 'content="layout fixed"' in page.text  # templates were compiled again
    finally:
        events.close()


def test_a_folder_deleted_and_made_again_is_still_watched(server: Server) -> None:
    layouts = server.site / "layouts"
    events = server.events()
    try:
        events.next()
        shutil.rmtree(layouts)
        after_reloads(server, events, "/posts/pinned/", lambda r: r.status == 200)
        (layouts / "partials").mkdir(parents=True)
        head = layouts / "partials" / "extend_head.html"
        head.write_text('<meta name="x-test" content="one">\n', encoding="utf-8")
        after_reloads(server, events, "/posts/pinned/", lambda r: 'content="one"' in r.text)
        head.write_text('<meta name="x-test" content="two">\n', encoding="utf-8")
        after_reloads(server, events, "/posts/pinned/", lambda r: 'content="two"' in r.text)
    finally:
        events.close()


def test_drafts_flag_and_a_taken_port(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        site = tmp_path / "site"
        site.mkdir()
        shutil.copy(FIXTURE / "site.yaml", site / "site.yaml")
        shutil.copytree(FIXTURE / "content", site / "content")
        env = {**os.environ, "TMPDIR": str(tmp_path), "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "mentorblog", "serve", "-s", str(site), "-p", str(port),
             "-D"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, text=True, env=env)
        server = Server(proc, site, tmp_path)
        for stream, into in ((proc.stdout, server.stdout), (proc.stderr, server.stderr)):
            threading.Thread(target=_pump, args=(stream, into), daemon=True).start()
        try:
            server.wait_output("Serving ")
            assert f"port {port} is in use; using " in "".join(server.stdout)
            line = next(line for line in server.stdout if line.startswith("Serving "))
            server.port = int(line.split("http://127.0.0.1:", 1)[1].split("/", 1)[0])
            assert server.port != port
            draft = server.get("/mentoring/")
            assert draft.status == 200 and "Draft" in draft.text
        finally:
            stop_server(server)


def test_ctrl_c_stops_cleanly_and_keeps_its_folder_for_the_next_run(tmp_path: Path) -> None:
    server = start_server(tmp_path)
    assert server.built_folders()
    assert stop_server(server) == 0
    assert list(server.tmp.iterdir()) == []  # no temporary folder
    assert "Stopping" in "".join(server.stdout)
    assert "Traceback" not in "".join(server.stderr)
    # Started again (at the same address, as an author does), the server renders nothing:
    # every file is as the last run left it.
    again = start_server(tmp_path, port=server.port)
    try:
        files = len([p for p in again.built_folders()[0].rglob("*") if p.is_file()])
        again.wait_output(f"({files - 1} files) in ")  # the marker file is not counted
        assert f"; {files - 1} unchanged since the server last ran" in "".join(again.stdout)
    finally:
        assert stop_server(again) == 0


def test_a_second_server_of_the_same_site_builds_in_a_folder_of_its_own(tmp_path: Path) -> None:
    first = start_server(tmp_path)
    try:
        second = start_server(tmp_path)
        try:
            assert second.get("/posts/pinned/").status == 200
            assert [p.parent.name.startswith("mentorblog-serve-")
                    for p in second.built_folders()] == [False, True]
        finally:
            assert stop_server(second) == 0
        assert first.get("/posts/pinned/").status == 200
        assert list(second.tmp.iterdir()) == []  # the temporary one is gone
    finally:
        assert stop_server(first) == 0


def test_not_a_site_exits_1(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "mentorblog", "serve", "-s", str(tmp_path),
                           "-p", "0"], capture_output=True, text=True, timeout=TIMEOUT,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 1
    assert done.stderr.startswith("error: site.yaml: no site.yaml here")


def test_clients_that_hang_up_early_leave_no_traceback(tmp_path: Path) -> None:
    """A tab closed while a big file is sent used to print a BrokenPipeError or
    ConnectionResetError traceback per client."""
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(FIXTURE / "site.yaml", site / "site.yaml")
    for folder in ("content", "layouts"):
        shutil.copytree(FIXTURE / folder, site / folder)
    (site / "static").mkdir()
    (site / "static" / "big.bin").write_bytes(os.urandom(1024) * 16 * 1024)  # 16 MB
    running = start_server(tmp_path)
    try:
        for hang_up in ("close", "reset", "close", "reset"):
            with socket.create_connection(("127.0.0.1", running.port), timeout=TIMEOUT) as s:
                s.sendall(b"GET /big.bin HTTP/1.1\r\nHost: localhost\r\n\r\n")
                assert s.recv(64).startswith(b"HTTP/1.1 200")
                if hang_up == "reset":  # an RST instead of a FIN
                    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00" * 2)
        assert running.get("/").status == 200  # still serving, and every hang-up handled
        time.sleep(0.5)
    finally:
        assert stop_server(running) == 0
    errors = "".join(running.stderr)
    assert "Traceback" not in errors and "Error" not in errors, errors


def test_serve_shows_private_unlisted_and_shared_posts_marked(tmp_path: Path) -> None:
    """The author's preview holds everything: private posts are built, shared ones shown in
    clear text (no passphrase needed on the author's machine), each with its badge."""
    site = tmp_path / "site"
    site.mkdir()
    shutil.copy(FIXTURE / "site.yaml", site / "site.yaml")
    for folder in ("content", "layouts"):
        shutil.copytree(FIXTURE / folder, site / folder)
    with (site / "site.yaml").open("a") as config:
        config.write("\nreaders:\n  ben: {name: Ben}\n")
    posts = site / "content" / "posts"
    for name, fields in (("mine", "visibility: private"), ("quiet", "visibility: unlisted"),
                         ("forben", "shared_with: [ben]")):
        (posts / f"{name}.md").write_text(
            f"---\ntitle: Title of {name}\ndate: 2024-05-05\n{fields}\n---\nBody of {name}.\n")
    env_before = os.environ.pop("MENTORBLOG_READER_BEN", None)
    server = start_server(tmp_path)
    try:
        for name, badge in (("mine", "Private"), ("quiet", "Unlisted"), ("forben", "Shared")):
            page = server.get(f"/posts/{name}/")
            assert page.status == 200, server.stderr
            assert f"Body of {name}." in page.text
            assert f'<span class="badge">{badge}</span>' in page.text
        assert 'id="sealed-payload"' not in server.get("/posts/forben/").text
        home = server.get("/").text
        assert "Title of mine" in home and "Title of forben" in home
    finally:
        stop_server(server)
        if env_before is not None:
            os.environ["MENTORBLOG_READER_BEN"] = env_before
