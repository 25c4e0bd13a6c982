"""A speaker's surname misspelt in one reporting clause ("Benderley said" in a story
about Jason Benderly, "Schlesigner said" of Helmut Schlesinger), which the model took for
an organisation.

Wire copy has such slips: typed fast, never corrected. The slip became an actor of its
own, an "organisation", so its quotation was published under the misspelt name, and every
"he said" after it went back to a body and was left without a speaker. A person's surname
misspelt is not caught by `actor_spans.merge_spelling_variants`, which joins variants the
model tagged as people, one letter apart (two letters swapped, "Lindemnan", are caught
here for people too). Here only a one-word name, named once, right before a reporting
verb ("said", "told", "noted"), with no given name, roles or other spellings,
that is no English word, and one letter from the surname of exactly one person named
before it (one changed, added, left out, or two swapped) and from no other actor's name.
"""

from __future__ import annotations

import re
from collections.abc import Set

from generator.extract.actor_spans import _one_edit, _swapped
from generator.extract.given_names import GIVEN_NAMES
from generator.extract.speech_cues import PLAIN_REPORT_CUES, REPORTING_VERBS
from generator.model import Actor

_NEXT_WORD = re.compile(r"\s+([a-z]+)")


def merge_misspelt_reporters(actors: list[Actor], text: str, common: Set[str]) -> list[Actor]:
    """`actors` with each misspelt reporting surname joined to its person (its mention
    becomes one of theirs, its spelling an alias)."""
    gone: set[int] = set()
    for slip in actors:
        person = _person_misspelt(slip, actors, text, common)
        if person is None:
            continue
        person.spans = sorted({*person.spans, *slip.spans})
        person.mentions = len(person.spans)
        if slip.name not in person.aliases:
            person.aliases.append(slip.name)
        gone.add(id(slip))
    return [a for a in actors if id(a) not in gone]


def _person_misspelt(slip: Actor, actors: list[Actor], text: str, common: Set[str]) -> Actor | None:
    """The one person `slip` misspells the surname of, under the conditions above."""
    if slip.type not in {"organization", "person"} or slip.mentions != 1 or len(slip.spans) != 1:
        return None
    if slip.aliases or slip.roles or len(slip.name.split()) != 1:
        return None
    word = slip.name
    if not word.istitle() or word.casefold() in common or word in GIVEN_NAMES:
        return None
    start, end = slip.spans[0]
    after = _NEXT_WORD.match(text, end)
    if after is None or not _reports(after.group(1)):
        return None
    near = [a for a in actors if a is not slip and _near(word, a)]
    if len(near) != 1 or near[0].type != "person" or len(near[0].name.split()) < 2:
        return None
    person = near[0]
    return person if min(s for s, _ in person.spans) < start else None


def _reports(word: str) -> bool:
    """Whether a word is a reporting verb as a tag writes it: "said", "told", "noted"."""
    if word in PLAIN_REPORT_CUES:
        return True
    return word.endswith("ed") and (word[:-1] in REPORTING_VERBS or word[:-2] in REPORTING_VERBS)


def _near(word: str, actor: Actor) -> bool:
    """Whether `word` is one slip from a word of the actor's name or aliases."""
    words = {w for name in [actor.name, *actor.aliases] for w in name.split()}
    return any(_one_edit(word, w) or _swapped(word, w) for w in words)
