"""bodysyntax.scan: the tag syntax of Hugo shortcodes and Jekyll Liquid, read from a body."""

from __future__ import annotations

from itertools import pairwise

from mentorblog.markdown.bodysyntax import (
    Lines,
    LiquidOutput,
    LiquidTag,
    Literal,
    Malformed,
    Shortcode,
    Text,
    scan,
)


def only(text: str) -> object:
    items = [i for i in scan(text) if not isinstance(i, Text)]
    assert len(items) == 1, items
    return items[0]


def test_items_cover_the_whole_text_in_order() -> None:
    text = 'a {{< figure src="x" >}} b {% raw %}{{ y }}{% endraw %} c {{ site.baseurl }} d'
    items = scan(text)
    assert [type(i).__name__ for i in items] == ["Text", "Shortcode", "Text", "Literal", "Text",
                                                 "LiquidOutput", "Text"]
    assert items[0].start == 0 and items[-1].end == len(text)
    assert all(a.end == b.start for a, b in pairwise(items))


def test_named_positional_and_typed_arguments() -> None:
    code = only('{{< x "a b" c=`raw "q"` n=3 f=1.5 t=true word name="say \\"hi\\"" >}}')
    assert isinstance(code, Shortcode)
    assert code.name == "x" and not code.is_markdown
    assert code.positional == ("a b", "word")
    assert dict(code.named) == {"c": 'raw "q"', "n": 3, "f": 1.5, "t": True,
                                "name": 'say "hi"'}
    assert code.get(0) == "a b" and code.get(5) is None and code.get("n") == 3


def test_quoted_numbers_stay_text() -> None:
    code = only('{{< x n="3" >}}')
    assert isinstance(code, Shortcode) and code.get("n") == "3"


def test_markdown_form_closing_and_self_closing() -> None:
    opening, closing, selfclosed = [i for i in scan(
        "{{% note %}}x{{% /note %}}{{< param color />}}") if isinstance(i, Shortcode)]
    assert opening.is_markdown and not opening.is_closing
    assert closing.is_closing and closing.name == "note"
    assert selfclosed.is_self_closing and selfclosed.positional == ("color",)


def test_arguments_may_span_lines_and_names_have_folders() -> None:
    code = only('{{< media/audio\n  src="a.mp3"\n  loop=true\n>}}')
    assert isinstance(code, Shortcode)
    assert code.name == "media/audio" and dict(code.named) == {"src": "a.mp3", "loop": True}


def test_comment_escape_shows_the_shortcode_itself() -> None:
    text = '{{</* figure src="x" */>}}'
    assert only(text) == Literal('{{< figure src="x" >}}', 0, len(text), -1)
    escaped = only("{{%/* note */%}}")
    assert isinstance(escaped, Literal) and escaped.text == "{{% note %}}"


def test_unclosed_shortcode_is_malformed_and_scanning_goes_on() -> None:
    items = scan('{{< figure src="x"\n\nmore {{ site.baseurl }}')
    assert isinstance(items[0], Malformed) and "never closed" in items[0].reason
    assert (items[0].start, items[0].end) == (0, 3)
    assert any(isinstance(i, LiquidOutput) for i in items)


def test_unclosed_string_and_missing_name_are_malformed() -> None:
    assert "quoted argument" in only('{{< x "open >}}').reason  # type: ignore[attr-defined]
    assert "raw string" in only("{{< x `open >}}").reason  # type: ignore[attr-defined]
    assert "needs a name" in only("{{< >}}").reason  # type: ignore[attr-defined]
    assert "never closed" in only("{{</* x >}}").reason  # type: ignore[attr-defined]


def test_wrong_closing_delimiter_does_not_close() -> None:
    assert isinstance(only("{{< x %}}"), Malformed)


def test_liquid_tags_with_trim_markers() -> None:
    tag = only("{%- link posts/a.md -%}")
    assert tag == LiquidTag("link", "posts/a.md", 0, 23, True, True)


def test_raw_and_comment_are_not_read() -> None:
    raw = only("{% raw %}{{< x >}} {% if %}{% endraw %}")
    assert isinstance(raw, Literal) and raw.text == "{{< x >}} {% if %}" and raw.text_start == 9
    comment = only("{% comment %}{{< x >}}{%- endcomment -%}")
    assert isinstance(comment, Literal) and comment.text == ""
    assert isinstance(only("{% raw %}never closed"), Malformed)


def test_unclosed_liquid_tag_is_malformed() -> None:
    assert isinstance(only("100{% of it"), Malformed)


def test_liquid_outputs_and_what_is_not_liquid() -> None:
    assert only('{{ "/a.png" | relative_url }}') == LiquidOutput('"/a.png" | relative_url',
                                                                 0, 29)
    assert isinstance(only("{{ site.baseurl }}"), LiquidOutput)
    for text in ("{{ .Title }}", "{{ range .Pages }}", 'println!("{{}}")', "{{ }}",
                 "{{ a\n\nb }}", "{{ open"):
        assert all(isinstance(i, Text) for i in scan(text)), text


def test_lines_counts_from_zero() -> None:
    lines = Lines("a\nb\n\nc")
    assert [lines(i) for i in (0, 1, 2, 3, 4, 5)] == [0, 0, 1, 1, 2, 3]
