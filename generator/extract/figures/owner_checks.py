"""Owners a key-figures table must not show: the speaker of the figure's clause, and a
kind noun that names no one (issue 11, "what it counts").

The owner in "value | what it counts (owner)" is read from the clause's subject
(`owners._owner`). Two readings put a wrong or an empty name there:

- The subject of a verb of saying, reached from the reported clause the figure stands
  in: "Mr Kennedy defended his party's plans, saying it would apply to just 1% of the
  population" showed "share of population (Mr Kennedy)", "Mr Hasson said: we have
  probably lost a third of independent developers" "(Mr Hasson)", "Mr Livingstone said:
  there must have been 20 instances" "(Mr Livingstone)". The speaker owns the figure
  only when the reported clause's own subject is a pronoun that stands for them ("The
  company said it has 1,000 customers", "Smith said he owns 5%").
- A common noun with no name in its phrase ("jobs axed (airline)", "shares (company)",
  "issue (other)", "savings (companies)"): a kind, not the named body it refers to. The
  blind review wants the named body or no owner; a description without the bracket is
  shorter and true.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from generator.extract import figures_lexicon as lx
from generator.extract.figures.phrases import _np_text
from generator.extract.figures.subjects import _governing_verb
from generator.extract.pronouns import FEMALE_PRONOUNS, MALE_PRONOUNS, ORG_PRONOUNS
from generator.extract.speech_cues import REPORTING_VERBS

# Clauses a verb of saying takes as what was said.
_REPORTED_DEPS = frozenset({"ccomp", "parataxis"})

# Entities that name who can be an owner in a bracket.
_NAMING_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "LOC"})

# Determiners that point back to a thing named before ("the company", "its unit").
_POINTING_DETS = frozenset({"the", "this", "that", "these", "those", "its", "their"})


def speaker_not_owner(span: Span, subject: Token) -> bool:
    """Whether `subject` is the speaker of the reported clause the figure stands in, and
    that clause does not make them its owner: its subject is no pronoun that can stand
    for the speaker ("we", "there", none), or one that cannot ("it" for a person, "he"
    for a company)."""
    node = _governing_verb(span)
    for _ in range(8):
        if node.i == subject.head.i or node.head is node:
            return False  # the subject's own clause: no report between them
        head = node.head
        if node.dep_ in _REPORTED_DEPS and head.lemma_.lower() in REPORTING_VERBS:
            # "Mr Kennedy ..., saying it would apply to 1%": the speaker is the subject
            # of the verb of saying or of the clause it hangs on
            return not _stands_for(_clause_subject(node), subject)
        node = head
    return False


def _clause_subject(verb: Token) -> Token | None:
    """The subject word of a reported clause, an expletive ("there") included."""
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)


def _stands_for(pronoun: Token | None, speaker: Token) -> bool:
    """Whether the reported clause's subject can be the speaker: "he"/"she" for a person,
    "it" or "they" for a body or a thing ("Granite Mills said it has ...")."""
    if pronoun is None:
        return False
    word = pronoun.lower_
    person = speaker.ent_type_ == "PERSON" or any(  # "Mr Kilroy-Silk", tagged ORG
        c.text.rstrip(".") in lx.TITLE_ABBREVIATIONS for c in speaker.lefts
    )
    if word in MALE_PRONOUNS | FEMALE_PRONOUNS:
        return person
    if word in ORG_PRONOUNS or word == "they":
        return not person
    return False


def kind_noun(owner: Token) -> bool:
    """Whether an owner is a body's kind noun (`lx.OWNER_NOUNS`: "the company", "the
    group", "its unit", "the companies") pointing back to a body the article named in an
    earlier sentence, with no name in its own phrase: the bracket would show the kind,
    not who ("shares (company)"). A noun that says more than the kind keeps its bracket:
    an indefinite one ("an investor group headed by Jacobs", "a firm employing 450
    people"), a bare plural, one a noun possesses ("the region's mill industry"), a
    thing measured ("The movie file is 16GB"). So does a kind noun with nothing named
    before it to point back to ("The team looked at two viruses"): it is all the text
    says. One with a name beside it ("The operator, Northline Rail,") is said by that
    name (`named_kind`). In a lowercased text no capital tells a name, and the noun is kept
    (`owners._names_an_owner`)."""
    if owner.pos_ != "NOUN" or owner.lower_ not in lx.OWNER_NOUNS:
        return False
    if not any(t.text[:1].isupper() for t in owner.sent):
        return False
    phrase = [t for t in owner.subtree if t.i <= owner.i]
    if any(t.pos_ == "PROPN" or t.ent_type_ in _NAMING_ENTS for t in phrase):
        return False
    if not any(c.dep_ in ("det", "poss") and c.lower_ in _POINTING_DETS for c in owner.lefts):
        return False
    if any(c.dep_ == "nummod" for c in owner.lefts):
        return False  # "The 30 countries covered by the figures": a group told by its size
    if _appos_name(owner) is not None:
        return True  # "The operator, Northline Rail,": said by its name (`named_kind`)
    start = owner.sent.start
    return any(ent.end <= start and ent.label_ in _BODY_ENTS for ent in owner.doc.ents)


def _appos_name(owner: Token) -> Token | None:
    """A name set right beside a kind noun, after its comma: "The operator, Northline
    Rail, ...". Not a name further on that the parse hangs on it ("The group comprising
    Federation Nationale du Batiment, Caisse ...": one body of four)."""
    doc = owner.doc
    if owner.i + 2 >= len(doc) or doc[owner.i + 1].text != ",":
        return None
    return next(
        (
            c
            for c in owner.rights
            if c.dep_ == "appos" and c.pos_ == "PROPN" and c.left_edge.i == owner.i + 2
        ),
        None,
    )


def named_kind(owner: Token) -> str | None:
    """The name a kind noun points back to when the text leaves no doubt: a name set
    beside it ("The operator, Northline Rail,"), else the one organisation it named
    before the owner's sentence, written with that kind ("Halden Bank reported a loss.
    The bank has 100,000 staff" -> "Halden Bank"). With two organisations named ("ABN
    Amro ... Deutsche Bank ... The bank said"), the nearest bank may be the other one:
    None, and the page shows no owner."""
    appos = _appos_name(owner)
    if appos is not None:
        return _np_text(appos)  # "The operator, Northline Rail, carried ...": named there
    word = owner.lemma_.lower()
    start = owner.sent.start
    named = {e.text for e in owner.doc.ents if e.end <= start and e.label_ == "ORG"}
    if len(named) != 1:
        return None
    name = named.pop()
    return name if len(name.split()) > 1 and name.split()[-1].lower() == word else None


# Entities a kind noun may point back to: a body, a place that governs, a person (a
# "campaign", a "team").
_BODY_ENTS = frozenset({"ORG", "GPE", "PERSON", "NORP", "FAC"})


def acl_possessor(span: Span, subject: Token) -> Token | None:
    """The name whose plan or bid the figure is in, when the clause's subject only speaks
    of it: "Trump called Ford's plans to open a $1.6 billion assembly plant" is Ford's
    plant, not Trump's. The figure stands in an infinitive that hangs on a noun (an
    `acl` with no subject of its own) under the subject's verb, and that noun has a
    name's possessive."""
    node = _governing_verb(span)
    for _ in range(8):
        if node.i == subject.head.i or node.head is node:
            return None
        if node.dep_ == "acl" and node.head.pos_ == "NOUN":
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
                return None
            return next(
                (
                    c
                    for c in node.head.lefts
                    if c.dep_ == "poss" and (c.pos_ == "PROPN" or c.ent_type_ in _NAMING_ENTS)
                ),
                None,
            )
        node = node.head
    return None


def of_its_host(core: str, host: str | None, most_words: int) -> str | None:
    """ "a shortage of over 8,000 foster carers" -> "shortage of foster carers", not
    "foster carers (shortage)": the noun a count is "of" says what the figure is about
    (a shortage, a production loss, the lives of, the libraries of), never whose it is.
    A long host is said by its head noun; None when there is no host, the two share a
    word, or the cell would still be too long."""
    if not host:
        return None
    host_words = {w.lower().rstrip("s") for w in host.split()}
    if host_words & {w.lower().rstrip("s") for w in core.split()}:
        return None
    for said in (f"{host} of {core}", f"{host.split()[-1]} of {core}"):
        if len(said.split()) <= most_words:
            return said  # "a 2017 National Bureau ... study of 135 startups": "study of"
    return None
