"""US lawmakers by their party-state tag: "Senate Finance Committee Chairman Lloyd
Bentsen (D-Tex.) called ... Bentsen predicted ... The Texas senator said". News names a
lawmaker once with the tag, then describes him by his state ("the Texas senator", "the
Ohio Democrat") instead of repeating the name; the tag is the article's own evidence of
whose state it is."""

from __future__ import annotations

import re

from generator.extract.words import word_lists, word_set

# "(D-Tex.)", "(R-N.Y.)", "(I-Vt.)": party letter and state, right after a name
_TAG = re.compile(r"\s*\(\s*([DRI])\s*-\s*([A-Za-z][A-Za-z. ]{0,14}?)\s*\)")
_STATES = word_lists("us_states")
_STATE_OF = {abbr: state for state, abbrs in _STATES.items() for abbr in abbrs}
_STATE_OF.update({state: state for state in _STATES})
_STATES_LONGEST_FIRST = sorted(_STATES, key=len, reverse=True)  # "west virginia" first
_PARTY = {"D": "democrat", "R": "republican", "I": "independent"}
_PARTY_ADJECTIVE = {
    "democratic": "democrat",
    "republican": "republican",
    "independent": "independent",
}
# Heads of a description that says no more than "a lawmaker of that state (and party)"
LAWMAKER_HEADS = word_set(
    "senator congressman congresswoman lawmaker legislator representative democrat"
    " republican independent"
)
# Modifiers that describe the lawmaker without naming another office
_LOOSE = word_set("veteran freshman longtime senior junior outspoken conservative liberal")


def state_tag(text: str, end: int) -> tuple[str, str] | None:
    """The (party, state) of a tag written right after a name ending at `end`."""
    match = _TAG.match(text, end)
    if match is None:
        return None
    state = _STATE_OF.get(match[2].strip().casefold())
    return (_PARTY[match[1]], state) if state else None


# "R-Idaho", "D-Okla.", "(I-Vt.)": a tag standing alone, the wire's apposition after a name
_BARE_TAG = re.compile(r"\(?\s*([DRI])\s*-\s*([A-Za-z][A-Za-z. ]{0,14}?)\s*\)?")


def is_state_tag(text: str) -> bool:
    """Whether `text` is nothing but a party-state tag ("R-Idaho", "(D-Tex.)"): wire
    copy sets it after a lawmaker's name as an apposition ("Sen. James McClure, R-Idaho,
    who agreed ..."), where it names no one of its own."""
    match = _BARE_TAG.fullmatch(text.strip())
    return match is not None and match[2].strip().casefold() in _STATE_OF


def described_tag(words: list[str]) -> tuple[str | None, str] | None:
    """The (party or None, state) a description gives: "the texas senator" -> (None,
    "texas"), "the independent vermont senator" -> ("independent", "vermont"), "the
    ohio democrat" -> ("democrat", "ohio"); None for anything else ("the senator", "a
    texas senator", "the texas senator's aide")."""
    if len(words) < 3 or words[0] != "the" or words[-1] not in LAWMAKER_HEADS:
        return None
    head, middle = words[-1], words[1:-1]
    party = head if head in _PARTY.values() else None
    text = " ".join(middle)
    state = next((s for s in _STATES_LONGEST_FIRST if f" {s} " in f" {text} "), None)
    if state is None:
        return None
    rest = f" {text} ".replace(f" {state} ", " ").split()
    for word in rest:
        adjective = _PARTY_ADJECTIVE.get(word)
        if adjective and party in (None, adjective):
            party = adjective
        elif word not in _LOOSE:
            return None
    return party, state
