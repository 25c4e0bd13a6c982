"""Whose a figure is ("Tesla's 8%", "the company's 5m"): the possessor or owner a count
belongs to, and when nobody owns it.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures.owner_checks import (
    acl_possessor,
    kind_noun,
    named_kind,
    speaker_not_owner,
)
from generator.extract.figures.phrases import _np_text
from generator.extract.figures.subjects import (
    _governing_verb,
    _names_an_agent,
    _own_subject,
    _subject_token,
)
from generator.extract.pronouns import SEXED_SUBJECT_PRONOUNS


def _owner(span: Span, head: Token, agent: bool = False, share: bool = False) -> str | None:
    """The subject of the clause, when it is not the counted phrase itself.

    Unless `agent` (the figure is what the subject earned, paid or raised: "raised
    (Clinton)"), the subject must hold the figure through its verb (`_has_figure`: "the
    thriller has sold 17 million copies"), or name who can own one (`_names_an_owner`)
    and own it through its verb (`_subject_owns`): a cause ("Previous initiatives brought
    40,000 pupils back"), a survey or a rater ("Moody's is reviewing 648 mln dlrs of
    securities") is the clause's subject without the figure being its own, and people at
    large or a quantity of them (`_no_one`) own nothing. `share`: the figure is a share
    "of" something, which a copula's subject does not own ("X is 25 pct of Y").

    Not across two prepositions: in "interest expense was lower due to the retirement
    of a 200 mln dlr debenture" the debenture is not the interest expense's. Not into an
    apposition to a name, which describes the named thing on its own ("Morales signed on
    to guard Queen Miri, the $70 million yacht belonging to Adelson" is not Morales's
    yacht; "earned 13 billion dlrs, a 54 pct leap" is still the earner's), and not a
    noun coordinated with the counted one ("35,000 Palestinians and 850 Israeli settlers
    live there": the settlers are not the Palestinians').
    """
    subject = _subject_token(span)
    if subject is None or subject.i == head.i or span.start <= subject.i <= head.i:
        return None
    if head in subject.conjuncts:
        return None
    if _listed_subject(subject):
        return None  # "Malaysia, Indonesia and Thailand account for 90 pct": not Indonesia's
    if _in_phrase_of(span, subject):
        return None  # "the costs of X and the purchase of an 8.5 pct stake will lead"
    if _in_fronted_clause(span, subject):
        return None  # "In order to lift the tariffs on 300 mln dlrs worth of Japanese
        # exports, the U.S. needs proof": the exports are not the U.S.'s
    node, preps = span.root, 0
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") or node.dep_ == "ROOT" or node.head is node:
            break
        preps += node.dep_ == "prep"
        if node.dep_ == "appos" and node.head.pos_ == "PROPN":
            return None
        if node.dep_ == "prep" and node.lower_ in lx.NO_OWNER_PREPS:
            return None  # "a legal fight between three journalists and Apple"
        node = node.head
    if preps >= 2:
        return None
    planner = acl_possessor(span, subject)
    if planner is not None:
        return _np_text(planner)  # "called Ford's plans to open a $1.6bn plant": Ford's
    if subject.pos_ in ("PRON", "DET", "NUM", "VERB", "AUX") or _owns_nothing(subject):
        return None
    if subject.lower_ in lx.PART_SUBJECTS:
        return None  # "a third of creditors hold 93 pct of the debt": not the third's
    if not agent and _no_one(subject):
        return None
    person = _person_in(span, subject)
    if person is not None:
        return person  # "Salah's second spell ... as he netted 32 goals": Salah's goals
    owned = _names_an_owner(subject) or _who_antecedent(subject)
    held = _has_figure(span, subject, share)
    if not (agent or held or (owned and _subject_owns(span, subject))):
        return None
    if speaker_not_owner(span, subject):
        return None  # "share of population (Mr Kennedy)"
    if kind_noun(subject):
        return named_kind(subject)  # "staff (Halden Bank)", not "staff (bank)"
    text = _name_with_of(subject) or _np_text(subject)
    return text if text and len(text.split()) <= 5 else None


def _listed_subject(subject: Token) -> bool:
    """Whether the subject is one of a list of holders ("Malaysia, Indonesia and Thailand
    account for 90 pct", "The Alder mill, Chalk Ltd and Fenn Co"): the figure is all of
    theirs, and the parser hangs the list on one of them. Names alone before the verb,
    with a comma and a conjunction, say so; "Standard and Poor's Corp cut" (no comma) is
    one name, and a clause or an apposition before the verb is no list."""
    verb = subject.head
    if verb.i <= subject.i:
        return False
    words = subject.doc[subject.sent.start : verb.i]
    if not all(t.pos_ in _LIST_POS or t.text == "," for t in words):
        return False  # "Prince, a Lowell, Mass., producer of pasta and sauces, is": one
    return any(t.dep_ == "cc" for t in words) and any(t.text == "," for t in words)


# The words of a list of names before its verb: the names, their articles and adjectives,
# commas and the conjunction.
_LIST_POS = frozenset({"PROPN", "NOUN", "DET", "ADJ", "CCONJ"})


def _in_phrase_of(span: Span, subject: Token) -> bool:
    """Whether the figure is in the subject's noun phrase through a conjunct or a
    preposition: in "the costs of a restructuring and the purchase of an 8.5 pct stake
    will lead to a flat net" the stake is not the costs' (blind review 24), nor are
    "firms from 31 countries" the firms' countries, nor "prices in 99 counties" the
    prices' counties (breadth, session 27). "The fund with $2bn of assets" holds them, and in
    "Clinton, who announced a $275 billion plan" the plan is Clinton's (a relative
    clause, with a verb, is not part of the phrase)."""
    node, apart = span.root, False
    for _ in range(12):
        if node.i == subject.i:
            return apart
        if node.pos_ in ("VERB", "AUX") or node.head is node:
            return False
        apart = apart or node.dep_ == "conj" or (node.dep_ == "prep" and node.lower_ != "with")
        node = node.head
    return False


NAME_LINK_WORDS = frozenset({"of", "for", "and", "&"})


def _name_with_of(subject: Token) -> str | None:
    """ "The Centers for Disease Control is monitoring...": a name that goes on through
    "of" or "for" is named whole ("Bank of China"), not cut to "(Centers)"; a name too long
    for a bracket ("International Federation of Professional and Technical Engineers")
    is then left out by the caller."""
    if subject.pos_ != "PROPN":
        return None
    prep = next((c for c in subject.rights if c.dep_ == "prep"), None)
    if prep is None or prep.lower_ not in ("of", "for") or prep.i != subject.i + 1:
        return None
    doc, end = subject.doc, prep.i
    while end + 1 <= prep.right_edge.i and (
        doc[end + 1].text[:1].isupper() or doc[end + 1].lower_ in NAME_LINK_WORDS
    ):
        end += 1
    while end > prep.i and doc[end].lower_ in NAME_LINK_WORDS:
        end -= 1  # "Federation of Professional and": not ending on a link word
    start = _np_text(subject)
    return f"{start} {doc[prep.i : end + 1].text}" if start and end > prep.i else None


_OWNER_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART"})


# A body that owns, or a price or market that moved ("the 13.7% rise (house prices)").
_OWNING_NOUNS = (lx.OWNER_NOUNS | lx.GENERIC_SUBJECTS | lx.MARKET_MOVERS) - lx.FRAME_SUBJECTS


_PEOPLE_WORDS = lx.PEOPLE_NOUNS | lx.SURVEYED_NOUNS | frozenset({"man", "woman"})


def _names_an_owner(subject: Token) -> bool:
    """Whether a clause's subject names who can own a figure: a name, or a body or a role
    listed in `lx.OWNER_NOUNS` ("the company", "the city", "the court").

    Other nouns are what a figure is about, not whose it is: a cause ("(exposure)"), a
    survey ("(annual survey)"), a share of people ("(Black voters)", "(Winners)"). A word
    capitalised only because it opens the sentence ("Fees comprise ...") is not a name
    (`_names_an_agent`).
    """
    if subject.lower_ in _OWNING_NOUNS or subject.ent_type_ in _OWNER_ENTS:
        return True
    if not any(t.text[:1].isupper() for t in subject.sent):
        return True  # lowercased text ("waymo will bring a factory"): no capital tells a name
    return _names_an_agent(subject)


def _no_one(subject: Token) -> bool:
    """A subject that names no owner whatever its verb: a quantity of people ("three million
    fewer Democrats", "Many Republicans") or a word for people at large ("Women in 46
    countries", "the man who ... won seven league titles")."""
    if any(c.lower_ in lx.QUANTIFYING_WORDS for c in subject.lefts):
        return True
    word = subject.lower_
    return word in _PEOPLE_WORDS or (word.endswith("s") and word[:-1] in _PEOPLE_WORDS)


def _subject_owns(span: Span, subject: Token) -> bool:
    """Whether the subject owns what its verb does to the figure: not through a verb that
    acts on someone else's thing (`lx.NOT_OWNING_VERBS`: "Moody's is reviewing 648 mln dlrs
    of securities", "Senate Democrats blocked a $1.1 billion package"), nor as a passive
    subject of what it came from or was done by ("Winners were chosen from ten categories",
    "voted for by 4,000 listeners")."""
    if _governing_verb(span).lemma_.lower() in lx.NOT_OWNING_VERBS:
        return False
    if subject.dep_ == "nsubjpass" and _in_purpose_of(span, subject):
        return False
    return subject.dep_ != "nsubjpass" or not any(
        t.dep_ in ("prep", "agent") and t.lower_ in ("from", "by") for t in span.root.ancestors
    )


def _in_fronted_clause(span: Span, subject: Token) -> bool:
    """Whether the figure stands in a noun's own clause inside a phrase set before the
    subject and its verb, a comma between ("In order to lift the tariffs imposed on 300
    mln dlrs worth of Japanese exports, the U.S. needs proof"): what that clause speaks of
    is not the subject's, and "Japanese exports (U.S.)" was shown."""
    doc = span.doc
    if span.end >= subject.i or not any(t.text == "," for t in doc[span.end : subject.i]):
        return False
    node, described = span.root, False
    for _ in range(10):
        if node.head is node or node.i == subject.head.i:
            return False
        described = described or node.dep_ in ("acl", "relcl")
        if node.dep_ in ("advcl", "prep") and node.head.i == subject.head.i:
            # only inside a noun's own clause there ("the tariffs imposed on ..."): in
            # "After buying a 20 pct stake, Harlow raised it" the stake is Harlow's
            return described
        node = node.head
    return False


def _in_purpose_of(span: Span, subject: Token) -> bool:
    """Whether the figure is in an infinitive of purpose on the passive verb of `subject`:
    in "Yugansk was sold to help pay off a $27.5bn tax bill" whoever sold it pays, and the
    bill is not Yugansk's ("back tax bill (Yugansk)", breadth sample of session 21)."""
    node = _governing_verb(span)
    for _ in range(4):
        if node.i == subject.head.i or node.head is node:
            return False
        purpose = node.dep_ == "advcl" and any(
            c.dep_ == "aux" and c.lower_ == "to" for c in node.children
        )
        if purpose and node.head.i == subject.head.i:
            return True
        if node.dep_ not in ("xcomp", "advcl", "conj"):
            return False
        node = node.head
    return False


def _person_in(span: Span, subject: Token) -> str | None:
    """The name in a subject that "he" or "she" stands for when the subject itself names no
    one: "Salah's second spell ... as he netted 32 goals" are Salah's goals."""
    verb = _governing_verb(span)
    if not any(c.dep_ == "nsubj" and c.lower_ in SEXED_SUBJECT_PRONOUNS for c in verb.children):
        return None
    if subject.pos_ == "PROPN" or subject.ent_type_ == "PERSON":
        return None
    name = next(
        (c for c in subject.lefts if c.dep_ in ("poss", "compound", "nmod") and c.pos_ == "PROPN"),
        None,
    )
    return _np_text(name) if name is not None else None


def _who_antecedent(subject: Token) -> bool:
    """ "cornerbacks who can run a 40 yard dash": a noun that "who" stands for is a person
    or a body acting, and owns what its clause counts."""
    return any(
        c.dep_ == "relcl" and any(g.dep_ == "nsubj" and g.lower_ == "who" for g in c.children)
        for c in subject.children
    )


def _has_figure(span: Span, subject: Token, share: bool = False) -> bool:
    """ "A baker's dozen is 13 units", "a squad that contained 17 players", "the thriller
    has sold 17 million copies": through a copula or a verb of having or yielding, the
    subject is what the figure measures or who holds it, whatever noun it is."""
    verb = _governing_verb(span)
    if not _own_subject(verb, subject):
        return False  # "The report forecast that there will be 80 million users"
    lemma = verb.lemma_.lower()
    if lemma in lx.HAVING_VERBS:
        return True
    if lemma in lx.COPULAS:
        # "X is 13 units", not "X is 25 pct of Y" (Y is not X's) nor "X are ... with a 1/8
        # pct praecipuum" (a figure in a prepositional phrase is not what X is)
        return not share and not _through_prep(span.root, verb)
    return any((lemma, c.lower_) in lx.HAVING_PHRASES for c in verb.children if c.dep_ in _LINKS)


_LINKS = frozenset({"prt", "prep"})


def _through_prep(node: Token, verb: Token) -> bool:
    """Whether a preposition stands between `node` and `verb`, its governing verb."""
    while node.i != verb.i and node.head is not node:
        if node.dep_ == "prep":
            return True
        node = node.head
    return False


def _head_possessor(head: Token) -> str | None:
    """ "a rollout to Merrill Lynch's 600 offices": a name's possessive on the counted noun
    says whose the figure is (the clause's subject, Automatic Data Processing, does not)."""
    if head.pos_ not in ("NOUN", "PROPN"):
        return None
    for child in head.lefts:
        if (
            child.dep_ == "poss"
            and child.pos_ == "PROPN"
            and child.ent_type_ not in ("DATE", "TIME")
        ):
            return _np_text(child)
    return None


def _possessed(head: Token) -> bool:
    """Whether a noun's possessive ("the firm's", not "its") stands on the counted noun: the
    thing is that owner's, so the clause's subject is not named in its place."""
    return head.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in head.lefts
    )


def _owns_nothing(subject: Token) -> bool:
    """An act or a process ("(move)", "(delivery)", "(purchase)"): not whose a figure is."""
    return subject.pos_ == "NOUN" and subject.lower_ in lx.OWNERLESS_NOUNS


# Words that join a description's parts ("share of vote", "voters in Florida"): two
# phrases that share only these share no word.
_JOINING_WORDS = frozenset({"of", "in", "from", "for", "among", "with", "without", "the", "and"})


def _shares_word(a: str, b: str) -> bool:
    """Whether two phrases share a word (lowercased, a plural "s" aside), to avoid
    "shares (shares of X)" and "loan (loans)" (the subject "two loans" the loan is one of)."""

    def stems(phrase: str) -> set[str]:
        words = (re.sub(r"['\u2019]s?$", "", w) for w in phrase.lower().split())
        stems = {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words}
        return stems - _JOINING_WORDS  # "share of vote (Rubio of Florida)" shares no word

    return bool(stems(a) & stems(b))


def _possessor(span: Span) -> str | None:
    """ "downgraded First Interstate's 1.3 billion dlrs of debt": whose the figure is, as
    the text says with a possessive on the figure; the clause's subject (the rater) is not
    the owner. A possessive on the counted noun ("13% of South Africa's exports") is part
    of what is counted, and a time ("last year's 169 billion dlr deficit") owns nothing."""
    for child in span.root.lefts:
        if (
            child.dep_ == "poss"
            and child.pos_ in ("PROPN", "NOUN")
            and child.ent_type_ not in ("DATE", "TIME")
            and child.lower_ not in lx.NOT_COUNTED
        ):
            if kind_noun(child):  # "the bank's": which bank, the text said before
                return named_kind(child)
            return _np_text(child)
    return None


def _modifies(span: Span, head: Token) -> bool:
    """Whether the figure is a modifier of `head` ("a £1,000 payment", "6kW motor")."""
    for token in span:
        if token.head.i == head.i or (token.head.head.i == head.i and token.head in span):
            return True
    root = span.root
    return root.head.i >= span.end and root.dep_ in (
        "nummod",
        "compound",
        "amod",
        "nmod",
        "npadvmod",
        "quantmod",
    )
