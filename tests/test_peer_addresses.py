"""Every file the real generator writes for a fixture site, mentorblog writes too: the pages,
redirects and feeds at the same addresses (issue 17). The lists were recorded with Hugo 0.168
and Jekyll 4.3 by tests/tools/peer_addresses.py, which names the version in each list."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from mentorblog.build import BuildOptions, build

SITES = Path(__file__).parent / "sites"
RECORDED = sorted(p.parent for p in SITES.glob("*/peer-addresses.txt"))
NOW = datetime(2026, 1, 1, tzinfo=UTC)


def recorded(site: Path) -> list[str]:
    lines = (site / "peer-addresses.txt").read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line and not line.startswith("#")]


def test_there_are_recorded_sites_of_both_peers() -> None:
    headers = {(s / "peer-addresses.txt").read_text(encoding="utf-8").split()[3]
               for s in RECORDED}
    assert headers == {"hugo", "jekyll"}


@pytest.mark.parametrize("site", RECORDED, ids=[p.name for p in RECORDED])
def test_every_address_the_peer_writes_is_written(site: Path, tmp_path: Path) -> None:
    out = tmp_path / "public"
    build(BuildOptions(source=site, destination=out), now=NOW)
    expected = recorded(site)
    assert len(expected) > 10
    missing = [path for path in expected if not (out / path).is_file()]
    assert missing == []
