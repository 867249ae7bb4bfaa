"""A parsed page is cached under a key that leaves out the site's full address, `env` and the
private-notes switch only when its text cannot read them (load.py `_varies`): such a page is
reused by a build for another address, any other is parsed again and shows the new one."""

from __future__ import annotations

from pathlib import Path

import pytest

from mentorblog.build import BuildOptions, build

BODIES = {
    "2024-01-01-liquid.md": "Our home: {{ site.url }}/about/\n",
    "2024-01-02-plain.md": "Nothing here depends on where the site lives.\n",
    "2024-01-03-braces.md": "A set in maths: {1, 2} and a {% raw %}tag{% endraw %}.\n",
    "2024-01-04-note.md": "Shown.\n\n::: private\nOnly for me.\n:::\n",
}


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "content" / "_posts").mkdir(parents=True)
    (tmp_path / "site.yaml").write_text("title: T\nbaseURL: https://first.test/\n")
    for name, body in BODIES.items():
        (tmp_path / "content" / "_posts" / name).write_text(
            f"---\nlayout: post\ntitle: {name}\n---\n{body}"
        )
    return tmp_path


def _build(site: Path, out: str, **options: object) -> tuple[int, str]:
    result = build(
        BuildOptions(source=site, destination=site / out, jobs=1, quick=False, **options)  # type: ignore[arg-type]
    )
    page = next((site / out).rglob("liquid.html")).read_text()
    return result.reused, page


def test_another_address_parses_again_only_the_pages_that_can_show_it(site: Path) -> None:
    reused, first = _build(site, "a")
    assert reused == 0 and "https://first.test/about/" in first
    reused, second = _build(site, "b", base_url="https://second.test/")
    assert "https://second.test/about/" in second
    assert reused == 1  # the plain post; not the Liquid one, the braces or the private note


def test_a_file_edited_to_read_the_address_is_parsed_again(site: Path) -> None:
    _build(site, "a")
    plain = site / "content" / "_posts" / "2024-01-02-plain.md"
    plain.write_text(plain.read_text() + "Find us at {{ site.url }}.\n")
    _build(site, "a")
    reused, _ = _build(site, "b", base_url="https://second.test/")
    assert reused == 0
    page = next((site / "b").rglob("plain.html")).read_text()
    assert "https://second.test" in page
