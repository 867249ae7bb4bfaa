"""Command line: parses arguments, prints BuildErrors as `error: file:line: message`, sets
the exit code (0 ok, 1 user error, 2 usage)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from mentorblog import __version__
from mentorblog.build import BuildOptions, BuildResult, build
from mentorblog.errors import BuildError, user_errors


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="mentorblog",
        description="Build a mentoring journal from Markdown posts written for Jekyll or Hugo.")
    parser.add_argument("--version", action="version", version=f"mentorblog {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    b = commands.add_parser("build", help="render the site into the output folder",
                            description="Render the site into the output folder.")
    b.add_argument("-s", "--source", type=Path, default=Path("."), metavar="DIR",
                   help="the site folder, holding site.yaml (default: .)")
    b.add_argument("-d", "--destination", type=Path, metavar="DIR",
                   help="output folder (default: publishDir from site.yaml, else public)")
    b.add_argument("-D", "--drafts", "--buildDrafts", "--unpublished", action="store_true",
                   dest="drafts", help="include drafts")
    b.add_argument("-F", "--future", "--buildFuture", action="store_true", dest="future",
                   help="include posts dated in the future")
    b.add_argument("-E", "--expired", "--buildExpired", action="store_true", dest="expired",
                   help="include expired posts")
    b.add_argument("--base-url", "--baseURL", "-b", dest="base_url", metavar="URL",
                   help="override baseURL from site.yaml (e.g. for a preview deploy)")
    b.add_argument("-j", "--jobs", type=int, metavar="N",
                   help="worker processes (default: one per core; 1 = no workers)")
    b.add_argument("--no-cache", dest="use_cache", action="store_false",
                   help="do not read or write the build cache (.mentorblog-cache/)")
    b.add_argument("--minify", action="store_true",
                   help="minify html, css and js (smaller pages, harder to read)")
    noise = b.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    noise.add_argument("-v", "--verbose", action="store_true",
                       help="also print the time each stage took")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    progress = _Progress() if sys.stderr.isatty() and not args.quiet else None
    options = BuildOptions(source=args.source, destination=args.destination,
                           drafts=args.drafts, future=args.future, expired=args.expired,
                           base_url=args.base_url, minify=args.minify, jobs=args.jobs,
                           use_cache=args.use_cache, progress=progress)
    try:
        result = build(options)
    except (BuildError, ExceptionGroup) as err:
        if progress:
            progress.clear()
        errors = user_errors(err)
        if errors is None:
            raise
        _print_errors(errors)
        return 1
    if progress:
        progress.clear()
    _report(result, quiet=args.quiet, verbose=args.verbose)
    return 0


class _Progress:
    """One self-overwriting status line on a terminal: `render 3,200/13,266`."""

    def __init__(self) -> None:
        self._shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        sys.stderr.write(f"\r\033[K{stage} {done:,}/{total:,}")
        sys.stderr.flush()
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            sys.stderr.write("\r\033[K")
            sys.stderr.flush()
            self._shown = False


def _print_errors(errors: list[BuildError]) -> None:
    for err in errors:
        print(f"error: {err}", file=sys.stderr)
    if len(errors) > 1:
        print(f"{len(errors)} errors; nothing was written", file=sys.stderr)


def _report(result: BuildResult, *, quiet: bool, verbose: bool) -> None:
    if quiet:
        return
    for notice in result.notices:
        print(f"warning: {notice}", file=sys.stderr)
    if verbose:
        stages = ", ".join(f"{name} {seconds * 1000:.0f} ms"
                           for name, seconds in result.stage_seconds.items())
        print(f"stages: {stages}", file=sys.stderr)
    skipped = result.skipped
    reused = f", {result.reused} from cache" if result.reused else ""
    print(f"Built {result.pages} pages ({result.files} files{reused}) in "
          f"{result.seconds * 1000:.0f} ms"
          f" into {_shown(result.destination)}; skipped {skipped.get('drafts', 0)} drafts, "
          f"{skipped.get('future', 0)} future, {skipped.get('expired', 0)} expired")


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd())) + "/"
    except ValueError:
        return str(path) + "/"
