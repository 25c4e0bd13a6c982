"""The words that cue speech and stance, and the test whether a token is such a cue.

One lexicon for every quote rule: the lists live in data/quote_words.toml (written by
hand) and data/polnear_cues.json (derived from PolNeAR train by
benchmarks/polnear_cues.py --write, never by hand), so that a list is tuned in one place
and the extractor version (generator.running.fingerprint) changes with it.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.words import derived_lists, word_lists, word_set

_WORDS = word_lists("quote_words")
#: Derived from PolNeAR train by benchmarks/polnear_cues.py --write (never by hand):
#: lemmas that are a gold cue in most of their uses with a clausal complement, a direct
#: object or a prepositional phrase. Used for reported speech only, never as cues of
#: direct quotations.
_DERIVED = derived_lists("polnear_cues")

#: Verbs that report speech or stance, by lemma (see data/quote_words.toml).
REPORTING_VERBS: frozenset[str] = _WORDS["reporting_verbs"]
_MANNER_VERBS = _WORDS["manner_verbs"]
_RETORT_VERBS = _WORDS["retort_verbs"]
_UNSPOKEN_PHRASALS = _WORDS["unspoken_phrasals"]
_DERIVED_CLAUSAL = _DERIVED["clausal_verbs"]
_DERIVED_OBJECT = _DERIVED["object_verbs"]
_DERIVED_PREPOSITIONAL = _DERIVED["prepositional_verbs"]
#: "lemma preposition" pairs that are rarely a cue in PolNeAR train ("speak on", "vote
#: on", "appear on"): the phrase is an occasion ("spoke on condition of anonymity",
#: "voted on March 1"), not what was said.
OCCASION_PREPOSITIONS: frozenset[str] = _DERIVED["occasion_prepositions"]
_SOURCELESS = _WORDS["sourceless"]
_OFFICE_PASSIVES = _WORDS["office_passives"]
#: "think tank": a cue word and a noun written apart, one noun (data/quote_words.toml).
_CUE_NOUN_COMPOUNDS = _WORDS["cue_noun_compounds"]
_STANCE_ONLY = _WORDS["stance_only"]
_XCOMP_VERBS = _WORDS["xcomp_verbs"]
#: Objects that are no content ("told reporters", "added jobs").
_NO_NOMINAL = _WORDS["no_nominal"]
#: Verbs whose noun-phrase object is the attributed content ("criticized the plan"), and
#: the other verbs of speech and stance once they have a source ("offered a slogan",
#: "responded to the request", "voted for Clinton").
_NOMINAL_VERBS: frozenset[str] = (
    _WORDS["nominal_verbs"]
    | _DERIVED_OBJECT
    | _DERIVED_PREPOSITIONAL
    | ((REPORTING_VERBS | _XCOMP_VERBS | _DERIVED_CLAUSAL) - _NO_NOMINAL)
)
_INDIRECT_VERBS = REPORTING_VERBS | _NOMINAL_VERBS | _XCOMP_VERBS | _DERIVED_CLAUSAL
#: Cues of plain reporting, as written: a short fragment under them is reported speech.
PLAIN_REPORT_CUES: frozenset[str] = _WORDS["plain_report_cues"]
#: The verbs of a speech tag written inside another clause ("..., he said, ...", "It
#: added"), as a regular expression of whole words.
TAG_VERBS_PATTERN = r"\b(?:said|says|told|tells|added|adds)\b"


#: Nouns whose "that" clause is attributed content ("the claim that ...", "X's view is
#: that ..."), and nouns of stance whose object is ("criticism of X", "support for X"):
#: among the noun cues of PolNeAR train (benchmarks/polnear_cues.py), general English.
_CLAIM_NOUNS = _WORDS["claim_nouns"]
_STANCE_NOUNS = _WORDS["stance_nouns"]
#: Stance nouns whose "of" phrase is who holds the stance ("the support of voters").
_HOLDER_OF_NOUNS = _WORDS["holder_of_nouns"]


#: Adjectives of stance, derived from PolNeAR train with benchmarks/polnear_cues.py (a
#: gold cue in at least 45% of their uses with the complement, at least 5 times):
#: "X was eager to ...", "X is confident of ...". Any adjective with a "that" clause
#: reports a stance too ("X is sure that ...").
_ADJ_CLAUSAL = _DERIVED["clausal_adjectives"]
_ADJ_PREPOSITIONAL = _DERIVED["prepositional_adjectives"]


#: Nouns of what someone holds or publishes: a "that" clause right after "X's NOUN" is
#: X's content, whatever verb the parser hangs the clause on.
_OWNED_CONTENT_NOUNS = _CLAIM_NOUNS | word_set(
    "prediction forecast projection finding calculation analysis research study survey report"
)


#: Question words opening an embedded question ("asked why ...", "say where ...").
_QUESTION_WORDS = _WORDS["question_words"]
#: Heads of "have yet to say", "refused to say", "declined to say": nothing was said.
_NOT_YET = _WORDS["not_yet"]


#: Verbs whose direct object is the person spoken to ("told BBC Radio 4's Today
#: programme", "briefed reporters"), never what was said.
_ADDRESSEE_OBJECT = _WORDS["addressee_object"]
#: Verbs of speaking whose "to X" / "with X" is the listener ("spoke to reporters").
_SPEAK_TO = _WORDS["speak_to"]
#: Those who hear what is said: the press, a hearing, an audience ("told reporters",
#: "added to reporters").
LISTENER_NOUNS = _WORDS["listener_nouns"]


def _is_reporting(token: Token, direct: bool) -> bool:
    """Whether `token` reports speech or stance.

    Cues of quotations are speech verbs only; reported content also comes with verbs of
    stance, intention and judgement ("believes", "vowed to", "criticized").
    """
    if token.pos_ not in {"VERB", "AUX"} and token.tag_ not in {"VBD", "VBZ", "VBP", "VBG"}:
        return False
    if _in_noun_compound(token):
        return False
    lemma = token.lemma_.lower()
    if any(f"{lemma}_{c.lower_}" in _UNSPOKEN_PHRASALS for c in token.children if c.dep_ == "prt"):
        return False  # "to charge it up", "the figures do not add up"
    if direct:
        speech = (lemma in REPORTING_VERBS and lemma not in _STANCE_ONLY) or lemma in _MANNER_VERBS
        return speech or _puts_it(token) or _retorts(token)
    return lemma in _INDIRECT_VERBS


def _in_noun_compound(token: Token) -> bool:
    """ "the Washington-based think tank": a cue word that is the first half of a noun."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    return f"{token.lower_}-{doc[token.i + 1].lower_}" in _CUE_NOUN_COMPOUNDS


def _puts_it(token: Token) -> bool:
    """ "As Professor Foner put it, ''...''": the idiom quotes someone's own words."""
    return token.lemma_.lower() == "put" and any(
        child.dep_ == "dobj" and child.lower_ == "it" for child in token.children
    )


def _retorts(token: Token) -> bool:
    """ "“Jeb wants to be a tough guy tonight,” Trump shot back": a retort verb with the
    particle "back" (parsed as a particle or an adverb) speaks; "shot" alone does not."""
    return token.lemma_.lower() in _RETORT_VERBS and any(
        child.dep_ in {"prt", "advmod"} and child.lower_ == "back" for child in token.children
    )


def _cue_text(verb: Token) -> str:
    """The cue as written: the verb with its particle ("pointed out")."""
    parts = [verb]
    parts.extend(child for child in verb.children if child.dep_ == "prt")
    parts.sort(key=lambda t: t.i)
    return " ".join(t.text for t in parts)


#: Past forms of speech verbs that do not end in "-ed" -> the verb ("said" -> "say").
_IRREGULAR_PAST: dict[str, str] = dict(
    pair.split(":", 1) for pair in sorted(_WORDS["irregular_pasts"])
)


def capitalised_speech_verb(token: Token) -> bool:
    """Whether a lead-in opens with a speech verb in the past, capitalised as the
    line's first word ("Stated Stone:", "Continued Stone:", "Said Williams:"): the
    parser and the model take it for part of the name, and "Stated Stone" became a
    speaker and a person of its own beside Roger Stone."""
    word = token.lower_
    if not token.is_title:
        return False
    stems = {word[:-1], word[:-2]} if word.endswith("ed") else set()
    stems -= set(_IRREGULAR_PAST.values())  # "Sayed Farook": no past of "say"
    if word in _IRREGULAR_PAST:
        stems.add(_IRREGULAR_PAST[word])
    return any(stem in REPORTING_VERBS for stem in stems)
