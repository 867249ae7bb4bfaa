"""Every HTML and SVG file of the built site is valid to the Nu Html Checker (vnu.jar)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

VNU_JAR = Path(__file__).resolve().parents[1] / "tools/node_modules/vnu-jar/build/dist/vnu.jar"


def vnu_errors(folder: Path) -> list[str]:
    """Run vnu once over `folder`; its errors as `file:line: message`, relative to `folder`."""
    done = subprocess.run(["java", "-jar", str(VNU_JAR), "--skip-non-html", "--also-check-svg",
                           "--format", "json", "--stdout", str(folder)],
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=600)
    assert done.returncode in (0, 1), f"vnu exited {done.returncode}:\n{done.stderr}{done.stdout}"
    messages: list[dict[str, Any]] = json.loads(done.stdout)["messages"]
    errors = []
    for m in messages:
        if m.get("type") in ("error", "non-document-error") or m.get("subType") == "fatal":
            path = Path(unquote(urlsplit(m.get("url", "")).path))
            name = path.relative_to(folder) if path.is_relative_to(folder) else path
            errors.append(f"{name}:{m.get('lastLine', '?')}: {m.get('message')}")
    assert errors or done.returncode == 0, f"vnu exited 1 but reported no error:\n{done.stdout}"
    return errors


def test_site_html_is_valid(example_site: Any) -> None:
    errors = vnu_errors(example_site.root)
    assert errors == [], f"{len(errors)} HTML errors:\n" + "\n".join(errors)


def test_minified_site_html_is_valid(minified_example: Path) -> None:
    """--minify drops optional tags and quotes; what is left must still be valid html."""
    errors = vnu_errors(minified_example)
    assert errors == [], f"{len(errors)} HTML errors in the --minify build:\n" + "\n".join(errors)


def test_theme_flags_site_html_is_valid(flags_output: Path) -> None:
    """Profile mode, social icons, series, share links, comments: the markup they add is valid."""
    errors = vnu_errors(flags_output)
    assert errors == [], f"{len(errors)} HTML errors:\n" + "\n".join(errors)


def test_migrated_fixture_html_is_valid() -> None:
    """Shortcode and Liquid output (figures, the videos' play pages in `srcdoc`, details,
    numbered code) is valid: checked on the golden output of tests/sites/migrated."""
    errors = vnu_errors(Path(__file__).resolve().parents[1] / "sites" / "migrated" / "expected")
    assert errors == [], f"{len(errors)} HTML errors:\n" + "\n".join(errors)


def test_vnu_catches_invalid_html(tmp_path: Path) -> None:
    head = '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>t</title></head>'
    (tmp_path / "good.html").write_text(head + "<body><p>fine</p></body></html>")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "bad.html").write_text(head + "<body><p><div></p></div></body></html>")
    (tmp_path / "bad.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"><nope/></svg>')
    errors = vnu_errors(tmp_path)
    assert {e.split(":")[0] for e in errors} == {"sub/bad.html", "bad.svg"}, errors
