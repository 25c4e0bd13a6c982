"""The word lists several speaker modules share (determiners, spokesman and
organisation nouns, party words). A list used by one module only lives in it; the
pronouns are the one lexicon of generator/extract/pronouns.py.
"""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.actors import TITLE_WORDS
from generator.extract.nationalities import DEMONYM_NOUNS
from generator.extract.pronouns import (
    PERSONAL_SUBJECT_PRONOUNS,
)
from generator.extract.words import word_lists, word_set

DETERMINERS = word_lists("function_words")["articles"] | word_set("one two three several some its")


# Nouns of people who speak for an organisation: the organisation is the speaker.
SPOKES_NOUNS = word_set(
    """
    spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen representative
    representatives source sources official officials statement statements insider
    insiders aide aides staff employees executive executives members
    researchers analysts economists report bosses chiefs managers directors lawyers
    negotiators leaders leadership management ruling announcement spokespeople
    """
)


# One of a body's members, who speaks for himself, never as the body: "a prominent
# Republican National Committee member who asked not to be named" is no committee
# (its "members", or a spokesman, may speak for it), nor is "a senior Citibank employee"
# who says staff are "seriously considering legal action" against it; so no word of
# SPOKES_NOUNS; but one a lead describes may be named next ("A member of the board ...
# said. ... Jim Billington said"), as a spokesman may (`named_next`).
ONE_MEMBER_NOUNS = word_set("member employee")


# People who speak for a body, not for themselves: "the spokesman" is never the person
# named last, only the same voice as an earlier "a spokesman for X".
BODY_VOICES = word_set("spokesman spokeswoman spokesperson representative official aide")


# Nouns an article uses to refer back to an organisation it has named.
ORG_NOUNS = word_set(
    """
    ministry department office company firm group party government agency council
    committee commission bank union court club board institute university police
    army military organisation organization charity authority regulator network
    broadcaster newspaper paper daily weekly tabloid magazine website radio association
    federation foundation retailer carrier airline maker manufacturer giant operator
    insurer lender watchdog producer supplier publisher utility
    """
)


FEMALE_ROLE_WORDS = word_set(
    "spokeswoman chairwoman businesswoman congresswoman actress queen princess "
    "headmistress mother wife daughter sister widow grandmother"
)


MALE_ROLE_WORDS = word_set(
    "spokesman chairman businessman congressman actor king prince headmaster father "
    "husband son brother widower grandfather"
)


# Words of kin among them: they tell a person's sex where an office may not ("Chairman
# Martha Hesse"): "her son, Humayun Khan", "Her husband, Saeed Abedini".
FEMALE_KIN_WORDS = FEMALE_ROLE_WORDS & word_set("mother wife daughter sister widow grandmother")
MALE_KIN_WORDS = MALE_ROLE_WORDS & word_set("father husband son brother widower grandfather")


# What a person issues: "an estimate from Oleksiy Danilov", "Austin's statement" speak
# for the person named in them.
STATEMENT_NOUNS = word_set(
    """
    statement estimate report letter memo tweet post interview comments remarks words
    speech testimony assessment analysis readout message email note account
    """
)
# ... and what a person writes under their own name: "Mr Sands' book suggests" is Sands
# (`apposition._mention_head`), as "Austin's statement" is Austin
WRITTEN_WORK_NOUNS = word_set("book memoir memoirs autobiography column blog")


# Wire copy's back-references to the company whose reports a story carries ("The
# company said", see `_wire_voice`), and how far back its last report may stand
WIRE_VOICE_NOUNS = word_lists("speaker_words")["wire_voice_nouns"]


NOT_COMPANY_WORDS = word_lists("speaker_words")["not_company_words"]


# "a Forbes article", "a footnote that said": published by whom it names or who issued it
DOCUMENT_NOUNS = word_lists("speaker_words")["document_nouns"]


# "the French international defender": an occupation of the person just named
OCCUPATION_NOUNS = word_lists("speaker_words")["occupation_nouns"]
# "the 47-year-old director": an office word that only a describing modifier makes one
DESCRIBED_OCCUPATION_NOUNS = word_lists("speaker_words")["described_occupation_nouns"]


# "the youngster", "the Newport-based athlete": a person just named, no office
REFERRING_NOUNS = word_lists("speaker_words")["referring_nouns"] | (OCCUPATION_NOUNS - TITLE_WORDS)


ANONYMOUS_PERSON_NOUNS = word_lists("speaker_words")["anonymous_person_nouns"]


# "The Tories said": the party under its canonical name; "a Tory spokesman": its voice
PARTY_NAMES = word_lists("party_names")


PARTY_ADJECTIVES = word_lists("party_adjectives")


# "the Post" for The Washington Post, once the article has named it in full
MASTHEAD_WORDS = word_lists("speaker_words")["masthead_words"]


# "the newspaper", "the paper": nouns that refer back to a publication only
PUBLICATION_NOUNS = word_lists("speaker_words")["publication_nouns"]


# Words a report puts around a publication's name and its noun ("Reuters news agency").
PRESS_EPITHETS = word_lists("speaker_words")["press_epithets"]
# ... and the words that pick one paper of several ("the provincial daily")
PAPER_SCOPE_MODIFIERS = word_lists("speaker_words")["paper_scope_modifiers"]


FORMER_WORDS = word_set("former ex onetime erstwhile retired")


INDEFINITES = frozenset({"a", "an", "one", "another"})


# Modifiers of a title that do not narrow who holds it ("the former cabinet secretary").
LOOSE_MODIFIERS = word_set("former then ex new outgoing incoming current top senior veteran")


# Ranks of one who still speaks for the body ("a senior company official"): unlike
# "former", they do not take the voice away from it.
SENIORITY_WORDS = word_set("senior top high-ranking")


# "quoted in China Daily", "interviewed by the BBC": what follows is where the words
# were relayed, not the body the speaker speaks for
RELAY_PARTICIPLES = word_lists("speaker_words")["relay_participles"]

#: "Footage of Al-Awlaki appears": a recording that shows the person it names.
RECORDING_NOUNS = word_lists("speaker_words")["recording_nouns"]


PREPOSITIONS = frozenset({"for", "at", "of", "from", "in", "with", "to", "inside", "within"})

#: "an official responsible for ...": an adjective of office after its noun
POSTNOMINAL_ADJECTIVES = word_lists("speaker_words")["postnominal_adjectives"]


LOOKBACK_SENTENCES = 4


GENERIC_HEADS = word_set("head chief boss")  # stand for whatever title the body gives its top


TOP_TITLES = word_lists("speaker_words")["top_titles"]


# Ranks that make a different office of a title ("shadow foreign secretary", "deputy
# leader"): a description without the rank does not refer to its holder.
RANK_WORDS = word_set("shadow deputy vice assistant junior acting associate")


_PERSONAL_SUBJECTS = PERSONAL_SUBJECT_PRONOUNS | {"you"}


PERSON_NOUNS = (
    word_lists("speaker_words")["person_nouns"]
    | FEMALE_ROLE_WORDS
    | MALE_ROLE_WORDS
    | ANONYMOUS_PERSON_NOUNS
    | REFERRING_NOUNS
    | DEMONYM_NOUNS
    | OCCUPATION_NOUNS
)


def thing_noun(token: Token) -> bool:
    """Whether a noun names a thing, not a person: a common noun the model tagged no
    entity, neither a title (`TITLE_WORDS`, by its lemma) nor a noun of people
    (`PERSON_NOUNS`, as written or by its lemma). The one test of a thing: a subject a
    "he"/"she" passes over (`untagged._a_thing`) and a mention no heading shows
    (`headings._thing_noun`, which asks more of it) both start from it."""
    if token.pos_ != "NOUN" or token.ent_type_:
        return False
    lemma = token.lemma_.lower()
    return lemma not in TITLE_WORDS and not {lemma, token.lower_} & PERSON_NOUNS
