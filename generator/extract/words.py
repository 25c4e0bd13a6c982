"""Word lists written as prose, shared by the extractors."""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, so that long word lists stay readable."""
    return frozenset(text.split())
