"""Shared, private and unlisted posts: no plaintext of a shared or private post reaches any
output byte or the build cache, and an unlisted post is on its own page only. CI keeps the
cache in shared storage and the output is public, so every file of both is searched."""

from __future__ import annotations

import base64
import io
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from mentorblog.build import BuildOptions, build
from mentorblog.core import sealing

NOW = datetime(2026, 1, 1, tzinfo=UTC)
PASSPHRASE = "Needlepassphrase correct horse battery"
OTHER = "Needleanapassphrase for the second reader"
SITE = """title: Visibility leaks
baseURL: https://example.org/
ShowPostNavLinks: true
readers:
  ben: {name: Ben}
  ana: {name: Ana}
"""


def post(title: str, fields: str, body: str, minutes: int = 777) -> str:
    return (
        f"---\ntitle: {title}\ndate: 2024-03-15\n{fields}\n"
        f"session: {{minutes: {minutes}, with: Needlewith{title[6:]}, kind: Needlekind}}\n"
        f"---\n{body}\n"
    )


def make_site(root: Path) -> Path:
    posts = root / "content" / "posts"
    (posts / "shared-bundle").mkdir(parents=True)
    (root / "site.yaml").write_text(SITE)
    (root / "content" / "search.md").write_text("---\ntitle: Search\nlayout: search\n---\n")
    for i in range(4):
        (posts / f"visible-{i}.md").write_text(
            f"---\ntitle: Visible {i}\ndate: 2024-0{i + 1}-01\ntags: [common, v{i}]\n"
            "session: {minutes: 30, with: Sam, kind: call}\n---\n"
            f"Ordinary text {i} about common things.\n"
        )
    secret_fields = (
        "description: Needle{n}desc\ntags: [common, needle{n}tag]\n"
        "summary: Needle{n}summary\naliases: [/needle{n}alias/]\nmood: Needle{n}mood\n"
    )
    (posts / "shared.md").write_text(
        post(
            "NeedleSHtitle",
            "shared_with: [ben, ana]\n" + secret_fields.format(n="sh"),
            "Needleshbody words of the note.\n\n![a photo](/posts/shared-bundle/needleshphoto.png)",
        )
    )
    (posts / "shared-bundle" / "index.md").write_text(
        post(
            "NeedleSBtitle",
            "shared_with: [ben]\n" + secret_fields.format(n="sb"),
            "Needlesbbody with a file: [notes](needlesbfile.txt)",
        )
    )
    (posts / "shared-bundle" / "needlesbfile.txt").write_text("Needlesbfilecontents")
    info = PngInfo()
    info.add_text("Comment", "Needlesbmeta where this was taken")
    Image.new("RGB", (40, 30), (200, 90, 40)).save(
        posts / "shared-bundle" / "photo.png", pnginfo=info
    )
    (posts / "titled.md").write_text(
        post(
            "Openly titled shared note",
            "shared_with: [ben]\nshared_title: true\n" + secret_fields.format(n="st"),
            "Needlestbody",
        )
    )
    # A page outside the posts, and a post with a site layout that knows nothing of sealing.
    (root / "content" / "letter.md").write_text(
        post("NeedleLEtitle", "shared_with: [ben]\n" + secret_fields.format(n="le"), "Needlelebody")
    )
    (root / "layouts").mkdir()
    (root / "layouts" / "plain.html").write_text(
        "<!DOCTYPE html><title>{{ page.title }}</title>{{ page.content }}{{ page.summary }}"
        "{{ page.description }}{{ page.tags }}{{ page.summary_text }}{{ page.params }}"
    )
    (posts / "plain.md").write_text(
        post(
            "NeedlePLtitle",
            "layout: plain\nshared_with: [ben]\n" + secret_fields.format(n="pl"),
            "Needleplbody",
        )
    )
    (posts / "private.md").write_text(
        post(
            "NeedlePRtitle", "visibility: private\n" + secret_fields.format(n="pr"), "Needleprbody"
        )
    )
    (posts / "unlisted.md").write_text(
        post(
            "NeedleUNtitle",
            "visibility: unlisted\ntags: [common, needleuntag]\ndescription: Needleundesc",
            "Needleunbody",
        )
    )
    return root


SECRET = (
    [
        f"needle{n}{part}"
        for n in ("sh", "sb", "st", "pr", "le", "pl")
        for part in ("title", "desc", "tag", "summary", "body", "with", "mood")
    ]
    + [
        # Each post's `session: {with: Needlewith<its title>}`: who a shared or private post
        # met is as secret as what it says.
        f"needlewith{n}title"
        for n in ("sh", "sb", "st", "pr", "le", "pl")
    ]
    + [
        "needlesbfile",
        "needleprtitle",
        "needleshphoto",
        "needlepralias",
        "needlepassphrase",
        "needleanapassphrase",
        "/posts/private/",
    ]
)
UNLISTED = [
    "needleuntitle",
    "needleuntag",
    "needleundesc",
    "needleunbody",
    "/posts/unlisted/",
    "needlewithuntitle",
]


def scan(folder: Path, words: list[str]) -> list[str]:
    """Every file under `folder` holding one of `words`, in any case."""
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes().lower()
            found += [f"{path.relative_to(folder)}: {w}" for w in words if w.encode() in data]
    return found


@pytest.fixture
def built(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.setenv("MENTORBLOG_READER_BEN", PASSPHRASE)
    secret_file = tmp_path / "ana-passphrase"
    secret_file.write_text(OTHER + "\n")
    monkeypatch.setenv("MENTORBLOG_READER_ANA_FILE", str(secret_file))
    site = make_site(tmp_path / "site")
    out = tmp_path / "out"
    build(BuildOptions(source=site, destination=out, jobs=1), now=NOW)
    # Warm, and in worker processes: neither may store what the cold build kept out.
    (site / "content" / "posts" / "visible-0.md").write_text(
        "---\ntitle: Visible 0 again\ndate: 2024-01-01\n---\nEdited.\n"
    )
    build(BuildOptions(source=site, destination=out, jobs=2), now=NOW)
    return site, out


def test_no_plaintext_of_shared_or_private_posts_anywhere(built: tuple[Path, Path]) -> None:
    site, out = built
    assert scan(out, SECRET) == []
    assert scan(site / ".mentorblog-cache", SECRET) == []


def test_the_search_reaches_what_is_published(built: tuple[Path, Path]) -> None:
    """The scan is not blind: public text is found in the output and in the cache packs."""
    site, out = built
    assert scan(out, ["ordinary text 1"]) and scan(site / ".mentorblog-cache", ["ordinary text 1"])
    assert scan(out, ["needleunbody"]) == ["posts/unlisted/index.html: needleunbody"]


def test_unlisted_posts_are_on_their_own_page_only(built: tuple[Path, Path]) -> None:
    _, out = built
    page = (out / "posts" / "unlisted" / "index.html").read_text()
    assert '<meta name="robots" content="noindex">' in page
    found = [hit for hit in scan(out, UNLISTED) if not hit.startswith("posts/unlisted/index.html")]
    assert found == []


def test_shared_posts_open_for_their_readers_only(built: tuple[Path, Path]) -> None:
    _, out = built
    html = (out / "posts" / "shared" / "index.html").read_text()
    assert '<meta name="robots" content="noindex">' in html
    found = re.search(r'<script type="application/json" id="sealed-payload">(.*?)</script>', html)
    assert found is not None
    for phrase in (PASSPHRASE, OTHER):
        document = sealing.open_sealed(found.group(1), phrase, "/posts/shared/")
        assert document is not None
        assert document["title"] == "NeedleSHtitle"
        assert document["tags"] == ["common", "needleshtag"]
        assert "Needleshbody" in str(document["html"])
        # Its session travels sealed too, drawn as any post's session line, for its readers.
        sessions = str(document["sessions"])
        assert "NeedlewithSHtitle" in sessions and "Needlekind" in sessions
        assert sessions.startswith('<ul class="sessions"') and "777" in sessions
    assert sealing.open_sealed(found.group(1), "not the passphrase", "/posts/shared/") is None
    bundle = (out / "posts" / "shared-bundle" / "index.html").read_text()
    payload = re.search(r'id="sealed-payload">(.*?)</script>', bundle)
    assert payload is not None
    assert sealing.open_sealed(payload.group(1), OTHER, "/posts/shared-bundle/") is None  # Ben's
    # The bundle's files travel inside the sealed page, images without their metadata.
    assert sorted(p.name for p in (out / "posts" / "shared-bundle").iterdir()) == ["index.html"]
    document = sealing.open_sealed(payload.group(1), PASSPHRASE, "/posts/shared-bundle/")
    assert document is not None
    files = document["files"]
    assert isinstance(files, dict) and sorted(files) == ["needlesbfile.txt", "photo.png"]
    photo = base64.b64decode(files["photo.png"]["data"])
    assert photo.startswith(b"\x89PNG") and b"Needlesbmeta" not in photo
    assert Image.open(io.BytesIO(photo)).size == (40, 30)
    assert files["photo.png"]["type"] == "image/png"


def test_the_journal_counts_public_sessions_only(built: tuple[Path, Path]) -> None:
    _, out = built
    journal = (out / "journal" / "index.html").read_text()
    # Three public sessions of 30 minutes (the warm build took visible-0's away).
    assert "<strong>3 sessions</strong> logged, <strong>90 minutes" in journal
    assert "777" not in journal and "Needlekind" not in journal
    for log in ("sessions.csv", "sessions.json"):
        text = (out / "journal" / log).read_text()
        assert "777" not in text and "Needlekind" not in text and "Needlewith" not in text, log
        assert "Sam" in text, log  # the public sessions are there


def test_a_shared_title_shows_in_lists_with_a_lock(built: tuple[Path, Path]) -> None:
    _, out = built
    home = (out / "index.html").read_text()
    assert "Openly titled shared note" in home and "Shared: </span>" in home
    for feed in ("index.xml", "feed.xml", "feed.json", "sitemap.xml", "llms.txt"):
        assert "Openly titled" not in (out / feed).read_text(), feed
