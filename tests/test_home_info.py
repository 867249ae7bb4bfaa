"""The home page's text beside PaperMod's homeInfoParams."""

from __future__ import annotations

from pathlib import Path

from mentorblog.cli import main


def test_home_text_is_shown_after_home_info_params(tmp_path: Path) -> None:
    """A real PaperMod blog set homeInfoParams and wrote its introduction in
    content/_index.md: PaperMod shows both; the introduction was lost."""
    site = tmp_path / "site"
    (site / "content" / "posts").mkdir(parents=True)
    (site / "site.yaml").write_text(
        "title: T\nbaseURL: https://a.org/\n"
        "params:\n  homeInfoParams: {Title: Hello, Content: From the box.}\n",
        encoding="utf-8",
    )
    (site / "content" / "_index.md").write_text("Intro paragraph.\n", encoding="utf-8")
    (site / "content" / "posts" / "a.md").write_text(
        "---\ntitle: A\ndate: 2024-01-02\n---\nA\n", encoding="utf-8"
    )
    assert main(["build", "-s", str(site), "-d", str(tmp_path / "out"), "-q"]) == 0
    home = (tmp_path / "out" / "index.html").read_text(encoding="utf-8")
    box = home.index("From the box.")
    assert box < home.index("<p>Intro paragraph.</p>")
