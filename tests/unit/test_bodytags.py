"""bodytags: the pre-pass that runs shortcodes and Liquid tags before Markdown, and the rule
that swaps placeholders back after parsing (code contexts, paragraphs, warnings, lines)."""

from __future__ import annotations

from pathlib import PurePosixPath
from typing import Any

import pytest

from mentorblog.core.errors import BuildError
from mentorblog.core.model import HUGO, JEKYLL, Content, Page
from mentorblog.markdown.bodytags import expand
from mentorblog.markdown.renderer import MarkdownSettings, Renderer
from mentorblog.markdown.shortcodes import ShortcodeSettings

SETTINGS = ShortcodeSettings(base_url="https://example.com/blog/", base_path="/blog/",
                             site_params={"version": "2.1"},
                             templates=(("note", "<aside>{{ inner }}</aside>"),))
RENDERER = Renderer(MarkdownSettings(base_path="/blog/", shortcodes=SETTINGS))


def page(body: str, **kw: Any) -> Page:
    return Page(source=PurePosixPath("content/posts/a.md"), kind="post", section="posts",
                body_line=5, title="A", url="/posts/a/", output_path="posts/a/index.html",
                layout="post", body=body, **kw)


def render(body: str, dialect: str = JEKYLL, **kw: Any) -> Content:
    """A Jekyll file reads both syntaxes, Liquid and shortcodes; a Hugo file only the latter."""
    return RENDERER.render(page(body, dialect=dialect, **kw))


def warnings(content: Content) -> list[str]:
    return [str(n) for n in content.notices]


def test_a_body_without_tags_is_left_alone() -> None:
    body = "Plain *text* with { braces } and 100%.\n"
    expansion = expand(page(body), SETTINGS, RENDERER, None)
    assert expansion.body == body and not expansion.subs and expansion.line_map == ()


def test_unknown_shortcode_is_left_out_and_its_content_shown_with_one_warning() -> None:
    """Readers never see a raw `{{< >}}` tag: what mentorblog cannot run is left out, and
    the content between its tags is published as Markdown."""
    content = render('Intro.\n\nA {{< button href="/x" >}} here.\n\n'
                     "{{< notice warning >}}\n**Careful** now.\n{{< /notice >}}\n", dialect=HUGO)
    assert content.html == ("<p>Intro.</p>\n<p>A  here.</p>\n"
                            "<p><strong>Careful</strong> now.</p>\n")
    assert warnings(content) == [
        "content/posts/a.md:7: unknown shortcode `button` (a site can define it in "
        "layouts/shortcodes/button.html); left out",
        "content/posts/a.md:9: unknown shortcode `notice` (a site can define it in "
        "layouts/shortcodes/notice.html); its content is shown without it"]


def test_go_template_shortcodes_and_inline_ones_cannot_run() -> None:
    settings = ShortcodeSettings(templates=(
        ("box", '<div class="box">{{ .Inner | markdownify }}</div>'),
        ("year", "{{ now.Year }}{{ with .Get 0 }}{{ . }}{{ end }}")))
    renderer = Renderer(MarkdownSettings(shortcodes=settings))
    content = renderer.render(page(
        "{{< box >}}\nIn *a box*.\n{{< /box >}}\n\nIn {{< year >}}.\n\n"
        "{{< time.inline >}}{{ now }}{{< /time.inline >}}\n", dialect=HUGO))
    assert content.html == "<p>In <em>a box</em>.</p>\n<p>In .</p>\n"
    assert warnings(content) == [
        "content/posts/a.md:5: shortcode `box` is a Go template (layouts/shortcodes/box.html), "
        "which mentorblog cannot run (rewrite it in Jinja); its content is shown without it",
        "content/posts/a.md:9: shortcode `year` is a Go template (layouts/shortcodes/year.html), "
        "which mentorblog cannot run (rewrite it in Jinja); left out",
        "content/posts/a.md:11: inline shortcode `time.inline` is a Go template, which "
        "mentorblog cannot run; left out (write it as a Jinja template in "
        "layouts/shortcodes/time.html)"]


def test_unknown_liquid_tag_is_left_out_and_a_variable_shown_with_a_warning() -> None:
    """Readers never see a raw `{% %}` tag: a tag mentorblog cannot run is left out."""
    content = render("{% include note.html x=1 %}\n{{ page.author }}\n")
    assert content.html == "<p>{{ page.author }}</p>\n"
    assert warnings(content) == [
        "content/posts/a.md:5: Liquid's `include` is template logic, which mentorblog does "
        "not run; left out",
        "content/posts/a.md:6: unknown Liquid variable `page.author`; shown as written"]


def test_a_plugin_block_tag_shows_its_content_without_it() -> None:
    """`{% gallery %}...{% endgallery %}` of a site's Ruby plugin: one warning at the
    opening tag, and the content as Markdown, not as the raw tags."""
    content = render("Before.\n\n{% gallery %}\n  **Three** photos of the trip.\n"
                     "{% endgallery %}\n\nAfter {% badge new %}.\n")
    assert content.html == ("<p>Before.</p>\n<p><strong>Three</strong> photos of the trip.</p>\n"
                            "<p>After .</p>\n")
    assert warnings(content) == [
        "content/posts/a.md:7: Liquid tag `gallery` comes from a plugin of the old site, "
        "which mentorblog cannot run; its content is shown without it",
        "content/posts/a.md:11: Liquid tag `badge` comes from a plugin of the old site, "
        "which mentorblog cannot run; left out"]


def test_image_lines_of_a_gallery_block_are_images() -> None:
    """A gallery plugin's lines `src="a.jpg" alt="..." height="450"` (typographic quotes
    too) are shown as those images; other lines, and scripts, stay text."""
    content = render('{% gallery %}\n\tsrc="/img/a.jpg" alt="The <lake>" height="450"\n'
                     "\tsrc=\u201cb.jpg\u201d\n\tsrc=\"javascript:alert(1)\"\n"
                     "Just words\n{% endgallery %}\n")
    assert content.html == (
        '<p><img src="/blog/img/a.jpg" alt="The &lt;lake&gt;" loading="lazy">\n'
        '<img src="b.jpg" alt="" loading="lazy">\nsrc=“javascript:alert(1)”\nJust words</p>\n')


def test_indented_content_of_a_plugin_block_is_not_a_code_block() -> None:
    """Content indented under the tag, and fences indented under a label line inside it
    (a tabs plugin's `---TAB: name`), read as Markdown; code keeps its own indentation."""
    body = ("{% tabs setup %}\n    ---TAB: Linux\n        ```sh\n        make\n"
            "        ```\n        {: .nolineno }\n    ---TAB: Python\n        ```python\n"
            "        def f():\n            return 1\n        ```\n{% endtabs %}\n")
    html = render(body).html
    assert html.count('<div class="highlight') == 2
    assert '<div class="highlight nolineno">' in html
    assert "<p>—TAB: Linux</p>" in html and "<p>—TAB: Python</p>" in html
    assert "\n    <span class=\"k\">return</span>" in html
    assert "{%" not in html and "endtabs" not in html


def test_a_plugin_block_inside_a_list_item_stays_in_it() -> None:
    body = ("1. Set the path\n\n    {% tabs p %}\n       ---TAB: Linux\n        Run it:\n"
            "        ```sh\n        make\n        ```\n    {% endtabs %}\n\n2. Done\n")
    html = render(body).html
    assert html.startswith("<ol>\n<li>\n<p>Set the path</p>\n<p>—TAB: Linux\nRun it:</p>\n"
                           '<div class="highlight">')
    assert "</div>\n</li>\n<li>\n<p>Done</p>\n</li>\n</ol>" in html


def test_liquid_logic_shows_what_it_wraps_and_capture_nothing() -> None:
    content = render("{% if site.x %}Shown{% else %} too{% endif %}.\n"
                     "{% capture note %}Never printed{% endcapture %}\n{% for p in site.posts %}"
                     "{% include item.html %}{% endfor %}\n")
    assert content.html == "<p>Shown too.</p>\n"
    loop = render("{% for post in site.posts %}<h3>{{ post.title }}</h3>{% endfor %}\n"
                  "{{ page.nope }}\n")
    # the element ends at its closing tag, as kramdown reads it: the next line is Markdown
    assert loop.html == "<h3></h3>\n<p>{{ page.nope }}</p>\n"
    assert len(loop.notices) == 2  # the loop, and the variable outside it
    assert [w.split(": ", 1)[1].split(" is")[0] for w in warnings(content)] == [
        "Liquid's `if`", "Liquid's `capture`", "Liquid's `for`", "Liquid's `include`"]


def test_a_hugo_file_has_no_liquid() -> None:
    """Hugo never reads `{% %}` or `{{ }}`: a Go template shown in a Hugo post's code or
    text is left exactly as written, with no warning."""
    body = ("Close with {{ end }} and {% raw %}.\n\n```go-html-template\n{{ range .Pages }}\n"
            "{{ end }}\n```\n\nv{{< param version >}}\n")
    content = render(body, dialect=HUGO)
    assert content.html == (
        "<p>Close with {{ end }} and {% raw %}.</p>\n"
        "<div class=\"highlight\"><pre tabindex=\"0\"><code class=\"language-go-html-template\" "
        "data-lang=\"go-html-template\">{{ range .Pages }}\n{{ end }}\n</code></pre></div>\n"
        "<p>v2.1</p>\n")
    assert warnings(content) == []
    assert warnings(render("{{ page.nope }}", dialect=HUGO)) == []
    assert warnings(render("{{ page.nope }}", dialect=JEKYLL)) == [
        "content/posts/a.md:5: unknown Liquid variable `page.nope`; shown as written"]


def test_shown_text_is_never_read_as_html() -> None:
    html = render('{{< details x="<script>alert(1)</script>" >}}').html
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "<script>" not in render('{{< nope x="<script>alert(1)</script>" >}}').html


def test_unclosed_paired_shortcode_keeps_its_content() -> None:
    content = render("{{< details >}}\n**kept**\n")
    assert content.html == "<p>{{&lt; details &gt;}}\n<strong>kept</strong></p>\n"
    assert warnings(content) == ["content/posts/a.md:5: shortcode `details` is never closed "
                                 "with `{{< /details >}}`; shown as written"]


def test_stray_closings_are_warned() -> None:
    content = render("a {{< /details >}} b {% endhighlight %}")
    assert content.html == "<p>a {{&lt; /details &gt;}} b</p>\n"
    assert len(warnings(content)) == 2


def test_nested_paired_shortcodes() -> None:
    html = render("{{< details summary=\"out\" >}}\n{{% note %}}\n{{< details summary=\"in\" >}}"
                  "\ndeep\n{{< /details >}}\n{{% /note %}}\n{{< /details >}}").html
    assert html == ('<details>\n<summary>out</summary>\n<aside><details>\n<summary>in</summary>'
                    "\n<p>deep</p>\n</details>\n</aside>\n</details>\n")


def test_a_closing_tag_closes_the_inner_unclosed_one_first() -> None:
    content = render("{{< details >}}\n{{< highlight go >}}\nx\n{{< /details >}}")
    assert content.html.startswith("<details>\n<summary>Details</summary>\n<p>{{&lt; highlight")
    assert warnings(content) == ["content/posts/a.md:6: shortcode `highlight` is never closed "
                                 "with `{{< /highlight >}}`; shown as written"]


def test_tags_in_code_become_code_text_as_in_hugo_and_jekyll() -> None:
    html = render("```\nv{{< param version >}} {{ site.baseurl }}\n```\n\n"
                  "`{{< param version >}}`\n\n    {{% param version %}}\n").html
    assert html == ('<div class="highlight"><pre tabindex="0"><code>v2.1 /blog\n</code></pre>'
                    '</div>\n<p><code>2.1</code></p>\n<div class="highlight"><pre tabindex="0">'
                    "<code>2.1\n</code></pre></div>\n")


def test_escaped_examples_show_the_tag_in_text_and_code() -> None:
    html = render("`{{</* youtube x */>}}` and {{</* figure src=\"a\" */>}}\n\n"
                  "```\n{% raw %}{{ site.baseurl }}{% endraw %}\n```\n").html
    assert html == ('<p><code>{{&lt; youtube x &gt;}}</code> and '
                    "{{&lt; figure src=&quot;a&quot; &gt;}}"
                    '</p>\n<div class="highlight"><pre tabindex="0"><code>{{ site.baseurl }}\n'
                    "</code></pre></div>\n")


def test_a_block_alone_in_a_paragraph_replaces_the_paragraph() -> None:
    html = render("- {{< details >}}x{{< /details >}}\n\n> {{< figure src=\"a\" alt=\"b\" >}}").html
    assert "<p><details" not in html and "<p><figure" not in html
    assert "<li><details>" in html and "<blockquote>\n<figure>" in html


def test_liquid_trim_markers() -> None:
    assert render("a   {%- comment %}x{% endcomment -%}   \n\n  b").html == "<p>ab</p>\n"


def test_baseurl_before_link_is_not_doubled() -> None:
    content = render("[a]({{ site.baseurl }}{% link about.md %}) {{ site.baseurl }}/x")
    assert [r.kind for r in content.refs] == ["link"]
    assert content.html == f'<p><a href="{content.refs[0].token}">a</a> /blog/x</p>\n'
    # `base_url:` in _config.yml, which the import reads as `baseurl`, used the same way
    content = render("![a]({{ site.base_url }}{% link a.png %}) {{ site.base_url }}/x")
    assert [r.kind for r in content.refs] == ["link"] and "/blog/x" in content.html
    assert not content.notices


def test_minimal_mistakes_base_path_include() -> None:
    """`{% include base_path %}` then `{{ base_path }}/images/x.png` (minimal-mistakes,
    academicpages): the include sets base_path to site.url + site.baseurl."""
    content = render("{% include base_path %}\n![x]({{ base_path }}/images/x.png)\n")
    assert content.html == '<p><img src="https://example.com/blog/images/x.png" alt="x" /></p>\n'
    assert not content.notices
    assert warnings(render("{{ base_path }}")) == [
        "content/posts/a.md:5: unknown Liquid variable `base_path`; shown as written"]


def test_liquid_output_is_markdown() -> None:
    assert render('![x]({{ "/a.png" | relative_url }})').html == \
        '<p><img src="/blog/a.png" alt="x" /></p>\n'


def test_jekyll_highlight_with_line_numbers_and_marks() -> None:
    html = render('{% highlight text linenos mark_lines="2" %}\na\nb\n{% endhighlight %}').html
    assert html == ('<div class="highlight"><pre tabindex="0"><code class="language-text" '
                    'data-lang="text"><span class="ln">1 </span>a\n<span class="hll"><span '
                    'class="ln">2 </span>b\n</span></code></pre></div>\n')


def test_liquid_inside_highlight_runs_raw_does_not() -> None:
    html = render("{% highlight text %}\n{{ site.baseurl }} {% raw %}{{ x }}{% endraw %}\n"
                  "{% endhighlight %}").html
    assert "<code class=\"language-text\" data-lang=\"text\">/blog {{ x }}\n</code>" in html


def test_refs_are_placeholders_with_lines() -> None:
    content = render("a\n\n[x]({{< ref \"b.md#top\" >}}) {% post_url 2020-01-02-x %}")
    assert [(r.kind, r.target, r.line) for r in content.refs] == [
        ("ref", "b.md#top", 7), ("post_url", "2020-01-02-x", 7)]
    assert f'href="{content.refs[0].token}"' in content.html


def test_refs_need_a_target() -> None:
    with pytest.raises(BuildError, match="the ref shortcode needs the path of a page"):
        render("{{< ref >}}")
    with pytest.raises(BuildError, match="needs the path of a page"):
        render("{% link %}")


def test_a_ref_in_code_keeps_its_placeholder_intact() -> None:
    content = render("```python\nurl = '{{< relref \"b.md\" >}}'\n```")
    assert content.refs[0].token in content.html


def test_errors_after_a_long_shortcode_keep_their_file_line() -> None:
    body = "{{< details >}}\none\ntwo\nthree\n{{< /details >}}\n\n$$\n\\frac{a}{\n$$\n"
    [warning] = render(body, flags={"math": True}).notices  # bad math: shown as written
    assert warning.line == 5 + 6


def test_summary_cut_by_a_separator_runs_the_tags() -> None:
    content = render("Go to {{ site.baseurl }}/x. <!--cut-->\n\nMore.",
                     excerpt_separator="<!--cut-->")
    assert content.summary_html == "<p>Go to /blog/x.</p>\n"


def test_no_placeholder_survives_in_text_or_html() -> None:
    content = render("{{< param version >}} {{< nope >}} `{{< param version >}}`\n\n"
                     "{{< details >}}{{< param version >}}{{< /details >}}\n\n"
                     "# H {{< param version >}}")
    for text in (content.html, content.text, content.summary_html, content.summary_text):
        assert "mbsc" not in text
    assert (content.toc[0].id, content.toc[0].text) == ("h-21", "H 2.1")


def test_jekyll_gist_tag_is_the_gist_embed() -> None:
    """jekyll-gist's `{% gist %}` (five uses on a real blog) was left out without a link."""
    html = render("Before.\n\n{% gist parkr/931c1c8d465a04042403 hello.rb %}\n").html
    assert 'src="https://gist.github.com/parkr/931c1c8d465a04042403.pibb?file=hello.rb"' in html
    bare = render("{% gist 931c1c8d465a04042403 %}\n")
    assert 'href="https://gist.github.com/931c1c8d465a04042403"' in bare.html
    assert warnings(bare) == []
    with pytest.raises(BuildError, match="needs a gist id"):
        render("{% gist %}\n")
    # jekyll-gist reads variables: the page's own `gist` key
    value = render("{% gist page.gist %}\n", params={"gist": "ana/abc123"})
    assert 'href="https://gist.github.com/ana/abc123"' in value.html
    with pytest.raises(BuildError, match=r"unknown Liquid variable `page\.nothing`"):
        render("{% gist page.nothing %}\n")
    shown = render("{% gist {{ page.gist }} %}\n")
    assert "gist.github.com" not in shown.html and warnings(shown)


def test_an_unknown_image_shortcode_shows_its_src_as_figure_does() -> None:
    """hello-friend-ng's `{{< image src=... alt=... position="center" >}}`: a real blog lost
    93 images when such a shortcode was left out."""
    content = render('Look:\n\n{{< image src="/img/lake.jpg" alt="The lake" '
                     'position="center" >}}\n', dialect=HUGO)
    assert '<figure><img src="/blog/img/lake.jpg" alt="The lake"></figure>' in content.html
    assert warnings(content) == [
        "content/posts/a.md:7: unknown shortcode `image` (a site can define it in "
        "layouts/shortcodes/image.html); shown as an image of its `src`, as `figure` shows one"
    ]
    assert "<img" not in render('{{< button src="" >}}\n', dialect=HUGO).html
    for other in ('{{< pdf src="doc.pdf" >}}', '{{< iframe src="https://v.org/embed/a" >}}'):
        assert "<img" not in render(other + "\n", dialect=HUGO).html  # not an image: left out


def test_an_unknown_code_shortcode_shows_its_content_as_code() -> None:
    """A real blog's own `{{< code html >}}` wrapped examples of script tags: shown as
    Markdown, they became four live scripts loading from other hosts."""
    content = render('{{< code html >}}\n<script src="https://cdn.example.net/w.js"></script>\n'
                     "{{< /code >}}\n", dialect=HUGO)
    assert "<script" not in content.html
    assert 'data-lang="html"' in content.html and '<span class="nt">script</span>' in content.html
    assert warnings(content)[0].endswith("its content is shown as code")


def test_a_shortcode_named_like_code_only_by_chance_is_not_code() -> None:
    content = render("{{< nutshell >}}\n**In short**\n{{< /nutshell >}}\n", dialect=HUGO)
    assert "<strong>In short</strong>" in content.html and "<pre" not in content.html
    numbered = render('{{< snippet 3 >}}\nx = 1\n{{< /snippet >}}\n', dialect=HUGO)
    assert "language-3" not in numbered.html and "<pre" in numbered.html
