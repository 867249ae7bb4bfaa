"""Hugo's built-in shortcodes and site shortcodes, rendered through markdown.Renderer."""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from mentorblog.core.errors import BuildError
from mentorblog.core.model import Content, Page
from mentorblog.markdown.codeblocks import hugo_code_options, line_set
from mentorblog.markdown.renderer import MarkdownSettings, Renderer
from mentorblog.markdown.shortcodes import (
    ShortcodeSettings,
    read_templates,
    uses_inner,
)

SETTINGS = ShortcodeSettings(base_url="https://example.com/blog/", base_path="/blog/",
                             site_title="Journal", site_params={"version": "2.1",
                                                                "social": {"fediverse": "@a"}})
RENDERER = Renderer(MarkdownSettings(base_path="/blog/", shortcodes=SETTINGS))


def page(body: str, **kw: Any) -> Page:
    return Page(source=PurePosixPath("content/posts/a.md"), kind="post", section="posts",
                body_line=5, title="A post", url="/posts/a/", output_path="posts/a/index.html",
                layout="post", body=body, **kw)


def render(body: str, renderer: Renderer = RENDERER, **kw: Any) -> Content:
    return renderer.render(page(body, **kw))


def with_templates(*templates: tuple[str, str]) -> Renderer:
    settings = ShortcodeSettings(base_url="https://example.com/", site_title="Journal",
                                 site_params={"mentor": "Ada"}, templates=templates)
    return Renderer(MarkdownSettings(shortcodes=settings))


# -- figure ---------------------------------------------------------------------------------------

def test_figure_as_hugo_writes_it() -> None:
    html = render('{{< figure src="/img/a.png" alt="Board" link="/img/a.png" target="_blank" '
                  'rel="noopener" title="T" caption="A *b*" attr="Ada" attrlink="https://x.org" '
                  'class="wide" width=640 height="480" loading="lazy" >}}').html
    assert html == (
        '<figure class="wide"><a href="/blog/img/a.png" target="_blank" rel="noopener">'
        '<img src="/blog/img/a.png" alt="Board" width="640" height="480" loading="lazy"></a>'
        '<figcaption><p class="figure-title"><strong>T</strong></p>'
        '<p>A <em>b</em> <a href="https://x.org">Ada</a></p></figcaption></figure>\n')


def test_figure_alt_falls_back_to_the_caption_text() -> None:
    html = render('{{< figure src="a.png" caption="Goals for *May*" >}}').html
    assert '<img src="a.png" alt="Goals for May">' in html
    assert "<p>Goals for <em>May</em></p>" in html


def test_figure_without_any_description_warns() -> None:
    content = render('Text.\n\n{{< figure src="a.png" >}}\n')
    assert '<img src="a.png" alt="">' in content.html
    assert [str(n) for n in content.notices] == [
        "content/posts/a.md:7: figure has no alt, caption or title: readers of screen readers "
        "get no description"]


def test_figure_inside_a_paragraph_stays_inline() -> None:
    html = render('see {{< figure src="a.png" alt="x" >}} here').html
    assert html.startswith("<p>see <figure>") and html.endswith("</figure> here</p>\n")


# -- videos ---------------------------------------------------------------------------------------

def test_youtube_loads_nothing_until_play() -> None:
    html = render("{{< youtube id=dQw4w9WgXcQ start=30 title=\"A talk\" >}}").html
    assert html.startswith('<div style="position:relative;padding-bottom:56.25%;height:0;'
                           'overflow:hidden"><iframe ')
    assert 'src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&amp;start=30"' \
        in html
    assert 'title="A talk"' in html and 'loading="lazy"' in html
    srcdoc = html.split('srcdoc="', 1)[1].split('"', 1)[0]
    assert "&lt;a href=&quot;https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" in srcdoc
    assert "youtube.com/" not in html.replace("youtube-nocookie.com/", "")
    assert "<img" not in srcdoc and "&lt;img" not in srcdoc  # no thumbnail from Google


def test_youtube_class_replaces_the_inline_box() -> None:
    html = render('{{< youtube 0RKpf3rK57I class="video" >}}').html
    assert html.startswith('<div class="video"><iframe') and "style=" not in html


def test_vimeo_with_do_not_track_and_default_title() -> None:
    html = render("{{< vimeo 19899678 >}}").html
    assert 'src="https://player.vimeo.com/video/19899678?dnt=1&amp;autoplay=1"' in html
    assert 'title="Vimeo video"' in html


def test_video_without_id_is_an_error() -> None:
    with pytest.raises(BuildError, match="the youtube shortcode needs a video id") as err:
        render("x\n\n{{< youtube >}}")
    assert err.value.line == 7


# -- highlight and details ------------------------------------------------------------------------

def test_highlight_looks_like_a_fence() -> None:
    fenced = render("```python\nx = 1\n```\n").html
    assert render("{{< highlight python >}}\nx = 1\n{{< /highlight >}}").html == fenced
    assert render("{{< highlight Python >}}x = 1{{< /highlight >}}").html == fenced


def test_highlight_options() -> None:
    html = render('{{< highlight text "linenos=table,hl_lines=2,linenostart=9" >}}\n'
                  "a\nb\n{{< /highlight >}}").html
    assert html == ('<div class="highlight"><pre tabindex="0"><code class="language-text" '
                    'data-lang="text"><span class="ln"> 9 </span>a\n'
                    '<span class="hll"><span class="ln">10 </span>b\n</span>'
                    "</code></pre></div>\n")
    assert hugo_code_options("linenos=false,hl_lines=1 3-4").line_numbers is False
    assert line_set("1 3-4, x 7") == (1, 3, 4, 7)


def test_line_numbers_are_not_words() -> None:
    content = render('{{< highlight text "linenos=inline" >}}\none two\n{{< /highlight >}}')
    assert content.word_count == 2 and content.text == "one two"


def test_details_with_markdown_inside() -> None:
    html = render('{{< details summary="The *plan*" open=true class="c" >}}\n'
                  "- one\n- **two**\n{{< /details >}}").html
    assert html == ('<details class="c" open>\n<summary>The <em>plan</em></summary>\n'
                    "<ul>\n<li>one</li>\n<li><strong>two</strong></li>\n</ul>\n</details>\n")
    assert "<summary>Details</summary>" in render("{{< details >}}x{{< /details >}}").html


def test_loveits_admonition_is_a_box_with_its_title() -> None:
    """LoveIt's (and FixIt's, DoIt's) `admonition`: a real blog's seven series boxes lost
    their titles, shown as text with a warning."""
    content = render('{{< admonition abstract "SERIES: *Building* a backend" true >}}\n'
                     "- Part 1\n{{< /admonition >}}")
    assert content.html == (
        '<details class="admonition abstract" open>\n<summary>SERIES: <em>Building</em> a '
        "backend</summary>\n<ul>\n<li>Part 1</li>\n</ul>\n</details>\n")
    assert not content.notices
    named = render('{{< admonition type=warning title="Careful" open=false >}}x'
                   "{{< /admonition >}}").html
    assert named.startswith('<details class="admonition warning">\n<summary>Careful</summary>')
    plain = render("{{< admonition >}}x{{< /admonition >}}").html
    assert plain.startswith('<details class="admonition note" open>\n<summary>Note</summary>')
    odd = render('{{< admonition "<b>" >}}x{{< /admonition >}}').html
    assert odd.startswith('<details class="admonition note" open>')  # no markup in a class


# -- param ----------------------------------------------------------------------------------------

def test_param_page_then_site_then_nested() -> None:
    content = render("{{< param color >}} {{< param version >}} {{< param social.fediverse >}}"
                     " {{< param title >}}", params={"Color": "teal"})
    assert content.html == "<p>teal 2.1 @a A post</p>\n"


def test_param_forms() -> None:
    assert render('{{% param "note" %}}', params={"note": "*hi*"}).html == \
        "<p><em>hi</em></p>\n"
    assert render("{{< param note >}}", params={"note": "<b>"}).html == "<p>&lt;b&gt;</p>\n"
    assert render("{{< param on />}}", params={"on": True}).html == "<p>true</p>\n"


def test_missing_param_is_an_error_at_its_line() -> None:
    with pytest.raises(BuildError, match="param 'nope' is set neither") as err:
        render("a\nb {{< param nope >}}")
    assert (str(err.value.file), err.value.line) == ("content/posts/a.md", 6)


# -- site shortcodes ------------------------------------------------------------------------------

def test_site_shortcode_gets_arguments_page_and_site() -> None:
    renderer = with_templates(("badge", '<span title="{{ page.title }} '
                                        '{{ site.param("mentor") }}">{{ positional[0] }}:'
                                        '{{ named.n }}{{ get("n") }}</span>'))
    assert render('Got {{< badge "notes" n=3 >}}.', renderer).html == \
        '<p>Got <span title="A post Ada">notes:33</span>.</p>\n'


def test_paired_site_shortcode_inner_content() -> None:
    renderer = with_templates(("note", "<aside>{{ inner }}</aside>\n"))
    assert render("{{% note %}}\n*md*\n{{% /note %}}", renderer).html == \
        "<aside><p><em>md</em></p>\n</aside>\n"
    assert render("{{< note >}}*raw*{{< /note >}}", renderer).html == "<aside>*raw*</aside>\n"
    assert render("{{< note />}}", renderer).html == "<aside></aside>\n"


def test_site_shortcode_replaces_a_built_in_and_counts_uses() -> None:
    renderer = with_templates(("figure", "<i>{{ ordinal }}</i>"))
    assert render("{{< figure >}} {{< figure >}}", renderer).html == \
        "<p><i>0</i> <i>1</i></p>\n"


def test_site_shortcode_errors_name_the_template_line() -> None:
    renderer = with_templates(("bad", "ok\n{{ page.nope }}"), ("syntax", "{% if %}"))
    with pytest.raises(BuildError) as err:
        render("{{< bad >}}", renderer)
    assert (str(err.value.file), err.value.line) == ("layouts/shortcodes/bad.html", 2)
    assert "used at content/posts/a.md:5" in err.value.message
    with pytest.raises(BuildError, match="shortcode template syntax error") as err:
        render("{{< syntax >}}", renderer)
    assert str(err.value.file) == "layouts/shortcodes/syntax.html"


def test_only_templates_reading_inner_take_content() -> None:
    assert uses_inner("<aside>{{ inner }}</aside>")
    assert uses_inner("{% if inner %}{{ inner | markdownify }}{% endif %}")
    assert not uses_inner('<div class="inner">{{ get(0) }}</div>')
    assert not uses_inner("{% if %}")
    renderer = with_templates(("box", '<div class="inner">{{ get(0) }}</div>'))
    assert render("{{< box 1 >}}x{{< box 2 >}}", renderer).html == \
        '<p><div class="inner">1</div>x<div class="inner">2</div></p>\n'


def test_read_templates(tmp_path: Path) -> None:
    assert read_templates(tmp_path) == ()
    folder = tmp_path / "layouts" / "shortcodes"
    (folder / "media").mkdir(parents=True)
    (folder / "note.html").write_text("<aside>{{ inner }}</aside>")
    (folder / "media" / "audio.html").write_text("<audio></audio>")
    (folder / "readme.txt").write_text("not a template")
    assert read_templates(tmp_path) == (("media/audio", "<audio></audio>"),
                                        ("note", "<aside>{{ inner }}</aside>"))


# -- PaperMod's shortcodes, Hugo's embeds and qr -----------------------------------------------

def test_papermod_rawhtml_collapse_and_direction() -> None:
    assert render("{{< rawhtml >}}\n<b>bold</b>\n{{< /rawhtml >}}").html == "<b>bold</b>\n"
    no_raw = Renderer(MarkdownSettings(raw_html=False, shortcodes=ShortcodeSettings(
        raw_html=False)))
    assert render("{{< rawhtml >}}<b>x</b>{{< /rawhtml >}}", no_raw).html == \
        "<p>&lt;b&gt;x&lt;/b&gt;</p>\n"
    html = render('{{< collapse summary="*Open* me" openByDefault=true >}}\n**in**\n'
                  "{{< /collapse >}}").html
    assert html == ("<details open>\n<summary><em>Open</em> me</summary>\n"
                    "<p><strong>in</strong></p>\n</details>\n")
    assert render("{{< rtl >}}\n<i>x</i> *y*\n{{< /rtl >}}").html == \
        '<div dir="rtl">\n<i>x</i> *y*\n</div>\n'
    assert render("{{< rtl >}}<i>x</i>{{< /rtl >}}", no_raw).html == \
        '<div dir="rtl">\n&lt;i&gt;x&lt;/i&gt;\n</div>\n'
    assert render("{{< ltr md=true >}}\n*y*\n{{< /ltr >}}").html == \
        '<div dir="ltr">\n<p><em>y</em></p>\n</div>\n'
    assert render("{{< rtl true >}}*y*{{< /rtl >}}").html == \
        '<div dir="rtl">\n<p><em>y</em></p>\n</div>\n'
    assert render("a{{< comment >}}\nnot *published*\n{{< /comment >}}b").html == "<p>ab</p>\n"


def test_papermod_media_and_in_text_image() -> None:
    html = render('{{< audio src="/media/talk.mp3" >}}').html
    assert html == ('<audio src="/blog/media/talk.mp3" controls preload="none">'
                    '<a href="/blog/media/talk.mp3">Download the audio</a></audio>\n')
    assert render('{{< video src="https://v.example/a.mp4" >}}').html.startswith(
        '<video src="https://v.example/a.mp4" controls preload="none">')
    content = render('Press {{< inTextImg url="/i/key.svg" alt="the key" >}} now.')
    assert content.html == ('<p>Press <img class="in-text" height="15" src="/blog/i/key.svg" '
                            'alt="the key"> now.</p>\n')
    assert [n.message for n in render('{{< inTextImg url="/k.svg" >}}').notices] == [
        "inTextImg has no alt: readers of screen readers get no description"]
    with pytest.raises(BuildError, match="the audio shortcode needs a `src`"):
        render("{{< audio >}}")


def test_figure_align_center_is_papermods_class() -> None:
    assert render('{{< figure src="/a.png" alt="A" align="center" >}}').html.startswith(
        '<figure class="align-center"><img src="/blog/a.png" alt="A">')


def test_embeds_load_nothing_before_a_click_and_link_to_the_original() -> None:
    for code in ('{{< x user="SanDiegoZoo" id="1453110110599868418" >}}',
                 '{{< tweet user="SanDiegoZoo" id="1453110110599868418" >}}',
                 "{{< twitter SanDiegoZoo 1453110110599868418 >}}"):
        html = render(code).html
        assert html.startswith('<figure class="embed embed-x"><iframe src="https://platform.'
                               'twitter.com/embed/Tweet.html?id=1453110110599868418&amp;dnt=true"')
        assert ' srcdoc="&lt;!DOCTYPE html&gt;' in html  # shown first: no request yet
        assert '<figcaption><a href="https://x.com/SanDiegoZoo/status/1453110110599868418">' \
               "Post by @SanDiegoZoo on X</a></figcaption></figure>" in html
    assert 'href="https://x.com/i/status/14531"' in render("{{< tweet 14531 >}}").html
    html = render("{{< instagram CxOWiQNP2MO hidecaption >}}").html
    assert 'src="https://www.instagram.com/p/CxOWiQNP2MO/embed/"' in html
    assert '<a href="https://www.instagram.com/p/CxOWiQNP2MO/">Post on Instagram</a>' in html
    html = render("{{< gist spf13 7896402 img.html >}}").html
    assert 'src="https://gist.github.com/spf13/7896402.pibb?file=img.html"' in html
    assert 'href="https://gist.github.com/spf13/7896402#file-img.html"' in html
    with pytest.raises(BuildError, match="the x shortcode needs the id of a post"):
        render('{{< x user="a" id="12; DROP" >}}')


def test_embed_arguments_cannot_break_out() -> None:
    html = render('{{< gist "a\\"><script>x</script>" "../../x y" >}}').html
    assert "<script>" not in html
    assert "https://gist.github.com/a%22%3E%3Cscript%3Ex%3C%2Fscript%3E/..%2F..%2Fx%20y" in html
    html = render('{{< x user="<b onmouseover=x>" id="1" >}}').html
    assert "<b " not in html and "onmouseover=x>" not in html.replace("&lt;", "")


def test_qr_is_drawn_at_build_time_as_hugo_sizes_it() -> None:
    """Hugo 0.168 writes a 132 px image for this text at its defaults (medium, scale 4), and
    74 px at level high and scale 2: the same QR versions and quiet zone."""
    html = render('{{< qr text="https://gohugo.io" alt="Hugo" />}}').html
    assert html.startswith('<img src="data:image/svg+xml;charset=utf-8,')
    assert 'width="132" height="132" alt="Hugo">' in html
    html = render('{{< qr level="high" scale=2 alt="QR" class="qr" >}}\nhttps://example.org/\n'
                  "{{< /qr >}}").html
    assert 'width="74" height="74" alt="QR" class="qr">' in html
    import segno
    expected = segno.make("https://example.org/", error="h", boost_error=False)
    assert expected.svg_data_uri(scale=2, border=4, dark="#000", light="#fff").replace(
        "&", "&amp;").replace("'", "&#x27;") in html
    assert [n.message for n in render('{{< qr text="x" />}}').notices] == [
        "qr has no alt: readers of screen readers get no description"]
    with pytest.raises(BuildError, match="the qr shortcode needs the text to encode"):
        render("{{< qr />}}")
    with pytest.raises(BuildError, match="`level` is one of low, medium, quartile, high"):
        render('{{< qr text="x" level="max" />}}')
    with pytest.raises(BuildError, match="cannot encode this text"):
        render('{{< qr text="' + "x" * 5000 + '" />}}')
