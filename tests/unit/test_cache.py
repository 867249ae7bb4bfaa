"""cache: the key of cached html changes with mentorblog's code and the rendering libraries."""

from __future__ import annotations

from importlib import metadata

import pytest

from mentorblog import cache


def test_a_library_upgrade_changes_the_source_digest(monkeypatch: pytest.MonkeyPatch) -> None:
    digest = cache.source_digest.__wrapped__  # uncached, so each call reads again
    before = digest()
    real = metadata.version
    monkeypatch.setattr(metadata, "version",
                        lambda name: "99.0" if name == "pygments" else real(name))
    assert digest() != before
    monkeypatch.setattr(metadata, "version", real)
    assert digest() == before


def test_every_model_dataclass_pickles_as_its_field_values() -> None:
    """Pages travel from parse workers and live in the cache as (class, field values):
    a class whose __init__ does not take its fields in order would come back wrong."""
    import dataclasses
    import pickle
    from datetime import UTC, datetime
    from pathlib import PurePosixPath

    from mentorblog import model

    classes = [c for c in vars(model).values()
               if isinstance(c, type) and dataclasses.is_dataclass(c) and c.__module__ ==
               model.__name__] + [cache.HtmlRef, cache.OutputRecord, cache.OutputIndex]
    assert len(classes) > 15
    for cls in classes:
        assert cls.__reduce__ is not object.__reduce__, cls  # type: ignore[comparison-overlap]
    content = model.Content(html="<p>x</p>", summary_html="", summary_text="x",
                            is_truncated=False, text="x",
                            toc=(model.Heading(2, "a", "A"),), word_count=1,
                            reading_minutes=1, html_ref=cache.HtmlRef("p", 1, 2))
    page = model.Page(source=PurePosixPath("content/a.md"), kind="post", section="posts",
                      body_line=3, title="A", url="/a/", output_path="a/index.html",
                      layout="post", body="", content=content,
                      date=datetime(2024, 1, 2, tzinfo=UTC),
                      sessions=(model.Session(30, ("Ana",), "pairing"),))
    again = pickle.loads(pickle.dumps(page, protocol=pickle.HIGHEST_PROTOCOL))
    assert again == page and type(again.content) is model.Content
    index = cache.OutputIndex("out", {"a": cache.OutputRecord("f", ("page:/a/",), 1, 2, 3)}, {})
    assert pickle.loads(pickle.dumps(index)) == index
