"""Command line: parses arguments, prints BuildErrors as `error: file:line: message`, sets
the exit code (0 ok, 1 user error, 2 usage). `serve`, `new`, `check` and `import` live in
their own modules; this file only wires them up and adds the hints a newcomer needs."""

from __future__ import annotations

import argparse
import os
import platform
import shlex
import signal
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from mentorblog import __version__
from mentorblog.build import BuildOptions, BuildResult, build
from mentorblog.core import hints, installed
from mentorblog.core.errors import BuildError, user_errors
from mentorblog.workers import collect_rarely


class _Parser(argparse.ArgumentParser):
    """argparse with a "did you mean" for a misspelt command or choice (Python 3.14's
    `suggest_on_error`, which 3.11 lacks). Sub-command parsers are made of this class too."""

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if action.choices is not None and value not in action.choices:
            choices = [str(c) for c in action.choices]
            raise argparse.ArgumentError(
                action,
                f"invalid choice: {value!r}{hints.did_you_mean(str(value), choices)} "
                f"(choose from {', '.join(choices)})",
            )
        super()._check_value(action, value)


class _Version(argparse.Action):
    """`--version`: mentorblog's and what a bug report needs beside it, one per line."""

    def __init__(
        self,
        option_strings: Sequence[str],
        dest: str = argparse.SUPPRESS,
        default: str = argparse.SUPPRESS,
        help: str | None = None,
    ) -> None:
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        print(version_text())
        parser.exit()


def version_text() -> str:
    def of(package: str) -> str:
        return installed.version(package) or "not installed"

    return "\n".join(
        (
            f"mentorblog {__version__}",
            f"markdown-it-py {of('markdown-it-py')}",
            f"Jinja2 {of('Jinja2')}",
            f"Python {platform.python_version()} ({platform.python_implementation()}, "
            f"{platform.system()} {platform.machine()})",
        )
    )


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="mentorblog",
        description="Build a mentoring journal from Markdown posts written for Jekyll or Hugo.",
        epilog="Start a journal with `mentorblog new site my-journal`; "
        "`mentorblog COMMAND --help` tells more about each command.",
    )
    parser.add_argument(
        "--version",
        action=_Version,
        help="show the versions of mentorblog, markdown-it-py, Jinja2 and Python",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    b = commands.add_parser(
        "build",
        help="render the site into the output folder",
        description="Render the site into the output folder.",
    )
    b.add_argument(
        "-s",
        "--source",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="the site folder, holding site.yaml (default: .)",
    )
    b.add_argument(
        "-d",
        "--destination",
        type=Path,
        metavar="DIR",
        help="output folder (default: publishDir from site.yaml, else public)",
    )
    b.add_argument(
        "-D",
        "--drafts",
        "--buildDrafts",
        "--unpublished",
        action="store_true",
        dest="drafts",
        help="include drafts",
    )
    b.add_argument(
        "-F",
        "--future",
        "--buildFuture",
        action="store_true",
        dest="future",
        help="include posts dated in the future",
    )
    b.add_argument(
        "-E",
        "--expired",
        "--buildExpired",
        action="store_true",
        dest="expired",
        help="include expired posts",
    )
    b.add_argument(
        "--base-url",
        "--baseURL",
        "-b",
        dest="base_url",
        metavar="URL",
        help="override baseURL from site.yaml (e.g. for a preview deploy)",
    )
    b.add_argument(
        "-j",
        "--jobs",
        type=int,
        metavar="N",
        help="worker processes (default: one per core; 1 = no workers)",
    )
    b.add_argument(
        "--no-cache",
        dest="use_cache",
        action="store_false",
        help="do not read or write the build cache (.mentorblog-cache/)",
    )
    b.add_argument(
        "--minify",
        action="store_true",
        help="minify html, css and js (smaller pages, harder to read)",
    )
    noise = b.add_mutually_exclusive_group()
    noise.add_argument("-q", "--quiet", action="store_true", help="print errors only")
    noise.add_argument(
        "-v", "--verbose", action="store_true", help="also print the time each stage took"
    )
    _authoring_commands(commands)
    for name, sub in commands.choices.items():
        sub.set_defaults(command_parser=sub, command=name)
    return parser


def _authoring_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    """`serve`, `new`, `check` and `import`; each takes -s like `build`."""
    source = _Parser(add_help=False)
    source.add_argument(
        "-s",
        "--source",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="the site folder, holding site.yaml (default: .)",
    )
    flags = _Parser(add_help=False)
    flags.add_argument(
        "-D",
        "--drafts",
        "--buildDrafts",
        "--unpublished",
        action="store_true",
        dest="drafts",
        help="include drafts",
    )
    flags.add_argument(
        "-F",
        "--future",
        "--buildFuture",
        action="store_true",
        dest="future",
        help="include posts dated in the future",
    )
    flags.add_argument(
        "-E",
        "--expired",
        "--buildExpired",
        action="store_true",
        dest="expired",
        help="include expired posts",
    )
    s = commands.add_parser(
        "serve",
        parents=[source, flags],
        help="serve the site locally, rebuilding on every save",
        description="Build the site into a private temporary folder, serve it on "
        "http://127.0.0.1:1313/ and rebuild and reload the browser on every save.",
    )
    s.add_argument(
        "-p",
        "--port",
        type=int,
        default=1313,
        help="port to listen on; the next free one when taken (default: 1313)",
    )
    s.add_argument(
        "--bind",
        default="127.0.0.1",
        metavar="ADDRESS",
        help="address to listen on (default: 127.0.0.1, this computer only)",
    )
    n = commands.add_parser(
        "new",
        parents=[source],
        help="start a new post from an archetype",
        description="Write a new post under content/ from an archetype; never overwrites. "
        "`mentorblog new site DIR` starts a whole new journal instead, and "
        "`mentorblog new ci github|gitlab` adds a workflow that publishes it.",
    )
    n.add_argument(
        "path",
        metavar="PATH",
        nargs="?",
        help="where under content/, e.g. posts/my-first-session.md",
    )
    n.add_argument(
        "-k",
        "--kind",
        metavar="NAME",
        help="the archetype: archetypes/NAME.md of the site, else the theme's (default, "
        "reflection, preparation, til, weeknote, milestone; see --list-kinds)",
    )
    n.add_argument(
        "--list-kinds",
        action="store_true",
        help="list the kinds --kind can name, with what each is for, and write nothing",
    )
    n.add_argument(
        "--dialect",
        choices=("hugo", "jekyll"),
        help="jekyll: YYYY-MM-DD-slug.md with layout: post (default: jekyll for a "
        "path under _posts/, else hugo)",
    )
    _new_site_command(commands, "new site", "start a new journal in a new folder")
    _new_site_command(commands, "init", "start a new journal in a folder (default: here)")
    ci = commands.add_parser(
        "new ci",
        parents=[source],
        help="add a workflow that publishes the site on every push",
        description="Write the deploy workflow of docs/deploy.md into the repository holding "
        "the site: .github/workflows/pages.yml (GitHub Pages) or .gitlab-ci.yml "
        "(GitLab Pages). It checks and builds the site on every push to the main "
        "branch and publishes it, keeping the build cache between runs. Never "
        "overwrites a file.",
    )
    ci.add_argument(
        "provider",
        choices=("github", "gitlab"),
        metavar="github|gitlab",
        help="where the site is published",
    )
    ci.add_argument(
        "--install",
        metavar="REQUIREMENT",
        help="what the workflow gives `pip install` (default: the git address this "
        "mentorblog was installed from, else mentorblog), e.g. a wheel in the "
        "repository or git+https://...@v0.1.0",
    )
    c = commands.add_parser(
        "check",
        parents=[source, flags],
        help="build in memory and report broken links",
        description="Build the site in memory, write nothing, and report broken internal "
        "links and anchors, missing images and files, posts without a title or "
        "description and misspelt front-matter keys. Exit 1 when anything is "
        "broken.",
    )
    c.add_argument("--strict", action="store_true", help="also exit 1 on warnings")
    i = commands.add_parser(
        "import",
        help="move a Jekyll or Hugo site into a new site folder",
        description="Copy a Jekyll or Hugo site's posts, pages and assets unchanged into the "
        "site folder (-s, default .), which must be new or empty, translate its "
        "configuration into site.yaml, and list what could not be carried over.",
    )
    i.add_argument(
        "-s",
        "--source",
        type=Path,
        default=Path("."),
        metavar="DIR",
        help="the new site's folder, new or empty (default: .)",
    )
    i.add_argument("generator", choices=("jekyll", "hugo"), help="what built the old site")
    i.add_argument("path", type=Path, metavar="PATH", help="the old site's folder")


def _new_site_command(
    commands: argparse._SubParsersAction[_Parser], name: str, summary: str
) -> None:
    """`new site DIR` and `init [DIR]`: the same command, DIR optional only for init."""
    from mentorblog.commands import new_site as ns

    p = commands.add_parser(
        name,
        help=summary,
        description="Write a mentoring journal that builds at once: site.yaml with a comment "
        "on every setting, an About, Archives and Search page, the sessions page "
        "in the menu, a first reflection dated now, and .gitignore. Asks nothing: "
        "the flags set what differs. The folder must be new or empty (hidden "
        "files such as .git are fine); no file is ever overwritten.",
    )
    if name == "init":
        p.add_argument(
            "folder",
            metavar="DIR",
            type=Path,
            nargs="?",
            default=Path("."),
            help="the new site's folder (default: the current folder)",
        )
    else:
        p.add_argument("folder", metavar="DIR", type=Path, help="the new site's folder")
    p.add_argument(
        "--title",
        type=_checked(ns.one_line),
        default=ns.DEFAULT_TITLE,
        help=f"the journal's name (default: {ns.DEFAULT_TITLE})",
    )
    p.add_argument(
        "--author",
        type=_checked(ns.person),
        default=ns.DEFAULT_AUTHOR,
        help=f"who writes the posts (default: {ns.DEFAULT_AUTHOR})",
    )
    p.add_argument(
        "--role",
        choices=ns.ROLES,
        default="mentor",
        help="the author's role in the mentorship (default: mentor)",
    )
    p.add_argument(
        "--with",
        dest="partner",
        type=_checked(ns.person),
        metavar="NAME",
        help="the person the author meets (default: Your mentee, or Your mentor)",
    )
    p.add_argument(
        "--base-url",
        "--baseURL",
        dest="base_url",
        type=_checked(ns.site_address),
        default=ns.EXAMPLE_BASE_URL,
        metavar="URL",
        help=f"the address the site will be published at (default: "
        f"{ns.EXAMPLE_BASE_URL}, to be changed before publishing)",
    )
    p.add_argument(
        "--timezone",
        type=_checked(ns.zone_name),
        metavar="ZONE",
        help="an IANA time zone such as Europe/Berlin, or an offset such as +01:00 "
        "(default: this computer's)",
    )
    p.add_argument(
        "--language",
        type=_checked(ns.language_code),
        default="en",
        metavar="CODE",
        help="the language of the posts (default: en)",
    )
    p.add_argument(
        "--dialect",
        choices=ns.DIALECTS,
        default="hugo",
        help="jekyll: posts in content/_posts/ named YYYY-MM-DD-slug.md with "
        "layout: post (default: hugo)",
    )
    p.add_argument(
        "--force",
        action="store_true",
        help="allow a folder that already holds files (none is overwritten)",
    )


def _checked(check: Callable[[str], str]) -> Callable[[str], str]:
    """A value check of new_site as an argparse type: its message becomes the usage error."""

    def convert(value: str) -> str:
        try:
            return check(value)
        except ValueError as err:
            raise argparse.ArgumentTypeError(str(err)) from None

    convert.__name__ = check.__name__
    return convert


# Options of `new` that take a value: skipped when looking for `site` or `ci` after `new`.
_NEW_VALUES = frozenset({"-s", "--source", "-k", "--kind", "--dialect"})


def _route_new(argv: list[str]) -> list[str]:
    """`new site ...` and `new ci ...` are commands of their own (`new PATH` writes a post):
    join the two words into the command's name. `new site.md` is still a post. Hugo's
    `new content PATH` is `new PATH`."""
    command = next((i for i, arg in enumerate(argv) if not arg.startswith("-")), None)
    if command is None or argv[command] != "new":
        return argv
    i = command + 1
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            break
        if arg in ("site", "ci"):
            return [*argv[:command], f"new {arg}", *argv[command + 1 : i], *argv[i + 1 :]]
        if arg == "content" and any(not a.startswith("-") for a in argv[i + 1 :]):
            return [*argv[:i], *argv[i + 1 :]]
        if not arg.startswith("-"):
            break
        i += 2 if arg in _NEW_VALUES else 1
    return argv


def run() -> None:
    """The program's entry point (the `mentorblog` command and `python -m mentorblog`).
    After the command returns, the process ends without the interpreter's teardown, which
    frees every object of the built site one by one: 0.1-0.15 s of a build's wall time at
    1,000 and 10,000 posts. Every file is written and closed by then; only the standard
    streams' buffers are left to flush. An exception still ends the process normally."""
    collect_rarely()
    code = main()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing left to show
            code = code or 1
    os._exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args, unknown = parser.parse_known_args(
        _route_new(list(sys.argv[1:] if argv is None else argv))
    )
    if unknown:
        _unrecognized(getattr(args, "command_parser", parser), unknown)
    if args.command is None:
        parser.print_help(sys.stderr)
        return 2
    if args.command != "build":
        return _authoring(args)
    progress = _Progress() if sys.stderr.isatty() and not args.quiet else None
    options = BuildOptions(
        source=args.source,
        destination=args.destination,
        drafts=args.drafts,
        future=args.future,
        expired=args.expired,
        base_url=args.base_url,
        minify=args.minify,
        jobs=args.jobs,
        use_cache=args.use_cache,
        progress=progress,
    )
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
    if not args.quiet:
        _build_hints(result, args)
    return 0


def _build_hints(result: BuildResult, args: argparse.Namespace) -> None:
    """After a build: a site left at an example address, a site with no post."""
    root = args.source.resolve()
    if args.base_url is None and hints.is_example_address(result.base_url):
        where = _setting_line(root, ("baseurl", "url"))
        print(
            f"warning: {where}: baseURL {result.base_url} is an example address, so "
            "feeds, the sitemap and shared links lead nowhere; set it to the address the "
            "site is published at (or build with --base-url)",
            file=sys.stderr,
        )
    if result.posts == 0:
        source = str(args.source) if args.source != Path(".") else "."
        jekyll = (root / "content" / "_posts").is_dir()
        print(f"hint: {hints.no_posts(result.skipped, source, jekyll=jekyll)}", file=sys.stderr)


def _setting_line(root: Path, names: Sequence[str]) -> str:
    """`site.yaml:3` for the first of `names` set there, `site.yaml` when unknown."""
    import yaml

    from mentorblog.core.keys import norm
    from mentorblog.read.config import CONFIG_FILE
    from mentorblog.read.yamltext import load_yaml

    try:
        lines = load_yaml((root / CONFIG_FILE).read_text(encoding="utf-8-sig")).key_lines
    except (OSError, ValueError, yaml.YAMLError):  # the build read it: only the line is lost
        return CONFIG_FILE
    found = sorted(line for key, line in lines.items() if norm(key) in names)
    return f"{CONFIG_FILE}:{found[0]}" if found else CONFIG_FILE


def _unrecognized(parser: argparse.ArgumentParser, unknown: list[str]) -> None:
    """Exit 2 naming what was not understood, with the closest option of that command."""
    options = [o for action in parser._actions for o in action.option_strings]
    flag = next((arg.split("=", 1)[0] for arg in unknown if arg.startswith("-")), None)
    hint = hints.did_you_mean(flag, options) if flag else ""
    parser.error(f"unrecognized arguments: {' '.join(unknown)}{hint}")


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
        if args.command in ("new site", "init"):
            return _new_site(args)
        if args.command == "new ci":
            return _new_ci(args)
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
    from mentorblog.commands.serve import Report, ServeOptions, serve

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
    serve(
        ServeOptions(
            source=args.source,
            bind=args.bind,
            port=args.port,
            drafts=args.drafts,
            future=args.future,
            expired=args.expired,
        ),
        Report(info, problem),
    )
    return 0


def _new(args: argparse.Namespace) -> int:
    from mentorblog.commands.new import new_content

    if args.list_kinds:
        from mentorblog.commands.new_kinds import list_kinds

        kinds = list_kinds(args.source.resolve())
        width = max((len(k.name) for k in kinds), default=0)
        for k in kinds:
            mark = " (this site's)" if k.origin == "site" else ""
            print(f"{k.name.ljust(width)}  {k.about}{mark}".rstrip())
        return 0
    if not args.path:
        args.command_parser.error("the following arguments are required: PATH (or --list-kinds)")
    created = new_content(args.source, args.path, kind=args.kind, dialect=args.dialect)
    print(f"Created {_shown(args.source.resolve() / created).rstrip('/')}")
    return 0


_SITE_FILES = {
    "site.yaml": "the settings, each with a comment",
    ".gitignore": "keeps public/ and the build cache out of git",
    "content/about.md": "the About page",
    "content/archives.md": "every post by month",
    "content/search.md": "the search page",
}


def _new_site(args: argparse.Namespace) -> int:
    from mentorblog.commands import new_site as ns

    spec = ns.SiteSpec(
        title=args.title,
        author=args.author,
        base_url=args.base_url,
        role=args.role,
        partner=args.partner or "",
        language=args.language,
        timezone=args.timezone or ns.local_timezone(),
        dialect=args.dialect,
    )
    made = ns.new_site(args.folder, spec, force=args.force)
    where = _shown(made.root)
    print(f"Created a new journal in {where} ({args.dialect} dialect, time zone {spec.timezone}):")
    width = max(len(str(rel)) for rel in (*made.written, *made.kept)) + 2
    for rel in made.written:
        what = _SITE_FILES.get(str(rel), "a first reflection: a session and a private note")
        print(f"  {rel!s:<{width}}{what}")
    for rel in made.kept:
        print(
            f"  {rel!s:<{width}}already there and left as it is: add /public/ and "
            "/.mentorblog-cache/ to it"
        )
    placeholders = [
        (value, flag)
        for value, flag, given in (
            (spec.author, "--author NAME", spec.author != ns.DEFAULT_AUTHOR),
            (spec.partner_name, "--with NAME", bool(spec.partner)),
            (spec.base_url, "--base-url URL", spec.base_url != ns.EXAMPLE_BASE_URL),
        )
        if not given
    ]
    if placeholders:
        print("To change in site.yaml before you publish (or give the flag next time):")
        room = max(len(value) for value, _ in placeholders) + 2
        for value, flag in placeholders:
            print(f"  {value:<{room}}{flag}")
    post = made.first_post.relative_to("content")
    second = post.with_name(post.name.replace("our-first-session", "second-session"))
    second = second.with_name(second.name.split("-", 3)[-1]) if args.dialect == "jekyll" else second
    steps = [] if made.root == Path.cwd() else [(f"cd {shlex.quote(where.rstrip('/'))}", "")]
    steps += [
        ("mentorblog serve", "preview it at http://127.0.0.1:1313/ while you write"),
        (f"mentorblog new --kind reflection {second}", "your next reflection"),
        ("mentorblog new ci github", "publish on every push (or: gitlab)"),
    ]
    print("Next:")
    room = max(len(command) for command, _ in steps) + 2
    for command, why in steps:
        print(f"  {command:<{room}}{why}".rstrip())
    return 0


def _new_ci(args: argparse.Namespace) -> int:
    from mentorblog.commands.new_ci import installed_from_folder, new_ci

    try:
        made = new_ci(args.source, args.provider, install=args.install)
    except BuildError as err:  # a file of the repository, shown as for `Created`
        if err.file is None or not err.file.is_absolute():
            raise
        raise BuildError(err.message, _shown(Path(err.file)).rstrip("/"), err.line) from None
    print(f"Created {_shown(made.repository / made.file).rstrip('/')}")
    if args.provider == "github":
        print(
            f"On every push to {made.branch} it checks and builds the site and publishes it "
            "on GitHub Pages. Once: in the repository's settings on GitHub, under Pages, "
            "choose GitHub Actions as the source. Then commit and push the file."
        )
    else:
        print(
            "On every push to the default branch it checks and builds the site and "
            "publishes it on GitLab Pages. Commit and push the file."
        )
    if not made.has_git:
        print(
            "note: the site is in no git repository yet, so the file went into the site "
            "folder: make that folder the repository's root (git init there)"
        )
    local = installed_from_folder()
    if args.install is None and local:
        print(
            f"note: this mentorblog was installed from {local}, which CI cannot reach; "
            f"the workflow runs `pip install {made.install}`. While the package index "
            "has no mentorblog, change that line to a git address or a wheel committed to "
            "the repository (or delete the file and use --install; see docs/deploy.md)"
        )
    return 0


def _import(args: argparse.Namespace) -> int:
    from mentorblog.importers import import_site

    result = import_site(args.generator, args.path, args.source)
    for notice in result.notices:
        print(f"not carried over: {notice}")
    where = _shown(result.target)
    print(
        f"Imported {result.copied} {'file' if result.copied == 1 else 'files'} from "
        f"{args.path} into {where}; "
        f"{len(result.notices)} {'thing' if len(result.notices) == 1 else 'things'} "
        "not carried over"
        f"{' (listed above, files named as in the old site)' if result.notices else ''}. "
        f"Next: mentorblog build -s {where.rstrip('/') or '.'}"
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    from mentorblog.commands.check import check_site

    result = check_site(
        BuildOptions(
            source=args.source, drafts=args.drafts, future=args.future, expired=args.expired
        )
    )
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
        stages = ", ".join(
            f"{name} {seconds * 1000:.0f} ms" for name, seconds in result.stage_seconds.items()
        )
        print(f"stages: {stages}", file=sys.stderr)
    skipped = result.skipped
    reused = f", {result.reused} from cache" if result.reused else ""
    if result.kept:
        reused += f", {result.kept} unchanged"
    print(
        f"Built {result.pages} pages ({result.files} files{reused}) in "
        f"{result.seconds * 1000:.0f} ms"
        f" into {_shown(result.destination)}; skipped {skipped.get('drafts', 0)} drafts, "
        f"{skipped.get('future', 0)} future, {skipped.get('expired', 0)} expired"
        + (f", {skipped['private']} private" if skipped.get("private") else "")
    )


def _shown(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd())) + "/"
    except ValueError:
        return str(path) + "/"
