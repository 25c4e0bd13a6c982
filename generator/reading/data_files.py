"""Rules held as data: the TOML files of word lists, read one way for every stage.

A word list is a TOML string of whitespace-separated words, so that a long list stays
readable and its reasons sit beside it as comments. The reading stage keeps its own
lists (`reading/data/`: the wire layout's abbreviations and sentence openers) and the
extractors theirs (`extract/data/`, through `generator.extract.words`); both are read
by the functions here. They live in the first stage because imports point only
downstream: the extractors may use the reading stage's code, not the other way round.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

#: The reading stage's own data files.
DATA = Path(__file__).resolve().parent / "data"


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, so that long word lists stay readable."""
    return frozenset(text.split())


@cache
def toml_data(path: Path) -> dict[str, Any]:
    """A data file as TOML reads it, once per process. Shared: copy before changing."""
    with path.open("rb") as f:
        return tomllib.load(f)


def word_lists_in(path: Path) -> dict[str, frozenset[str]]:
    """The word lists of a TOML file whose every key holds a string of words."""
    return {key: word_set(value) for key, value in toml_data(path).items()}
