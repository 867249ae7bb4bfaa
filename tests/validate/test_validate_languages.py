"""The multilingual fixture's default-theme golden output
(tests/sites/multilingual/expected-default-theme) is valid: its
html to the Nu checker (Farsi pages right to left included), each language's sitemap to the
sitemaps.org XSD with its hreflang links, the sitemap index, and every feed of every
language to the strict feed checks."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import etree
from test_validate_feeds import feed_problems, feeds
from test_validate_html import vnu_errors
from test_validate_sitemap import NS, SITEMAP_XSD, sitemap_problems


@dataclass(frozen=True)
class BuiltSite:
    """As tests/conftest.py's: the output folder and the address it is built for."""

    root: Path
    url: str

    def file_for(self, url: str) -> Path | None:
        if not url.startswith(self.url):
            return None
        path = self.root / unquote(urlsplit(url[len(self.url) :]).path)
        if path.is_dir():
            path = path / "index.html"
        return path if path.is_file() else None


EXPECTED = Path(__file__).resolve().parents[1] / "sites" / "multilingual" / "expected-default-theme"
SITE = BuiltSite(EXPECTED, "https://example.com/")
XHTML = "{http://www.w3.org/1999/xhtml}"
# Google's hreflang form of a sitemap: <xhtml:link rel="alternate" hreflang href/>. The
# sitemaps.org XSD checks foreign elements strictly, so the XHTML `link` element is declared
# here (its attributes as XHTML 1.0 has them), and the two schemas are read together.
XHTML_LINK_XSD = """<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           targetNamespace="http://www.w3.org/1999/xhtml" elementFormDefault="qualified">
  <xs:element name="link">
    <xs:complexType>
      <xs:attribute name="rel" type="xs:string" use="required" fixed="alternate"/>
      <xs:attribute name="hreflang" type="xs:language" use="required"/>
      <xs:attribute name="href" type="xs:anyURI" use="required"/>
    </xs:complexType>
  </xs:element>
</xs:schema>"""


def schema(tmp_path: Path) -> etree.XMLSchema:
    (tmp_path / "xhtml-link.xsd").write_text(XHTML_LINK_XSD)
    (tmp_path / "both.xsd").write_text(
        '<?xml version="1.0"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n'
        f'  <xs:import namespace="http://www.sitemaps.org/schemas/sitemap/0.9" '
        f'schemaLocation="{SITEMAP_XSD.as_uri()}"/>\n'
        '  <xs:import namespace="http://www.w3.org/1999/xhtml" '
        f'schemaLocation="{(tmp_path / "xhtml-link.xsd").as_uri()}"/>\n</xs:schema>\n'
    )
    return etree.XMLSchema(etree.parse(str(tmp_path / "both.xsd")))


def test_html_is_valid() -> None:
    errors = vnu_errors(EXPECTED)
    assert errors == [], f"{len(errors)} HTML errors:\n" + "\n".join(errors)


def test_each_language_sitemap_is_valid_with_its_alternates(tmp_path: Path) -> None:
    xsd = schema(tmp_path)
    for code in ("en", "fa", "ja"):
        data = (EXPECTED / code / "sitemap.xml").read_bytes()
        assert sitemap_problems(data, SITE, xsd) == [], code
        links = etree.fromstring(data).iter(XHTML + "link")
        hrefs = [link.get("href") or "" for link in links]
        assert hrefs, f"{code}: no hreflang alternates"
        assert [h for h in hrefs if SITE.file_for(h) is None] == [], code
        # as in each page's head: x-default, once per translated url, the default language's
        for url in etree.fromstring(data).iter(NS + "url"):
            langs = {link.get("hreflang"): link.get("href") for link in url.iter(XHTML + "link")}
            if langs:
                assert langs["x-default"] == langs["en"], (code, url.findtext(NS + "loc"))


def test_sitemap_checks_catch_a_bad_alternate(tmp_path: Path) -> None:
    bad = (EXPECTED / "fa" / "sitemap.xml").read_bytes().replace(b'hreflang="en"', b"", 1)
    assert not schema(tmp_path).validate(etree.fromstring(bad))


def test_sitemap_index_lists_every_language() -> None:
    doc = etree.parse(str(EXPECTED / "sitemap.xml")).getroot()
    assert doc.tag == NS + "sitemapindex"
    locs = [(loc.text or "") for loc in doc.iter(NS + "loc")]
    assert locs == [f"https://example.com/{code}/sitemap.xml" for code in ("en", "fa", "ja")]
    assert all(SITE.file_for(loc) for loc in locs)
    for entry in doc.iter(NS + "sitemap"):
        assert entry.find(NS + "lastmod") is not None


def test_every_feed_of_every_language_is_valid() -> None:
    paths = feeds(SITE)
    names = {p.relative_to(EXPECTED).as_posix() for p in paths}
    assert {"index.xml", "feed.xml", "fa/index.xml", "fa/feed.xml", "ja/index.xml"} <= names
    problems = [f"{p.relative_to(EXPECTED)}: {m}" for p in paths for m in feed_problems(p, SITE)]
    assert problems == [], "\n".join(problems)
