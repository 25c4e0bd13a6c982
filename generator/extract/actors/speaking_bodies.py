"""Bodies the model took for places or peoples: a name the model tags a body where it
speaks ("Verizon said in a statement", tagged a place in most of its mentions and a
nationality once)."""

from __future__ import annotations

from generator.extract.actors.groups import _longest_name
from generator.extract.actors.media_bodies import _known
from generator.extract.actors.mention import _Group


def speaking_body_group(group: _Group) -> bool:
    """A group typed a place by the model's labels alone that reports as a body does
    (the subject of a reporting verb, tagged a body there) and that is no known place:
    to be typed an organisation. A place speaks through its government, and news names
    such places ("Peking said", "Kuwait said"), which the model reads as places there
    or the lexicons know; a town the text shows as a place ("in Everett") keeps its
    type."""
    if group.entry is not None:
        return False
    if not speaks_as_tagged_body(group):
        return False  # "Peking said", "Bonn said": the model itself reads a place there
    if group.evidence().get("place", 0.0) > 0:
        return False
    return not _known(_longest_name(group))


def speaks_as_tagged_body(group: _Group) -> bool:
    """Whether one of the group's mentions is the subject of a reporting verb that the
    model tags an organisation there: the evidence both for a "place" and for a
    "nationality" (`demonyms._speaks_as_body`) being a body."""
    return any(m.speaks and m.label == "ORG" for m in group.mentions)
