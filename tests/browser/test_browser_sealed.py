"""A shared post in real Chromium: the right passphrase opens it with WebCrypto, a wrong one
is refused and says so, "remember on this device" keeps a derived key (never the
passphrase), and the form passes axe-core in both palettes at phone width."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from playwright.sync_api import Page, expect


@dataclass(frozen=True)
class BuiltSite:
    root: Path
    url: str


PASSPHRASE = "correct horse battery staple"
ANA = "a different long passphrase for Ana"
AXE_JS = Path(__file__).resolve().parents[1] / "tools/node_modules/axe-core/axe.min.js"
RUN_AXE = """() => axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag',
    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"""


@pytest.fixture(scope="module")
def sealed_site(tmp_path_factory: pytest.TempPathFactory, serve: Any) -> BuiltSite:
    source = tmp_path_factory.mktemp("sealed-source")
    (source / "content" / "posts").mkdir(parents=True)
    (source / "site.yaml").write_text(
        "title: Sealed\nbaseURL: https://example.org/\n"
        "readers:\n  ben: {name: Ben}\n  ana: {name: Ana}\n"
    )
    (source / "content" / "posts" / "open.md").write_text(
        "---\ntitle: An open post\ndate: 2024-01-01\n---\nAnyone may read this.\n"
    )
    (source / "content" / "posts" / "for-ben.md").write_text(
        "---\ntitle: What I did not say in the session\ndate: 2024-02-01\n"
        "description: A note for my mentor\ntags: [doubts]\nshared_with: [ben, ana]\n"
        "session: {minutes: 50, with: Ana, kind: career}\n---\n"
        "## The part I left out\n\nI was *afraid* to ask about the promotion.\n"
    )
    bundle = source / "content" / "posts" / "whiteboard"
    bundle.mkdir()
    (bundle / "index.md").write_text(
        "---\ntitle: The whiteboard\ndate: 2024-03-01\nshared_with: [ben]\n---\n"
        "What we drew:\n\n![The plan we drew](board.png)\n\n[The full size](board.png)\n"
    )
    Image.new("RGB", (120, 80), (30, 120, 200)).save(bundle / "board.png")
    root = tmp_path_factory.mktemp("sealed") / "public"
    root.mkdir()
    url = serve(root)
    env = {**os.environ, "MENTORBLOG_READER_BEN": PASSPHRASE, "MENTORBLOG_READER_ANA": ANA}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mentorblog",
            "build",
            "-q",
            "-s",
            str(source),
            "-d",
            str(root),
            "--base-url",
            url,
        ],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        stdin=subprocess.DEVNULL,
    )
    assert done.returncode == 0, done.stderr
    return BuiltSite(root, url)


def open_note(page: Page, site: BuiltSite) -> None:
    page.goto(site.url + "posts/for-ben/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Shared note")
    expect(page.get_by_text("I was afraid")).to_have_count(0)
    expect(page.get_by_role("list", name="Sessions logged in this post")).to_have_count(0)


def test_the_right_passphrase_opens_the_note(
    page: Page, watch: Any, sealed_site: BuiltSite
) -> None:
    open_note(page, sealed_site)
    page.get_by_label("Passphrase").fill(PASSPHRASE)
    page.get_by_role("button", name="Open").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "What I did not say in the session", timeout=20_000
    )
    expect(page.get_by_role("heading", level=2, name="The part I left out")).to_be_visible()
    expect(page.locator("em", has_text="afraid")).to_be_visible()
    expect(page.get_by_text("A note for my mentor")).to_be_visible()
    expect(page.get_by_role("list", name="Tags")).to_contain_text("doubts")
    # The session it logs, sealed with it: under the title, as on any post.
    expect(page.get_by_role("list", name="Sessions logged in this post")).to_have_text(
        "Session 50 min with Ana · career"
    )
    assert page.title() == "What I did not say in the session | Sealed"
    assert page.evaluate("localStorage.length") == 0  # not remembered unless asked
    assert watch.problems == []


def test_the_second_reader_opens_it_too(page: Page, sealed_site: BuiltSite) -> None:
    open_note(page, sealed_site)
    page.get_by_label("Passphrase").fill(ANA)
    page.get_by_role("button", name="Open").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "What I did not say in the session", timeout=20_000
    )


def test_a_wrong_passphrase_is_refused(page: Page, watch: Any, sealed_site: BuiltSite) -> None:
    open_note(page, sealed_site)
    page.get_by_label("Passphrase").fill("correct horse battery stapler")
    page.get_by_role("button", name="Open").click()
    expect(page.get_by_role("status")).to_have_text(
        "That passphrase does not open this note. Check it and try again.", timeout=20_000
    )
    expect(page.get_by_label("Passphrase")).to_have_attribute("aria-invalid", "true")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Shared note")
    expect(page.get_by_text("I was afraid")).to_have_count(0)
    assert watch.problems == []


def test_remember_keeps_a_key_not_the_passphrase(page: Page, sealed_site: BuiltSite) -> None:
    open_note(page, sealed_site)
    page.get_by_label("Passphrase").fill(PASSPHRASE)
    page.get_by_label("Remember on this device").check()
    page.get_by_role("button", name="Open").click()
    expect(page.locator("em", has_text="afraid")).to_be_visible(timeout=20_000)
    stored = page.evaluate("Object.entries(localStorage)")
    assert len(stored) == 1
    name, value = stored[0]
    assert name.startswith("mentorblog-reader-key:")
    assert PASSPHRASE not in value and PASSPHRASE not in name and len(value) == 44  # 32 bytes
    page.reload()  # opens at once with the remembered key
    expect(page.locator("em", has_text="afraid")).to_be_visible(timeout=20_000)
    page.evaluate("localStorage.clear()")
    page.reload()
    expect(page.get_by_label("Passphrase")).to_be_visible()


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_form_is_accessible(page: Page, sealed_site: BuiltSite, scheme: str) -> None:
    page.set_viewport_size({"width": 320, "height": 700})
    page.emulate_media(color_scheme=scheme)
    open_note(page, sealed_site)
    page.get_by_label("Passphrase").fill("wrong")
    page.get_by_role("button", name="Open").click()
    expect(page.get_by_role("status")).to_contain_text("does not open", timeout=20_000)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(RUN_AXE)
    bad = [
        f"{v['impact']} {v['id']}: {v['help']} {[n['target'] for n in v['nodes'][:3]]}"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == [], "\n".join(bad)


def test_bundle_images_are_decrypted_into_blob_urls(
    page: Page, watch: Any, sealed_site: BuiltSite
) -> None:
    assert not (sealed_site.root / "posts" / "whiteboard" / "board.png").exists()
    page.goto(sealed_site.url + "posts/whiteboard/")
    page.get_by_label("Passphrase").fill(PASSPHRASE)
    page.get_by_role("button", name="Open").click()
    image = page.get_by_role("img", name="The plan we drew")
    expect(image).to_be_visible(timeout=20_000)
    assert image.get_attribute("src").startswith("blob:")
    assert image.evaluate("i => i.complete && i.naturalWidth") == 120
    link = page.get_by_role("link", name="The full size")
    assert link.get_attribute("href") == image.get_attribute("src")
    assert not [u for u in watch.requested if u.endswith("board.png")]
    assert watch.problems == []
