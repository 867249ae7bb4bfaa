"""The few words a body's own markup says (a heading's self-link, a private note's label),
in the page's language. The Markdown stage takes them as an input, part of its settings and so
of its cache key: its html stays a pure function of the body and the settings, and a
screen reader on a French page hears French."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from mentorblog.core.model import Config


@dataclass(frozen=True, slots=True)
class BodyWords:
    heading_link: str = "Link to this section"
    private_note: str = "Private note"
    private_note_notice: str = "Private note: shown only while serving, never published"

    @classmethod
    def of(cls, labels: Mapping[str, str]) -> BodyWords:
        """The theme's labels (with the site's i18n over them); English where one is missing."""
        return cls(
            labels.get("heading_link", ENGLISH.heading_link),
            labels.get("private_note", ENGLISH.private_note),
            labels.get("private_note_notice", ENGLISH.private_note_notice),
        )


ENGLISH = BodyWords()


def body_words(config: Config) -> tuple[tuple[str, BodyWords], ...]:
    """The site's words under "", and each language's under its code."""
    found = [("", BodyWords.of(config.labels))]
    found += [(lang.code, BodyWords.of(lang.labels)) for lang in config.languages]
    return tuple(found)
