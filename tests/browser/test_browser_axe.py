"""axe-core finds no serious or critical accessibility violation, in light and dark schemes."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import pytest
from playwright.sync_api import Page

AXE_JS = Path(__file__).resolve().parents[1] / "tools/node_modules/axe-core/axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
RUN_AXE = """(tags) => axe.run(document, {resultTypes: ['violations'],
                                      runOnly: {type: 'tag', values: tags}})"""


def serious_violations(page: Page) -> list[str]:
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


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_serious_axe_violations(page: Page, site_paths: dict[str, str], page_type: str,
                                   scheme: Literal["light", "dark"]) -> None:
    page.emulate_media(color_scheme=scheme)
    page.goto(site_paths[page_type])
    bad = serious_violations(page)
    assert bad == [], f"{page_type} in {scheme} scheme ({page.url}):\n" + "\n".join(bad)


def test_axe_catches_violations(page: Page) -> None:
    page.set_content('<html><body><img src="x.png"><button></button>'
                     '<p style="color:#bbb;background:#fff">grey</p></body></html>')
    ids = {line.split(":")[0].split()[1] for line in serious_violations(page)}
    assert {"image-alt", "button-name", "color-contrast", "html-has-lang"} <= ids, ids
