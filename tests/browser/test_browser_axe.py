"""axe-core finds no serious or critical accessibility violation, in light and dark schemes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from playwright.sync_api import Page

AXE_JS = Path(__file__).resolve().parents[1] / "tools/node_modules/axe-core/axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
RUN_AXE = """(tags) => axe.run(document, {resultTypes: ['violations'],
                                      runOnly: {type: 'tag', values: tags}})"""


def serious_violations(page: Page) -> list[str]:
    if not page.evaluate("typeof window.axe === 'object'"):
        page.add_script_tag(path=AXE_JS)
    result: dict[str, Any] = page.evaluate(RUN_AXE, AXE_TAGS)
    found = []
    for v in result["violations"]:
        if v["impact"] in ("serious", "critical"):
            nodes = v["nodes"]
            where = ", ".join(str(n["target"]) for n in nodes[:3]) + (" ..." * (len(nodes) > 3))
            summary = nodes[0].get("failureSummary", "").replace("\n", " ") if nodes else ""
            found.append(f"{v['impact']} {v['id']}: {v['help']} [{len(nodes)} nodes: {where}] "
                         f"{summary}")
    return found


def test_no_serious_axe_violations(page: Page, site_paths: dict[str, str], page_type: str) -> None:
    """Checked in the light scheme, then again after the system switches to dark."""
    page.emulate_media(color_scheme="light")
    page.goto(site_paths[page_type], wait_until="networkidle")  # search results drawn
    bad = []
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        bad += [f"{scheme}: {line}" for line in serious_violations(page)]
    assert bad == [], f"{page_type} ({page.url}):\n" + "\n".join(bad)


def test_no_serious_axe_violations_after_toggling(page: Page, site_paths: dict[str, str]) -> None:
    """The reader's own choice (the toggle) gives an accessible palette too, on a code post."""
    page.emulate_media(color_scheme="light")
    page.goto(site_paths["post-code"])
    page.locator("button.theme-toggle").click()
    assert page.evaluate("document.documentElement.dataset.theme") == "dark"
    bad = serious_violations(page)
    assert bad == [], f"toggled to dark ({page.url}):\n" + "\n".join(bad)


def test_axe_catches_violations(page: Page) -> None:
    page.set_content('<html><body><img src="x.png"><button></button>'
                     '<p style="color:#bbb;background:#fff">grey</p></body></html>')
    ids = {line.split(":")[0].split()[1] for line in serious_violations(page)}
    assert {"image-alt", "button-name", "color-contrast", "html-has-lang"} <= ids, ids
