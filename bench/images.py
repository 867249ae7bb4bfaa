#!/usr/bin/env python3
"""Benchmark the image stage (issue 22): a journal whose posts show phone photos.

    python bench/images.py [--photos 500] [--megapixels 12] [--per-post 5] [--repeat 3]

Generates the photo corpus (gradients, shapes and grain, saved as a phone saves a JPEG: EXIF
with a made-up GPS position, every seventh photo stored on its side with an orientation tag;
nothing is downloaded), makes two sites from the same posts, one that shows the photos (a
page bundle per post: a cover and the other photos in the body) and one with the image lines
left out, and measures with the interpreter given by --python (default: this one):

  cold       build of each site, no output and no .mentorblog-cache/: the photo site's extra
             wall and CPU time divided by the photos is the cold cost per image
  warm       the same command again, best of --repeat: the photo site may take at most 0.5 s
             more than the text site (the issue's target); the images stage's own time comes
             from `build -v`, and the image store must be unchanged (nothing encoded)
  serve      `mentorblog serve` on each site, one sentence appended to one post, time until
             the server reloads the post's tab (its preview, or the rebuild when there is
             none), median of --edits; and
             once with a photo replaced, for comparison
  memory     the peak memory of each build's whole process tree (PSS, as bench/run.py
             measures it), against the performance issue's budget of 500 MB

Everything goes into bench/.work/images/ (git-ignored): the corpus (kept while the generator
and its settings are unchanged), the sites, their output, logs, and results/latest.md.
Standard library plus Pillow (mentorblog's own dependency), Linux only (reads /proc)."""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import math
import os
import platform
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
WORK = BENCH / ".work" / "images"
sys.path.insert(0, str(BENCH))

import measuring  # noqa: E402  (the process-tree sampler, shared with bench/run.py)
import report  # noqa: E402
import workspace  # noqa: E402

TARGET_WARM_EXTRA_S = 0.5
TARGET_PEAK_MB = report.TARGET_PEAK_MB
GENERATOR = 2  # bump when make_photo changes: the cached corpus is made again
EDIT = "One more sentence, appended by the image benchmark."


# -- the corpus ------------------------------------------------------------------------------


def photo_size(megapixels: float) -> tuple[int, int]:
    """4:3, as phone cameras take them: 12 MP -> 4000 x 3000."""
    height = round(math.sqrt(megapixels * 1e6 * 3 / 4))
    return round(height * 4 / 3), height


def make_photo(job: tuple[str, int, int, int]) -> int:
    """One photo: gradients, shapes and a grain that JPEG cannot squeeze away (so the file is
    as heavy as a phone's), with EXIF a phone writes: make, model, time and a GPS position."""
    from PIL import Image, ImageDraw

    path, width, height, seed = job
    rnd = random.Random(seed)
    ramp = Image.linear_gradient("L").resize((width, height))
    ring = Image.radial_gradient("L").resize((width, height))
    mirror = ramp.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    channels = [ramp, ring, mirror]
    rnd.shuffle(channels)
    im = Image.merge("RGB", tuple(channels))
    draw = ImageDraw.Draw(im)
    for _ in range(14):
        x, y = rnd.randrange(width), rnd.randrange(height)
        r = rnd.randrange(min(width, height) // 20, min(width, height) // 3)
        colour = (rnd.randrange(256), rnd.randrange(256), rnd.randrange(256))
        box = [x - r, y - r, x + r, y + r]
        if rnd.random() < 0.5:
            draw.ellipse(box, fill=colour)
        else:
            draw.rectangle(box, fill=colour, outline=(20, 20, 20), width=max(2, r // 30))
    grain = Image.effect_noise((width, height), 40).convert("RGB")
    im = Image.blend(im, grain, 0.12)
    orientation = 6 if seed % 7 == 0 else 1
    if orientation == 6:  # the camera was held upright: stored on its side
        im = im.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x010F] = "BenchPhone"  # Make
    exif[0x0110] = "Model 12"  # Model
    exif[0x0132] = "2024:05:02 10:00:00"  # DateTime
    exif[0x0112] = orientation
    lat = 52 + rnd.random()
    exif[0x8825] = {  # GPS IFD: somewhere around Berlin
        1: "N",
        2: (float(int(lat)), float(int(lat * 60 % 60)), round(lat * 3600 % 60, 2)),
        3: "E",
        4: (13.0, float(rnd.randrange(60)), 1.0),
    }
    im.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return os.stat(path).st_size


def corpus(photos: int, megapixels: float) -> Path:
    """`photos` JPEGs in bench/.work/images/corpus-*/, made once in parallel."""
    width, height = photo_size(megapixels)
    for made in sorted(WORK.glob(f"corpus-*-{width}x{height}-g{GENERATOR}")):
        count = int(made.name.split("-")[1])
        if count >= photos and (made / ".complete").exists():
            return made  # a larger corpus made before: its first `photos` photos serve
    folder = WORK / f"corpus-{photos}-{width}x{height}-g{GENERATOR}"
    done = folder / ".complete"
    workspace.remove(folder)
    folder.mkdir(parents=True)
    jobs = [(str(folder / f"photo-{n:04d}.jpg"), width, height, n) for n in range(1, photos + 1)]
    start = time.perf_counter()
    print(f"bench: making {photos} photos of {width} x {height} ...", flush=True)
    with ProcessPoolExecutor() as pool:
        sizes = list(pool.map(make_photo, jobs, chunksize=4))
    print(
        f"bench: {photos} photos, {sum(sizes) / 1e6:,.0f} MB "
        f"({statistics.mean(sizes) / 1e6:.1f} MB each), in {time.perf_counter() - start:.0f} s",
        flush=True,
    )
    done.write_text(json.dumps({"photos": photos, "width": width, "height": height}))
    return folder


# -- the two sites -----------------------------------------------------------------------------

SITE_YAML = "title: Photo journal\nbaseURL: http://127.0.0.1/\nauthor: Ana\n"


def paragraph(post: int, n: int) -> str:
    return (
        f"Session {post}, part {n}: we talked about what changed since last time, what was "
        "hard, and what to try next. The notes below are what stayed on the board.\n"
    )


def make_sites(photos_dir: Path, photos: int, per_post: int) -> tuple[Path, Path]:
    """The photo site (bundles whose photos are hard links into the corpus) and the same
    posts without their images."""
    files = sorted(photos_dir.glob("photo-*.jpg"))[:photos]
    with_images, text_only = WORK / "site-photos", WORK / "site-text"
    for site in (with_images, text_only):
        workspace.remove(site)
        (site / "content" / "posts").mkdir(parents=True)
        (site / "site.yaml").write_text(SITE_YAML)
    for post, start in enumerate(range(0, len(files), per_post), 1):
        mine = files[start : start + per_post]
        name = f"session-{post:03d}"
        head = f'---\ntitle: "Session {post}"\ndate: 2024-01-01T10:00:00Z\n'
        head = head.replace("01T10", f"{(post % 28) + 1:02d}T10")
        cover = (
            f'cover:\n  image: {mine[0].name}\n  alt: "The board after session {post}"\n'
            if mine
            else ""
        )
        body_images = []
        body_text = []
        for n, image in enumerate(mine[1:], 1):
            body_text.append(paragraph(post, n))
            body_images.append(
                paragraph(post, n) + f"\n![Photo {n} of session {post}]({image.name})\n"
            )
        bundle = with_images / "content" / "posts" / name
        bundle.mkdir()
        (bundle / "index.md").write_text(head + cover + "---\n\n" + "\n".join(body_images))
        for image in mine:
            os.link(image, bundle / image.name)
        plain = text_only / "content" / "posts" / name
        plain.mkdir()
        (plain / "index.md").write_text(head + "---\n\n" + "\n".join(body_text))
    return with_images, text_only


# -- measuring -----------------------------------------------------------------------------------


@dataclass
class Measured:
    wall: float
    cpu: float
    peak_mb: float
    images_ms: float | None = None  # the images stage, from `build -v`
    note: str = ""


def build(python: str, site: Path, env: dict[str, str], log: Path, fresh: bool) -> Measured:
    out = WORK / "out" / site.name
    if fresh:
        workspace.remove(out)
        workspace.remove(site / ".mentorblog-cache")
    cmd = [python, "-m", "mentorblog", "build", "-s", str(site), "-d", str(out), "-v"]
    run = measuring.measure(
        cmd, cwd=site, env=env, log=log, timeout=7200, what=f"build {site.name}"
    )
    text = log.read_text(errors="replace")
    images_ms = None
    for line in text.splitlines():
        if line.startswith("stages:") and "images " in line:
            images_ms = float(line.split("images ")[1].split(" ms")[0].replace(",", ""))
    return Measured(run.wall, run.cpu, run.peak_mb, images_ms, measuring.noise(run))


def store_state(site: Path) -> str:
    """The image store's file names and sizes (the index aside): equal before and after a
    build, nothing was encoded."""
    store = site / ".mentorblog-cache" / "images"
    names = sorted(
        f"{p.relative_to(store)}:{p.stat().st_size}"
        for p in store.rglob("*")
        if p.is_file() and p.name != "index.json"
    )
    return hashlib.sha256("\n".join(names).encode()).hexdigest()[:16] + f" ({len(names)} files)"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def serve_latency(
    python: str, site: Path, env: dict[str, str], log: Path, edits: int, photo: Path | None
) -> tuple[list[float], float | None]:
    """Seconds from saving a post to the server's reload event, `edits` times; then, when
    `photo` is given, once from replacing the post's last photo by another one."""
    port = free_port()
    post = site / "content" / "posts" / "session-001" / "index.md"
    original = post.read_bytes()
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            [python, "-m", "mentorblog", "serve", "-s", str(site), "-p", str(port)],
            cwd=site,
            env=env,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    replaced: tuple[Path, bytes] | None = None
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 1800
        while True:
            try:
                urllib.request.urlopen(base + "/", timeout=5).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise workspace.BenchError(f"serve did not start; log {log}") from None
                time.sleep(0.2)
        events = http.client.HTTPConnection("127.0.0.1", port, timeout=600)
        events.request("GET", "/__mentorblog/events")
        stream = events.getresponse()

        def next_event() -> tuple[str, str]:
            name = ""
            while True:
                line = stream.readline().decode()
                if not line:
                    raise workspace.BenchError(f"serve closed its event stream; log {log}")
                if line.startswith("event: "):
                    name = line.split(": ", 1)[1].strip()
                elif line.startswith("data: ") and name:
                    return name, line.split(": ", 1)[1].strip()

        def edit_shown() -> None:
            """Until the edited page reloads: a preview (`update` naming only it) or a
            rebuild; after a preview, also its rebuild, so the next save starts clean."""
            while True:
                name, data = next_event()
                if name == "reload" or (name == "update" and '"keep"' in data):
                    return
                if name == "update":
                    times.append(time.perf_counter() - start)
                    next_event()  # the rebuild that follows the preview
                    return

        assert next_event()[0] == "hello"
        times: list[float] = []
        for n in range(edits):
            time.sleep(1.0)  # apart from the last rebuild's debounce
            sentence = f"{EDIT} ({n})"
            start = time.perf_counter()
            post.write_bytes(original + f"\n{sentence}\n".encode())
            count = len(times)
            edit_shown()
            if len(times) == count:  # no preview: the rebuild showed it
                times.append(time.perf_counter() - start)
            page = urllib.request.urlopen(base + "/posts/session-001/", timeout=30).read()
            if sentence.encode() not in page:
                raise workspace.BenchError(f"the edit did not reach the page; log {log}")
        image_time = None
        if photo is not None:
            images = sorted(post.parent.glob("photo-*.jpg"))
            target = images[-1]
            replaced = (target, target.read_bytes())
            time.sleep(1.0)
            start = time.perf_counter()
            tmp = target.with_suffix(".tmp")
            shutil.copyfile(photo, tmp)
            os.replace(tmp, target)  # a new file: the corpus's hard link is left alone
            while next_event()[0] not in ("reload", "update"):
                pass
            image_time = time.perf_counter() - start
        events.close()
        return times, image_time
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        post.write_bytes(original)
        if replaced is not None:
            replaced[0].unlink()
            replaced[0].write_bytes(replaced[1])


# -- the run -------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--photos", type=int, default=500)
    parser.add_argument("--megapixels", type=float, default=12.0)
    parser.add_argument("--per-post", type=int, default=5, help="photos per post (1 cover)")
    parser.add_argument("--repeat", type=int, default=3, help="warm builds of each site")
    parser.add_argument("--edits", type=int, default=5, help="timed saves per serve")
    parser.add_argument(
        "--python",
        type=lambda text: os.path.abspath(text),  # builds run in the site's folder
        default=sys.executable,
        help="runs mentorblog",
    )
    parser.add_argument(
        "--src", type=Path, default=REPO / "src", help="mentorblog's source folder to measure"
    )
    parser.add_argument(
        "--warm-only",
        action="store_true",
        help="keep the sites, output and caches of the last run: warm builds and serve only",
    )
    args = parser.parse_args(argv)

    WORK.mkdir(parents=True, exist_ok=True)
    logs = WORK / "logs"
    logs.mkdir(exist_ok=True)
    env = measuring.python_env(args.src.resolve())
    env["PYTHONPYCACHEPREFIX"] = str(WORK / "pycache")
    photos_dir = corpus(args.photos, args.megapixels)
    shown = sorted(photos_dir.glob("photo-*.jpg"))[: args.photos]
    corpus_mb = sum(p.stat().st_size for p in shown) / 1e6
    if args.warm_only:
        with_images, text_only = WORK / "site-photos", WORK / "site-text"
        before = json.loads((WORK / "results" / "latest.json").read_text())
        if before["photos"] != args.photos:
            raise workspace.BenchError(f"the last run had {before['photos']} photos")
    else:
        with_images, text_only = make_sites(photos_dir, args.photos, args.per_post)

    results: dict[str, object] = {}
    cold: dict[str, Measured] = {}
    for site in (text_only, with_images):
        if args.warm_only:  # the last run's, and one build to bring the output up to date
            cold[site.name] = Measured(**before["cold"][site.name])
            build(args.python, site, env, logs / f"update-{site.name}.log", fresh=False)
            continue
        m = build(args.python, site, env, logs / f"cold-{site.name}.log", fresh=True)
        cold[site.name] = m
        print(
            f"bench: cold {site.name}: {m.wall:.1f} s wall, {m.cpu:.1f} s CPU, "
            f"{m.peak_mb:.0f} MB {m.note}",
            flush=True,
        )
    store_after_cold = store_state(with_images)
    warm: dict[str, Measured] = {}
    for site in (text_only, with_images):
        runs = []
        for i in range(args.repeat):
            log = logs / f"warm-{site.name}-{i}.log"
            runs.append(build(args.python, site, env, log, fresh=False))
        warm[site.name] = min(runs, key=lambda m: m.wall)
        m = warm[site.name]
        print(
            f"bench: warm {site.name}: best {m.wall:.2f} s of "
            f"{', '.join(f'{r.wall:.2f}' for r in runs)}; images stage {m.images_ms} ms "
            f"{m.note}",
            flush=True,
        )
    store_after_warm = store_state(with_images)

    serve: dict[str, object] = {}
    spare = WORK / "spare.jpg"  # bytes no build has seen: the serve must encode them
    make_photo((str(spare), *photo_size(args.megapixels), args.photos + 1000 + int(time.time())))
    for site in (text_only, with_images):
        times, image_time = serve_latency(
            args.python,
            site,
            env,
            logs / f"serve-{site.name}.log",
            args.edits,
            spare if site is with_images else None,
        )
        serve[site.name] = {
            "edits": times,
            "median": statistics.median(times),
            "image_replaced": image_time,
        }
        print(
            f"bench: serve {site.name}: edit -> reload "
            f"{', '.join(f'{t:.2f}' for t in times)} s"
            + (f"; photo replaced -> reload {image_time:.2f} s" if image_time else ""),
            flush=True,
        )

    n = args.photos
    a, b = cold[with_images.name], cold[text_only.name]
    results = {
        "machine": f"{platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}",
        "photos": n,
        "size": "x".join(map(str, photo_size(args.megapixels))),
        "corpus_mb": round(corpus_mb),
        "cold": {k: asdict(v) for k, v in cold.items()},
        "warm": {k: asdict(v) for k, v in warm.items()},
        "cold_per_image_wall_s": (a.wall - b.wall) / n,
        "cold_per_image_cpu_s": (a.cpu - b.cpu) / n,
        "warm_extra_s": warm[with_images.name].wall - warm[text_only.name].wall,
        "warm_encoded_nothing": store_after_cold == store_after_warm,
        "store": store_after_warm,
        "serve": serve,
        "output_mb": round(
            sum(
                p.stat().st_size
                for p in (WORK / "out" / with_images.name).rglob("*")
                if p.is_file()
            )
            / 1e6
        ),
    }
    report = render(results)
    folder = WORK / "results"
    folder.mkdir(exist_ok=True)
    (folder / "latest.json").write_text(json.dumps(results, indent=2))
    (folder / "latest.md").write_text(report)
    print(report)
    return 0


def render(r: dict[str, object]) -> str:
    cold = r["cold"]
    warm = r["warm"]
    serve = r["serve"]
    assert isinstance(cold, dict) and isinstance(warm, dict) and isinstance(serve, dict)
    n = r["photos"]
    lines = [
        f"{n} photos of {r['size']} ({r['corpus_mb']} MB of JPEG), {r['machine']}",
        "",
        "| site | cold wall | cold CPU | cold peak MB | warm wall (best) | warm peak MB "
        "| images stage, warm |",
        "|---|---|---|---|---|---|---|",
    ]
    for name in ("site-text", "site-photos"):
        c, w = cold[name], warm[name]
        stage = "—" if w["images_ms"] is None else f"{w['images_ms']:.0f} ms"
        lines.append(
            f"| {name} | {c['wall']:.1f} s | {c['cpu']:.1f} s | {c['peak_mb']:.0f} | "
            f"{w['wall']:.2f} s | {w['peak_mb']:.0f} | {stage} |"
        )
    extra = r["warm_extra_s"]
    assert isinstance(extra, float)
    st, sp = serve["site-text"], serve["site-photos"]
    assert isinstance(st, dict) and isinstance(sp, dict)
    peak = max(cold["site-photos"]["peak_mb"], warm["site-photos"]["peak_mb"])
    lines += [
        "",
        f"- cold cost per image: {r['cold_per_image_wall_s']:.2f} s wall, "
        f"{r['cold_per_image_cpu_s']:.2f} s CPU",
        f"- warm build, photos minus text: {extra:+.2f} s (target ≤ {TARGET_WARM_EXTRA_S} s: "
        f"{'met' if extra <= TARGET_WARM_EXTRA_S else 'MISSED'}); image store unchanged by the "
        f"warm build: {r['warm_encoded_nothing']} ({r['store']})",
        f"- serve, a post saved → reload event, median: text {st['median']:.2f} s, "
        f"photos {sp['median']:.2f} s; a photo replaced → reload: "
        f"{sp['image_replaced']:.2f} s",
        f"- peak memory of the photo site's builds: {peak:.0f} MB "
        f"(budget {TARGET_PEAK_MB} MB: {'met' if peak <= TARGET_PEAK_MB else 'MISSED'})",
        f"- output of the photo site: {r['output_mb']} MB",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    try:
        sys.exit(main())
    except workspace.BenchError as err:
        sys.exit(f"bench: error: {err}")
