"""Paragraphs of an article body, numbered as the briefing page numbers them (¶1, ¶2).

One definition for every page that links to a paragraph: the briefing page gives each
paragraph its anchor (`#p3`), and quotes and figures, on the briefing and on actor
pages, link to the paragraph that holds them.
"""

from __future__ import annotations

import re


def paragraphs(body: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of each paragraph of the body, split at blank lines."""
    found = []
    for match in re.finditer(r"\S(?:.*?\S)?(?=\n\s*\n|\s*\Z)", body, flags=re.DOTALL):
        found.append((match.start(), match.end(), match.group()))
    return found


def paragraph_of(spans: list[tuple[int, int, str]], offset: int) -> int:
    """The 1-based number of the paragraph holding character `offset`."""
    for number, (_start, end, _text) in enumerate(spans, start=1):
        if offset < end:
            return number
    return len(spans)
