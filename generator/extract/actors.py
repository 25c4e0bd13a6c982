"""Actors (people, organisations, places) of one article, merged over their mentions.

A pure function in the style of `textacy.extract`: a parsed `Doc` in, `Actor` records
out. The small English model finds most names but mislabels many ("Kyiv" as a person,
"Bakhmut" as an organisation, "Oleksiy Danilov" as an organisation) and splits titles
off names, so the entities are regrouped and relabelled here with evidence from the
whole article: the fullest form of a name wins, surnames and honorific forms merge into
it, context ("in X", "X and Moscow", "X, a spokesman") votes on the type, and the
editors' registry overrides everything it knows about.

Everything is linear in the number of tokens: the function runs on every article of
archives of 100,000 articles and must never raise on odd text.
"""

from __future__ import annotations

import importlib.util
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np
import pycountry
from spacy.attrs import IS_LOWER, LEMMA, LOWER
from spacy.lookups import Lookups
from spacy.tokens import Doc, Span, Token
from spacy.util import get_installed_models

from generator.extract import actor_cues, actor_spans
from generator.extract.given_names import (
    FEMALE_GIVEN_NAMES,
    GIVEN_NAMES,
    LISTED_GIVEN_NAMES,
    MALE_GIVEN_NAMES,
)
from generator.extract.products import product_use
from generator.extract.run_on import sentence_start
from generator.extract.words import derived_lists, word_lists, word_set
from generator.model import (
    ACTOR_TYPE_ORDER,
    Actor,
    ActorType,
    Registry,
    RegistryEntry,
    fullest_roles,
    name_key,
)
from generator.reading.layout import doc_text

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
# charity, Addaction", "software giant Microsoft".
ORG_INTRO_NOUNS = word_set(
    """
    firm company group charity retailer carrier airline maker manufacturer giant operator
    insurer lender bank broadcaster newspaper paper website publisher developer agency
    chain brand label conglomerate organisation organization club startup start-up
    supermarket department ministry watchdog body magazine band team orchestra choir
    studio network channel consultancy journal tabloid daily weekly
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
    journal tabloid daily weekly
    """
)
# Common nouns for a person, before a name: "India's richest man Azim Premji", "his
# wife Cherie Blair". Like a title, they say the name is a person's.
PERSON_NOUNS = word_set(
    """
    man woman boy girl teenager mother father son daughter wife husband brother sister
    uncle aunt nephew niece cousin grandmother grandfather grandson granddaughter widow
    widower girlfriend boyfriend fiancee fiance fiancée friend colleague supermodel
    """
)
# Plural nouns for works and products, never actors: "role playing games such as X",
# "films like X". A name given as an instance of one is a title, not an actor; so is a
# name in apposition to one ("Queen Miri, the $70 million yacht"). The names of accounts
# and codes are labels, not actors either: 'the username, "PlayerOne."'.
WORK_NOUNS = word_set(
    """
    game film movie album song single track show programme program series book
    novel title play musical opera product device phone console app application gadget drug
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
# Words that make a name an organisation whatever the model says.
ORG_WORDS = word_set(
    """
    ministry department office party group inc inc. corp corp. corporation co co. ltd
    ltd. plc llc llp ag sa gmbh council committee commission agency authority bureau
    institute institution university college school academy foundation trust
    association federation league union club fc society company companies bank banks
    fund board court tribunal parliament congress senate assembly army navy forces
    force police service services centre center program programme network news
    times post journal herald telegraph guardian organisation organization
    administration government cabinet alliance coalition movement front brigade
    regiment battalion corps command council institute industries holdings airlines
    airways motors systems technologies labs laboratories records studios pictures
    media press broadcasting channel tv radio hospital clinic museum church
    dems democrats republicans tories conservatives liberals socialists greens
    gaming esports appeal aid relief tribune gazette air team
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
    """
)
# Last words of the names of events, organised by a body and never a person's name:
# "World Cross Country Championships", "Pontiac Grand Prix", "London Marathon".
EVENT_HEAD_WORDS = word_set(
    "prix marathon championship championships cup trophy games olympics award awards "
    "prize festival open tournament series league slam"
)
# Weaker context, read only when the model also says so: a place name after "to" or
# "from" ("flights to Denver"), an organisation name before the words of a business or
# a body ("Google's chief executive", "Ofcom spokesman", "Samsung shares").
SIDE_WORDS = frozenset({"north", "south", "east", "west", "left", "right"})
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
NOT_PLACE_BEFORE_IN = word_set(
    "shares share stake stakes investment investments interest interests job jobs role "
    "post seat seats confidence faith trust belief member members career"
)
PLACE_CUE_NOUNS = frozenset(
    {"city", "town", "village", "region", "province", "state", "capital", "port", "district"}
)
PRONOUNS = word_set(
    "i me my we us our you your he him his she her it its they them their this that "
    "these those who whom whose which what"
)
# Words the model tags as organisations on their own ("Shadow Chancellor", "State").
GENERIC_WORDS = word_set(
    "state states government shadow election general budget bill act parliamentary "
    "national federal central royal county borough city council group company bank "
    "committee commission agency authority board court union party"
)
# Words the model tags as a name when they stand alone, never an actor's whole name: a
# street's abbreviation cut off its name ("Downing St"), the press as a whole ("the
# Media"). In a longer name they stay ("St Helens", "Media Player").
LONE_GENERIC_WORDS = word_set("st st. media")
POSTNOMINALS = frozenset({"MP", "MEP", "MSP", "AM", "QC", "KC", "OBE", "MBE", "CBE", "PhD"})
REPORTING_LEMMAS = word_set("say tell add warn insist explain argue claim write state note tweet")
BYLINE_WORDS = frozenset({"by", "photo", "photograph", "image", "credit", "reporting"})

# A few place names the small model often gets wrong, with their usual aliases. Not a
# gazetteer: only what English news names most, so the common cases are right.
PLACE_ALIASES: dict[str, str] = {
    "us": "United States",
    "u.s.": "United States",
    "usa": "United States",
    "u.s.a.": "United States",
    "america": "United States",
    "united states": "United States",
    "united states of america": "United States",
    "uk": "United Kingdom",
    "u.k.": "United Kingdom",
    "britain": "United Kingdom",
    "great britain": "United Kingdom",
    "united kingdom": "United Kingdom",
    "soviet union": "Soviet Union",
    "ussr": "Soviet Union",
    # wire copy's dotted abbreviations, as in "U.S.": "25 billion H.K. Dlrs", "N.Z. Dlrs"
    "h.k.": "Hong Kong",
    "n.z.": "New Zealand",
}
PLACE_ALIASES_BY_KEY = {name_key(alias): name for alias, name in PLACE_ALIASES.items()}


@cache
def place_aliases() -> dict[str, str]:
    """Name key -> the name to show, for PLACE_ALIASES and the official names of the
    world's countries (ISO 3166-1, from pycountry) that hold the short name: "People's
    Republic of China" is China, "Kingdom of Spain" Spain. A country whose short name
    reads inverted ("Korea, Republic of") or is not inside the official one ("Czechia",
    "Czech Republic") keeps the name the article gives."""
    aliases: dict[str, str] = {}
    for country in pycountry.countries:
        official = getattr(country, "official_name", None)
        short = getattr(country, "common_name", None) or country.name
        # "Kingdom of Spain" holds "Spain"; "Czech Republic" is no official form of "Czechia"
        if official and "," not in short and official != short and short in official:
            aliases[name_key(official)] = short
    aliases.update(PLACE_ALIASES_BY_KEY)
    return aliases


KNOWN_PLACES = word_set(
    """
    kyiv kiev moscow london paris berlin washington beijing tokyo seoul pyongyang delhi
    brussels rome madrid lisbon dublin edinburgh cardiff belfast warsaw vienna prague
    budapest athens ankara istanbul tehran baghdad damascus beirut jerusalem gaza
    cairo riyadh doha dubai kabul islamabad karachi mumbai dhaka bangkok hanoi manila
    jakarta canberra sydney melbourne ottawa toronto montreal havana caracas bogota
    lima santiago brasilia nairobi lagos johannesburg pretoria addis khartoum tripoli
    tunis algiers rabat minsk vilnius riga tallinn helsinki stockholm oslo copenhagen
    amsterdam geneva zurich bern luxembourg bucharest sofia belgrade zagreb sarajevo
    kharkiv odesa odessa mariupol kherson donetsk luhansk bakhmut crimea donbas lviv
    zaporizhzhia avdiivka soledar taipei hong kong shanghai singapore
    ukraine russia china india japan iran iraq syria israel egypt turkey france germany
    italy spain poland canada mexico brazil australia afghanistan pakistan
    """
)
# The world's countries, so that a nationality adjective of any of them ("Kuwaiti
# tankers") is known as one. Names that are also common given names or surnames
# ("Jordan", "Chad", "Georgia") are left out: a person called so must stay a person.
COUNTRIES = word_set(
    """
    albania algeria andorra angola argentina armenia austria azerbaijan bahamas bahrain
    bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana
    brunei bulgaria burundi cambodia cameroon chile colombia comoros congo croatia cuba
    cyprus denmark djibouti dominica ecuador eritrea estonia eswatini ethiopia fiji
    finland gabon gambia ghana greece grenada guatemala guinea guyana haiti honduras
    hungary iceland indonesia ireland jamaica kazakhstan kenya kiribati korea kosovo
    kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania
    madagascar malawi malaysia maldives mali malta mauritania mauritius micronesia
    moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru
    nepal netherlands nicaragua niger nigeria norway oman palau panama paraguay peru
    philippines portugal qatar romania rwanda samoa senegal serbia seychelles slovakia
    slovenia somalia sudan suriname sweden switzerland taiwan tajikistan tanzania
    thailand togo tonga trinidad tunisia turkmenistan tuvalu uganda uruguay uzbekistan
    vanuatu venezuela vietnam yemen zambia zimbabwe scotland wales england swaziland
    """
)
KNOWN_PLACES = KNOWN_PLACES | COUNTRIES | word_set("europe asia africa antarctica oceania")


@cache
def gazetteer() -> frozenset[str]:
    """Names of the world's countries and their subdivisions (states, provinces,
    counties, regions: ISO 3166-1 and 3166-2, from pycountry), casefolded.

    Evidence that a name the model tagged is a place ("New Brunswick", "Portsmouth",
    "Texas"), and that a one-word "place" tagged once with nothing else for it
    ("Hysteria", "Zinedine") is not one. It holds common words too ("Central",
    "Delta"), so it only ever confirms a place label or a place-shaped name.
    """
    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value.casefold())
    names.update(sub.name.casefold() for sub in pycountry.subdivisions)
    return frozenset(names)


@cache
def language_names() -> frozenset[str]:
    """Names of the world's major languages (ISO 639-1, from pycountry), casefolded,
    leaving out those that are also a country's or region's name ("Nauru").

    "learning Hindi", "shot in Hindi and English": the model tags a language as a
    place or a body; a language is never an actor.
    """
    names = set()
    for language in pycountry.languages:
        if getattr(language, "alpha_2", None):
            names.add(re.sub(r"\s*\(.*\)$", "", language.name).casefold())
    return frozenset(names - gazetteer() - KNOWN_PLACES)


@cache
def dictionary_words() -> dict[str, frozenset[str]]:
    """The English words of the model's lemmatizer index by part of speech ("noun",
    "verb", "adj", "adv": WordNet's lemmas, "iron", "maiden", "age", "concern").

    A full name made only of such words and opening with a word that is more than a
    noun ("Iron Maiden", "Age Concern", "Kill Bill") is a band, a title or a body
    unless the text shows a person. WordNet lists famous people as nouns ("Saddam",
    "Hussein", "Powell"), hence the first word's test. Read from the installed
    English pipelines' files (the same WordNet lists in every `en_core_web_*` model);
    empty (the check never fires) if none has them.
    """
    for candidate in sorted(get_installed_models()):
        if not candidate.startswith("en_core_web"):
            continue
        try:
            spec = importlib.util.find_spec(candidate)
        except (ImportError, ValueError):
            continue
        for location in (spec.submodule_search_locations or []) if spec else []:
            for path in sorted(Path(location).glob("*/lemmatizer/lookups/lookups.bin")):
                lookups = Lookups().from_disk(path.parent)
                if not lookups.has_table("lemma_index"):
                    continue
                index = lookups.get_table("lemma_index")
                return {
                    pos: frozenset(index.get(pos, [])) for pos in ("noun", "verb", "adj", "adv")
                }
    return {}


# Nouns for a person of a nation, which the model sweeps into the name that follows
# ("Frenchman Arnaud Clement"): not part of the name, and a sign the name is a person's.
# Words that are also given names ("Finn", "Dane") are left out.
# Party names the model sweeps into the person's name that follows.
PARTY_WORDS = word_set(
    "lib dem dems labour tory tories conservative liberal democrat republican snp ukip "
    "bnp gop plaid"
)
DEMONYM_NOUNS = word_set(
    """
    frenchman frenchwoman englishman englishwoman irishman irishwoman scotsman scotswoman
    welshman welshwoman dutchman dutchwoman briton spaniard swede serb croat kiwi aussie
    countryman countrywoman compatriot
    """
)


@dataclass(eq=False)  # compared by identity: list membership stays cheap
class _Mention:
    """One occurrence of a name, cleaned of articles, titles and possessives."""

    name: str
    start: int  # char offsets of the cleaned name in doc.text
    end: int
    label: str  # spaCy label, "SURNAME" for a scanned surname, "REG" for a registry hit
    n_tokens: int
    roles: list[str] = field(default_factory=list)
    votes: dict[str, float] = field(default_factory=dict)
    title_range: tuple[int, int] | None = None  # char range of a pre-name title
    office: bool = False  # and it is an office, capitalised: "President Obama" (`_office`)
    base: str | None = None  # the type the model's label gave (part of `votes`)
    speaks: bool = False  # subject of a reporting verb, or followed by "who"
    modifier: bool = False  # used as an adjective ("Ukrainian troops")
    body_noun: bool = False  # modifies a body's noun: "the Clinton team", "Kerrang! magazine"
    place_modifier: bool = False  # a place's name before a noun, past the lead: "U.S. dollars"
    context: str | None = None  # the type weak context supports ("flights to X")
    coordinated: bool = False  # joined to another name by "and" or a comma ("X, Y and Z")
    bracketed_after: _Mention | None = None  # "Leisure Software Association (Elspa)"
    after_ticker: bool = False  # ... given after the name's ticker: "A/S <STAT.OL> (Statoil)"
    nickname: tuple[int, int] | None = None  # char range of 'Antonio "LA" Reid''s "LA"
    nickname_name: str | None = None  # and its text
    honorific: str | None = None  # "Mrs" of "Mrs Howard", as written
    kin_of: str | None = None  # "Howard" for "Sandra" in "Michael Howard's wife, Sandra"
    sex: str | None = None  # "m" after "Mr"/"Sir"/"Lord", "f" after "Mrs"/"Ms"/"Dame"
    thing: bool = False  # used as a common thing: "CCTV units", "a super PAC" (`_thing_use`)
    one_of_kind: bool = False  # of those, with an indefinite determiner: "a super PAC"
    product: bool = False  # names a product: "an Intel Celeron chip" (`product_use`)
    acting: bool = False  # the subject of a verb or an owner ("X announced", "X's")
    s_after: str | None = None  # "'s" or "\u2019s" right after the name, as written
    s_in_name: bool = False  # and it is no possessive: "turn McDonald's around"
    other_name_of: int | None = None  # "Jay-Z, real name Shawn Carter": Jay-Z's end offset

    def evidence(self) -> dict[str, float]:
        """The votes from the text itself, without the model's label."""
        found = dict(self.votes)
        if self.base is not None and self.base in found:
            found[self.base] -= 1.0
        return found

    def kind(self) -> str | None:
        """The type this one mention argues for, or None."""
        best = max(ACTOR_TYPE_ORDER, key=lambda k: self.votes.get(k, 0.0))
        return best if self.votes.get(best, 0.0) > 0 else None


@dataclass(eq=False)  # compared by identity: "group in full" must not compare contents
class _Group:
    """Mentions believed to name the same actor."""

    mentions: list[_Mention] = field(default_factory=list)
    entry: RegistryEntry | None = None
    demonym: bool = False  # named after a place of the article ("Kuwaiti", "Kuwait")
    shared_short: bool = False  # the short form of several bodies ("United", two clubs)
    honorific: str | None = None  # shown before a one-word name split off by sex
    lower_used: bool = False  # a one-word name the article also writes in lower case
    recased: bool = False  # "U.S. Dollar" beside "the dollar": a wire's capitals (`_recased`)
    product: bool = False  # the name of a product, or a longer form of one (`_mark_products`)
    surname: bool = False  # the surname of people named in full, joined to none of them

    def vote(self) -> dict[str, float]:
        total: dict[str, float] = defaultdict(float)
        for mention in self.mentions:
            for kind, weight in mention.votes.items():
                total[kind] += weight
        return total

    def evidence(self) -> dict[str, float]:
        """Summed votes from the text itself, the model's labels left out."""
        total: dict[str, float] = defaultdict(float)
        for mention in self.mentions:
            for kind, weight in mention.evidence().items():
                total[kind] += weight
        return total


def extract_actors(doc: Doc, registry: Registry | None = None) -> list[Actor]:
    """People, organisations and places of `doc`, one record per actor, sorted.

    Sorted by type (person, organization, place), then mentions (most first), then name,
    so that pages and JSON are deterministic. A failure is raised, not hidden: the guard in
    `extract_document` reports it, and a result that met one is never cached.
    """
    mentions = _collect_mentions(doc, registry)
    groups = _group_mentions(mentions, registry)
    _mark_demonyms(groups)
    _mark_lower_used(doc, groups)
    _mark_products(groups)
    actors = [_to_actor(group) for group in groups]
    actors = [a for a in actors if a is not None]
    _complete_surnames(doc, actors)
    _complete_given_names(doc, actors)
    actors = actor_spans.merge_spelling_variants(actors, doc_text(doc))
    _add_surname_mentions(doc, actors)
    return sort_actors(actors)


def sort_actors(actors: list[Actor]) -> list[Actor]:
    """Actors in the order pages show them: type, then most mentioned, then name."""
    return sorted(actors, key=lambda a: (ACTOR_TYPE_ORDER.get(a.type, 9), -a.mentions, a.name))


# --- mentions -------------------------------------------------------------------------


def _collect_mentions(doc: Doc, registry: Registry | None) -> list[_Mention]:
    """Cleaned name mentions from the model's entities, plus registry names it missed."""
    mentions: list[_Mention] = []
    covered: set[int] = set()
    doc.user_data.pop(WORK_NAMES_KEY, None)
    for ent in _joined_entities(doc):
        if ent.label_ == "WORK_OF_ART":
            _note_work_of_art(doc, ent)
        if ent.label_ not in ENTITY_LABELS:
            continue
        parts: list[_Mention] = []
        for part in _entity_parts(doc, ent):
            if _case_party(doc, part) or _in_shouted_line(doc, part) or _name_tail(doc, part):
                covered.update(range(part.start, part.end))
                continue
            if _state_named(doc, part):  # "the State of Virginia": the place, however tagged
                part = Span(doc, part.start, part.end, label="GPE")
            mention = _mention_from_span(doc, part)
            if mention is not None:
                parts.append(mention)
                covered.update(range(ent.start, ent.end))
        # a list shares its evidence: "across Durham, Derbyshire, ..."; names glued
        # together (`actor_spans.glued_parts`: "Labour" + "Britain") are of two kinds
        if len(parts) > 1 and len({m.label for m in parts}) == 1:
            for kind in ACTOR_TYPE_ORDER:
                best = max(m.evidence().get(kind, 0.0) for m in parts)
                for m in parts:
                    m.votes[kind] = m.votes.get(kind, 0.0) + best - m.evidence().get(kind, 0.0)
        mentions.extend(parts)
    mentions = _drop_title_parts(mentions)
    mentions = _without_named_works(doc, mentions)
    mentions = _without_cut_names(doc_text(doc), mentions)
    _share_list_types(doc_text(doc), mentions)
    _players_of_sheet_lines(doc_text(doc), mentions)
    _share_product_heads(doc_text(doc), mentions)
    mentions.extend(_untagged_speakers(doc, covered))
    mentions.extend(_firms_of_speakers(doc, mentions))
    parties = _parties_of_roles(doc, mentions)
    # "Liberal" (ORG) and "Democrat" (NORP) of "Liberal Democrat leader": one mention
    mentions = [
        m for m in mentions if not any(p.start <= m.start and m.end <= p.end for p in parties)
    ]
    mentions.extend(parties)
    if registry is not None and registry.entries:
        mentions.extend(_registry_mentions(doc, registry, covered))
    text = doc_text(doc)  # `doc.text` is rebuilt on every access
    _mark_bracketed(text, mentions)
    headline_end = _title_case_headline_end(text)
    body = text[headline_end:]
    tables = _table_lines(text)
    return [
        m
        for m in mentions
        if not _in_link_line(text, m.start)
        and not (m.start < headline_end and not _named_in_body(m.name, body))
        and not any(start <= m.start < end for start, end in tables)
    ]


# A table's cells: two or more spaces apart. A figure's cell: a number or a dash.
_TABLE_GAP = re.compile(r"\s{2,}")
_FIGURE_CELL = re.compile(r"[-+]?[\d.,/]*\d[\d.,/%]*|-{2,}|n/?a|nil|unch|nc", re.IGNORECASE)
_CODE_CELL = re.compile(r"[A-Z]{2,6}")
# A table has more cells on a line than this.
TABLE_MIN_CELLS = 4


# Between the two parties of a court case's name: "Brown v. Board of Education", "Roe
# v. Wade". Written with its full stop, it is a case's (sport writes "Everton v Sunderland"
# and "Trump vs. Clinton", whose sides are actors).
CASE_NAME_JOINER = "v."


def _case_party(doc: Doc, span: Span) -> bool:
    """A name that is one side of a case's name ("Brown", "Board of Education" of "Brown
    v. Board of Education"): it names the case, not an actor of the story. The parties
    of a case the story tells of it names elsewhere, and those mentions stay."""
    after = doc[span.end] if span.end < len(doc) else None
    before = doc[span.start - 1] if span.start > 0 else None
    if after is not None and after.text == CASE_NAME_JOINER:
        other = doc[after.i + 1] if after.i + 1 < len(doc) else None
    elif before is not None and before.text == CASE_NAME_JOINER:
        other = doc[before.i - 1] if before.i > 0 else None
    else:
        return False
    return other is not None and other.text[:1].isupper()


def _name_tail(doc: Doc, span: Span) -> bool:
    """One capitalised common noun after "and" that ends a building's or a body's name:
    "Casino" of "the Sands Hotel and Casino", "Spa" of "Grand Hotel and Spa". The model
    cuts such names at their "and", and the noun alone names nothing. A body's own word
    ("City Hall and Congress") is a name of its own, and stays, as does a place the
    model or the gazetteer knows ("Rhode Island and Connecticut", "Deerfield Beach and
    Hollywood")."""
    if len(span) != 1 or span.start < 2 or not span[0].is_title or span.label_ in {"GPE", "LOC"}:
        return False
    joiner, head = doc[span.start - 1], doc[span.start - 2]
    word = span[0].lower_
    return (
        joiner.lower_ in FIRM_NAME_JOINERS
        and head.is_title
        and head.lower_ in PLACE_HEAD_WORDS
        and word in dictionary_words().get("noun", frozenset())
        and word not in ORG_WORDS
        and not _known_place(span.text)
        and word not in gazetteer()
        and word not in _us_state_names()
    )


def _state_named(doc: Doc, span: Span) -> bool:
    """ "the State of Virginia", "State of New York": the place a US state's or a
    country's name after "State of" names (`state_of_place`), the same actor as
    "Virginia" elsewhere in the story. Other names of that shape are bodies of their own
    ("State of the Union")."""
    start = span.start + (span[0].lower_ == "the")
    return state_of_place(doc[start : span.end].text) is not None


def state_of_place(name: str) -> str | None:
    """The place of a name "State of X" where X is a US state's full name or a
    country's ("State of Virginia" is Virginia), or None."""
    if not name.startswith("State of "):
        return None
    place = name.removeprefix("State of ")
    if place.lower() in _us_state_names() or _country_name(place):
        return place
    return None


# The small words a name in capitals may hold ("BANK OF AMERICA", "THE WEEKLY
# STANDARD"), and "US", which is a pronoun's spelling but a country's initials.
_NAME_SMALL_WORDS = word_lists("function_words")["acronym_skips"] | {"us"}


def _in_shouted_line(doc: Doc, span: Span) -> bool:
    """A name inside a run of words in capitals that holds a stop word no name holds:
    a sentence set in capitals ("SIGN UP FOR OUR NEWSLETTER", "MAKE MEXICO GREAT
    AGAIN"), page furniture or a shouted slogan, whose capitals make the model see
    names. The same name written in the story's own sentences stays."""
    if not all(t.text.isupper() for t in span if any(ch.isalpha() for ch in t.text)):
        return False

    def caps(t: Token) -> bool:
        return t.is_alpha and t.text.isupper()

    start, end = span.start, span.end
    while start > 0 and caps(doc[start - 1]):
        start -= 1
    while end < len(doc) and caps(doc[end]):
        end += 1
    return any(
        t.is_stop and len(t) > 1 and t.lower_ not in _NAME_SMALL_WORDS for t in doc[start:end]
    )


def _table_lines(text: str) -> list[tuple[int, int]]:
    """The character ranges of the lines of `text` that are rows of a table: four or
    more cells two or more spaces apart, half of them figures or dashes (" Evansville
    ---   ---   3.01  ---") or all of them codes (a header: "WHEAT  HRW  HRS  SRW").
    A wire's price table names grades and delivery points, never the story's actors,
    and prose never spaces its words so."""
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if "  " in line.strip():
            cells = _TABLE_GAP.split(line.strip())
            figures = sum(1 for c in cells if _FIGURE_CELL.fullmatch(c))
            if len(cells) >= TABLE_MIN_CELLS and (
                2 * figures >= len(cells) or all(_CODE_CELL.fullmatch(c) for c in cells)
            ):
                found.append((start, end))
        start = end + 1
    return found


def _without_cut_names(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """The mentions, those the model cut from a longer name that the article names in
    full elsewhere made whole: "West" of "the West Ham support" beside "West Ham fans"
    is the club, not a region (and would stand as a place of its own once the club is
    typed a body). The cut mention's votes were read for the wrong words and are
    dropped: the full name's other mentions decide its type."""
    longer: dict[str, list[str]] = defaultdict(list)
    for m in mentions:
        if " " in m.name:
            longer[m.name.split()[0]].append(m.name)
    for m in mentions:
        if " " in m.name:
            continue
        full = next(
            (f for f in sorted(longer.get(m.name, []), key=len) if text.startswith(f, m.start)),
            None,
        )
        if full is not None:
            m.name, m.end, m.n_tokens = full, m.start + len(full), len(full.split())
            m.votes, m.base, m.roles = {}, None, []
    return mentions


# doc.user_data key of the names the article calls works (`_mention_from_span`).
WORK_NAMES_KEY = "briefings_work_names"


def _note_work_of_art(doc: Doc, ent: Span) -> None:
    """A title the model reads as a work where the sentence calls it one ("the film
    Shall We Dance?") is a work's name in its other mentions too ("I'm so proud of
    Shall We Dance", which the model tags as a body): see `_without_named_works`, which
    keeps a mention that shows an actor of its own. The model's label alone is not
    enough: it tags bodies as works too ("slammed the Girl Scouts", "Holly Sugar
    shares")."""
    start = ent.start
    while start < ent.end - 1 and doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    span = doc[start : ent.end]
    name = _clean_name(span.text)
    if (
        name
        and any(c.isupper() for c in name)
        and (_named_as_work(doc, span) or _listed_as_work(span))
    ):
        doc.user_data.setdefault(WORK_NAMES_KEY, set()).add(name)


def _without_named_works(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """The mentions without the other uses of a name the article calls a work once:
    after "Arnold's gritty drama Wasp", "Wasp tells the story of a young mum" names
    the film too, not an actor. A mention that shows an actor of its own (a role, an
    honorific, a body's or a place's words: "Michael Collins, the Irish leader")
    stays; a verb of saying does not ("Wasp tells the story of ..."), nor the shape
    of a person's name: titles are often named after people ("British film Vera
    Drake", then "the award for Vera Drake")."""
    works = doc.user_data.pop(WORK_NAMES_KEY, None)
    if not works:
        return mentions
    return [
        m
        for m in mentions
        if m.name not in works
        or m.roles
        or m.honorific
        or max((v for k, v in m.evidence().items() if k != "person"), default=0.0) >= 3.0
    ]


def _named_in_body(name: str, body: str) -> bool:
    """The name, or its last word as a capitalised word, in the text after a headline:
    "Hillary Clinton" of a headline stays when the body writes "Clinton". A known
    place's name always stays: the body may write it another way. A run holding an
    English word that is no given name ("Hillary Clinton Slams Donald Trump", "Denounces
    Clinton") is the headline's words, not a name, unless the body writes it in full."""
    if name.casefold() in KNOWN_PLACES or name_key(name) in place_aliases():
        return True  # "U.S." of a headline, "United States" in the body
    if name in body:
        return True
    words = name.split()
    if any(
        _common_word(word.casefold()) and word not in GIVEN_NAMES and word not in LISTED_GIVEN_NAMES
        for word in words[:-1]
    ):
        return False
    return re.search(rf"(?<!\w){re.escape(words[-1])}(?!\w)", body) is not None


HEADLINE_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _title_case_headline_end(text: str) -> int:
    """Where a Title Case headline on the first line ends (0 when there is none).

    In a headline that capitalises every longer word ("Obama Power Plant Rules Face Key
    Test In U.S. Court") the model cannot tell names from words, and tags runs of them
    ("Obama Power Plant Rules Face Key Test", "Hillary Asking Moderator"). A name found
    only there is dropped; one the body also writes (in full, or its last word) stays.
    A headline in sentence case ("Hewitt falls to Dent") keeps its names: there
    capitals mark them."""
    end = text.find("\n")
    if end <= 0:
        return 0
    words = [w for w in HEADLINE_WORD.findall(text[:end]) if len(w) >= 4]
    if len(words) < 3 or not all(w[0].isupper() for w in words):
        return 0
    return end


BRACKETED_WORD = re.compile(r"\s*\(\s*([A-Z][\w&.-]{1,15})\s*\)")
# Wire style puts the ticker first, then the short form: "Den Norske Stats Oljeselskap
# A/S <STAT.OL> (Statoil)", "Bank fuer Gemeinwirtschaft AG's <BKFG.F> (BfG)"; a company
# form the model left out of the name may come before the ticker, which the reader
# blanks out (`generator.reading`: a run of spaces in the text the model reads).
TICKER_BRACKETED = re.compile(
    r"(?:['\u2019]s)?(?:\s+[A-Z]{1,3}(?:/[A-Z]{1,2})?\.?)?(?:\s*<[^<>\n]{1,15}>|\s{4,})"
    r"\s*\(\s*([A-Z][\w&.-]{1,15})\s*\)"
)
# A stock ticker in angle brackets right after a name, as wire copy writes a listed
# company's: "Panhandle Eastern <PEL>", "Cabot Corp <CBT>". A company, whatever the
# model's label ("Panhandle Eastern" was a place); as strong as a body's word. The parse
# text holds the ticker blanked (`layout._blank_wire_markup`): a run of spaces inside
# the sentence, which goes on in lower case or punctuation.
TICKER_AFTER = re.compile(r"[ ]{4,}(?=[a-z(,.;:])|[ \t]*<[A-Z][A-Z0-9]{0,5}(?:\.[A-Z]{1,2})?>")
TICKER_VOTE = 5.0

# Wire style gives the short form between commas, after the ticker if there is one:
# "The Commodity Exchange Inc, COMEX, is", "Volkswagen AG <VOWG.F>, VW, plans". The
# sentence goes on in lower case after it; a list's next name ("Ford Motor Co, GM, and
# Chrysler Corp", "Ford, GM, Chrysler") is followed by "and" or a capital.
APPOSED_ACRONYM = re.compile(
    r"\s*(?:<[^<>\n]{1,15}>\s*)?,\s*([A-Z]{2,8})\s*,\s*(?!(?:and|or|nor)\b)(?=[a-z])"
)


def _mark_bracketed(text: str, mentions: list[_Mention]) -> None:
    """A one-word name given in brackets right after a longer name ("... Association
    (Elspa)"): each mention of that word may be its short form (whether or not the
    model tagged the bracketed word itself)."""
    short: dict[str, _Mention] = {}
    after_ticker: set[str] = set()
    for mention in mentions:
        found = (
            BRACKETED_WORD.match(text, mention.end) or APPOSED_ACRONYM.match(text, mention.end)
            if mention.n_tokens >= 2
            else None
        )
        ticker = TICKER_BRACKETED.match(text, mention.end) if mention.n_tokens >= 2 else None
        if found or ticker:
            word = (found or ticker).group(1)
            if word not in short and ticker and not found:
                after_ticker.add(word)
            short.setdefault(word, mention)
    for mention in mentions:
        before = short.get(mention.name)
        if before is not None and mention.n_tokens == 1:
            mention.bracketed_after = before
            mention.after_ticker = mention.name in after_ticker


def _company_suffix(word: str) -> bool:
    """A company suffix as written, capitalised: "Inc", "Ltd", "Corp", "SpA", "AG" (not
    the noun of "the UC Global company")."""
    return word[:1].isupper() and (
        word.lower() in COMPANY_SUFFIXES or word in actor_spans.WIRE_COMPANY_FORMS
    )


# Spans (start, end) of the names `_joined_entities` made whole at their "and": one
# name, never split again at that "and" (`actor_spans.coordinated_names`).
FIRMS_AT_AND_KEY = "briefings_firms_at_and"


def _joined_entities(doc: Doc) -> list[Span]:
    """The model's entities, with two kinds of cut names made whole again.

    A given name the model left out or called a nationality, right before a surname
    it tagged ("Adrian" + "Mutu"; a listed given name only before a surname it tagged
    as a person): the person's full name. An organisation's name cut
    at "for the" / "of the" after an organisation word ("United Nations Office" + "for
    the" + "Coordination of Humanitarian Affairs"): one body.
    """
    ents = list(doc.ents)
    out: list[Span] = []
    firms_at_and: list[list[str]] = []  # the words of names made whole at their "and"
    doc.user_data[FIRMS_AT_AND_KEY] = set()
    i = 0
    while i < len(ents):
        ent = actor_spans.trimmed_at_break(doc, _through_particles(doc, ents[i]))
        ent = actor_spans.cut_name_start(doc, ent, _common_words(), _NOT_NAME_START)
        ent = actor_spans.foreign_body_before(doc, ent)
        if out and ent.start <= out[-1].start and out[-1].end <= ent.end:
            out.pop()  # "Banco" tagged alone before "do Brasil": one name
        run_on = actor_spans.through_portuguese_particle(doc, ent)
        if run_on is not None and _known_whole(run_on):
            ent = run_on
        joined = actor_spans.joined_at_portuguese_particle(doc, out[-1], ent) if out else None
        if joined is not None and _known_whole(joined):
            out.pop()  # "Mato Grosso" + "do" + "Sul"; "Banco" + "do" + "Brasil"
            ent = joined
        if out and out[-1].start == ent.start and out[-1].end < ent.end:
            out.pop()  # "Kentish" tagged alone before "Town": one name
        if out and ent.start < out[-1].end:  # swept into the name before: "Vijver"
            i += 1
            continue
        firm_end = actor_spans.firm_suffix_after(doc, ent, _company_suffix)
        if firm_end > ent.end:  # "Harcourt Brace" + "Jovanovich Inc"
            ent = Span(doc, ent.start, firm_end, label="ORG")
        firm_start = actor_spans.firm_start_before_and(doc, ent, COMPANY_SUFFIXES, _NOT_NAME_START)
        if firm_start < ent.start and (not out or out[-1].end <= firm_start):
            ent = Span(doc, firm_start, ent.end, label="ORG")  # "Cable" + "and Wireless Plc"
            doc.user_data[FIRMS_AT_AND_KEY].add((ent.start, ent.end))
        if ent.label_ == "ORG" and actor_spans.firm_with_and(ent, COMPANY_SUFFIXES):
            firms_at_and.append(ent.text.split())  # "Cable and Wireless Plc", whole
        if ent.label_ in {"PERSON", "ORG", "GPE"} and len(ent) <= 2 and ent.start > 0:
            given = doc[ent.start - 1]
            if (
                (
                    given.text in GIVEN_NAMES
                    or (given.text in LISTED_GIVEN_NAMES and ent.label_ == "PERSON")
                )
                and given.pos_ == "PROPN"
                and given.ent_type_ in {"", "NORP"}
                and given.head.i in range(ent.start, ent.end)
                and given.dep_ in {"compound", "amod", "nmod"}
                and (not out or out[-1].end <= given.i or out[-1].start == given.i)
            ):
                if out and out[-1].end == given.i + 1 and out[-1].start == given.i:
                    out.pop()  # the given name tagged alone as a nationality
                ent = Span(doc, ent.start - 1, ent.end, label="PERSON")
        after = doc[ent.end] if ent.end < len(doc) else None
        if (
            ent.label_ == "NORP"
            and len(ent) == 1
            and ent.text in GIVEN_NAMES
            and after is not None
            and after.pos_ == "PROPN"
            and after.is_title
            and after.ent_type_ == ""
            and ent[0].head.i == after.i
        ):
            ent = Span(doc, ent.start, ent.end + 1, label="PERSON")  # "Adrian" + "Mutu"
        nxt = ents[i + 1] if i + 1 < len(ents) else None
        if (
            nxt is not None
            and ent.label_ == "ORG"
            and nxt.label_ == "ORG"
            and ent[-1].lower_ in ORG_WORDS
            and ent.end < nxt.start  # a name the rules above extended may reach nxt
            and doc[ent.end].lower_ in {"for", "of"}
            and all(t.lower_ == "the" for t in doc[ent.end + 1 : nxt.start])
            and nxt.start - ent.end <= 2
            and nxt[-1].is_title
        ):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))
            i += 2
            continue
        if nxt is not None and actor_spans.firm_continues(
            doc, ent, nxt, COMPANY_SUFFIXES, _common_words()
        ):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "... and Production Inc."
            i += 2
            continue
        if nxt is not None and (
            actor_spans.one_firm_at_and(
                doc, ent, nxt, COMPANY_SUFFIXES, MINISTRY_NOUNS, _common_words()
            )
            or actor_spans.short_form_at_and(doc, ent, nxt, firms_at_and)
        ):
            joined = Span(doc, ent.start, nxt.end, label="ORG")
            out.append(joined)  # "Cable and Wireless Plc", then "Cable and Wireless"
            firms_at_and.append(joined.text.split())
            doc.user_data[FIRMS_AT_AND_KEY].add((joined.start, joined.end))
            i += 2
            continue
        if nxt is not None and actor_spans.foreign_firm_continues(doc, ent, nxt, _company_suffix):
            start = ent.start + (ent[0].lower_ in ORG_INTRO_NOUNS and len(ent) > 1)
            out.append(Span(doc, start, nxt.end, label="ORG"))  # "Bank" + "fuer" + "... AG"
            i += 2
            continue
        if nxt is not None and actor_spans.campus_continues(doc, ent, nxt):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "... at Chapel Hill"
            i += 2
            continue
        if nxt is not None and _body_of_two_places(doc, ent, nxt):
            out.append(Span(doc, ent.start, nxt.end, label="ORG"))  # "... of England and Wales"
            i += 2
            continue
        out.append(ent)
        i += 1
    return out


# Lower-case particles inside surnames: "Walter van der Vijver", "Luiz da Silva".
SURNAME_PARTICLES = frozenset(
    {"van", "von", "de", "der", "den", "da", "di", "du", "del", "della", "dos", "das", "le"}
)


# A surname opening with O' or D' and a capital, either apostrophe: "O\u2019Leary", "D'Amato".
APOSTROPHE_SURNAME = re.compile(r"[OD]['\u2019][A-Z][a-z]+")


def _through_particles(doc: Doc, ent: Span) -> Span:
    """A person's name the model cut after a surname's particle ("Walter van" of
    "Walter van der Vijver"), run on to the capitalised word after the particles; or
    cut before an O'/D' surname it left untagged ("Ann" of "Ann O\u2019Leary")."""
    if (
        ent.label_ == "PERSON"
        and ent.end < len(doc)
        and ent[-1].whitespace_
        and doc[ent.end].ent_iob_ == "O"
        and APOSTROPHE_SURNAME.fullmatch(doc[ent.end].text)
    ):
        return Span(doc, ent.start, ent.end + 1, label="PERSON")
    if ent.label_ != "PERSON" or len(ent) < 2 or ent[-1].text not in SURNAME_PARTICLES:
        return ent
    j = ent.end
    while j < len(doc) and doc[j].text in SURNAME_PARTICLES:
        j += 1
    if j < len(doc) and doc[j].is_title and doc[j].is_alpha:
        return Span(doc, ent.start, j + 1, label="PERSON")
    return ent


def _known_whole(joined: Span) -> bool:
    """Whether `joined`, a name run across a Portuguese particle, is a body's (its head
    noun says so: "Banco do Brasil") or a place the gazetteer holds ("Mato Grosso do
    Sul"); other runs ("Matto Grosso do Sul", "Mato Grosso do Sul: 15 pct Mato Grosso"
    in a table) stay as the model cut them."""
    return (
        joined[0].lower_ in actor_spans.FOREIGN_BODY_HEADS or joined.text.casefold() in gazetteer()
    )


def _body_of_two_places(doc: Doc, ent: Span, nxt: Span) -> bool:
    """ "the Police Federation of England and Wales", "the Law Society of England and
    Wales": a body's name ending "of" and a known place, cut by the model before "and"
    and a second known place that ends the phrase."""
    after = doc[nxt.end] if nxt.end < len(doc) else None
    return (
        ent.label_ == "ORG"
        and nxt.label_ in {"GPE", "LOC"}
        and len(ent) >= 4
        and ent[-2].lower_ == "of"
        and ent[-3].lower_ in ORG_WORDS
        and ent[-1].lower_ in KNOWN_PLACES
        and nxt.start == ent.end + 1
        and doc[ent.end].lower_ == "and"
        and len(nxt) == 1
        and nxt[0].lower_ in KNOWN_PLACES
        and (after is None or after.is_punct or after.pos_ in {"VERB", "AUX"})
    )


LIST_GLUE = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|&\s*)")
# A team sheet's substitutions: "Mills (Bradley Wright-Phillips 83), Dunne".
SUBSTITUTION_GLUE = re.compile(r"\s*\(\s*|\s*(?:\([^()]{0,40})?\d{0,3}\s*\)\s*,\s*")
# Between two names of a team sheet, names the model left out, a captain's mark, a
# semicolon between lines and a player's initial: "Hayes, O'Kelly, O'Connell, S
# Easterby", "M Bortolami (capt); A Persico" are one list whatever the model tagged.
SHEET_GAP = re.compile(
    r"(?:\s*[,;]\s*[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,2})*"
    r"\s*(?:\([a-z]{2,8}\)\s*)?[,;]\s*(?:[A-Z]{1,2}\.?\s+)?"
)


def _share_list_types(text: str, mentions: list[_Mention]) -> None:
    """Names in one list are of one kind: "CNN's Jason Carroll, Ben Brumfield, ...,
    Alexandra Field and Greg Botelho"; "New Brunswick, Prince Edward Island, and
    Newfoundland". A name with no evidence of its own, coordinated in a list of three
    or more, takes the type all the others argue for. The model's labels are noisy, so
    one dissenting member ("Amy Winehouse, Jamelia, Natasha Bedingfield and PJ Harvey",
    half of them tagged places) leaves the list as it is."""
    ordered = sorted(mentions, key=lambda m: m.start)
    # Surnames of the people the article names in full: in a team sheet ("James,
    # Mills, Dunne, ...") they show what the list is made of, whatever the labels.
    surnames = {m.name.split()[-1] for m in mentions if m.n_tokens >= 2 and m.kind() == "person"}
    every: list[list[_Mention]] = []
    run: list[_Mention] = []
    # Lists joined over a gap (`SHEET_GAP`) may only make team sheets' players people:
    # their members' labels say nothing of one another ("Lund" among firms' names).
    gapped: set[int] = set()
    for mention in ordered:
        if run and (
            LIST_GLUE.fullmatch(text, run[-1].end, mention.start)
            or SUBSTITUTION_GLUE.fullmatch(text, run[-1].end, mention.start)
        ):
            run.append(mention)
        elif (
            run
            and _sheet_shaped(run[-1])
            and _sheet_shaped(mention)
            and SHEET_GAP.fullmatch(text, run[-1].end, mention.start)
            and (
                INITIAL_BEFORE.search(text, run[-1].end, mention.start) is not None
                or (_initial_and_surname(run[-1].name) and _initial_and_surname(mention.name))
            )
        ):
            run.append(mention)
            gapped.add(id(run))
        else:
            if run:
                every.append(run)
            run = [mention]
    if run:
        every.append(run)
    runs = [members for members in every if len(members) >= 3]
    sheet = False
    for members in runs:
        kinds = [m.kind() for m in members]
        named = [m.n_tokens == 1 and m.name in surnames for m in members]
        kinds = ["person" if n else k for k, n in zip(kinds, named, strict=True)]
        initials = sum(_initial_and_surname(m.name) for m in members)
        for i, member in enumerate(members):
            if (
                _sheet_shaped(member)
                and kinds[i] != "person"
                and max(member.evidence().values(), default=0.0) < 3.0  # a gazetteer hit
                and (
                    _team_sheet(kinds, named, i) or (initials >= 3 and 2 * initials >= len(members))
                )
            ):
                member.votes, member.base = {"person": 1.0}, "person"
                sheet = True
                continue
            if (
                id(members) in gapped
                or any(v > 0 for v in member.evidence().values())
                or not member.coordinated
            ):
                continue
            others = Counter(kind for j, kind in enumerate(kinds) if j != i)
            kind, agree = others.most_common(1)[0]
            # All the others agree; or, in a long list, three in four of them and at
            # least four ("Pelous, Bruno, ... Chabal" half-tagged as firms in a squad).
            if kind is None or kind == kinds[i]:
                continue
            if len(others) > 1 and not (agree >= 4 and 4 * agree >= 3 * sum(others.values())):
                continue
            if kind == "person" and member.n_tokens < 2:
                continue  # "like Elbit, Candiru, and Rafael": firms the model calls people
            _as_type(member, kind)  # type: ignore[arg-type]
    if sheet:  # the same report's "Subs Not Used: Macken, Weaver, Onuoha, Jordan."
        for members in every:
            if all(m.n_tokens == 1 for m in members) and _after_sheet_label(text, members[0]):
                for member in members:
                    member.votes, member.base = {"person": 1.0}, "person"


# A team sheet's line: players' names (an initial, particles and up to four words),
# separated by commas, semicolons and "/", captains' and substitutes' marks in
# brackets, after an optional short label ("Replacements (from):", "Subs:").
_SHEET_WORD = r"(?:[A-Z][\w'\u2019-]*|van|de|der|den|von|du|le|la|da|di)"
_SHEET_NAME = rf"(?:[A-Z]{{1,2}}\.? )?[A-Z][\w'\u2019-]*(?: {_SHEET_WORD}){{0,3}}"
_SHEET_INITIAL = re.compile(r"[A-Z]{1,2}\.? [A-Z]")
_SHEET_LABEL_OPENING = re.compile(r"(?:[A-Z][a-z]+(?: [a-z]+){0,2})?(?: \([a-z]+\))?:\s*")
_SHEET_SEPARATOR = re.compile(r"\s*[,;/]\s*")
_BRACKETED = re.compile(r"\s*\([^()\n]{0,40}\)")
# A team sheet names more players than this; shorter lists are left to the list rules.
SHEET_MIN_NAMES = 6


def _sheet_lines(text: str) -> list[tuple[int, int]]:
    """The character ranges of the lines of `text` that are team sheets: "Van
    Gisbergen; Lewsey, Erinle, Abbott, Voyce; King, Dawson; ... Dallaglio (capt)." and
    "Replacements (from): Buckland/Cockerill, Morris, Kay, ..." (BBC match reports end
    so). Every part between separators is a name, six or more, and the line holds a
    semicolon, opens with a label or gives every player's initial ("A Titterrell, D
    Bell, S Borthwick, ..."): a line of prose always holds a lower-case word."""
    found: list[tuple[int, int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if sum(line.count(ch) for ch in ",;/") < SHEET_MIN_NAMES - 1:
            start = end + 1
            continue  # too few separators for a sheet: most lines, cheaply
        body = line.strip().rstrip(".")
        label = _SHEET_LABEL_OPENING.match(body)
        if label is not None:
            body = body[label.end() :]
        body = _BRACKETED.sub("", body)
        parts = [p for p in _SHEET_SEPARATOR.split(body) if p]
        if (
            len(parts) >= SHEET_MIN_NAMES
            and (
                ";" in body
                or label is not None
                or all(_SHEET_INITIAL.match(p) for p in parts)  # "A Titterrell, D Bell, ..."
            )
            and all(re.fullmatch(_SHEET_NAME, p) for p in parts)
        ):
            found.append((start, end))
        start = end + 1
    return found


def _players_of_sheet_lines(text: str, mentions: list[_Mention]) -> None:
    """Names on a team sheet's line (`_sheet_lines`) are players, whatever the model
    tagged them ("Abbott" a place, "Greening" a firm). A name in brackets there is a
    club ("M Bortolami (Narbonne)") and is left alone."""
    lines = _sheet_lines(text)
    if not lines:
        return
    for mention in mentions:
        line = next((r for r in lines if r[0] <= mention.start < r[1]), None)
        if line is None:
            continue
        before = text[line[0] : mention.start]
        if before.count("(") > before.count(")"):
            continue  # inside brackets: a club or a substitution's minute
        mention.votes, mention.base = {"person": 1.0}, "person"
        # "S Jones (Clermont Auvergne", "Thompson, Parling": the model ran one name
        # into the club after it or the next name; the player's name ends there
        cut = _SHEET_CUT.search(text, mention.start, mention.end)
        if cut is not None and cut.start() > mention.start:
            mention.end = cut.start()
            mention.name = _clean_name(text[mention.start : mention.end])
            mention.n_tokens = len(mention.name.split())


# Where a player's name ends on a team sheet's line: a bracket or a separator.
_SHEET_CUT = re.compile(r"\s*[(,;/]")


def _share_product_heads(text: str, mentions: list[_Mention]) -> None:
    """Names listed before one product noun share it: "the new Europay, Mastercard and
    Visa credit cards" are three brands of card, not only Visa. A name joined by list
    glue alone (a comma, "and", "or") to the next name of the list, up to a name that
    names a product (`product_use`), names a product too."""
    ordered = sorted(mentions, key=lambda m: m.start)
    for i in range(len(ordered) - 1, 0, -1):
        if not ordered[i].product:
            continue
        j = i
        while j > 0 and LIST_GLUE.fullmatch(text, ordered[j - 1].end, ordered[j].start):
            ordered[j - 1].product = True
            j -= 1


SHEET_LABEL = re.compile(r"(?:[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2})?:\s*")  # or lost: ": X, Y"


# A player's initial the model left out of the name after it ("S Easterby").
INITIAL_BEFORE = re.compile(r"(?<![\w'])[A-Z]{1,2}\.?\s+$")


def _sheet_shaped(mention: _Mention) -> bool:
    """A name as team sheets write players: a surname, or an initial and a surname."""
    return mention.n_tokens == 1 or _initial_and_surname(mention.name)


def _after_sheet_label(text: str, mention: _Mention) -> bool:
    """Whether `mention` opens a line after a short label and a colon ("Subs Not Used:
    ", "Booked: "): a team sheet's line, in a report that has one."""
    line_start = text.rfind("\n", 0, mention.start) + 1
    return SHEET_LABEL.fullmatch(text, line_start, mention.start) is not None


def _team_sheet(kinds: list[str | None], named: list[bool], i: int) -> bool:
    """Whether the list around member `i` is a team sheet ("James, Mills (Bradley
    Wright-Phillips 83), Dunne, Distin, ..."): half the others or more are people, and
    at least three of them surnames of people the article names in full. Its one-word
    names the model calls firms or places are players' surnames."""
    others = [j for j in range(len(kinds)) if j != i]
    people = sum(kinds[j] == "person" for j in others)
    return sum(named[j] for j in others) >= 3 and 2 * people >= len(others)


LIST_SPLIT_LABELS = frozenset({"PERSON", "GPE", "LOC", "FAC"})
PLACE_SPLIT_WORDS = frozenset({"in", "at", "near", "outside"})
# Words between two sides of a fixture: no one name holds them.
MATCH_SPLIT_WORDS = frozenset({"v", "v.", "vs", "vs.", "or"})


# A line that is a fixture or a draw and nothing else: "Newcastle v Tottenham or
# Nottingham Forest", "Burnley or Blackburn v Leicester" (sports pages list ties so).
# Each side is a capitalised name ("of"/"the" may join its words: "Queen of the South").
_SIDE = r"[A-Z][\w'.&-]*(?: (?:of |the |de |of the )?[A-Z][\w'.&-]*){0,3}"
FIXTURE_LINE = re.compile(
    rf"^[ \t]*(?P<home>{_SIDE}(?: or {_SIDE})*) (?:v|vs|v\.|vs\.) "
    rf"(?P<away>{_SIDE}(?: or {_SIDE})*)[ \t]*$",
    re.MULTILINE,
)


def _fixture_sides(doc: Doc) -> frozenset[str]:
    """Names the article lists as sides of a fixture on a line of its own: teams, and
    so organisations, in every sentence of the article, however the model tags them
    ("Tottenham" a person, "Southampton" the town). National sides keep the type of
    their country: "England v France" names the places as well as the teams."""
    cached = doc.user_data.get("fixture_sides")
    if cached is None:
        sides = {
            side
            for match in FIXTURE_LINE.finditer(doc_text(doc))
            for part in ("home", "away")
            for side in match.group(part).rstrip(".").split(" or ")
        }
        cached = frozenset(side for side in sides if not _country_name(side))
        doc.user_data["fixture_sides"] = cached
    return cached


def _fixture_side(doc: Doc, name: str) -> bool:
    """A side of a fixture line, or its fuller club name: "Exeter City" where the draw
    lists "Exeter" (the side's name followed by capitalised common words)."""
    return _side_or_club_of(name, _fixture_sides(doc))


def _side_or_club_of(name: str, sides: frozenset[str]) -> bool:
    """`name` is one of `sides`, or a side's fuller club name ("Exeter City")."""
    if name in sides:
        return True
    return any(
        name.startswith(f"{side} ")
        and all(
            word[:1].isupper() and word not in GIVEN_NAMES and _common_word(word.casefold())
            for word in name[len(side) + 1 :].split()
        )
        for side in sides
    )


def _match_side(doc: Doc, name: str) -> bool:
    """A side of a match in the article's sentences (`actor_cues.match_sides`: "a 3-1
    win over Aston Villa", "the tie between Millwall and Liverpool", "West Ham fans"):
    a team in every sentence, as a fixture line's sides are, and so is its fuller club
    name ("Newry City" beside "beaten 5-1 by Newry"). Not a country (a national
    side keeps its country's type) nor a US state ("Sanders' California supporters"
    are voters of the state, which stays a place), nor a name opening with a given name
    (a player or a singer: "Tim Henman fans"), nor the surname of a person the article
    names in full ("Sanders supporters" beside "Bernie Sanders")."""
    cached = doc.user_data.get("match_sides")
    if cached is None:
        surnames = _surnames_of_full_names(doc)
        states = _us_state_names()
        cached = frozenset(
            side
            for side in actor_cues.match_sides(doc_text(doc))
            if not _country_name(side)
            and side.casefold() not in states
            and side.split()[0] not in GIVEN_NAMES
            and side not in surnames
        )
        doc.user_data["match_sides"] = cached
    return _side_or_club_of(name, cached)


def _surnames_of_full_names(doc: Doc) -> frozenset[str]:
    """The last words of the full names the model tags as people, opening with a given
    name or at least with no English word, place or acronym ("Donald Trump", not
    "Manchester United"): "Trump supporters" beside "Donald Trump" are a politician's,
    not a club's fans."""
    return frozenset(
        words[-1]
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and 2 <= len(words := ent.text.split()) <= 4
        and all(w[:1].isupper() for w in words)
        and (
            _given_name_led_full(ent.text)
            or not (_common_word(words[0].casefold()) or _body_or_place_shaped(ent.text))
        )
    )


@cache
def _countries() -> frozenset[str]:
    """Country names, casefolded: known places' countries, ISO 3166-1 and aliases."""
    names = {c.name.casefold() for c in pycountry.countries}
    names.update(getattr(c, "common_name", "").casefold() for c in pycountry.countries)
    return frozenset(names | COUNTRIES | set(PLACE_ALIASES))


def _country_name(name: str) -> bool:
    return name.casefold() in _countries() or name_key(name) in place_aliases()


def _entity_parts(doc: Doc, ent: Span) -> list[Span]:
    """The names an entity span holds: one, or several when the model swept a list
    ("Nottinghamshire, Derbyshire, Leicestershire") or a located place ("Golden Temple
    in Amritsar") into one. Organisation names keep their "and"s ("Marks and Spencer"),
    and their commas unless each part is one word or an organisation's name on its own
    ("Medical School, University of London")."""
    dash = next((t.i for t in ent[1:-1] if t.text in {"-", "--"}), None)
    if dash is not None and _story_dateline_head(doc, ent, dash):
        # "ROME - Bernie Sanders": the story's place, then the name the model ran it into;
        # its label was the whole span's, so a given name and a surname make a person
        rest = doc[dash + 1 : ent.end]
        words = rest.text.split()
        person = _given_name_led_full(rest.text) or (
            2 <= len(words) <= 3 and words[0] in MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES
        )
        return [
            Span(doc, ent.start, dash, label="GPE"),
            Span(doc, dash + 1, ent.end, label="PERSON" if person else ent.label_),
        ]
    person = _person_inside(doc, ent)
    if person is not None:  # "at GDC Mr Allard, who heads": two names, the second a person
        return [Span(doc, ent.start, person.start, label=ent.label_), person]
    country = _country_after_person(doc, ent)
    if country is not None:  # "Manaspas Xuto of Thailand": the person, then the country
        return [Span(doc, ent.start, country.start - 1, label="PERSON"), country]
    glued = actor_spans.glued_parts(doc, ent, _party_words(), _known_place)
    if glued is None:
        glued = actor_spans.possessive_parts(doc, ent, _person_name_words, ORG_WORDS)
    if glued is None and (ent.start, ent.end) in doc.user_data.get(FIRMS_AT_AND_KEY, ()):
        return [ent]  # "Cable and Wireless", made whole at its "and"
    if glued is None:
        glued = actor_spans.coordinated_names(
            doc, ent, ORG_WORDS, COMPANY_SUFFIXES, _common_words()
        )
    if glued is not None:
        return glued
    if len(ent) < 3 or ent.label_ not in {*LIST_SPLIT_LABELS, "ORG"}:
        return [ent]
    # "Vladimir V. Putin": a capital between a person's names is a middle initial
    sides = [
        t.i
        for t in ent[1:-1]
        if t.lower_ in MATCH_SPLIT_WORDS and not (ent.label_ == "PERSON" and t.is_title)
    ]
    if sides:  # "Everton v Sunderland", "Hartlepool or Boston": fixtures, two sides
        cuts = sides
    elif ent.label_ == "ORG":
        cuts = [t.i for t in ent[1:-1] if t.text in {",", ";"}]
    else:
        cuts = [
            t.i
            for t in ent[1:-1]
            if t.text in {",", ";"}
            or t.lower_ == "and"
            or (ent.label_ != "PERSON" and t.lower_ in PLACE_SPLIT_WORDS)
        ]
    if not cuts:
        return [ent]
    parts: list[Span] = []
    start = ent.start
    for cut in [*cuts, ent.end]:
        if cut > start:
            parts.append(Span(doc, start, cut, label=ent.label_))
        start = cut + 1
    if not all(any(t.pos_ == "PROPN" for t in part) for part in parts):
        return [ent]  # "the Department of Trade and Industry": one name after all
    if (
        ent.label_ == "ORG"
        and not sides
        and not all(len(p) == 1 for p in parts)
        and not all(any(t.lower_ in ORG_WORDS for t in p) for p in parts)
    ):
        return [ent]  # "Department for Environment, Food and Rural Affairs"
    return parts


def _person_name_words(words: list[str]) -> bool:
    """Words that make a person's full name: a given name first ("Maria Bartiromo")."""
    return _given_name_led_full(" ".join(words))


def _country_after_person(doc: Doc, ent: Span) -> Span | None:
    """The country a person's span runs on into after "of": "Manaspas Xuto of Thailand"
    (the delegate's country, said the way wire copy introduces a chairman). Only after a
    name of two words or more with no title in it, and only a country: "Prince Michael
    of Kent" and "Lord Owen of Plymouth" keep their style."""
    if ent.label_ != "PERSON" or len(ent) < 4:
        return None
    of = next((t.i for t in ent if t.lower_ == "of"), None)
    if of is None or of - ent.start < 2 or of + 1 >= ent.end:
        return None
    name = doc[ent.start : of]
    if not all(t.is_title for t in name) or any(t.lower_ in _NOT_NAME_START for t in name):
        return None
    country = Span(doc, of + 1, ent.end, label="GPE")
    return country if _country_name(country.text) else None


# Honorifics that never stand inside a name: one there opens a second name, a person's.
INNER_HONORIFICS = frozenset({"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr."})


def _person_inside(doc: Doc, ent: Span) -> Span | None:
    """The person's name an entity swept in after another name at an honorific ("GDC
    Mr Allard": the model ran a conference's name into the man speaking there), or None."""
    for t in ent[1:-1]:
        if t.lower_ in INNER_HONORIFICS and t.is_title and doc[t.i + 1].is_title:
            return Span(doc, t.i, ent.end, label="PERSON")
    return None


def _in_link_line(text: str, start: int) -> bool:
    """Whether `start` is on a "Read more: <headline>" line, a link to another story."""
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start : line_start + 12].casefold()
    return head.startswith(("read more", "related:", "see also", "watch:", "read:"))


def _untagged_speakers(doc: Doc, covered: set[int]) -> list[_Mention]:
    """People the model missed but the grammar names: "said Isabelle Kronawitter".

    A two- or three-word capitalised proper-noun subject of a reporting verb, outside any
    entity, is a person in news text.
    """
    found: list[_Mention] = []
    for token in doc:
        if (
            token.dep_ != "nsubj"
            or token.i in covered
            or token.pos_ != "PROPN"
            or not token.is_title
            or token.head.lemma_ not in REPORTING_LEMMAS
        ):
            continue
        spaced = _spaced_apostrophe_name(doc, token, covered)
        if spaced is not None:
            found.append(spaced)
            continue
        if any(c.dep_ == "det" for c in token.children):
            continue  # "The Islamic State said": a body; a person's name takes no article
        parts = [c for c in token.lefts if c.dep_ == "compound"]
        titles = _leading_title_parts(parts)
        parts = parts[len(titles) :]  # "Patrol Chief James Hall said": the title goes
        honorific = bool(parts) and parts[0].lower_ in HONORIFICS
        style = honorific and parts[0].lower_ in STYLE_TITLES
        if honorific and not style:
            parts = parts[1:]  # "Ms Ensler": the surname alone, merged later
        if not (parts or honorific) or len(parts) > (3 if style else 2):
            continue
        start = parts[0].i if parts else token.i
        span = doc[start : token.i + 1]
        if any(i in covered for i in range(span.start, span.end)):
            continue
        name_part = span[1:] if style else span
        if not all(
            t.pos_ == "PROPN" and t.is_title and t.lower_ not in TITLE_WORDS for t in name_part
        ):
            continue
        mention = _Mention(
            _clean_name(span.text), span.start_char, span.end_char, "PERSON", len(span)
        )
        mention.votes = {"person": 5.5 if honorific else 1.5}
        mention.base = "person"
        mention.speaks = True
        _add_roles(doc, span, mention, titles)
        found.append(mention)
        covered.update(range(span.start, span.end))
    return found


_MASTHEAD_WORDS = word_lists("speaker_words")["masthead_words"]
_COLUMN_NOUNS = word_lists("speaker_words")["column_nouns"]


def _masthead_end(doc: Doc, start: int, end: int, ent_end: int) -> int:
    """Where a paper's name ends inside a name run on into its column's: "The New York
    Times Market Place column said" is The New York Times (its Market Place column
    speaks for it). Only before a column noun, and only at the last masthead word
    ("Times", "Journal") that does not end the name already."""
    if ent_end >= len(doc) or doc[ent_end].lower_ not in _COLUMN_NOUNS:
        return end
    for i in range(end - 2, start, -1):
        if doc[i].lower_ in _MASTHEAD_WORDS and doc[i].is_title:
            return i + 1
    return end


#: Letters that open an Irish or Norman surname before an apostrophe ("O'Neill", "D'Arcy").
_APOSTROPHE_PREFIXES = frozenset({"O", "D"})


def _spaced_apostrophe_name(doc: Doc, surname: Token, covered: set[int]) -> _Mention | None:
    """ "Rory O' Neill, editor of ..., said": a name typed with a space after its
    apostrophe, which the parser splits into an owner ("O'") and a noun ("Neill"), so
    that no entity covers it. A given name, the prefix glued to the apostrophe, a space,
    and the capitalised rest, as the subject of a reporting verb: the person, under the
    name as it is spelt ("Rory O'Neill")."""
    i = surname.i
    if i < 3 or any(j in covered for j in range(i - 3, i + 1)):
        return None
    given, prefix, mark = doc[i - 3], doc[i - 2], doc[i - 1]
    if mark.text not in {"'", "\u2019"} or prefix.text not in _APOSTROPHE_PREFIXES:
        return None
    if prefix.whitespace_ or not mark.whitespace_ or not given.whitespace_:
        return None
    if not (given.is_title and given.is_alpha) or given.lower_ in TITLE_WORDS:
        return None
    honorific = given.lower_.rstrip(".") in HONORIFICS
    span = doc[i - 2 if honorific else i - 3 : i + 1]  # "Mr O' Neill": the surname alone
    spelt = f"{prefix.text}{mark.text}{surname.text}"
    spelt = spelt if honorific else f"{given.text} {spelt}"
    mention = _Mention(_clean_name(spelt), span.start_char, span.end_char, "PERSON", len(span))
    mention.votes = {"person": 5.5 if honorific else 1.5}
    mention.base = "person"
    mention.speaks = True
    _add_roles(doc, span, mention, [])
    covered.update(range(span.start, span.end))
    return mention


# The last words of a firm's name: "Ltd", "Inc", "Corp" (data/company_words.toml).
COMPANY_SUFFIXES = actor_spans.COMPANY_SUFFIXES
# Words that may join the words of a firm's name after "of": "Butcher and Singer",
# "Smith Barney, Harris Upham" is two names and is left alone.
FIRM_NAME_JOINERS = word_lists("function_words")["pair_joiners"]


def _firms_of_speakers(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """Firms named only as where a speaker works, which the model leaves untagged or
    swept with the speaker into one entity of another kind: "Chris Callies of Dean
    Witter said", "Thom Brown of Butcher and Singer said" (wire copy's way of naming an
    analyst). The speaker must be a person mention and the subject of a reporting
    verb, and the firm a capitalised run of proper nouns outside any actor entity, not
    a known place ("Smith of Texas said" names a state), and not the end of one firm's
    name ("Gold Fields of South Africa Ltd said") unless a given name opens the
    speaker's."""
    tagged = {i for e in doc.ents if e.label_ in ENTITY_LABELS for i in range(e.start, e.end)}
    taken = {(m.start, m.end) for m in mentions}
    found: list[_Mention] = []
    for mention in mentions:
        if mention.kind() != "person":
            continue
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.end >= len(doc) - 1:
            continue
        prep = doc[span.end]
        if prep.lower_ not in {"of", "at"} or prep.head.i not in range(span.start, span.end):
            continue
        if span.root.dep_ != "nsubj" or span.root.head.lemma_ not in REPORTING_LEMMAS:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        if not objects:
            continue
        words = sorted(objects[0].subtree, key=lambda t: t.i)
        firm = doc[words[0].i : words[-1].i + 1]
        if len(words) != len(firm) or firm.start != prep.i + 1:
            continue  # not one run right after "of"
        if firm.end < len(doc) and doc[firm.end].is_title:
            continue  # "of Mansion House Securities": the parse cut the name short
        if not (
            all((t.pos_ == "PROPN" and t.is_title) or t.lower_ in FIRM_NAME_JOINERS for t in firm)
            and firm[0].pos_ == "PROPN"
            and firm[-1].pos_ == "PROPN"
            and not any(t.i in tagged for t in firm)
        ):
            continue
        name = _clean_name(firm.text)
        lowered = name.casefold()
        if firm[-1].lower_ in COMPANY_SUFFIXES and not _given_name_led_full(mention.name):
            continue  # "Gold Fields of South Africa Ltd said": one firm's whole name
        if lowered in KNOWN_PLACES or lowered in gazetteer() or name in GIVEN_NAMES:
            continue
        if (firm.start_char, firm.end_char) in taken:
            continue
        found.append(_Mention(name, firm.start_char, firm.end_char, "ORG", len(firm)))
        found[-1].votes = {"organization": 3.0}
        found[-1].base = "organization"
    return found


# Parties by canonical name, with the forms news writes them in as a noun ("the
# Tories") and as a modifier ("a Tory spokesman"); the same data the speaker resolver
# reads (generator/extract/speakers.py).
PARTY_NAMES = word_lists("party_names")
PARTY_ADJECTIVES = word_lists("party_adjectives")


@cache
def _party_words() -> frozenset[str]:
    """One-word forms of the parties' names and adjectives: "labour", "tory", "snp"."""
    forms = [*PARTY_NAMES.values(), *PARTY_ADJECTIVES.values()]
    return frozenset(f for group in forms for f in group if "_" not in f)


@cache
def _party_name_words() -> frozenset[str]:
    """One-word names of parties (data/party_names.toml): "Labour", "Tories", "SNP".
    The model tags "Labour claims" as a person; no person is called so."""
    return frozenset(f for forms in PARTY_NAMES.values() for f in forms if "_" not in f)


def _known_place(name: str) -> bool:
    """A country or a place the lexicon knows ("Britain", "UK"), for `actor_spans`."""
    return name.casefold() in KNOWN_PLACES or _country_name(name)


@cache
def _common_words() -> frozenset[str]:
    """Every English word of the lemmatizer's index (lower case): see `dictionary_words`."""
    index = dictionary_words()
    return frozenset().union(*index.values()) if index else frozenset()


# Words that never open a name the model cut: titles, honorifics, nouns for a person
# or a body ("President Bush", "Mr Rose", "software giant Apple"), and the function
# words of `actor_spans`.
_NOT_NAME_START = (
    TITLE_WORDS | HONORIFICS | STYLE_TITLES | PERSON_NOUNS | ORG_INTRO_NOUNS
    | actor_spans.NOT_NAME_START
)  # fmt: skip


def _party_named(name: str) -> str | None:
    """The canonical name of the party `name` is a name of ("Labour", "the Tories",
    "Lib Dems" -> "Labour Party", "Conservative Party", "Liberal Democrats"), or None.

    One party, one actor page across the archive, under the name its speakers get
    (data/party_names.toml): an article that writes only "Labour" must not make a
    "Labour" page beside the "Labour Party" of the next one. The article's own form
    stays an alias."""
    words = [w.casefold() for w in bare_name(name).split()]
    form = "_".join(words[1:] if words[:1] == ["the"] else words)
    return next((party for party, forms in PARTY_NAMES.items() if form in forms), None)


def _party_form(span: Span) -> str | None:
    """The canonical party whose modifier form the words are ("Tory", "Lib Dem")."""
    form = "_".join(t.lower_ for t in span)
    return next((p for p, forms in PARTY_ADJECTIVES.items() if form in forms), None)


def _parties_of_roles(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """The party named by its adjective in a person's role: "Tory leader Michael
    Howard", "Liberal Democrat deputy leader Menzies Campbell", "a Conservative MP". The
    model calls the adjective a nationality or group (NORP), which is never an actor,
    so a party named only so was missing from the article's actors. Only the parties
    and forms of data/party_adjectives.toml count, and only before a role noun: "a
    Conservative said" names a member, "Labour costs" no party. The mention takes the
    name the article gives the party elsewhere ("Labour", "the Conservatives"), so that
    it joins that actor under the name it shows already, else the canonical name; never
    a bare adjective form ("a Conservative said" is a member, not the party)."""
    written = [(m.name, m.label == "NORP") for m in mentions]
    found: list[_Mention] = []
    for ent in doc.ents:
        if ent.label_ != "NORP" or not all(t.is_title for t in ent):
            continue
        start = ent.start
        if start > 0 and doc[start - 1].is_title and doc[start - 1].head.i == ent.root.i:
            start -= 1  # "Liberal Democrat": the model tags "Democrat" alone
        party = _party_form(doc[start : ent.end])
        if party is None:
            start, party = ent.start, _party_form(ent)
        role = ent.root.head
        if (
            party is None
            or role.i < ent.end
            or ent.root.dep_ not in {"compound", "amod", "nmod"}
            or not (role.is_lower or role.text.rstrip("s") in POSTNOMINALS)
            or not {role.lower_, role.lemma_.lower()} & TITLE_WORDS
            or any(not t.is_lower for t in doc[ent.end : role.i])
        ):
            continue
        forms = {_key(party), *(_key(f.replace("_", " ")) for f in PARTY_NAMES[party])}
        used = [(w, norp) for w, norp in written if _key(w) in forms]
        # the name the actor shows already; a party the model only ever calls a group
        # ("the Tories" as NORP) is no actor yet, and gets its canonical name
        name = _fullest([w for w, _ in used]) if not all(n for _, n in used) else party
        mention = _Mention(name, doc[start].idx, ent.end_char, "ORG", ent.end - start)
        mention.votes = {"organization": 6.0}  # the party's word: decisive, as "Party" is
        mention.base = "organization"
        found.append(mention)
    return found


def _leading_title_parts(parts: list[Token]) -> list[Token]:
    """The capitalised title words before a speaker's given name and surname ("Patrol
    Chief" of "Patrol Chief James Hall said"), or none: they must end in a title word
    and leave a given name (of the lexicon) and a surname."""
    last = max((i for i, t in enumerate(parts) if t.lower_ in TITLE_WORDS), default=-1)
    rest = parts[last + 1 :]
    if last < 0 or len(rest) != 1 or rest[0].text not in GIVEN_NAMES:
        return []
    return parts[: last + 1]


def _drop_title_parts(mentions: list[_Mention]) -> list[_Mention]:
    """Drops "Defense" of "U.S. Defense Secretary Lloyd Austin": a title is not an actor.

    Places stay ("U.S."): the country is still mentioned.
    """
    ranges = [m.title_range for m in mentions if m.title_range is not None]
    nicknames = [m.nickname for m in mentions if m.nickname is not None]
    if not ranges and not nicknames:
        return mentions
    return [
        m
        for m in mentions
        if (m.label in {"GPE", "LOC"} or not any(s <= m.start and m.end <= e for s, e in ranges))
        and not any(s <= m.start and m.end <= e for s, e in nicknames)
    ]


# What kind of place a name is, written after it in lower case: "Aceh province",
# "Kurdistan region". Not "state" ("Washington state" is not Washington) nor "county"
# ("Orange county" is not Orange), whose name alone is another place or a firm.
PLACE_KIND_AFTER = word_set("province provinces region district prefecture governorate oblast")


def _place_kind_after(token: Token) -> bool:
    """Whether `token` is a lower-case word for a kind of place ending a place's span."""
    return token.is_lower and token.lower_ in PLACE_KIND_AFTER


def _story_dateline_head(doc: Doc, ent: Span, dash: int) -> bool:
    """Whether the span opens with a story's dateline that the model ran into the name
    after it: "ROME - Bernie Sanders met privately with Pope Francis" at a paragraph's
    start, the place in capitals before a dash spaced on both sides. The name is what
    follows the dash; left whole, the span was no name at all and the person's one full
    mention was lost."""
    head = doc[ent.start : dash]
    text = doc_text(doc)
    line_start = text.rfind("\n", 0, ent.start_char) + 1
    return (
        not text[line_start : ent.start_char].strip()
        and sum(c.isalpha() for c in head.text) >= 3
        and head.text.isupper()
        and bool(doc[dash - 1].whitespace_)
        and bool(doc[dash].whitespace_)
        and doc[dash + 1].is_title
    )


def _mention_from_span(doc: Doc, ent: Span) -> _Mention | None:
    """The cleaned mention of an entity span with its type votes and roles, or None."""
    dash = next((t.i for t in ent if t.text in {"-", "--"} and t.i > ent.start), None)
    head_end = doc[dash - 1].idx + len(doc[dash - 1]) if dash is not None else ent.end_char
    if actor_spans.dateline(doc_text(doc), ent.start_char, head_end):
        # "    LONDON - Cargill U.K. Ltd said": where a wire item was filed; the model
        # may run the dateline into the name after it ("WASHINGTON - Kuwait")
        if dash is not None and dash + 1 < ent.end:
            return _mention_from_span(doc, Span(doc, dash + 1, ent.end, label=ent.label_))
        return None
    if ent.label_ != "PERSON":
        named = _person_after_title(doc, ent)
        if named is not None:  # "Balco boss Victor Conte" tagged as one organisation
            return _mention_from_span(doc, named)
    place = _place_before_plural(doc, ent)
    if place is not None:  # "U.S. Officials": the officials of the United States
        return _mention_from_span(doc, place)
    start, end = ent.start, ent.end
    title_tokens: list[Token] = []
    # Leading articles, honorifics and titles that the model put inside the entity.
    while start < end - 1 and (
        doc[start].lower_ in {"the", "a", "an"}
        or doc[start].lower_ in HONORIFICS
        or (ent.label_ == "PERSON" and _is_title_token(doc[start]))
    ):
        if doc[start].lower_ not in {"the", "a", "an"}:
            title_tokens.append(doc[start])
        start += 1
    if start < end and doc[start].lower_ in {"the", "a", "an"}:
        return None
    # A word of the sentence the model swept in ("Besides Lahav"): not part of a name.
    while (
        start < end - 1
        and (doc[start].pos_ in LEADING_NON_NAME_POS or _function_word(doc[start]))
        and not _capitalised_inside(doc[start])  # "Just Add Monsters" keeps "Just"
        and not _opens_name_elsewhere(doc, start)  # "First Interstate" said, at the start
    ):
        start += 1
    if start < end - 1 and doc[start].lower_ in DEMONYM_NOUNS:
        start += 1  # "Frenchman Arnaud Clement": the name is what follows
    if ent.label_ == "PERSON":  # "Billionaire Donald Trump" opening a sentence
        start = _descriptor_before_given_name(doc, start, end)
        start = _verb_before_name(doc, start, end)
    if ent.label_ != "PERSON":
        start = _after_place_possessive(doc, start, end)
    if ent.label_ == "PERSON":
        # "Lib Dem Norman Baker", "Tory Michael Howard": the party is not in the name.
        party = start
        while party < end and doc[party].lower_ in PARTY_WORDS and doc[party].is_title:
            party += 1
        if party > start and end - party >= 2:
            start = party
        # "Minister of Mines and Energy Subroto": the model took the portfolio's last
        # word into the name; it belongs to the office before it.
        office_end = _office_words_end(doc, start, end)
        if office_end > start:
            title_tokens.extend(doc[start:office_end])
            start = office_end
    elif start == ent.start:
        # "the Finance and Economy Ministry": the model left out the first portfolio.
        start = _portfolio_start(doc, start, end)
    if ent.label_ != "PERSON":
        end = _through_cut_name(doc, end)
    # "Alexander Fang - show", "Korea Development Bank - one": a name ends at a spaced
    # dash, and at a match score ("Gaston Gaudio 5-7 6-1 6-4").
    for i in range(start + 1, end):
        spaced_dash = doc[i].text in {"-", "\u2013", "\u2014"} and doc[i - 1].whitespace_
        if spaced_dash or _score_at(doc, i):
            end = i
            break
    # A name holds no verb: "United seemed home" is "United" and the sentence after it.
    # The particle of "Banco do Brasil" is no verb "do" (`actor_spans.foreign_body_before`).
    for i in range(start + 1, end):
        if (
            doc[i].is_lower
            and doc[i].pos_ in {"VERB", "AUX"}
            and not actor_spans.particle_inside_name(doc, i, end)
        ):
            end = i
            break
    if ent.label_ != "PERSON":
        end = _masthead_end(doc, start, end, ent.end)
    # "George Bush-style", "Nato-led": a hyphened lower-case word makes an adjective of
    # the name before it; the name ends at the hyphen. Not a syllable of a person's
    # given name, which the tagger reads as part of the name: "Kim Jong-un".
    if (
        end - start >= 3
        and doc[end - 2].text == "-"
        and doc[end - 1].is_lower
        and not doc[end - 3].whitespace_
        and not doc[end - 2].whitespace_
        and (ent.label_ != "PERSON" or doc[end - 1].pos_ != "PROPN")
    ):
        end -= 2
    # Trailing possessives, punctuation, post-nominal letters ("Paul Boateng MP") and
    # lower-case function words no name ends with ("United through").
    while end > start and (
        doc[end - 1].lower_ in {"'s", "\u2019s", "'", "\u2019"}
        or doc[end - 1].is_punct
        or (doc[end - 1].is_lower and doc[end - 1].pos_ in TRAILING_NON_NAME_POS)
        or (end - start > 2 and doc[end - 1].text in POSTNOMINALS)
        or (ent.label_ == "PERSON" and any(ch.isdigit() for ch in doc[end - 1].text))
    ):
        end -= 1
    if end <= start:
        return None
    nickname, name_end = None, end
    if ent.label_ == "PERSON":
        nickname = _nickname_inside(doc, start, end)
        if nickname is None and end == ent.end:
            nickname = _nickname_after(doc, end)
            name_end = nickname.end + 2 if nickname is not None else end
    if nickname is not None:  # 'Antonio "LA" Reid': the name is given name and surname
        while (  # the model may stop inside a hyphenated name: 'Ryu "Keria" Min-seok'
            name_end + 1 < len(doc)
            and doc[name_end].text == "-"
            and not doc[name_end - 1].whitespace_
            and not doc[name_end].whitespace_
            and doc[name_end + 1].is_alpha
        ):
            name_end += 2
        given = _clean_name(doc[start : nickname.start - 1].text)
        name = f"{given} {_clean_name(doc[nickname.end + 1 : name_end].text)}"
        full = doc[start:name_end]
        mention = _Mention(name, full.start_char, full.end_char, "PERSON", len(full) - 2)
        mention.votes = {"person": 3.0}
        mention.base = "person"
        mention.nickname = (nickname.start_char, nickname.end_char)
        mention.nickname_name = nickname.text
        _add_roles(doc, full, mention, title_tokens)
        mention.speaks = _speaks(full)
        return mention
    kind_after = (
        ent.label_ in {"GPE", "LOC"} and end - start >= 2 and _place_kind_after(doc[end - 1])
    )
    if kind_after:
        end -= 1  # "Aceh province": the place is "Aceh", one actor with "Aceh"
    span = doc[start:end]
    name = _clean_name(span.text)
    if not _plausible_name(name, span) or _hyphen_fragment(doc, span):
        return None
    if ent.label_ == "PERSON" and _is_byline(doc, ent.start - len(title_tokens)):
        return None
    if _title_fragment(span):
        return None
    if _listed_as_work(span) or _named_as_work(doc, span) or _quoted_title(span, ent.label_):
        doc.user_data.setdefault(WORK_NAMES_KEY, set()).add(name)  # see `_named_works`
        return None
    if (
        actor_cues.unit_after_number(doc, span)
        or actor_cues.event_name(name)
        or actor_cues.contest_name(name)
        or (actor_cues.contest_before_head(doc, span) and not _known_place(name))
        or (actor_cues.law_name(name) and name.split()[0] not in GIVEN_NAMES)
    ):
        return None  # "(96 KM)", "the Gulf war", "the Heineken Cup", "the Patriot Act"
    style = _style_title(doc, span, title_tokens, ent.label_)
    if style is not None:
        if title_tokens and title_tokens[-1].i == style.i:
            title_tokens = title_tokens[:-1]
        prefix = actor_cues.style_prefix(doc, style)
        if prefix is not None:  # "Crown Prince Abdullah", as he is known
            if title_tokens and title_tokens[-1].i == prefix.i:
                title_tokens = title_tokens[:-1]
            style = prefix
        span = doc[style.i : end]
        name = _clean_name(span.text)
    mention = _Mention(
        name, span.start_char, span.start_char + len(span.text), ent.label_, len(span)
    )
    mention.votes = _type_votes(doc, span, ent.label_, name)
    if TICKER_AFTER.match(doc_text(doc), span.end_char):  # "Panhandle Eastern <PEL>"
        mention.votes["organization"] = mention.votes.get("organization", 0.0) + TICKER_VOTE
    if kind_after:  # the word cut off says what the name is
        mention.votes["place"] = mention.votes.get("place", 0.0) + PLACE_CUE_VOTE
    mention.base = BASE_TYPES.get(ent.label_)
    styled_person = (
        style is not None
        and max(mention.votes.get("organization", 0.0), mention.votes.get("place", 0.0)) < 3.0
    )  # not "Prince Charles Hospital"
    if any(t.lower_ in HONORIFICS for t in title_tokens) or styled_person:
        mention.votes["person"] = mention.votes.get("person", 0.0) + 4.0
    if ent.label_ in {"PERSON", "ORG", "NORP"} or mention.votes.get("person"):
        _add_roles(doc, span, mention, title_tokens)
    if (mention.roles or any(t.lower_ in HONORIFICS for t in title_tokens)) and _place_led(
        span, ent.label_, name
    ):  # "comedian Victoria Wood": a person after all
        mention.votes["organization"] = mention.votes.get("organization", 0.0) - PLACE_LED_VOTE
    mention.honorific = _honorific(doc, span, title_tokens)
    mention.kin_of = _kin_surname(doc, span)
    mention.other_name_of = _other_name_of(doc, span)
    if mention.honorific is not None:
        word = mention.honorific.casefold()
        mention.sex = "m" if word in MALE_HONORIFICS else "f"
    mention.speaks = _speaks(span)
    mention.modifier = len(span) == 1 and span[0].pos_ == "ADJ"
    mention.body_noun = _names_org_noun(doc, span)
    mention.place_modifier = ent.label_ in {"GPE", "LOC"} and _place_as_modifier(doc, span)
    mention.thing = _thing_use(doc, span)
    # "a Trenton, New Jersey, native": the model hangs the article on a place's name
    mention.one_of_kind = mention.thing and ent.label_ not in {"GPE", "LOC"} and _one_of_kind(span)
    if span.end < len(doc) and doc[span.end].lower_ in {"'s", "\u2019s"}:
        mention.s_after = doc[span.end].text
        mention.s_in_name = _s_in_name(doc, span)
    mention.acting = _acting(doc, span)
    mention.product = product_use(span)
    mention.context = _context_type(doc, span, ent.label_)
    mention.coordinated = span.root.dep_ in {"conj", "appos"} or any(
        c.dep_ == "conj" for c in span.root.children
    )
    return mention


NAME_JOINS = frozenset({"and", "of", "for", "&"})


def _through_cut_name(doc: Doc, end: int) -> int:
    """Where a name the model cut after a joining word ends: "Center for Strategic and"
    + "International Studies" is one body's name. A name never ends with "and", "of"
    or "for"; capitalised words outside any entity right after them are the rest of it
    (a run of words that are themselves another entity is a second name: "the IMF and"
    + "World Bank" is left alone)."""
    if doc[end - 1].lower_ not in NAME_JOINS:
        return end
    stop = end
    while (
        stop < len(doc)
        and doc[stop].ent_iob_ == "O"
        and doc[stop].pos_ == "PROPN"
        and doc[stop].is_title
        and not doc[stop].is_sent_start
    ):
        stop += 1
    return stop


NICKNAME_QUOTES = frozenset({'"', "\u201c", "\u201d", "'", "\u2018", "\u2019"})


def _descriptor_before_given_name(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts when the entity opens with a capitalised English
    word that describes the person, followed by a given name and a surname: a sentence
    opening "Billionaire Donald Trump has ..." or "Model Sophie Dahl"; else `start`."""
    words = [t for t in doc[start:end] if t.is_alpha]
    if len(words) < 3 or words[0].i != start:
        return start
    first, given = words[0], words[1]
    if any(not t.is_space for t in doc[first.i + 1 : given.i]) or not first.whitespace_:
        return start  # "Jean-Bernard Raimond": one hyphened given name
    if (
        first.is_title
        # "Hillary Rodham Clinton": a given name before a maiden name, no descriptor
        and first.text not in GIVEN_NAMES | MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES
        and first.lower_ not in TITLE_WORDS
        and first.lower_ not in HONORIFICS
        and first.lower_ not in STYLE_TITLES  # "Sheikh Abdul-Rahman": a style, kept
        and _common_word(first.lower_)
        and (
            given.text in GIVEN_NAMES
            or given.text in MALE_GIVEN_NAMES
            or given.text in FEMALE_GIVEN_NAMES
            or given.text in LISTED_GIVEN_NAMES
        )
    ):
        return given.i
    return start


def _verb_before_name(doc: Doc, start: int, end: int) -> int:
    """Where a person's name starts when the entity opens a sentence with an English
    verb's -ing form: a subheading's "Asserting Clinton's role as ...", "Celebrating
    Clinton ...". Never a given name ("Sterling", "Channing"); else `start`."""
    first = doc[start]
    word = first.lower_
    if end - start < 2 or not first.is_sent_start or not word.endswith("ing"):
        return start
    if first.text in GIVEN_NAMES | LISTED_GIVEN_NAMES | MALE_GIVEN_NAMES | FEMALE_GIVEN_NAMES:
        return start
    verbs = dictionary_words().get("verb", frozenset())
    stem = word[:-3]
    stems = {stem, stem + "e"} | ({stem[:-1]} if len(stem) > 2 and stem[-1] == stem[-2] else set())
    return start + 1 if stems & verbs and doc[start + 1].is_title else start


def _after_place_possessive(doc: Doc, start: int, end: int) -> int:
    """Where a body's or site's name starts after a place in the possessive that the
    model took in: "Bristol's Old Vic Theatre School", "the United Kingdom's Ministry of
    Defense". "People's Republic of China" and "Guy's Hospital" keep theirs."""
    for i in range(start + 1, end - 1):
        if doc[i].lower_ not in {"'s", "\u2019s"}:
            continue
        owner = _clean_name(doc[start:i].text)
        key = owner.casefold()
        places = gazetteer()
        if key in KNOWN_PLACES or key in places or f"{key}, city of" in places:
            return i + 1
        return start
    return start


def _nickname_inside(doc: Doc, start: int, end: int) -> Span | None:
    """The quoted nickname inside a person entity ('Liu "Crisp" Qing-Song'), or None:
    one or two capitalised words in quotation marks after the first word, with the
    rest of the name after them."""
    if end - start < 5 or doc[start + 1].text not in NICKNAME_QUOTES:
        return None
    for size in (1, 2):
        close = start + 2 + size
        inner = doc[start + 2 : close]
        if (
            close < end - 1
            and doc[close].text in NICKNAME_QUOTES
            and all(t.is_alpha and (t.is_title or t.is_upper) for t in inner)
            and doc[close + 1].is_title
        ):
            return inner
    return None


def _nickname_after(doc: Doc, end: int) -> Span | None:
    """The quoted nickname between a given name and a surname ('Antonio "LA" Reid'), or
    None: one or two capitalised words in quotation marks, then a capitalised proper
    noun that no other entity holds, on the same line."""
    for size in (1, 2):
        close = end + 1 + size
        if close + 1 >= len(doc) or doc[end].text not in NICKNAME_QUOTES:
            return None
        inner = doc[end + 1 : close]
        if (doc[close].text == doc[end].text or doc[close].text in NICKNAME_QUOTES) and all(
            t.is_alpha and (t.is_title or t.is_upper) for t in inner
        ):
            surname = doc[close + 1]
            if (
                surname.pos_ == "PROPN"
                and surname.is_title
                and surname.is_alpha
                and surname.ent_type_ in {"", "PERSON"}
                and not any("\n" in t.whitespace_ for t in doc[end - 1 : close + 1])
            ):
                return inner
    return None


def _office_phrase_before(doc: Doc, start: int) -> bool:
    """Whether the words right before token `start` end an office's list of portfolios:
    "Minister of Mines and": a title word, "of", capitalised words and commas, then
    "and" right before. ("manager of Johnny Cash" names no portfolio.)"""
    if start < 4 or doc[start - 1].lower_ not in {"and", "&"}:
        return False
    i = start - 1
    while i > 0 and (doc[i].is_title or doc[i].lower_ in {"and", "&", ","}):
        if doc[i].ent_type_ in {"PERSON", "GPE", "ORG"} and doc[i].ent_iob_ != "":
            return False
        i -= 1
    return i > 0 and doc[i].lower_ == "of" and doc[i - 1].lower_ in TITLE_WORDS


def _office_words_end(doc: Doc, start: int, end: int) -> int:
    """Where the name starts after the office words a person entity swept in.

    Only inside an office's "of" phrase ("Minister of Mines and Energy Subroto"), and
    only common English words, never a given name: at least one word stays.
    """
    if not _office_phrase_before(doc, start):
        return start
    i = start
    while (
        i < end - 1
        and doc[i].is_title
        and doc[i].text not in GIVEN_NAMES
        and _common_word(doc[i].lower_)
    ):
        i += 1
    return i


def _portfolio_start(doc: Doc, start: int, end: int) -> int:
    """The start of a ministry's name whose first portfolios the model left out: "the
    Finance and Economy Ministry", "the Culture, Media and Sport Department".

    The entity must end in a ministry noun; the words before it are "the", then
    capitalised common words joined by commas and one "and", none of them a name.
    """
    if doc[end - 1].lower_ not in MINISTRY_NOUNS or start < 3 or doc[start - 1].lower_ != "and":
        return start
    i = start - 2
    while i >= 0 and (
        doc[i].text == ","
        or (
            doc[i].is_title
            and doc[i].lower_ != "the"
            and not doc[i].ent_type_
            and _common_word(doc[i].lower_)
        )
    ):
        i -= 1
    first = i + 1
    if first >= start - 1 or not doc[first].is_title or i < 0 or doc[i].lower_ != "the":
        return start
    return first


def _person_after_title(doc: Doc, ent: Span) -> Span | None:
    """The person's name inside an entity that holds a title before it: "Balco boss
    Victor Conte", "MSP Karen Whitefield". A lower-case title word (or an upper-case
    one: "MSP") followed by two or three capitalised proper nouns that end the
    entity, the first of them a given name or no English word: no body's name reads
    so."""
    for i in range(ent.start, ent.end - 1):
        token = doc[i]
        if token.lower_ not in TITLE_WORDS or not (token.is_lower or token.is_upper):
            continue
        rest = doc[i + 1 : ent.end]
        # one word after the title only where a body's name stands before it and the
        # word is no English word nor a place: "Barcelona star Ronaldinho"
        alone = (
            len(rest) == 1
            and i > ent.start
            and token.is_lower
            and rest[0].text not in GIVEN_NAMES
            and not _known_place(rest[0].text)
        )
        if (
            (2 <= len(rest) <= 3 or alone)
            and all(t.pos_ == "PROPN" and t.is_title for t in rest)
            and (rest[0].text in GIVEN_NAMES or not _common_word(rest[0].lower_))
        ):
            return Span(doc, i + 1, ent.end, label="PERSON")
        return None
    return None


def _opens_name_elsewhere(doc: Doc, i: int) -> bool:
    """Whether the capitalised word at `i` and the name's word after it are written
    together elsewhere in the article too, inside a sentence: "First Interstate Bancorp
    said ... not owned by First Interstate". The word is then the name's own, not a
    word of the sentence the model swept in ("Besides Lahav" once)."""
    if i + 1 >= len(doc) or not doc[i].is_title:
        return False
    pair = f"{doc[i].text} {doc[i + 1].text}"
    text = doc_text(doc)
    for found in re.finditer(re.escape(pair), text):
        if found.start() == doc[i].idx:
            continue
        before = text[: found.start()].rstrip()
        if before and before[-1].isalpha() and before[-1].islower():
            return True
    return False


def _plural_of_common_noun(word: str) -> bool:
    """ "officials", "agencies", "warships": the plural of an English noun, and no
    body's word ("airways", "industries" end firms' names)."""
    if not word.endswith("s") or word in ORG_WORDS:
        return False
    stems = [word[:-1], word[:-2] if word.endswith("es") else ""]
    if word.endswith("ies"):
        stems.append(word[:-3] + "y")
    return any(stem and _common_word(stem) for stem in stems)


def _place_before_plural(doc: Doc, ent: Span) -> Span | None:
    """The place of an entity that is a place's abbreviation and a common word: "U.S.
    Officials", "U.S. Warships", "U.S. Rose", "U.S. Dlrs", "U.S. Credit markets" (a wire
    capitalises the word after the abbreviation's full stop). A plural names people or
    things of the place; any other English word or wire abbreviation is the sentence
    going on. A body's word keeps the name ("U.S. Airways", "U.S. Industries", "the
    U.S. Treasury"), and so does a firm whose full name the article gives with a company
    suffix ("U.S. Home Corp" ... "U.S. Home said")."""
    start, end = ent.start, ent.end
    if doc[start].lower_ == "the" and end - start > 1:
        start += 1  # "the U.S. Rose"
    while end > start + 1 and doc[end - 1].is_punct:
        end -= 1  # "U.S. Institutions'"
    first, rest = doc[start], doc[start + 1 : end]
    if (
        len(rest) != 1
        or not first.text.endswith(".")
        or not _known_place(first.text)
        or not all(t.is_title for t in rest)
    ):
        return None
    word = rest[-1].lower_
    if not _plural_of_common_noun(word) and (
        word in ORG_WORDS
        or word in actor_spans.COUNTRY_BODIES
        or not (word in actor_spans.WIRE_WORDS or _common_word(word))
        or _firm_named_with_suffix(doc, doc[start:end].text)
    ):
        return None
    return Span(doc, start, start + 1, label="GPE")


def _firm_named_with_suffix(doc: Doc, name: str) -> bool:
    """Whether the article gives `name` with a company suffix after it ("U.S. Home Corp")."""
    for found in re.finditer(re.escape(name) + r"\s+([A-Za-z]+\.?)", doc_text(doc)):
        if found.group(1).lower() in COMPANY_SUFFIXES:
            return True
    return False


def _place_as_modifier(doc: Doc, span: Span) -> bool:
    """A place's name that only qualifies the noun after it ("US dollars", "U.S. credit
    markets", "the U.S. District Court"), outside the article's opening sentence.

    An article that names a place only so is not about it, and an editor would strike it
    from the actors (`_to_actor`); the opening sentence says what the story is about,
    so a place named there stays ("U.S. oil demand rose 2.1 pct")."""
    root = span.root
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    return (
        root.dep_ in {"compound", "amod", "nmod"}
        and root.head.i >= span.end
        and root.head.pos_ in {"NOUN", "PROPN"}
        # "the Tokyo area", "the New England states", "Gulf countries": places still
        and root.head.lemma_.lower() not in PLACE_CUE_NOUNS | {"area", "country", "nation"}
        # "in US dollars"; but "the Assembly in Pyongyang agricultural production will
        # rise": the parse hung the place on a noun further on
        and (root.head.i == span.end or before not in PLACE_CUE_WORDS | PLACE_ROUTE_WORDS)
        # "ROME - Bernie Sanders met ...": a dateline, whatever the parse hangs it on
        and not (
            span.text.isupper()
            and span.end < len(doc)
            and doc[span.end].text in {"-", "--"}
            and bool(span[-1].whitespace_)
        )
        and span.sent.start
        != 0  # the first sentence starts the doc (not doc.sents: it walks every token)
    )


def _score_at(doc: Doc, i: int) -> bool:
    """A match score or a set starts at token `i` ("5-7", "2-0"): no name holds one."""
    return (
        i + 2 < len(doc)
        and doc[i].is_digit
        and doc[i + 1].text in {"-", "\u2013"}
        and not doc[i].whitespace_
        and not doc[i + 1].whitespace_
        and doc[i + 2].is_digit
    )


COMPASS_WORDS = frozenset({"north", "south", "east", "west", "central"})


def _compass_part_of_place(words: list[str]) -> bool:
    """A known place and a compass word after it, or "Mid-" before it ("Edinburgh
    South", "Bristol East", "Mid-Bedfordshire"): a part of the place, such as an
    electoral constituency, and a place itself, not a body."""
    if len(words) == 2 and words[1] in COMPASS_WORDS:
        return words[0] in KNOWN_PLACES or words[0] in gazetteer()
    if len(words) == 1 and words[0].startswith("mid-"):
        return words[0][4:] in KNOWN_PLACES or words[0][4:] in gazetteer()
    return False


def _set_scores_after(doc: Doc, span: Span) -> bool:
    """Two or more set scores right after a name, one of them won 6 or 7 games ("Potito
    Starace 6-1 7-6 (7-5)"): the scores of a tennis match, whose sides are players. A
    team takes one score ("beat Sheffield United 2-1"), so one score says nothing."""
    i, sets, tennis = span.end, 0, False
    while _score_at(doc, i):
        sets += 1
        tennis = tennis or doc[i].text in {"6", "7"} or doc[i + 2].text in {"6", "7"}
        i += 3
        if i + 4 < len(doc) and doc[i].text == "(" and _score_at(doc, i + 1):
            i += 5 if doc[i + 4].text == ")" else 4  # a tie-break: "7-6 (7-5)"
    return sets >= 2 and tennis


# Head nouns of a government body named after its portfolios ("Trade and Industry
# Department").
MINISTRY_NOUNS = frozenset({"ministry", "department", "office", "committee", "commission"})

TITLE_LINKS = frozenset({"of", "in", "on", "at"})


def _function_word(token: Token) -> bool:
    """A stop word that is no given name ("Besides", tagged a proper noun inside
    "(Besides Lahav"), where "Will Smith" and "May" keep their first word."""
    return (
        token.is_stop
        and token.is_title  # "US Airways Express" keeps "US"
        and token.lower_ not in MODAL_WORDS
        and token.text not in GIVEN_NAMES
        and token.text.title() not in GIVEN_NAMES
    )


# Stop words that are also given names ("Will Smith", "Theresa May", "Can Bartu").
MODAL_WORDS = frozenset({"will", "may", "might", "can", "must", "shall", "should", "would"})


def _capitalised_inside(token: Token) -> bool:
    """A capitalised word within a sentence, after a word: part of a name."""
    if not token.is_title or token.is_sent_start or token.i == 0:
        return False
    prev = token.doc[token.i - 1]
    return not (prev.is_punct or prev.is_space or "\n" in prev.whitespace_)


def _title_fragment(span: Span) -> bool:
    """The last word of a title the model cut: "Hat" of "the Cat in the Hat balloon",
    "Rings" of "Lord of the Rings". One word after "the" and a preposition that follow
    a capitalised word the model left out of every entity."""
    if len(span) != 1 or span.start < 3:
        return False
    doc = span.doc
    the, link, head = doc[span.start - 1], doc[span.start - 2], doc[span.start - 3]
    return (
        the.lower_ == "the"
        and link.lower_ in TITLE_LINKS
        and head.is_title
        and not head.is_sent_start
        and head.ent_type_ == ""
        and head.lower_ not in TITLE_WORDS
        and head.lower_ not in HONORIFICS
    )


def _listed_as_work(span: Span) -> bool:
    """A name given as an instance of works or products: "role playing games such as
    Knights of the Old Republic", "films like Taxi Driver", "the author of several
    books, including Goliath and The Management of Savagery" (where the list hangs on
    the author of the works). A title, not an actor."""
    node = span.root
    for _ in range(8):
        if node.dep_ != "conj" or node.head is node:
            break
        node = node.head
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


INITIAL = re.compile(r"[A-Z]\.?")


def _initial_and_surname(name: str) -> bool:
    """ "M Bortolami", "S. Parisse": one initial and a capitalised word that is no
    English word, as team sheets and bylines write people."""
    parts = name.split()
    return (
        len(parts) == 2
        and INITIAL.fullmatch(parts[0]) is not None
        and parts[1][:1].isupper()
        and not parts[1].isupper()
        and not _common_word(parts[1].casefold())
    )


def _listed_as_kind(span: Span) -> str | None:
    """The type a name has as an instance of a plural noun for people or bodies:
    "actors, including Hugh Laurie, Stephen Fry and Miranda Richardson" (people),
    "bands such as Motorhead, Judas Priest and Prodigy" (bodies); None otherwise."""
    node = span.root
    for _ in range(8):
        if node.dep_ != "conj" or node.head is node:
            break
        node = node.head
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
    if any(n.pos_ == "NOUN" and n.is_lower and n.lemma_.lower() in WORK_NOUNS for n in nouns):
        return True
    i = span.start - 1
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
    if i < 0:
        return False
    before = doc[i]
    if before.pos_ == "ADJ" and before.lower_ in TITLE_NOUNS:
        # "the single Hey Joe", "the Abba musical Mamma Mia!" tagged as adjectives: a
        # title only where the name ends the phrase ("a single Rooney goal" is a goal)
        after = doc[span.end] if span.end < len(doc) else None
        return after is None or (
            (after.is_punct or after.pos_ not in {"NOUN", "PROPN"}) and not _clause_subject(span)
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


def _clause_subject(span: Span) -> bool:
    """The name opens a relative clause on the noun before it: "the film Hugh Grant
    turned down" names an actor who did something to the film."""
    root = span.root
    return root.dep_ in {"nsubj", "nsubjpass"} and root.head.dep_ in {"relcl", "acl"}


OPENING_QUOTES = frozenset({'"', "\u201c", "'", "\u2018"})
CLOSING_QUOTES = frozenset({'"', "\u201d", "'", "\u2019"})
# Quotation marks as some papers type them: two apostrophes, or two backticks.
DOUBLED_QUOTES = frozenset({"''", "``"})


def _quoted_title(span: Span, label: str) -> bool:
    """A run of capitalised words the model calls a person, alone inside quotation
    marks: "so are ''Prison Break'' and ''Gilmore Girls.''", 'the hit "Desperate
    Housewives"'. Papers quote the titles of works so; a person's name is not quoted
    (a nickname inside a name, 'Antonio "LA" Reid', is read before this)."""
    doc = span.doc
    if label != "PERSON" or len(span) < 2 or not all(t.text[:1].isupper() for t in span):
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
    return tag is None or not (tag.lower_ in PRONOUNS or tag.lemma_.lower() in REPORTING_LEMMAS)


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


BASE_TYPES = {"PERSON": "person", "ORG": "organization", "GPE": "place", "LOC": "place"}
LEADING_NON_NAME_POS = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "PART"})
TRAILING_NON_NAME_POS = frozenset({"ADP", "ADV", "SCONJ", "CCONJ", "DET", "PRON", "AUX", "VERB"})


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


def _speaks(span: Span) -> bool:
    """Whether the name acts as someone who speaks: "X said", "X, who ...", "X told"."""
    root = span.root
    # Walk on only through the rest of a name the model cut ("Tony" of "Tony Blair"):
    # a name modifying a noun or another entity ("Manchester United manager Sir Alex
    # Ferguson said", "Labour spokesman said") is not the one who speaks.
    while (
        root.dep_ in {"compound", "flat"}
        and root.head.i != root.i
        and root.head.pos_ == "PROPN"
        and root.head.ent_type_ == ""
    ):
        root = root.head
    if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ in REPORTING_LEMMAS:
        return True
    doc = span.doc
    after = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    return after < len(doc) and doc[after].lower_ == "who"


def _clean_name(text: str) -> str:
    """Normalise whitespace and apostrophes ("O' Neill" -> "O'Neill"); strip a
    trailing possessive."""
    text = re.sub(r"[()\[\]<>]", " ", text)  # "Ato (Boldon)", wire copy's "<Bond Corp>"
    text = " ".join(text.split())
    # "Donald Trump\u2018s": an opening mark typed for the apostrophe is a possessive too
    text = re.sub(r"(?:['\u2019\u2018]s|['\u2019])$", "", text).strip()
    return _SPACED_APOSTROPHE.sub(r"\1\2", text)  # "Rory O' Neill" is Rory O'Neill


#: An Irish or Norman surname's prefix typed with a space after its apostrophe.
_SPACED_APOSTROPHE = re.compile(r"\b([OD])(['\u2019]) (?=[A-Z])")


# A number and "percent" inside a name: the model ran a name on into a share ("Clinton
# leading Trump 47.3 percent to 44.4 percent", "gave Patriot 13 percent of its reserves").
PERCENT_IN_NAME = re.compile(r"\s\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)", re.IGNORECASE)


# The word before "Time" in a time zone's name ("Eastern Standard Time").
TIME_ZONE_WORDS = actor_spans.WORDS["time_zone_words"]


def _plausible_name(name: str, span: Span) -> bool:
    """Drops junk the model tags: single letters, numbers, URLs, pronouns, common words."""
    if len(name) < 2 or not any(ch.isalpha() for ch in name):
        return False
    if not name[0].isupper() and not name[0].isdigit():
        return False
    lowered = name.casefold()
    if lowered in HONORIFICS or (lowered in PRONOUNS and not _country_initials(name)):
        return False
    if "http" in lowered or "www." in lowered or "@" in name or "/" in name:
        return False
    if sum(ch.isdigit() for ch in name) > len(name) // 2:
        return False
    if all(w.strip(".") in GENERIC_WORDS or w in TITLE_WORDS for w in lowered.split()):
        return False
    if lowered in LONE_GENERIC_WORDS:
        return False
    if all(w in COMPANY_FORM_WORDS for w in lowered.split()):
        return False  # "the AG's complaint": a company form (or the attorney general)
    if PERCENT_IN_NAME.search(name):
        return False  # "leading Trump 47.3 percent to 44.4": a share, the model ran on
    words = lowered.split()
    if len(words) >= 2 and words[-1] == "time" and words[-2] in TIME_ZONE_WORDS:
        return False  # "Eastern Standard Time": a time zone
    first = span[0]
    if (
        len(span) == 1
        and first.ent_type_ == "PERSON"
        and first.i > 0
        and first.doc[first.i - 1].lower_ in {"the", "a", "an"}
        and first.dep_ not in {"compound", "amod", "poss"}
    ):
        return False  # "the Bill": legislation, not a person
    # A real name holds a proper noun or an acronym, or is capitalised mid-sentence;
    # "Strategies" at a sentence start is a common noun the model tagged.
    if any(t.pos_ == "PROPN" or (t.is_upper and len(t) > 1) for t in span):
        return True
    first = span[0]
    prev = first.doc[first.i - 1] if first.i > 0 else None
    return not (first.is_sent_start or prev is None or prev.is_punct or prev.is_space)


def _country_initials(name: str) -> bool:
    """Whether a name that spells a pronoun is a country's initials: "US" is the United
    States, never "us" (the model tags it a place; the pronoun is written in lower case)."""
    return name.isupper() and name_key(name) in place_aliases()


def _is_byline(doc: Doc, start: int) -> bool:
    """A name right after "By" or "Photo:" at the start of a line is a credit, not an actor."""
    i = start - 1
    while i >= 0 and doc[i].is_punct and doc[i].text in {":", "|", "-", "("}:
        i -= 1
    if i < 0 or doc[i].lower_ not in BYLINE_WORDS:
        return False
    return i == 0 or "\n" in doc[i - 1].text_with_ws or doc[i - 1].is_space


def _is_title_token(token: Token) -> bool:
    """An honorific or a capitalised title word ("Mr", "Dr", "President", "Minister")."""
    lowered = token.lower_
    return lowered in HONORIFICS or (
        (token.is_title or (token.is_upper and len(token) > 1)) and lowered in TITLE_WORDS
    )  # "MSP Karen Whitefield", "CEO Jane Smith"


def _type_votes(doc: Doc, span: Span, label: str, name: str) -> dict[str, float]:
    """Evidence for each type from the label, the words of the name and its context."""
    votes: dict[str, float] = defaultdict(float)
    if label in BASE_TYPES:
        votes[BASE_TYPES[label]] += 1.0
    elif label == "FAC":
        votes["place"] += 0.5
        votes["organization"] += 0.25
    words = [w.casefold().strip(".,") for w in name.split()]
    shaped = True  # the words of the name say what it is
    if len(words) == 2 and words[0] in SIDE_WORDS and words[1] in {"bank", "banks"}:
        votes["place"] += 3.0  # "West Bank", "Left Bank": the side of a river
    elif len(words) >= 2 and name_key(name) in place_aliases():
        pass  # "Soviet Union", "Union of the Comoros": a country, whatever its words say
    elif (
        len(words) >= 2
        and words[-1] in PLACE_HEAD_WORDS
        and label in {"ORG", "FAC"}
        and _speaks(span)
    ):  # "Downing Street said", "the Elysee Palace said": those who work there
        votes["organization"] += 3.0
    elif (
        len(words) >= 2
        and words[-1] in PLACE_HEAD_WORDS
        and words[-1] not in ORG_WORDS
        and not {"of", "for"} & set(words)
        and not _given_name_led(name, label)
    ):
        votes["place"] += 3.0  # "College Station", "Parliament Square": the last word rules
    elif (
        any(w in ORG_WORDS for w in words[:-1])
        # "Elizabeth Banks", "Charlotte Church" tagged as people: a given name and a
        # surname that happens to be a body's word
        or (words[-1] in ORG_WORDS and not _given_name_led(name, label))
        or (len(words) >= 2 and all(w in PARTY_WORDS for w in words))
        or (len(words) == 1 and words[0] in _party_name_words())
        # "Banco do Brasil", "Banque Nationale de Paris": a body's head noun in its language
        or (len(words) >= 2 and words[0] in actor_spans.FOREIGN_BODY_HEADS)
    ):
        votes["organization"] += 5.0  # "Liberal Democrats", "Lib Dem", "Labour": a party
    elif len(words) >= 2 and words[-1] in PLACE_HEAD_WORDS and not _given_name_led(name, label):
        votes["place"] += 3.0  # "Trafalgar Square", "Ben Gurion Airport"
    elif _compass_part_of_place(words):
        votes["place"] += 5.0  # "Edinburgh South", "Mid-Bedfordshire": a constituency
    elif len(words) >= 2 and words[-1] in EVENT_HEAD_WORDS:
        votes["organization"] += 3.0  # "London Marathon": its organisers, not a place
    else:
        shaped = False
    lowered = name.casefold()
    place_name = lowered in KNOWN_PLACES or name_key(name) in place_aliases()
    listed_place = not place_name and lowered in gazetteer()
    if _place_led(span, label, name):
        votes["organization"] += PLACE_LED_VOTE  # "Sheffield United", "Leeds Rhinos"
    elif not shaped and not place_name and not listed_place:
        votes["person"] += _person_shape(doc, span, name, label)
    if (
        label != "PERSON"
        and not (shaped or place_name or listed_place)
        and _uncommon_full_name(name.split())
        and _set_scores_after(doc, span)
    ):
        votes["person"] += 4.0  # "beat Gaston Gaudio 5-7 6-1 6-4": a tennis player
    if label != "PERSON" and not shaped and _initial_and_surname(name):
        votes["person"] += 3.0  # "M Bortolami (Narbonne)": a team sheet's player
    if label == "PERSON" and _capitals_only(span):
        votes["organization"] += 3.0  # "NATO", "BBC" tagged as people
    elif label == "PERSON" and len(span) >= 2 and span[0].is_upper and len(span[0]) >= 3:
        votes["organization"] += 3.0  # "BBC Sport Wales": initials of a person are shorter
    if label == "PERSON" and len(span) == 1:
        votes["person"] -= 0.5  # a lone word is weak evidence of a person
    if (
        label == "PERSON"
        and len(span) >= 2
        and not any(w in ORG_WORDS for w in words)
        and _speaks(span)
    ):
        votes["person"] += 3.0  # "Ellie Hall tweeted": someone speaking, not a hall
    if label == "PERSON" and _plural_subject(span):
        votes["organization"] += 5.0  # "Black Sabbath have topped": a band, not a person
    if place_name:
        votes["place"] += 2.5
    elif listed_place and (
        label in {"GPE", "LOC", "FAC"}
        or (label == "PERSON" and len(words) >= 2 and name.split()[0] not in GIVEN_NAMES)
    ):
        votes["place"] += 2.5  # "New Brunswick" tagged as a person: an ISO region
    if _has_place_cue(doc, span):
        votes["place"] += PLACE_CUE_VOTE
    if (
        actor_cues.constituency(doc, span)
        or actor_cues.located(doc, span)
        or actor_cues.dateline(doc, span)
    ):  # "MP for Hornsey", "the road to Rawandiz", "SYRACUSE, N.Y. - The last time"
        votes["place"] += DECISIVE["place"]
    if (
        label in {"PERSON", "ORG"}
        and not place_name
        and not listed_place
        and actor_cues.body_plural_before(doc, span)
    ):
        votes["organization"] += DECISIVE["organization"]  # "auditors Arthur Andersen"
    if _and_company_after(doc, span):
        votes["organization"] += 5.0  # "S.G. Warburg and Co Inc": a firm's name
    if _fixture_side(doc, name) or (label != "PERSON" and _match_side(doc, name)):
        votes["organization"] += DECISIVE["organization"]  # "Bolton v Arsenal": a club
    if _state_after_place(doc, span):
        votes["place"] += DECISIVE["place"]  # "College Station, TX": a US state's code
    if len(span) >= 2 and span[-1].text in actor_spans.WIRE_COMPANY_FORMS:
        votes["organization"] += DECISIVE["organization"]  # "Benetton SpA": a firm
    if label != "PERSON" and _town_before_state(doc, span):
        votes["place"] += DECISIVE["place"]  # "its Pontiac, Mich., truck plant"
    if _conjoined_with_place(span):
        votes["place"] += 1.5
    if (
        label == "ORG"
        and not (shaped or place_name or listed_place)
        and _uncommon_full_name(name.split())
        and _conjoined_with_full_name(span)
    ):
        votes["person"] += 1.5  # "Hugh Jackman and Ewan McGregor": two people
    if _named_as_place(span):
        votes["place"] += 4.0  # "three airports -- LaGuardia, John F. Kennedy and Newark"
    honorific = _preceding_honorific(doc, span)
    if honorific and (place_name or listed_place) and _modifies_noun(doc, span):
        honorific = None  # "the Miss Idaho title": a contest named after a place
    if honorific or (span.start > 0 and doc[span.start - 1].lower_ in DEMONYM_NOUNS):
        votes["person"] += 4.0  # "Mr Minar", "Frenchman Arnaud Clement"
    if _introduced_as_org(doc, span, label):
        votes["organization"] += 6.0
    listed_as = _listed_as_kind(span) if label in {"PERSON", "ORG"} and not place_name else None
    if listed_as is not None:
        votes[listed_as] += 4.0  # "actors including ... Miranda Richardson"
    # Grammar that shows a body, not a person: read only where the model says person or
    # organisation ("The South Yorkshire company" is a firm of a place, not the place),
    # and for a building, only a body's noun after it ("the Tampa Bay Buccaneers team";
    # "the Line of Control, which" is a thing too).
    if label == "FAC" and not place_name and not listed_place and _names_org_noun(doc, span):
        votes["organization"] += 3.0
    if (
        label in {"PERSON", "ORG"}
        and not place_name
        and not listed_place
        and (
            _employer_of_role(doc, span)
            or _employer_after_role(doc, span)
            or _names_org_noun(doc, span)
            or _owner_of_person(doc, span)
            or _article_inside(span)
            or _founded(span)
            or _followed_by_which(doc, span)
        )
    ):
        votes["organization"] += 3.0  # a club, band or firm: never a person's name
    return dict(votes)


def _capitals_only(span: Span) -> bool:
    """Every word of the name holding letters is written in capitals, two or more of
    them: "NATO", "BBC". A name with no plain word at all is no acronym: "O'Driscoll"
    and "O'Brien" are one token each that is not `is_alpha`, and must not count as
    capitals by having no word to check."""
    words = [t for t in span if any(ch.isalpha() for ch in t.text)]
    return bool(words) and all(t.text.isupper() and len(t) > 1 for t in words)


@cache
def us_state_codes() -> frozenset[str]:
    """The two-letter postal codes of the US states and territories (ISO 3166-2,
    from pycountry): "TX", "VT", "DC"."""
    return frozenset(
        sub.code.split("-", 1)[1] for sub in pycountry.subdivisions.get(country_code="US")
    )


def _and_company_after(doc: Doc, span: Span) -> bool:
    """ "S.G. Warburg and Co Inc", "Salomon Brothers & Co.": a firm's name the model
    cut before "and Co"."""
    return (
        span.end + 1 < len(doc)
        and doc[span.end].lower_ in {"and", "&"}
        and doc[span.end + 1].text.rstrip(".") in {"Co", "Company", "Cie"}
    )


def _state_after_place(doc: Doc, span: Span) -> bool:
    """A US state's code after a town and a comma, as datelines and addresses write
    them: "College Station, TX", "Burlington, VT"."""
    return (
        len(span) == 1
        and span.text in us_state_codes()
        and span.start >= 2
        and doc[span.start - 1].text == ","
        and doc[span.start - 2].is_title
    )


@cache
def _us_state_names() -> frozenset[str]:
    """The full names of the US states, lower case (data/us_states.toml): "new york"."""
    return frozenset(word_lists("us_states"))


@cache
def _us_state_forms() -> frozenset[str]:
    """US states as news writes them after a town: full names and AP abbreviations with
    their full stops ("Texas", "Mich.", "N.Y."), lower case (data/us_states.toml). Postal
    codes are left out: "IN", "ME" and "OK" are words too."""
    states = word_lists("us_states")
    forms = {name for name in states}
    forms.update(a for abbreviations in states.values() for a in abbreviations if "." in a)
    return frozenset(forms)


@cache
def _state_abbreviations() -> dict[str, str]:
    """AP abbreviations of the US states with their full stops, lower case, to the
    state's name as shown: "calif." -> "California", "n.y." -> "New York"."""
    return {
        form: state.title()
        for state, forms in word_lists("us_states").items()
        for form in forms
        if "." in form
    }


def state_of_abbreviation(name: str) -> str | None:
    """The US state a name abbreviates as AP style does, full stop written ("Calif.",
    "Va.", "N.Y."): an editor shows the state's name. Without its full stop the word is
    left alone: "VA" is also Veterans Affairs, "Miss" an honorific, "LA" Los Angeles."""
    if not name.endswith("."):
        return None
    return _state_abbreviations().get(name.casefold())


def _town_before_state(doc: Doc, span: Span) -> bool:
    """A name, a comma and a US state, then a comma or the sentence's end: "Pontiac,
    Mich., truck plant", "its Irving, Texas, facility". Wire copy places a town so;
    a firm or a person is not followed by a state between commas."""
    i = span.end
    if i + 2 >= len(doc) or doc[i].text != ",":
        return False
    for size in (1, 2, 3):  # "Texas", "New York", "N. Y." ...
        end = i + 1 + size
        if end > len(doc):
            break
        state = doc[i + 1 : end]
        if state.text.lower() in _us_state_forms() and state[0].is_title:
            after = doc[end] if end < len(doc) else None
            return after is None or after.text in {",", ".", "-", ";"} or after.is_sent_start
    return False


# Roles held in a club, band or firm, never for a person: "Trump lawyer Michael Cohen"
# and "Blair aide" name a person's staff, "Arsenal boss" and "Uefa spokesman" a body's.
EMPLOYED_ROLES = word_set(
    """
    manager boss coach striker midfielder defender goalkeeper player captain keeper
    winger chairman chairwoman chief executive director editor founder owner ceo
    guitarist drummer bassist frontman vocalist keyboardist
    """
)


def _employer_of_role(doc: Doc, span: Span) -> bool:
    """A name modifying a role noun, the employer of whoever holds it: "Manchester
    United manager Sir Alex Ferguson", "Uefa spokesman Rob Faulkner", "Kerrang! editor".
    A person's name is not used so (an employer that is a place is left to the
    caller)."""
    i = span.end
    while i < len(doc) and (doc[i].text in {"!", "-"} or doc[i].pos_ == "ADJ"):
        i += 1
    if i >= len(doc):
        return False
    role = doc[i]
    if span[0].is_sent_start and len(span) == 1 and _dictionary_word(span[0].lower_):
        return False  # "Rap star Jay-Z": a common word capitalised at a sentence start
    return (
        role.is_lower
        and role.pos_ == "NOUN"
        and role.lower_ in EMPLOYED_ROLES
        and all(t.pos_ == "PROPN" or t.is_punct for t in span)
        and span.root.head.i >= span.end
        and span.root.dep_ in {"compound", "nmod", "amod"}
    )


# Prepositions that name whom a role is held at, by the role nouns they follow: "at"
# after any role ("a legal researcher at Al-Haq", "an analyst at Butcher and Singer"),
# "of" and "for" only after a role held in a body (`EMPLOYED_ROLES`: "advocacy director
# for B'Tselem", "editor of Vogue"), since "spokesman for Tony Blair" and "lawyer for
# Michael Jackson" name a person's staff.
EMPLOYER_PREPOSITIONS = {"at": TITLE_WORDS, "of": EMPLOYED_ROLES, "for": EMPLOYED_ROLES}


def _employer_after_role(doc: Doc, span: Span) -> bool:
    """A name after a role noun and its preposition, the body where the role is held:
    "Tahseen Elayyan, a legal researcher at Al-Haq". The model often calls such a
    one-word body a person; a person's name is not the object of "researcher at".
    (An employer that is a place is left to the caller: "a professor at Oxford".)"""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i < 1:
        return False
    prep, role = doc[i], doc[i].head
    nouns = EMPLOYER_PREPOSITIONS.get(prep.lower_)
    return (
        nouns is not None
        and span.root.head.i == prep.i
        and span.root.dep_ == "pobj"
        and role.i < prep.i
        and role.is_lower
        and role.pos_ == "NOUN"
        and role.lower_ in nouns
        and all(t.pos_ == "PROPN" or t.is_punct for t in span)
    )


def _owner_of_person(doc: Doc, span: Span) -> bool:
    """A name owning a person named in full right after it: "Led Zeppelin's Jimmy
    Page", "Arsenal's Thierry Henry": a band, club or firm. A person's kin or staff
    come with a noun between ("Blair's wife Cherie")."""
    i = span.end
    if len(span) < 2:
        return False  # "Festen's Rufus Norris": one word may be a play's, left unlisted
    if i + 2 >= len(doc) or doc[i].lower_ not in {"'s", "\u2019s"}:
        return False
    first = doc[i + 1]
    return first.ent_type_ == "PERSON" and first.ent_iob_ == "B" and doc[i + 2].ent_iob_ == "I"


def _followed_by_which(doc: Doc, span: Span) -> bool:
    """ "Novartis, which last month forecast": "which" takes a thing or a body, where
    a person takes "who"."""
    i = span.end + (1 if span.end < len(doc) and doc[span.end].text == "," else 0)
    return i < len(doc) and doc[i].lower_ == "which" and doc[i].dep_ in {"nsubj", "nsubjpass"}


def _names_org_noun(doc: Doc, span: Span) -> bool:
    """A name modifying a noun that never describes a person: "Sal Oppenheim
    investment bank", "Kerrang! magazine", "the Labour party"."""
    i = span.end
    for _ in range(3):
        while i < len(doc) and doc[i].text in {"!", "-"}:
            i += 1
        if i >= len(doc) or not doc[i].is_lower or doc[i].pos_ not in {"NOUN", "ADJ"}:
            return False
        if _org_noun(doc[i], ORG_ONLY_NOUNS):
            return span.root.head.i == i and span.root.dep_ in {"compound", "nmod", "amod"}
        i += 1
    return False


FOUNDING_LEMMAS = frozenset({"found", "establish", "co-found", "cofound"})


def _founded(span: Span) -> bool:
    """What is founded or established is a body ("Def Jam was founded in 1984 by",
    "He founded Argonaut in 1982"): people are born, not founded."""
    root = span.root
    return root.head.lemma_.lower() in FOUNDING_LEMMAS and (
        root.dep_ == "nsubjpass" or (root.dep_ == "dobj" and root.head.pos_ == "VERB")
    )


def _article_inside(span: Span) -> bool:
    """A lower-case "the" inside a name ("Mott the Hoople", "Hootie and the
    Blowfish"): a band's or a title's, never how news writes a person's name (styled
    names such as "Prince of Wales" hold "of" only)."""
    return any(t.lower_ == "the" and t.is_lower for t in span[1:-1])


# Determiners that make what follows one of a kind, not a named actor: "a super PAC",
# "in a US District Court", "many USB sticks".
KIND_DETERMINERS = word_set("a an another every each many several any")


def _thing_use(doc: Doc, span: Span) -> bool:
    """A name used as the word for a common thing, not for an actor of the story.

    - Modifier of a common noun that is not a role, a body or a body's business
      ("standard CCTV units", "the Senate bid", "Samsung smart TVs", "the CIA's Vault 7
      files"), where "CIA director", "Google shares" and "the Labour party" name actors.
    - One of a kind: the head of a noun phrase with an indefinite determiner ("in a US
      District Court") or, for an acronym, a lower-case adjective ("a super PAC").

    One such mention proves nothing ("the NBC broadcast" names a network): see
    `_thing_named` for what does.
    """
    if (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and not doc[span.end - 1].whitespace_
        and not doc[span.end].whitespace_
        and doc[span.end + 1].is_lower
    ):
        return True  # "the Brazil-based journalist", "US-made": an adjective's stem
    root = span.root
    head = root.head
    if root.dep_ in {"compound", "nmod", "amod"} and head.i >= span.end:
        between = doc[span.end : head.i]
        if (
            head.pos_ == "NOUN"
            and not head.is_title  # "TVs" too
            and all(t.is_lower and t.pos_ in {"NOUN", "ADJ"} for t in between)
            and not _actor_noun(head)
        ):
            return True
    return _one_of_kind(span)


def _one_of_kind(span: Span) -> bool:
    """The name heads a noun phrase for one of a kind: "in a US District Court", "a
    super PAC" (a lower-case adjective counts before an acronym only: "the troubled
    Yukos" still names a firm)."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].lower_ in {"'s", "\u2019s", "'", "\u2019"}:
        return False  # "a New Jersey Board of Public Utilities' decision": the decision's "a"
    acronym = all(t.is_upper for t in span if t.is_alpha)
    for child in span.root.children:
        # only words of the same phrase between: not "for a PhD. Prassana Rambathla"
        between = doc[child.i + 1 : span.start]
        if child.i >= span.start or not all(
            t.is_lower or (t.pos_ == "PROPN" and t.is_alpha) for t in between
        ):
            continue
        if child.dep_ == "det" and child.lower_ in KIND_DETERMINERS:
            return True
        if (
            acronym
            and child.dep_ == "amod"
            and child.is_lower
            and child.pos_ == "ADJ"
            and child.lower_ not in PUBLICATION_ADJECTIVES  # "Spanish daily ABC"
        ):
            return True
    return False


# Adjectives that news uses as nouns for newspapers: "the Spanish daily ABC".
PUBLICATION_ADJECTIVES = word_set("daily weekly monthly")


def _actor_noun(noun: Token) -> bool:
    """A common noun that, modified by a name, makes the name an actor: a role, a body,
    a body's business ("Uefa spokesman", "the Labour party", "Google shares")."""
    lemma = noun.lemma_.lower()
    return any(
        word in words
        for word in (noun.lower_, lemma)
        for words in (
            TITLE_WORDS,
            ORG_CONTEXT_WORDS,
            ORG_INTRO_NOUNS,
            ORG_ONLY_NOUNS,
            ORG_WORDS,
            EMPLOYED_ROLES,
            PERSON_NOUNS,
        )
    )


def _s_in_name(doc: Doc, span: Span) -> bool:
    """The "'s" after a name is part of it, not a possessive: nothing owned follows
    ("for McDonald's.", "turn McDonald's around", "Sainsbury's said"); Labour's
    "unfair" taxes own what the quotation mark opens."""
    if span.text.isupper():
        return False  # "the PDA's": an acronym's plural, written with an apostrophe
    after = doc[span.end + 1] if span.end + 1 < len(doc) else None
    if after is None:
        return True
    if after.is_punct:  # an opening quote or bracket may start what is owned
        return after.text in {",", ".", ";", ":", "!", "?", ")"}
    if after.tag_ == "VBG":
        return False  # "Washington National's buying 85 pct": a possessive gerund
    return after.pos_ in {"VERB", "AUX", "ADP", "ADV", "CCONJ", "SCONJ"}


# Words that give another name of the one before them: "Jay-Z, real name Shawn Carter",
# "Chelsea Manning - then known as Bradley Manning", "MCI, formerly known as Worldcom".
OTHER_NAME_CUES = (("real", "name"), ("known", "as"), ("born",), ("née",), ("nee",))
OTHER_NAME_GLUE = word_set(", - \u2013 \u2014 ( then formerly previously once also now better")


def _other_name_of(doc: Doc, span: Span) -> int | None:
    """The end offset of the name that `span` is another name of, or None: a cue right
    before it, and right before the cue (past commas, dashes and "then", "formerly")
    the end of a name the model tagged."""
    for cue in OTHER_NAME_CUES:
        start = span.start - len(cue)
        if start < 1 or tuple(t.lower_ for t in doc[start : span.start]) != cue:
            continue
        i = start - 1
        while i > 0 and doc[i].lower_ in OTHER_NAME_GLUE:
            i -= 1
        before = doc[i]
        if i < start - 1 and before.ent_type_ in {"PERSON", "ORG"} and before.ent_iob_ != "O":
            return before.idx + len(before.text)
    return None


def _acting(doc: Doc, span: Span) -> bool:
    """The name acts in its sentence: a subject ("the CIA announced"), an agent ("by
    the FBI") or an owner ("the CIA's files")."""
    if span.end < len(doc) and doc[span.end].lower_ in {"'s", "\u2019s", "'", "\u2019"}:
        return True  # "Hamas' attack" too
    return span.root.dep_ in {"nsubj", "nsubjpass", "agent", "poss"}


def _modifies_noun(doc: Doc, span: Span) -> bool:
    """The name is a modifier of the common noun right after it ("Idaho title")."""
    return (
        span.end < len(doc)
        and doc[span.end].pos_ == "NOUN"
        and doc[span.end].is_lower
        and span.root.head.i == span.end
    )


def _person_shape(doc: Doc, span: Span, name: str, label: str) -> float:
    """Person evidence from the name and the words before it (0 when none).

    A given name opening a full name ("Tony Blair", "Ivo Minar", "Sophie Dahl"); a
    common noun for a person right before it ("India's richest man Azim Premji"); a
    nationality right before a full name ("beat Hungarian Petra Mandula"). The names of
    organisations and places are left out by the caller (organisation words, known
    places). A listed given name (see `given_names`), weaker evidence, counts only
    before one or two surnames written in capitals and small letters.
    """
    parts = name.split()
    score = 3.0 if _given_name_led_full(name) else 0.0
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None:
        return score
    if before.is_lower and before.pos_ == "NOUN" and before.lemma_.lower() in PERSON_NOUNS:
        score += 4.0
    elif (
        before.is_lower
        and before.pos_ == "NOUN"
        and before.lemma_.lower() in TITLE_WORDS
        and label != "PERSON"
        and _uncommon_full_name(parts)
    ):
        score += 3.0  # "striker Kaka Leite", "analyst Ian Fogg" tagged as a body
    elif (
        before.ent_type_ == "NORP"
        and before.pos_ in {"ADJ", "PROPN"}
        and len(parts) >= 2
        and label != "ORG"
    ):
        score += 3.0
    return score


def _given_name_led_full(name: str) -> bool:
    """A full name opening with a given name: "Tony Blair", "Sophie Dahl".

    A given name the corpus shows with surnames (`GIVEN_NAMES`) before up to three
    capitalised words; a listed one (`LISTED_GIVEN_NAMES`, weaker evidence) only before
    one or two words written in capitals and small letters, the last ending in a letter
    ("Sophie Dahl", not "Mercedes-Benz SLK" or "Harley Davidson 2").
    """
    parts = name.split()
    if 2 <= len(parts) <= 4 and parts[0] in GIVEN_NAMES:
        return all(p[:1].isupper() for p in parts)
    return (
        2 <= len(parts) <= 3
        and parts[0] in LISTED_GIVEN_NAMES
        and all(p[:1].isupper() and not p.isupper() and p[-1].isalpha() for p in parts[1:])
    )


PLURAL_VERB_FORMS = frozenset({"are", "were", "have", "'re", "\u2019re", "'ve", "\u2019ve"})


def _plural_subject(span: Span) -> bool:
    """A name alone as the subject of a plural verb ("X have topped", "X are one of"):
    a band or team. One person's name takes a singular verb; names joined by "and" are
    left out, as they take a plural verb together."""
    root = span.root
    if root.dep_ != "nsubj" or any(c.dep_ in {"conj", "appos"} for c in root.children):
        return False
    if any(t.dep_ == "cc" for t in root.subtree):
        return False  # "Mark Kirk of Illinois and Susan Collins of Maine were": the parse
        # hangs the second subject on the first one's place
    doc = span.doc
    if span.start > 0 and doc[span.start - 1].lower_ in {"and", "or", "nor", "&"}:
        return False  # "Labour and Tony Blair are": the last of two subjects
    if span.end < len(doc) and doc[span.end].text in {",", ";", "("}:
        return False  # "Michael Jackson, Billy Joel, ... were": a list the parse missed
    verb = root.head
    if any(c.lower_ in {"both", "all"} for c in verb.children):
        return False  # "X and Y ... are both": the other name is further back
    forms = [verb] + [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    first = min(forms, key=lambda t: t.i)  # the finite form comes first: "have been"
    if first.lower_ == "were" and _unreal_clause(verb):
        return False  # "if Hillary Clinton were a man": one person, in the subjunctive
    return first.i > root.i and first.lower_ in PLURAL_VERB_FORMS


def _unreal_clause(verb: Token) -> bool:
    """A clause of an unreal condition or wish, where "were" takes one subject: "if X
    were", "as though X were", "wishes X were"."""
    if any(c.dep_ == "mark" and c.lower_ in {"if", "though", "unless"} for c in verb.children):
        return True
    return verb.dep_ == "ccomp" and verb.head.lemma_ == "wish"


def _introduced_as_org(doc: Doc, span: Span, label: str = "") -> bool:
    """ "video game firm Bioware", "the charity Shelter", "a drugs charity, Addaction".

    "Ola Bini, a software developer", "publisher Kimberly Quinn": people hold such jobs
    too, so a name the model calls a person needs a noun that never describes one, in
    apposition, and right before it when the name opens with a given name.
    """
    person = label == "PERSON"
    before = ORG_ONLY_NOUNS if person and _given_name_led_full(span.text) else ORG_INTRO_NOUNS
    i = span.start - 1
    if (
        i >= 0
        and doc[i].lower_ in before
        and doc[i].is_lower
        and not (person and _trade_of_person(doc, i))
        # "the Swiss daily Le Matin", not "a daily Amsterdam newspaper"
        and (doc[i].lower_ not in PUBLICATION_ADJECTIVES or doc[i].pos_ == "NOUN")
    ):
        return True
    nouns = ORG_ONLY_NOUNS if person else ORG_INTRO_NOUNS
    root = span.root
    if root.dep_ == "appos" and _org_noun(root.head, nouns) and root.head.i < span.start:
        return True
    appositions = [c for c in root.children if c.dep_ == "appos"]
    if person:
        # Only the nearest apposition describes the name: in "Chandler Van Voorhis, a
        # founder of C2I, a company outside Washington" the second is C2I's, which the
        # parse hangs on the name as well.
        appositions = appositions[:1]
    return any(_org_noun(c, nouns) for c in appositions)


def _trade_of_person(doc: Doc, i: int) -> bool:
    """A maker noun at `i` hyphened to what is made, and no commodity's maker
    ("film-maker Theo Van Gogh", "policy-maker"): a person's trade, where "drug-maker
    Pfizer" (`actor_cues.commodity_maker`) and "handset maker Ericsson" name firms."""
    if doc[i].lower_ not in actor_cues.MAKER_NOUNS or i < 2 or doc[i - 1].text != "-":
        return False
    return not actor_cues.commodity_maker(f"{doc[i - 2].lower_} {doc[i].lower_}")


def _org_noun(token: Token, nouns: frozenset[str]) -> bool:
    """A common noun (singular or plural) of `nouns`: "company", "labels"; not one that
    a person owns ("Assange, his legal team": the parser's apposition is a list)."""
    return (
        token.is_lower
        and token.pos_ == "NOUN"
        and token.lemma_.lower() in nouns
        and not any(c.dep_ == "poss" and c.lower_ in PERSON_POSSESSIVES for c in token.children)
    )


PERSON_POSSESSIVES = frozenset({"his", "her"})


def _has_place_cue(doc: Doc, span: Span) -> bool:
    """Context that names a place: "in X", "near X", "the city of X", "X-based"."""
    if actor_cues.published_in(doc, span):
        return False  # "published in Oxford Open Climate Change": a journal
    i = span.start - 1
    if i >= 1 and doc[i].lower_ == "in" and doc[i - 1].lower_ in NOT_PLACE_BEFORE_IN:
        return False  # "shares in Tesco", "a stake in Vodafone"
    if i >= 0 and doc[i].lower_ in PLACE_CUE_WORDS:
        if _conjoined_with_person(span):
            return False  # "in Ronaldo and Rooney": people, whatever the preposition
        if span.root.dep_ == "nsubj" and span.root.head.tag_ == "VBG":
            return False  # "resulted in Fowler celebrating": who does it, not where
        after = doc[span.end] if span.end < len(doc) else None
        if span.root.dep_ == "compound" and span.root.head.i >= span.end:
            return False  # "in EU funds", "in Tesco shares": the name modifies a noun
        return after is None or after.lower_ not in {"'s", "\u2019s", "'"}
    if i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in PLACE_CUE_NOUNS:
        return True
    if _compass_part_before(doc, span):
        return True
    return (
        span.end + 1 < len(doc)
        and doc[span.end].text == "-"
        and doc[span.end + 1].lower_
        in {
            "based",
            "born",
        }
    )


# Lower-case adjectives for a part of a region: "in the central Appalachians".
COMPASS_ADJECTIVES = word_set(
    "northern southern eastern western central north south east west northeastern "
    "northwestern southeastern southwestern north-eastern north-western south-eastern "
    "south-western"
)


def _compass_part_before(doc: Doc, span: Span) -> bool:
    """ "in the central Appalachians", "across the northern Rockies": a place cue, "the"
    and a lower-case compass adjective name a part of a region (a body has no northern
    part: "in the Labour party" has no such word)."""
    i = span.start - 1
    return (
        i >= 2
        and doc[i].lower_ in COMPASS_ADJECTIVES
        and doc[i].is_lower
        and doc[i - 1].lower_ == "the"
        and doc[i - 2].lower_ in PLACE_CUE_WORDS | PLACE_ROUTE_WORDS
        and not (span.root.dep_ == "compound" and span.root.head.i >= span.end)
    )


def _conjoined_with_place(span: Span) -> bool:
    """A name coordinated with a place is a place ("both Kyiv and Moscow")."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners.extend(child for child in root.children if child.dep_ == "conj")
    return any(p.ent_type_ in {"GPE", "LOC"} for p in partners)


def _conjoined_with_person(span: Span) -> bool:
    """A name coordinated with a person's full name ("in Ronaldo and Wayne Rooney")."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners.extend(child for child in root.children if child.dep_ == "conj")
    return any(p.ent_type_ == "PERSON" for p in partners)


def _given_name_led(name: str, label: str) -> bool:
    """A name the model calls a person made of a given name and one more word, after a
    style or not: "Dame Barbara Castle", "Wayne Bridge" are people whose surnames
    happen to be the last words of places' names ("Ben Gurion Airport" is longer)."""
    parts = name.split()
    if parts and parts[0].casefold() in STYLE_TITLES:
        parts = parts[1:]
    # A listed given name (weaker evidence) with its shape test: "actress Nathalie Press"
    return (
        label == "PERSON"
        and len(parts) == 2
        and (parts[0] in GIVEN_NAMES or _given_name_led_full(" ".join(parts)))
    )


def _conjoined_with_full_name(span: Span) -> bool:
    """A name coordinated with a person's full name, which the model tagged so ("Hugh
    Jackman and Ewan McGregor", "deprived of Arjen Robben and Didier Drogba")."""
    root = span.root
    partners = [root.head] if root.dep_ == "conj" else []
    partners.extend(child for child in root.children if child.dep_ == "conj")
    return any(p.ent_type_ == "PERSON" and p.ent_iob_ == "I" for p in partners)


def _uncommon_full_name(words: list[str]) -> bool:
    """Two or three capitalised words, none an English word or an acronym: shaped
    like a person's full name ("Ewan McGregor"), not a title or a body's name ("Polar
    Express", "Rolling Stone", "LNG Esports")."""
    return 2 <= len(words) <= 3 and all(
        w[:1].isupper() and not w.isupper() and not _common_word(w.casefold()) for w in words
    )


# Nouns for a kind of place and nothing else: "H2, a section of Hebron". (Of the last
# words of places' names, some name a body in apposition: "the LSE, Europe's biggest
# stock market".)
PLACE_ONLY_NOUNS = word_set(
    "city town village country state region province county capital suburb district "
    "area zone neighbourhood neighborhood quarter section territory"
)
PLACE_KIND_NOUNS = PLACE_HEAD_WORDS | PLACE_ONLY_NOUNS


def _named_as_place(span: Span) -> bool:
    """A name in apposition to a common noun for places, alone or in a list: "the
    airports -- LaGuardia, John F. Kennedy and Newark", "two stations, Victoria and
    Euston", or followed by one: "H2, a section of Hebron". The noun says what the
    names are, whatever the model's labels."""
    if any(
        c.dep_ == "appos"
        and c.i >= span.end
        and c.pos_ == "NOUN"
        and c.is_lower
        and c.lemma_.lower() in PLACE_ONLY_NOUNS
        for c in span.root.children
    ):
        return True
    node = span.root
    for _ in range(8):
        if node.dep_ != "conj" or node.head is node:
            break
        node = node.head
    head = node.head
    if node.dep_ == "pobj" and _instance_preposition(head):
        head = head.head  # "mainline stations such as Kings Cross and Euston"
    elif node.dep_ != "appos":
        return False
    return head.pos_ == "NOUN" and head.is_lower and head.lemma_.lower() in PLACE_KIND_NOUNS


def _instance_preposition(prep: Token) -> bool:
    """ "such as", "like", "including": what follows are instances of the noun before."""
    if prep.lower_ == "as":
        return prep.i > 0 and prep.doc[prep.i - 1].lower_ == "such"
    return prep.lower_ in {"like", "including"}


KIN_NOUNS = word_set("wife husband widow widower")


def _kin_surname(doc: Doc, span: Span) -> str | None:
    """The surname of the person whose spouse a lone given name is said to be:
    "Michael Howard's wife, Sandra" -> "Howard"; None otherwise."""
    if len(span) != 1 or span[0].dep_ != "appos" or span[0].text not in GIVEN_NAMES:
        return None
    noun = span[0].head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in KIN_NOUNS:
        return None
    for child in noun.children:
        if child.dep_ == "poss" and child.ent_type_ == "PERSON" and child.ent_iob_ != "B":
            return child.text  # the last word of a full name the model tagged
    return None


def _honorific(doc: Doc, span: Span, title_tokens: list[Token]) -> str | None:
    """The gendered honorific or style before (or opening) a name, as written: "Mr"
    of "Mr Howard", "Mrs" of "Mrs Howard", "Lady" of "Lady Thatcher"; None without one."""
    tokens = [*title_tokens, span[0]]
    if span.start > 0:
        tokens.append(doc[span.start - 1])
    for token in tokens:
        if token.lower_ in MALE_HONORIFICS or token.lower_ in FEMALE_HONORIFICS:
            return token.text
    return None


def _preceding_honorific(doc: Doc, span: Span) -> str | None:
    """The honorific ("Mr", "Mrs", "Dr") right before the name, lowercased, if any."""
    i = span.start - 1
    if i >= 0 and doc[i].lower_ in HONORIFICS:
        return doc[i].lower_
    return None


# --- roles ----------------------------------------------------------------------------


def _add_roles(doc: Doc, span: Span, mention: _Mention, title_tokens: list[Token]) -> None:
    """Roles from a pre-name title ("Defense Secretary Lloyd Austin") and appositions."""
    pre = _pre_name_role(doc, span, title_tokens)
    if (
        pre
        and actor_cues.commodity_maker(pre[0])
        and not _known_place(mention.name)
        and mention.name.casefold() not in gazetteer()
    ):
        # "Ukrainian steel producer Krivorizhstal": a firm described, not a job
        mention.votes["organization"] = mention.votes.get("organization", 0.0) + 5.0
        pre = None
    if pre:
        role, start, printable = pre
        if printable:
            mention.roles.append(_with_employer_after(doc, span, role))
        mention.title_range = (start, span.start_char)
        mention.office = printable and _office(role) and not _name_runs_on(doc, span)
        mention.votes["person"] = mention.votes.get("person", 0.0) + 3.0
    # A name the model did not call a person takes only a job as its role: "his Chicago
    # property - Trump International Hotel & Tower" is no role of a person.
    strict = mention.label != "PERSON" or _place_led(span, mention.label, mention.name)
    appos = _apposition_role(span, strict=strict)
    # A title-shaped phrase beside the name still says "a person" when it is no role to
    # print ("then-lower court judges X", "X, a top target of ..."): the vote stays.
    if appos or _apposition_role(span, strict=strict, checked=False):
        mention.votes["person"] = mention.votes.get("person", 0.0) + 3.0
    if appos:
        mention.roles.append(appos)
    said = _predicate_role(span) if mention.label == "PERSON" else None
    if said:
        mention.roles.append(said)


EMPLOYER_LINKS = frozenset({"of", "with", "at"})


def _predicate_role(span: Span) -> str | None:
    """The job a present-tense "is" gives the name, with the body it is done at:
    "McCrummen is a national enterprise reporter at The Washington Post" gives
    "national enterprise reporter at The Washington Post".

    Only a word for what one person is (`_describes_one_person`) whose own "at"/"of"/
    "with"/"for" phrase names a body the model tagged: "Trump is a racist" or "Smith is
    the favourite" say what someone thinks of the person, not a job; "was" may be a job
    left, and "is not" none."""
    root = span.root
    verb = root.head
    if root.dep_ != "nsubj" or verb.lemma_ != "be" or verb.tag_ != "VBZ" or verb.i < span.end:
        return None
    if any(child.dep_ == "neg" for child in verb.children):
        return None
    for attr in verb.children:
        if attr.dep_ != "attr" or attr.pos_ != "NOUN" or not _describes_one_person(attr):
            continue
        bodies = [
            child
            for child in attr.children
            if child.dep_ == "prep"
            and child.lower_ in EMPLOYER_LINKS | {"for"}
            and any(c.dep_ == "pobj" and c.ent_type_ == "ORG" for c in child.children)
        ]
        if bodies:
            return _phrase_text(attr, exclude=span)
    return None


def _with_employer_after(doc: Doc, span: Span, role: str) -> str:
    """A title before a name with the body the name's own "of"/"with"/"at" phrase
    names: "analyst Mark Rogers of Prudential Bache Securities" is an "analyst of
    Prudential Bache Securities", "Prime Minister Shinzo Abe of Japan" no; without the
    body the role says far less than the article ("analyst").

    Only a title of plain words (no body or place of its own: "Prudential Bache
    analyst Mark Rogers of New York" keeps its role) and no abbreviation to spell out,
    and only a body the model named right after the preposition, which hangs on the
    name."""
    words = role.split()
    if words[-1].endswith(".") or not all(
        w.islower() or w.casefold() in TITLE_WORDS or w.casefold() in ROLE_MODIFIERS for w in words
    ):
        return role
    link = span.end
    if link + 1 >= len(doc) or doc[link].lower_ not in EMPLOYER_LINKS:
        return role
    if not span.start <= doc[link].head.i < span.end or doc[link].is_sent_start:
        return role
    first = link + 1 + (doc[link + 1].lower_ == "the")
    if first >= len(doc) or doc[first].ent_iob_ != "B" or doc[first].ent_type_ != "ORG":
        return role
    body = next(ent for ent in doc.ents if ent.start == first)
    return f"{role} {_join(doc, link, body.end)}"


# Offices a capitalised title before a surname names (data/speaker_words.toml): the
# titles a story introduces someone by, less the callings ("singer", "star"), and the
# abbreviations US news writes ("Gov.", "Sen.", "Rep.").
OFFICE_TITLES = (
    word_lists("speaker_words")["introduced_titles"] - word_lists("speaker_words")["calling_titles"]
) | {item.partition(":")[0] for item in word_lists("speaker_words")["title_abbreviations"]}
OFFICE_LINKS = frozenset({"of", "for", "at", "in", "on"})


def _office(role: str) -> bool:
    """A capitalised title that ends in an office, right before the name: "President",
    "USDA Secretary", "Vice President", "Gov.". Not a calling ("Ukrainian singer":
    mononyms and cut names alike) nor a job a firm does too ("Big Brother producer
    Endemol", "Crown Zellerbach"), nor a role of some body ("President of CNN
    Worldwide"), nor a common noun ("analyst Gartner" names a firm)."""
    words = role.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and words[-1].casefold() in OFFICE_TITLES
        and not OFFICE_LINKS & {w.casefold() for w in words}
    )


def _name_runs_on(doc: Doc, span: Span) -> bool:
    """A capitalised word right after the name, in the same sentence: the model cut the
    name ("President Enrique" of a "Pe\u00f1a Nieto" whose letters came garbled)."""
    if span.end >= len(doc) or span[-1].whitespace_ != " ":
        return False
    after = doc[span.end]
    return after.text[:1].isupper() and not after.is_sent_start


def _pre_name_role(doc: Doc, span: Span, title_tokens: list[Token]) -> tuple[str, int, bool] | None:
    """The title words right before a name, their start offset, and whether they are a
    role to print (not a group the person is one of), if they hold a title."""
    # Title tokens inside the entity have already been stripped: start left of them.
    i = (title_tokens[0].i - 1) if title_tokens else span.start - 1
    tokens: list[Token] = list(title_tokens)
    sent_start = sentence_start(doc, span.start)
    while i >= sent_start and len(tokens) < 8:
        tok = doc[i]
        if "\n" in tok.whitespace_ or tok.is_space:
            break  # a headline or a previous paragraph
        if tok.ent_type_ in {
            "DATE",
            "TIME",
            "CARDINAL",
            "PERSON",
            "MONEY",
            "PERCENT",
        } and not _misread_modifier(tok, tokens):
            break
        if tok.lower_ in {"of", "for", "and", "&"} and tokens and i - 1 >= sent_start:
            prev = doc[i - 1]
            if (prev.is_title or prev.lower_ in TITLE_WORDS) and _joins_title(tok, tokens, span):
                tokens.insert(0, tok)
                i -= 1
                continue
            break
        if tok.text in {"-", "\u2013"} and tokens:
            tokens.insert(0, tok)
            i -= 1
            continue
        if _role_modifier(tok, tokens):
            tokens.insert(0, tok)  # "retired", "acting": the parser's verb, the role's word
            i -= 1
            continue
        if tok.pos_ not in {"PROPN", "NOUN", "ADJ"} or tok.lower_ in {"'s", "\u2019s"}:
            break
        if not (
            tok.is_title
            or tok.is_upper
            or tok.lower_ in TITLE_WORDS
            or tok.pos_ == "NOUN"
            or _describes_run(tok, tokens)
        ):
            break
        tokens.insert(0, tok)
        i -= 1
    # Trim words that only precede the title ("On Monday", "when"): keep from the first
    # token attached inside the name phrase or that is itself a title word.
    while (
        tokens
        and tokens[0].lower_ not in TITLE_WORDS
        and not tokens[0].i < tokens[0].head.i < span.end
        and not _role_modifier(tokens[0], tokens[1:])
    ):
        tokens.pop(0)
    # A dash only joins title words ("vice - president"): one opening the run is the
    # list bullet of "- Arsenal boss Arsene Wenger:" or the hyphen of "then-President".
    while tokens and (
        tokens[0].lower_ in HONORIFICS
        or tokens[0].lower_ in {"of", "for", "and"}
        or tokens[0].is_punct
    ):
        tokens.pop(0)
    words = [t for t in tokens if t.lower_ not in HONORIFICS]
    if words and words[-1].lower_ in {"and", "&", "or"}:
        return None  # "accused the prime minister and Mr Brown": two people, no title
    if not words or not any(t.lower_.strip(".") in TITLE_WORDS for t in words):
        return None
    # "then-lower court judges Brett Kavanaugh": a group he is one of, no role
    printable = not any(t.tag_ in PLURAL_NOUN_TAGS for t in _run_heads(words))
    return _join(doc, words[0].i, words[-1].i + 1), words[0].idx, printable


ROLE_MODIFIERS = word_lists("speaker_words")["role_modifiers"]


def _role_modifier(tok: Token, run: list[Token]) -> bool:
    """Whether `tok` is a word of the role's standing ("retired", "acting", "former",
    data: role_modifiers) right before a run of title words, in lower case or opening
    the sentence. The parser often makes "retired" or "acting" a verb, which would end
    the run and drop the word: "retired U.S. Air Force Gen. Norman Ham" would read
    "U.S. Air Force general", which he no longer is."""
    if not run or tok.lower_ not in ROLE_MODIFIERS:
        return False
    if any(child.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for child in tok.children):
        return False  # the verb of a clause: "the board retired chief executive X"
    return any(t.lower_.strip(".") in TITLE_WORDS for t in run)


def _run_heads(words: list[Token]) -> list[Token]:
    """The words of a pre-name run whose head lies outside it: the run's head nouns."""
    inside = {t.i for t in words}
    return [t for t in words if t.head.i not in inside]


def _misread_modifier(tok: Token, run: list[Token]) -> bool:
    """Whether a word the model took for a one-word name is a modifier of the title
    words after it: "Rap" of "Rap star Jay-Z" (without it the role is a clipped "star")."""
    if (
        not run
        or tok.ent_iob_ != "B"
        or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")
    ):
        return False
    return tok.ent_type_ == "PERSON" and tok.dep_ in {"compound", "amod"} and tok.head in run


def _joins_title(tok: Token, run: list[Token], name: Span) -> bool:
    """Whether "of"/"for" or a conjunction before a title run joins words of the title:
    "Secretary of State", "chairman and chief executive", "Marks and Spencer chairman";
    not "... a US attorney in New Jersey and President George H.W. Bush tapped him",
    where "and" joins two clauses."""
    if tok.lower_ in {"of", "for"}:
        return True
    prev = tok.doc[tok.i - 1]
    inside = {t.i for t in run}
    return tok.head.i in inside or any(
        c.dep_ == "conj" and (c.i in inside or name.start <= c.i < name.end) for c in prev.children
    )


def _describes_run(tok: Token, run: list[Token]) -> bool:
    """Whether `tok` is a lower-case adjective of the title words after it: "former" in
    "Labour former minister Jack Cunningham", "civil" in "former civil service chief
    Lord Butler". Without it the role stops short ("minister", "service chief") and says
    something the article does not: a former minister is no minister."""
    return tok.pos_ == "ADJ" and tok.dep_ == "amod" and any(tok.head.i == t.i for t in run)


def _has_sentences(doc: Doc) -> bool:
    """Whether sentence boundaries are set (a parser or a sentencizer ran)."""
    return doc.has_annotation("DEP") or doc.has_annotation("SENT_START")


def _apposition_role(span: Span, strict: bool = False, checked: bool = True) -> str | None:
    """Role from an apposition: "Hein Goemans, the director of X" (either order).

    `checked=False` skips the tests of a printable role (a word for one person, no
    clause, no "another"): what is left is the shape that tells a person, for typing.

    `strict` (one word the model did not call a person): only a phrase naming a job or a
    position counts, as any noun phrase would make "Bills, a huge amount of
    regulation" a person; for a person "an Israeli citizen" is a fine description.
    """
    root = span.root
    candidates = [c for c in root.children if c.dep_ == "appos" and c.i >= span.end]
    if root.dep_ == "appos" and root.head.i < span.start:
        candidates.append(root.head)
    doc = span.doc
    for head in candidates:
        if head.text == "-" or (head.i + 2 < len(doc) and _hyphen_joined(doc, head.i + 1)):
            continue  # "vice - president": the parse's three appositions are one word
        if _org_noun(head, ORG_ONLY_NOUNS):
            continue  # "Def Jam's parent company, Universal": what a body is, not a role
        if head.i >= span.end and _verb_follows(head):
            continue  # "his lawyer, Martinez, a British barrister arrived": a new subject
        if checked and head.pos_ == "NOUN" and not _describes_one_person(head):
            return None  # "Julian Assange, a top target of the US government": no role
        if head.pos_ == "NOUN" or (head.pos_ == "PROPN" and head.lower_ in TITLE_WORDS):
            role = _phrase_text(head, exclude=span, checked=checked)
            if role and (
                not strict
                or any(w.strip(".,").casefold() in TITLE_WORDS for w in role.split())
                or (head.pos_ == "NOUN" and head.lemma_.lower() in PERSON_NOUNS)
            ):  # "Felicity Ruby, a colleague of Bini": a word for a person is no job, but tells one
                return role
    return None


FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
# Nouns for what a person is, beside titles (TITLE_WORDS) and kin (PERSON_NOUNS), that
# the agent-noun endings of `_describes_one_person` do not catch.
ROLE_NOUNS = word_set(
    """
    citizen resident native national veteran volunteer victim survivor fan heir icon
    legend hero heroine ally rival critic bodyguard guard spy hacker graduate pupil
    alumnus alumna apprentice intern protege protégé mentor aide assistant deputy
    incumbent official expert specialist entrepreneur tycoon magnate mogul billionaire
    millionaire businessman businesswoman model athlete champion winner runner
    nanny maid butler chauffeur opponent mate lady gentleman surrogate fly-half
    scrum-half full-back centre-back fellow
    """
)
# Endings of agent nouns ("developer", "activist", "historian", "nominee"); a head with
# one of them is taken for a word for a person.
AGENT_ENDINGS = ("er", "or", "ist", "ian", "ee", "man", "woman", "person", "ess", "ant")


def _describes_one_person(head: Token) -> bool:
    """Whether the head noun of an apposition can say what one person is: a title, an
    occupation or a relation ("a Spanish judge", "Adelson's bodyguard", "his wife").

    A plural is a group the person belongs to ("Mr Glazer's two sons, Avi and Joel"),
    and any other noun describes something else ("Julian Assange, a top target of the
    US government"; "the legal complaint named ..."): neither is a role to print beside
    the name.
    """
    if head.tag_ in PLURAL_NOUN_TAGS:
        return False
    doc = head.doc
    if head.i >= 2 and _hyphen_joined(doc, head.i - 1) and not doc[head.i - 1].whitespace_:
        return person_noun(doc[head.i - 2 : head.i + 1].text)  # "fly-half", "co-author"
    return person_noun(head.lemma_) or person_noun(head.text)


# Adverbs that open an apposition but belong to no role: "Jack Straw, now foreign
# secretary"; with the article after them ("now the Senate majority leader").
ROLE_ADVERBS = word_set("now currently also")
ROLE_ARTICLES = word_set("a an the")
# Honorifics a learned title can end with ("Labour spokesman Mr" of "... Mr Kemp"); not
# "professor" or "lady", which end roles ("law professor", "first lady").
TRAILING_HONORIFICS = word_set("mr mr. mrs mrs. ms ms. miss dr dr. messrs messrs. mister")
# "Republican vice presidential candidate Gov." of "... Gov. Mike Pence": an abbreviated
# title written before the name, cut off with the role.
SPELLED_TITLES = dict(item.split(":", 1) for item in word_lists("speaker_words")["spelled_titles"])
DANGLING_WORDS = word_lists("function_words")["dangling_words"]


def printable_roles(roles: list[str]) -> list[str]:
    """The roles of an actor that make sense beside the name on its pages, tidied: a
    trailing honorific of a learned title goes ("Labour spokesman Mr" of "Labour
    spokesman Mr Kemp"), as does an opening "now" and a trailing preposition whose
    object was cut off ("analyst at" of "analyst at <Advest Inc>"); a trailing
    abbreviated title is spelt out ("Texas Lt. Gov." of "Texas Lt. Gov. Dan Patrick" is
    "Texas lieutenant governor").

    Run once speakers are resolved. A bare relational title ("Chairman") stays: beside
    the name in its briefing the body is plain from the story; only an actor page,
    which gathers roles from many briefings, leaves it out (`model.says_what_alone`).
    """
    tidy: list[str] = []
    for role in roles:
        words = role.split()
        while words and (
            words[-1].casefold() in TRAILING_HONORIFICS
            or (len(words) > 1 and words[-1].casefold() in DANGLING_WORDS)
        ):
            words.pop()
        words = _spelled_out_titles(words)
        if words and words[0].casefold() in ROLE_ADVERBS:
            words.pop(0)
            if words and words[0].casefold() in ROLE_ARTICLES:
                words.pop(0)
        if not words:
            continue
        tidy.extend(" ".join(part) for part in _two_titles(words))
    return _without_achievements(_without_employed_twins(fullest_roles(tidy)))


TITLE_QUALIFIERS = word_lists("speaker_words")["title_qualifiers"]
RANK_WORDS = word_lists("speaker_words")["rank_words"]


def _two_titles(words: list[str]) -> list[list[str]]:
    """A run of title words before a name that holds two roles, as two: "Democratic
    presidential candidate Senator" (of "... candidate Senator Bernie Sanders") is a
    "Democratic presidential candidate" and a "Senator"; "rival Democratic candidate
    former Secretary of State" is a candidate and a former Secretary of State. Read as
    one it calls him a kind of senator.

    The first role ends in a lower-case noun for a person after at least one other
    word, and not a word that ranks the next ("deputy Prime Minister", "vice
    President"); the second opens with a capitalised office ("Senator", "Secretary")
    or with "former" and one. A first role with a preposition or "and" in it is a
    phrase ("director of ... under President George W. Bush"), kept whole."""
    for i in range(2, len(words)):
        if any(word.casefold() in DANGLING_WORDS | {"under"} for word in words[:i]):
            break  # "director of X under President Y": a phrase, not a run of titles
        last, first = words[i - 1], words[i]
        if not (last.islower() and person_noun(last)) or last.casefold() in (
            TITLE_QUALIFIERS | RANK_WORDS | ROLE_MODIFIERS
        ):
            continue
        modifier = first.casefold() in ROLE_MODIFIERS
        office = words[i + 1] if modifier and i + 1 < len(words) else first
        if office[:1].isupper() and office.casefold().strip(".") in OFFICE_TITLES:
            return [words[:i], words[i:]]
    return [words]


ACHIEVEMENT_NOUNS = word_lists("speaker_words")["achievement_nouns"]


def _without_achievements(roles: list[str]) -> list[str]:
    """`roles` less a prize the person won ("2015 winner of the Erikson Prize for ..."),
    when another role says what the person does ("national enterprise reporter"): the
    prize describes an event, and beside the name it hides the job."""
    won = [_achievement(role) for role in roles]
    if all(won) or not any(won):
        return roles
    return [role for role, prize in zip(roles, won, strict=True) if not prize]


def _achievement(role: str) -> bool:
    """Whether the head of `role`, the word before its first "of"/"for"/"in" (or its
    last word), is a noun of a prize won (data: achievement_nouns)."""
    words = role.casefold().split()
    for index, word in enumerate(words):
        if index and word in {"of", "for", "in"}:
            return words[index - 1] in ACHIEVEMENT_NOUNS
    return bool(words) and words[-1] in ACHIEVEMENT_NOUNS


def _without_employed_twins(roles: list[str]) -> list[str]:
    """`roles` less a title that another role gives with its body: "analyst" beside
    "analyst of Prudential Bache Securities" (`_with_employer_after`; the speaker
    resolver learns the bare title from the same mention) says nothing more."""
    keys = [role.casefold() for role in roles]
    return [
        role
        for role, key in zip(roles, keys, strict=True)
        if not any(other.startswith(f"{key} {link} ") for other in keys for link in EMPLOYER_LINKS)
    ]


def _spelled_out_titles(words: list[str]) -> list[str]:
    """`words` with the abbreviated titles that end them spelt out ("Texas Gov." ->
    "Texas governor"), or left out after a noun of a person, which is the role already
    ("Democratic vice presidential nominee Sen." -> "... nominee"). A role that is only
    abbreviations is the title itself: "Rep." of "Rep. Lane Evans (D-Ill.)" is
    "Representative" (`_spelled_title`)."""
    end = len(words)
    while (
        end > 0
        and words[end - 1].endswith(".")
        and words[end - 1][:-1].casefold() in SPELLED_TITLES
    ):
        end -= 1
    if end == 0:
        return _spelled_title(words)
    if end == len(words):
        return words
    before = words[end - 1].casefold().strip(".,")
    if before in TITLE_WORDS or before in PERSON_NOUNS or before in ROLE_NOUNS:
        return words[:end]
    return words[:end] + [SPELLED_TITLES[word[:-1].casefold()] for word in words[end:]]


def _spelled_title(words: list[str]) -> list[str]:
    """A title written only in abbreviations, spelt out as a title is written before a
    name: "Rep." -> "Representative", "Lt. Gov." -> "Lieutenant Governor". A reader
    meets "Rep." beside the name on a page that has no name after it to make it a title.

    The party-state tag that follows such a name ("(D-Ill.)") stays out of the role: it
    is no part of the office, the role is gathered from every mention (most without the
    tag) and the actor page would list "Representative" and "Representative (D-Ill.)"
    as two roles; the tag stays where it was written, in the quoted sentence."""
    return [SPELLED_TITLES[word[:-1].casefold()].capitalize() for word in words]


def person_noun(word: str) -> bool:
    """Whether a singular noun can name what a person is: a title, a word for a person or
    a relative, or an agent noun ("developer", "activist", "nominee")."""
    word = word.casefold().strip(".,")
    if word in TITLE_WORDS or word in PERSON_NOUNS or word in ROLE_NOUNS:
        return True
    return word.endswith(AGENT_ENDINGS) and not word.endswith("ment")


def _verb_follows(head: Token) -> bool:
    """Whether the noun phrase of `head` opens with "a"/"an" and a finite verb follows
    it with no comma between: "Martinez, a female British barrister arrived" brings in
    someone new, the subject of a clause of its own. (Without the article, a missing
    comma is the usual slip: "Mark Serwotka, the leader of the union said".)"""
    doc = head.doc
    after = head.right_edge.i + 1
    return (
        doc[head.left_edge.i].lower_ in {"a", "an"}
        and after < len(doc)
        and doc[after].tag_ in FINITE_VERB_TAGS
    )


def _phrase_text(head: Token, exclude: Span, checked: bool = True) -> str | None:
    """The noun phrase headed by `head`, without its article and relative clauses."""
    doc = head.doc
    left, right = head.left_edge.i, head.right_edge.i + 1
    if left < exclude.end <= right or left <= exclude.start < right:
        # the name sits inside the phrase ("the director of X, Hein Goemans"): cut it off
        right = min(right, exclude.start)
        if left >= right:
            return None
    # Stop at the first comma, dash or relative pronoun after the head.
    for i in range(head.i + 1, right):
        if doc[i].text in {",", ";", "(", "\u2014", "\u2013"} or doc[i].lower_ in {
            "who",
            "whom",
            "which",
            "that",
            "whose",
            "where",
            "when",
        }:
            right = i
            break
    while left < head.i and (doc[left].lower_ in {"a", "an", "the", "also"} or doc[left].is_punct):
        left += 1
    if left >= 2 and _hyphen_joined(doc, left - 1):
        left -= 2  # "vice-president", "co-author": the parse may leave the prefix out
        while left > 0 and doc[left - 1].pos_ == "ADJ" and doc[left - 1].whitespace_:
            left -= 1  # and the adjectives before it: "the senior vice-president"
    if checked and doc[left].lower_ in KIND_DETERMINERS:
        return None  # "Mike Pompeo, another Adelson ally": said of him beside others
    if checked and any(doc[i].tag_ in FINITE_VERB_TAGS for i in range(left, right)):
        return None  # a clause, not a noun phrase: "the legal complaint named X as ..."
    while right > head.i + 1 and (doc[right - 1].is_punct or doc[right - 1].lower_ in {"and"}):
        right -= 1
    if right - left > 22:
        return None
    owner = None
    if left < head.i and doc[left].lower_ in POSSESSIVE_PRONOUNS:
        owner = _possessor(doc[left]) if doc[left].lower_ in {"its", "their"} else None
        left += 1
    text = _join(doc, left, right)
    if owner:
        text = f"{owner} {text}"
    return text if text and len(text) <= 160 else None


POSSESSIVE_PRONOUNS = frozenset({"its", "their", "his", "her", "our", "my", "your"})


def _hyphen_joined(doc: Doc, i: int) -> bool:
    """Whether token `i` is a hyphen written between two words with no space."""
    return (
        doc[i].text == "-"
        and not doc[i].whitespace_
        and not doc[i - 1].whitespace_
        and doc[i - 1].is_alpha
    )


def _possessor(pronoun: Token) -> str | None:
    """The organisation "its" refers to: the nearest one named before it in the sentence.

    "Greenpeace said its director, Ann Lee, ..." gives Ann Lee the role "Greenpeace
    director" rather than "its director", which means nothing on her actor page.
    """
    sent_start = sentence_start(pronoun.doc, pronoun.i)
    for ent in reversed(pronoun.doc.ents):
        if ent.end <= pronoun.i and ent.start >= sent_start and ent.label_ == "ORG":
            return _join(pronoun.doc, ent.start, ent.end)
        if ent.end <= sent_start:
            break
    return None


def _join(doc: Doc, start: int, end: int) -> str:
    """The text of tokens [start, end) with single spaces."""
    return " ".join(doc[start:end].text.split())


# --- registry -------------------------------------------------------------------------


def _registry_mentions(doc: Doc, registry: Registry, covered: set[int]) -> list[_Mention]:
    """Registry names and aliases in capitalised runs the model did not tag at all."""
    found: list[_Mention] = []
    i, n = 0, len(doc)
    while i < n:
        if i in covered or not (doc[i].is_title or doc[i].is_upper) or not doc[i].is_alpha:
            i += 1
            continue
        matched = 0
        for length in range(min(6, n - i), 0, -1):
            span = doc[i : i + length]
            if any(j in covered for j in range(span.start, span.end)):
                continue
            entry = registry.lookup(_clean_name(span.text))
            if entry is not None:
                votes = {entry.type: 10.0}  # evidence, not a model label: no base
                found.append(
                    _Mention(
                        _clean_name(span.text),
                        span.start_char,
                        span.end_char,
                        "REG",
                        length,
                        votes=votes,
                    )
                )
                matched = length
                break
        i += matched or 1
    return found


# --- grouping -------------------------------------------------------------------------


def _key(name: str) -> str:
    """Grouping key: the shared name key, with the common aliases of a few places, the
    US states written in AP abbreviations ("Calif." is "California") or after "State
    of" ("State of Virginia" is Virginia) and a street's
    abbreviation ("Downing St" is "Downing Street"); a party's name
    of party words only in the singular ("Lib Dems" is "Lib Dem")."""
    key = name_key(name)
    alias = place_aliases().get(key) or state_of_abbreviation(name) or state_of_place(name)
    words = key.split()
    if len(words) >= 2 and words[-1] == "st" and name.split()[-1][:1] == "S":
        return " ".join([*words[:-1], "street"])  # "Downing St" is "Downing Street"
    if alias:
        return name_key(alias)
    if len(words) >= 2 and all(w in PARTY_WORDS for w in words):
        last = words[-1]
        words[-1] = last[:-3] + "y" if last.endswith("ies") else last.removesuffix("s")
        return " ".join(words)
    return key


def _group_mentions(mentions: list[_Mention], registry: Registry | None) -> list[_Group]:
    """Mentions grouped by name, then short forms merged into full names and acronyms."""
    by_key: dict[str, _Group] = {}
    for mention in mentions:
        by_key.setdefault(_key(mention.name), _Group()).mentions.append(mention)
    groups = [part for group in by_key.values() for part in _split_by_honorific(group)]
    if registry is not None and registry.entries:
        groups = _merge_registry(groups, registry)
    groups = _merge_person_short_forms(groups)
    groups = _merge_spouses(groups)
    groups = _merge_nicknames(groups)
    groups = _merge_acronyms(groups)
    groups = _merge_org_short_forms(groups)
    groups = _merge_contained_orgs(groups)
    groups = _merge_contained_places(groups)
    groups = _merge_state_suffixed_places(groups)
    groups = _merge_compass_short_forms(groups)
    groups = _merge_abbreviated_names(groups)
    groups = _merge_clipped_names(groups)
    return _merge_other_names(groups)


def _merge_other_names(groups: list[_Group]) -> list[_Group]:
    """ "Jay-Z, real name Shawn Carter", "Chelsea Manning - then known as Bradley
    Manning": the other name joins the actor it names, whose name stays the one shown."""
    group_of_end = {m.end: g for g in groups for m in g.mentions if m.other_name_of is None}
    result = list(groups)
    for group in groups:
        targets = {
            id(target): target
            for m in group.mentions
            if m.other_name_of is not None
            for end in range(m.other_name_of - 3, m.other_name_of + 1)
            if (target := group_of_end.get(end)) is not None
        }
        if len(targets) != 1 or group.entry is not None:
            continue
        target = next(iter(targets.values()))
        if target is group or target not in result or group not in result:
            continue
        if any(m.other_name_of is None for m in group.mentions) and len(group.mentions) > 1:
            continue  # a name used in its own right too: two actors, or unclear
        target.mentions.extend(group.mentions)
        result.remove(group)
    return result


def _split_by_honorific(group: _Group) -> list[_Group]:
    """ "Mr Howard" and "Mrs Howard" in one article are two people: a group whose
    mentions carry honorifics of both sexes splits in two, each unmarked mention going
    with the nearest marked one before it (the first marked one if none is before).
    Each part keeps its honorific to show with a one-word name ("Mrs Howard"), so that
    the two are told apart on the page when neither joins a full name."""
    marked = [m for m in group.mentions if m.sex is not None]
    if len({m.sex for m in marked}) < 2:
        return [group]
    parts = {"m": _Group(entry=group.entry), "f": _Group()}
    first = min(marked, key=lambda m: m.start)
    for mention in sorted(group.mentions, key=lambda m: m.start):
        before = [m for m in marked if m.start <= mention.start] or [first]
        sex = mention.sex or max(before, key=lambda m: m.start).sex or "m"
        parts[sex].mentions.append(mention)
    for part in parts.values():
        words = Counter(m.honorific for m in part.mentions if m.honorific)
        part.honorific = words.most_common(1)[0][0] if words else None
    return [part for part in parts.values() if part.mentions]


def _merge_spouses(groups: list[_Group]) -> list[_Group]:
    """ "Michael Howard's wife, Sandra" ... "Mrs Howard": the article names the wife
    by her given name and her married surname, so the two are one person, "Sandra
    Howard". Only for a part split off by its honorific (the article itself writes the
    surname after "Mrs"), and one given name said to be that surname's spouse."""
    result = list(groups)
    for group in groups:
        if group.honorific is None or group not in result:
            continue
        surname = _longest_name(group)
        if " " in surname:
            continue
        spouses = [
            g
            for g in result
            if g is not group
            and " " not in _longest_name(g)
            and any(m.kin_of == surname for m in g.mentions)
            and _group_sex(g) in {None, _group_sex(group)}
        ]
        if len(spouses) != 1:
            continue
        given = spouses[0]
        for mention in given.mentions:
            if mention.kin_of == surname:
                mention.name = f"{mention.name} {surname}"
        group.mentions.extend(given.mentions)
        group.honorific = None
        result.remove(given)
    return result


def _group_sex(group: _Group) -> str | None:
    """ "m" or "f" when the article marks one (honorifics before its mentions) or the
    full name opens with a given name of one sex (derived from the archive); None when
    unknown or both."""
    sexes = {m.sex for m in group.mentions if m.sex is not None}
    words = _longest_name(group).split()
    for word in words[:2] if len(words) >= 2 else []:
        if word.casefold() in STYLE_TITLES:
            continue
        if word in MALE_GIVEN_NAMES:
            sexes.add("m")
        elif word in FEMALE_GIVEN_NAMES:
            sexes.add("f")
        break
    return sexes.pop() if len(sexes) == 1 else None


def _merge_nicknames(groups: list[_Group]) -> list[_Group]:
    """A nickname used alone ('Ryu "Keria" Min-seok' ... "a Keria special") joins its
    person. Only a group of bare nickname mentions that the model did not call a place
    ("LA" of 'Antonio "LA" Reid' stays the city where the article names it), and only a
    nickname of one person."""
    owners: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        for nickname in {m.nickname_name for m in group.mentions if m.nickname_name}:
            owners[_key(nickname)].append(group)
    if not owners:
        return groups
    kept: list[_Group] = []
    for group in groups:
        names = {_key(m.name) for m in group.mentions}
        owner = owners.get(next(iter(names))) if len(names) == 1 else None
        if (
            owner is not None
            and len(owner) == 1
            and owner[0] is not group
            and not any(m.label in {"GPE", "LOC", "FAC"} for m in group.mentions)
        ):
            owner[0].mentions.extend(group.mentions)
            continue
        kept.append(group)
    return kept


def _merge_registry(groups: list[_Group], registry: Registry) -> list[_Group]:
    """Groups whose names match the same registry entry become one, carrying the entry."""
    by_entry: dict[str, _Group] = {}
    rest: list[_Group] = []
    for group in groups:
        entry = None
        for mention in group.mentions:
            entry = registry.lookup(mention.name) or registry.lookup(f"the {mention.name}")
            if entry is not None:
                break
        if entry is None:
            rest.append(group)
            continue
        target = by_entry.setdefault(entry.name, _Group(entry=entry))
        target.mentions.extend(group.mentions)
    return [*by_entry.values(), *rest]


def _group_type(group: _Group) -> ActorType | None:
    """The type most of the group's mentions argue for, or None for non-actors.

    Each mention votes once, for the type its own evidence favours (the model's label,
    plus a title, a cue, the words of the name), so that a surname the model tags as
    an organisation in a few sentences is still typed by the rest. Ties go to the type
    with the most weight of evidence.
    """
    if group.entry is not None:
        return group.entry.type
    # Words of the text that name the type outright ("oil giant Yukos", "Lord Butler",
    # organisation words) hold for every mention, whatever the model's labels.
    decisive = [
        k
        for k in ACTOR_TYPE_ORDER
        if any(m.evidence().get(k, 0.0) >= DECISIVE[k] for m in group.mentions)
    ]
    if len(decisive) == 1:
        return decisive[0]  # type: ignore[return-value]
    evidence = group.evidence()
    # The grammar shows a body ("X, which", "X's Jimmy Page", "X manager Y") and nothing
    # in the text a person: the model's person labels do not outvote it. A full name
    # that opens with a given name shows one, however often the surname stands alone
    # ("James Baker" ... "Baker" ... "the Baker team").
    # "the Clinton team" beside "Hillary Clinton" and a score of "Clinton"s the model
    # calls a person: the name before a body's noun is the person's own team.
    named = _named_person(group)
    body = max(
        (
            m.evidence().get("organization", 0.0)
            for m in group.mentions
            if not (named and m.body_noun)
        ),
        default=0.0,
    )
    # A title or an honorific before one mention shows a person however many lone-word
    # mentions (each weak evidence, `_type_votes`) sum the person evidence down to zero:
    # "President Obama" beside "the letter to Obama, which" and "Obama aides".
    unshown = (
        evidence.get("person", 0.0) <= 0
        and evidence.get("place", 0.0) < 2.0
        and not any(_given_name_led_full(m.name) for m in group.mentions)
        and not any(m.roles or m.honorific for m in group.mentions)
    )
    if not decisive and body >= 3.0 and unshown:
        return "organization"
    counts: dict[str, int] = defaultdict(int)
    for mention in group.mentions:
        kind = mention.kind()
        if kind is not None:
            counts[kind] += 1
    if not counts:
        return None
    votes = group.vote()
    # A tie of the model's labels with nothing in the text for a person ("Manchester
    # United" once a place, once a person; "BBC Sport" once each) is not a person's name;
    # a surname used alone ("Rooney" of "Wayne Rooney") shows one, and only a name that
    # opens with a place or an acronym loses the tie ("Jean-Philippe Grandclaude" keeps it).
    shown = _person_shown(group) or not _body_or_place_shaped(_longest_name(group))
    best = max(
        ACTOR_TYPE_ORDER,
        key=lambda k: (counts.get(k, 0), votes.get(k, 0.0), k != "person" or shown),
    )
    return best  # type: ignore[return-value]


def _named_person(group: _Group) -> bool:
    """A person's full name of two words or more among the group's mentions ("Donald
    Trump" ... "Trump" ... "the Trump team"), or the surname of people named in full
    (`_shared_surname`) that the model labels a person in most of its mentions."""
    if group.surname:
        return 2 * sum(m.label == "PERSON" for m in group.mentions) > len(group.mentions)
    return any(
        m.label == "PERSON" and len(m.name.split()) >= 2 and not m.body_noun for m in group.mentions
    )


# Evidence in one mention that settles a group's type: an honorific or style (4), an
# organisation word or introduction (5, 6), a known place with a cue (4.5). A role (3)
# or a place cue (2) only votes.
DECISIVE = {"person": 4.0, "organization": 5.0, "place": 4.0}


def _body_or_place_shaped(name: str) -> bool:
    """A name opening with a place ("Manchester United") or an acronym ("BBC Sport")."""
    first = name.split()[0] if name.split() else ""
    lowered = first.casefold()
    return (first.isupper() and len(first) > 1) or (
        first not in GIVEN_NAMES and (lowered in KNOWN_PLACES or lowered in gazetteer())
    )


PLACE_LED_VOTE = 3.0
PLACE_CUE_VOTE = 2.0  # "in X", "near X", "the city of X" (`_has_place_cue`)


def _place_led(span: Span, label: str, name: str) -> bool:
    """A name the model calls a person or a body, shaped like a club's or a firm's
    (see `_place_led_body`), that does not speak: "Sheffield United", not "Victoria
    Wood said". A title or honorific before it takes the vote back (`_mention_from_span`)."""
    lowered = name.casefold()
    if label not in {"PERSON", "ORG"} or lowered in KNOWN_PLACES or lowered in gazetteer():
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.lower_ in {"'s", "\u2019s", "'", "\u2019"}:
        return False  # "American Airlines' Kent Powell": someone of the firm
    words = [w.strip(".,") for w in lowered.split()]
    if any(w in ORG_WORDS for w in words) or words[-1] in PLACE_HEAD_WORDS | EVENT_HEAD_WORDS:
        return False  # the words of the name already say what it is
    return _place_led_body(name) and not _speaks(span)


def _place_led_body(name: str) -> bool:
    """A place's name followed only by common words: "Sheffield United", "Manchester
    City", "Tampa Bay Buccaneers", "Leeds Rhinos". Clubs and firms are named so; a
    person's name is not (a given name opens it, or a surname ends it). The caller
    leaves out names that are places themselves ("New York") and names that speak."""
    words = name.split()
    if len(words) < 2 or words[0] in GIVEN_NAMES or not words[0][:1].isupper():
        return False
    if words[0].casefold() in SURNAME_PARTICLES:
        return False  # "Van Gogh", "De Klerk": a surname's particle, not the Turkish Van
    if words[0].casefold() not in KNOWN_PLACES and words[0].casefold() not in gazetteer():
        return False
    return all(
        word not in GIVEN_NAMES and word[:1].isupper() and _common_word(word.casefold())
        for word in words[1:]
    )


def _common_word(word: str) -> bool:
    """An English word of the lemmatizer's index, singular or plural ("buccaneers")."""
    return _dictionary_word(word) or (word.endswith("s") and _dictionary_word(word[:-1]))


def _longest_name(group: _Group) -> str:
    """The canonical name of a group: see `canonical_name` (mention names are bare).
    Another name given once ("real name Shawn Carter") is an alias, not the name."""
    names = [m.name for m in group.mentions if m.other_name_of is None]
    return _fullest(names or [m.name for m in group.mentions])


def bare_name(mention: str) -> str:
    """A name as written, without what is not part of the name: a leading article,
    "Mr"/"Mrs"/"Dr"-type honorifics (styles such as "Lord" stay), a possessive ending,
    brackets and extra spaces. "Mr Blair's" -> "Blair"; "Lord Butler's" -> "Lord Butler".
    """
    words = _clean_name(mention).split()
    while len(words) > 1 and (
        words[0].casefold() in {"the", "a", "an"}
        or (words[0].casefold() in HONORIFICS and words[0].casefold() not in STYLE_TITLES)
    ):
        words = words[1:]
    return " ".join(words)


def canonical_name(forms: list[str]) -> str:
    """The name to show for one actor, from the forms an article uses for it.

    The one rule of issue 11 for actors and speakers alike (the speaker resolver uses it
    so that speakers equal actor names): the fullest form, then the most used, then the
    longest, then the first. Styles that are part of how a person is known stay ("Lord
    Butler" seven times wins over "Robin Butler" once; "Prince Charles" over "Charles").
    Forms are compared as `bare_name` gives them. Raises ValueError on no forms.
    """
    names = [bare_name(form) for form in forms]
    names = [name for name in names if name]
    if not names:
        raise ValueError("canonical_name needs at least one form")
    return _fullest(names)


def _fullest(names: list[str]) -> str:
    """The fullest of bare names: most words, then most used, longest, first."""
    counts: dict[str, int] = defaultdict(int)
    first: dict[str, int] = {}  # where each name first stands (names.index, once)
    for number, name in enumerate(names):
        counts[name] += 1
        first.setdefault(name, number)
    return max(
        names,
        key=lambda n: (len(n.split()), counts[n], len(n), not n.isupper(), -first[n]),
    )


def _is_styled(name: str) -> bool:
    """ "Lord Butler", "Prince Charles": a style and one name."""
    words = name.split()
    return len(words) == 2 and words[0].casefold() in STYLE_TITLES


NAME_SUFFIXES = actor_spans.WORDS["name_suffixes"]
CHAMBER_WORDS = actor_spans.WORDS["chamber_words"]
ADJECTIVE_ENDINGS = actor_spans.WORDS["adjective_endings"]
POLITICAL_ADJECTIVES = actor_spans.WORDS["political_adjectives"]


def _merge_person_short_forms(groups: list[_Group]) -> list[_Group]:
    """Short forms join full names: "Austin" -> "Lloyd Austin", "Tony" -> "Tony Blair"."""
    full: list[_Group] = [
        g
        for g in groups
        if _group_type(g) == "person" and len(_longest_name(g).split()) >= 2 and g.entry is None
    ]
    # Full forms first ("Sir Joshua Reynolds", "Joshua Reynolds"), so that a surname
    # finds one person rather than two.
    groups = _merge_partial_full_names(groups, full)
    full = [g for g in full if g in groups]
    by_last: dict[str, list[_Group]] = defaultdict(list)
    by_first: dict[str, list[_Group]] = defaultdict(list)
    for group in full:
        words = _longest_name(group).split()
        by_last[name_key(words[-1])].append(group)
        if len(words) >= 3 and words[-1].casefold().strip(",") in NAME_SUFFIXES:
            by_last[name_key(words[-2])].append(group)  # "Wyatt" of "Oscar S. Wyatt Jr"
        if words[0].casefold() not in STYLE_TITLES:
            by_first[name_key(words[0])].append(group)
        elif len(words) >= 3:  # "Sheikh Abdul-Aziz bin Khalifa al-Thani" ... "Abdul-Aziz"
            by_first[name_key(words[1])].append(group)
    merged: list[_Group] = []
    for group in groups:
        if group in full or group.entry is not None:
            merged.append(group)
            continue
        name = _longest_name(group)
        target = _short_form_target(group, name, by_last, by_first)
        if target is None:
            group.surname = _shared_surname(group, name, by_last)
            merged.append(group)
        else:
            for mention in group.mentions:
                _as_person(mention)
            target.mentions.extend(group.mentions)
    return merged


def _as_person(mention: _Mention) -> None:
    """A surname of a person the article names in full is that person, whatever label
    the model gave this one occurrence ("Trump", "Assange" tagged as organisations)."""
    _as_type(mention, "person")


def _as_type(mention: _Mention, kind: str) -> None:
    """Replace the model's label of one mention by the type the article's naming shows."""
    votes = mention.evidence()
    votes[kind] = votes.get(kind, 0.0) + 1.0
    mention.votes = votes
    mention.base = kind


def _short_form_target(
    group: _Group,
    name: str,
    by_last: dict[str, list[_Group]],
    by_first: dict[str, list[_Group]],
) -> _Group | None:
    """The one full-name person a one-word name (or a surname of several words: "Le
    Bon" of "Simon Le Bon") stands for, or None."""
    words = name.split()
    if len(words) != 1:
        return _long_surname_target(group, name, by_last)
    # Only the text's own evidence keeps a surname apart from the full name: a clear
    # place cue ("in Jordan") or organisation words ("the firm Dell"). The model's
    # labels of single words are too noisy to outvote the article's naming.
    if _surname_kept_apart(group, name):
        return None
    key = name_key(words[0])
    candidates = _surname_candidates(group, key, by_last)
    if len(candidates) == 1:
        return candidates[0]
    if len(candidates) > 1:
        return _nearest_before(group, candidates)
    firsts = by_first.get(key) or []
    sex = _group_sex(group)
    if sex is not None:
        firsts = [c for c in firsts if _group_sex(c) in {None, sex}]
    if len(firsts) == 1 and group.vote().get("person", 0.0) > 0:
        return firsts[0]
    return None


def _surname_candidates(group: _Group, key: str, by_last: dict[str, list[_Group]]) -> list[_Group]:
    """The people named in full whose surname a one-word name may be, of its sex."""
    candidates = by_last.get(key) or by_last.get(key + "s") or []
    sex = _group_sex(group)
    if sex is not None:  # "Mrs Howard" is not Michael Howard
        candidates = [c for c in candidates if _group_sex(c) in {None, sex}]
    return candidates


def _shared_surname(group: _Group, name: str, by_last: dict[str, list[_Group]]) -> bool:
    """A one-word name that is the surname of people the article names in full, joined to
    none of them ("Clinton" in the headline, before Hillary and Bill Clinton are named),
    with nothing in the text a place or a body: a person's name."""
    words = name.split()
    return (
        len(words) == 1
        and bool(_surname_candidates(group, name_key(words[0]), by_last))
        and not _surname_kept_apart(group, name)
    )


def _surname_kept_apart(group: _Group, name: str) -> bool:
    """Does the text itself show a one-word name to be a place or a body rather than
    the surname of a person it names in full? Only a clear place cue ("in Jordan") or
    organisation words ("the firm Dell") do. The model's labels of single words are too
    noisy to outvote the article's naming, and so is the name before a body's noun ("the
    Clinton team", "the Clinton organization"): the person's own team, said of
    politicians in most stories about them."""
    votes = group.evidence()
    if (
        votes.get("place", 0.0) >= 2.0
        and votes.get("person", 0.0) < 3.0
        and _place_shown(group, name)
    ):
        return True
    body = sum(m.evidence().get("organization", 0.0) for m in group.mentions if not m.body_noun)
    # one "Assange, his legal team" does not outweigh a person's naming
    return body >= max(5.0, votes.get("person", 0.0))


def _place_shown(group: _Group, name: str) -> bool:
    """Does the article show a surname to be a place as well? A name the lexicon knows
    as a place ("in Jordan"), or a place cue in most of its mentions: one "in Scalia"
    or "coalescing around Sanders" among mentions of the person is a figure of speech,
    not a town called so."""
    if _known_place(name) or name.casefold() in gazetteer():
        return True
    cued = sum(1 for m in group.mentions if m.evidence().get("place", 0.0) >= 2.0)
    return 2 * cued > len(group.mentions)


def _long_surname_target(
    group: _Group, name: str, by_last: dict[str, list[_Group]]
) -> _Group | None:
    """The one person whose full name ends with the words of `name` and holds more
    ("Le Bon" of "Simon Le Bon", "van Persie" of "Robin van Persie"), when the text
    itself does not show `name` to be a body or a place."""
    words = name.split()
    if len(words) > 3 or not words[-1][:1].isupper():
        return None
    votes = group.evidence()
    if votes.get("organization", 0.0) >= 3.0 or votes.get("place", 0.0) >= 2.0:
        return None
    tail = name_key(name).split()
    found = [
        g
        for g in by_last.get(name_key(words[-1]), [])
        if len(full := name_key(_longest_name(g)).split()) > len(tail)
        and full[-len(tail) :] == tail
    ]
    return found[0] if len(found) == 1 else None


def _nearest_before(group: _Group, candidates: list[_Group]) -> _Group | None:
    """Of several people sharing a surname, the one introduced last before the short form.

    The short form's first use after any of them is introduced counts: a headline's
    "Trump" comes before every full name ("Republicans begin roll call vote to nominate
    Trump", then "Donald Trump" ... "Melania Trump"), and says nothing of which one."""
    introduced = min(
        (m.start for c in candidates for m in c.mentions if m.n_tokens >= 2), default=None
    )
    if introduced is None:
        return None
    after = [m.start for m in group.mentions if m.start > introduced]
    if not after:
        return None
    first = min(after)
    best, best_pos = None, -1
    for cand in candidates:
        positions = [m.start for m in cand.mentions if m.start < first and m.n_tokens >= 2]
        if positions and max(positions) > best_pos:
            best, best_pos = cand, max(positions)
    return best


def _merge_partial_full_names(groups: list[_Group], full: list[_Group]) -> list[_Group]:
    """One person under two full forms becomes one actor.

    Same first and last word ("Lloyd J. Austin", "Lloyd Austin"); or a style and the
    surname ("Lord Butler") with the one other full name ending in it ("Robin Butler").
    """
    by_ends: dict[tuple[str, str], _Group] = {}
    result: list[_Group] = []
    for group in groups:
        if group not in full:
            result.append(group)
            continue
        words = name_key(_longest_name(group)).split()
        ends = (words[0], words[-1])
        same = by_ends.get(ends)
        if same is not None and _middles_agree(_longest_name(same), _longest_name(group)):
            same.mentions.extend(group.mentions)
        else:
            by_ends[ends] = group
            result.append(group)
    by_last: dict[str, list[_Group]] = defaultdict(list)
    for group in result:
        if group in full:
            by_last[name_key(_longest_name(group).split()[-1])].append(group)
    for same in by_last.values():
        styled = [g for g in same if _is_styled(_longest_name(g))]
        plain = [g for g in same if g not in styled]
        if len(styled) == 1 and len(plain) == 1 and styled[0].entry is None:
            plain[0].mentions.extend(styled[0].mentions)
            result.remove(styled[0])
    return _merge_contained_names(result, full)


def _middles_agree(one: str, other: str) -> bool:
    """Whether two full names with the same first and last word may be one person:
    one has no middle name ("Lloyd Austin", "Lloyd J. Austin"), or the middle
    initials agree ("John F. Kennedy", "John Fitzgerald Kennedy"). "George H.W. Bush"
    and "George W. Bush" are father and son."""
    middles = [
        "".join(ch for w in name.split()[1:-1] for ch in _initials(w)) for name in (one, other)
    ]
    return not middles[0] or not middles[1] or middles[0] == middles[1]


def _initials(word: str) -> str:
    """ "H.W." -> "HW", "Fitzgerald" -> "F": the initials a middle name stands for."""
    parts = [p for p in word.replace("-", ".").split(".") if p]
    return "".join(p[0].upper() for p in parts)


def _merge_contained_names(groups: list[_Group], full: list[_Group]) -> list[_Group]:
    """A full name inside exactly one longer one joins it: "Prince Saud" and "Saud
    Al-Faisal" are "Prince Saud Al-Faisal" when the article names no other Saud."""
    people = [g for g in groups if g in full and g.entry is None]
    return _merge_into_container(groups, people)


def _merge_into_container(groups: list[_Group], candidates: list[_Group]) -> list[_Group]:
    """Each candidate whose name lies, as whole words, inside exactly one longer
    candidate's name joins that one (shortest first); the others stay as they are."""
    keys = {id(g): f" {name_key(_longest_name(g))} " for g in candidates}
    result = list(groups)
    for group in sorted(candidates, key=lambda g: len(keys[id(g)])):
        inside = keys[id(group)]
        longer = [
            g
            for g in candidates
            if g is not group
            and g in result
            and len(keys[id(g)]) > len(inside)
            and inside in keys[id(g)]
        ]
        if len(longer) == 1:
            longer[0].mentions.extend(group.mentions)
            result.remove(group)
    return result


def _acronym(name: str) -> str:
    """Initials of the capitalised words: "Institute for the Study of War" -> "ISW"."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isupper())


def _word_initials(name: str) -> str:
    """Initials of every word, small ones too: "Voice of America" -> "VOA",
    "Department of Transportation" -> "DOT" (agencies are abbreviated so)."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[:1].isalpha()).upper()


def _merge_acronyms(groups: list[_Group]) -> list[_Group]:
    """Acronyms join the name they abbreviate ("ISW", "Institute for the Study of War").

    A bracketed definition ("the National Security Agency (NSA)") comes first; an
    acronym that the initials of two named bodies spell ("National Security Adviser",
    "National Security Agency") joins neither, unless only one of them was named before
    the acronym's first use: "emails from the Democratic National Committee ... the DNC
    emails, just before the Democratic National Convention" (`_introduced_before`)."""
    long_by_acronym: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        name = _longest_name(group)
        if len(name.split()) >= 2 and _group_type(group) != "person":
            name = re.sub(r"^The ", "", name)
            stem = _without_company_form(name)  # "IBM" of "International Business Machines Corp"
            for initials in {_acronym(name), _acronym(stem), _word_initials(stem)}:
                long_by_acronym[initials].append(group)
    group_of = {id(m): g for g in groups for m in g.mentions}
    # "FDR" beside "Franklin Delano Roosevelt": a person's initials, no body's letters
    people = {
        _word_initials(_longest_name(g))
        for g in groups
        if len(_longest_name(g).split()) >= 3 and _group_type(g) == "person"
    }
    result: list[_Group] = []
    for group in groups:
        name = _longest_name(group)
        target = _bracketed_target(group, name, group_of)
        if target is None and name.replace(".", "") in people:
            result.append(group)
            continue
        spelled = long_by_acronym.get(name.replace(".", ""), []) if name.isupper() else []
        # one body under two forms ("Trans World Airlines Inc", "Trans World Airlines")
        stems = {name_key(_without_company_form(_longest_name(g))) for g in spelled}
        if target is None and len(stems) > 1:
            spelled = _introduced_before(spelled, group)
            stems = {name_key(_without_company_form(_longest_name(g))) for g in spelled}
        if target is None and spelled and len(stems) == 1:
            target = spelled[0]
            if _country_initials(name) and _group_type(target) != "place":
                target = None  # "US" is the country, not the initials of "Universal Studio"
        if target is None and name.isupper() and _group_type(group) == "organization":
            target = _inner_acronym_target(name, groups)
        if target is not None and target is not group and len(name) >= 2:
            target.mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


def _introduced_before(spelled: list[_Group], acronym: _Group) -> list[_Group]:
    """The bodies among `spelled` that the article names before the acronym's first use:
    a reader takes an acronym for a name already given, not one still to come."""
    first = min(mention.start for mention in acronym.mentions)
    return [g for g in spelled if min(mention.start for mention in g.mentions) < first]


def _inner_acronym_target(name: str, groups: list[_Group]) -> _Group | None:
    """The one organisation an acronym abbreviates with letters from inside its words
    ("WBG" of "Weibo Gaming"; `actor_spans.inner_acronym`); none when several fit."""
    found = [
        g
        for g in groups
        if _group_type(g) == "organization"
        and actor_spans.inner_acronym(name, re.sub(r"^The ", "", _longest_name(g)))
    ]
    return found[0] if len(found) == 1 else None


def _bracketed_target(group: _Group, name: str, group_of: dict[int, _Group]) -> _Group | None:
    """The organisation a bracketed short form follows, when the initials of its name
    appear in the short form in order ("Elspa" after "Leisure Software Publishers
    Association", whose first words the model left out)."""
    for mention in group.mentions:
        before = mention.bracketed_after
        target = group_of.get(id(before)) if before is not None else None
        if target is None or _group_type(target) != "organization":
            continue
        letters = iter(name.casefold())
        initials = _acronym(re.sub(r"^The ", "", before.name)).casefold()
        if len(initials) >= 2 and all(ch in letters for ch in initials):
            return target
        if _spelt_from(name, before.name):
            return target
        # after the ticker the bracket can only hold the firm's short form ("Statoil"
        # of "Den Norske Stats Oljeselskap"), led by the initial of one of its words
        if mention.after_ticker and name[:1] in {w[:1] for w in before.name.split()}:
            return target
    return None


def _spelt_from(short: str, name: str) -> bool:
    """Whether an all-capitals short form takes its letters, in order, from the name's
    words, the first from a word's initial: "COMEX" of "Commodity Exchange Inc", "VW" of
    "Volkswagen AG", "CAC" of "Victorian Corporate Affairs Commission". A list's next
    name ("Ford Motor Co, GM, and ...") spells nothing of the name before it."""
    if not short.isupper() or len(short) < 2 or not short.isalpha():
        return False
    words = [w for w in name.split() if w[:1].isupper()]
    for i, word in enumerate(words):
        if word[0] != short[0]:
            continue
        rest = iter(" ".join(words[i:])[1:].casefold())
        if all(ch in rest for ch in short[1:].casefold()):
            return True
    return False


# Last words of newspapers' names, which news uses alone for the paper it has named in
# full ("The New York Times ... the Times reported").
PUBLICATION_WORDS = word_set("times post journal herald telegraph tribune gazette chronicle")


def _merge_org_short_forms(groups: list[_Group]) -> list[_Group]:
    """A one-word name that starts or ends one organisation joins it ("Altria Group",
    "MG Rover"); places stay apart ("UK" is not "UK Coal").

    People introduced with a title or honorific keep their own record.
    """
    by_first: dict[str, list[_Group]] = defaultdict(list)
    by_last: dict[str, list[_Group]] = defaultdict(list)
    by_stem: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        name = re.sub(r"^The ", "", _longest_name(group))
        if len(name.split()) >= 2 and _group_type(group) == "organization":
            by_first[re.sub(r"['\u2019]s$", "", name.split()[0].casefold())].append(group)
            last = name.split()[-1].casefold()
            # not "Group", "Council"; but "the Times" of "The New York Times"
            if last not in ORG_WORDS or last in PUBLICATION_WORDS:
                by_last[last].append(group)
            stem = _without_company_form(name)
            if len(stem.split()) >= 2 and stem != name:
                by_stem[stem.casefold()].append(group)
                # "Kodak" of "Eastman Kodak Co": the last word before the company form
                stem_last = stem.split()[-1].casefold()
                if stem_last != last and stem_last not in ORG_WORDS:
                    by_last[stem_last].append(group)
    result: list[_Group] = []
    for group in groups:
        name = _longest_name(group)
        key = name.casefold()
        if len(name.split()) == 1:
            targets = by_first.get(key) or by_last.get(key) or []
            if _gentilic(group):  # "Israeli soldiers" name no "Israeli Defense Force"
                targets = []
            if _party_adjective(group) and not all(map(_party_body, targets)):
                targets = []  # "Republican front-runner": not the Republican National Convention
            if key in CHAMBER_WORDS:  # "the House" is no "House Intelligence Committee"
                targets = [t for t in targets if _chamber_itself(t, name)]
        else:  # "Gulf States" of "Gulf States Utilities Co"
            targets = by_stem.get(re.sub(r"^the ", "", key), [])
        if len(targets) > 1:  # "Sony" of "Sony Corp", not of "Sony Prudential Life"
            targets = [t for t in targets if _without_company_form(_longest_name(t)) == name]
            # "United" beside "Manchester United" and "Sheffield United": either club,
            # so neither, and no third actor on the page.
            group.shared_short = (
                len(targets) != 1
                and group.vote().get("person", 0.0) < 3.0
                # "Canada" of "Royal Bank of Canada" and "Banco Royal do Canada": the
                # country, as it would be beside one of them (below)
                and not (_group_type(group) == "place" and not _label_only_place(group))
            )
        if len(targets) == 1 and _surname_of(group, targets[0], by_first.get(key)):
            for mention in targets[0].mentions:
                _as_person(mention)  # "Ivo Minar" ... "Minar won": a person, not a firm
            for mention in group.mentions:
                _as_person(mention)
            targets[0].mentions.extend(group.mentions)
            continue
        votes = group.vote()
        if (
            len(targets) == 1
            and group.entry is None
            # a role in apposition ("MKI, a major broker") is no person's name unless
            # the model tags the name a person somewhere
            and (votes.get("person", 0.0) < 3.0 or not _ever_tagged_person(group))
            # a place only by the model's labels is the organisation's short name:
            # "Sands" of "Las Vegas Sands"; "UK" (a known place) is not "UK Coal"
            and (_group_type(group) != "place" or _label_only_place(group))
        ):
            for mention in group.mentions:
                _as_type(mention, "organization")
            targets[0].mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


def _ever_tagged_person(group: _Group) -> bool:
    """Whether the model tags any mention of the group a person."""
    return any(m.label == "PERSON" for m in group.mentions)


def _chamber_itself(target: _Group, chamber: str) -> bool:
    """Whether `target` is the chamber `chamber` itself: "House of Representatives",
    "House of Commons", or the chamber of a place ("U.S. House", "Florida Senate");
    not "White House" nor "House Intelligence Committee"."""
    words = _longest_name(target).split()
    if len(words) >= 3 and words[0].casefold() == chamber.casefold() and words[1] == "of":
        return True
    if len(words) < 2 or words[-1].casefold() != chamber.casefold():
        return False
    place = " ".join(words[:-1])
    return (
        _known_place(place)
        or place.casefold() in gazetteer()
        or name_key(place) in place_aliases()
        or place.replace(".", "") in us_state_codes()
    )


def _party_adjective(group: _Group) -> bool:
    """A party's adjective used mostly as an adjective ("Republican front-runner",
    "Democratic primary"): it may stand for the party, never for another body whose
    name it opens ("Republican National Convention", "Democratic National Committee")."""
    adjectival = sum(m.label == "NORP" and m.modifier for m in group.mentions)
    name = _longest_name(group).casefold()
    return name in POLITICAL_ADJECTIVES and 2 * adjectival > len(group.mentions)


def _party_body(group: _Group) -> bool:
    """A party by its name: "Republican Party", "Labour", "the Tories"."""
    name = _longest_name(group)
    return name.casefold().endswith(" party") or _party_named(name) is not None


def _gentilic(group: _Group) -> bool:
    """A one-word nationality used mostly as an adjective ("Israeli soldiers", "the
    Israeli government"): the people or state of a place, not a short form of the body
    whose name it opens ("Israeli Defense Force"). A body's short name is a noun of its
    own ("American said it would cut fares" of "American Airlines") and stays free to
    join."""
    adjectival = sum(m.label == "NORP" and m.modifier for m in group.mentions)
    if 2 * adjectival <= len(group.mentions):
        return False
    name = _longest_name(group)
    return " " not in name and _has_demonym_stem(name, (_gentilic_stems(),))


@cache
def _gentilic_stems() -> dict[str, set[str]]:
    """The demonym stems of the gazetteer's places and one-word aliases, built once."""
    return _demonym_stems(
        KNOWN_PLACES | {a for a in PLACE_ALIASES if " " not in a and "." not in a}
    )


def _surname_of(group: _Group, target: _Group, first_of: list[_Group] | None) -> bool:
    """Whether the one-word `group` is the surname of `target`, a person the model
    tagged as an organisation: the last word of a two- or three-word name, tagged a
    person wherever it stands alone, while nothing in the text makes the full name an
    organisation. Organisations are shortened to their first word ("Altria"), people
    to their last ("Minar")."""
    if first_of or group.entry is not None or target.entry is not None:
        return False
    if not all(m.label == "PERSON" or m.base == "person" for m in group.mentions):
        return False  # the model's label, or the type a team sheet gave the surname
    words = _longest_name(target).split()
    if not 2 <= len(words) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    return target.evidence().get("organization", 0.0) < 3.0


# Words of a company's legal or trading form, which its short name leaves out:
# "Gulf States Utilities Co" is "Gulf States" on second mention.
COMPANY_FORM_WORDS = word_set(
    """
    inc inc. corp corp. corporation co co. ltd ltd. plc llc llp ag sa gmbh nv n.v. company
    companies holdings group industries utilities utility bancorp
    """
)


def _without_company_form(name: str) -> str:
    """The name with its trailing company-form words removed ("Gulf States Utilities Co"),
    and the "and" before them ("Jardine Matheson and Co Ltd": "Jardine Matheson")."""
    words = name.split()
    while len(words) > 1 and words[-1].casefold().strip(",") in COMPANY_FORM_WORDS:
        words.pop()
        if len(words) > 2 and words[-1] in {"and", "&"}:
            words.pop()
    return " ".join(words)


def _label_only_place(group: _Group) -> bool:
    """A place by the model's labels alone: no cue, not a known place, no alias."""
    name = _longest_name(group).casefold()
    if name in KNOWN_PLACES or name_key(name) in place_aliases():
        return False
    return group.evidence().get("place", 0.0) <= 0.0


def _merge_contained_orgs(groups: list[_Group]) -> list[_Group]:
    """ "Media Council" joins "Ugandan Media Council" when it is inside no other name."""
    orgs = [
        g
        for g in groups
        if g.entry is None
        and _group_type(g) == "organization"
        and len(_longest_name(g).split()) >= 2
    ]
    groups = _merge_into_container(groups, orgs)
    # "told the Wheat Growers" after "the National Association of Wheat Growers": a
    # short form the model called a building, with nothing of a place about it.
    orgs = [g for g in orgs if g in groups]
    groups = _fold_into_one_container(
        groups,
        orgs,
        lambda group: _building_short_form(group, _longest_name(group)),
        lambda inside, outer: inside in outer,
    )
    return _merge_firms_without_form(groups, [g for g in orgs if g in groups])


def _merge_firms_without_form(groups: list[_Group], orgs: list[_Group]) -> list[_Group]:
    """ "Diamond Shamrock" joins "Diamond Shamrock Corp": a firm named without its
    company suffix, which the model took for a person's name (two capitalised words),
    when nothing in the text says it is a person (no honorific, role or person cue)."""
    firms: dict[str, list[_Group]] = defaultdict(list)
    for org in orgs:
        name = _longest_name(org)
        stem = _without_company_form(name)
        if stem != name:
            firms[name_key(stem)].append(org)
    if not firms:
        return groups
    result: list[_Group] = []
    for group in groups:
        targets = firms.get(name_key(_longest_name(group)), [])
        if (
            len(targets) == 1
            and targets[0] is not group
            and group.entry is None
            and _group_type(group) == "person"
            and not group.honorific
            and not any(m.roles or m.honorific for m in group.mentions)
            and group.evidence().get("person", 0.0) <= 0.0
        ):
            targets[0].mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


def _fold_into_one_container(
    groups: list[_Group],
    containers: list[_Group],
    short_form: Callable[[_Group], bool],
    inside_of: Callable[[str, str], bool],
) -> list[_Group]:
    """`groups` with each `short_form` group's mentions folded into the one group of
    `containers` whose name holds its name (`inside_of`, on name keys padded with
    spaces); a short form two containers hold stays apart, as it names neither surely."""
    keys = {id(g): f" {name_key(_longest_name(g))} " for g in containers}
    result: list[_Group] = []
    for group in groups:
        inside = f" {name_key(_longest_name(group))} "
        longer = (
            [g for g in containers if g is not group and inside_of(inside, keys[id(g)])]
            if short_form(group)
            else []
        )
        if len(longer) == 1:
            longer[0].mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


def _building_short_form(group: _Group, name: str) -> bool:
    """A name of two or more words that only the model's building label calls a place
    (no cue, no place word at its end)."""
    return (
        group.entry is None
        and len(name.split()) >= 2
        and {m.label for m in group.mentions} == {"FAC"}
        and name.split()[-1].casefold() not in PLACE_HEAD_WORDS
        and group.evidence().get("place", 0.0) <= 0.5 * len(group.mentions)
    )


def _merge_contained_places(groups: list[_Group]) -> list[_Group]:
    """ "Vegas" joins "Las Vegas", "Jerez" joins "Jerez de Frontera", when the article
    names one such longer place. Countries and regions stay apart ("Ireland" is not
    "Northern Ireland", "Sudan" not "South Sudan"), as do names with a role of their
    own in the registry. A name of two words or more that only the model's label calls
    a body joins too ("contest Bethnal Green" after "the constituency of Bethnal Green
    and Bow"): nothing in the text argues for a body."""
    places = [g for g in groups if g.entry is None and _group_type(g) == "place"]
    known = gazetteer() | KNOWN_PLACES
    mergeable = [
        g
        for g in places
        if not _longest_name(g).isupper()  # "LA" is no part of "La Liga"
        and (len(_longest_name(g).split()) >= 2 or _longest_name(g).casefold() not in known)
        # "Britain" (an alias of a country) is no part of "Labour Britain"
        and name_key(_longest_name(g)) not in place_aliases()
    ]
    groups = _merge_into_container(groups, mergeable)
    places = [g for g in places if g in groups]
    return _fold_into_one_container(
        groups,
        places,
        _label_only_body,
        lambda inside, outer: len(outer) > len(inside) and inside in outer,
    )


def _label_only_body(group: _Group) -> bool:
    """A name of two words or more that only the model's label calls a body."""
    return (
        group.entry is None
        and len(_longest_name(group).split()) >= 2
        and _group_type(group) == "organization"
        and group.evidence().get("organization", 0.0) <= 0
    )


def _merge_state_suffixed_places(groups: list[_Group]) -> list[_Group]:
    """ "Washington" joins "Washington DC", "Burlington" joins "Burlington VT": a place
    and the same place with a US state's code after it, known places or not
    (`_merge_contained_places` keeps known places apart)."""
    places = [g for g in groups if g.entry is None and _group_type(g) == "place"]
    suffixed: dict[str, _Group] = {}
    for group in places:
        words = _longest_name(group).split()
        if len(words) >= 2 and words[-1].replace(".", "") in us_state_codes():
            suffixed.setdefault(name_key(" ".join(words[:-1])), group)
    if not suffixed:
        return groups
    result: list[_Group] = []
    for group in groups:
        target = suffixed.get(name_key(_longest_name(group))) if group in places else None
        if target is not None and target is not group:
            target.mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


_COMPASS = frozenset({"north", "south", "east", "west"})


def _merge_compass_short_forms(groups: list[_Group]) -> list[_Group]:
    """ "the North" joins the one place named "North ..." ("North Korea"), as news
    writing shortens divided countries; with none or several such places it stays. A
    state or province is no divided country: "the South" of a story that names South
    Carolina is the region."""
    by_word: dict[str, list[_Group]] = defaultdict(list)
    for group in groups:
        words = _longest_name(group).split()
        if (
            len(words) >= 2
            and words[0].casefold() in _COMPASS
            and _group_type(group) == "place"
            and not _subdivision(" ".join(words))
        ):
            by_word[words[0].casefold()].append(group)
    result: list[_Group] = []
    for group in groups:
        name = _longest_name(group)
        targets = by_word.get(name.casefold(), []) if len(name.split()) == 1 else []
        if len(targets) == 1 and group.entry is None and _group_type(group) != "person":
            targets[0].mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


def _subdivision(name: str) -> bool:
    """A country's state, province or region (ISO 3166-2), not a country itself."""
    return name.casefold() in gazetteer() and not _country_name(name)


def _abbreviates(short: str, full: str) -> bool:
    """Whether the word `short` is a written abbreviation of `full`: its first letter,
    then some of its other letters in order ("Man" of "Manchester", "Utd" of "United",
    "Nottm" of "Nottingham")."""
    short, full = short.casefold().rstrip("."), full.casefold()
    if not 2 <= len(short) < len(full) or not short.isalpha() or short[0] != full[0]:
        return False
    letters = iter(full[1:])
    return all(ch in letters for ch in short[1:])


def _merge_abbreviated_names(groups: list[_Group]) -> list[_Group]:
    """A body or place written with abbreviated words joins the one name of as many
    words it abbreviates: "Man City" is "Manchester City", "Man Utd" "Manchester
    United", "Nottm Forest" "Nottingham Forest" (sports pages and team sheets write
    clubs so), "Con Edison" "Consolidated Edison Co" (a firm's legal form left out).
    People keep their own records, and so does a known place ("New York" is not "New
    Yorker")."""
    known = gazetteer() | KNOWN_PLACES
    bodies = [
        g
        for g in groups
        if g.entry is None
        and _group_type(g) in {"organization", "place"}
        and len(_longest_name(g).split()) >= 2
    ]
    targets_of: dict[int, list[_Group]] = {}
    target_of: dict[int, _Group] = {}
    for group in bodies:
        words = _longest_name(group).split()
        if _longest_name(group).casefold() in known:
            continue
        targets = []
        for other in bodies:
            # "Con Edison" of "Consolidated Edison Co": the company form left out
            full = _without_company_form(_longest_name(other)).split()
            if other is group or len(full) != len(words):
                continue
            pairs = list(zip(words, full, strict=True))
            if all(a == b or _abbreviates(a, b) for a, b in pairs) and any(
                a != b for a, b in pairs
            ):
                targets.append(other)
        targets_of[id(group)] = targets
    for group in bodies:
        targets = targets_of.get(id(group), [])
        # "Con Ed" abbreviates "Con Edison" and "Consolidated Edison Co", the first an
        # abbreviation of the second: one body, the fullest name
        ids = {id(t) for t in targets}
        ends = [t for t in targets if not ids & {id(u) for u in targets_of.get(id(t), [])}]
        if len(ends) == 1 and all(t is ends[0] or ends[0] in targets_of[id(t)] for t in targets):
            target_of[id(group)] = ends[0]
    result: list[_Group] = []
    for group in groups:
        target = target_of.get(id(group))
        seen = {id(group)}
        while target is not None and id(target) in target_of and id(target) not in seen:
            seen.add(id(target))  # "Con Ed" -> "Con Edison" -> "Consolidated Edison Co"
            target = target_of[id(target)]
        if target is not None and id(target) not in target_of:
            target.mentions.extend(group.mentions)
        else:
            result.append(group)
    return result


def _merge_clipped_names(groups: list[_Group]) -> list[_Group]:
    """A one-word body name that clips the first word of one longer body's name joins
    it: "the Fed" is the "Federal Reserve Board" the article names. Only when exactly
    one such body is named, never a known place or an acronym, and never the first part
    of a compound ("Mac" of "Macworld Expo")."""
    known = gazetteer() | KNOWN_PLACES
    bodies = [g for g in groups if g.entry is None and _group_type(g) == "organization"]
    # Each body's name, made again only when its mentions change, and the bodies merged
    # away: asked of every pair, they made this cubic in a paste of hundreds of names.
    names = {id(g): _longest_name(g) for g in bodies}
    merged: set[int] = set()
    for group in bodies:
        name = names[id(group)]
        if " " in name or len(name) < 3 or name.isupper() or name.casefold() in known:
            continue
        targets = [
            other
            for other in bodies
            if other is not group
            and id(other) not in merged
            and len(words := names[id(other)].split()) >= 2
            and len(words[0]) > len(name)
            and words[0].casefold().startswith(name.casefold())
            # "Mac" + "world", "Inter" + "national": a compound, not a clipped word
            and not _common_word(words[0][len(name) :].casefold())
            # "Congress" + "ional": an adjective made of the name, another body
            and words[0][len(name) :].casefold() not in ADJECTIVE_ENDINGS
        ]
        if len(targets) == 1:
            targets[0].mentions.extend(group.mentions)
            names[id(targets[0])] = _longest_name(targets[0])
            merged.add(id(group))
    return [group for group in groups if id(group) not in merged]


# --- records --------------------------------------------------------------------------


def _to_actor(group: _Group) -> Actor | None:
    """The Actor record of a group, or None for nationalities and leftovers."""
    kind = _group_type(group)
    if kind is None:
        return None
    # "OptInRealBig", "JPMorgan": written the way firms write. Only the type changes:
    # how sure we are that it is an actor at all stays as the first type had it.
    judged = kind
    if kind in {"person", "place"} and _brand_named(group):
        kind = "organization"
    labels = {m.label for m in group.mentions}
    if labels == {"NORP"}:
        return None  # "Russian", "Tory": nationalities and groups are not actors
    if group.entry is None and _is_demonym(group, kind):
        return None
    if kind == "place" and group.entry is None and all(m.place_modifier for m in group.mentions):
        return None  # "US dollars": the article is not about the place
    name = group.entry.name if group.entry is not None else _longest_name(group)
    if kind == "person" and group.honorific and " " not in name:
        name = f"{group.honorific} {name}"  # "Mrs Howard", told apart from "Mr Howard"
    if kind == "place" and group.entry is None:
        name = (
            place_aliases().get(name_key(name))
            or state_of_abbreviation(name)
            or state_of_place(name)
            or name
        )
        if name.isupper() and (
            all(len(w) >= 4 and w.isalpha() for w in name.split())
            # "NEW YORK", "LOS ANGELES": words of a place's name, one of them long
            or (
                " " in name
                and all(w.isalpha() for w in name.split())
                and any(len(w) >= 4 for w in name.split())
            )
        ):
            name = name.title()  # "In LONDON, LME silver", "NEW YORK - ": capitals, not initials
    if kind == "organization" and group.entry is None:
        name = _party_named(name) or _with_name_s(group, name)
    mentions = sorted(group.mentions, key=lambda m: m.start)
    aliases: list[str] = []
    seen = {name.casefold()}
    for m in mentions:
        if m.name.casefold() not in seen:
            seen.add(m.name.casefold())
            aliases.append(m.name)
    candidate_roles = list(group.entry.roles) if group.entry is not None else []
    if kind == "person":
        candidate_roles += [r for m in mentions for r in m.roles]
    # "service chief" beside "Former civil service chief": the fuller words win
    roles = fullest_roles(candidate_roles)
    spans = sorted({(m.start, m.end) for m in mentions})
    confidence = _confidence(group, judged, name)
    return Actor(name, kind, aliases, roles, len(spans), spans, confidence)


def _brand_named(group: _Group) -> bool:
    """Every mention is one word written the way firms write (`actor_cues.brand_shaped`),
    no known place, and nothing in the text settles a person or a place (no honorific,
    no style, no "the town of")."""
    if group.entry is not None:
        return False
    names = {m.name for m in group.mentions}
    if not all(actor_cues.brand_shaped(n) for n in names):
        return False
    if any(n.casefold() in KNOWN_PLACES or n.casefold() in gazetteer() for n in names):
        return False
    evidence = group.evidence()
    return all(evidence.get(k, 0.0) < DECISIVE[k] for k in ("person", "place"))


def _with_name_s(group: _Group, name: str) -> str:
    """ "McDonald's", "Sainsbury's": a firm named with "'s" that the model cut off as a
    possessive. Every mention has the "'s", and at least one where nothing owned
    follows it (`_s_in_name`); "Google's profits" alone stays "Google"."""
    suffixes = {m.s_after for m in group.mentions}
    if None in suffixes or not any(m.s_in_name for m in group.mentions):
        return name
    return name + sorted(s for s in suffixes if s is not None)[0]


DEMONYM_ENDINGS = ("i", "is", "an", "ans", "ian", "ians", "ese", "ish", "n", "ns")


KNOWN_PLACES_FOLDED = frozenset(name.casefold() for name in KNOWN_PLACES)


def _mark_demonyms(groups: list[_Group]) -> None:
    """Flags one-word names formed from a place the article names, or a known place."""
    places = set(KNOWN_PLACES_FOLDED)
    places.update(
        _longest_name(g).casefold()
        for g in groups
        if _group_type(g) == "place" and len(_longest_name(g).split()) == 1
    )
    places.update(
        _longest_name(g).casefold()
        for g in groups
        if _group_type(g) == "place" and len(_longest_name(g).split()) > 1
    )
    by_first: dict[str, set[str]] = defaultdict(set)  # "south" -> {"south africa", ...}
    for place in places:
        if " " in place:
            by_first[place.split()[0]].add(place)
    known = _known_place_stems()  # the gazetteer's, built once; then the article's own
    stems = (known, _demonym_stems(places - KNOWN_PLACES_FOLDED))
    for group in groups:
        name = _longest_name(group)
        if name.casefold() in KNOWN_PLACES:
            continue
        if len(name.split()) == 1:
            group.demonym = _has_demonym_stem(name, stems, besides=name.casefold())
        else:
            group.demonym = _people_of_place(name, stems, by_first)


def _people_of_place(name: str, stems: StemTables, by_first: dict[str, set[str]]) -> bool:
    """A name of several words for a place's people: "the South Africans" of "South
    Africa", "a beautiful Eastern European city" (compass words and "European").
    `by_first` holds the places of several words by their first word: only those
    opening with the name's first word can make it."""
    words = name.split()
    if any(w[:1].islower() for w in words):
        return False
    alike = by_first.get(words[0].casefold(), set()) - {name.casefold()}
    if alike and _demonym_of(name, alike):
        return True
    *before, last = words
    return all(w.casefold() in COMPASS_ADJECTIVES for w in before) and _has_demonym_stem(
        last, stems
    )


def _mark_lower_used(doc: Doc, groups: list[_Group]) -> None:
    """Flags one-word names that the article also writes as a common word, in lower
    case or as its singular: "Director of the Hotel" beside "the hotel", "bad Bills"
    beside "the bill"."""
    lower = _lower_case_words(doc)
    for group in groups:
        name = _longest_name(group)
        if " " in name or not name.istitle():
            continue
        word = name.casefold()
        group.lower_used = word in lower or (word.endswith("s") and word[:-1] in lower)
    for group in groups:
        group.recased = _recased(_longest_name(group), lower)


def _lower_case_words(doc: Doc) -> set[str]:
    """The lower-case forms and lemmas of the Doc's words written in lower case
    (`{t.lower_ for t in doc if t.is_lower} | {t.lemma_ for t in doc if t.is_lower}`),
    read from the Doc's arrays: once per distinct word, not once per token."""
    if not len(doc):
        return set()
    values = doc.to_array([IS_LOWER, LOWER, LEMMA])
    chosen = values[values[:, 0] != 0]
    strings = doc.vocab.strings
    return {strings[value] for value in np.unique(chosen[:, 1:]).tolist()}


DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")


def _recased(name: str, lower: set[str]) -> bool:
    """ "U.S. Dollar", "U.S. Pressure", "U.S. Officials" beside "the dollar", "pressure",
    "officials": wire copy capitalises the word after an abbreviation as if a sentence
    began there. A dotted abbreviation followed only by words the article writes in
    lower case elsewhere is that, not a name; a body's word at the end keeps it one
    ("U.S. Agriculture Department", "U.S. Navy")."""
    words = name.split()
    if len(words) < 2 or not DOTTED_ABBREVIATION.fullmatch(words[0]):
        return False
    rest = [w.casefold() for w in words[1:]]
    return rest[-1] not in ORG_WORDS and all(
        w.istitle() and (c in lower or (c.endswith("s") and c[:-1] in lower))
        for w, c in zip(words[1:], rest, strict=True)
    )


def _demonym_of(name: str, places: set[str]) -> bool:
    """ "Kuwaiti" of "Kuwait", "Ukrainian" of "Ukraine", "Kashmiris" of "Kashmir";
    the people of a place in "-ia", a plural of its stem: "Yugoslavs", "Serbs", "Croats"
    (not the stem alone: "Tunis" of "Tunisia" is a city)."""
    lowered = name.casefold()
    for place in places:
        if place.endswith("ia") and len(place) >= 6 and lowered == place[:-2] + "s":
            return True
        for cut in (0, 1, 2):
            stem = place[: len(place) - cut] if cut else place
            if (
                len(stem) >= 4
                and lowered.startswith(stem)
                and lowered[len(stem) :] in DEMONYM_ENDINGS
            ):
                return True
    return False


def _demonym_stems(places: Iterable[str]) -> dict[str, set[str]]:
    """Stem -> the places it is cut from: `_demonym_of`'s stems (a place whole, less its
    last letter, less its last two; four letters or more), for `_has_demonym_stem`."""
    stems: dict[str, set[str]] = defaultdict(set)
    for place in places:
        for cut in (0, 1, 2):
            stem = place[: len(place) - cut] if cut else place
            if len(stem) >= 4:
                stems[stem].add(place)
    return stems


#: Stem indexes (`_demonym_stems`) whose places together are the ones to look at.
StemTables = tuple[dict[str, set[str]], ...]


def _has_demonym_stem(name: str, stems: StemTables, besides: str = "") -> bool:
    """`_demonym_of(name, places - {besides})` for the places of the `stems` tables,
    found by cutting the name at each ending instead of trying every place of the
    article and the gazetteer on every one-word name (each name's cuts are a handful;
    the places are hundreds)."""
    lowered = name.casefold()
    for cut in range(4, len(lowered) + 1):
        if lowered[cut:] in DEMONYM_ENDINGS and any(
            table.get(lowered[:cut], set()) - {besides} for table in stems
        ):
            return True
    # the people of a place in "-ia" ("Yugoslavs" of "Yugoslavia"): the place less its
    # last two letters is one of its stems
    place = lowered[:-1] + "ia"
    return (
        lowered.endswith("s")
        and len(place) >= 6
        and any(place in table.get(lowered[:-1], set()) - {besides} for table in stems)
    )


@cache
def _known_place_stems() -> dict[str, set[str]]:
    """The demonym stems of the gazetteer's places (casefolded), built once."""
    return _demonym_stems(KNOWN_PLACES_FOLDED)


def _is_demonym(group: _Group, kind: str) -> bool:
    """ "Ukrainian" in "Ukrainian troops": a nationality the model sometimes tags as a
    place. One word, used as an adjective or labelled a nationality somewhere in the
    article, and never with a place cue or organisation words of its own."""
    names = {m.name for m in group.mentions}
    if any(len(name.split()) > 1 for name in names) and not group.demonym:
        return False  # "the South Africans" is flagged (`_people_of_place`)
    evidence = group.evidence()
    if evidence.get("place", 0.0) >= 1.5 or evidence.get("organization", 0.0) >= 5.0:
        return False
    if next(iter(names)).casefold() in KNOWN_PLACES:
        return False
    adjectival = sum(m.label == "NORP" or m.modifier for m in group.mentions)
    if adjectival and (kind != "person" or 2 * adjectival >= len(group.mentions)):
        return True
    # "Francis" looks like "France" + "is": the spelling alone never unmakes a person
    return group.demonym and kind != "person"


def _confidence(group: _Group, kind: str, name: str) -> float:
    """How sure the article makes us that `name` is an actor of type `kind` (0-1).

    Strong: the editors' registry; words of the text that say the type (a title or
    honorific, an apposition role, organisation words, a place cue); a full name of
    several words. Middling: a single word that speaks ("X said") or recurs. Weak
    (below CONFIDENT: no actor page, no search filter): a single organisation or place
    word the model tagged once with nothing else for it. Junk (below LISTED: not on the
    briefing at all): a single word called a person with nothing of a person about it,
    a "person" holding digits or a possessive.
    """
    if group.entry is not None:
        return 1.0
    if group.shared_short and kind != "person":
        return 0.2  # the short form of several bodies: which one is not known
    if group.recased and kind != "person" and not any(m.speaks for m in group.mentions):
        return 0.2  # "U.S. Dollar" beside "the dollar": a wire's capitals; "U.S. Steel said"
    if (kind != "person" or not _person_shown_apart_from_forms(group)) and _thing_named(
        group, name
    ):
        return 0.2  # "standard CCTV units", "a super PAC": a kind of thing, not an actor
    if (kind != "person" or not _person_shown_apart_from_forms(group)) and group.product:
        return 0.2  # "a 2.6ghz Intel Celeron chip", "the SIM card": a product, not an actor
    evidence = group.evidence()
    words = name.split()
    if len(name) >= 2 and ROMAN_NUMERAL.fullmatch(name):
        return 0.2  # "World XV", "Henry VIII" cut short: a numeral, not an actor
    if (
        kind == "organization"
        and actor_spans.role_acronym(name)
        and not any(m.speaks for m in group.mentions)
    ):
        return 0.2  # "the SG's advocacy", "finals MVP": an office or an award
    if kind != "person" and name.casefold() in language_names():
        return 0.2  # "learning Hindi": a language, not a place or a body
    if any(ch.isdigit() for ch in name) and kind == "person":
        return 0.2  # "Spider-Man 2": a title, not a person
    if any(re.search(r"['\u2019]s\b", m.name) for m in group.mentions) and kind == "person":
        return 0.2  # "Gumayusi's Draven": a phrase, not a name
    if kind == "person" and _made_of_words(name) and not _person_shown(group):
        return 0.2  # "Iron Maiden", "Age Concern": words, and nothing of a person
    strong = {"person": 3.0, "organization": 5.0, "place": 1.5}[kind]
    if evidence.get(kind, 0.0) >= strong:
        return 1.0
    if kind == "person" and _titled_in_office(group, name):
        return 0.8  # "President Obama" once among "Obama aides": the lone words sum less
    if kind == "place" and (name.casefold() in KNOWN_PLACES or name in PLACE_ALIASES.values()):
        return 1.0
    if kind == "place" and name.casefold() in gazetteer():
        return 0.8  # an ISO country or region the model tagged
    if (
        kind != "person"
        and group.lower_used
        and evidence.get(kind, 0.0) <= 0.0
        and not _person_shown(group)
        and not any(m.acting or m.context for m in group.mentions)
    ):  # "The Intercept's Sam Biddle", "Time magazine" name bodies all the same
        return 0.3  # "Director of the Hotel" beside "the hotel": a common word
    several = [m for m in group.mentions if m.kind() == kind]
    if len(words) >= 2 and several:
        return 0.8
    if kind == "organization" and name.isupper() and len(name) >= 2:
        return 0.7  # an acronym: "CIA", "IMF"
    if any(m.speaks or m.context == kind for m in group.mentions):
        return 0.6
    if kind != "person" and len(several) >= 2:
        return 0.6
    if kind == "place" and len(words) == 1:
        return 0.3  # "Hysteria", "Zinedine": one unknown word the model called a place once
    if kind != "person":
        return 0.45  # once, by the model's word alone: listed, but no page
    return 0.3  # a lone word with nothing of a person about it: not listed


ROMAN_NUMERAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")


def _titled_in_office(group: _Group, name: str) -> bool:
    """An office title before one of the group's mentions ("President Obama", `_office`),
    and a name that is no English word, or recurs: "Coach Carter" (a film) and "Head
    Start" (a programme) are one title and a common word once; "Governor Bush" recurs."""
    if not any(m.office for m in group.mentions) or name in GIVEN_NAMES | LISTED_GIVEN_NAMES:
        return False  # "President Enrique" of a full name the text cut
    return not _dictionary_word(name.casefold()) or len({m.start for m in group.mentions}) >= 2


@cache
def thing_names() -> frozenset[str]:
    """Names the model tags as actors that news writing uses for kinds of things
    ("CCTV cameras", "a USB stick"), derived from a corpus by benchmarks/thing_names.py."""
    return derived_lists("thing_names").get("thing_names", frozenset())


def _thing_named(group: _Group, name: str) -> bool:
    """Whether the article names a kind of thing, not an actor.

    Most mentions are uses for a thing (`_thing_use`) and none shows an actor (no
    mention acts, speaks or holds a role), and either most are one of a kind ("a super
    PAC", "in a US District Court"), or the article uses the name for a thing again and
    again ("DVR recordings" and "the DVR size", "an IP address" three times: once
    proves nothing, "the NBC broadcast" alone keeps NBC), or news writing uses the name
    for things only (`thing_names`: "standard CCTV units"). Known places stay: "U.S.
    inflation", "the Iran deal" and "a Trenton native" name places of the story.
    """
    lowered = name.casefold()
    if lowered in KNOWN_PLACES or lowered in gazetteer() or name in PLACE_ALIASES.values():
        return False
    # A nationality word ("the Soviet housewife") names no thing: it is left to
    # `_is_demonym`, and the group's other mentions decide.
    things = sum(m.thing and m.label != "NORP" and not m.modifier for m in group.mentions)
    if not things or 2 * things < len(group.mentions):
        return False
    if any((m.acting and not m.thing) or m.speaks or m.roles or m.context for m in group.mentions):
        return False
    kinds = sum(m.one_of_kind for m in group.mentions)
    return 2 * kinds >= len(group.mentions) or name in thing_names() or _thing_again(group, things)


def _thing_again(group: _Group, things: int) -> bool:
    """The article uses the name for a thing again and again, and nothing in it says
    what kind of actor it would be: no organisation words ("its sporty Alfa Romeo
    subsidiary" makes "Alfa Romeo engines" a carmaker's), no person evidence, and no
    place type (an unknown place's own head noun is no thing: "the Terra Nova field")."""
    if things < REPEATED_THING_USES:
        return False
    evidence = group.evidence()
    if any(evidence.get(kind, 0.0) > 0 for kind in ("organization", "person", "place")):
        return False
    return _group_type(group) != "place"


def _mark_products(groups: list[_Group]) -> None:
    """Flags the groups whose name the article uses for a product only
    (`_product_named`), and the longer forms of such a name that show no actor either:
    "Windows XP Home" in a list of a PC's parts beside "Windows XP home edition", and
    "from Windows 2000 to Windows XP" beside "XP code". A place cue ("to X") is no
    actor's evidence there: the article already names the product."""
    named = {
        _longest_name(g)
        for g in groups
        if g.entry is None
        and (_group_type(g) != "person" or not _person_shown_apart_from_forms(g))
        and _product_named(g, _longest_name(g))
    }
    for group in groups:
        if group.entry is not None:
            continue
        name = _longest_name(group)
        group.product = name in named or (
            any(_longer_form(name, product) for product in named)
            and _shows_no_actor(group, place_cues=False)
        )


def _longer_form(name: str, product: str) -> str | None:
    """The one word `name` adds to the product name it opens or ends with, when it is no
    organisation word ("Windows XP Home", "Windows XP"; not "Samsung Group")."""
    if name.startswith(product + " "):
        extra = name[len(product) + 1 :]
    elif name.endswith(" " + product):
        extra = name[: -len(product) - 1]
    else:
        return None
    if " " in extra or extra.casefold() in ORG_WORDS | COMPANY_FORM_WORDS:
        return None  # "Windows XP Counterfeit Project": a scheme of its own
    return extra


def _shows_no_actor(group: _Group, place_cues: bool = True) -> bool:
    """No mention acts, speaks, holds a role or has a body's (or, unless `place_cues` is
    false, a place's) context word, and nothing in the text argues for an organisation
    or a person."""
    if any(m.acting or m.speaks or m.roles for m in group.mentions):
        return False
    if any(m.context == "organization" or (place_cues and m.context) for m in group.mentions):
        return False
    evidence = group.evidence()
    return not any(evidence.get(kind, 0.0) > 0 for kind in ("organization", "person"))


def _product_named(group: _Group, name: str) -> bool:
    """Whether the article uses the name for a product only (`product_use`).

    At least half of the mentions name the product ("the SIM card number" and
    "removed the SIM"), and nothing shows an actor: no mention acts ("Intel's chips",
    "Intel said"), speaks, holds a role or has a body's context word, and nothing in the
    text argues for an organisation or a person ("Nokia, the phone maker"). A place
    cue in the other mentions ("from Windows Vista to ...") is no evidence against a
    product; known places stay ("US phones" names a country of the story).
    """
    lowered = name.casefold()
    if (
        lowered in KNOWN_PLACES
        or lowered in gazetteer()
        or name in PLACE_ALIASES.values()
        or name_key(name) in place_aliases()  # "the top UK gadget": still the country
    ):
        return False
    if group.evidence().get("place", 0.0) >= PLACE_CUE_VOTE:
        return False  # "the PSP in Ruritania": a place cue in another mention
    products = sum(m.product for m in group.mentions)
    if not products or 2 * products < len(group.mentions):
        return False
    return _shows_no_actor(group, place_cues=False)


# How many uses for a thing in one article make a name a thing's (`_thing_named`).
REPEATED_THING_USES = 2


def _dictionary_word(word: str) -> bool:
    """Whether `word` (lower case) is an English word of the lemmatizer's index."""
    return word in _common_words()


def _made_of_words(name: str) -> bool:
    """A name of two or more dictionary words, opening with a word that is more than a
    noun and not a given name: see `dictionary_words`."""
    parts = name.split()
    if len(parts) < 2 or parts[0] in GIVEN_NAMES:
        return False
    index = dictionary_words()
    if not index:
        return False
    first = parts[0].casefold()
    if not any(first in index[pos] for pos in ("verb", "adj", "adv")):
        return False
    return all(_common_word(part.casefold().strip(".,")) for part in parts)


def _person_shown_apart_from_forms(group: _Group) -> bool:
    """`_person_shown` without its weakest sign, a second form of the name: "the Mac
    mini" beside "a less powerful Mac Mini" shows no person, "Mr Cox" beside "Gavin
    Cox" does (an honorific is person evidence)."""
    if group.evidence().get("person", 0.0) > 0 or group.honorific:
        return True
    return any(m.speaks or m.roles or m.honorific for m in group.mentions)


def _person_shown(group: _Group) -> bool:
    """Whether the text shows a person: a title, honorific, role, person noun or
    given name (person evidence), the surname used alone, or speech."""
    if group.evidence().get("person", 0.0) > 0:
        return True
    if any(m.speaks or m.roles for m in group.mentions):
        return True
    return len({m.name for m in group.mentions}) > 1


def _add_surname_mentions(doc: Doc, actors: list[Actor]) -> None:
    """Counts surname mentions of people the model did not tag ("Goemans said")."""
    by_word: dict[str, Actor] = {}
    ambiguous: set[str] = set()
    for actor in actors:
        if actor.type != "person" or len(actor.name.split()) < 2:
            continue
        word = actor.name.split()[-1]
        if word in by_word and by_word[word] is not actor:
            ambiguous.add(word)
        by_word[word] = actor
    if not by_word:
        return
    taken = {i for a in actors for s, e in a.spans for i in range(s, e)}
    for token in doc:
        actor = by_word.get(token.text)
        if actor is None or token.text in ambiguous or token.idx in taken:
            continue
        if token.pos_ != "PROPN" and not token.is_title:
            continue
        actor.spans.append((token.idx, token.idx + len(token.text)))
        taken.update(range(token.idx, token.idx + len(token.text)))
        if token.text not in actor.aliases:
            actor.aliases.append(token.text)
    for actor in actors:
        actor.spans.sort()
        actor.mentions = len(actor.spans)


def _take_only_full_form(actor: Actor, full: set[str], taken: set[str]) -> None:
    """Renames an actor to the one full form of its name the article gives (the old
    name becomes its first alias); none or several forms, or a form another actor
    already holds, leave it as it is."""
    if len(full) != 1:
        return
    name = next(iter(full))
    if name in taken:
        return
    actor.aliases = [actor.name, *[a for a in actor.aliases if a != actor.name]]
    actor.name = name
    taken.add(name)


def _complete_surnames(doc: Doc, actors: list[Actor]) -> None:
    """Names a person known only by a surname with the full name the article gives
    once, untagged by the model ("an interview conducted by Aitor Martinez, a lawyer";
    then "Martinez said" throughout).

    The word before the surname must be a capitalised proper noun inside a sentence,
    no English word (or a known given name), no title and no part of another name or
    entity; the word before it must not be capitalised (no longer name or phrase). One
    full form only: two different ones leave the surname alone.
    """
    taken = {a.name for a in actors}
    # Where each word stands, found in one pass: a pass per actor grew with the square
    # of the article (more words, more actors), minutes on a long run-on paste.
    at: dict[str, list[int]] = {}
    for token in doc:
        if token.i >= 2:
            at.setdefault(token.text, []).append(token.i)
    for actor in actors:
        if actor.type != "person" or " " in actor.name or not actor.name[:1].isupper():
            continue
        full: set[str] = set()
        for i in at.get(actor.name, ()):
            given, before = doc[i - 1], doc[i - 2]
            if (
                given.pos_ == "PROPN"
                and given.is_title
                and given.is_alpha
                and not given.is_sent_start
                and not given.ent_type_
                and given.whitespace_ == " "
                and (given.text in GIVEN_NAMES or not _common_word(given.lower_))
                and given.lower_ not in TITLE_WORDS
                and given.lower_ not in HONORIFICS
                and not (before.is_title or before.is_upper or before.text in {"-", "&"})
            ):
                full.add(f"{given.text} {actor.name}")
        _take_only_full_form(actor, full, taken)


def _complete_given_names(doc: Doc, actors: list[Actor]) -> None:
    """Names a person the model tagged by the given name alone with the surname written
    right after it ("Scott Richter, the man behind ...", where the model took "Scott").

    The next word must be a capitalised proper noun of no entity, no English word, no
    title, followed by no further capitalised word (no longer name or phrase). One full
    form only: two different ones leave the given name alone.
    """
    taken = {a.name for a in actors}
    for actor in actors:
        if actor.type != "person" or " " in actor.name or actor.name not in GIVEN_NAMES:
            continue
        full: set[str] = set()
        for start, end in actor.spans:
            span = doc.char_span(start, end)
            if span is None or span.end + 1 >= len(doc) or span.text != actor.name:
                continue
            surname, after = doc[span.end], doc[span.end + 1]
            if (
                surname.pos_ == "PROPN"
                and surname.is_title
                and surname.is_alpha
                and not surname.ent_type_
                and span[-1].whitespace_ == " "
                and not _common_word(surname.lower_)
                and surname.text not in GIVEN_NAMES
                and surname.lower_ not in TITLE_WORDS
                and not (after.is_title or after.is_upper)
            ):
                full.add(f"{actor.name} {surname.text}")
        _take_only_full_form(actor, full, taken)
