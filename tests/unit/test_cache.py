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
