"""The word lists several actor modules share (honorifics, titles, organisation and place
nouns). A list used by one module only lives in it.
"""

from __future__ import annotations

from generator.extract import actor_spans
from generator.extract.nationalities import COMPATRIOT_NOUNS, NAME_PREFIX_NOUNS
from generator.extract.words import word_lists, word_set

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


HONORIFICS = word_set(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof. professor "
    "rev rev. reverend mister madam mme mme. messrs messrs."
)


# Styles that are part of how a person is known: "Lord Butler", "Prince Charles", "Sir
# Menzies Campbell". They stay in the name (the fullest form keeps them), unlike "Mr".
STYLE_TITLES = word_set(
    "lord lady baroness baron prince princess king queen duke duchess earl countess "
    "viscount viscountess marquess sir dame pope emperor empress sheikh"
)


# Particles joined by a hyphen to an Arabic surname, which news drops on later mention:
# "Ahmed Humaid al-Tayer" ... "Tayer said" (data/speaker_words.toml).
SURNAME_PARTICLES = word_lists("speaker_words")["surname_particles"]


MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "lord", "mister", "messrs", "messrs."})


FEMALE_HONORIFICS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "madam"})


# Head nouns of roles: a pre-name modifier or an apposition counts as a role only if it
# holds one of these (keeps "Chelsea's" or "Monday" from becoming roles).
TITLE_WORDS = word_set(
    """
    president vice-president minister secretary chancellor premier leader chief head
    chairman chairwoman chair chairperson ceo cfo coo cto executive director manager boss
    spokesman spokeswoman spokesperson representative ambassador envoy diplomat official
    officer commissioner commander general colonel major captain lieutenant sergeant
    admiral marshal governor mayor senator congressman congresswoman congressmember
    representative mp mep mla msp lawmaker legislator deputy speaker whip judge justice
    attorney lawyer prosecutor counsel solicitor barrister advocate professor lecturer
    researcher scientist analyst economist expert historian author writer journalist
    editor reporter correspondent columnist founder co-founder owner partner president-elect
    king queen prince princess emperor pope cardinal bishop archbishop rabbi imam cleric
    chef coach striker midfielder defender goalkeeper captain player manager star singer
    prop hooker flanker
    actor actress director producer presenter host comedian musician rapper artist
    designer architect engineer doctor surgeon nurse teacher student inspector detective
    superintendent constable sheriff agent adviser advisor aide strategist consultant
    analyst campaigner activist organiser organizer chairman treasurer auditor
    regulator negotiator delegate councillor councilor alderman candidate nominee
    shadow spokesperson commentator economist strategist principal dean provost rector
    vice-chancellor headteacher headmaster headmistress registrar clerk controller
    comptroller administrator superintendent commissioner ombudsman trustee governor
    chief-executive md vp svp evp gm crown sen sen. rep rep. gov gov. gen gen. col col.
    lt lt. sgt sgt. cllr supt insp
    """
)


# Common nouns that introduce an organisation: "video game firm Bioware", "a drugs
# charity, Addaction", "software giant Microsoft", "Mexican outfit Red Sharks", "feed
# trade association, Het Comite".
ORG_INTRO_NOUNS = word_set(
    """
    firm company group charity retailer carrier airline maker manufacturer giant operator
    insurer lender bank broadcaster newspaper paper website publisher developer agency
    chain brand label conglomerate organisation organization club startup start-up
    supermarket department ministry watchdog body magazine band team orchestra choir
    studio network channel consultancy journal tabloid daily weekly regulator
    bookmaker bookmakers outfit carmaker automaker chipmaker drugmaker association
    federation confederation union league society
    """
)


# Of those, the nouns that never describe a person: a name in apposition to one is an
# organisation's, whatever the model says ("Def Jam's parent company, Universal"),
# where "Ola Bini, a software developer" stays a person.
ORG_ONLY_NOUNS = word_set(
    """
    firm company group charity retailer airline bank broadcaster newspaper website label
    conglomerate organisation organization club startup start-up supermarket ministry
    watchdog magazine band team orchestra choir studio network channel subsidiary
    journal tabloid daily weekly chain insurer lender bookmaker bookmakers outfit carmaker
    automaker chipmaker drugmaker association federation confederation union league
    society
    """
)


# Nouns of kinship: "her husband, former President Bill Clinton" names him as someone's
# relative (`merge_people._named_as_kin`).
KIN_NOUNS = word_set(
    """
    mother father son daughter wife husband brother sister uncle aunt nephew niece
    cousin grandmother grandfather grandson granddaughter widow widower
    """
)

# Common nouns for a person, before a name: "India's richest man Azim Premji", "his
# wife Cherie Blair". Like a title, they say the name is a person's.
PERSON_NOUNS = KIN_NOUNS | word_set(
    """
    man woman boy girl teenager girlfriend boyfriend fiancee fiance fiancée friend
    colleague supermodel
    """
)


# Words that make a name an organisation whatever the model says.
ORG_WORDS = word_set(
    """
    ministry department office party group inc inc. corp corp. corporation co co. ltd
    ltd. plc llc llp ag sa gmbh council committee commission agency authority bureau
    institute institution university college school academy foundation trust
    association federation league union club fc rfc society company companies bank banks
    fund board court tribunal parliament congress senate assembly army navy forces
    force police service services centre center program programme network news
    times post journal herald telegraph guardian organisation organization
    administration government cabinet alliance coalition movement front brigade
    regiment battalion corps command council institute industries holdings airlines
    airways motors systems technologies labs laboratories records studios pictures
    media press broadcasting channel tv radio hospital clinic museum church
    dems democrats republicans tories conservatives liberals socialists greens
    gaming esports appeal aid relief tribune gazette air team concern community
    bancorp bancorporation bancshares bankshares
    """
)


# Last words of the names of buildings, sites and events, never of a person's name:
# "Trafalgar Square", "Ben Gurion Airport", "Venetian Hotel", "Pontiac Grand Prix".
PLACE_HEAD_WORDS = word_set(
    """
    square street road avenue lane boulevard bridge station airport port harbour harbor
    beach park gardens garden tower towers hotel palace castle prison jail museum gallery
    theatre theater stadium arena hall cathedral abbey chapel temple mosque synagogue
    passage canal river lake mountain mountains valley island islands bay coast desert
    forest airfield base camp estate farm mall market plaza medallion laboratory landscape
    creek strait straits waterway peninsula lagoon inn ranch
    """
)


# Last words of the names of events, organised by a body and never a person's name:
# "World Cross Country Championships", "Pontiac Grand Prix", "London Marathon".
EVENT_HEAD_WORDS = word_set(
    "prix marathon championship championships cup trophy games olympics award awards "
    "prize festival open tournament series league slam"
)


PLACE_ROUTE_WORDS = frozenset({"from", "to", "at", "into", "via", "towards", "toward"})


ORG_CONTEXT_WORDS = word_set(
    """
    shares share stock spokesman spokeswoman spokesperson chief boss executive executives
    employees staff workers users customers subscribers clients shareholders investors
    statement website app platform service services brand founder owner owners chairman
    president director directors board profits profit revenue sales results
    """
)


PLACE_CUE_WORDS = frozenset({"in", "near", "outside", "around", "across", "throughout"})


PLACE_CUE_NOUNS = frozenset(
    {"city", "town", "village", "region", "province", "state", "capital", "port", "district"}
)


PRONOUNS = word_set(
    "i me my we us our you your he him his she her it its they them their this that "
    "these those who whom whose which what"
)


POSTNOMINALS = frozenset({"MP", "MEP", "MSP", "AM", "QC", "KC", "OBE", "MBE", "CBE", "PhD"})


REPORTING_LEMMAS = word_set("say tell add warn insist explain argue claim write state note tweet")


# Party names the model sweeps into the person's name that follows.
PARTY_WORDS = word_set(
    "lib dem dems labour tory tories conservative liberal democrat republican snp ukip "
    "bnp gop plaid"
)


# Nouns for a person of a nation, which the model sweeps into the name that follows
# ("Frenchman Arnaud Clement", "compatriot Tim Henman"): not part of the name, and a
# sign the name is a person's (data/nationalities.toml says which).
NAME_PREFIX_DEMONYMS = NAME_PREFIX_NOUNS | COMPATRIOT_NOUNS


# Spans (start, end) of the names `_joined_entities` made whole at their "and": one
# name, never split again at that "and" (`actor_spans.coordinated_names`).
FIRMS_AT_AND_KEY = "briefings_firms_at_and"


# Words that never open a name the model cut: titles, honorifics, nouns for a person
# or a body ("President Bush", "Mr Rose", "software giant Apple"), and the function
# words of `actor_spans`.
_NOT_NAME_START = (
    TITLE_WORDS | HONORIFICS | STYLE_TITLES | PERSON_NOUNS | ORG_INTRO_NOUNS
    | actor_spans.NOT_NAME_START
)  # fmt: skip


# Head nouns of a government body named after its portfolios ("Trade and Industry
# Department").
MINISTRY_NOUNS = frozenset({"ministry", "department", "office", "committee", "commission"})


# The words of a court's seat after its "for the": "the Seventh Circuit", "the Southern
# District of New York". A court named with its seat is one of many courts of that name.
COURT_SEAT_WORDS = frozenset({"circuit", "district"})


def court_with_seat(name: str) -> bool:
    """ "U.S. Court of Appeals for the Seventh Circuit": a court's name with its seat."""
    words = name.casefold().split()
    if "court" not in words or "for" not in words[words.index("court") :]:
        return False
    return any(w in COURT_SEAT_WORDS for w in words[words.index("for", words.index("court")) :])


BASE_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place"}

# The model's building label (FAC) leans to a place, less than a label of its own: a
# building may stand for those who run it ("the Elysee said"). Read as a label, not as
# evidence of the text, where a short form's type is weighed (`merge_orgs`).
FAC_PLACE_VOTE = 0.5


# Roles held in a club, band or firm, never for a person: "Trump lawyer Michael Cohen"
# and "Blair aide" name a person's staff, "Arsenal boss" and "Uefa spokesman" a body's.
EMPLOYED_ROLES = word_set(
    """
    manager boss coach striker midfielder defender goalkeeper player captain keeper
    winger chairman chairwoman chief executive director editor founder owner ceo
    guitarist drummer bassist frontman vocalist keyboardist
    """
)


PLACE_LED_VOTE = 3.0


# A name the gazetteer alone lists as a place ("Miyazaki", a town and a surname), tagged
# a place by the model: the word's vote, which is no evidence from the text around it.
LISTED_PLACE_VOTE = 2.5
PLACE_CUE_VOTE = 2.0  # "in X", "near X", "the city of X" (`_has_place_cue`)
