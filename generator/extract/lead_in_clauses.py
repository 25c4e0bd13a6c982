"""The writer's clause that leads straight into a quotation, and whose it makes the words.

A quotation opened right after "VERB:" or "VERB," is introduced by that clause. Two
shapes of it gave quotations to the wrong person on PolNeAR train:

- the lead-in is a subordinate clause with a subject of its own ("“...,” Cruz said as
  the heckler yelled: “You suck!”"): the parser hangs the quotation on the main verb,
  but the words are the heckler's, whose verb introduces them;
- the lead-in has a noun subject and a verb that is no verb of speech ("The Clinton
  campaign, in a Q&A ..., worded it even more carefully: “...”"): no tag names a
  speaker, and the speaker of the sentence before ("This is how Clinton often has
  explained this") must not be lent to words the sentence gives to someone else.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.quote_context import _Attribution, _Ctx
from generator.extract.speaker_mentions import _SUBJECT_DEPS, _can_speak, _mention
from generator.extract.speech_cues import _is_reporting

#: Punctuation that may end a lead-in clause right before the opening mark.
_LEAD_IN_MARKS = frozenset({":", ","})
#: Only a colon makes a clause with no verb of speech a lead-in: "When the team leader
#: realized reinforcements weren't coming, “he left” with ..." is the writer's clause.
_COLON = frozenset({":"})

#: How a lead-in verb hangs in its sentence when it is a clause apart from the main one:
#: a subordinate clause ("as the heckler yelled:") or a conjunct with its own subject
#: ("Cruz spoke and the heckler yelled:").
_APART_DEPS = frozenset({"advcl", "conj"})

#: The rule recorded on a quotation whose lead-in clause keeps it from a neighbour's
#: speaker (`unless_led_in_by_another`).
OWN_LEAD_IN_RULE = "direct.own_lead_in"


def lead_in_verb(quote: Span, ctx: _Ctx, marks: frozenset[str] = _LEAD_IN_MARKS) -> Token | None:
    """The verb of the writer's clause that ends right before the quotation's opening
    mark, with only one of `marks` between ("the heckler yelled: “...”")."""
    doc = quote.doc
    i = quote.start - 1
    while i >= 0 and (doc[i].is_space or (ctx.inside[i] and doc[i].is_punct)):
        i -= 1
    if i < 1 or doc[i].text not in marks or "\n" in doc[i].whitespace_:
        return None
    verb = doc[i - 1]
    for _ in range(_CLAUSE_HOPS):  # "worded it even more carefully:" ends in its verb's clause
        if verb.pos_ == "VERB" or verb.head.i == verb.i or verb.head.i > i:
            break
        verb = verb.head
    if ctx.inside[verb.i] or verb.pos_ != "VERB":
        return None
    return verb


#: How far up the parse the last word before the colon may stand from its clause's verb.
_CLAUSE_HOPS = 3


def own_subject(verb: Token, ctx: _Ctx) -> Token | None:
    """The verb's own subject in the parse, outside any quotation, before the verb."""
    for child in verb.children:
        if child.dep_ in _SUBJECT_DEPS and child.i < verb.i and not ctx.inside[child.i]:
            return child
    return None


def subordinate_lead_in(
    quote: Span, ctx: _Ctx, chosen: Token, candidates: list[tuple[int, Token, Span, bool]]
) -> tuple[int, Token, Span, bool] | None:
    """The candidate speech verb that introduces the quotation from a clause apart from
    the chosen verb's, with a subject of its own: "Cruz said as the heckler yelled:
    “You suck!”" gives the words to the heckler, not to Cruz. None when the chosen verb
    is itself the lead-in, or the lead-in shares the chosen verb's subject."""
    verb = lead_in_verb(quote, ctx)
    if verb is None or verb.i == chosen.i or verb.dep_ not in _APART_DEPS:
        return None
    if chosen not in verb.ancestors or own_subject(verb, ctx) is None:
        return None
    return next((c for c in candidates if c[1].i == verb.i), None)


def unless_led_in_by_another(quote: Span, ctx: _Ctx, nearby: _Attribution) -> _Attribution:
    """A neighbouring sentence's speaker, unless the quotation's own sentence leads into
    it with a clause ending in a colon whose subject is a noun that may speak and whose
    verb is no tag ("The Clinton campaign ... worded it even more carefully: “...”"):
    then no one. A
    pronoun or a name as that subject is `nearby_checks.unless_about_another`'s."""
    if nearby.speaker is None:
        return nearby
    verb = lead_in_verb(quote, ctx, _COLON)
    if verb is None:
        return nearby
    subject = own_subject(verb, ctx)
    if subject is None or subject.pos_ != "NOUN":
        return nearby
    mention = _mention(subject, ctx)
    if mention is None or not _can_speak(mention, ctx):
        return nearby
    if mention.start <= nearby.speaker.start < mention.end:
        return nearby  # the same words: the lead-in's subject is the one lent
    return _Attribution(None, None, rule=OWN_LEAD_IN_RULE)


#: At most so many words of a subject between a closing mark and its tag's verb ("the
#: Post's senior politics editor Steven Ginsberg responded").
_TAG_SUBJECT_WORDS = 12


def subject_tag_after(quote: Span, ctx: _Ctx) -> bool:
    """Whether the quotation's sentence goes on, right after the closing mark, with a
    noun phrase and then a verb of speech that ends the clause: “...” the Post's senior
    politics editor Steven Ginsberg responded. The words are that subject's, however
    the parser hung it (here as an apposition of the last quoted noun), so the speaker
    of an earlier quotation is not carried over to them."""
    doc = quote.doc
    words = 0  # the parser may end the sentence at the closing mark (`_same_report`)
    for token in doc[quote.end : min(len(doc), quote.end + _TAG_SUBJECT_WORDS + 4)]:
        if "\n" in token.text or "\n" in doc[token.i - 1].whitespace_:
            return False
        if ctx.inside[token.i]:
            if words or not token.is_punct:
                return False  # another quotation
            continue  # the closing mark
        if token.is_punct:
            if words:
                return False  # "..." the editor, who ...: not a bare tag
            continue
        if token.pos_ in {"VERB", "AUX"}:
            tag = bool(words) and _is_reporting(token, direct=True) and _ends_clause(token)
            return tag and _same_report(quote, token)
        if token.pos_ not in _SUBJECT_POS:
            return False
        words += 1
        if words > _TAG_SUBJECT_WORDS:
            return False
    return False


#: Parts of speech of the words of a subject noun phrase.
_SUBJECT_POS = frozenset({"DET", "PROPN", "NOUN", "ADJ", "PART", "NUM", "PRON"})


def _ends_clause(verb: Token) -> bool:
    """Whether the verb is followed by the end of its sentence, a comma or a time or
    place phrase only, not by a clause of its own ("the editor responded."; not "the
    editor said the story was fair"). The quotation before it may hang on it."""
    return not any(c.dep_ in {"ccomp", "dobj", "xcomp"} and c.i > verb.i for c in verb.children)


def _same_report(quote: Span, verb: Token) -> bool:
    """Whether the verb after the closing mark belongs with the quotation: in the same
    sentence as its last words, or holding some of them as its complement. "“You just
    simply haven't.” Rubio fired back at Christie over ..." opens a sentence of its own."""
    if verb.sent.start == quote[-1].sent.start:
        return True
    return any(t.head.i == verb.i for t in quote)
