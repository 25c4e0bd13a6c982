# ruff: noqa: RUF002 - quotation marks are the subject here
"""When the speaker of a neighbouring sentence must not be borrowed for a quotation.

`direct_attribution._nearby_speaker` lends a quotation with no tag of its own the speaker
of a verb of speech in the sentence just before or after it. On PolNeAR train that loan
gave the quotation to the wrong person in two recurring shapes, which these checks
catch so the quotation is kept without a speaker (a quote left out of a person's record
costs less than one given to the wrong person):

- the quotation's own sentence names another person as its subject or lead-in: "When
  Trump finally wrapped up — “I will fight for you!” — the balloons cascaded down",
  "Hillary Clinton cracked, ‘I'm a progressive ...’", "... he tweeted about ... Donald
  Trump: “Appreciate the congrats ...”" (the sentence before had another speaker);
- the verb of speech in the sentence after sits in an "as" clause ("And as Menendez
  pointed out, SCOTUS rulings ... have real impact"): it vouches for its own sentence,
  not for the quotation before it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quote_context import _Attribution, _Ctx

#: Dependencies of a name that is what its clause is about: a (passive) subject, or the
#: head of a "Name: “...”" lead-in, which the parser attaches as the root or a
#: dislocated phrase.
_SUBJECT_LIKE_DEPS = frozenset({"nsubj", "nsubjpass", "ROOT", "dep", "dislocated"})


def unless_about_another(quote: Span, ctx: _Ctx, nearby: _Attribution) -> _Attribution:
    """The neighbouring sentence's speaker, unless the quotation's own sentence names
    another person as its subject or lead-in: then no one (the words are kept, with no
    speaker, rather than given to the wrong person)."""
    if nearby.speaker is None or other_person_subject(quote, ctx, nearby.speaker) is None:
        return nearby
    return _Attribution(None, None, rule=OTHER_SUBJECT_RULE)


#: The rule recorded on a quotation left without a speaker by `unless_about_another`.
OTHER_SUBJECT_RULE = "direct.own_sentence_other"


def other_person_subject(quote: Span, ctx: _Ctx, speaker: Span) -> Span | None:
    """A person named before the quotation in the sentence where it opens, as a
    subject or lead-in, who is not the borrowed speaker: the sentence says who it is
    about, so a neighbour's speaker is not lent to it. Only before the words: a name
    after them, or in a later sentence the quotation runs into, may be what the
    speaker talks about ("“... It was more uplifting” and Rubio was hurt ...").

    A pronoun speaker ("he said" in the sentence before) is judged the same way: a
    sentence that names someone else as its subject has moved on from "he".
    """
    own = {t.lower_ for t in speaker if t.is_alpha}
    opening = quote[0].sent
    if ctx.inside[opening.start]:
        # the parser's sentence opens inside earlier quoted words ("... It was more
        # uplifting” and Rubio was hurt by going “personally, just in the gutter”"):
        # a piece of a longer sentence of report, whose subject stands further back
        return None
    for ent in quote.doc.ents:
        if ent.label_ != "PERSON" or ent.sent.start != opening.start or ent.end > quote.start:
            continue
        if any(ctx.inside[t.i] for t in ent):
            continue
        if ent.root.dep_ not in _SUBJECT_LIKE_DEPS and not _colon_lead_in(ent, quote):
            continue
        if ent.root.dep_ in {"ROOT", "dep", "dislocated"} and not _colon_lead_in(ent, quote):
            continue
        words = {t.lower_ for t in ent if t.is_alpha}
        if words & own or _owner_between(ent, quote):
            continue
        return ent
    return None


def _owner_between(ent: Span, quote: Span) -> bool:
    """Whether a person's possessive stands between the name and the quotation, so
    that the words are that owner's: "Alito later seized on Prelogar's attempt to
    persuade the court to look at “the nation that we aspire to be”" (the sentence
    before quoted Prelogar: hers, not Alito's)."""
    between = quote.doc[ent.end : quote.start]
    return any(t.dep_ == "poss" and (t.ent_type_ == "PERSON" or t.pos_ == "PRON") for t in between)


def _colon_lead_in(ent: Span, quote: Span) -> bool:
    """Whether a name stands right before a colon that opens the quotation ("Donald
    Trump: “Appreciate ...”")."""
    doc = ent.doc
    after = ent.end
    return (
        after < len(doc)
        and doc[after].text == ":"
        and after + 1 <= quote.start
        and all(t.is_punct or t.is_space for t in doc[after + 1 : quote.start])
    )


def in_as_clause(verb: Token) -> bool:
    """Whether a verb of speech heads an "as" clause ("as Menendez pointed out, ..."),
    which vouches for the rest of its own sentence only."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
