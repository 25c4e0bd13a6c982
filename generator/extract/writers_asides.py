"""The writer's own words at the end of a report, which the parse reads into it.

A reported clause is cut from the parse of its cue's sentence; when the writer goes on
in the same sentence about the report itself, the parser hangs those words on the
reported verb and the page shows them as what the source said. Two shapes are cut here
(editor's blind review, session 33, bounds):

- the source's own refusal, in a clause with the source as its pronoun subject: "Sony
  said the glitch affected nearly all DVD players[, but it did not specify how many
  machines could have a problem]", "[, but he declined to say when]". How the source
  answered is the writer's account, not the report. The pronoun must agree with the
  source ("it" for a body, "he" or "she" for a person, "they" for a plural or a body),
  and the verb must be one of giving out details, negated ("did not specify", "gave no
  figures"), or one of turning a question down with such an infinitive ("declined to
  say"): "said the firm hid its losses, but it did not disclose them" under a person
  is the firm, and stays;
- the writer's comment on the claim after a dash or a comma: "said the driver had been
  under the influence of drugs[ — something a 911 caller also told a dispatcher]", "said
  the bridge was safe[ - a claim residents have long disputed]": a claim noun (or
  "something") whose relative clause has a subject of its own, who holds or answers the
  claim. A comment with a participle (", a claim denied by the chancellor") is
  `report_bounds._claim_comment`'s.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract.pronouns import SEXED_SUBJECT_PRONOUNS
from generator.extract.words import word_lists

_WORDS = word_lists("quote_words")
_DISCLOSURE_VERBS = _WORDS["disclosure_verbs"]
_REFUSAL_VERBS = _WORDS["refusal_verbs"]
#: Heads of the writer's comment on a claim: the claim nouns, and "something".
_COMMENT_NOUNS = _WORDS["claim_nouns"] | _WORDS["comment_nouns"]
#: What sets the writer's comment off from the report: a comma or a dash.
ASIDE_MARKS = frozenset({",", "\u2014", "\u2013", "--", "-"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_PLURAL_TAGS = frozenset({"NNS", "NNPS"})


def refusal_cut(span: Span, speaker: Span | None) -> int | None:
    """Character offset where a report ends before its source's own refusal to say more
    (see the module docstring), or None. `speaker` is the source's mention."""
    if speaker is None or len(speaker) == 0:
        return None
    for conj in span:
        if conj.dep_ != "conj" or conj.i <= span.start + 2 or not _refusal(conj):
            continue
        subjects = [c for c in conj.children if c.dep_ in _SUBJECTS]
        if len(subjects) != 1 or not _agrees(subjects[0], speaker):
            continue
        start = subjects[0].left_edge.i
        i = start
        while i > span.start and (span.doc[i - 1].is_punct or span.doc[i - 1].dep_ == "cc"):
            i -= 1
        if i == start or i <= span.start:
            continue  # no comma or coordinator before it: not a clause joined on
        last = span.doc[i - 1]
        return last.idx + len(last)
    return None


def _refusal(verb: Token) -> bool:
    """ "did not specify", "gave no figures", "declined to say": the source withholding."""
    lemma = verb.lemma_.lower()
    if lemma in _REFUSAL_VERBS:
        return any(
            c.dep_ == "xcomp" and c.lemma_.lower() in _DISCLOSURE_VERBS for c in verb.children
        )
    if lemma not in _DISCLOSURE_VERBS:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return any(
        c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
        for c in verb.children
    )


def _agrees(pronoun: Token, speaker: Span) -> bool:
    """Whether a subject pronoun can stand for the source: "it" for a body or a thing
    ("Sony", "the ministry"), "he" or "she" for a person, "they" for a plural or a
    body."""
    word = pronoun.lower_
    root = speaker.root
    person = root.ent_type_ == "PERSON" or root.lower_ in SEXED_SUBJECT_PRONOUNS
    plural = root.tag_ in _PLURAL_TAGS or root.lower_ == "they"
    if word == "it":
        return not person and not plural and root.pos_ != "PRON"
    if word in SEXED_SUBJECT_PRONOUNS:
        return person or (root.pos_ == "NOUN" and not plural)
    if word == "they":
        return plural or (not person and root.pos_ == "PROPN")
    return False


def writers_comment(token: Token) -> bool:
    """ "something a 911 caller also told a dispatcher", "a claim residents have long
    disputed": a comment noun whose relative clause has a subject of its own."""
    if token.lemma_.lower() not in _COMMENT_NOUNS and token.lower_ not in _COMMENT_NOUNS:
        return False
    return any(
        c.dep_ == "relcl" and any(s.dep_ in _SUBJECTS and s.i > token.i for s in c.children)
        for c in token.children
    )


def set_off(token: Token) -> bool:
    """Whether the phrase of `token` is set off by a comma or a dash before it."""
    first = token.left_edge
    if first.i < 2:
        return False
    mark = token.doc[first.i - 1]
    if mark.text == "-":  # a spaced hyphen stands for a dash; "anti-war" is one word
        return bool(token.doc[first.i - 2].whitespace_) and bool(mark.whitespace_)
    return mark.text in ASIDE_MARKS
