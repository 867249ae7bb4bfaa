"""sitemap.xml matches the sitemaps.org XSD and lists only real pages; robots.txt names it."""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from lxml import etree

SITEMAP_XSD = Path(__file__).resolve().parents[1] / "tools/node_modules/sitemap/schema/sitemap.xsd"
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"

Site = Any  # tests/conftest.py's BuiltSite: .root, .url, .file_for(url)


@pytest.fixture(scope="module")
def schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(SITEMAP_XSD))


def sitemap_problems(data: bytes, site: Site, schema: etree.XMLSchema) -> list[str]:
    doc = etree.fromstring(data)
    valid = schema.validate(doc)
    out = [] if valid else [f"XSD: {line}" for line in str(schema.error_log).splitlines()]
    locs = [(loc.text or "").strip() for loc in doc.iter(NS + "loc")]
    if not locs:
        out.append("no <loc> at all")
    for loc in locs:
        if not loc.startswith(site.url):
            out.append(f"<loc> is not an absolute URL under {site.url}: {loc!r}")
        elif site.file_for(loc) is None:
            out.append(f"<loc> points to no file in the output: {loc}")
    out += [f"<loc> listed more than once: {u}" for u in sorted(set(locs)) if locs.count(u) > 1]
    return out


@pytest.mark.parametrize("variant", ["example_site", "example_site_subpath"])
def test_sitemap_is_valid(variant: str, schema: etree.XMLSchema,
                          request: pytest.FixtureRequest) -> None:
    site = request.getfixturevalue(variant)
    sitemap = site.root / "sitemap.xml"
    assert sitemap.is_file(), "no sitemap.xml in the output"
    problems = sitemap_problems(sitemap.read_bytes(), site, schema)
    assert problems == [], "sitemap.xml:\n" + "\n".join(problems)


def test_sitemap_checks_catch_mistakes(schema: etree.XMLSchema) -> None:
    base = "http://127.0.0.1:1/"
    site = SimpleNamespace(url=base, file_for=lambda url: None if "gone" in url else Path("x"))
    data = (f'<urlset xmlns="{NS[1:-1]}"><url><lastmod>2024-01-01</lastmod></url>'
            f'<url><loc>/relative/</loc></url><url><loc>{base}gone/</loc></url>'
            f'<url><loc>{base}</loc></url><url><loc>{base}</loc></url></urlset>').encode()
    problems = sitemap_problems(data, site, schema)
    for expected in ("XSD", "not an absolute URL", "no file", "more than once"):
        assert any(expected in p for p in problems), (expected, problems)


@pytest.mark.parametrize("variant", ["example_site", "example_site_subpath"])
def test_robots_txt_names_the_sitemap(variant: str, request: pytest.FixtureRequest) -> None:
    site = request.getfixturevalue(variant)
    robots = site.root / "robots.txt"
    assert robots.is_file(), "no robots.txt in the output"
    urls = re.findall(r"(?im)^\s*sitemap:\s*(\S+)", robots.read_text(encoding="utf-8"))
    assert site.url + "sitemap.xml" in urls, \
        f"robots.txt names no Sitemap: {site.url}sitemap.xml; it has:\n{robots.read_text()}"
