"""People who speak but whom the model mistypes or never tags, though the text introduces
them as people: "Marshall Goldman of Harvard University told" (tagged a body), "General
Guven Ergenc, Secretary General of the Turkish General Staff, told" (tagged a work of
art), "Political science professor Rei Shiratori of Dokkyo University ... Shiratori
said" (never tagged). Without a person actor the named quote got no speaker, and every
"he said" after it none either.

A name counts when it is two or three capitalised words, none a body's, a place's or a
title's word, and when it speaks (the subject of a reporting verb, or its surname alone
is one elsewhere in the article) and the text gives it a person's cue: a rank or an office
in capitals before it ("General", "Finance Minister"), a person's title in lower case
before it ("professor"), an office in
apposition ("Secretary General of ...", "a director of ..."), or a body it is "of"
("of Harvard University"). Titles a firm may hold ("adviser", "lead manager") are no
cue, and neither is a name the article also writes as a firm's ("Morgan Stanley and
Co"), so that "Goldman Sachs said" and "Dean Witter said" stay bodies.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_spans import COMPANY_WORDS, WIRE_COMPANY_FORMS
from generator.extract.actors.lexicon import (
    ORG_WORDS,
    STYLE_TITLES,
    TITLE_WORDS,
)
from generator.extract.actors.mention import _Mention
from generator.extract.actors.names import COMPANY_SUFFIXES
from generator.extract.actors.places import _known_place, gazetteer
from generator.extract.actors.spoken_names import compound_start, speaking_person
from generator.extract.actors.vocabulary import reports
from generator.extract.words import word_lists
from generator.reading.layout import doc_text

_SPEAKER_WORDS = word_lists("speaker_words")
MILITARY_RANKS = _SPEAKER_WORDS["military_ranks"]
BODY_HELD_TITLES = _SPEAKER_WORDS["body_held_titles"]

# Labels under which the model has already said what a name is, rightly or not, in a way
# this module does not overrule: a person, or a place.
_SETTLED_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC"})

# Words that end or extend a firm's name ("Bache Securities", "Getty Oil", "Chase
# Capital", "Zenith Holdings"): no person's name holds one.
FIRM_NAME_WORDS = (
    COMPANY_WORDS["name_endings"]
    | COMPANY_WORDS["arm_words"]
    | COMPANY_WORDS["unit_words"]
    | COMPANY_WORDS["industry_name_endings"]
    | COMPANY_WORDS["firm_closing_words"]
)

#: Person evidence of a cue: above what a body's label and one weak cue give.
CUED_VOTE = 5.0


def cued_speakers(doc: Doc, covered: set[int], mentions: list[_Mention]) -> list[_Mention]:
    """New person mentions for cued speakers no entity covers, and the person vote added
    to a full name the model gave a body's label. Its surname alone ("Ergenc told
    Reuters") then joins the person as any surname does (`merge_people`)."""
    lone = _lone_speaking_words(doc)
    found: list[_Mention] = []
    for token in doc:
        run = _name_run(doc, token)
        if run is None:
            continue
        ranks, span = run
        apposed_office = _apposed_to_speaking_office(token)
        speaks = reports(token) or apposed_office
        if not (speaks or span[-1].text in lone):
            continue
        if not (apposed_office or _person_cue(doc, span, ranks)):
            continue
        if _written_as_firm(doc, span.text) or _title_case_sentence(span):
            continue
        same = [m for m in mentions if m.start < span.end_char and span.start_char < m.end]
        if same:
            exact = [m for m in same if (m.start, m.end) == (span.start_char, span.end_char)]
            if len(same) == 1 and exact and exact[0].label not in _SETTLED_LABELS:
                _vote_person(exact[0], speaks)
            continue
        if any(i in covered for i in range(span.start, span.end)):
            continue
        if ranks and ranks[-1].lower_ in STYLE_TITLES:  # part of how one is known: "King Fahd"
            ranks, span = ranks[:-1], doc[span.start - 1 : span.end]
        found.append(speaking_person(doc, span, CUED_VOTE, ranks, speaks))
        covered.update(range(span.start, span.end))
    return found


def _vote_person(mention: _Mention, speaks: bool) -> None:
    mention.votes["person"] = mention.votes.get("person", 0.0) + CUED_VOTE
    mention.speaks = mention.speaks or speaks


def _apposed_to_speaking_office(token: Token) -> bool:
    """Whether a name stands in apposition, between commas, to an office that is the
    subject of a reporting verb: "The Shadow Secretary of State for the Family, Theresa
    May, said". The office is the person's cue and the name speaks by it. Not an office
    a firm may hold ("The adviser, Morgan Grenfell, said")."""
    office = token.head
    return (
        token.dep_ == "appos"
        and office.i < token.i
        and office.lemma_.lower() in TITLE_WORDS
        and office.lemma_.lower() not in BODY_HELD_TITLES
        and reports(office)
        and token.i + 1 < len(token.doc)
        and token.doc[token.i + 1].text == ","
    )


def _lone_speaking_words(doc: Doc) -> set[str]:
    """Capitalised words that speak alone ("Shiratori said"): no capitalised word
    joined to them, before or after."""
    found: set[str] = set()
    for token in doc:
        if not (token.pos_ == "PROPN" and token.is_title and reports(token)):
            continue
        if any(c.dep_ in {"compound", "flat", "det"} for c in token.children):
            continue
        if token.i + 1 < len(doc) and doc[token.i + 1].is_title:
            continue
        found.add(token.text)
    return found


def _name_run(doc: Doc, head: Token) -> tuple[list[Token], Span] | None:
    """The ranks and the name of a person's full name ending at `head`: "General" and
    "Guven Ergenc", or no ranks and "Marshall Goldman". None when the words are not
    shaped like a given name and a surname."""
    if head.pos_ != "PROPN" or not head.is_title or head.dep_ in {"compound", "flat"}:
        return None
    start = compound_start(doc, head, head.i, lambda t: t.is_title)
    ranks = _leading_titles(doc[start : head.i])
    start += len(ranks)
    if not (1 <= head.i - start <= 2 or (start == head.i and _sole_name_office(ranks))):
        return None
    if not ranks and start > 0 and (doc[start - 1].is_title or doc[start - 1].is_upper):
        return None  # "Credit Suisse Paul Hofer": another name runs into this one
    span = doc[start : head.i + 1]
    if not all(_name_word(t) for t in span) or _known_place(span.text):
        return None
    return ranks, span


def _sole_name_office(ranks: list[Token]) -> bool:
    """Whether an office written before a name makes one word enough for a person's
    name: "King Fahd of Saudi Arabia ... said", "Chancellor Kohl said". Not a military
    rank, which opens firms' names too ("General Mills said"), nor a title a firm may
    hold."""
    return bool(ranks) and not any(
        t.lower_ in MILITARY_RANKS or t.lower_ in BODY_HELD_TITLES or t.lower_ in FIRM_NAME_WORDS
        for t in ranks
    )


def _leading_titles(words: Span) -> list[Token]:
    """The rank or office written before a name, in capitals: "General" of "General Guven
    Ergenc", "Finance Minister" of "Finance Minister Xu Yong". Up to the last title word
    of the run, and none when that word is a title a firm holds as well ("Adviser")."""
    last = max(
        (i for i, t in enumerate(words) if t.lower_ in MILITARY_RANKS | TITLE_WORDS),
        default=-1,
    )
    if last < 0 or words[last].lower_ in BODY_HELD_TITLES:
        return []
    return list(words[: last + 1])


def _name_word(token: Token) -> bool:
    """A word of a person's name: capitalised letters, no body's, place's or title's word."""
    word = token.lower_
    return (
        token.pos_ == "PROPN"
        and token.is_title
        and token.text.replace("-", "").replace("'", "").isalpha()
        and word not in TITLE_WORDS
        and word not in ORG_WORDS
        and word not in COMPANY_SUFFIXES
        and word not in FIRM_NAME_WORDS
        and token.text not in WIRE_COMPANY_FORMS
        and word not in gazetteer()
        and not _known_place(token.text)
    )


def _person_cue(doc: Doc, span: Span, ranks: list[Token]) -> bool:
    """A rank, a person's title before the name, an office in apposition, or a body the
    name is "of"."""
    if ranks:
        return True
    before = doc[span.start - 1] if span.start > 0 else None
    if (
        before is not None
        and before.is_lower
        and before.pos_ == "NOUN"
        and before.lemma_ in TITLE_WORDS
        and before.lemma_ not in BODY_HELD_TITLES
    ):
        return True  # "professor Rei Shiratori", "analyst Ian Fogg"
    head = span[-1]
    # set off by a comma: "Bache Securities (Japan) associate vice president Peter
    # Wolffe said" runs a firm into the title of the man after it
    apposed = span.end < len(doc) and doc[span.end].text == ","
    return (apposed and any(_office_apposed(c) for c in head.children)) or _of_body(doc, span)


def _office_apposed(child: Token) -> bool:
    """ "X, Secretary General of ...", "X, a director of ...": an apposition whose head
    (or a word joined to it) is a person's title, and not one a firm may hold."""
    if child.dep_ != "appos":
        return False
    words = [child, *(c for c in child.children if c.dep_ == "compound")]
    lowered = {t.lower_ for t in words} | {t.lemma_.lower() for t in words}
    return bool(lowered & TITLE_WORDS) and not lowered & BODY_HELD_TITLES


def _of_body(doc: Doc, span: Span) -> bool:
    """ "Marshall Goldman of Harvard University": the name, then "of" or "at" a body the
    model tags as one (a place would make a firm of the place: "Gold Fields of South
    Africa")."""
    if span.end + 1 >= len(doc):
        return False
    prep = doc[span.end]
    if prep.lower_ not in {"of", "at"} or prep.head.i != span[-1].i:
        return False
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and objects[0].ent_type_ == "ORG"


# A headline's sentence: this many words of four letters or more, all capitalised.
_HEADLINE_MIN_WORDS = 3


def _title_case_sentence(span: Span) -> bool:
    """Whether the name stands in a headline written in Title Case ("Maria Espinoza,
    Anti-Illegal-Immigration Leader, Running For Congress"), whose capitals are no
    cue: the body introduces the person again, as the model reads it."""
    words = [t for t in span.sent if t.is_alpha and len(t) >= 4]
    return len(words) >= _HEADLINE_MIN_WORDS and all(t.text[0].isupper() for t in words)


def _written_as_firm(doc: Doc, name: str) -> bool:
    """Whether the article writes the name as a firm's elsewhere: followed by a company
    suffix or a body's word ("Morgan Stanley and Co", "Dean Witter Reynolds Inc")."""
    text = doc_text(doc)
    at = text.find(name)
    while at >= 0:
        rest = text[at + len(name) :].split()
        nxt = rest[0].strip(".,;:").lower() if rest else ""
        if nxt in COMPANY_SUFFIXES or nxt in ORG_WORDS or nxt in {"and", "&"}:
            return True
        if rest and rest[0].strip(".,;:") in WIRE_COMPANY_FORMS:
            return True
        at = text.find(name, at + 1)
    return False
