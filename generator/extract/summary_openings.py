"""Whether a sentence leans on the one before it, so cannot open a summary alone.

"He said ...", "But ...", "That figure ...", "X agreed.", a quotation with no tag:
at the top of a briefing such a sentence points at nothing. The summary takes it only
together with the sentence it leans on (issue 11: no summary opening with a pronoun
or connective with nothing before it).
"""

from __future__ import annotations

import numpy as np
from spacy.attrs import POS
from spacy.parts_of_speech import PROPN
from spacy.tokens import Doc, Span, Token

from generator.extract.keyterms import CALENDAR_WORDS
from generator.extract.pronouns import (
    DEMONSTRATIVES,
    FEMALE_PRONOUNS,
    MALE_PRONOUNS,
    ORG_PRONOUNS,
    SECOND_PERSON_PRONOUNS,
    SUBJECT_POSSESSIVES,
    SUBJECT_PRONOUNS,
    THIRD_PERSON_POSSESSIVES,
)
from generator.extract.punctuation import DOUBLE_QUOTES
from generator.extract.speech_cues import REPORTING_VERBS
from generator.extract.summary_sentences import QUOTE_OPENERS
from generator.extract.words import word_set
from generator.reading.layout import doc_text

# Words that open a sentence continuing the one before: alone at the top of a summary
# they point at nothing.
CONNECTIVES = word_set(
    """
    and but or nor so yet also however meanwhile moreover furthermore besides still
    instead then thus therefore nevertheless nonetheless otherwise likewise similarly
    hence indeed conversely
    """
)
CONNECTIVE_PHRASES = frozenset(
    {
        "of course",
        "in addition",
        "in fact",
        "even so",
        "as a result",
        "at the same time",
        "on the other hand",
        "by contrast",
        "in turn",
    }
)
# Pronouns that need an antecedent when they are the subject ("He said", "It is",
# "This means") or its possessor ("His comments"); "This year" is no such subject.
ANAPHORA = (SUBJECT_PRONOUNS - SECOND_PERSON_PRONOUNS) | THIRD_PERSON_POSSESSIVES | DEMONSTRATIVES
# Determiners that always point back: "Such an offering", "The same day".
POINTERS = word_set("such")


TITLES = word_set("mr mrs ms miss dr")
# Entity types a person's full name may get from the small model: none, or a wrong one
# ("Thom Brown of Butcher and Singer said" came out as a WORK_OF_ART); places and
# organisations are left out ("Manchester United" introduces no "United").
NAME_ENTITY_TYPES = frozenset({"PERSON", "WORK_OF_ART", ""})


def name_introductions(doc: Doc) -> dict[str, int]:
    """Surname -> start of the sentence that first names the person in full.

    A summary sentence that calls someone by the surname alone ("Abney said ...",
    "Mr Clarke ...") points back at the sentence that introduced them, as a pronoun does.
    """
    first: dict[str, int] = {}
    for ent in doc.ents:
        words = [t for t in ent if t.is_alpha]
        if ent.label_ != "PERSON" or len(words) < 2 or words[0].lower_ in TITLES:
            continue
        first.setdefault(words[-1].text, ent.sent.start)
    # a full name the model did not tag ("Thom Brown of Butcher and Singer said"): two
    # capitalised proper nouns, not part of a place or organisation; the pairs of proper
    # nouns are found on the Doc's array of tags, not token by token
    tags = doc.to_array(POS)
    for i in np.flatnonzero((tags[1:] == PROPN) & (tags[:-1] == PROPN)).tolist():
        token, before = doc[i + 1], doc[i]
        if (
            token.ent_type_ in NAME_ENTITY_TYPES
            and before.ent_type_ in NAME_ENTITY_TYPES
            and token.is_title
            and before.is_title
            and before.lower_ not in TITLES
            and token.sent.start == before.sent.start
        ):
            start = first.setdefault(token.text, token.sent.start)
            first[token.text] = min(start, token.sent.start)
    return first


def introduced_in(sent: Span, introductions: dict[str, int]) -> int | None:
    """The sentence that introduced the person `sent` opens with by surname, if another."""
    words = [token for token in sent if not (token.is_punct or token.is_space)]
    if not words:
        return None
    first = words[1] if words[0].lower_ in TITLES and len(words) > 1 else words[0]
    if first.pos_ != "PROPN" or first.ent_type_ not in ("PERSON", "ORG", ""):
        return None  # the small model often calls a surname alone an organisation
    nxt = sent.doc[first.i + 1] if first.i + 1 < len(sent.doc) else None
    if nxt is not None and nxt.ent_type_ == "PERSON" and nxt.ent_iob_ == "I":
        return None  # a full name: "Jane Abney said"
    start = introductions.get(first.text)
    return start if start is not None and start < sent.start else None


def previous_start(sent: Span) -> int | None:
    """Token index where the sentence before `sent` starts (None for the first)."""
    if sent.start == 0:
        return None
    previous = sent.doc[sent.start - 1].sent
    return previous.start


def leans_back(sent: Span) -> bool:
    """Whether the sentence opens with a connective or its subject is a pronoun.

    "But ...", "Of course, ...", "He said ...", "His comments ...", "In Kyiv, they
    ...": each points at something said before it.
    """
    words = [token for token in sent if not (token.is_punct or token.is_space)]
    if not words:
        return False
    if _whole_quotation(sent):
        return True  # '"Even the agenda came second ..."' after '..., Anthony says.'
    first = words[0]
    if first.lower_ in CONNECTIVES or first.lower_ in POINTERS:
        return True
    if first.lower_ in ORDINAL_ADVERBS and first.dep_ == "advmod":
        return True  # "First and most important is to finish ahead of ...": a list's item
    opening = [token.lower_ for token in words[:4]]
    if any(" ".join(opening[:n]) in CONNECTIVE_PHRASES for n in (2, 3, 4)):
        return True
    root = sent.root
    for child in root.children:
        if child.dep_ not in ("nsubj", "nsubjpass") or child.i > root.i:
            continue
        if (child.lower_ in ANAPHORA and not _owner_named_before(child)) or _bare_ordinal(child):
            return True
        if any(
            part.dep_ == "poss" and part.lower_ in ANAPHORA and not _owner_named_before(part)
            for part in child.children
        ):
            return True
    subjects = [child for child in root.children if child.dep_ in SUBJECTS]
    subjects += [word for word in words[:4] if word.dep_ in SUBJECTS]  # "That figure was
    if any(_points_back(subject) for subject in subjects):  # raised ..., officials said"
        return True
    if any(_bare_one(token) for token in sent) or _bare_reply(root):
        return True
    opening = words[:DEMONSTRATIVE_REACH]
    if sent.text.lstrip()[:1] not in QUOTE_OPENERS and any(map(_points_at_before, opening)):
        return True  # "Winning that trifecta would ...", "..., but at that point, ..."
    if any(_demonstrative_object(child) for child in root.children):
        return True  # "The director makes this clear in her new documentary"
    if first.lower_ in ANAPHORA and first.dep_ in ("poss", "nsubj", "nsubjpass"):
        return True
    return any(  # "If that's the case, ...", "What that means is ...", "One such man ..."
        (word.lower_ in DEMONSTRATIVES and word.dep_ in SUBJECTS and word.tag_ != RELATIVE_TAG)
        or word.lower_ in POINTERS
        for word in words[:3]
    )


def _whole_quotation(sent: Span) -> bool:
    """Whether the sentence is someone's words and nothing else: it opens with a double
    quotation mark that closes only at its end ('"Even the political agenda ... came
    second to ... his legacy."'). Who says them is told in another sentence."""
    text = sent.text.strip()
    if len(text) < 3 or text[0] not in DOUBLE_QUOTES or text[-1] not in DOUBLE_QUOTES:
        return False
    return not any(mark in text[1:-1] for mark in DOUBLE_QUOTES)


def unattributed_quotation(sent: Span) -> bool:
    """Whether the sentence is someone's words alone (`_whole_quotation`) at the start of
    its paragraph: no sentence before it in the paragraph says whose they are, so the
    summary could only show them as no one's."""
    if not _whole_quotation(sent):
        return False
    text = doc_text(sent.doc)
    before = text[: sent.start_char].rstrip(" \t")
    return not before or before.endswith("\n")


# The tag of a relative pronoun: "The problems that consumed ..." points at its own noun.
RELATIVE_TAG = "WDT"


SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# Entities that can own what a possessive pronoun points at.
OWNER_LABELS = frozenset({"PERSON", "ORG", "NORP"})


def _with_possessives(subjects: frozenset[str]) -> frozenset[str]:
    """Subject pronouns and their possessives ("it", "its"), from the one lexicon."""
    return subjects | {SUBJECT_POSSESSIVES.get(word, word) for word in subjects}


PLURAL_PRONOUNS = _with_possessives(word_set("they"))
PERSONAL_PRONOUNS = MALE_PRONOUNS | FEMALE_PRONOUNS
NEUTER_PRONOUNS = _with_possessives(ORG_PRONOUNS)


def _owner_named_before(pronoun: Token) -> bool:
    """Whether the sentence names whom a subject pronoun or a subject's possessive
    stands for before it, in the same sentence: "For Hillary Clinton and Donald Trump,
    their strategies ...", "..., Clinton and Trump face an obstacle: they have lost
    once", "In Tesco's results, its profits ..." lean on nothing before the sentence.
    "They"/"their" take two people or a body, "it"/"its" a body, and "he", "she",
    "his", "her" the one person named. The subject of a report is not the owner of the
    names in what it reports ("Proposals to buy the Eklutna project were expected, it
    said" means whoever spoke before), but the "it" of "it has been announced" stands for
    nothing."""
    head = pronoun.head if pronoun.dep_ == "poss" else pronoun
    verb = head.head
    if head.dep_ in SUBJECTS and verb.lemma_ in REPORTING_VERBS:
        return pronoun.lower_ == "it" and head.dep_ == "nsubjpass"
    owners = [
        ent for ent in pronoun.sent.ents if ent.label_ in OWNER_LABELS and ent.end <= pronoun.i
    ]
    people = sum(1 for ent in owners if ent.label_ == "PERSON")
    bodies = sum(1 for ent in owners if ent.label_ == "ORG")
    groups = len(owners) - people - bodies  # "Democrats", "Iraqi Kurds": never an "it"
    word = pronoun.lower_
    if word in PLURAL_PRONOUNS:
        return people >= 2 or bodies + groups >= 1
    if word in NEUTER_PRONOUNS:
        return bodies >= 1
    return word in PERSONAL_PRONOUNS and people == 1


# Adverbs that number the items of a list told over several sentences ("First, ...").
ORDINAL_ADVERBS = word_set("first second third secondly thirdly next finally lastly")
# Words that, as a subject without a noun, stand for one named before: "The second is
# that ...", "The latter said ...".
ORDINAL_PRONOUNS = word_set("first second third fourth last latter former other all both")


def _bare_ordinal(subject: Token) -> bool:
    """Whether a subject is an ordinal standing for a noun of the sentences before:
    "The second is that voters swing behind ..." ("The second round", "The former
    minister" have their noun)."""
    return subject.lower_ in ORDINAL_PRONOUNS and all(
        child.dep_ in ("det", "advmod", "punct") for child in subject.children
    )


ONE_DEPS = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr"})


# How far into a sentence a demonstrative on a noun still points at the sentence before.
DEMONSTRATIVE_REACH = 8
DISTAL_DEMONSTRATIVES = DEMONSTRATIVES - {"this"}


def _points_at_before(word: Token) -> bool:
    """Whether a word is a demonstrative on a noun told before: "that trifecta", "at
    that point" ("that week" says when and stands alone; "this election" is the present
    one as often as the one just told of, and is left alone)."""
    return (
        word.lower_ in DISTAL_DEMONSTRATIVES
        and word.dep_ == "det"
        and word.head.lower_ not in CALENDAR_WORDS
        and word.head.pos_ in ("NOUN", "PROPN")
    )


# What a demonstrative standing alone is to the main verb when it names what the story
# has just told: its object, or a preposition's ("because of that").
POINTING_OBJECT_DEPS = frozenset({"dobj", "pobj", "attr"})


def _demonstrative_object(child: Token) -> bool:
    """Whether a child of the main verb is, or governs, a demonstrative standing for
    something told before: "makes this clear", "denied that", "because of this". Not a
    determiner ("this year"), a relative pronoun, a conjunction ("said that ..."), nor
    "this" announcing what follows a colon ("He said this: ...")."""
    if child.dep_ == "prep":
        words = [c for c in child.children if c.dep_ == "pobj"]
    elif child.dep_ in ("ccomp", "xcomp") and child.pos_ == "ADJ":
        # "makes this clear": the small clause's subject is the verb's object
        words = [c for c in child.children if c.dep_ == "nsubj"]
    else:
        words = [child]
    for word in words:
        if word.lower_ not in DEMONSTRATIVES or word.dep_ not in POINTING_OBJECT_DEPS | SUBJECTS:
            continue
        if word.tag_ == RELATIVE_TAG or any(True for _ in word.children):
            continue  # "those who ...": the clause says whom
        following = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
        if following is not None and following.text in (":", "\u2014"):
            continue
        return True
    return False


def _points_back(subject: Token) -> bool:
    """Whether a subject is named by a demonstrative: "That figure ...", "These
    measures ...", "That company's owner ..." ("This year ...", a date, is not)."""
    for noun in (subject, *(child for child in subject.children if child.dep_ == "poss")):
        if noun.lower_ in CALENDAR_WORDS:
            continue
        if any(c.dep_ == "det" and c.lower_ in DEMONSTRATIVES for c in noun.children):
            return True
    return False


# Verbs that, with no object, answer what was said before: "Dianne Bystrom agreed."
REPLY_VERBS = word_set("agree disagree concur")


def _bare_reply(root: Token) -> bool:
    """Whether the sentence only agrees or disagrees with something it does not say."""
    return root.lemma_ in REPLY_VERBS and all(
        child.dep_ in ("nsubj", "punct", "advmod", "aux", "neg") for child in root.children
    )


def _bare_one(token: Token) -> bool:
    """ "one" standing for a noun of the sentence before: "Clinton has come up with one."."""
    return (
        token.lower_ == "one" and token.dep_ in ONE_DEPS and not any(True for _ in token.children)
    )
