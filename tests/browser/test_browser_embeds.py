"""Hugo's and PaperMod's embeds in Chromium: nothing loads from another host until the
reader presses the embed, the QR code is a real image, and the page fits a phone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import expect

POST = """---
title: Embeds
date: 2024-01-01
---
{{< x user="SanDiegoZoo" id="1453110110599868418" >}}

{{< instagram CxOWiQNP2MO >}}

{{< gist spf13 7896402 >}}

{{< youtube 0RKpf3rK57I >}}

{{< qr text="https://example.org/" alt="The site's address" />}}

{{< audio src="/talk.mp3" >}}
"""


def build_embeds(tmp_path: Path) -> Path:
    from mentorblog.build import BuildOptions, build
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbaseURL: https://example.org/\n")
    (site / "content" / "posts" / "embeds.md").write_text(POST)
    build(BuildOptions(source=site, destination=tmp_path / "out", use_cache=False))
    return tmp_path / "out"


def test_embeds_load_only_when_pressed(open_context: Any, watch: Any, serve: Any,
                                       tmp_path: Path) -> None:
    url = serve(build_embeds(tmp_path))
    context = open_context(base_url=url.rstrip("/"), viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(url + "posts/embeds/", wait_until="networkidle")
    assert [p for p in watch.problems if "talk.mp3" not in p] == [], \
        "nothing may load from another host before the reader asks"
    assert not any("talk.mp3" in u for u in watch.requested), "audio waits for play"
    expect(page.locator("figure.embed")).to_have_count(3)
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    qr_width = page.locator("img[alt=\"The site's address\"]").evaluate("e => e.naturalWidth")
    assert qr_width == 132
    # The plain link under the frame leads to the post itself.
    expect(page.locator("figure.embed-x figcaption a")).to_have_attribute(
        "href", "https://x.com/SanDiegoZoo/status/1453110110599868418")
    page.frame_locator("figure.embed-x iframe").get_by_role("link").click()
    page.wait_for_timeout(300)
    assert any(p.startswith("request to another host (blocked): https://platform.twitter.com/")
               for p in watch.problems), watch.problems
