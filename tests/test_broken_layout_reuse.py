"""A layout added broken over the theme's must fail a warm build, as it fails a cold one.

Output reuse once digested an unparsable layout like an absent one, so a new, broken
`layouts/partials/extend_head.html` (where the theme has none) left every page "unchanged"
and the build succeeded with the old pages; `serve` then never showed the error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mentorblog.cli import main

SITE = Path(__file__).parent / "sites" / "hugo"


def test_a_new_broken_partial_fails_a_warm_build(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    site = tmp_path / "site"
    shutil.copytree(SITE, site, ignore=shutil.ignore_patterns("expected*"))
    assert main(["build", "-q", "-s", str(site)]) == 0
    capsys.readouterr()
    (site / "layouts" / "partials" / "extend_head.html").write_text(
        "<!-- ok -->\n{% if %}\n", encoding="utf-8"
    )
    assert main(["build", "-q", "-s", str(site)]) == 1
    err = capsys.readouterr().err
    assert "error: layouts/partials/extend_head.html:2: template syntax error" in err
