"""Towns named for their clubs: in a football or rugby report, "Liverpool manager Rafael
Benitez", "Liverpool were beaten", "Southampton's David Prutton" and "a victory over
Manchester City" name a club, an organisation, though the name is a town's.

Each mention carries its own evidence (`club_use`); the actor takes the type most of
its marked mentions show (`groups.club_majority`): a club's uses against a place's cues ("in
Newcastle", "the city of Newcastle"), so that a town named both as a club and as the
city in one report keeps the type of the majority. Outside a match report (too few
`match_words`) nothing changes but a town before a club's officer's name in a story
of one match word ("Tottenham manager Jacques Santini"): a town stays a place in
politics and business. A country keeps its type (a national side is written as its
country), as do US states.
The words are data (`data/actor_cues.toml`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from generator.extract.actor_cues import _WORDS, RESULT_NOUNS, RESULT_VERBS
from generator.extract.actors.places import (
    KNOWN_PLACES,
    _country_name,
    _us_state_names,
    gazetteer,
)
from generator.extract.actors.sheets import _surnames_of_full_names
from generator.extract.actors.type_cues import (
    COMPASS_ADJECTIVES,
    _has_place_cue,
    _plural_subject,
)
from generator.extract.words import data_tables, word_set

MATCH_WORDS = _WORDS["match_words"]
CLUB_ROLE_NOUNS = _WORDS["club_role_nouns"]
CLUB_ROLE_HEADS = _WORDS["club_role_heads"]
CLUB_VERBS = _WORDS["club_verbs"]
CLUB_MOVES = _WORDS["club_moves"]
CLUB_PREPOSITIONS = _WORDS["club_prepositions"]
CLUB_POST_NOUNS = _WORDS["club_post_nouns"]
CLUB_NAME_WORDS = _WORDS["club_name_words"]
CLUB_OFFICER_NOUNS = _WORDS["club_officer_nouns"]
CLUB_POST_PREPOSITIONS = _WORDS["club_post_prepositions"]
# Countries as news names them, national sides too ("Holland"): nationalities.toml.
NATIONAL_NAMES = frozenset(
    w.replace("_", " ")
    for words in data_tables("nationalities")["countries"].values()
    for w in word_set(words)
)
CLUB_HEADS = _WORDS["club_heads"] | RESULT_NOUNS | RESULT_VERBS | CLUB_VERBS

# A club's use of a town's name: above the 3.5 a known place tagged GPE carries, so the
# mention itself argues for a body; the actor is settled by `club_majority`.
CLUB_VOTE = 4.0

# Distinct match words that make an article a match report. Two, not three: a short
# transfer or managerial story ("Tottenham manager ... resigned", a striker's loan) holds
# two at most, and a story outside sport that holds two (a loan and a penalty) changes
# nothing unless a town in it is also written the way a club is (`club_use`).
MATCH_REPORT_WORDS = 2


def match_report(doc: Doc) -> bool:
    """Whether the article is a football or rugby report: two or more distinct words
    of `match_words` ("striker", "premiership", "penalty"). A politics or business story
    naming a league or a cup once stays outside."""
    return _match_word_count(doc) >= MATCH_REPORT_WORDS


def _match_word_count(doc: Doc) -> int:
    """How many distinct `match_words` the article holds (cached on the doc). A word
    and its plural count once: "goal" and "goals" in a story about a policy's goals is
    one match word, not the two that made a Syria report a match report."""
    cached = doc.user_data.get("match_word_count")
    if cached is None:
        cached = len({t.lemma_.casefold() for t in doc if t.lower_ in MATCH_WORDS})
        doc.user_data["match_word_count"] = cached
    return cached


def _town_name(doc: Doc, span: Span, label: str) -> bool:
    """A town's name a club is named after: a place the model (GPE), the lexicon or the
    gazetteer knows ("Newcastle" is no gazetteer's). Not a country, however written
    ("Holland": a national side keeps its country's type), a US state, a region of the
    compass ("the Northern Hemisphere side", "the West Country side": a select side or
    a club's region), the surname of a person the article names in full ("signed White
    from Bristol"), nor the end of a longer name the model alone calls a place ("Real
    Sociedad" ... "Sociedad have": the name's own merge decides)."""
    name = span.text
    lowered = name.casefold()
    if _country_name(name) or lowered in _us_state_names() or lowered in NATIONAL_NAMES:
        return False
    if name.split()[0].casefold() in COMPASS_ADJECTIVES:
        return False
    if name in _surnames_of_full_names(doc):
        return False
    if lowered in KNOWN_PLACES or lowered in gazetteer():
        return True
    return label == "GPE" and not _ends_longer_name(doc, name)


def _town_and_club_word(doc: Doc, span: Span) -> bool:
    """ "Birmingham City", "Bristol Rovers" in a match report: a known town's name and
    a club's last word (`club_name_words`), which no place is named so; a name the
    lexicon or the gazetteer knows as a place ("Mexico City", "Cape Town") is one."""
    if len(span) < 2 or span[-1].lower_ not in CLUB_NAME_WORDS:
        return False
    lowered = span.text.casefold()
    if lowered in KNOWN_PLACES or lowered in gazetteer():
        return False
    return _town_name(doc, span[:-1], "")  # no label: the town must be a known place


def _ends_longer_name(doc: Doc, name: str) -> bool:
    """Whether the article names something longer ending in `name`: "Real Sociedad"."""
    return any(ent.text.endswith(f" {name}") for ent in doc.ents)


def club_use(doc: Doc, span: Span, label: str) -> bool | None:
    """How this mention of a town's name, in a match report, is written: True as a
    club (a club's role noun after it, the subject of a plural verb or of a match's
    verb, a possessive of a player or a score, the side a result or a transfer names),
    False as the town ("in Newcastle", "the city of Newcastle", "Newcastle city
    council"), None otherwise or outside a match report. A name the model calls a
    region or a continent (LOC: "had left Europe behind") is no town."""
    if label in {"PERSON", "LOC"}:
        return None
    if match_report(doc) and _town_and_club_word(doc, span):
        return True
    if not _town_name(doc, span, label):
        return None
    if not match_report(doc):
        # a one-line sports story ("Tottenham manager Jacques Santini has resigned")
        # holds one match word: only a club's officer named after the town counts
        return True if _match_word_count(doc) and _officer_named(doc, span) else None
    if _has_place_cue(doc, span) or _city_after(doc, span):
        return False
    if (
        _role_after(doc, span)
        or _plural_subject(span)
        or _plural_passive_subject(span)
        or _owner_of_player(doc, span)
        or _side_of_verb(span)
        or _post_at(span)
    ):
        return True
    return None


def _officer_named(doc: Doc, span: Span) -> bool:
    """ "Tottenham manager Jacques Santini", "Liverpool striker Milan Baros": a club's
    officer or player (`club_officer_nouns`) and then a person's name, after the town."""
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ not in CLUB_OFFICER_NOUNS:
        return False
    after = doc[i + 1]
    return after.ent_type_ == "PERSON" and after.ent_iob_ == "B"


def _city_after(doc: Doc, span: Span) -> bool:
    """ "Newcastle city council", "the Liverpool city centre": the town itself."""
    return span.end < len(doc) and doc[span.end].lower_ == "city"


def _role_after(doc: Doc, span: Span) -> bool:
    """ "Liverpool manager Rafael Benitez", "a Liverpool player", "Liverpool chief
    executive Rick Parry": a club's person or side right after the name."""
    i = span.end
    if i >= len(doc) or not doc[i].is_lower:
        return False
    if doc[i].lower_ in CLUB_ROLE_NOUNS:
        return True
    return i + 1 < len(doc) and doc[i + 1].lower_ in CLUB_ROLE_HEADS and doc[i + 1].is_lower


def _owner_of_player(doc: Doc, span: Span) -> bool:
    """ "Southampton's David Prutton", "Liverpool's 3-1 win": a player of the side (a
    person's name right after the possessive) or its score."""
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ not in {"'s", "\u2019s"}:
        return False
    after = doc[i + 1]
    if after.ent_type_ == "PERSON" and after.ent_iob_ == "B":
        return True
    return after.text[:1].isdigit() and "-" in after.text


def _side_of_verb(span: Span) -> bool:
    """ "Liverpool beat Chelsea", "Chelsea beat Liverpool", "a victory over Manchester
    City", "knocked out by Newcastle", "sold to Aston Villa": the subject or object of a
    match's verb, or the object of a preposition hung on a match's or transfer's word."""
    root = span.root
    head: Token = root.head
    if root.dep_ in {"nsubj", "nsubjpass", "dobj"} and head.lower_ in CLUB_VERBS:
        return not any(c.dep_ == "conj" for c in root.children)
    if root.dep_ == "dobj" and head.lower_ in CLUB_MOVES:
        return True  # "after leaving Liverpool in May", "to join Newcastle"
    if root.dep_ == "pobj" and head.lower_ in CLUB_PREPOSITIONS:
        governor = head.head
        return governor.lower_ in CLUB_HEADS or governor.lemma_.lower() in CLUB_HEADS
    return False


def _plural_passive_subject(span: Span) -> bool:
    """ "Liverpool were reported to have bid", "Southampton were relegated": a town's
    name alone as the subject of a plural passive is a side (a town "was" built). Names
    joined by "and" take "were" together and are left out."""
    root = span.root
    if root.dep_ != "nsubjpass" or any(c.dep_ in {"conj", "appos", "cc"} for c in root.children):
        return False
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in {"and", "or", "nor", "&"}:
        return False
    auxes = [c for c in root.head.children if c.dep_ in {"aux", "auxpass"} and c.i > root.i]
    return bool(auxes) and min(auxes, key=lambda t: t.i).lower_ in {"were", "are"}


def _post_at(span: Span) -> bool:
    """ "manager at Southampton", "a loan spell at Rotherham", "his career with Leeds":
    the town a club's post or a player's time is held at (`club_post_nouns`)."""
    root = span.root
    head: Token = root.head
    if root.dep_ != "pobj" or head.lower_ not in CLUB_POST_PREPOSITIONS:
        return False
    return head.head.lower_ in CLUB_POST_NOUNS and head.head.pos_ == "NOUN"


def club_of_town(town: str, longer: str) -> bool:
    """Whether `longer`, a name of two words or more holding the town's name `town` that
    the article writes as its club, can be that club: a name ending in the town ("Real
    Madrid") or starting with it and ending in a club's word (`club_name_words`:
    "Manchester United"), not the town's paper or university ("Liverpool Echo")."""
    words = longer.casefold().split()
    if words[-1] == town.casefold():
        return True
    return words[-1] in CLUB_NAME_WORDS
