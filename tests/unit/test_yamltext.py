"""yamltext.load_yaml: dates stay text, only true/false are booleans, key lines and duplicate
keys are recorded, errors carry a line (FRONTMATTER.md section 5, "Unquoted dates",
"YAML 1.1 words", "Duplicate keys")."""

from __future__ import annotations

import pytest
import yaml

from mentorblog.read.yamltext import error_line, error_text, load_yaml, too_deep


@pytest.mark.parametrize("text", [
    "2021-12-10",
    "2021-12-10 09:30:00",
    "2022-02-02T15:10:30+08:00",
    "2021-12-10 09:30:00 +0800",
    "2021-1-5",
    "2021-12-10 9:30",
])
def test_dates_stay_the_text_written(text: str) -> None:
    assert load_yaml(f"date: {text}\n").data == {"date": text}


def test_quoted_and_unquoted_dates_load_identically() -> None:
    unquoted = load_yaml("a: 2021-12-10\nb: 2022-02-02T15:10:30+08:00\n").data
    quoted = load_yaml("a: '2021-12-10'\nb: \"2022-02-02T15:10:30+08:00\"\n").data
    assert unquoted == quoted


def test_impossible_date_does_not_make_the_loader_raise() -> None:
    # PyYAML's own timestamp constructor raises on 2021-02-30; ours leaves it to dates.py.
    assert load_yaml("date: 2021-02-30\n").data == {"date": "2021-02-30"}


def test_dates_inside_lists_and_mappings_stay_text() -> None:
    data = load_yaml("list: [2021-12-10]\nmap:\n  when: 2021-12-10\n").data
    assert data == {"list": ["2021-12-10"], "map": {"when": "2021-12-10"}}


@pytest.mark.parametrize("word", ["yes", "no", "on", "off", "y", "n", "Yes", "NO", "On", "OFF"])
def test_yaml_1_1_words_stay_strings(word: str) -> None:
    assert load_yaml(f"v: {word}\n").data == {"v": word}


def test_tags_no_is_the_tag_no() -> None:
    assert load_yaml("tags: [no, yes, on]\n").data == {"tags": ["no", "yes", "on"]}


@pytest.mark.parametrize(("word", "value"), [
    ("true", True), ("True", True), ("TRUE", True),
    ("false", False), ("False", False), ("FALSE", False),
])
def test_true_and_false_are_booleans(word: str, value: bool) -> None:
    loaded = load_yaml(f"v: {word}\n").data
    assert loaded == {"v": value}
    assert isinstance(loaded["v"], bool)  # type: ignore[index]


def test_quoted_true_is_a_string() -> None:
    assert load_yaml("v: 'true'\n").data == {"v": "true"}


def test_numbers_and_null_keep_their_yaml_types() -> None:
    data = load_yaml("i: 3\nf: 1.5\nn: ~\ne:\ns: '3'\ny: 2021\n").data
    assert data == {"i": 3, "f": 1.5, "n": None, "e": None, "s": "3", "y": 2021}
    assert isinstance(data["y"], int)  # type: ignore[index]


def test_top_level_key_lines_are_one_based() -> None:
    loaded = load_yaml("title: x\n\n# comment\ndate: 2021-12-10\nnested:\n  inner: 1\n")
    assert loaded.key_lines == {"title": 1, "date": 4, "nested": 5}


def test_nested_keys_are_not_in_key_lines() -> None:
    assert "inner" not in load_yaml("outer:\n  inner: 1\n").key_lines


def test_duplicate_key_later_wins_and_both_lines_are_recorded() -> None:
    loaded = load_yaml("title: first\ndate: 2021-12-10\ntitle: second\n")
    assert loaded.data == {"title": "second", "date": "2021-12-10"}
    assert loaded.duplicates == (("title", 1, 3),)
    assert loaded.key_lines["title"] == 3


def test_no_duplicates_recorded_for_distinct_keys() -> None:
    assert load_yaml("a: 1\nb: 2\n").duplicates == ()


def test_key_spellings_that_differ_in_case_are_not_yaml_duplicates() -> None:
    # Case-insensitive matching is parse.py's job; the loader keeps both as written.
    loaded = load_yaml("TocOpen: true\ntocopen: false\n")
    assert loaded.data == {"TocOpen": True, "tocopen": False}
    assert loaded.duplicates == ()


def test_empty_document_is_none() -> None:
    loaded = load_yaml("")
    assert loaded.data is None
    assert loaded.key_lines == {}


def test_a_list_document_loads_as_a_list() -> None:
    assert load_yaml("- a\n- b\n").data == ["a", "b"]


def test_bad_yaml_raises_yaml_error_with_a_line() -> None:
    with pytest.raises(yaml.YAMLError) as info:
        load_yaml("title: x\ntags: [unclosed\nother: 1\n")
    line = error_line(info.value)
    assert line is not None and line >= 2
    text = error_text(info.value)
    assert text and "\n" not in text


def test_error_line_points_at_the_offending_line() -> None:
    with pytest.raises(yaml.YAMLError) as info:
        load_yaml("a: 1\nb: 2\nc: : :\n")
    assert error_line(info.value) == 3


def test_tab_indentation_is_a_yaml_error() -> None:
    with pytest.raises(yaml.YAMLError):
        load_yaml("a:\n\tb: 1\n")


# -- bounds: aliases, self-reference, depth -------------------------------------------------------

def test_a_billion_laughs_is_refused_at_the_line_that_uses_it() -> None:
    levels = "".join(f"{b}: &{b} [{', '.join([f'*{a}'] * 10)}]\n"
                     for a, b in zip("abcdefgh", "bcdefghi", strict=True))
    text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + levels + "session: {with: *i}\n"
    with pytest.raises(yaml.YAMLError) as caught:
        load_yaml(text)
    assert "billion laughs" in error_text(caught.value)
    assert error_line(caught.value) == 10


def test_an_alias_inside_its_own_value_is_refused() -> None:
    with pytest.raises(yaml.YAMLError, match="holds it"):
        load_yaml("a: &a {b: [*a]}\n")


def test_nesting_is_limited() -> None:
    assert load_yaml("a: " + "[" * 99 + "]" * 99).data
    with pytest.raises(yaml.YAMLError, match="nest more than 100"):
        load_yaml("a: " + "[" * 100 + "]" * 100)
    assert not too_deep({"a": [[1]]}) and too_deep([[[1]]], limit=2)


def test_shared_values_and_merges_within_the_bound_load() -> None:
    loaded = load_yaml("d: &d {x: 1, y: [1, 2]}\nm: {<<: *d, z: 3}\nl: [*d, *d, *d]\n")
    assert loaded.data == {"d": {"x": 1, "y": [1, 2]}, "m": {"x": 1, "y": [1, 2], "z": 3},
                           "l": [{"x": 1, "y": [1, 2]}] * 3}


def test_lines_are_counted_as_editors_count_them() -> None:
    """YAML also breaks lines at NEL, LINE SEPARATOR and PARAGRAPH SEPARATOR, so after a
    value holding one its line numbers ran ahead of the file's."""
    text = 'a: "x\u0085y"\nb: "\u2028"\nc: "\u2029"\nd: [unclosed\n'
    with pytest.raises(yaml.YAMLError) as caught:
        load_yaml(text)
    assert error_line(caught.value, text) == 4
    assert load_yaml(text.rsplit("d:", 1)[0] + "d: 1\n").key_lines == {"a": 1, "b": 2, "c": 3,
                                                                       "d": 4}


# -- an anchor defined twice --------------------------------------------------------------------

def test_an_anchor_defined_again_names_the_latest_node_as_jekyll_reads_it() -> None:
    """TeXt's stock `_data/navigation.yml` sets `&EN` in every entry: Ruby's Psych (and
    YAML 1.2) let an alias name the latest node of the anchor; PyYAML refused the file."""
    loaded = load_yaml(
        "nav:\n  - title: &EN Home\n    url: /\n  - title: &EN About\n    url: /about/\n"
        "footer: *EN\nwhen: 2021-12-10\nshown: no\n"
    )
    assert loaded.data == {
        "nav": [{"title": "Home", "url": "/"}, {"title": "About", "url": "/about/"}],
        "footer": "About", "when": "2021-12-10", "shown": "no",
    }
    assert loaded.key_lines == {"nav": 1, "footer": 6, "when": 7, "shown": 8}
    assert [e.line for e in loaded.entry_lines["nav"]] == [2, 4]


def test_an_anchor_defined_again_keeps_every_bound() -> None:
    levels = "".join(f"{b}: &{b} [{', '.join([f'*{a}'] * 10)}]\n"
                     for a, b in zip("abcdefgh", "bcdefghi", strict=True))
    text = "z: &a 1\na: &a [x, x, x, x, x, x, x, x, x, x]\n" + levels + "s: {w: *i}\n"
    with pytest.raises(yaml.YAMLError) as caught:
        load_yaml(text)
    assert "billion laughs" in error_text(caught.value)
    with pytest.raises(yaml.YAMLError, match="holds it"):
        load_yaml("a: &a 1\nb: &a {c: [*a]}\n")
    with pytest.raises(yaml.YAMLError, match="found undefined alias"):
        load_yaml("a: &a 1\nb: &a 2\nc: *nothing\n")
