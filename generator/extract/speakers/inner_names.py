"""A body's name built on another name it holds: "Caisse de depot et placement du
Quebec", "Banque de France", "the Bank of Japan" where the model tagged only the place.
The actor the mention holds is then what the body is named after, not the body that
speaks, so the mention is no voice of it (issue 11: a speaker is never a word the
article does not use for the speaker).
"""

from __future__ import annotations

import re

from generator.extract.speakers.name_text import _is_just_name
from generator.extract.words import word_lists
from generator.model import Actor

# Particles that join a body's own name to the place or body it is named after.
NAME_PARTICLES = word_lists("speaker_words")["name_of_particles"]


def without_inner_names(mention: str, words: list[str], inside: list[Actor]) -> list[Actor]:
    """The actors a mention holds, less those it names only after "of/de/du" at its end
    when it is a capitalised name of its own: "Caisse de depot et placement du Quebec"
    holds Quebec (the Government of Quebec) and "Caisse"; only the Caisse may speak. A
    mention that is itself an actor's name ("Government of Quebec") keeps it; one opening
    in lower case after its article ("a spokesman for Quebec", "An official of the
    Finance Ministry" opening a sentence) is a description, read elsewhere."""
    if _is_just_name(words, inside):
        return inside
    # the article's capital at a sentence's start is no name's: "An official of ..."
    bare = re.sub(r"^(?:the|a|an)\s+", "", mention.strip(), flags=re.IGNORECASE)
    if not bare[:1].isupper():
        return inside
    particles = "|".join(sorted(map(re.escape, NAME_PARTICLES)))
    kept = []
    for actor in inside:
        names = "|".join(re.escape(n) for n in sorted({actor.name, *actor.aliases}, key=len))
        tail = re.search(rf"\s(?:{particles})\s+(?:the\s+)?(?:{names})$", bare)
        if tail is None or not bare[: tail.start()].split():
            kept.append(actor)
    return kept
