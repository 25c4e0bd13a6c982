"""Word lists written as prose, shared by the extractors, and the data files holding them."""

from __future__ import annotations

import json
import tomllib
from functools import cache
from pathlib import Path

#: Word lists held as data: hand-written ones as TOML (with the reasons as comments),
#: lists derived from a corpus as JSON written by the script that derives them.
DATA = Path(__file__).resolve().parent / "data"


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, so that long word lists stay readable."""
    return frozenset(text.split())


@cache
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The lists of data/NAME.toml: each key holds a string of whitespace-separated words."""
    with (DATA / f"{name}.toml").open("rb") as f:
        return {key: word_set(value) for key, value in tomllib.load(f).items()}


@cache
def derived_lists(name: str) -> dict[str, frozenset[str]]:
    """The word lists of data/NAME.json, as a deriving script wrote them (its other
    fields, such as the options it ran with, are left out)."""
    record = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in record.items() if isinstance(value, list)}
