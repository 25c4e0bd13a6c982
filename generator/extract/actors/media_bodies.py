"""Publications and media services the model tags as places ("the Middle East Economic
Survey", "Netflix", "Hulu"): bodies.

The model reads "Middle East" in a newsletter's name, and a one-word web service it
does not know, as places, and a cue such as "on Netflix" or a list of places nearby
adds to it; the briefing listed "Netflix" and "Middle East Economics Survey" among the
places of the story. The article's words say otherwise:

- a name of two words or more ending in a publication's word ("Survey", "Journal",
  "Review": `publication_words`) names a publication;
- a name that modifies a noun of a network's or a service's output ("the Netflix
  drama", "Hulu subscribers": `media_nouns`), or stands after "on" where "on" hangs on
  a word of airing or streaming ("streaming on Hulu", "available on Netflix":
  `on_media_heads`; not "a hit on Broadway", a place), names a network or a service.

A known place (the gazetteer, an alias, a US state) stays a place whatever the words
("the Texas Monthly" aside, "on Texas television" is still the state's).

The words are data (`data/brand_words.toml`).
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.actors.groups import _longest_name
from generator.extract.actors.mention import _Group
from generator.extract.actors.named_after import lower_words_after
from generator.extract.actors.places import KNOWN_PLACES, _known_place, gazetteer, place_aliases
from generator.extract.words import word_lists
from generator.model import name_key

_WORDS = word_lists("brand_words")
PUBLICATION_WORDS = _WORDS["publication_words"]
MEDIA_NOUNS = _WORDS["media_nouns"]
ON_MEDIA_HEADS = _WORDS["on_media_heads"]


def media_use(span: Span) -> bool:
    """The mention names a network or a service: "the Netflix drama", "streaming on
    Netflix" (see the module's docstring)."""
    doc = span.doc
    run = lower_words_after(span)
    if run and run[-1].pos_ == "NOUN" and run[-1].lower_ in MEDIA_NOUNS:
        return True
    before = span.start - 1
    if before < 1 or doc[before].lower_ != "on":
        return False
    head = doc[before].head
    return head.is_lower and (
        head.lower_ in ON_MEDIA_HEADS or head.lemma_.lower() in ON_MEDIA_HEADS
    )


def publication_named(name: str) -> bool:
    """A name of two words or more whose last word is a publication's: "the Middle East
    Economic Survey", "Harvard Business Review"."""
    words = name.split()
    return len(words) >= 2 and words[-1].casefold() in PUBLICATION_WORDS


def _known(name: str) -> bool:
    lowered = name.casefold()
    return (
        lowered in KNOWN_PLACES
        or lowered in gazetteer()
        or _known_place(name)
        or name_key(name) in place_aliases()
    )


def media_body_group(group: _Group) -> bool:
    """A group typed a place that the article names as a publication or as a network
    or service, and that is no known place: to be typed an organisation."""
    if group.entry is not None:
        return False
    name = _longest_name(group)
    if _known(name):
        return False
    if publication_named(name):
        return True
    return any(m.media_use for m in group.mentions)
