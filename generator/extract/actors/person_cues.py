"""What the article says of a name the model called an organisation that only a
person's name takes: an age between commas ("Goldfine, 39, has worked with") or a
"he"/"she" that follows it as the subject of its sentence's next clause ("Burger's
award came just a week after he won"). Bodies take "it"/"they" ("Ford said it
would", "Morgan Stanley said its") and are never given an age, so neither cue is read
where the name is a body's by its words (the caller leaves out names shaped as bodies'
and places').
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from generator.extract.actors.kin_pronouns import SUBJECT_DEPS, _pronoun_after
from generator.extract.actors.lexicon import PERSON_NOUNS, REPORTING_LEMMAS, TITLE_WORDS
from generator.extract.actors.mention import _Group
from generator.extract.actors.performed import STARRING_FORMS
from generator.extract.actors.places import KNOWN_PLACES, gazetteer
from generator.extract.pronouns import PRONOUN_SEX
from generator.extract.punctuation import QUOTE_MARKS

# The youngest and oldest ages news gives in apposition ("Anelka, 25,", "Goldfine, 39,"):
# a number outside them beside a name is a count or a year, not an age.
AGE_RANGE = range(12, 100)


def age_in_apposition(doc: Doc, span: Span) -> bool:
    """ "Goldfine, 39, has worked": a bare whole number between commas right after the
    name. A body is given no age; a share or a count after a name has its noun after it
    ("Foote, 83 pct owned by"), which the closing comma leaves out. A number in brackets
    is left alone: tables and results give a body's points or seats so ("Sinn Fein
    (24)")."""
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != ",":
        return False
    number, closer = doc[i + 1], doc[i + 2]
    return number.is_digit and int(number.text) in AGE_RANGE and closer.text == ","


# Verbs whose agent ("directed by X") is a person: a film is directed, a dance
# choreographed, a part portrayed or voiced by someone, never by a body. Not "written",
# "produced", "sung", "played" or "hosted", which a firm, a band or a club does too.
PERSON_AGENT_VERBS = frozenset({"direct", "co-direct", "choreograph", "portray", "voice"})


def made_by_person(span: Span) -> bool:
    """ "The film, directed by Jean-Pierre Jeunet", "Mississippi Masala, starring Denzel
    Washington": the agent of a verb only a person does, or the object of "starring"."""
    root = span.root
    head = root.head
    if root.dep_ == "pobj" and head.lower_ == "by" and head.dep_ == "agent":
        return head.head.lemma_.lower() in PERSON_AGENT_VERBS
    return root.dep_ == "dobj" and head.lower_ in STARRING_FORMS


# Objects and complements that may name the person a later "he" stands for.
OBJECT_DEPS = frozenset({"dobj", "attr", "dative", "appos", "oprd"})


def pronoun_follows(doc: Doc, span: Span) -> bool:
    """A "he"/"she" that is the subject of a later clause of the name's sentence, with
    no other name, person's noun or subject between (`kin_pronouns._pronoun_after`),
    where the name is the subject of its clause or owns the subject: "Goldfine admits
    he", "Burger's award came a week after he won". A body's name is followed by "it" or
    "they" ("Chelsea said they"), which is no cue."""
    root = span.root
    if root.dep_ == "poss" and root.head.dep_ in SUBJECT_DEPS:
        subject = root.head  # "Burger's award came a week after he won"
        if _person_owned(doc[span.end : subject.i + 1]):
            return False  # "Morgan Stanley's chief economist said he": the economist
    elif root.dep_ in SUBJECT_DEPS and not any(t.dep_ == "conj" for t in root.children):
        subject = root
    else:
        return False
    if subject.head.dep_ != "ROOT":
        return False  # "while he believes the Premiership should ..., he": his words
    start = max(span.end, subject.i + 1)
    if _pronoun_after(doc, start) is None:
        return False
    # "The Liberace of Baghdad features an Iraqi pianist hiding ... as he waits": an
    # object between may be whom the pronoun stands for
    between = doc[start : subject.sent.end]
    pronoun = next(t for t in between if t.lower_ in PRONOUN_SEX)
    if _parenthetical_teller(doc, pronoun):
        return False  # "Compaq, she predicted, would come to them": she tells of it
    return not any(t.dep_ in OBJECT_DEPS for t in doc[start : pronoun.i])


def pronoun_reports_next(doc: Doc, span: Span) -> bool:
    """ "..., Ketchum said." followed by "..., he said.": the name is the subject of its
    sentence's reporting verb, and the next sentence reports through "he"/"she" with
    nobody else in either sentence to stand for it (no other person's name, no person's
    noun such as "spokesman"). Wire copy names a speaker once by surname and goes on
    with the pronoun; a body's statement goes on with "it" or "the company"."""
    if any(t.tag_ == "POS" for t in span):
        return False  # "Nikko Securities' Okamoto": a body's man, not one name
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.lemma_ not in REPORTING_LEMMAS:
        return False
    sent = root.sent
    if sent.end >= len(doc) or _someone_else(doc, sent.start, sent.end, span):
        return False
    following = doc[sent.end].sent
    pronoun = next((t for t in _unquoted(following) if t.lower_ in PRONOUN_SEX), None)
    return (
        pronoun is not None
        and pronoun.lower_ in {"he", "she"}
        and pronoun.dep_ == "nsubj"
        and pronoun.head.lemma_ in REPORTING_LEMMAS
        and not _someone_else(doc, following.start, pronoun.i, span)
    )


def _someone_else(doc: Doc, start: int, end: int, span: Span) -> bool:
    """A person's name other than `span`, or a noun or title for a person, in
    doc[start:end], outside quotation marks; the titles just before the name are its own
    ("Finance Minister Barend du Plessis")."""
    own_title = span.start
    while own_title > start and doc[own_title - 1].lower_ in TITLE_WORDS:
        own_title -= 1
    return any(
        not own_title <= token.i < span.end
        and (token.ent_type_ == "PERSON" or _person_noun_head(token))
        for token in _unquoted(doc[start:end])
    )


def _unquoted(tokens: Span) -> Iterator[Token]:
    """The tokens outside quotation marks: a name or a pronoun inside a quotation is
    spoken of ("I deeply regret his decision"), not the one speaking."""
    quoted = False
    for token in tokens:
        if token.text in QUOTE_MARKS:
            quoted = not quoted
        elif not quoted:
            yield token


def _person_noun_head(token: Token) -> bool:
    """A noun or title for a person that heads its phrase ("the spokesman", "an aide"),
    not one modifying another noun ("May producer prices")."""
    if token.dep_ == "compound":
        return False
    return token.lower_ in PERSON_NOUNS or token.lower_ in TITLE_WORDS


def _parenthetical_teller(doc: Doc, pronoun: Token) -> bool:
    """The pronoun and its verb set off between commas inside the name's clause:
    "Compaq, she predicted, would come to them", "The firm, he said, will close". The
    "she" is whoever tells or thinks the clause, not the name it is about, which may
    be a body."""
    i = pronoun.i
    return (
        i >= 1
        and i + 2 < len(doc)
        and doc[i - 1].text == ","
        and doc[i + 1].pos_ == "VERB"
        and doc[i + 2].text == ","
    )


# The person evidence of the text (labels left out) that outweighs a majority of the
# model's organisation labels when the text shows no body at all: a role, an age or a
# "he" after one mention ("US Davis Cup assistant Dean Goldfine" ... "Goldfine added").
PERSON_EVIDENCE = 3.0
MENTION_LABELS = frozenset({"ORG", "PERSON", "SURNAME"})


def person_outweighs_labels(group: _Group) -> bool:
    """The group's mentions are labelled persons and organisations only, nothing in the
    text shows a body or a place, and either the text's own evidence for a person
    (titles, roles, ages, a "he" after it: `_Mention.evidence`) reaches
    `PERSON_EVIDENCE` ("Burger's award came a week after he won" beside two bare
    "Burger"s) or the mention where the name speaks is one the model labels a person
    ("said McIlroy", "McIlroy, who is third in the European rankings" beside "McIlroy"s
    labelled organisations), or a "he"/"she" goes on from one of its mentions as the
    subject (`kin_pronouns`: "a remark Trump made ... in which he regurgitated") and
    the model labels it a person once: a person the model labels an organisation in most
    sentences. One word of a body's name, a "which", a body's noun or an introduction
    is evidence for a body and leaves the labels' majority."""
    if not group.mentions or any(
        m.label not in MENTION_LABELS or m.name.isupper() for m in group.mentions
    ):
        return False  # "official OPEC prices": an acronym is a body's, whatever its roles
    evidence = group.evidence()
    if evidence.get("organization", 0.0) > 0.0 or evidence.get("place", 0.0) > 0.0:
        return False
    return (
        evidence.get("person", 0.0) >= PERSON_EVIDENCE
        or any(m.label == "PERSON" and m.speaks for m in group.mentions)
        or (
            any(m.pronoun_sex for m in group.mentions)
            and any(m.label == "PERSON" for m in group.mentions)
        )
    )


def person_over_place_labels(group: _Group) -> bool:
    """The model labels the name a place in most sentences, no lexicon knows it as one,
    nothing in the text shows a place or a body, and the text shows a person: a mention
    the model calls a person comes with a title or an honorific ("Governor Kasich"
    beside "Trump, Cruz, Kasich, Bush"), or the grammar around a mention shows one as
    `_type_votes` reads it for a name no place is known by ("Dharyono said ...", then
    "he believed": a "he" that continues it). A person's surname, not a town ("Lord
    Bath", "Bath" a known place, keeps the labels' majority)."""
    names = {m.name.casefold() for m in group.mentions}
    if len(names) != 1 or names & (KNOWN_PLACES | gazetteer()):
        return False
    if any(m.label not in {"PERSON", "GPE", "LOC", "SURNAME"} for m in group.mentions):
        return False
    evidence = group.evidence()
    if evidence.get("organization", 0.0) > 0.0 or evidence.get("place", 0.0) > 0.0:
        return False
    if evidence.get("person", 0.0) >= PERSON_EVIDENCE and " " not in next(iter(names)):
        return True  # a lone word: a surname ("Middle East" is no one's)
    return any(m.label == "PERSON" and (m.roles or m.honorific or m.office) for m in group.mentions)


def _person_owned(words: Span) -> bool:
    """The words from a possessive to the noun it owns name a person: a name, a title
    or a noun for a person ("Morgan Stanley's chief economist", "Arsenal's Thierry
    Henry"), who is the antecedent of a "he" after them."""
    return any(
        t.ent_type_ == "PERSON"
        or t.pos_ == "PROPN"
        or t.lower_ in TITLE_WORDS
        or t.lemma_.lower() in TITLE_WORDS
        or t.lower_ in PERSON_NOUNS
        or t.lemma_.lower() in PERSON_NOUNS
        for t in words
    )
