"""markdown.Renderer: body -> Content (html, summary, ToC, word count, reading time)
(FRONTMATTER.md section 1 `summary`, `ShowReadingTime`, `ShowWordCount`, `UseHugoToc`,
section 2 `excerpt`/`excerpt_separator`, section 3 sample (a), section 5 "Empty body")."""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import Any

import pytest

from mentorblog.core.model import JEKYLL, Config, Content, Heading, Page
from mentorblog.markdown.renderer import MarkdownSettings, Renderer, settings_for
from mentorblog.markdown.shortcodes import ShortcodeSettings
from mentorblog.markdown.words import BodyWords
from mentorblog.read.parse import ParseContext, parse_page

RENDERER = Renderer(MarkdownSettings())
SAFE = Renderer(MarkdownSettings(raw_html=False))


def page(body: str, **kw: Any) -> Page:
    return Page(source=PurePosixPath("content/posts/a.md"), kind="post", section="posts",
                body_line=5, title="A", url="/posts/a/", output_path="posts/a/index.html",
                layout="post", body=body, **kw)


def render(body: str, renderer: Renderer = RENDERER, **kw: Any) -> Content:
    return renderer.render(page(body, **kw))


def words(n: int, word: str = "word") -> str:
    return " ".join([word] * n)


# -- headings and ToC -----------------------------------------------------------------------

def test_repeated_headings_get_unique_ids() -> None:
    content = render("# Notes\n\n## Notes\n\n### Notes\n\ntext\n")
    assert '<h1 id="notes">' in content.html
    assert '<h2 id="notes-1">' in content.html
    assert '<h3 id="notes-2">' in content.html
    assert content.toc == (Heading(1, "notes", "Notes"), Heading(2, "notes-1", "Notes"),
                           Heading(3, "notes-2", "Notes"))


def test_heading_ids_are_github_style() -> None:
    content = render("## Hello, World!\n\n## Über uns\n\n## `code` here\n\n## Hello World\n")
    assert [h.id for h in content.toc] == ["hello-world", "über-uns", "code-here",
                                           "hello-world-1"]
    assert [h.text for h in content.toc] == ["Hello, World!", "Über uns", "code here",
                                             "Hello World"]


def test_toc_ids_match_ids_in_html() -> None:
    content = render("## One\n\n### Two\n\n## One\n")
    html_ids = re.findall(r'<h\d id="([^"]+)"', content.html)
    assert html_ids == [h.id for h in content.toc]


def test_punctuation_only_heading_gets_a_usable_id() -> None:
    content = render("## ---\n\ntext\n")
    assert 'id=""' not in content.html
    assert len(content.toc) == 1 and content.toc[0].id


def test_no_headings_no_toc() -> None:
    assert render("just text\n").toc == ()


def test_headings_get_hidden_anchor_links() -> None:
    html = render("## Section\n").html
    assert '<a class="anchor" href="#section" aria-label="Link to this section">#</a></h2>' in html


def test_body_markup_speaks_the_page_language() -> None:
    """The heading link's and the private note's labels are inputs (settings.words), picked
    by the page's language; a language without words of its own gets the site's."""
    fr = BodyWords("Lien vers cette section", "Note privée", "Note privée : jamais publiée")
    site = BodyWords("Link <here>", "Private note", "Private note")
    settings = MarkdownSettings(show_private=True, words=(("", site), ("fr", fr)))
    renderer = Renderer(settings)
    body = "## Section\n\n::: private\nmine\n:::\n"
    html = render(body, renderer, lang="fr").html
    assert 'aria-label="Lien vers cette section">#</a></h2>' in html
    assert '<aside class="private-note" aria-label="Note privée">' in html
    assert '<p class="private-label">Note privée : jamais publiée</p>' in html
    assert 'aria-label="Link &lt;here&gt;">#</a>' in render(body, renderer, lang="de").html
    assert settings != MarkdownSettings(show_private=True)  # so the cache key tells them apart


def test_disable_anchored_headings_removes_anchor_links_keeps_ids() -> None:
    html = render("## Section\n", flags={"disableanchoredheadings": True}).html
    assert 'class="anchor"' not in html
    assert '<h2 id="section">Section</h2>' in html


def test_toc_is_per_document() -> None:
    renderer = Renderer(MarkdownSettings())
    renderer.render(page("## First doc\n"))
    assert renderer.render(page("## Second doc\n")).toc == (Heading(2, "second-doc", "Second doc"),)
    assert renderer.render(page("no headings\n")).toc == ()


# -- summaries ---------------------------------------------------------------------------------

def test_more_divider_ends_the_summary() -> None:
    content = render("intro para\n\n<!--more-->\n\nrest of it\n")
    assert content.summary_html == "<p>intro para</p>\n"
    assert content.summary_text == "intro para"
    assert content.is_truncated
    assert "more" not in content.html
    assert "<p>rest of it</p>" in content.html


def test_more_divider_works_with_raw_html_disabled() -> None:
    content = render("intro para\n\n<!--more-->\n\nrest of it\n", SAFE)
    assert content.summary_html == "<p>intro para</p>\n"
    assert "&lt;!--more--&gt;" not in content.html
    assert "more--" not in content.html


def test_more_divider_directly_after_a_paragraph_line() -> None:
    content = render("para one.\n<!--more-->\nrest\n")
    assert content.summary_html == "<p>para one.</p>\n"
    assert content.html == "<p>para one.</p>\n<p>rest</p>\n"


def test_more_divider_inside_code_is_not_a_divider() -> None:
    content = render("intro\n\n```\n<!--more-->\n```\n\nrest\n")
    assert "&lt;!--more--&gt;" in content.html
    assert "rest" in content.summary_text


def test_summary_html_has_no_anchor_links() -> None:
    content = render("## Title\n\nintro\n\n<!--more-->\n\nrest\n")
    assert 'class="anchor"' not in content.summary_html
    assert 'class="anchor"' in content.html


def test_automatic_summary_whole_paragraphs_until_70_words() -> None:
    body = f"{words(40, 'alpha')}\n\n{words(35, 'beta')}\n\n{words(40, 'gamma')}\n"
    content = render(body)
    assert content.summary_text.split().count("alpha") == 40
    assert content.summary_text.split().count("beta") == 35
    assert "gamma" not in content.summary_text
    assert content.is_truncated


def test_automatic_summary_keeps_a_long_first_paragraph_whole() -> None:
    content = render(f"{words(100)}\n\nsecond\n")
    assert len(content.summary_text.split()) == 100
    assert "second" not in content.summary_text
    assert content.is_truncated


def test_short_body_summary_is_everything_not_truncated() -> None:
    content = render(f"{words(40, 'alpha')}\n\n{words(29, 'beta')}\n")
    assert len(content.summary_text.split()) == 69
    assert not content.is_truncated


def test_summary_length_setting() -> None:
    content = render("one two three\n\nfour five six\n\nseven\n",
                     Renderer(MarkdownSettings(summary_length=5)))
    assert content.summary_text == "one two three four five six"
    assert content.is_truncated


def test_summary_front_matter_source_is_rendered_markdown() -> None:
    content = render("body text\n", summary_source="*Given* summary")
    assert content.summary_html == "<p><em>Given</em> summary</p>\n"
    assert content.summary_text == "Given summary"


def test_excerpt_front_matter_beats_the_divider() -> None:
    content = render("intro\n\n<!--more-->\n\nrest\n", excerpt_source="The excerpt")
    assert content.summary_text == "The excerpt"


def parse(text: str) -> Page:
    config = Config(root=Path("/site"), title="T", base_url="https://example.org/")
    ctx = ParseContext(config, ("posts",), frozenset({"post", "page", "section"}))
    return parse_page(text.encode(), PurePosixPath("content/posts/a.md"), ctx)


def test_parsed_excerpt_beats_the_divider() -> None:
    content = RENDERER.render(parse("---\ntitle: x\ndate: 2021-12-10\nexcerpt: From excerpt\n"
                                    "---\nintro\n\n<!--more-->\n\nrest\n"))
    assert content.summary_text == "From excerpt"


def test_parsed_summary_loses_to_the_divider() -> None:
    content = RENDERER.render(parse("---\ntitle: x\ndate: 2021-12-10\nsummary: From summary\n"
                                    "---\nintro\n\n<!--more-->\n\nrest\n"))
    assert content.summary_text == "intro"


def test_parsed_summary_beats_automatic() -> None:
    content = RENDERER.render(parse("---\ntitle: x\ndate: 2021-12-10\nsummary: From summary\n"
                                    "---\nintro\n\nrest\n"))
    assert content.summary_text == "From summary"


def test_excerpt_separator_cuts_before_it() -> None:
    content = render("one\n\ntwo <!--cut--> three\n\nfour\n", excerpt_separator="<!--cut-->")
    assert content.summary_html == "<p>one</p>\n<p>two</p>\n"
    assert content.is_truncated


def test_jekyll_blank_line_separator_is_first_block() -> None:
    content = render("one para\n\ntwo para\n", excerpt_separator="\n\n")
    assert content.summary_html == "<p>one para</p>\n"


def test_excerpt_separator_link_references_resolve() -> None:
    content = render("[link][ref]\n\n<!--more-->\n\nrest\n\n[ref]: https://x.org\n")
    assert content.summary_html == '<p><a href="https://x.org">link</a></p>\n'


def test_excerpt_separator_not_found_means_whole_body() -> None:
    content = render(f"{words(80, 'alpha')}\n\n{words(10, 'beta')}\n",
                     excerpt_separator="<!--cut-->")
    assert content.summary_text.split().count("beta") == 10


def test_summary_leaves_out_footnotes() -> None:
    content = render("Note[^1].\n\n[^1]: The footnote.\n")
    assert "footnote." not in content.summary_text
    assert "footnotes" not in content.summary_html


# -- word count and reading time ------------------------------------------------------------

def test_word_count_includes_code() -> None:
    assert render("```\ncode code code\n```\nand text\n").word_count == 5


def test_word_count_ignores_markup() -> None:
    assert render("**bold** _em_ [link](https://x.org) `code`\n").word_count == 4


@pytest.mark.parametrize(("n", "minutes"), [(1, 1), (212, 1), (213, 2), (424, 2), (425, 3)])
def test_reading_time_is_ceil_of_words_over_212(n: int, minutes: int) -> None:
    content = render(words(n) + "\n")
    assert content.word_count == n
    assert content.reading_minutes == minutes


def test_zero_words_zero_minutes() -> None:
    content = render("")
    assert (content.word_count, content.reading_minutes) == (0, 0)


def test_reading_speed_setting() -> None:
    assert render(words(21), Renderer(MarkdownSettings(reading_speed=10))).reading_minutes == 3


def test_cjk_pages_count_each_character_and_read_at_500() -> None:
    content = render("中文字符测试 and two", is_cjk=True)
    assert content.word_count == 8
    many = render("字" * 501, is_cjk=True)
    assert (many.word_count, many.reading_minutes) == (501, 2)


def test_non_cjk_page_counts_cjk_runs_as_words() -> None:
    assert render("中文字符测试 and two").word_count == 3


def test_word_count_includes_text_of_raw_html_blocks() -> None:
    assert render("intro para <b>bold</b>\n\n<div>x</div>\n").word_count == 4


def test_word_count_includes_footnotes() -> None:
    assert render("Note[^1].\n\n[^1]: The footnote has five words.\n").word_count >= 6


# -- empty body ---------------------------------------------------------------------------------

def test_empty_body() -> None:
    content = render("")
    assert content.html == ""
    assert content.summary_html == "" and content.summary_text == ""
    assert not content.is_truncated
    assert content.toc == ()


# -- code highlighting ------------------------------------------------------------------------

def test_pygments_highlighting_with_css_classes() -> None:
    html = render("```python\ndef f(): pass\n```\n").html
    assert '<div class="highlight"><pre tabindex="0"><code class="language-python" ' \
           'data-lang="python">' in html
    assert '<span class="k">def</span>' in html
    assert '<span class="nf">f</span>' in html
    assert "style=" not in html  # classes, not inline styles


def test_language_name_is_case_insensitive_and_braces_allowed() -> None:
    assert '<span class="k">def</span>' in render("```Python\ndef f(): pass\n```\n").html
    assert 'class="language-python"' in render("```{python}\nx = 1\n```\n").html


def test_unknown_language_is_a_plain_escaped_block() -> None:
    html = render("```nosuchlang\n<a> & b\n```\n").html
    assert "&lt;a&gt; &amp; b" in html
    assert "<span" not in html
    assert 'class="language-nosuchlang"' in html


def test_fence_without_language_and_indented_code() -> None:
    assert render("```\n<x>\n```\n").html == \
        '<div class="highlight"><pre tabindex="0"><code>&lt;x&gt;\n</code></pre></div>\n'
    assert "<code>indented code\n</code>" in render("    indented code\n").html


# -- raw html -----------------------------------------------------------------------------------

def test_raw_html_passes_by_default() -> None:
    html = render("intro <b>bold</b>\n\n<div class=\"note\">x</div>\n").html
    assert "<b>bold</b>" in html
    assert '<div class="note">x</div>' in html


def test_raw_html_escaped_when_disabled() -> None:
    html = render("<script>alert(1)</script>\n\nok <img src=x onerror=y>\n", SAFE).html
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=y&gt;" in html


def test_settings_for_config() -> None:
    config = Config(root=Path("/s"), title="T", base_url="https://e.org/", raw_html=False,
                    summary_length=50, reading_speed=300)
    assert settings_for(config) == MarkdownSettings(
        False, 50, 300, shortcodes=ShortcodeSettings("https://e.org/", "/", "en", "T",
                                                     raw_html=False))


# -- extensions and typography ------------------------------------------------------------------

def test_footnotes() -> None:
    """Ids as Goldmark writes them (`fn:1`, by number), so old links to a note still lead
    there; a real Jekyll blog's `#fn:fn1` are kramdown's, by label (test_markdown_jekyll)."""
    html = render("Note[^a].\n\n[^a]: The footnote.\n").html
    assert '<sup class="footnote-ref"><a href="#fn:1" id="fnref:1">' in html
    assert '<section class="footnotes">' in html
    assert '<li id="fn:1" class="footnote-item"><p>The footnote.' in html
    jekyll = render('A[^fn1], b[^x"y].\n\n[^fn1]: One.\n[^x"y]: Two.\n', dialect=JEKYLL).html
    assert '<a href="#fn:fn1" id="fnref:fn1">' in jekyll and '<li id="fn:fn1" ' in jekyll
    assert '<li id="fn:x&quot;y" ' in jekyll  # a label is escaped in the attribute


def test_task_lists() -> None:
    html = render("- [ ] todo\n- [x] done\n").html
    assert html.count('type="checkbox"') == 2
    assert html.count("checked") == 1
    assert "[ ]" not in html and "[x]" not in html


def test_strikethrough() -> None:
    assert re.search(r"<(s|del)>strike</\1>", render("~~strike~~\n").html)


def test_tables() -> None:
    html = render("| a | b |\n|---|---|\n| 1 | 2 |\n").html
    assert "<table>" in html
    assert "<th>a</th>" in html and "<td>2</td>" in html


def test_bare_url_autolinks() -> None:
    html = render("see https://example.org/x and www.example.com\n").html
    assert '<a href="https://example.org/x">https://example.org/x</a>' in html
    assert 'href="http://www.example.com"' in html


WITHOUT_WWW = [
    "see https://example.org/x, mail me@example.org or <https://a.example> now\n",
    "wow: *w*ww **www** `www` would well\n\n> quoted w words\n\n- [x] wax\n- [ ] wick\n",
    "| w | ww |\n|---|---|\n| wa | ~~wb~~ |\n\nA footnote[^w].\n\n[^w]: Wide.\n",
    "[www](https://w.example) ![w](w.png) w&amp;w\nwww\n.w\n",
]


@pytest.mark.parametrize("body", WITHOUT_WWW)
def test_parser_without_the_www_rule_renders_what_the_full_one_does(body: str) -> None:
    """Bodies without `www.` skip the www autolink rule for speed; nothing else may change."""
    full = RENDERER.md
    assert RENDERER.parser_for(body, math=False) is not full
    assert RENDERER.parser_for(body, math=False).render(body) == full.render(body)


def test_www_links_still_found_in_lists_quotes_and_tables() -> None:
    html = render("> www.example.com\n\n- www.example.org/x\n\n| a |\n|---|\n| www.a.io |\n").html
    for host in ("www.example.com", "www.example.org/x", "www.a.io"):
        assert f'href="http://{host}"' in html


def test_smart_quotes_and_dashes() -> None:
    html = render("\"Hello\" it's -- done...\n").html
    assert "“Hello”" in html
    assert "it’s" in html  # noqa: RUF001
    assert "…" in html


def test_curly_quotes_in_the_source_are_kept() -> None:
    assert "“understanding the under-the-hood logic”" in render(
        "he enjoys “understanding the under-the-hood logic”.\n").html


def test_triple_underscore_is_em_strong() -> None:
    assert render("the ___why___ behind\n").html == \
        "<p>the <em><strong>why</strong></em> behind</p>\n"


def test_html_in_text_is_escaped_in_code_spans() -> None:
    assert "<code>&lt;b&gt;</code>" in render("use `<b>`\n").html


def test_media_subpath_resolves_relative_images_as_chirpy_does() -> None:
    """chirpy puts a relative image path under the page's `media_subpath` (the site root
    when it has none), so `../assets/img/a.png` in a post at /posts/x/ is /assets/img/a.png;
    links, absolute paths and full addresses stay as written; the base path comes after."""
    body = ("![a](../assets/img/a.png) ![b](b.png?v=2) ![c](/c.png) ![d](https://e.org/d.png)"
            " [link](x.png)\n")
    at_root = render(body, media_subpath="/").html
    assert at_root == ('<p><img src="/assets/img/a.png" alt="a" /> <img src="/b.png?v=2" '
                       'alt="b" /> <img src="/c.png" alt="c" /> <img src="https://e.org/d.png" '
                       'alt="d" /> <a href="x.png">link</a></p>\n')
    assert 'src="/img/post/b.png?v=2"' in render(body, media_subpath="/img/post").html
    assert 'src="../assets/img/a.png"' in render(body).html  # without it: as written
    under_blog = Renderer(MarkdownSettings(base_path="/blog/"))
    assert 'src="/blog/assets/img/a.png"' in render(body, under_blog, media_subpath="/").html


def test_plain_summary_leaves_code_out() -> None:
    """A list shows the summary as plain text: a code block's text would run into the
    prose (a post about Liquid would show its tags on every list). The html summary and
    the word count keep the code."""
    body = "Use this syntax:\n\n```text\n{% tabs g %}\n```\n\nAnd that is all.\n"
    content = render(body)
    assert content.summary_text == "Use this syntax: And that is all."
    assert "{% tabs g %}" in content.summary_html and content.word_count == 11
    cut = render(body, excerpt_separator="<!-- cut -->")
    assert render(body.replace("And", "<!-- cut -->And"), excerpt_separator="<!-- cut -->"
                  ).summary_text == "Use this syntax:"
    assert cut.summary_text == "Use this syntax: And that is all."


def test_relative_links_to_markdown_files_become_link_placeholders() -> None:
    content = render("[a](other.md#x) [b](sub/b.markdown) [c](/abs.md) [d](https://e.org/x.md)"
                     " [e](notes.txt) [f](my%20note.md)\n")
    assert [(r.kind, r.target, r.line) for r in content.refs] == [
        ("md", "other.md#x", 5), ("md", "sub/b.markdown", 5), ("md", "my note.md", 5)]
    assert 'href="/abs.md"' in content.html and 'href="https://e.org/x.md"' in content.html
    assert f'href="{content.refs[0].token}"' in content.html
