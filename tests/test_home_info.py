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


def test_an_index_file_at_the_top_of_content_is_the_home_pages_text(tmp_path: Path) -> None:
    """Jekyll publishes `index.md` (minima's `layout: home`) at / and Hugo shows a top
    `content/index.md` as the home page; a site built as it was got a page at /index/ and a
    home without its introduction. With an `_index.md` beside it, `index.md` stays a page."""
    site = tmp_path / "site"
    (site / "content" / "_posts").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbaseURL: https://a.org/\n", encoding="utf-8")
    (site / "content" / "index.md").write_text(
        "---\nlayout: home\n---\nWelcome to my journal.\n", encoding="utf-8"
    )
    (site / "content" / "_posts" / "2024-01-02-a.md").write_text(
        "---\nlayout: post\ntitle: A\ntags:\n---\nA\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert main(["build", "-s", str(site), "-d", str(out), "-q"]) == 0
    home = (out / "index.html").read_text(encoding="utf-8")
    assert home.index("<p>Welcome to my journal.</p>") < home.index('href="/2024/01/02/a.html"')
    assert not (out / "index").exists()

    (site / "content" / "_index.md").write_text("Intro.\n", encoding="utf-8")
    assert main(["build", "-s", str(site), "-d", str(out), "-q"]) == 0
    assert "<p>Intro.</p>" in (out / "index.html").read_text(encoding="utf-8")
    assert "Welcome to my journal." in (out / "index" / "index.html").read_text("utf-8")


def test_an_index_file_with_its_own_address_stays_a_page(tmp_path: Path) -> None:
    """Found in review: `content/index.html` with `permalink: /blog/` is a page at /blog/
    in Jekyll; and each language's home takes its own `index` file (`index.md` beside
    `_index.fr.md` is the English home's text)."""
    site = tmp_path / "site"
    (site / "content" / "_posts").mkdir(parents=True)
    (site / "site.yaml").write_text("title: T\nbaseURL: https://a.org/\n", encoding="utf-8")
    (site / "content" / "index.html").write_text(
        "---\nlayout: page\ntitle: Blog\npermalink: /blog/\n---\n<p>My blog intro</p>\n",
        encoding="utf-8",
    )
    (site / "content" / "_posts" / "2024-01-02-a.md").write_text(
        "---\nlayout: post\ntitle: A\n---\nA\n", encoding="utf-8"
    )
    out = tmp_path / "out"
    assert main(["build", "-s", str(site), "-d", str(out), "-q"]) == 0
    assert "My blog intro" in (out / "blog" / "index.html").read_text(encoding="utf-8")
    assert "My blog intro" not in (out / "index.html").read_text(encoding="utf-8")

    multi = tmp_path / "multi"
    (multi / "content" / "posts").mkdir(parents=True)
    (multi / "site.yaml").write_text(
        "title: T\nbaseURL: https://a.org/\nlanguages:\n  en: {weight: 1}\n  fr: {weight: 2}\n",
        encoding="utf-8",
    )
    (multi / "content" / "index.md").write_text("Hello in English.\n", encoding="utf-8")
    (multi / "content" / "_index.fr.md").write_text("Bonjour.\n", encoding="utf-8")
    for name in ("a.md", "a.fr.md"):
        (multi / "content" / "posts" / name).write_text(
            "---\ntitle: A\ndate: 2024-01-02\n---\nA\n", encoding="utf-8"
        )
    out = tmp_path / "out-multi"
    assert main(["build", "-s", str(multi), "-d", str(out), "-q"]) == 0
    assert "Hello in English." in (out / "index.html").read_text(encoding="utf-8")
    assert "Bonjour." in (out / "fr" / "index.html").read_text(encoding="utf-8")
    assert not (out / "index").exists()
