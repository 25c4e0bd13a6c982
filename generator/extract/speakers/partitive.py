"""A part of a group as speaker: "some Republican leaders said", "Several Opec members
said", "Some in the 'Bernie or Bust' crowd argued", "One in four voters in a New York
Times poll said". The words of some members are neither the body's (the party, Opec,
the Times) nor those of a person named inside the phrase (Bernie Sanders): no speaker.

A quantified head opens the phrase (`vague_quantifiers` of quote_words, the words that
mark a vague holder of a stance in `reported_speech`), and the phrase is about several
people: headed by a plural noun ("some GOP figures"), or by the quantifier itself with a
part of something after it ("Some in the crowd", "one in four voters", "many of his
supporters"). A phrase that names its one member in apposition keeps its name ("One of
the jilted bidders, Netherlands-based group LNM, said": LNM).
"""

from __future__ import annotations

from spacy.tokens import Span

from generator.extract.speakers.context import _Context
from generator.extract.words import word_lists

# "you" marks a generic holder, never a part of a group
QUANTIFIERS = word_lists("quote_words")["vague_quantifiers"] - {"you"}
# the prepositions of a part: "some of", "one in four", "many among"
PART_PREPOSITIONS = frozenset({"of", "in", "among"})


def part_of_group(ctx: _Context, start: int, end: int) -> bool:
    """Whether the mention at `start`..`end` is a quantified part of a group ("some
    Republican leaders", "Some in the ... crowd"), whose words are no one body's or
    person's."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].lower_ not in QUANTIFIERS:
        return False
    if _names_its_member(span):
        return False
    root = span.root
    if root.i == span[0].i:
        # "Some in the crowd", "One in four voters": the quantifier heads a part
        return any(c.dep_ == "prep" and c.lower_ in PART_PREPOSITIONS for c in root.children)
    # "some Republican leaders", "Several Opec members": a plural head the quantifier
    # counts (not "one" with a singular: "one Clinton aide" is one person, left to the
    # description rules)
    return root.tag_ in {"NNS", "NNPS"} and span[0].head.i == root.i


def _names_its_member(span: Span) -> bool:
    """Whether the phrase names its member in apposition, within the mention or right
    after it: a comma then a proper name ("One of the jilted bidders, Netherlands-based
    group LNM", "One of his advisers, Tad Devine, told reporters")."""
    doc = span.doc
    tokens = list(span) + list(doc[span.end : span.end + 4])
    for i, token in enumerate(tokens[:-1]):
        if token.text == "," and any(t.pos_ == "PROPN" for t in tokens[i + 1 : i + 4]):
            return True
    return False
