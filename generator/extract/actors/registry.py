"""The names of the editors' registry found in the article, as mentions: the registry
overrides every guess about the names it knows.
"""

from __future__ import annotations

from spacy.tokens import Doc

from generator.extract.actors.mention import _Mention
from generator.extract.actors.names import _clean_name
from generator.model import Registry


def _registry_mentions(doc: Doc, registry: Registry, covered: set[int]) -> list[_Mention]:
    """Registry names and aliases in capitalised runs the model did not tag at all."""
    found: list[_Mention] = []
    i, n = 0, len(doc)
    while i < n:
        if i in covered or not (doc[i].is_title or doc[i].is_upper) or not doc[i].is_alpha:
            i += 1
            continue
        matched = 0
        for length in range(min(6, n - i), 0, -1):
            span = doc[i : i + length]
            if any(j in covered for j in range(span.start, span.end)):
                continue
            entry = registry.lookup(_clean_name(span.text))
            if entry is not None:
                votes = {entry.type: 10.0}  # evidence, not a model label: no base
                found.append(
                    _Mention(
                        _clean_name(span.text),
                        span.start_char,
                        span.end_char,
                        "REG",
                        length,
                        votes=votes,
                    )
                )
                matched = length
                break
        i += matched or 1
    return found
