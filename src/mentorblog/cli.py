"""Command line: parses arguments, prints BuildErrors as `error: file:line: message`, sets
the exit code (0 ok, 1 user error, 2 usage). `serve`, `new`, `check` and `import` live in
their own modules; this file only wires them up."""

from __future__ import annotations

import argparse
import os
import signal
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
    _authoring_commands(commands)
    return parser


def _authoring_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """`serve`, `new`, `check` and `import`; each takes -s like `build`."""
    source = argparse.ArgumentParser(add_help=False)
    source.add_argument("-s", "--source", type=Path, default=Path("."), metavar="DIR",
                        help="the site folder, holding site.yaml (default: .)")
    flags = argparse.ArgumentParser(add_help=False)
    flags.add_argument("-D", "--drafts", "--buildDrafts", "--unpublished", action="store_true",
                       dest="drafts", help="include drafts")
    flags.add_argument("-F", "--future", "--buildFuture", action="store_true", dest="future",
                       help="include posts dated in the future")
    flags.add_argument("-E", "--expired", "--buildExpired", action="store_true",
                       dest="expired", help="include expired posts")
    s = commands.add_parser(
        "serve", parents=[source, flags], help="serve the site locally, rebuilding on every save",
        description="Build the site into a private temporary folder, serve it on "
                    "http://127.0.0.1:1313/ and rebuild and reload the browser on every save.")
    s.add_argument("-p", "--port", type=int, default=1313,
                   help="port to listen on; the next free one when taken (default: 1313)")
    s.add_argument("--bind", default="127.0.0.1", metavar="ADDRESS",
                   help="address to listen on (default: 127.0.0.1, this computer only)")
    n = commands.add_parser(
        "new", parents=[source], help="start a new post from an archetype",
        description="Write a new post under content/ from an archetype; never overwrites.")
    n.add_argument("path", metavar="PATH",
                   help="where under content/, e.g. posts/my-first-session.md")
    n.add_argument("-k", "--kind", metavar="NAME",
                   help="the archetype: archetypes/NAME.md of the site, else the theme's "
                        "(the theme has default and reflection)")
    n.add_argument("--dialect", choices=("hugo", "jekyll"),
                   help="jekyll: YYYY-MM-DD-slug.md with layout: post (default: jekyll for a "
                        "path under _posts/, else hugo)")
    c = commands.add_parser(
        "check", parents=[source, flags], help="build in memory and report broken links",
        description="Build the site in memory, write nothing, and report broken internal "
                    "links and anchors, missing images and files, posts without a title or "
                    "description and misspelt front-matter keys. Exit 1 when anything is "
                    "broken.")
    c.add_argument("--strict", action="store_true", help="also exit 1 on warnings")
    i = commands.add_parser(
        "import", help="move a Jekyll or Hugo site into a new site folder",
        description="Copy a Jekyll or Hugo site's posts, pages and assets unchanged into the "
                    "site folder (-s, default .), which must be new or empty, translate its "
                    "configuration into site.yaml, and list what could not be carried over.")
    i.add_argument("-s", "--source", type=Path, default=Path("."), metavar="DIR",
                   help="the new site's folder, new or empty (default: .)")
    i.add_argument("generator", choices=("jekyll", "hugo"), help="what built the old site")
    i.add_argument("path", type=Path, metavar="PATH", help="the old site's folder")


def run() -> None:
    """The program's entry point (the `mentorblog` command and `python -m mentorblog`).
    After the command returns, the process ends without the interpreter's teardown, which
    frees every object of the built site one by one: 0.1-0.15 s of a build's wall time at
    1,000 and 10,000 posts. Every file is written and closed by then; only the standard
    streams' buffers are left to flush. An exception still ends the process normally."""
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing left to show
            code = code or 1
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    if args.command in ("serve", "new", "check", "import"):
        return _authoring(args)
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


def _authoring(args: argparse.Namespace) -> int:
    try:
        if args.command == "serve":
            return _serve(args)
        if args.command == "new":
            return _new(args)
        if args.command == "import":
            return _import(args)
        return _check(args)
    except (BuildError, ExceptionGroup) as err:
        errors = user_errors(err)
        if errors is None:
            raise
        _print_errors(errors)
        return 1


def _serve(args: argparse.Namespace) -> int:
    from mentorblog.serve import Report, ServeOptions, serve

    def info(text: str) -> None:
        print(text, flush=True)

    def problem(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, interrupt)  # `kill` stops as cleanly as Ctrl-C
    # A shell that starts commands in the background (CI runners, `cmd &`) hands them SIGINT
    # ignored, and Python then keeps it ignored: Ctrl-C must stop the server all the same.
    signal.signal(signal.SIGINT, interrupt)
    serve(ServeOptions(source=args.source, bind=args.bind, port=args.port, drafts=args.drafts,
                       future=args.future, expired=args.expired), Report(info, problem))
    return 0


def _new(args: argparse.Namespace) -> int:
    from mentorblog.new import new_content

    created = new_content(args.source, args.path, kind=args.kind, dialect=args.dialect)
    print(f"Created {_shown(args.source.resolve() / created).rstrip('/')}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from mentorblog.importers import import_site

    result = import_site(args.generator, args.path, args.source)
    for notice in result.notices:
        print(f"not carried over: {notice}")
    where = _shown(result.target)
    print(f"Imported {result.copied} files from {args.path} into {where}; "
          f"{len(result.notices)} things not carried over"
          f"{' (listed above, files named as in the old site)' if result.notices else ''}. "
          f"Next: mentorblog build -s {where.rstrip('/') or '.'}")
    return 0


def _check(args: argparse.Namespace) -> int:
    from mentorblog.check import check_site

    result = check_site(BuildOptions(source=args.source, drafts=args.drafts,
                                     future=args.future, expired=args.expired))
    for notice in result.warnings:
        print(f"warning: {notice}", file=sys.stderr)
    for err in result.errors:
        print(f"error: {err}", file=sys.stderr)
    print(result.summary())
    return 1 if result.errors or (args.strict and result.warnings) else 0


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
    if result.kept:
        reused += f", {result.kept} unchanged"
    print(f"Built {result.pages} pages ({result.files} files{reused}) in "
          f"{result.seconds * 1000:.0f} ms"
          f" into {_shown(result.destination)}; skipped {skipped.get('drafts', 0)} drafts, "
          f"{skipped.get('future', 0)} future, {skipped.get('expired', 0)} expired")


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd())) + "/"
    except ValueError:
        return str(path) + "/"
