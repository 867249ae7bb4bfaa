"""produce.compile_layouts: every layout compiled before the render workers fork, so none of
them compiles one again; a broken layout no output uses fails nothing."""

from __future__ import annotations

from pathlib import Path

from mentorblog.produce import NO_HOOKS, compile_layouts


def _compiled(env: object) -> set[str]:
    return {name for _, name in env.cache}  # type: ignore[attr-defined]


def test_every_layout_of_site_and_theme_is_compiled(tmp_path: Path) -> None:
    layouts = tmp_path / "layouts"
    (layouts / "partials").mkdir(parents=True)
    (layouts / "post.html").write_text('{% extends "theme:post.html" %}\n', encoding="utf-8")
    (layouts / "partials" / "mine.html").write_text("<p>{{ 1 + 1 }}</p>\n", encoding="utf-8")
    (layouts / "broken.html").write_text("{% if %}\n", encoding="utf-8")
    (layouts / "latin1.html").write_bytes(b"caf\xe9\n")
    env = compile_layouts(tmp_path, NO_HOOKS)
    compiled = _compiled(env)
    theme = {n for n in env.list_templates() if ":" not in n} - {"broken.html", "latin1.html"}
    assert theme <= compiled
    assert {"post.html", "partials/mine.html", "partials/head.html", "base.html"} <= compiled
    assert "theme:post.html" in compiled  # what the site's post.html extends
    assert "broken.html" not in compiled and "latin1.html" not in compiled
    assert env.get_template("partials/mine.html").render() == "<p>2</p>\n"
