#!/usr/bin/env python3
"""The markdown floor: how long markdown-it-py takes to render every post body of a corpus.

Run by bench/run.py with the interpreter that runs mentorblog (so the same markdown-it-py):

    python bench/floor.py CORPUS_DIR [--repeat N] [--plugins] [--processes N]

Reads every `*.md` file under CORPUS_DIR, drops the front matter (YAML `---`, TOML `+++` or JSON
`{`), then renders each body on one core with `MarkdownIt("commonmark").render()`, or with
`--plugins` with the markdown-it-py parser a default mentorblog build configures (GFM, the
typographer, heading ids, code highlighting; `mentorblog` must be importable). Only markdown-it's
rendering is timed: not the reading, nor what mentorblog does around it (front matter,
summaries, templates). With `--processes N`, N forked processes (1 too) render every Nth body,
with nothing to share: `bench/run.py` compares one process and two by Amdahl's measure, to
show the serial part this machine shows for work that is all parallel. Prints one JSON object:
posts, best wall, CPU and kernel seconds of the N passes, and every pass's wall time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

from markdown_it import MarkdownIt


def strip_front_matter(text: str) -> str:
    """The body of a post: everything after its front matter, if it has one."""
    text = text.removeprefix("\ufeff")
    first = text.split("\n", 1)[0].rstrip("\r")
    if first in ("---", "+++"):
        # The front matter ends at the next line that is the same fence.
        lines = text.splitlines(keepends=True)
        for i in range(1, len(lines)):
            if lines[i].rstrip("\r\n") == first:
                return "".join(lines[i + 1 :])
        return ""
    if first.startswith("{"):
        # JSON front matter: a top-level object, then the body.
        try:
            _, end = json.JSONDecoder().raw_decode(text)
        except json.JSONDecodeError:
            return text
        return text[end:]
    return text


def read_bodies(corpus: Path) -> list[str]:
    return [
        strip_front_matter(path.read_text(encoding="utf-8"))
        for path in sorted(corpus.rglob("*.md"))
    ]


Pass = tuple[float, float, float]  # wall, CPU and kernel seconds


def render_all(parser_for: Callable[[str], MarkdownIt], bodies: list[str]) -> Pass:
    """Render every body once; return (wall, CPU, kernel seconds) of the rendering alone."""
    wall0, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    for body in bodies:
        parser_for(body).render(body, {})
    wall = time.perf_counter() - wall0
    return _pass(wall, before, resource.getrusage(resource.RUSAGE_SELF))


def _pass(wall: float, before: resource.struct_rusage, after: resource.struct_rusage) -> Pass:
    """(wall, CPU, kernel seconds) from the resource usage before and after a pass."""
    kernel = after.ru_stime - before.ru_stime
    return wall, after.ru_utime - before.ru_utime + kernel, kernel


def render_forked(
    parser_for: Callable[[str], MarkdownIt], bodies: list[str], processes: int
) -> Pass:
    """Every body rendered once by `processes` forked processes, each every Nth body; (wall
    seconds until the last one ends, CPU and kernel seconds of them all)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall0 = time.perf_counter()
    children = []
    for k in range(processes):
        pid = os.fork()
        if pid == 0:
            status = 1  # a child that failed must not pass for a fast one
            try:
                render_all(parser_for, bodies[k::processes])
                status = 0
            finally:
                os._exit(status)
        children.append(pid)
    failed = [pid for pid in children if os.waitpid(pid, 0)[1] != 0]
    wall = time.perf_counter() - wall0
    if failed:
        raise RuntimeError(f"{len(failed)} of {processes} rendering processes failed")
    return _pass(wall, before, resource.getrusage(resource.RUSAGE_CHILDREN))


def mentorblog_parser() -> Callable[[str], MarkdownIt]:
    """The parser a default build gives each body (markdown.Renderer.parser_for)."""
    from mentorblog.markdown.renderer import MarkdownSettings, Renderer

    renderer = Renderer(MarkdownSettings())
    return lambda body: renderer.parser_for(body, math=False)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--repeat", type=int, default=1, help="passes; the best one counts")
    parser.add_argument(
        "--plugins",
        action="store_true",
        help="mentorblog's markdown-it-py setup instead of plain commonmark",
    )
    parser.add_argument(
        "--processes",
        type=int,
        help="render in this many forked processes (one too), each every Nth body, once "
        "the first bodies were rendered before the fork",
    )
    args = parser.parse_args(argv)

    bodies = read_bodies(args.corpus)
    if not bodies:
        print(f"floor.py: no *.md files under {args.corpus}", file=sys.stderr)
        return 1
    if args.plugins:
        parser_for = mentorblog_parser()
    else:
        md = MarkdownIt("commonmark")
        parser_for = lambda _body: md  # noqa: E731
    if args.processes is not None:
        for body in bodies[:20]:  # what the first bodies load (lexers), before the fork
            parser_for(body).render(body, {})
        passes = [
            render_forked(parser_for, bodies, args.processes) for _ in range(max(1, args.repeat))
        ]
    else:
        passes = [render_all(parser_for, bodies) for _ in range(max(1, args.repeat))]
    wall, cpu, kernel = min(passes)
    print(
        json.dumps(
            {
                "posts": len(bodies),
                "bytes": sum(len(b.encode("utf-8")) for b in bodies),
                "wall": wall,
                "cpu": cpu,
                "kernel": kernel,
                "passes": [p[0] for p in passes],
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
