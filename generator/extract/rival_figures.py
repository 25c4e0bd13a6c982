"""Where a body's report of its own figures ends before the writer's figures for a rival.

"Ford said its car sales rose 29.3 pct in March, and Chrysler Corp was up 11.3 pct":
Ford reports Ford's sales; Chrysler's are the writer's, set beside them in wire copy's
way, and shown under Ford they put words in its mouth (editor's blind review, session
34: "Honda said ... rose 96.2 pct, while Japanese-owned Nissan was up 35.9 pct"). A
clause joined to the report with a subject of its own and no tag of its own is the
writer's here only in this one shape, since "Hopewell said it will take a 20 pct stake
while Cheung Kong will take ..." (a plan the two share) and "he said Norstar had a book
value of ..., while Fleet's was ..." (an analyst comparing two) are the speaker's:

- the report's clause is about the speaker's own figures: its subject is "it"/"they"
  or holds "its"/"their" ("its car sales");
- both clauses tell a figure's move in the past or present ("rose 29.3 pct", "was up
  11.3 pct"), not a plan (no modal);
- the joined clause's subject is another body by name ("Chrysler Corp", "Nissan").
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.reporter_conjuncts import end_before_conjunct
from generator.extract.words import word_lists

_WORDS = word_lists("quote_words")
_MOVE_VERBS = _WORDS["figure_move_verbs"]
_MOVE_PARTICLES = _WORDS["figure_move_particles"]
#: "its car sales", "their shipments": the speaker's own (a body's pronoun).
_OWN_POSSESSIVES = frozenset({"its", "their"})
_OWN_SUBJECTS = frozenset({"it", "they"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_FIGURE_ENTITIES = frozenset({"PERCENT", "MONEY", "CARDINAL", "QUANTITY"})
#: How the rival's clause hangs on the report's verb: "and Chrysler Corp was up"
#: (conj), "while Nissan was up" (advcl).
_JOINS = frozenset({"conj", "advcl"})
_CONTRAST = frozenset({"while", "whereas"})


def rival_move_start(verb: Token, span: Span) -> int | None:
    """The end of a report (`span`, headed by `verb`) cut before a rival's figures joined
    to it, or None when there are none."""
    if not (_figure_move(verb) and _own_subject(verb)):
        return None
    for joined in verb.children:
        if joined.dep_ not in _JOINS or joined.i <= verb.i or joined.i >= span.end:
            continue
        if joined.dep_ == "advcl" and not any(
            c.dep_ == "mark" and c.lower_ in _CONTRAST for c in joined.children
        ):
            continue
        if not _figure_move(joined):
            continue
        subjects = [c for c in joined.children if c.dep_ in _SUBJECT_DEPS]
        if len(subjects) != 1 or not _named_body(subjects[0]):
            continue
        return end_before_conjunct(verb, joined)
    return None


def _figure_move(verb: Token) -> bool:
    """Whether a verb tells a figure's move, told as done ("rose 29.3 pct", "was up 11.3
    pct"), not a plan ("will rise"): a verb of moving or "be" with "up"/"down", a number
    among its words, and no modal."""
    if any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    lemma = verb.lemma_.lower()
    moving = lemma in _MOVE_VERBS or (
        lemma == "be" and any(c.lower_ in _MOVE_PARTICLES for c in verb.children)
    )
    if not moving:
        return False
    own = [c for c in verb.children if c.dep_ not in _JOINS and c.dep_ not in _SUBJECT_DEPS]
    return any(t.like_num or t.ent_type_ in _FIGURE_ENTITIES for c in own for t in c.subtree)


def _own_subject(verb: Token) -> bool:
    """Whether the report's subject is the speaker's own: "it", "they", or a noun with
    "its"/"their" ("its car sales")."""
    subjects = [c for c in verb.children if c.dep_ in _SUBJECT_DEPS]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.lower_ in _OWN_SUBJECTS:
        return True
    return any(c.dep_ == "poss" and c.lower_ in _OWN_POSSESSIVES for c in subject.children)


def _named_body(subject: Token) -> bool:
    """Whether a subject names a body of its own: a proper noun ("Chrysler Corp",
    "Japanese-owned Nissan"), not "sales" or "its trucks"."""
    return subject.pos_ == "PROPN" and subject.ent_type_ not in {"DATE", "TIME"}
