"""Which of two people sharing a surname a bare surname stands for, told by the
pronoun that follows it: "If Clinton won the primary -- as she did in 2008 --" beside
"Hillary Clinton" and "former President Bill Clinton" is hers; "Clinton had a high
approval rating -- he was hovering near 60%" is his.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from generator.extract.actors.lexicon import PERSON_NOUNS, TITLE_WORDS
from generator.extract.actors.mention import _Group, _Mention
from generator.extract.pronouns import PRONOUN_SEX
from generator.extract.punctuation import QUOTE_MARKS

SUBJECT_DEPS = {"nsubj", "nsubjpass"}
SexOf = Callable[[_Group], str | None]


def mark_following_pronouns(doc: Doc, mentions: list[_Mention]) -> None:
    """Sets `pronoun_sex` on each one-word mention that is the subject of its verb, not
    joined to another ("Sanders and Clinton"): the sex of the first "he"/"she" (any case
    form) after it in its sentence, when no name, no other subject and no quotation mark
    comes between (a quotation's pronouns are the speaker's words about someone else; a
    name or a subject between may be the antecedent: "the president ... he")."""
    for mention in mentions:
        if mention.n_tokens != 1:
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            continue
        if span.root.dep_ in SUBJECT_DEPS and not any(t.dep_ == "conj" for t in span.root.children):
            mention.pronoun_sex = _pronoun_after(doc, span.end)


def _pronoun_after(doc: Doc, i: int) -> str | None:
    """The sex of the first personal pronoun from token `i` to its sentence's end, when
    it is a subject ("as she did"), or None: a name, a person's noun ("the senator"), a
    subject or a quotation mark first, or an owner or object pronoun ("called his
    vote", "raped her": most often someone else's)."""
    sent_end = doc[i - 1].sent.end if i > 0 else len(doc)
    for token in doc[i:sent_end]:
        if token.text in QUOTE_MARKS:
            return None
        sex = PRONOUN_SEX.get(token.lower_)
        if sex is not None:  # "raped her", "calls to her": an object is someone else
            return sex if token.dep_ in SUBJECT_DEPS else None
        if token.ent_type_ == "PERSON" or (token.pos_ == "PROPN" and not token.ent_type_):
            return None  # a place's or a body's name is no antecedent of "he"/"she"
        if token.lower_ in TITLE_WORDS or token.lower_ in PERSON_NOUNS:
            return None  # "the Vermont senator ... his"
        if token.dep_ in SUBJECT_DEPS:
            return None
    return None


def sex_target(sex: str, candidates: list[_Group], sex_of: SexOf) -> _Group | None:
    """The one candidate of `sex`, when every candidate's sex is known (one of unknown
    sex may be of that sex too)."""
    sexes = [sex_of(c) for c in candidates]
    if None in sexes or sexes.count(sex) != 1:
        return None
    return candidates[sexes.index(sex)]


def split_by_pronouns(
    group: _Group, candidates: list[_Group], sex_of: SexOf
) -> list[tuple[_Mention, _Group]]:
    """Takes out of `group` (a bare surname shared by people named in full) each mention
    a pronoun after it shows the sex of ("If Clinton won -- as she did"), paired with
    the one candidate of that sex it stands for."""
    given: list[tuple[_Mention, _Group]] = []
    for mention in list(group.mentions):
        if mention.pronoun_sex is None:
            continue
        target = sex_target(mention.pronoun_sex, candidates, sex_of)
        if target is not None:
            group.mentions.remove(mention)
            given.append((mention, target))
    return given
