"""Find the site's content, and its static files overlaid on the theme's, file by file."""

from __future__ import annotations

import fnmatch
import hashlib
import os
from pathlib import Path, PurePosixPath

from mentorblog.core.errors import BuildError
from mentorblog.core.model import Sources, StaticFile
from mentorblog.core.paths import joined
from mentorblog.core.theme import theme_dir

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")
# An html file under content/ that opens with front matter is a page, as in Jekyll and Hugo:
# its body is html (shortcodes and, in Jekyll's dialect, Liquid run; Markdown does not).
HTML_PAGE_SUFFIXES = (".html", ".htm")
POST_FOLDERS = frozenset({"_posts", "_drafts"})  # Jekyll's, content though they start with `_`
_NOT_A_FILE = (
    "is a named pipe, a socket or a device, not a file: reading it could wait forever; "
    "move it out of the site"
)


def discover_sources(
    root: Path,
    *,
    follow_symlinks: bool = False,
    include: tuple[str, ...] = (),
    content_dirs: tuple[str, ...] = (),
) -> Sources:
    """Every input file, sorted by path so builds are deterministic. `include` (Jekyll's
    setting) names files and folders that start with `_` or `.` and are read all the same,
    such as `_pages` or `.well-known`. Layouts are listed too, only to refuse links that
    leave the site before any layout is read (Jinja would follow them)."""
    layout_files(root)
    markdown: list[PurePosixPath] = []
    others: list[StaticFile] = []
    # `content_dirs`: a language's `contentDir` outside content/ (read/languages.py).
    for top in ("content", *content_dirs):
        for rel, origin in _walk(root, top, follow_symlinks, include):
            if rel.suffix.lower() in MARKDOWN_SUFFIXES or (
                rel.suffix.lower() in HTML_PAGE_SUFFIXES and opens_with_front_matter(Path(origin))
            ):
                markdown.append(rel)
            else:
                others.append(StaticFile(Path(origin), str(rel.relative_to(top)), rel))
    static: dict[str, StaticFile] = {}
    theme_static = theme_dir() / "static"
    for rel, origin in _walk(theme_static.parent, "static", True):
        path = str(rel.relative_to("static"))
        static[path] = StaticFile(Path(origin), path, PurePosixPath("theme:" + str(rel)))
    theme_assets = {p for p in static if p.endswith(_FINGERPRINTED)}
    for rel, origin in _walk(root, "static", follow_symlinks, include):
        path = str(rel.relative_to("static"))
        static[path] = StaticFile(Path(origin), path, rel)
    assets: dict[str, str] = {}
    for path in sorted(theme_assets):
        hashed = _fingerprinted(path, static[path].origin)
        static[path] = StaticFile(static[path].origin, hashed, static[path].source)
        assets[path] = hashed
    files_ = tuple(sorted(static.values(), key=lambda f: f.path))
    return Sources(tuple(markdown), tuple(others), files_, assets)


_FINGERPRINTED = (".css", ".js")


def is_html_page(source: PurePosixPath) -> bool:
    """A content page written in html (discover lists only those with front matter)."""
    return source.suffix.lower() in HTML_PAGE_SUFFIXES


def opens_with_front_matter(path: Path) -> bool:
    """The first line is `---` or `+++` (YAML or TOML front matter), a byte-order mark and
    trailing spaces allowed; a plain html file stays a file, copied as it is."""
    try:
        with path.open("rb") as f:
            first = f.readline(64)
    except OSError:
        return False
    return first.removeprefix(b"\xef\xbb\xbf").rstrip() in (b"---", b"+++")


def _fingerprinted(path: str, origin: Path) -> str:
    """`css/main.css` -> `css/main.1a2b3c4d5e.css`: the theme's css and js (and a site file
    that replaces one) get a content hash in the name, so hosts can cache them forever."""
    digest = hashlib.sha256(origin.read_bytes()).hexdigest()[:10]
    stem, dot, suffix = path.rpartition(".")
    return f"{stem}.{digest}{dot}{suffix}"


def layout_files(root: Path) -> list[tuple[str, Path]]:
    """Every file under the site's `layouts/` (shortcode templates too) as (name, path),
    sorted. Links are followed as Jinja follows them, so a layout reached through a linked
    folder counts (its edits re-render what uses it); a link leading outside the site is
    an error, as in content/ and static/."""
    base = root / "layouts"
    real_root = root.resolve()
    _check_link(base, real_root, root)
    if not base.is_dir():
        return []
    found: list[tuple[str, Path]] = []
    seen: set[Path] = set()
    stack = [("", base)]
    while stack:
        rel, folder = stack.pop()
        real = folder.resolve()
        if real in seen:  # a link back to a folder already listed
            continue
        seen.add(real)
        with os.scandir(folder) as entries:
            listed = sorted(entries, key=lambda e: e.name)
        for entry in listed:
            path = Path(entry.path)
            if entry.is_symlink():
                _check_link(path, real_root, root)
            if entry.is_dir():
                stack.append((rel + entry.name + "/", path))
            elif entry.is_file():
                found.append((rel + entry.name, path))
            elif _present(entry):  # Jinja would wait on it as on a pipe in content/
                raise BuildError(_NOT_A_FILE, f"layouts/{rel}{entry.name}")
    return sorted(found)


def _walk(
    root: Path, top: str, follow_symlinks: bool, include: tuple[str, ...] = ()
) -> list[tuple[PurePosixPath, str]]:
    """(path relative to the site, the file's path as a string) of every visible file under
    `top`; the caller makes a Path only of the files it keeps as files (not of 10,000 posts,
    where that took ~30 of the ~105 ms discovery takes)."""
    base = root / top
    real_root = root.resolve()
    if not follow_symlinks:
        _check_link(base, real_root, root)  # content/ or static/ itself a link out
    if not base.is_dir():
        return []
    found: list[tuple[PurePosixPath, str]] = []
    # Strings rather than Path objects per file, and whether an entry is a link from its
    # folder's listing: at 10,000 files pathlib's parsing took 0.7 s of a warm build, and
    # asking the file system about each file once more 0.035 s.
    start = len(str(base))
    stack = [str(base)]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError:  # unreadable: skipped, as os.walk does
            continue
        rel = (top + folder[start:]).replace(os.sep, "/") + "/"
        parts = rel[:-1].split("/")  # names from listings, and `top` (a setting) as written
        clean = "" not in parts and "." not in parts
        for entry in entries:
            name = entry.name
            folder_entry = _is_folder(entry)
            if not _visible(name, is_dir=folder_entry) and not _included(rel + name, include):
                continue
            link = entry.is_symlink()
            if link and not follow_symlinks:
                _check_link(Path(entry.path), real_root, root)
            if not folder_entry:
                if not entry.is_file() and _present(entry):
                    raise BuildError(_NOT_A_FILE, rel + name)
                path = joined(parts, name) if clean else PurePosixPath(rel + name)
                found.append((path, entry.path))
            elif follow_symlinks or not link:  # a linked folder is read only when following
                stack.append(entry.path)
    found.sort(key=lambda item: str(item[0]))
    return found


def _present(entry: os.DirEntry[str]) -> bool:
    """Whether what the entry names (through a link) is there: a link to nothing stays in
    the list, and reading it fails with a message naming it."""
    try:
        entry.stat()
    except OSError:
        return False
    return True


def _is_folder(entry: os.DirEntry[str]) -> bool:
    """A folder, or a link to one (os.walk's test)."""
    try:
        return entry.is_dir()
    except OSError:
        return False


def _visible(name: str, *, is_dir: bool) -> bool:
    """Skip hidden files and editors' temporary files; `_posts` and `_drafts` are content."""
    if name.startswith(".") or name.endswith("~") or name.startswith(("#", ".#")):
        return False
    if is_dir and name.startswith("_"):
        return name in POST_FOLDERS
    return not name.endswith((".swp", ".swx", ".tmp"))


def _included(rel: str, include: tuple[str, ...]) -> bool:
    """Jekyll's `include`: a pattern matches the name or the path below content/ (static/)."""
    if not include:
        return False
    name = rel.rsplit("/", 1)[-1]
    inside = rel.split("/", 1)[1] if "/" in rel else rel
    return not name.endswith(("~", ".swp", ".swx", ".tmp")) and any(
        fnmatch.fnmatchcase(name, pattern) or fnmatch.fnmatchcase(inside, pattern)
        for pattern in include
    )


def _check_link(path: Path, real_root: Path, root: Path) -> None:
    """A symlink that leads outside the site could publish files the author never meant to
    (`ln -s /etc/passwd layouts/partials/footer.html` would put it on every page)."""
    if path.is_symlink() and not path.resolve().is_relative_to(real_root):
        rel = path.relative_to(root).as_posix()
        raise BuildError(
            "is a symbolic link to a place outside the site; refusing to follow it", rel
        )
