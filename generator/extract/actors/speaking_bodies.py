"""Bodies the model took for places: a name no gazetteer knows that speaks ("Verizon
said in a statement", tagged a place in most of its mentions)."""

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
    if not any(m.speaks and m.label == "ORG" for m in group.mentions):
        return False  # "Peking said", "Bonn said": the model itself reads a place there
    if group.evidence().get("place", 0.0) > 0:
        return False
    return not _known(_longest_name(group))
