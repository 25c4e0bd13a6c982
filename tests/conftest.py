"""Shared fixtures: the spaCy model (loaded once per test session) and corpus paths.

Tests that read the shared corpus take its location from BRIEFINGS_CORPUS, defaulting
to ../shared/corpus beside the repository (where CI puts it), and skip when absent so
that the suite also runs on a laptop without it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from spacy.language import Language

from generator.running.nlp import load_model

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def nlp() -> Language:
    return load_model()


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    path = Path(os.environ.get("BRIEFINGS_CORPUS", REPO.parent / "shared" / "corpus"))
    if not path.is_dir():
        pytest.skip(f"corpus not found at {path}; set BRIEFINGS_CORPUS")
    return path
