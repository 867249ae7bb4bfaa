"""`mentorblog serve`: build into a folder of its own, serve it on 127.0.0.1, rebuild when an
input changes, and reload open browser tabs through Server-Sent Events.

Every build is `build` itself (SiteBuilder), into a folder and with a build cache of the
server's own. Both are kept in the site's build cache (`serve/`) from one run of the server
to the next, so a restarted server renders only what changed since it stopped. An edit
re-parses only the changed file and re-renders only the outputs that read what changed, and
the folder being served changes only when a rebuild succeeded. The bytes served are the bytes
a build writes; the reload script is added to html responses here, never to the files.

A saved post is shown before that rebuild ends: the moment the editor closes the file, its
page is rendered against the last good build (commands/preview.py) and served from memory,
and only the tabs showing that page reload. When the rebuild is done its files replace the
preview, and a tab reloads again only if its page changed."""

from __future__ import annotations

import contextlib
import errno
import fcntl
import html
import json
import logging
import mimetypes
import os
import shutil
import socket
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path, PurePosixPath
from typing import cast
from urllib.parse import unquote, urlsplit

from jinja2 import Environment
from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch

from mentorblog.build import BuildOptions, build
from mentorblog.commands.preview import Previewed, Previewer
from mentorblog.core.errors import BuildError, Notice, user_errors
from mentorblog.core.theme import theme_dir
from mentorblog.images.store import ImageCache
from mentorblog.load import LoadedSite, read_config
from mentorblog.output import cache
from mentorblog.produce import NO_HOOKS, RenderHooks
from mentorblog.read.config import CONFIG_FILE

log = logging.getLogger(__name__)

DEFAULT_PORT = 1313
PORT_TRIES = 20  # a taken port moves on to the next one, this many times
QUIET_SECONDS = 0.08  # a save is over when no event came for this long
LONGEST_WAIT = 1.0  # ... or when events kept coming for this long
KEEPALIVE_SECONDS = 15.0  # a comment on idle event streams, so closed tabs are noticed
# data/: site.data; i18n/: the site's own words for the theme's labels.
WATCHED_DIRS = ("content", "layouts", "static", "plugins", "data", "i18n")
PREFIX = "/__mentorblog/"  # the server's own urls; never written into the site
EVENTS_URL = PREFIX + "events"
SCRIPT_URL = PREFIX + "livereload.js"

# Reloads on `reload`; on `update` only when this page is among the ones that changed
# (`only`) or not among those that did not (`keep`); and when a reconnect finds a different
# build (the server was restarted, or a build finished while the connection was down).
RELOAD_SCRIPT = b"""(function () {
  if (!window.EventSource) { return; }
  var script = document.currentScript;
  var seen = script && script.dataset.build ? script.dataset.build : null;
  var source = new EventSource("/__mentorblog/events");
  source.addEventListener("hello", function (e) {
    if (seen !== null && seen !== e.data) { location.reload(); }
    seen = e.data;
  });
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("update", function (e) {
    var change = JSON.parse(e.data), here = location.pathname;
    try { here = decodeURI(here); } catch (err) { /* keep it as it is */ }
    var hit = change.only ? change.only.indexOf(here) >= 0 : change.keep.indexOf(here) < 0;
    if (hit) { location.reload(); } else { seen = change.id; }
  });
})();
"""


@dataclass(frozen=True, slots=True)
class ServeOptions:
    source: Path = Path(".")
    bind: str = "127.0.0.1"
    port: int = DEFAULT_PORT
    drafts: bool = False
    future: bool = False
    expired: bool = False
    jobs: int | None = None


@dataclass(frozen=True, slots=True)
class Report:
    """Where the server tells the author what happens; the CLI decides how to print."""

    info: Callable[[str], None]
    problem: Callable[[str], None]


# -- building ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Built:
    folder: Path
    pages: int
    files: int
    seconds: float
    notices: tuple[Notice, ...]
    loaded: LoadedSite | None = None  # the planned site, for previews of the next edits
    rendered: int = 0  # outputs rendered, the others kept from the last build
    hooks: RenderHooks = NO_HOOKS  # the plugins' render hooks, for previews too
    environment: Environment | None = None  # the layouts as this build compiled them


class SiteBuilder:
    """Builds the site for serving with `build` itself, so serve shows the very bytes a build
    writes: into one folder of the server's own (never `public/`), with a build cache of its
    own and `env` set to `development` (so robots stay away). A rebuild renders only what
    changed and swaps the folder's contents in at once; after a failed one the last good
    site stays."""

    def __init__(
        self, options: BuildOptions, workdir: Path, build_cache: Path | None = None
    ) -> None:
        """`build_cache`: the site's own build cache, whose parsed pages the first build
        starts from when the server has none of its own yet."""
        self.folder = workdir / "site"
        if build_cache is not None:
            cache.seed_index(build_cache, workdir / "cache")
        # Not `quick`: every build must plan the site, which previews are made against.
        self.options = replace(
            options,
            destination=self.folder,
            cache=workdir / "cache",
            environment="development",
            quick=False,
        )
        self._may_fork = True
        # The layouts as the last build compiled them, for the next build and for previews,
        # until a layout, the theme, a plugin or site.yaml changes.
        self.environment: Environment | None = None
        # Images in the site's own build cache: what a build made is not made again, and
        # an edit that is not an image reads no image.
        self.images = ImageCache()

    def build(self, same_layouts: bool = False) -> Built:
        """Build; `same_layouts`: nothing but content changed since the last build, so its
        compiled layouts are used again (0.4 s of a rebuild at 1,000 posts)."""
        # Only the first build may fork workers: later ones run while the server's threads
        # are alive, and forking a process with threads can deadlock the child.
        options = self.options if self._may_fork else replace(self.options, jobs=1)
        self._may_fork = False
        kept = self.environment if same_layouts else None
        self.environment = None  # until this build succeeds
        result = build(options, images=self.images, environment=kept)
        self.environment = result.environment
        return Built(
            result.destination,
            result.pages,
            result.files,
            result.seconds,
            result.notices,
            result.loaded,
            result.rendered,
            result.hooks or NO_HOOKS,
            result.environment,
        )


def _site_relative(filename: object, root: Path) -> str:
    path = Path(str(filename))
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return str(path)


# -- what the server shows ----------------------------------------------------------------------


class ServerState:
    """Shared by the request threads and the rebuild thread: the folder being served, the
    errors of the last build (if it failed), and a build number event streams wait on."""

    def __init__(self, token: str) -> None:
        self._lock = threading.Condition()
        self._token = token
        self._number = 0
        self.root: Path | None = None
        self.errors: tuple[str, ...] = ()
        self.error_page: bytes = b""
        self.stopping = False
        # Previews served over the folder's files: output path -> (preview number, bytes).
        self._overlay: dict[str, tuple[int, bytes]] = {}
        self._previews = 0
        # What the latest build number changed, for the tabs that saw the one before it:
        # an `update` event's data, or "" for a plain reload.
        self._change = ""

    def previewed(self, preview: Previewed) -> None:
        """Serve a preview's files from now on, and reload the tabs showing its pages."""
        with self._lock:
            self._previews += 1
            for path, data in preview.files.items():
                self._overlay[path] = (self._previews, data)
            self._number += 1
            self._change = json.dumps({"id": self.build_id_unlocked(), "only": preview.urls})
            self._lock.notify_all()

    def previews_made(self) -> int:
        """How many previews were made so far: a rebuild started now includes them all."""
        with self._lock:
            return self._previews

    def overlaid(self, path: str) -> bytes | None:
        """A preview's bytes for an output path, when a preview newer than the folder has it."""
        with self._lock:
            found = self._overlay.get(path)
            return found[1] if found is not None else None

    def snapshot(self) -> tuple[Path | None, bytes, str]:
        """The served folder, the error page when the last build failed, and the build id."""
        with self._lock:
            return self.root, self.error_page, self.build_id_unlocked()

    def succeeded(self, root: Path, previews: int = 0) -> None:
        """A build is served; it replaces the previews made before it started (`previews`),
        and the tabs of pages it shows exactly as their preview did need no reload."""
        with self._lock:
            kept: list[str] = []
            for path, (number, data) in list(self._overlay.items()):
                if number > previews:
                    continue  # made while this build ran: newer than it
                del self._overlay[path]
                if self.root == root and not self.errors and _same_file(root / path, data):
                    kept.append(_page_url(path))
            self.root = root
            self.errors = ()
            self.error_page = b""
            self._number += 1
            self._change = (
                json.dumps({"id": self.build_id_unlocked(), "keep": kept}) if kept else ""
            )
            self._lock.notify_all()

    def failed(self, errors: tuple[str, ...], page: bytes) -> None:
        with self._lock:
            self.errors = errors
            self.error_page = page
            self._number += 1
            self._change = ""
            self._lock.notify_all()

    def stop(self) -> None:
        with self._lock:
            self.stopping = True
            self._lock.notify_all()

    def wait_for_change(self, seen: str, timeout: float) -> str | None:
        """The new build id once it differs from `seen`; `seen` again on timeout; None when
        the server stops."""
        with self._lock:
            self._lock.wait_for(lambda: self.stopping or self.build_id_unlocked() != seen, timeout)
            return None if self.stopping else self.build_id_unlocked()

    def event_after(self, seen: str, now: str) -> str:
        """The event that tells a tab which saw build `seen` about build `now`: an `update`
        when `now` is the very next one and says which pages changed, else a `reload`."""
        with self._lock:
            if (
                self._change
                and now == self.build_id_unlocked()
                and seen == f"{self._token}-{self._number - 1}"
            ):
                return f"event: update\ndata: {self._change}\n\n"
        return f"event: reload\ndata: {now}\n\n"

    def build_id_unlocked(self) -> str:
        return f"{self._token}-{self._number}"


def _same_file(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def _page_url(path: str) -> str:
    """The address a tab shows for an output path: `posts/a/index.html` -> `/posts/a/`."""
    return "/" + path.removesuffix("index.html")


def resolve_request(root: Path, target: str) -> Path | None:
    """The file under `root` a request target names, or None (404). Refused, never
    normalised: `..` and `.` segments (also percent-encoded), encoded slashes and
    backslashes, NUL, and anything whose real path (symlinks followed) leaves `root`.
    A folder comes back as itself; the caller redirects or picks its index.html."""
    path = urlsplit(target).path if not target.startswith("/") else target.split("?", 1)[0]
    path = path.split("#", 1)[0]
    if not path.startswith("/"):
        return None
    lowered = path.lower()
    if any(bad in lowered for bad in ("%2f", "%5c", "%00")):
        return None
    try:
        decoded = unquote(path, errors="strict")
    except UnicodeDecodeError:
        return None
    if "\\" in decoded or "\x00" in decoded:
        return None
    segments = decoded.split("/")
    if any(s in (".", "..") for s in segments):
        return None
    real_root = root.resolve()
    candidate = real_root.joinpath(*[s for s in segments if s])
    try:
        real = candidate.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not real.is_relative_to(real_root) or (decoded.endswith("/") and not real.is_dir()):
        return None
    return real


def inject_reload(body: bytes, build_id: str) -> bytes:
    """Add the reload script before the last `</body>`, or at the end when there is none.
    The page remembers which build it came from, so a build it missed still reloads it."""
    tag = f'<script src="{SCRIPT_URL}" data-build="{html.escape(build_id)}"></script>'.encode()
    at = body.lower().rfind(b"</body>")
    if at < 0:
        return body + tag
    return body[:at] + tag + body[at:]


def error_page(errors: Iterable[BuildError | str], root: Path) -> bytes:
    """Hugo-style page for a failed build: each error's file, line and message, with the lines
    around it when the file is in the site."""
    items: list[str] = []
    for err in errors:
        if isinstance(err, BuildError):
            where = str(err.file) + (f":{err.line}" if err.line else "") if err.file else ""
            excerpt = _excerpt(root, err) if err.file else ""
            items.append(
                f'<li><p class="where">{html.escape(where)}</p>'
                f'<p class="message">{html.escape(err.message)}</p>{excerpt}</li>'
            )
        else:
            items.append(f'<li><pre class="message">{html.escape(err)}</pre></li>')
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="robots" content="noindex, nofollow">'
        "<title>Build failed - mentorblog</title><style>"
        "body{margin:0;padding:2rem;background:#1d1f21;color:#e8e8e8;"
        "font:16px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}"
        "h1{color:#ff8a80;font-size:1.3rem;margin:0 0 1rem}ol{padding-left:1.2rem}"
        "li{margin:0 0 1.5rem}.where{color:#82b1ff;margin:0}.message{margin:.2rem 0;"
        "white-space:pre-wrap}pre{background:#282a2e;padding:.6rem;overflow:auto;margin:.4rem 0}"
        "mark{background:#5c2b29;color:inherit;display:block}"
        "footer{color:#9e9e9e;font-size:.9rem}</style></head><body>"
        "<h1>The site could not be rebuilt</h1>"
        f"<ol>{''.join(items)}</ol>"
        "<footer>The last good build is still used for css, js and images. Save a fix and "
        "this page reloads by itself.</footer></body></html>\n"
    ).encode()


def _excerpt(root: Path, err: BuildError) -> str:
    if err.line is None or err.file is None:
        return ""
    path = (root / str(err.file)).resolve()
    if not path.is_relative_to(root.resolve()) or not path.is_file():
        return ""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return ""
    first = max(1, err.line - 2)
    shown = []
    for number in range(first, min(len(lines), err.line + 2) + 1):
        text = html.escape(f"{number:>4}  {lines[number - 1]}")
        shown.append(f"<mark>{text}</mark>" if number == err.line else text + "\n")
    return f"<pre>{''.join(shown)}</pre>" if shown else ""


# -- http ---------------------------------------------------------------------------------------


class DevServer(ThreadingHTTPServer):
    daemon_threads = True
    state: ServerState

    def handle_error(self, request: object, client_address: object) -> None:
        """A reader who closes the tab or stops a download mid-response is no error (the
        standard server printed a BrokenPipeError traceback for each); anything else is."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            log.debug("client %s went away", client_address)
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class DevRequestHandler(BaseHTTPRequestHandler):
    """GET and HEAD of files inside the served folder, the event stream and the script."""

    protocol_version = "HTTP/1.1"
    server_version = "mentorblog"

    def log_message(self, format: str, *args: object) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    @property
    def state(self) -> ServerState:
        return cast(DevServer, self.server).state

    def do_HEAD(self) -> None:
        self._respond(head=True)

    def do_GET(self) -> None:
        self._respond(head=False)

    def _respond(self, head: bool) -> None:
        path = self.path.split("?", 1)[0]
        if path == EVENTS_URL:
            self._events(head)
            return
        if path == SCRIPT_URL:
            self._send(HTTPStatus.OK, "text/javascript; charset=utf-8", RELOAD_SCRIPT, head)
            return
        root, failed, build_id = self.state.snapshot()
        if root is None:  # no build has succeeded yet
            self._send_html(HTTPStatus.INTERNAL_SERVER_ERROR, failed, build_id, head)
            return
        found = resolve_request(root, self.path)
        if found is not None and found.is_dir():
            if not urlsplit(self.path).path.endswith("/"):
                self._redirect(head)
                return
            found = resolve_request(root, urlsplit(self.path).path + "index.html")
        is_page = found is None or not found.is_file() or found.suffix in (".html", ".htm")
        if failed and is_page:
            self._send_html(HTTPStatus.INTERNAL_SERVER_ERROR, failed, build_id, head)
            return
        try:
            if found is None or not found.is_file():
                raise FileNotFoundError
            preview = self.state.overlaid(found.relative_to(root.resolve()).as_posix())
            data = found.read_bytes() if preview is None else preview
        except (OSError, ValueError):
            self._not_found(root, build_id, head)
            return
        kind = _content_type(found.name)
        if kind.startswith("text/html"):
            self._send_html(HTTPStatus.OK, data, build_id, head)
        else:
            self._send(HTTPStatus.OK, kind, data, head)

    def _not_found(self, root: Path, build_id: str, head: bool) -> None:
        try:
            data = (root / "404.html").read_bytes()
        except OSError:
            data = b"<!DOCTYPE html><title>404 Not Found</title><h1>404 Not Found</h1>"
        self._send_html(HTTPStatus.NOT_FOUND, data, build_id, head)

    def _send_html(self, status: HTTPStatus, data: bytes, build_id: str, head: bool) -> None:
        self._send(status, "text/html; charset=utf-8", inject_reload(data, build_id), head)

    def _redirect(self, head: bool) -> None:
        parts = urlsplit(self.path)
        location = parts.path + "/" + (f"?{parts.query}" if parts.query else "")
        self.send_response(HTTPStatus.MOVED_PERMANENTLY)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()

    def _send(self, status: HTTPStatus, kind: str, data: bytes, head: bool) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        if not head:
            self.wfile.write(data)

    def _events(self, head: bool) -> None:
        self.close_connection = True
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-store")
        self.send_header("Connection", "close")
        self.end_headers()
        if head:
            return
        seen = self.state.snapshot()[2]
        try:
            self.wfile.write(f"retry: 1000\nevent: hello\ndata: {seen}\n\n".encode())
            self.wfile.flush()
            while True:
                now = self.state.wait_for_change(seen, KEEPALIVE_SECONDS)
                if now is None:
                    return
                if now == seen:
                    self.wfile.write(b": keep-alive\n\n")
                else:
                    self.wfile.write(self.state.event_after(seen, now).encode())
                    seen = now
                self.wfile.flush()
        except OSError:
            return  # the tab was closed


def _content_type(name: str) -> str:
    kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind in (
        "application/javascript",
        "application/json",
        "application/xml",
        "image/svg+xml",
        "application/rss+xml",
        "application/atom+xml",
    ):
        kind += "; charset=utf-8"
    return kind


class _DevServer6(DevServer):
    address_family = socket.AF_INET6


def listen(bind: str, port: int, tries: int = PORT_TRIES) -> DevServer:
    """Listen on `port`, or on the next free one when it is taken."""
    server_class = _DevServer6 if ":" in bind else DevServer
    last: OSError | None = None
    for candidate in range(port, port + tries) if port else (0,):
        try:
            return server_class((bind, candidate), DevRequestHandler)
        except OSError as err:
            if err.errno != errno.EADDRINUSE:
                raise BuildError(
                    f"cannot listen on {bind}:{candidate}: {err.strerror or err}"
                ) from None
            last = err
    raise BuildError(
        f"ports {port} to {port + tries - 1} on {bind} are all in use "
        f"({last.strerror if last else 'in use'}); pick one with --port"
    )


# -- watching -----------------------------------------------------------------------------------


def _is_noise(name: str) -> bool:
    """Editors' temporary and backup files: their events never mean a change by themselves."""
    return (
        name.startswith((".", "#"))
        or name.endswith(
            ("~", ".swp", ".swx", ".swo", ".tmp", ".crswap", "___jb_tmp___", "___jb_old___")
        )
        or name == "4913"
    )  # vim's test of whether the folder is writable


class ChangeCollector(FileSystemEventHandler):
    """Gathers relevant paths from watchdog's thread; `wait` hands them over as one batch
    once a save is over, so temp-then-rename, several events per save and delete-then-recreate
    become one rebuild."""

    def __init__(self, root: Path, theme: Path) -> None:
        super().__init__()
        self.root = root
        self.theme = theme
        self._cond = threading.Condition()
        self._paths: set[Path] = set()
        self._last = 0.0
        self._first = 0.0
        self._stopping = False
        # Told at once (in watchdog's thread) when an editor has finished writing a file:
        # closed after writing, or renamed over it.
        self.on_saved: Callable[[Path], None] | None = None

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("closed", "moved") and not event.is_directory:
            saved = Path(_text(event.dest_path or event.src_path))
            if self.on_saved is not None and self.is_relevant(saved):
                self.on_saved(saved)
        if event.event_type not in ("created", "modified", "deleted", "moved"):
            return  # opened and closed: our own build reads files too
        if event.is_directory and event.event_type == "modified":
            return
        paths = [Path(_text(event.src_path))]
        if event.dest_path:
            paths.append(Path(_text(event.dest_path)))
        relevant = [p for p in paths if self.is_relevant(p)]
        if relevant:
            self.add(relevant)

    def is_relevant(self, path: Path) -> bool:
        if _is_noise(path.name):
            return False
        if path.is_relative_to(self.theme):
            return True
        try:
            rel = path.relative_to(self.root)
        except ValueError:
            return False
        if not rel.parts:
            return False
        if len(rel.parts) == 1:
            return rel.parts[0] in (CONFIG_FILE, *WATCHED_DIRS)
        return rel.parts[0] in WATCHED_DIRS and not any(_is_noise(p) for p in rel.parts[1:])

    def add(self, paths: Iterable[Path]) -> None:
        with self._cond:
            now = time.monotonic()
            if not self._paths:
                self._first = now
            self._paths.update(paths)
            self._last = now
            self._cond.notify_all()

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()

    def wait(self) -> set[Path] | None:
        """The next batch of changed paths, or None when stopping."""
        with self._cond:
            while True:
                if self._stopping:
                    return None
                if not self._paths:
                    self._cond.wait()
                    continue
                now = time.monotonic()
                quiet_until = self._last + QUIET_SECONDS
                if now >= quiet_until or now - self._first >= LONGEST_WAIT:
                    batch, self._paths = self._paths, set()
                    return batch
                self._cond.wait(quiet_until - now)


def _text(path: bytes | str) -> str:
    return path.decode() if isinstance(path, bytes) else path


class Watcher:
    """watchdog over the site's inputs; folders that appear later are watched once they do."""

    def __init__(self, collector: ChangeCollector) -> None:
        self.collector = collector
        self.observer: BaseObserver = Observer()
        self._watches: dict[Path, tuple[ObservedWatch, int]] = {}  # folder -> (watch, inode)

    def start(self) -> None:
        root = self.collector.root
        self.observer.schedule(self.collector, str(root), recursive=False)
        if self.collector.theme.is_dir():
            self.observer.schedule(self.collector, str(self.collector.theme), recursive=True)
        self.sync()
        self.observer.start()

    def sync(self) -> None:
        """Watch content/, layouts/, static/ and plugins/ when they exist, also when one was
        deleted and made again (a new inode needs a new watch); forget them when gone."""
        for name in WATCHED_DIRS:
            folder = self.collector.root / name
            try:
                inode = folder.stat().st_ino if folder.is_dir() else None
            except OSError:
                inode = None
            known = self._watches.get(folder)
            if known is not None and known[1] == inode:
                continue
            if known is not None:
                del self._watches[folder]
                # watchdog may already have dropped the watch of a deleted folder
                with contextlib.suppress(KeyError, OSError):
                    self.observer.unschedule(known[0])
            if inode is not None:
                try:
                    watch = self.observer.schedule(self.collector, str(folder), recursive=True)
                except OSError as err:
                    log.warning("cannot watch %s: %s", folder, err)
                    continue
                self._watches[folder] = (watch, inode)

    def stop(self) -> None:
        if self.observer.is_alive():
            self.observer.stop()
            self.observer.join(5)


# -- the server ---------------------------------------------------------------------------------


def _address(bind: str, port: int) -> str:
    host = "127.0.0.1" if bind in ("", "0.0.0.0") else "localhost" if bind == "::" else bind
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}/"


def _changed_names(paths: Iterable[Path], root: Path, theme: Path) -> str:
    """What changed, shortly: the first three paths and how many more."""
    names: list[str] = []
    for path in sorted(paths):
        if path.is_relative_to(theme):
            names.append("theme:" + path.relative_to(theme).as_posix())
        else:
            names.append(path.relative_to(root).as_posix())
    return ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")


class DevSite:
    """The running server: builds, serves, watches, rebuilds; `close` undoes all of it."""

    def __init__(self, options: ServeOptions, report: Report) -> None:
        self.options = options
        self.report = report
        self.root = options.source.resolve()
        if not (self.root / CONFIG_FILE).is_file():
            raise BuildError(
                f"no {CONFIG_FILE} here: this folder is not a mentorblog site "
                "(use -s to point at one)",
                CONFIG_FILE,
            )
        self.workdir, self._claim = _serve_folder(self.root)
        self.state = ServerState(f"{time.time_ns():x}")
        self.server: DevServer | None = None
        self.watcher: Watcher | None = None
        self.collector = ChangeCollector(self.root, theme_dir().resolve())
        self._threads: list[threading.Thread] = []
        self._notices: set[str] = set()
        self._last_errors: tuple[str, ...] = ()
        self.url = ""
        self.previewer: Previewer | None = None
        self._preview_lock = threading.Lock()  # previews come from watchdog's thread
        self.collector.on_saved = self.preview

    def start(self) -> str:
        """Listen, build once, then serve and watch in background threads; returns the url."""
        try:
            self.server = listen(self.options.bind, self.options.port)
            self.server.state = self.state
            port = int(self.server.server_address[1])
            if self.options.port and port != self.options.port:
                self.report.info(f"port {self.options.port} is in use; using {port} instead")
            self.url = _address(self.options.bind, port)
            self.builder = SiteBuilder(
                BuildOptions(
                    source=self.root,
                    drafts=self.options.drafts,
                    future=self.options.future,
                    expired=self.options.expired,
                    base_url=self.url,
                    jobs=self.options.jobs,
                    show_private=True,
                ),
                self.workdir,
                self.workdir.parent if self._claim is not None else None,
            )
            self.rebuild(None)
            self.watcher = Watcher(self.collector)
            self.watcher.start()
            for target in (self.server.serve_forever, self._rebuild_loop):
                thread = threading.Thread(
                    target=target, name=f"mentorblog-{target.__name__}", daemon=True
                )
                thread.start()
                self._threads.append(thread)
        except BaseException:
            self.close()
            raise
        return self.url

    def _rebuild_loop(self) -> None:
        while (changed := self.collector.wait()) is not None:
            self.rebuild(changed)

    def rebuild(self, changed: set[Path] | None) -> bool:
        """Build once; on failure keep serving the last good build and show the errors."""
        what = ""
        if changed is not None:
            what = _changed_names(changed, self.root, self.collector.theme)
            if self.watcher is not None:
                self.watcher.sync()
        with self._preview_lock:  # a preview being made is older than this build
            previews = self.state.previews_made()
        try:
            built = self.builder.build(same_layouts=self._only_content(changed))
        except (BuildError, ExceptionGroup) as err:
            errors = user_errors(err)
            if errors is None:
                self._crashed(err)
                return False
            self._failed(errors)
            return False
        except OSError as err:  # a file vanished while an editor was saving it, ...
            file = _site_relative(err.filename, self.root) if err.filename else None
            self._failed([BuildError(f"cannot read: {err.strerror or err}", file)])
            return False
        except Exception as err:  # shown and printed; the next save retries
            self._crashed(err)
            return False
        for notice in built.notices:
            if str(notice) not in self._notices:
                self.report.problem(f"warning: {notice}")
        self._notices = {str(n) for n in built.notices}
        if changed is None:
            kept = built.files - built.rendered
            since = f"; {kept} unchanged since the server last ran" if kept > 0 else ""
            self.report.info(
                f"Built {built.pages} pages ({built.files} files) in "
                f"{built.seconds * 1000:.0f} ms{since}"
            )
        else:
            recovered = " (fixed)" if self._last_errors else ""
            self.report.info(f"Rebuilt in {built.seconds * 1000:.0f} ms{recovered}: {what}")
        self._last_errors = ()
        self._ready_previews(built, changed)
        self.state.succeeded(built.folder, previews)
        return True

    def _only_content(self, changed: set[Path] | None) -> bool:
        """Whether only files in content/ changed: layouts, plugins and settings did not."""
        content = self.root / "content"
        return changed is not None and all(p.is_relative_to(content) for p in changed)

    def _ready_previews(self, built: Built, changed: set[Path] | None) -> None:
        """A previewer for the site just built, with the layouts as the build compiled them.
        Its Markdown renderer is the last one's unless what changed may change it (not only
        content files)."""
        with self._preview_lock:
            previous = self.previewer if self._only_content(changed) else None
            self.previewer = (
                Previewer(built.loaded, built.hooks, previous, False, built.environment)
                if built.loaded
                else None
            )
            if self.previewer is not None:
                self.previewer.warm()

    def preview(self, path: Path) -> None:
        """Show a saved file's page now, when it is a post the last build published."""
        try:
            source = PurePosixPath(path.resolve().relative_to(self.root).as_posix())
        except (ValueError, OSError):
            return
        with self._preview_lock:
            if self.previewer is None or self.state.snapshot()[1]:
                return  # nothing built yet, or the last build failed: only a rebuild helps
            try:
                made = self.previewer.preview(source)
            except Exception:  # the rebuild that follows reports it
                log.debug("no preview of %s", source, exc_info=True)
                return
        if made is not None:
            self.state.previewed(made)

    def _failed(self, errors: list[BuildError]) -> None:
        texts = tuple(str(e) for e in errors)
        for text in texts:
            self.report.problem(f"error: {text}")
        self._last_errors = texts
        self.state.failed(texts, error_page(errors, self.root))

    def _crashed(self, err: BaseException) -> None:
        text = "".join(traceback.format_exception(err))
        self.report.problem(f"error: mentorblog failed while rebuilding (a bug):\n{text}")
        self._last_errors = (text,)
        self.state.failed((text,), error_page([f"mentorblog failed (a bug):\n{text}"], self.root))

    def close(self) -> None:
        """Stop watching and serving, then remove every file the server made."""
        self.collector.stop()
        self.state.stop()
        if self.watcher is not None:
            self.watcher.stop()
        if self.server is not None:
            if any(t.name.endswith("serve_forever") for t in self._threads):
                self.server.shutdown()
            self.server.server_close()
        for thread in self._threads:
            thread.join(5)
        if self._claim is None:
            shutil.rmtree(self.workdir, ignore_errors=True)
        else:
            os.close(self._claim)  # the folder stays, for the next run of the server


SERVE_FOLDER = "serve"  # in the site's build cache: the server's own output and cache


def _serve_folder(root: Path) -> tuple[Path, int | None]:
    """Where the server builds: `serve/` in the site's build cache, held (flock) while it
    runs, so the next run starts from what this one built. Another server of the same site
    running, or a cache folder that cannot be used (bad site.yaml: the first build says
    why), gives a temporary folder, removed at the end, as before."""
    try:
        config = read_config(BuildOptions(source=root)).config
        folder = config.root / config.cache_dir
        cache.check_folder(folder, config.root)
        cache.prepare_folder(folder)
        serve = folder / SERVE_FOLDER
        serve.mkdir(exist_ok=True)
        claim = os.open(serve, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | os.O_CLOEXEC)
    except (BuildError, ExceptionGroup, OSError):
        return Path(tempfile.mkdtemp(prefix="mentorblog-serve-")), None
    try:
        fcntl.flock(claim, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(claim)
        log.info("another server uses %s; this one builds in a temporary folder", serve)
        return Path(tempfile.mkdtemp(prefix="mentorblog-serve-")), None
    return serve, claim


def serve(
    options: ServeOptions,
    report: Report,
    ready: Callable[[str], None] | None = None,
    stop: threading.Event | None = None,
) -> None:
    """Serve until Ctrl-C (or `stop` is set); always cleans up its temporary folder."""
    site = DevSite(options, report)
    try:
        url = site.start()
        report.info(f"Serving {site.root.name or site.root} at {url} (Ctrl-C to stop)")
        if ready is not None:
            ready(url)
        waiter = stop or threading.Event()
        while not waiter.wait(0.5):
            pass
    except KeyboardInterrupt:
        report.info("Stopping")
    finally:
        site.close()
