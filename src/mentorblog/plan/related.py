"""Related posts: the posts that share the most tags with a post.

The parts of a post's own journeys (its series) are never among them: the journey box under
the post lists those already. Ties go to the post closest in time, then the newer one. Every
tag only offers the posts nearest in time to the post (`WINDOW` on each side, not counting
journey parts), so a tag on every post of a 10,000-post journal costs the same as a rare one
and the whole pass stays linear in the number of posts."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from mentorblog.core import dates, urls
from mentorblog.core.model import Page

WEIGHTS = {"tags": 1}
WINDOW = 6
SKIPPED_MOST = 4 * WINDOW  # journey parts passed over on each side before a tag gives up


RelatedPosts = Callable[[Sequence[Page], int], Mapping[str, tuple[str, ...]]]


def related_posts(posts: Sequence[Page], limit: int) -> Mapping[str, tuple[str, ...]]:
    """Post url -> up to `limit` related post urls, best first."""
    if limit <= 0:
        return {}
    by_time = sorted(posts, key=lambda p: (dates.stamp(p.date) if p.date else 0.0, p.url))
    stamp = [dates.stamp(p.date) if p.date else 0.0 for p in by_time]
    members: dict[tuple[str, str], list[int]] = {}  # (taxonomy, slug) -> indexes, oldest first
    keys: list[list[tuple[str, str]]] = []
    journeys: list[frozenset[str]] = []
    slugs: dict[str, str] = {}
    for i, post in enumerate(by_time):
        journeys.append(frozenset(urls.term_slug(name) for name in post.terms.get("series", ())))
        own = list(
            dict.fromkeys(
                (taxonomy, slugs.get(name) or slugs.setdefault(name, urls.term_slug(name)))
                for taxonomy in WEIGHTS
                for name in post.terms.get(taxonomy, ())
            )
        )
        keys.append(own)
        for key in own:
            members.setdefault(key, []).append(i)
    position = {
        key: {index: n for n, index in enumerate(found)}
        for key, found in members.items()
        if len(found) > 1
    }
    result: dict[str, tuple[str, ...]] = {}
    for i, post in enumerate(by_time):
        scores: dict[int, int] = {}
        mine = journeys[i]
        for key in keys[i]:
            if key not in position:
                continue
            found = members[key]
            at = position[key][i]
            for side in (range(at - 1, -1, -1), range(at + 1, len(found))):
                taken = skipped = 0
                for n in side:
                    other = found[n]
                    if mine and not mine.isdisjoint(journeys[other]):
                        skipped += 1
                        if skipped > SKIPPED_MOST:
                            break
                        continue
                    scores[other] = scores.get(other, 0) + WEIGHTS[key[0]]
                    taken += 1
                    if taken == WINDOW:
                        break
        if scores:
            result[post.url] = tuple(by_time[j].url for j in _best(scores, i, stamp, limit))
    return result


def _best(scores: dict[int, int], i: int, stamp: list[float], limit: int) -> list[int]:
    """The `limit` best candidates: highest score, then nearest in time, then newer (then
    older index, which is the url order among posts with one date). Only the score groups
    that reach the limit are sorted by time."""
    groups: dict[int, list[int]] = {}
    for j, score in scores.items():
        groups.setdefault(score, []).append(j)
    best: list[int] = []
    for score in sorted(groups, reverse=True):
        best += sorted(groups[score], key=lambda j: (abs(stamp[j] - stamp[i]), -stamp[j], j))
        if len(best) >= limit:
            break
    return best[:limit]
