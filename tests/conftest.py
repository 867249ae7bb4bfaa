"""Fixtures shared by all tests: the example site, built once per session, served on loopback."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", default=False,
                     help="rewrite golden files from the current output instead of comparing")


@dataclass(frozen=True)
class BuiltSite:
    """A built site: `root` is the output folder, `url` the base URL it is served at (ends in /)."""

    root: Path
    url: str

    def file_for(self, url: str) -> Path | None:
        """The output file that serves `url`; None if `url` is not under the base URL or missing."""
        if not url.startswith(self.url):
            return None
        rel = unquote(urlsplit(url[len(self.url):]).path)
        path = self.root / rel
        if path.is_dir():
            path = path / "index.html"
        return path if path.is_file() else None


Serve = Callable[[Path], str]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


# `python -m http.server` with a listen backlog of 128 instead of socketserver's 5: linkinator
# opens up to 100 connections at once, and on a busy machine a full backlog made it report
# pages that exist as BROKEN 0 (connection reset).
_SERVER = """
import functools, http.server, sys
class Server(http.server.ThreadingHTTPServer):
    request_queue_size = 128
handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[2])
Server(("127.0.0.1", int(sys.argv[1])), handler).serve_forever()
"""


@pytest.fixture(scope="session")
def serve() -> Iterator[Serve]:
    """Serve a folder as `python -m http.server` does, on a free loopback port; returns its URL."""
    servers: list[subprocess.Popen[bytes]] = []

    def start(directory: Path) -> str:
        port = _free_port()
        proc = subprocess.Popen(
            [sys.executable, "-c", _SERVER, str(port), str(directory)],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        servers.append(proc)
        url = f"http://127.0.0.1:{port}/"
        deadline = time.monotonic() + 10
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2):
                    return url
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"http.server for {directory} did not answer on {url}")
                time.sleep(0.05)

    yield start
    for proc in servers:
        proc.terminate()
        proc.wait(10)


def build_site(dest: Path, base_url: str, *extra: str) -> None:
    """Build the repository's example site into `dest` with the real CLI; fail if that fails."""
    cmd = [sys.executable, "-m", "mentorblog", "build", "-s", str(REPO_ROOT), "-d", str(dest),
           "--base-url", base_url, *extra]
    done = subprocess.run(cmd, cwd=REPO_ROOT, stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, timeout=600)
    if done.returncode != 0:
        pytest.fail(f"`{' '.join(cmd[1:])}` exited {done.returncode}\n"
                    f"--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}", pytrace=False)


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory, serve: Serve) -> BuiltSite:
    """The example site built for, and served at, http://127.0.0.1:PORT/."""
    root = tmp_path_factory.mktemp("example") / "public"
    root.mkdir()
    url = serve(root)  # serve first, so the port is ours before the build bakes it in
    build_site(root, url)
    return BuiltSite(root, url)


@pytest.fixture(scope="session")
def example_site_subpath(tmp_path_factory: pytest.TempPathFactory, serve: Serve) -> BuiltSite:
    """The example site built for, and served at, the sub-path http://127.0.0.1:PORT/blog/."""
    parent = tmp_path_factory.mktemp("example-subpath")
    root = parent / "blog"
    root.mkdir()
    url = serve(parent) + "blog/"
    build_site(root, url)
    return BuiltSite(root, url)
