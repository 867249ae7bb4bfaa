"""Record which files the real Hugo or Jekyll writes for a fixture site, so a test can check
that mentorblog writes every one of them (tests/test_peer_addresses.py).

    python tests/tools/peer_addresses.py tests/sites/addresses-hugo hugo [--binary PATH]
    python tests/tools/peer_addresses.py tests/sites/addresses-jekyll jekyll [--binary PATH]

The fixture's `site.yaml` is written so the peer reads it as is (a pasted hugo.yaml or
_config.yml). For Hugo, `content/` and `static/` are copied into a scratch site with minimal
layouts that paginate as PaperMod does (home, sections and terms; not the terms index). For
Jekyll, `content/` and `static/` become the source folder and `site.yaml` its _config.yml.
The sorted list of written files goes to `peer-addresses.txt` in the fixture, headed by the
peer's version. Needs the peer installed; CI only reads the recorded list."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

LAYOUTS = {
    # PaperMod's home lists the regular pages of the main sections, paginated.
    "index.html": '{{ $pages := where site.RegularPages "Type" "in" site.Params.mainSections }}'
                  '{{ range (.Paginate $pages).Pages }}{{ .RelPermalink }}{{ end }}',
    # Its list.html paginates sections and terms; terms.html (the terms index) does not.
    "_default/list.html": "{{ range .Paginator.Pages }}{{ .RelPermalink }}{{ end }}",
    "_default/terms.html": "{{ range .Data.Terms.Alphabetical }}{{ .Page.RelPermalink }}{{ end }}",
    "_default/single.html": "{{ .Title }}",
}


def record(site: Path, peer: str, binary: str) -> list[str]:
    with tempfile.TemporaryDirectory() as scratch:
        source, out = Path(scratch) / "source", Path(scratch) / "out"
        if peer == "hugo":
            shutil.copytree(site / "content", source / "content")
            if (site / "static").is_dir():
                shutil.copytree(site / "static", source / "static")
            shutil.copy(site / "site.yaml", source / "hugo.yaml")
            for name, text in LAYOUTS.items():
                (source / "layouts" / name).parent.mkdir(parents=True, exist_ok=True)
                (source / "layouts" / name).write_text(text + "\n")
            command = [binary, "--quiet", "-s", str(source), "-d", str(out)]
            version = subprocess.run([binary, "version"], capture_output=True, text=True,
                                     check=True).stdout.strip().splitlines()[-1]
        else:
            shutil.copytree(site / "content", source)
            if (site / "static").is_dir():
                shutil.copytree(site / "static", source, dirs_exist_ok=True)
            shutil.copy(site / "site.yaml", source / "_config.yml")
            command = [binary, "build", "-q", "-s", str(source), "-d", str(out)]
            version = subprocess.run([binary, "--version"], capture_output=True, text=True,
                                     check=True).stdout.strip()
        subprocess.run(command, check=True)
        files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    (site / "peer-addresses.txt").write_text(
        f"# written by {version.split(' BuildDate')[0]}\n" + "".join(f + "\n" for f in files),
        encoding="utf-8")
    return files


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("site", type=Path)
    parser.add_argument("peer", choices=("hugo", "jekyll"))
    parser.add_argument("--binary", help="the peer's program (default: hugo or jekyll)")
    args = parser.parse_args()
    files = record(args.site, args.peer, args.binary or args.peer)
    print(f"{len(files)} files written by {args.peer}, listed in "
          f"{args.site / 'peer-addresses.txt'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
