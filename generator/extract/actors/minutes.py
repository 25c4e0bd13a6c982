"""Players named with a minute: a match report's scorers' line ("Archibald 19, Grady
29, Crawford 41, Grady 47.") and a team sheet's substitutions ("Simmons (MacFarlane
64)") write a player's surname and the minute of the goal or the change; the model
runs the two into one name ("Grady 29") and calls it a body. The name is the
player's surname, a person's, as on a team sheet (`sheets`).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from generator.extract.actors.clubs import match_report
from generator.extract.actors.mention import _Mention
from generator.reading.layout import doc_text

# A player's name and the minute of his goal or his coming on, as scorers' lines and
# substitutions write them: "Grady 29, Crawford 41", "(MacFarlane 64)", "Gerrard 79 og".
_NAME_MINUTE = re.compile(r"(?P<name>.*[^\d\s])\s+(?P<minute>\d{1,3})")
_MINUTE_BEFORE = re.compile(r"(?:^|[,(]|:)\s*$")
_MINUTE_AFTER = re.compile(r"\s*(?:og\b|pen\b|\(pen\))?\s*(?:[,.)]|$)")
LAST_MINUTE = 130  # extra time and stoppages


def players_with_minutes(doc: Doc, mentions: list[_Mention]) -> None:
    """In a match report (`clubs.match_report`), a name the model ran into the minute
    after it ("Grady 29" of "Archibald 19, Grady 29, Crawford 41", "MacFarlane 64" of a
    substitution's brackets) is a player's surname: the name is cut before the minute
    and typed a person, as on a team sheet. Only between a line's start, a comma, a
    colon or a bracket and a comma, a full stop or a closing bracket ("Boeing 747" in
    prose stays)."""
    if not match_report(doc):
        return
    text = doc_text(doc)
    for mention in mentions:
        found = _NAME_MINUTE.fullmatch(mention.name)
        if found is None or not 1 <= int(found["minute"]) <= LAST_MINUTE:
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        if not _MINUTE_BEFORE.search(text[line_start : mention.start]):
            continue
        if not _MINUTE_AFTER.match(text, mention.end):
            continue
        mention.name = found["name"]
        mention.end = mention.start + len(mention.name)
        mention.n_tokens = len(mention.name.split())
        mention.votes, mention.base = {"person": 1.0}, "person"
