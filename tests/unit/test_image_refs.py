"""markdown/image_refs.py: the images a body shows, with the lines that show them."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

from mentorblog.core.model import Config, ImageRef, Page
from mentorblog.markdown.renderer import Renderer, settings_for


def refs(body: str, base_url: str = "https://example.org/", **page: object) -> tuple[ImageRef, ...]:
    config = Config(root=Path("."), title="t", base_url=base_url)
    renderer = Renderer(settings_for(config))
    fields: dict[str, object] = {
        "source": PurePosixPath("content/posts/a.md"), "kind": "post", "section": "posts",
        "body_line": 5, "title": "a", "url": "/posts/a/", "output_path": "posts/a/index.html",
        "layout": "post", "body": body, **page}
    content = renderer.render(Page(**fields))  # type: ignore[arg-type]
    return content.images


def test_markdown_raw_html_and_shortcode_images_with_their_file_lines() -> None:
    body = (
        "Intro\n"  # file line 5
        "\n"
        "![A photo](photo.jpg \"title\")\n"  # 7
        "\n"
        "<div>\n"
        "<p>text</p>\n"
        '<img src="/images/raw.png" alt="">\n'  # 11
        "</div>\n"
        "\n"
        'Inline <img src="inline.jpg"> and ![](https://x.org/a.jpg) ![](data:image/png;,x)\n'
        "\n"
        '{{< figure src="fig.jpg" alt="Fig" >}}\n'  # 16
        "\n"
        "- a list\n"
        "- ![in a list](deep/list.png)\n"  # 19
    )
    assert refs(body) == (
        ImageRef("photo.jpg", 7, "A photo"),
        ImageRef("/images/raw.png", 11, "", markdown=False),
        ImageRef("inline.jpg", 14, None, markdown=False),
        ImageRef("https://x.org/a.jpg", 14, ""),  # for check's alt text; the stage skips it
        ImageRef("data:image/png;,x", 14, ""),
        ImageRef("fig.jpg", 16, "Fig", markdown=False),
        ImageRef("deep/list.png", 19, "in a list"),
    )


def test_empty_alt_in_markdown_and_the_base_path() -> None:
    found = refs("![](a.jpg)\n\n![x](/img/b.jpg)\n", base_url="https://example.org/blog/")
    assert found == (ImageRef("a.jpg", 5, ""), ImageRef("/blog/img/b.jpg", 7, "x"))


def test_code_is_not_an_image() -> None:
    assert refs("```html\n<img src=\"a.jpg\">\n```\n\n`<img src=\"b.jpg\">`\n") == ()


def test_media_subpath_applies() -> None:
    assert refs("![a](pic.png)\n", media_subpath="/assets/img/post") == (
        ImageRef("/assets/img/post/pic.png", 5, "a"),)
