"""Property tests with hypothesis. Valid and invalid inputs are generated separately: every
valid post builds, and the page shows what it was given; every invalid one fails with a
BuildError naming the post and the line of the mistake. Nothing else may happen (another
exception, a hang, a BuildError for valid input, an error without its file and line)."""

from __future__ import annotations

import html
import re
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path, PurePosixPath

import yaml
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from mentorblog.core import dialects, urls
from mentorblog.core.errors import BuildError, raise_all, user_errors
from mentorblog.core.model import Config, Page, Site
from mentorblog.markdown.renderer import MarkdownSettings, Renderer
from mentorblog.markdown.shortcodes import ShortcodeSettings
from mentorblog.plan import xrefs
from mentorblog.plan.collect import collect_site
from mentorblog.read import config as config_module
from mentorblog.read.discover import discover_sources
from mentorblog.read.parse import ParseContext, parse_page
from mentorblog.render.environment import make_environment
from mentorblog.render.outputs import render_output
from mentorblog.render.views import SiteView

# The taxonomies a site.yaml without `taxonomies` gets: series (journeys) and authors too.
CONFIG = Config(root=Path("/nonexistent-site"), title="Props", base_url="https://example.org/",
                taxonomies=(("tag", "tags"), ("category", "categories"), ("series", "series"),
                            ("author", "authors")))
CTX = ParseContext(CONFIG, ("posts",), frozenset({"post", "page", "section", "archives"}))
# A site shortcode that reads its inner content, one that does not, one that always fails.
RENDERER = Renderer(MarkdownSettings(shortcodes=ShortcodeSettings(templates=(
    ("note", "<aside>{{ inner }}</aside>"), ("badge", "<b>{{ get(0) }}</b>"),
    ("broken", "{{ page.nothing }}")))))
ENV = make_environment(CONFIG.root)
THEME = discover_sources(CONFIG.root)  # the theme's static files and hashed assets
NOW = datetime(2026, 1, 1, tzinfo=UTC)
SOURCE = PurePosixPath("content/posts/prop.md")


def slow(examples: int) -> settings:
    """No deadline (a build of a post takes a few ms to a few hundred), `examples` runs."""
    return settings(deadline=None, max_examples=examples,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])


# -- running a one-post site ---------------------------------------------------------------------

def run(data: bytes) -> tuple[Site, dict[str, bytes]]:
    """Parse, render Markdown, plan and render every output of a site holding one post."""
    page = parse_page(data, SOURCE, CTX)
    page = replace(page, content=RENDERER.render(page))
    site = collect_site(CONFIG, [page], (), THEME.static, NOW, THEME.assets)
    raise_all(xrefs.check_links(site.pages))
    view = SiteView(site, ENV)
    return site, {o.path: render_output(o, site, view) for o in site.outputs}


def builds(data: bytes) -> tuple[Page | None, dict[str, bytes]]:
    """Valid input: it must build. Returns the published post (None when held back)."""
    try:
        site, files = run(data)
    except (BuildError, ExceptionGroup) as err:
        raise AssertionError(f"valid input failed to build: {user_errors(err) or err}\n"
                             f"{data.decode('utf-8', 'replace')}") from err
    post = next((p for p in site.pages.values() if p.source == SOURCE), None)
    return post, files


def fails_at(data: bytes, line: int | None, *, part: str = "") -> list[BuildError]:
    """Invalid input: it must fail, every error naming the post at `line` (or, when `line`
    is None, at some line of the file), `part` in the message."""
    try:
        run(data)
    except (BuildError, ExceptionGroup) as err:
        errors = user_errors(err)
        assert errors, f"not a user error: {err!r}"
    else:
        raise AssertionError(f"invalid input built:\n{data.decode('utf-8', 'replace')}")
    # Lines as Markdown and YAML count them: a lone CR (old Mac files) ends one too.
    last = len(re.split(rb"\r\n|\r|\n", data))
    for error in errors:
        assert part in error.message, f"expected {part!r} in: {error}"
        if error.file is not None and error.file.parts[0] == "layouts":  # a template's own
            used = error.message.rsplit(f"(used at {SOURCE}:", 1)[-1].rstrip(")")  # mistake
            assert used.isdigit() and (line is None or int(used) == line), str(error)
            continue
        assert error.file == SOURCE, str(error)
        assert error.line is not None and 1 <= error.line <= last, str(error)
        if line is not None:
            assert error.line == line, f"expected line {line}: {error}"
    return errors


def document(fields: list[tuple[str, object]],
             body: str = "Body.\n") -> tuple[bytes, dict[str, int]]:
    """YAML front matter written key by key, and the file line each key is on."""
    lines: dict[str, int] = {}
    text = "---\n"
    for key, value in fields:
        lines[key] = text.count("\n") + 1
        text += yaml.safe_dump({key: value}, allow_unicode=True, width=10**6)
    text += "---\n" + body
    return text.encode("utf-8"), lines


def shown(page_html: str) -> str:
    """Html text as a reader sees it (entities decoded)."""
    return html.unescape(page_html)


# -- valid values --------------------------------------------------------------------------------

# Any character a file can hold as UTF-8 text: no surrogates, no NUL (a binary file).
CHARS = st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00")
text = st.text(CHARS, max_size=40)


def makes_address(made: str) -> bool:
    """What the code asks of a name once made into a url part: a letter or digit left, and
    short enough for a file name."""
    return any(ch.isalnum() for ch in made) and len(made.encode()) <= urls.MAX_NAME_BYTES


def term_ok(value: str) -> bool:
    """A term (tag, series, author) as plan/collect.py checks it: by its `urls.term_slug`."""
    return makes_address(urls.term_slug(value))


def listed_terms_ok(value: str) -> bool:
    """A term written as one string: read/parse.py splits it at commas (a warning), and
    every part that is not blank is a term of its own (`"a, :"` holds the term `:`)."""
    return all(term_ok(part) for part in (p.strip() for p in value.split(",")) if part)


def slug_ok(value: str) -> bool:
    """A `slug` as read/parse.py makes it: through Hugo's `urlize`, which keeps fewer
    characters than `slugify` (`¼` is a number to slugify, nothing to urlize)."""
    return makes_address(urls.hugo_urlize(value.strip().strip("-")).strip("-"))


# A name that makes an address: at least one letter or digit, short enough for a file name.
name = st.text(CHARS, min_size=1, max_size=30).filter(term_ok)
segment = st.text("abcdefghijklmnopqrstuvwxyz0123456789-", min_size=1, max_size=12)
moment = st.datetimes(min_value=datetime(1970, 1, 2), max_value=datetime(2025, 12, 30),
                      timezones=st.sampled_from([UTC, timezone(timedelta(hours=8)),
                                                 timezone(timedelta(hours=-5, minutes=-30))]))
date_text = st.one_of(
    moment.map(lambda d: d.isoformat()),
    moment.map(lambda d: d.strftime("%Y-%m-%d")),
    moment.map(lambda d: d.strftime("%Y-%m-%d %H:%M:%S ") + d.strftime("%z")),
    st.sampled_from(["2021-1-5", "2022-02-02T15:10:30+08:00", "2021-12-10 09:30:00 +0800",
                     "0001-01-01", "1999-12-31T23:59:59Z"]))
flags = st.sampled_from(["showToc", "TocOpen", "hidemeta", "ShowReadingTime", "searchHidden",
                         "ShowWordCount", "comments", "disableShare", "hideSummary"])
session = st.fixed_dictionaries({}, optional={
    "minutes": st.integers(min_value=0, max_value=10**6),
    "with": st.one_of(name, st.lists(name, max_size=3)),
    "kind": text})
valid_fields: dict[str, st.SearchStrategy[object]] = {
    "title": text,
    "date": date_text,
    "lastmod": date_text,
    "draft": st.booleans(),
    "weight": st.integers(min_value=-(10**9), max_value=10**9),
    "tags": st.lists(name, max_size=4),
    "categories": st.lists(name, max_size=3),
    "series": st.one_of(name.filter(listed_terms_ok), st.lists(name, max_size=2)),
    "author": st.one_of(name, st.lists(name, max_size=2)),
    "description": text,
    "summary": text,
    "slug": st.text(CHARS, min_size=1, max_size=30).filter(slug_ok),
    "url": st.lists(segment, min_size=1, max_size=3).map(lambda s: "/notes/" + "/".join(s) + "/"),
    "aliases": st.lists(segment, max_size=2).map(lambda s: [f"/old/{x}/" for x in s]),
    "keywords": st.lists(text, max_size=3),
    "cover": st.fixed_dictionaries({"image": st.sampled_from(["/c.png", "c.jpg"]),
                                    "alt": text, "caption": text}),
    "session": st.one_of(session, st.lists(session, max_size=2)),
    "params": st.dictionaries(segment, text, max_size=3),
}
valid_front = st.tuples(
    st.dictionaries(st.sampled_from(sorted(valid_fields)), st.just(None), max_size=10),
    st.lists(flags, max_size=3, unique=True),
).flatmap(lambda keys: st.tuples(
    *(valid_fields[k].map(lambda v, k=k: (k, v)) for k in keys[0]),
    *(st.booleans().map(lambda v, k=k: (k, v)) for k in keys[1])))
# Markdown without body tags (they have their own tests below).
body = st.text(CHARS, max_size=300).filter(lambda s: "{{" not in s and "{%" not in s)


@slow(150)
@given(valid_front, body)
def test_every_valid_post_builds_and_shows_what_it_was_given(
        fields: tuple[tuple[str, object], ...], text_body: str) -> None:
    values = dict(fields)
    data, _ = document(list(fields), text_body)
    post, files = builds(data)
    if values.get("draft") is True:  # held back: nothing of it anywhere
        assert post is None
        return
    assert post is not None
    page = shown(files[post.output_path].decode())
    if isinstance(values.get("title"), str) and values["title"].strip():
        assert " ".join(values["title"].split()) in " ".join(page.split())
    if "url" in values:
        assert post.url == values["url"]
    for tag in values.get("tags", ()):  # each tag has its page, listing the post
        term_page = files[urls.output_path(f"/tags/{urls.term_slug(tag)}/")].decode()
        assert f'href="{html.escape(urls.href(post.url))}"' in term_page
    for alias in values.get("aliases", ()):
        assert urls.output_path(alias) in files


@slow(80)
@given(st.text(CHARS, max_size=60), st.lists(name, max_size=6), name)
def test_any_unicode_in_titles_tags_and_authors(title: str, tags: list[str], author: str) -> None:
    data, _ = document([("title", title), ("tags", tags), ("author", author),
                        ("date", "2024-01-01")])
    post, files = builds(data)
    assert post is not None
    assert {urls.term_slug(t) for t in tags} <= {
        urls.term_slug(t) for t in post.terms.get("tags", ())}
    assert urls.output_path(f"/authors/{urls.term_slug(author)}/") in files


# -- invalid values: one mistake in an otherwise valid post --------------------------------------

not_a_date = st.one_of(
    st.sampled_from(["yesterday", "2021-02-30", "2021-13-01", "10/12/2021", "2021-12-10T25:00",
                     "2021-12-10 +25:00", "next week", "0000-01-01"]),
    st.text("abcxyz!? ", min_size=1, max_size=10).filter(lambda s: s.strip()),
    st.lists(st.integers(), min_size=1, max_size=2))
invalid_fields: dict[str, tuple[st.SearchStrategy[object], str]] = {
    "date": (not_a_date, "date"),
    "weight": (st.one_of(st.text(min_size=1, max_size=5), st.floats(allow_nan=False),
                         st.lists(st.integers(), max_size=2)), "whole number"),
    "draft": (st.sampled_from(["maybe", "sometimes", 2, [True]]), "true or false"),
    "tags": (st.one_of(st.lists(st.sampled_from(["..", "!!!", ".", "-", "?"]), min_size=1,
                                max_size=2),
                       st.lists(st.dictionaries(segment, segment, min_size=1), min_size=1,
                                max_size=2)), "tag"),
    "slug": (st.sampled_from([".", "..", "!!!", "-", "...", "?!"]), "letters or digits"),
    "url": (st.sampled_from(["/../etc/", "https://evil.example/", "//evil.example/x",
                             "C:/x/y", "/a\\b/", "/posts/../../x/"]), "url"),
    "aliases": (st.sampled_from([["https://x.org/a/"], ["/../../x/"], ["D:/y/"]]), "aliases"),
    "layout": (st.sampled_from(["pots", "nothere", "base"]), "unknown layout"),
    "session": (st.one_of(st.sampled_from(["a string", 5, ["x"]]),
                          st.fixed_dictionaries({"minutes": st.sampled_from([-1, "ten", 1.5])}),
                          st.fixed_dictionaries({"with": st.sampled_from([{"a": 1}, [1]])})),
                "session"),
    "cover": (st.sampled_from([["a.png"], 5, {"image": ["x"]}]), "cover"),
    "build": (st.sampled_from(["never", ["list"]]), "build"),
    "sitemap": (st.sampled_from(["x", 3]), "sitemap"),
    "author": (st.one_of(st.sampled_from([{"email": "a@b"}, [{"email": "x"}]]),
                         st.sampled_from(["!!!", ".."])), "author"),
}


@slow(200)
@given(valid_front, st.sampled_from(sorted(invalid_fields)), st.data())
def test_every_invalid_field_is_an_error_at_its_line(
        fields: tuple[tuple[str, object], ...], bad: str, data: st.DataObject) -> None:
    values, part = invalid_fields[bad]
    kept = [(k, v) for k, v in fields if k not in (bad, "draft", "url", "slug")
            and not (bad == "author" and k == "session")]
    at = data.draw(st.integers(min_value=0, max_value=len(kept)))
    kept.insert(at, (bad, data.draw(values)))
    doc, lines = document(kept)
    fails_at(doc, lines[bad], part=part)


YAML_MISTAKES = [
    ("title: [unclosed\n", 2), ("title: a\n  bad: indent\n", 3), ("title: 'x\n", 2),
    ("- a list\n- not a mapping\n", 2), ("title: a\ntags: [a, *nowhere]\n", 3),
    ("title: a\nx: &x [*x]\n", 3), ("title: a\n\tdate: 2021-01-01\n", 3),
]


@given(st.sampled_from(YAML_MISTAKES), st.integers(min_value=0, max_value=5))
def test_broken_yaml_is_an_error_at_its_line(mistake: tuple[str, int], pad: int) -> None:
    front, line = mistake
    padding = "".join(f"k{i}: v\n" for i in range(pad))
    fails_at(f"---\n{padding}{front}---\nBody.\n".encode(), line + pad)


@slow(120)
@given(st.binary(max_size=400))
def test_bytes_that_are_not_text_are_an_error_at_their_line(data: bytes) -> None:
    """Valid UTF-8 without NUL builds; anything else fails at the line of the first bad
    byte."""
    whole = b"---\ntitle: x\n---\n" + data
    try:
        text = whole.decode("utf-8")
    except UnicodeDecodeError as err:
        fails_at(whole, whole.count(b"\n", 0, err.start) + 1, part="not UTF-8")
        return
    if "\x00" in text:
        fails_at(whole, text.count("\n", 0, text.index("\x00")) + 1, part="NUL")
        return
    assume("{{" not in text and "{%" not in text)
    builds(whole)


def test_deeply_nested_markdown_and_very_long_lines() -> None:
    head = "---\ntitle: Deep\ndate: 2024-01-01\n---\n"
    nested = "> " * 3000 + "deep\n\n" + "- " * 2000 + "list\n\n" + "[" * 5000 + "x" + "]" * 5000
    for text_body in (nested, "word " * 200_000, "*a " * 20_000):
        try:
            builds((head + text_body).encode())
        except AssertionError:  # too deep for markdown-it: must be an error at the body
            fails_at((head + text_body).encode(), 5, part="nests too deeply")


# -- body tags: well-formed ones build, broken ones fail at their line ----------------------------

GOOD_TAGS = [
    '{{< figure src="/a.png" alt="An image" >}}', "{{< youtube abc123 >}}",
    '{{< details summary="More" >}}Hidden *text*{{< /details >}}',
    "{{< highlight go >}}\nx := 1\n{{< /highlight >}}", "{{< note >}}inner **md**{{< /note >}}",
    "{{< badge one >}}", "{% raw %}{{ not a tag }}{% endraw %}", "{{ site.baseurl }}/x",
    "{{</* figure src=x */>}}", '{{< param "title" >}}', "{% highlight ruby %}\nx = 1\n"
    "{% endhighlight %}", "{{< unknown >}}", "{% unknowntag %}",
]
BAD_TAGS = [
    ("{{< youtube >}}", "video id"), ("{{< param nothere >}}", "param"),
    ("{{< broken >}}", "shortcode template error"), ('{{< ref "nowhere.md" >}}', "ref"),
    ('{{< highlight go "hl_lines=1-999999999" >}}\nx\n{{< /highlight >}}', "marks more than"),
]
prose = st.text("abc xyz\n.,*_", max_size=30)


@slow(120)
@given(st.lists(st.tuples(prose, st.sampled_from(GOOD_TAGS)), max_size=5), prose)
def test_well_formed_body_tags_build(pieces: list[tuple[str, str]], tail: str) -> None:
    text_body = "".join(a + "\n\n" + b + "\n\n" for a, b in pieces) + tail
    post, _ = builds(("---\ntitle: Tags\ndate: 2024-01-01\n---\n" + text_body).encode())
    assert post is not None


@slow(100)
@given(st.lists(st.tuples(prose, st.sampled_from(GOOD_TAGS)), max_size=3),
       st.sampled_from(BAD_TAGS), prose)
def test_a_broken_body_tag_is_an_error_at_its_line(pieces: list[tuple[str, str]],
                                                   bad: tuple[str, str], tail: str) -> None:
    head = "---\ntitle: Tags\ndate: 2024-01-01\n---\n"
    before = "".join(a + "\n\n" + b + "\n\n" for a, b in pieces) + tail + "\n\n"
    line = (head + before).count("\n") + 1
    fails_at((head + before + bad[0] + "\n").encode(), line, part=bad[1])


# Pieces of Hugo shortcode and Liquid syntax, glued in any order: unclosed tags, stray
# closings, nesting, quotes and escapes in every combination. Such soup may be valid or not;
# either way the outcome is a build or errors that each name the post and a line of it.
TAG_PIECES = ["{{<", "{{%", ">}}", "%}}", "{{< /", "/>}}", "{%", "%}", "{%-", "-%}", "{{", "}}",
              "/*", "*/", " ", "\n", "\n\n", "```\n", "`", '"', "=", "figure", "youtube",
              "vimeo", "highlight", "details", "ref", "relref", "param", "note", "badge",
              "broken", "unknown", "raw", "endraw", "comment", "endcomment", "endhighlight",
              "link", "post_url", "site.baseurl", "page.url", "|", "relative_url",
              "absolute_url", "src=", "id=", "title", "x", "#", "../", "    "]
tag_soup = st.lists(st.one_of(st.sampled_from(TAG_PIECES), st.text(max_size=4)),
                    max_size=40).map("".join)


@slow(200)
@given(tag_soup)
@example("\r{{<youtube>}}")  # an error after a lone CR: at line 6, which \n alone does not count
def test_any_tag_soup_builds_or_fails_at_a_line_of_the_post(soup: str) -> None:
    data = ("---\ntitle: Tags\ndate: 2024-01-01\n---\n" + soup).encode("utf-8", "surrogatepass")
    try:
        run(data)
    except (BuildError, ExceptionGroup):
        fails_at(data, None)


def test_the_checks_themselves_can_fail() -> None:
    """`builds` rejects a broken post and `fails_at` a good one or a wrong line."""
    broken, _ = document([("title", "x"), ("weight", "heavy")])
    good, _ = document([("title", "x")])
    checks: list[Callable[[], object]] = [
        lambda: builds(broken), lambda: fails_at(good, 2), lambda: fails_at(broken, 2)]
    for check in checks:
        try:
            check()
        except AssertionError:
            continue
        raise AssertionError("a property check passed when it must not")


# -- site.yaml: any value of any setting loads, or fails at that setting's line -------------------

SETTINGS = sorted({alias for aliases in dialects.SITE_KEYS.values() for alias in aliases}
                  - {"title", "baseurl", "url"} | set(dialects.THEME_PARAMS.values()))
yaml_values = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(CHARS, max_size=20),
              st.sampled_from(["../..", "C:/x", "javascript:x", "%", "/", "~", "<b>x</b>"])),
    lambda inner: st.one_of(st.lists(inner, max_size=3),
                            st.dictionaries(st.text(CHARS, max_size=8), inner, max_size=3)),
    max_leaves=8)


@slow(300)
@given(st.sampled_from(SETTINGS), yaml_values, st.integers(min_value=0, max_value=3))
def test_any_site_setting_loads_or_fails_at_its_line(key: str, value: object, pad: int) -> None:
    padding = "".join(f"# comment {i}\n" for i in range(pad))
    text = "title: T\nbaseURL: https://example.org/\n" + padding + yaml.safe_dump(
        {key: value}, allow_unicode=True, width=10**6)
    # The setting's own lines: its key, and for a mapping (`images:`) the line of the nested
    # key at fault, which is where the mistake is.
    own_lines = range(3 + pad, text.count("\n") + 1)
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "site.yaml").write_text(text, encoding="utf-8")
        try:
            loaded = config_module.load_config(Path(folder))
        except BuildError as err:
            assert str(err.file) == "site.yaml" and err.line in own_lines, str(err)
            return
    for notice in loaded.notices:
        assert str(notice.file) == "site.yaml" and notice.line in own_lines, str(notice)
