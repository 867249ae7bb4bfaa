"""write: temp folder + swap, so a failed or killed build leaves the previous output as it
was; destination checks refuse folders whose replacement would destroy the author's files
(STYLE.md section 9 "a failed build leaves the old output intact")."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath

import pytest
from test_splice import spliced_bytes

from mentorblog.core.errors import BuildError
from mentorblog.core.model import StaticFile
from mentorblog.output.write import (
    MARKER,
    check_destination,
    copy_files,
    create_file,
    create_file_from,
    create_file_spliced,
    file_state,
    is_output,
    link_or_copy,
    locked,
    make_folders,
    output_lock,
    parent_folders,
    prune,
    recover,
    scan,
    staged,
)


def write_site(dest: Path, rendered: Iterable[tuple[str, bytes]],
               files: Sequence[StaticFile]) -> int:
    """A build's writing as the tests drive it: every output and file into the staged
    folder, then the swap; returns the bytes written."""
    total = 0
    with staged(dest) as tmp:
        for rel, data in rendered:
            create_file(tmp, rel, data)
            total += len(data)
        copy_files(tmp, files)
    return total


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under `folder` with its bytes, keyed by relative path; the marker file
    every output holds is left out (tests of it look at it by name)."""
    return {rel: p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and (rel := p.relative_to(folder).as_posix()) != MARKER}


def leftovers(parent: Path) -> list[str]:
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(".mentorblog-"))


@pytest.fixture
def dest(tmp_path: Path) -> Path:
    return tmp_path / "out" / "public"


@pytest.fixture
def previous(dest: Path) -> dict[str, bytes]:
    """A previous successful build in `dest`."""
    write_site(dest, [("index.html", b"<p>old home</p>\n"),
                      ("posts/a/index.html", b"old post \xe2\x9c\x93\n"),
                      ("feed.xml", b"<feed/>")], ())
    before = snapshot(dest)
    assert before  # the fixture itself must have written something
    return before


# -- writing --------------------------------------------------------------------------------

def test_writes_files_and_returns_bytes(dest: Path, tmp_path: Path) -> None:
    asset = tmp_path / "style.css"
    asset.write_bytes(b"body{}")
    total = write_site(dest, [("index.html", b"home"), ("posts/a/index.html", b"post!")],
                       [StaticFile(asset, "css/main.css", PurePosixPath("static/css/main.css"))])
    assert total == len(b"home") + len(b"post!")
    assert snapshot(dest) == {"index.html": b"home", "posts/a/index.html": b"post!",
                              "css/main.css": b"body{}"}
    assert leftovers(dest.parent) == []


def test_output_folder_is_world_readable(dest: Path) -> None:
    write_site(dest, [("index.html", b"x")], ())
    assert dest.stat().st_mode & 0o755 == 0o755


def test_rebuild_replaces_the_whole_folder(dest: Path, previous: dict[str, bytes]) -> None:
    write_site(dest, [("index.html", b"new")], ())
    assert snapshot(dest) == {"index.html": b"new"}  # stale files do not survive
    assert leftovers(dest.parent) == []


def test_files_beside_the_destination_are_untouched(dest: Path, previous: dict[str, bytes]) -> None:
    neighbour = dest.parent / "notes.txt"
    neighbour.write_text("mine")
    write_site(dest, [("index.html", b"new")], ())
    assert neighbour.read_text() == "mine"


# -- failures keep the previous output --------------------------------------------------------

def failing_render(error: BaseException) -> Iterator[tuple[str, bytes]]:
    yield "index.html", b"<p>NEW home</p>\n"
    yield "posts/a/index.html", b"NEW post\n"
    raise error


@pytest.mark.parametrize("error", [RuntimeError("template exploded"),
                                   BuildError("bad layout", "layouts/post.html", 3),
                                   KeyboardInterrupt()])
def test_failure_mid_render_leaves_previous_output_byte_for_byte(
        dest: Path, previous: dict[str, bytes], error: BaseException) -> None:
    with pytest.raises(type(error)):
        write_site(dest, failing_render(error), ())
    assert snapshot(dest) == previous
    assert leftovers(dest.parent) == []


def test_os_error_mid_write_is_a_build_error_and_keeps_previous(
        dest: Path, previous: dict[str, bytes]) -> None:
    # "a" is written as a file, then "a/b.html" needs it to be a folder.
    with pytest.raises(BuildError, match="previous output was left"):
        write_site(dest, [("a", b"file"), ("a/b.html", b"x")], ())
    assert snapshot(dest) == previous
    assert leftovers(dest.parent) == []


def test_missing_static_file_keeps_previous(dest: Path, previous: dict[str, bytes],
                                            tmp_path: Path) -> None:
    gone = StaticFile(tmp_path / "nope.css", "css/main.css", PurePosixPath("static/css/main.css"))
    with pytest.raises(BuildError):
        write_site(dest, [("index.html", b"new")], [gone])
    assert snapshot(dest) == previous
    assert leftovers(dest.parent) == []


def test_destination_that_is_a_file_is_an_error(tmp_path: Path) -> None:
    dest = tmp_path / "public"
    dest.write_text("not a folder")
    with pytest.raises(BuildError, match="not a folder"):
        write_site(dest, [("index.html", b"x")], ())
    assert dest.read_text() == "not a folder"
    assert leftovers(tmp_path) == []


# -- recovery from a killed build -------------------------------------------------------------

def test_leftover_temp_folders_are_removed_by_the_next_write(dest: Path,
                                                             previous: dict[str, bytes]) -> None:
    stale = dest.parent / ".mentorblog-tmp-public-abc123"
    (stale / "posts").mkdir(parents=True)
    (stale / "posts" / "half.html").write_bytes(b"half")
    write_site(dest, [("index.html", b"new")], ())
    assert not stale.exists()
    assert leftovers(dest.parent) == []
    assert snapshot(dest) == {"index.html": b"new"}


def test_recover_restores_output_when_killed_mid_swap(dest: Path,
                                                      previous: dict[str, bytes]) -> None:
    # Killed between `dest -> old` and `tmp -> dest`: only the old folder and the temp remain.
    old = dest.parent / ".mentorblog-old-public-zz9"
    dest.rename(old)
    (dest.parent / ".mentorblog-tmp-public-zz8").mkdir()
    recover(dest)
    assert snapshot(dest) == previous
    assert leftovers(dest.parent) == []


def test_recover_removes_old_folder_when_destination_is_present(
        dest: Path, previous: dict[str, bytes]) -> None:
    old = dest.parent / ".mentorblog-old-public-zz9"
    old.mkdir()
    (old / "stale.html").write_bytes(b"stale")
    recover(dest)
    assert not old.exists()
    assert snapshot(dest) == previous


def test_recover_with_nothing_to_do(tmp_path: Path) -> None:
    recover(tmp_path / "missing" / "public")  # parent missing: no error
    recover(tmp_path / "public")
    assert list(tmp_path.iterdir()) == []


def test_recover_leaves_unrelated_folders(dest: Path, previous: dict[str, bytes]) -> None:
    mine = dest.parent / "public-backup"
    mine.mkdir()
    other_tool = dest.parent / ".mentorblog-cache"
    other_tool.mkdir()
    recover(dest)
    assert mine.exists() and other_tool.exists()


def test_recover_does_not_take_a_sibling_destinations_leftovers(tmp_path: Path) -> None:
    other = tmp_path / "public-2"
    write_site(other, [("index.html", b"other site")], ())
    other.rename(tmp_path / ".mentorblog-old-public-2-k1ll3d")  # killed mid-swap
    write_site(tmp_path / "public", [("index.html", b"this site")], ())
    recover(other)
    assert snapshot(other) == {"index.html": b"other site"}


# -- destination checks -------------------------------------------------------------------------

@pytest.fixture
def site(tmp_path: Path) -> Path:
    root = tmp_path / "blog"
    (root / "content" / "posts").mkdir(parents=True)
    (root / "static").mkdir()
    (root / "site.yaml").write_text("title: T\nbaseURL: https://e.org/\n")
    return root


def test_public_inside_the_site_is_fine(site: Path) -> None:
    assert check_destination(site / "public", site) == (site / "public").resolve()


def test_folder_beside_the_site_is_fine(site: Path) -> None:
    assert check_destination(site.parent / "out", site) == (site.parent / "out").resolve()


def test_relative_destination_is_resolved(site: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(site)
    assert check_destination(Path("public"), site) == (site / "public").resolve()


@pytest.mark.parametrize("where", [".", "..", "../.."])
def test_refuses_the_site_itself_or_a_parent(site: Path, where: str) -> None:
    with pytest.raises(BuildError, match="refusing"):
        check_destination(site / where, site)


@pytest.mark.parametrize("where", ["content", "content/posts", "static", "layouts/x"])
def test_refuses_input_folders(site: Path, where: str) -> None:
    with pytest.raises(BuildError, match="refusing"):
        check_destination(site / where, site)


def test_refuses_a_folder_holding_site_yaml(site: Path, tmp_path: Path) -> None:
    other = tmp_path / "other-site"
    other.mkdir()
    (other / "site.yaml").write_text("title: X\n")
    with pytest.raises(BuildError, match=r"site\.yaml"):
        check_destination(other, site)


def test_refuses_filesystem_root(site: Path) -> None:
    with pytest.raises(BuildError, match="refusing"):
        check_destination(Path("/"), site)


def test_refuses_home(site: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    with pytest.raises(BuildError, match="home"):
        check_destination(home, site)
    with pytest.raises(BuildError, match="home"):
        check_destination(Path("~"), site)


def test_refuses_a_symlink_to_the_site(site: Path, tmp_path: Path) -> None:
    link = tmp_path / "link"
    os.symlink(site, link)
    with pytest.raises(BuildError, match="refusing"):
        check_destination(link, site)


def test_refusal_writes_nothing(site: Path) -> None:
    before = sorted(p.relative_to(site).as_posix() for p in site.rglob("*"))
    with pytest.raises(BuildError):
        check_destination(site, site)
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*")) == before


# -- recycling the previous output and reusing its files ----------------------------------------

def test_staged_recycles_a_folder_and_keeps_what_the_new_output_shares(
        dest: Path, tmp_path: Path) -> None:
    write_site(dest, [("index.html", b"first"), ("posts/a/index.html", b"a"),
                      ("posts/gone/index.html", b"gone")], ())
    spare = tmp_path / "cache" / "previous-output"
    with staged(dest, spare) as tmp:
        assert list(tmp.iterdir()) == []  # nothing to recycle yet
        (tmp / "index.html").write_bytes(b"second")
        (tmp / "posts" / "a").mkdir(parents=True)
        os.link(dest / "posts" / "a" / "index.html", tmp / "posts" / "a" / "index.html")
    assert snapshot(dest) == {"index.html": b"second", "posts/a/index.html": b"a"}
    # The swapped-out output keeps the file the new one shares (the same inode); its
    # other files and folders go: the cache holds nothing the new site does not publish.
    assert snapshot(spare) == {"posts/a/index.html": b"a"}
    assert not (spare / "posts" / "gone").exists()
    with staged(dest, spare) as tmp:
        assert snapshot(tmp) == {"posts/a/index.html": b"a"}  # the output before last
        (tmp / "index.html").write_bytes(b"third")
    assert snapshot(dest) == {"index.html": b"third", "posts/a/index.html": b"a"}
    assert snapshot(spare) == {"posts/a/index.html": b"a"}  # still the very same file
    assert leftovers(dest.parent) == []


def test_a_failed_build_in_a_recycled_folder_leaves_the_output(dest: Path,
                                                               tmp_path: Path) -> None:
    write_site(dest, [("index.html", b"first")], ())
    spare = tmp_path / "spare"
    spare.mkdir()
    (spare / "old.html").write_bytes(b"old")
    with pytest.raises(RuntimeError), staged(dest, spare) as tmp:
        (tmp / "index.html").write_bytes(b"half")
        raise RuntimeError("a template failed")
    assert snapshot(dest) == {"index.html": b"first"}
    assert not spare.exists()  # it was the temporary folder, now removed
    assert leftovers(dest.parent) == []


def test_scan_sees_files_folders_and_links(tmp_path: Path) -> None:
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "b" / "f.html").write_bytes(b"12345")
    (tmp_path / "top.txt").write_bytes(b"x")
    (tmp_path / "link").symlink_to(tmp_path / "top.txt")
    tree = scan(tmp_path)
    assert set(tree.files) == {"a/b/f.html", "top.txt"}
    assert tree.files["a/b/f.html"] == file_state(tmp_path / "a" / "b" / "f.html")
    assert tree.files["a/b/f.html"][0] == 5
    assert tree.folders == {"a", "a/b"}
    assert tree.others == {"link"}
    assert parent_folders(["a/b/f.html", "top.txt"]) == {"a", "a/b"}


def test_prune_keeps_only_what_is_wanted(tmp_path: Path) -> None:
    for rel in ("keep/index.html", "drop/index.html", "keep/extra.html", "was-a-file/x"):
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_bytes(b"x")
    (tmp_path / "empty").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "keep")
    prune(tmp_path, scan(tmp_path), {"keep/index.html"}, {"keep", "new"})
    assert snapshot(tmp_path) == {"keep/index.html": b"x"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep"]


def test_link_or_copy_links_and_falls_back_to_a_copy(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    source = tmp_path / "a.html"
    source.write_bytes(b"page")
    assert link_or_copy(source, tmp_path / "new" / "folder" / "b.html")
    assert (tmp_path / "new" / "folder" / "b.html").stat().st_ino == source.stat().st_ino

    def no_links(src: object, dst: object) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_links)
    assert not link_or_copy(source, tmp_path / "c.html")
    assert (tmp_path / "c.html").read_bytes() == b"page"
    assert (tmp_path / "c.html").stat().st_ino != source.stat().st_ino


def test_create_file_makes_folders_and_returns_the_state_a_stat_sees(tmp_path: Path) -> None:
    state = create_file(tmp_path, "a/b/index.html", b"<p>one</p>")
    assert (tmp_path / "a" / "b" / "index.html").read_bytes() == b"<p>one</p>"
    assert state == file_state(tmp_path / "a" / "b" / "index.html")
    shutil.rmtree(tmp_path / "a")  # a folder this process made once, gone: made again
    state = create_file(tmp_path, "a/b/index.html", b"two")
    assert (tmp_path / "a/b/index.html").read_bytes() == b"two" and state[0] == 3
    create_file(tmp_path, "a/b/index.html", b"3")  # replaces, never appends
    assert (tmp_path / "a/b/index.html").read_bytes() == b"3"


def test_make_folders_makes_every_folder_of_the_files_parents_first(tmp_path: Path) -> None:
    (tmp_path / "posts").mkdir()  # there already: fine
    paths = ["index.xml", "posts/a/index.html", "tags/x/page/2/index.html", "posts/b/c.html"]
    make_folders(tmp_path, paths)
    made = {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")}
    assert made == parent_folders(paths)  # no file, no other folder
    assert all((tmp_path / folder).is_dir() for folder in made)
    make_folders(tmp_path, paths)  # again: nothing changes, nothing fails
    assert {p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*")} == made


def test_make_folders_leaves_a_folder_it_cannot_make_to_the_writer(tmp_path: Path) -> None:
    (tmp_path / "posts").write_bytes(b"a file where a folder should be")
    make_folders(tmp_path, ["posts/a/index.html", "tags/x/index.html"])
    assert (tmp_path / "posts").read_bytes() == b"a file where a folder should be"
    with pytest.raises(NotADirectoryError):  # the writer reports it, as it always did
        create_file(tmp_path, "posts/a/index.html", b"page")
    create_file(tmp_path, "tags/x/index.html", b"tag")  # its folder is made when it writes
    assert (tmp_path / "tags/x/index.html").read_bytes() == b"tag"


def test_a_file_written_in_parts_holds_them_all_and_a_failed_part_leaves_no_file(
        tmp_path: Path) -> None:
    parts = [b"[", *(b"x" * 70_000 for _ in range(5)), b"]"]  # more than one buffer
    state = create_file_from(tmp_path, "a/index.json", iter(parts))
    assert (tmp_path / "a" / "index.json").read_bytes() == b"".join(parts)
    assert state == file_state(tmp_path / "a" / "index.json") and state[0] == 350_002

    def failing() -> Iterator[bytes]:
        yield b"[" * 300_000
        raise BuildError("broken entry")

    with pytest.raises(BuildError, match="broken entry"):
        create_file_from(tmp_path, "a/index.json", failing())
    assert not (tmp_path / "a" / "index.json").exists()


# -- the marker: a build replaces only a folder a build wrote -----------------------------------

def test_every_output_holds_the_marker(dest: Path) -> None:
    write_site(dest, [("index.html", b"x")], ())
    assert (dest / MARKER).is_file()
    assert is_output(dest)


def test_refuses_a_foreign_folder_that_is_not_empty(site: Path, tmp_path: Path) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "taxes.pdf").write_bytes(b"precious")
    with pytest.raises(BuildError, match=rf"no mentorblog build wrote it .*{MARKER}.*empty "
                                         "folder, or delete"):
        check_destination(documents, site)
    assert (documents / "taxes.pdf").read_bytes() == b"precious"


def test_a_hidden_file_alone_makes_a_folder_foreign(site: Path, tmp_path: Path) -> None:
    repo = tmp_path / "pages-repo"
    (repo / ".git").mkdir(parents=True)
    with pytest.raises(BuildError, match="no mentorblog build wrote it"):
        check_destination(repo, site)


def test_an_empty_or_missing_folder_and_an_earlier_output_are_fine(site: Path,
                                                                   tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    assert check_destination(tmp_path / "empty", site) == (tmp_path / "empty").resolve()
    assert check_destination(tmp_path / "new" / "deep", site)
    write_site(tmp_path / "built", [("index.html", b"x")], ())
    assert check_destination(tmp_path / "built", site) == (tmp_path / "built").resolve()


def test_a_marker_that_is_a_link_or_a_folder_does_not_count(site: Path, tmp_path: Path) -> None:
    for name, make in (("link", lambda p: p.symlink_to(tmp_path / "elsewhere")),
                       ("folder", lambda p: p.mkdir())):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "keep.txt").write_text("mine")
        make(folder / MARKER)
        with pytest.raises(BuildError, match="no mentorblog build wrote it"):
            check_destination(folder, site)


def test_refuses_a_parent_of_home(site: Path, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """`HOME=/x/fakehome/user mentorblog build -d /x/fakehome` once moved the home folder
    into the build cache, and the next build deleted it."""
    home = tmp_path / "fakehome" / "user"
    home.mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    with pytest.raises(BuildError, match="contains your home folder"):
        check_destination(tmp_path / "fakehome", site)
    with pytest.raises(BuildError, match="contains your home folder"):
        check_destination(tmp_path, site)


def test_refuses_the_current_folder_and_its_parents(site: Path, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    write_site(tmp_path / "out" / "public", [("index.html", b"x")], ())
    monkeypatch.chdir(tmp_path / "out" / "public")  # an earlier output, the shell inside it
    with pytest.raises(BuildError, match="current folder"):
        check_destination(Path("."), site)
    with pytest.raises(BuildError, match="current folder"):
        check_destination(tmp_path / "out", site)


def test_refuses_the_build_cache(site: Path) -> None:
    cache = site / ".mentorblog-cache"
    with pytest.raises(BuildError, match="build cache"):
        check_destination(cache, site, cache)
    with pytest.raises(BuildError, match="build cache"):
        check_destination(cache / "out", site, cache)


def test_refuses_archetypes(site: Path) -> None:
    with pytest.raises(BuildError, match="archetypes/"):
        check_destination(site / "archetypes", site)


def test_the_swapped_out_output_is_not_kept_without_a_recycle_folder(dest: Path) -> None:
    write_site(dest, [("index.html", b"one")], ())
    write_site(dest, [("index.html", b"two")], ())
    assert sorted(p.name for p in dest.parent.iterdir()) == ["public"]


# -- the lock: one build at a time per output folder ---------------------------------------------

def test_a_held_lock_makes_the_second_taker_wait_then_stop(tmp_path: Path) -> None:
    lock = output_lock(tmp_path / "public")
    with locked([], [lock], "busy"), pytest.raises(BuildError, match="another build"), \
            locked([], [lock], "another build is writing public/", wait=0.3):
        pass
    with locked([tmp_path / "cache"], [], "busy"), pytest.raises(BuildError), \
            locked([tmp_path / "cache"], [], "busy", wait=0.2):
        pass
    with locked([tmp_path / "cache"], [lock], "busy"):  # released: free again
        assert lock.exists()


def test_a_lock_leaves_no_file_behind(tmp_path: Path) -> None:
    with locked([tmp_path / "cache"], [output_lock(tmp_path / "public")], "busy"):
        pass
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache"]
    assert list((tmp_path / "cache").iterdir()) == []


def test_a_waiting_taker_gets_the_lock_once_the_holder_removed_its_file(tmp_path: Path) -> None:
    """The holder removes the lock file when done; a build that opened the old file before
    that must not believe it holds the lock while a third one makes a new file."""
    import threading

    lock = output_lock(tmp_path / "public")
    taken: list[bool] = []
    ready = threading.Event()

    def second() -> None:
        ready.set()
        with locked([], [lock], "busy", wait=5):
            taken.append(lock.exists())

    with locked([], [lock], "busy"):
        thread = threading.Thread(target=second)
        thread.start()
        ready.wait()
        time.sleep(0.3)  # the second waits on the file this block holds
    thread.join(10)
    assert taken == [True]  # it holds a lock on the file that is there
    assert not lock.exists()


def test_a_spliced_file_is_the_old_one_with_its_edits_made(tmp_path: Path) -> None:
    old = tmp_path / "old.xml"
    old.write_bytes(b"0123456789" * 300_000)  # copied in several calls of the kernel's copy
    edits = [(5, 3, b"abc-longer"), (1_000_000, 0, b"new"), (2_999_990, 10, b"")]
    fd = os.open(old, os.O_RDONLY)
    try:
        state = create_file_spliced(tmp_path / "out", "feed.xml", fd, 3_000_000, edits)
    finally:
        os.close(fd)
    made = (tmp_path / "out" / "feed.xml").read_bytes()
    assert made == spliced_bytes(old.read_bytes(), edits)
    assert state[0] == len(made) == 3_000_000 + 7 + 3 - 10


def test_a_spliced_file_whose_old_one_was_cut_is_not_left_behind(tmp_path: Path) -> None:
    old = tmp_path / "old.xml"
    old.write_bytes(b"x" * 100)
    fd = os.open(old, os.O_RDONLY)
    try:
        with pytest.raises(OSError):
            create_file_spliced(tmp_path / "out", "feed.xml", fd, 1000, [])
    finally:
        os.close(fd)
    assert not (tmp_path / "out" / "feed.xml").exists()
