"""Word lists written as prose, shared by the extractors, and the data files holding them."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

from generator.reading.data_files import toml_data, word_lists_in, word_set

__all__ = ["DATA", "data_tables", "derived_lists", "word_lists", "word_set"]

#: Word lists held as data: hand-written ones as TOML (with the reasons as comments),
#: lists derived from a corpus as JSON written by the script that derives them. Read by
#: the one loader of every stage's data files (generator.reading.data_files).
DATA = Path(__file__).resolve().parent / "data"


@cache
def word_lists(name: str) -> dict[str, frozenset[str]]:
    """The lists of data/NAME.toml: each key holds a string of whitespace-separated words."""
    return word_lists_in(DATA / f"{name}.toml")


def data_tables(name: str) -> dict[str, Any]:
    """data/NAME.toml as TOML reads it, for a lexicon whose lists are not all word sets:
    mappings (a surface form to its unit), numbers and pairs as well (figures.toml).
    Shared by every caller: copy a table before changing it."""
    return toml_data(DATA / f"{name}.toml")


@cache
def derived_lists(name: str) -> dict[str, frozenset[str]]:
    """The word lists of data/NAME.json, as a deriving script wrote them (its other
    fields, such as the options it ran with, are left out)."""
    record = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    return {key: frozenset(value) for key, value in record.items() if isinstance(value, list)}
