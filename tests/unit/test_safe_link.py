"""views.safe_link: links written in the settings (social icons, profile buttons)."""

from __future__ import annotations

import pytest

from mentorblog.render.views import safe_link


@pytest.mark.parametrize(
    ("url", "base", "home", "href"),
    [
        ("https://github.com/me", "/", "", "https://github.com/me"),
        ("javascript:alert(1)", "/", "", "#"),
        ("/about/", "/blog/", "/fr", "/blog/about/"),
        ("index.xml", "/", "", "/index.xml"),
        # a real multilingual PaperMod blog: `url: index.xml` on each language's home is that
        # language's feed, as the browser reads the relative link there
        ("index.xml", "/", "/fr", "/fr/index.xml"),
        ("index.xml", "/blog/", "/pt-br", "/blog/pt-br/index.xml"),
        ("#top", "/", "/fr", "#top"),
        ("/about/#team", "/blog/", "", "/blog/about/#team"),
        ("search/?q=a b", "/", "/fr", "/fr/search/?q=a%20b"),
        ("/a b/", "/", "", "/a%20b/"),
        ("", "/blog/", "/fr", "/blog/"),  # an empty link led home, and still does
    ],
)
def test_links_from_the_settings(url: str, base: str, home: str, href: str) -> None:
    assert safe_link(url, base, home) == href
