"""Hints where newcomers stumble: the closest command or flag to a misspelt one, another
generator's word for one of ours, an example address left in site.yaml, a site with no posts."""

from __future__ import annotations

import difflib
import shlex
from collections.abc import Iterable, Mapping
from urllib.parse import urlsplit

# Words other generators (or habits) use, and what mentorblog calls the same thing.
PEER_WORDS: Mapping[str, str] = {
    "server": "serve",
    "watch": "serve",
    "preview": "serve",
    "create": "new site",
    "quickstart": "new site",
    "setup": "new site",
    "deploy": "new ci",
    "publish": "new ci",
    "validate": "check",
    "lint": "check",
    "migrate": "import",
}

# Domains reserved for examples (RFC 2606 and RFC 6761): no site is ever published there.
_EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net", "example")


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice a typo most likely meant (difflib, as Python 3.14's argparse does), or
    another generator's name for it."""
    known = [c for c in choices if c]
    if word in PEER_WORDS and PEER_WORDS[word] in known:
        return PEER_WORDS[word]
    found = difflib.get_close_matches(word, known, n=1, cutoff=0.6)
    if not found and word.startswith("--"):  # --baseurl for --base-url
        squashed = {c.replace("-", "").lower(): c for c in known}
        found = difflib.get_close_matches(word.replace("-", "").lower(), list(squashed), n=1)
        found = [squashed[f] for f in found]
    return found[0] if found else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """The `; did you mean ...?` ending of an error message, or nothing."""
    match = closest(word, choices)
    return f"; did you mean `{match}`?" if match else ""


def is_example_address(base_url: str) -> bool:
    """True for https://example.org/ and the other reserved example domains (and their
    subdomains): a site built for such an address has feeds, a sitemap and share links that
    lead nowhere."""
    host = (urlsplit(base_url).hostname or "").rstrip(".").lower()
    return any(host == d or host.endswith("." + d) for d in _EXAMPLE_DOMAINS)


def no_posts(skipped: Mapping[str, int], source: str, *, jekyll: bool = False) -> str:
    """What to do when a build published no post."""
    drafts = skipped.get("drafts", 0)
    future = skipped.get("future", 0)
    left: list[str] = []
    if drafts:
        left.append(
            f"{drafts} draft{'s' if drafts != 1 else ''} (build with -D to include "
            "drafts, or set `draft: false` to publish one)"
        )
    if future:
        left.append(
            f"{future} post{'s' if future != 1 else ''} dated in the future (build "
            f"with -F to include {'it' if future == 1 else 'them'})"
        )
    if left:
        return "no post is published yet; left out: " + "; ".join(left)
    on = "" if source in ("", ".") else f" -s {shlex.quote(source)}"
    where = "_posts" if jekyll else "posts"
    return (
        f"no posts yet: start one with `mentorblog new{on} --kind reflection "
        f"{where}/my-first-session.md` (it starts as a draft: build with -D to see it)"
    )
