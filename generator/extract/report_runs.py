"""Where a reported clause runs on past the point at which the parser stopped it.

Two shapes of fresh text (editor's blind review, session 34, bounds) where the report
found stops before words that are plainly still the speaker's:

- a sentence break the parser put inside a name, where the text has none: "She said
  she felt [the 13th] Amendment was worth examining because ...". No full stop, no
  mark, one space: the "sentence" after it is the rest of the clause, and the report
  runs to its end (as `report_bounds._past_initials` does for the full stop of "U.S.");
- a list the parser hung on the tag, after a report that stands before its tag:
  "[Sales were hurt by the strike in December], a lack of incentives and bad weather,
  analysts said". Everything between the report and the tag's comma is inside what the
  analysts said; a verbless list joined by "and" or "or" is more of its objects, not
  the writer's aside (an aside of the writer's that closes a report, a time line or a
  comment on the claim, holds a verb: `report_bounds._before_writers_close`).
- a second clause or predicate joined by "and" or "but", after a report that stands
  before its tag: "[Much of that will be attributed to rebuilding inventories] and is
  not likely to be sustained, Gramley said" (breadth sample, session 37). The parser
  hangs the second part on the tag's verb, but everything between the report and the
  tag's comma is what the speaker said;
- predicates that share the report's modal, which the parser joined to the cue: "First
  City said [it may sell or mortgage non-strategic assets], recover excess pension
  contributions and obtain special dividends" (same sample). A verb in its plain form
  cannot be the past "said"'s (or "predicts"') second predicate; it is the modal's.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from generator.extract.actors import TITLE_WORDS
from generator.extract.words import word_lists

_VERB_POS = frozenset({"VERB", "AUX"})
#: The words on either side of a break inside one name: "the [13th] [Amendment]".
_NAME_PART_POS = frozenset({"PROPN", "NUM", "ADJ"})
_LIST_JOINS = frozenset({"and", "or"})
_STOPS = (". ", "? ", "! ", ";", ":", '"', "\u201c", "\u201d")


def past_unmarked_break(doc: Doc, end: int) -> int:
    """The end of the "sentence" after a break with no mark at all, when a report ends on
    the word before it; `end` otherwise. Only on one line (one space between the two
    words), only inside a name (a proper noun after the break, a name's word or a
    number before it: "the 13th Amendment"), and only when the next "sentence" stays
    on the line. "... the general election And they believe ..." is two sentences whose
    full stop the writer left out."""
    last = doc.char_span(max(0, end - 1), end, alignment_mode="expand")
    if last is None or len(last) == 0:
        return end
    token = last[-1]
    if token.is_punct or token.is_space or token.i + 1 >= len(doc):
        return end
    if token.i + 1 != token.sent.end or token.whitespace_ != " ":
        return end
    nxt = doc[token.i + 1]
    if token.text.endswith(".") or nxt.pos_ != "PROPN" or token.pos_ not in _NAME_PART_POS:
        return end  # "U.S. The ...", "election And they ...": a stop, or one left out
    words = [t for t in nxt.sent if not (t.is_space or t.is_punct)]
    stretch = doc.text[end : words[-1].idx] if words else "\n"
    if "\n" in stretch:
        return end  # a line or a paragraph break: no run-on across it
    return words[-1].idx + len(words[-1].text)


def listed_before_tag(doc: Doc, end: int, tag_start: int | None) -> int:
    """The end taken over a verbless list between a report and its tag ("[...in
    December], a lack of incentives and bad weather, analysts said"): the words after
    the report's end up to the comma before the tag, when they open on a comma, hold a
    noun and "and" or "or", and no verb, mark, sentence stop, line break or title word
    (", president and chief executive, John Smith said" names the speaker). The words
    after that last comma are the tag's own ("the", a title). `end` otherwise."""
    if tag_start is None or tag_start <= end:
        return end
    gap = doc.text[end:tag_start]
    list_end = end + gap.rfind(",")
    if not gap.startswith(", ") or list_end <= end or "\n" in gap:
        return end
    if any(stop in gap for stop in _STOPS):
        return end
    span = doc.char_span(end, list_end, alignment_mode="expand")
    if span is None:
        return end
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) < 3 or any(t.pos_ in _VERB_POS for t in words):
        return end
    if not any(t.lower_ in _LIST_JOINS for t in words):
        return end
    if not any(t.pos_ in {"NOUN", "PROPN"} for t in words):
        return end
    if any(t.lower_ in TITLE_WORDS for t in words):
        return end
    last = words[-1]
    return last.idx + len(last.text)


#: The opening of a clause or predicate joined to a report before its tag: an optional
#: comma, then "and" or "but" ("..., but after closer examination they may ...").
_JOINED_OPENING = re.compile(
    r",?\s+(?:" + "|".join(word_lists("quote_words")["clause_coordinators"]) + r")\s", re.IGNORECASE
)
#: Words that go on with no comma at all up to the tag's: the parser stopped the report
#: inside its own clause ("[The new tax laws will not hurt the economy and the tax
#: reform act of 1986] significantly lowers tax rates ..., he said").
_UNBROKEN_OPENING = re.compile(r"\s+[^,\s][^,]*$")
#: A paragraph break (a blank line, or a line opening on an indent as wire copy's
#: paragraphs do); a single line break before a word is only the text's wrapping.
_PARAGRAPH_BREAK = re.compile(r"\n\s")
#: Words of the tag itself at most, after the last comma: "said", "the bank said".
_TAG_WORDS = 3


def joined_before_tag(doc: Doc, end: int, tag_start: int | None) -> int:
    """The end taken over a clause or predicate joined by "and" or "but" between a
    report and its tag ("[...their inventories] and is not likely to be sustained in
    the second quarter, Gramley said"): to the comma before the tag, when the words
    open on the coordinator (or hold no comma at all: the rest of the report's own
    clause), hold a verb (a verbless list is `listed_before_tag`'s),
    and no mark, sentence stop or paragraph break stands between; the words after the
    comma are only the tag's own. `end` otherwise. The caller checks the words for a
    tag of their own."""
    if tag_start is None or tag_start <= end:
        return end
    gap = doc.text[end:tag_start]
    list_end = end + gap.rfind(",")
    if list_end <= end or _PARAGRAPH_BREAK.search(gap):
        return end
    if not (_JOINED_OPENING.match(gap) or _UNBROKEN_OPENING.match(gap[: list_end - end])):
        return end
    if any(stop in gap for stop in _STOPS) or len(gap[list_end - end + 1 :].split()) > _TAG_WORDS:
        return end
    span = doc.char_span(end, list_end, alignment_mode="expand")
    if span is None:
        return end
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if len(words) < 3 or not any(t.pos_ in _VERB_POS for t in words):
        return end
    last = words[-1]
    return last.idx + len(last.text)


#: A cue whose own subject a predicate in the plain form cannot share: "said", "predicts".
_INFLECTED_CUE_TAGS = frozenset({"VBD", "VBZ"})
#: The plain form of a verb (the tagger reads "recover" after a comma as VBP as well).
_PLAIN_TAGS = frozenset({"VB", "VBP"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: The labels of a clause's own subject (shared with `report_rests`).
CLAUSE_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def shared_modal_end(span: Span, clause_verb: Token | None) -> int:
    """The end taken over predicates joined to the cue that share the reported clause's
    modal ("said [it may sell or mortgage assets], recover excess contributions and
    obtain special dividends"): the clause is the complement of a cue in the past or
    the third person singular, its verb has a modal, and the cue's joined verbs after
    the span have no subject and the plain form; with a plural speaker ("officials said
    ..., and expect ...") the present would agree with the cue, so the form must be
    "VB" then. The last such verb's last word; `span.end_char` otherwise."""
    end = span.end_char
    if clause_verb is None or clause_verb.dep_ != "ccomp":
        return end
    cue = clause_verb.head
    if cue.tag_ not in _INFLECTED_CUE_TAGS or cue.i >= span.start:
        return end
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in clause_verb.children):
        return end
    speakers = [c for c in cue.children if c.dep_ in CLAUSE_SUBJECT_DEPS]
    plural = any(c.tag_ in _PLURAL_TAGS or c.lower_ in {"they", "we"} for c in speakers)
    last = None
    for verb in _joined_verbs(cue):
        if verb.i < span.end or verb.sent != cue.sent:
            break
        if any(c.dep_ in CLAUSE_SUBJECT_DEPS or c.dep_ == "aux" for c in verb.children):
            break
        if verb.tag_ not in _PLAIN_TAGS or (plural and verb.tag_ != "VB"):
            break
        last = verb
    if last is None:
        return end
    right = last.right_edge
    while right.i > last.i and (right.is_punct or right.is_space):
        right = span.doc[right.i - 1]
    return right.idx + len(right.text)


def _joined_verbs(verb: Token) -> list[Token]:
    """The verbs joined to `verb` one after another ("A, B and C": B is A's conj, C
    B's), in order."""
    chain = []
    while True:
        nxt = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i), None)
        if nxt is None:
            return chain
        chain.append(nxt)
        verb = nxt
