"""A speech tag set inside the reported sentence, "And Harlan, said Moreland, who worked
for him, doesn't forgive or forget": Moreland speaks, about Harlan. The parser may take
the first name for the subject of "said" and the rest, "Moreland, who ... forgive", for
what was said, so the quotation would give Moreland's words about Harlan to Harlan.
Such a reading is refused: its words and its speaker are both wrong. So is a report
read into a bracketed aside to the reader ("(think Harold Quince)").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.speech_cues import _is_reporting


def interrupting_tag_misread(verb: Token, speaker: Span | None, start: int) -> bool:
    """Whether "SUBJECT, said NAME, ..." was read with SUBJECT as the speaker and the
    words from NAME on (starting at character `start`) as what was said: the subject
    stops at the comma before the verb, and the words open with a name set off by a
    comma right after the verb."""
    doc = verb.doc
    if speaker is None or verb.i < 2 or verb.i + 2 >= len(doc):
        return False
    if doc[verb.i - 1].text != "," or speaker.end != verb.i - 1:
        return False
    first = doc[verb.i + 1]
    if first.idx != start or first.pos_ != "PROPN":
        return False
    k = first.i
    while k < len(doc) and doc[k].pos_ == "PROPN":
        k += 1
    return k < len(doc) and doc[k].text == ","


def content_is_anothers_tag(verb: Token, clause: Token | None, inside: list[bool]) -> bool:
    """Whether the clause a report before its cue governs is itself another source's
    report: "In Seattle, marchers carried roses, KING-TV reported, while in Chicago
    ..., the Sun-Times reported", parsed with "KING-TV reported" as the Sun-Times's
    content. What Seattle saw is KING-TV's, never the Sun-Times's, whatever the span
    the content is cut to. `inside` tells which tokens stand in quotation marks."""
    if clause is None or clause.i > verb.i or inside[clause.i]:
        return False
    if not _is_reporting(clause, direct=True):
        return False
    # a tag: its subject, and its own content before it ("In Seattle, marchers carried
    # roses, KING-TV reported"), not a verb saying something after it ("He may add to
    # his team, he said"; "Other candidates said they support ...")
    subject = any(c.dep_ in {"nsubj", "nsubjpass"} and not inside[c.i] for c in clause.children)
    fronted = any(c.dep_ in {"ccomp", "parataxis"} and c.i < clause.i for c in clause.children)
    return subject and fronted


def bracketed_imperative(verb: Token) -> bool:
    """Whether the verb opens a bracketed aside to the reader, "a politician's behavior
    (think Harold Quince) can travel ...": the parser may take the name for the
    subject of "think" and the sentence around it for what he thinks, so the words
    about him would be his. A present-tense verb right after the opening bracket with
    its subject after it is an imperative, no report."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != "(" or verb.tag_ not in {"VB", "VBP"}:
        return False
    return not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children)
