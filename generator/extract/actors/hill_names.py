"""Places named after a hill ("Capitol Hill", "Notting Hill", "the Golan Heights"),
which the model tags as bodies.

"Hill" is a common surname too ("Damon Hill", "Conleth Hill"), so it is not one of
the place head words (`lexicon.PLACE_HEAD_WORDS`) that type any name they end. A
name that ends with it is a place when the model does not call it a person and no
given name opens it: "Republicans on Capitol Hill", "a visit to Capitol Hill".
"""

from __future__ import annotations

from generator.extract.actors.lexicon import ORG_WORDS
from generator.extract.given_names import GIVEN_NAMES
from generator.extract.words import word_set

# Last words of places' names that are surnames as well.
SURNAME_PLACE_HEADS = word_set("hill hills heights")


def hill_named(name: str, label: str) -> bool:
    """Two or more words, the last a hill's (`SURNAME_PLACE_HEADS`), no person's label,
    no given name first and no body's word ("Hill Holliday", "Bunker Hill Mining" end
    otherwise; "Capitol Hill Police" ends with a body's word)."""
    words = name.split()
    return (
        len(words) >= 2
        and label != "PERSON"
        and words[-1].casefold() in SURNAME_PLACE_HEADS
        and words[0] not in GIVEN_NAMES
        and not any(w.casefold() in ORG_WORDS for w in words)
    )
