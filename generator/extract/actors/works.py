"""Titles of works ("the film Jaws", quoted titles), which are no actors, and the kind a
list says a name is.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actors.lexicon import (
    ORG_CONTEXT_WORDS,
    ORG_ONLY_NOUNS,
    PERSON_NOUNS,
    PLACE_ROUTE_WORDS,
    PRONOUNS,
    REPORTING_LEMMAS,
    STYLE_TITLES,
    TITLE_WORDS,
)
from generator.extract.actors.names import (
    _given_name_led_full,
    _instance_preposition,
    list_head,
)
from generator.extract.actors.places import KNOWN_PLACES, gazetteer
from generator.extract.pronouns import RELATIVE_PRONOUNS
from generator.extract.punctuation import CLOSING_QUOTES, DOUBLED_QUOTES, OPENING_QUOTES
from generator.extract.words import word_set

# Plural nouns for works and products, never actors: "role playing games such as X",
# "films like X". A name given as an instance of one is a title, not an actor; so is a
# name in apposition to one ("Queen Miri, the $70 million yacht"). The names of accounts
# and codes are labels, not actors either: 'the username, "PlayerOne."'.
WORK_NOUNS = word_set(
    """
    game film movie album song single track show programme program series book
    novel title play musical opera product device phone console app application gadget drug
    steroid stimulant painkiller vaccine antidepressant
    comedy drama thriller documentary sitcom biopic cartoon
    yacht ship vessel boat ferry tanker submarine warship
    username password hashtag codename
    """
)


# Of those, the nouns that name a title right after them however the parser hangs
# it: "Arnold's gritty drama Wasp", "the Abba musical Mamma Mia!", "the single Hey
# Joe". Left out: nouns that sport and politics use before a side or a person ("the
# game Arsenal", "the series England won", "the title Chelsea", "the show Blair").
TITLE_NOUNS = word_set(
    """
    film movie album song single book novel musical opera comedy drama thriller
    documentary sitcom biopic cartoon
    """
)


# doc.user_data key of the names the article calls works (`_mention_from_span`).
WORK_NAMES_KEY = "briefings_work_names"
# ... and of what a mention called a work showed for a body or a place, per name: its
# words' evidence ("Company" of "Genius Loves Company"), which its other mentions share.
WORK_EVIDENCE_KEY = "briefings_work_evidence"


def _listed_as_work(span: Span) -> bool:
    """A name given as an instance of works or products: "role playing games such as
    Knights of the Old Republic", "films like Taxi Driver", "the author of several
    books, including Goliath and The Management of Savagery" (where the list hangs on
    the author of the works). A title, not an actor."""
    node = list_head(span.root)
    if node.dep_ == "dobj" and node.head.lemma_.lower() == "include":
        return _works_include(node.head)
    if node.dep_ != "pobj":
        return False
    prep = node.head
    doc = span.doc
    if prep.lower_ == "as":
        if prep.i == 0 or doc[prep.i - 1].lower_ != "such":
            return False
    elif prep.lower_ not in {"like", "including"}:
        return False
    noun = prep.head
    nouns = [noun] + [  # "the author of several books, including X"
        o
        for p in noun.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for o in p.children
        if o.dep_ == "pobj" and o.i < prep.i
    ]
    return any(n.pos_ == "NOUN" and n.lemma_.lower() in WORK_NOUNS for n in nouns)


# Nouns for performers that name bands as often as people ("artists including Run-DMC").
PERFORMER_NOUNS = word_set("artist star act performer headliner")


def _listed_as_kind(span: Span) -> str | None:
    """The type a name has as an instance of a plural noun for people or bodies:
    "actors, including Hugh Laurie, Stephen Fry and Miranda Richardson" (people),
    "bands such as Motorhead, Judas Priest and Prodigy" (bodies); None otherwise."""
    node = list_head(span.root)
    if node.dep_ != "pobj" or not _instance_preposition(node.head):
        return None
    noun = node.head.head
    if noun.pos_ != "NOUN" or not noun.is_lower or noun.lower_ == noun.lemma_.lower():
        return None  # a plural common noun: "actors", "bands"
    lemma = noun.lemma_.lower()
    if lemma in PERFORMER_NOUNS:
        return None  # "artists including Run-DMC, The Beastie Boys": bands too
    if lemma in TITLE_WORDS or lemma in PERSON_NOUNS:
        return "person"
    if lemma in ORG_ONLY_NOUNS:
        return "organization"
    return None


def _works_include(verb: Token) -> bool:
    """ "whose films include Schindler's List, Michael Collins and Star Wars": the
    subject of "include" is a plural noun for works, so its objects are titles."""
    return any(
        c.dep_ == "nsubj"
        and c.pos_ == "NOUN"
        and c.is_lower
        and c.lower_ != c.lemma_.lower()  # "films", "albums": a list of works
        and c.lemma_.lower() in WORK_NOUNS
        for c in verb.children
    )


def _named_as_work(doc: Doc, span: Span) -> bool:
    """A name the sentence calls a work: "the show The Osbournes", "the play Festen",
    "The Palestine Laboratory, a book investigating ...". A title, not an actor (a
    person's works come with a role between: "the film director Ken Loach")."""
    root = span.root
    nouns = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos":
        nouns.append(root.head)
    if _place_name(span.text):
        nouns = []  # "In Florida, a sophisticated turnout program": the place's, no title
    if any(n.pos_ == "NOUN" and n.is_lower and n.lemma_.lower() in WORK_NOUNS for n in nouns):
        return True
    i = span.start - 1
    if i >= 0 and doc[i].is_title and doc[i].lower_ in STYLE_TITLES:
        i -= 1  # "the hit track Lady Marmalade": a style title opens the title's name
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    # 'the username, "PlayerOne."': a name alone in quotation marks right after the
    # noun is its title or label, however the parser hangs it (not a quotation that
    # opens with a name: 'the programme, "Blair was wrong"').
    quoted = i >= 0 and doc[i].text in OPENING_QUOTES and _quoted_alone(doc, span)
    if quoted:
        i -= 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
    elif i >= 1 and doc[i].text == "," and _set_off_title(doc, span, doc[i - 1]):
        return True  # "his last album, Genius Loves Company.", "the single, Car Wash,"
    if i < 0:
        return False
    before = doc[i]
    if before.pos_ == "ADJ" and before.lower_ in TITLE_NOUNS:
        # "the single Hey Joe", "the Abba musical Mamma Mia!" tagged as adjectives: a
        # title only where the name ends the phrase ("a single Rooney goal" is a goal)
        after = doc[span.end] if span.end < len(doc) else None
        return after is None or (
            (after.is_punct or after.pos_ not in {"NOUN", "PROPN"})
            and not _clause_subject(span)
            and not modifies_next_noun(span)  # "every single GOP presidential debate"
        )
    return (
        before.pos_ == "NOUN"
        and before.is_lower
        and before.lemma_.lower() in WORK_NOUNS
        and before.lower_ == before.lemma_.lower()  # "show", not "shows": one title
        and (
            quoted
            or root.head.i == before.i
            or span.start <= before.head.i < span.end  # "British film Vera Drake"
            or (before.lower_ in TITLE_NOUNS and not _clause_subject(span))
        )
    )


def _place_name(name: str) -> bool:
    """A place the gazetteer or the lexicon knows: "Hollywood", "Iraq"."""
    lowered = name.casefold()
    return lowered in KNOWN_PLACES or lowered in gazetteer()


def modifies_next_noun(span: Span) -> bool:
    """Whether the name stands before a lower-case adjective or noun of its phrase, as a
    modifier ("the GOP presidential nomination", "every single GOP presidential primary
    debate"), not as a title, which ends its phrase."""
    if span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return after.is_lower and after.pos_ in {"ADJ", "NOUN"}


def _set_off_title(doc: Doc, span: Span, noun: Token) -> bool:
    """A title set off by a comma after its genre's noun, and closed by punctuation:
    "his debut album, Get Rich And Die Tryin'.", "the musical, Bombay Dreams,". Not a
    name the sentence goes on with ("In his latest film, Tom Cruise plays ..."), nor a
    person's name, which a genre's noun and a comma often come before, nor one set
    beside the person the noun is "of" ("the director of the film, Vinod Pande,")."""
    if noun.pos_ not in {"NOUN", "ADJ"} or not noun.is_lower or noun.lower_ not in TITLE_NOUNS:
        return False
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
    if holder is not None and holder.lemma_.lower() in TITLE_WORDS | PERSON_NOUNS:
        return False  # "The director of the film, Vinod Pande, says": the director
        # ("much of his last album, Genius Loves Company." is the album's)
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.text not in {",", ".", ";", ":", ")"}:
        return False
    return not _given_name_led_full(span.text)


def _clause_subject(span: Span) -> bool:
    """The name opens a relative clause on the noun before it: "the film Hugh Grant
    turned down" names an actor who did something to the film."""
    root = span.root
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.dep_ in {"relcl", "acl"}


# The model's labels a quoted run of capitalised words may carry when it is a work's title.
QUOTED_TITLE_LABELS = frozenset({"PERSON", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART"})


def _quoted_title(span: Span, label: str) -> bool:
    """A run of capitalised words the model calls a person, alone inside quotation
    marks: "so are ''Prison Break'' and ''Gilmore Girls.''", 'the hit "Desperate
    Housewives"'. Papers quote the titles of works so; a person's name is not quoted
    (a nickname inside a name, 'Antonio "LA" Reid', is read before this). So a run the
    model calls a building, a thing or an event: 'two summer motion pictures, "Beverly
    Hills Cop II," which grossed ...'. Bodies and places are quoted as scare quotes too,
    and stay what the model says."""
    doc = span.doc
    if label not in QUOTED_TITLE_LABELS or len(span) < 2:
        return False
    if not all(t.text[:1].isupper() for t in span):
        return False
    i = span.start - 1
    if i < 0 or doc[i].text not in OPENING_QUOTES | DOUBLED_QUOTES:
        return False
    j = span.end
    while j < len(doc) and doc[j].text in {".", ",", "!", "?"}:
        j += 1
    if j >= len(doc) or doc[j].text not in CLOSING_QUOTES | DOUBLED_QUOTES:
        return False
    # '"Donald Trump," he said, "is ...": a quotation opening with a name, not a title
    tag = doc[j + 1] if j + 1 < len(doc) else None
    speaker = tag is not None and tag.lower_ in PRONOUNS - RELATIVE_PRONOUNS  # not "which"
    return tag is None or not (speaker or tag.lemma_.lower() in REPORTING_LEMMAS)


def _quoted_alone(doc: Doc, span: Span) -> bool:
    """The name is all that its quotation marks hold: 'the username, "PlayerOne."'."""
    i = span.end
    while i < len(doc) and doc[i].text in {".", ",", "!", "?"}:
        i += 1
    return i < len(doc) and doc[i].text in CLOSING_QUOTES


def _context_type(doc: Doc, span: Span, label: str) -> str | None:
    """The type weak context supports, when it agrees with the model's label."""
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    if label in {"GPE", "LOC"} and before in PLACE_ROUTE_WORDS:
        return "place"
    i = span.end
    if i < len(doc) and doc[i].lower_ in {"'s", "\u2019s", "'"}:
        i += 1
    while i < len(doc) and doc[i].pos_ == "ADJ":
        i += 1
    if label == "ORG" and i < len(doc) and doc[i].lower_ in ORG_CONTEXT_WORDS:
        return "organization"
    return None


def _style_title(doc: Doc, span: Span, title_tokens: list[Token], label: str) -> Token | None:
    """The style ("Lord", "Prince", "Sir") right before a person's name, if any.

    Either the last title word the model put inside the entity or the capitalised word
    just before it: "Lord Butler", "Prince Charles" keep it, as readers know them so.
    """
    if title_tokens:
        last = title_tokens[-1]
        return last if last.lower_ in STYLE_TITLES and last.is_title else None
    if span.start == 0 or not all(t.pos_ == "PROPN" for t in span):
        return None
    before = doc[span.start - 1]
    if before.lower_ in STYLE_TITLES and before.is_title and before.whitespace_ != "":
        return before
    return None


def _hyphen_fragment(doc: Doc, span: Span) -> bool:
    """A piece of a longer hyphenated name: "Mar" of "Mar-a-Lago", "Lago" of it.

    The chain of tokens joined by hyphens without spaces runs past the entity and holds
    another capitalised word there. "Kremlin-backed" is not a fragment: the name is
    used as a modifier and the rest is lower case.
    """
    outside: list[Token] = []
    i = span.end
    while i + 1 < len(doc) and doc[i].text == "-" and not doc[i - 1].whitespace_:
        if doc[i].whitespace_:
            break
        outside.append(doc[i + 1])
        i += 2
    i = span.start
    while i - 2 >= 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_:
        if doc[i - 2].whitespace_:
            break
        outside.append(doc[i - 2])
        i -= 2
    return any(t.is_alpha and t.text[:1].isupper() for t in outside) and len(outside) >= 2
