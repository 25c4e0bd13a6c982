"""A body's name opened by its country's initials, and the acronym of the rest
(issue: duplicate actors).

Wire copy writes "the U.S. National Cattlemen's Association" once and "the NCA" after:
the acronym abbreviates the body's own name, not the country written before it, so
the initials of the whole name ("UNCA") never matched and the briefing listed the body
twice. Only a country's initials ("U.S.", "UK", "U.K.": the place aliases written in
capitals) are set aside, only before a name of two words or more ("US Airways"
keeps its first word), and only for an acronym of three letters or more ("IP" is no
short name of the "UK Independence Party").
"""

from __future__ import annotations

from generator.extract.actors.places import _country_initials


def without_country_initials(name: str) -> str | None:
    """The name less the country's initials that open it ("National Cattlemen's
    Association" of "U.S. National Cattlemen's Association"), or None when it opens
    with none or too little is left."""
    first, _, rest = name.partition(" ")
    if len(rest.split()) < 2 or not _country_initials(first.replace(".", "")):
        return None
    return rest
