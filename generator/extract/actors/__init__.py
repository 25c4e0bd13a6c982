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

The flow, top to bottom (a module imports only the ones below it):

    extract        extract_actors: collect, group, type, record, complete surnames
    collect        the article's entities and extra names -> mentions
      span_mention   one entity span -> a cleaned mention with its type votes
      spoken_names   speakers, firms and parties the model did not tag
      entity_parts   an entity that is several names ("Smith and Jones")
      joined         entities the model split ("AT & T", particles in surnames)
        and_co         firms named "X and Co", "X, Y and Co", "X (Far East) Ltd"
        nationality_firms  "American" + "Honda": one firm's name
      cut_bodies     bodies cut at "of" or before "subcommittee", glued to a place
      sheets         lists, team sheets and fixtures
      registry       the editors' registry's names
      glued_names    names run into a heading's words, a place or a second name
      fragments      the second half of a pair of names ("West" of "Dundee East and West")
      named_again    a person's full name the model mislabels where it is written again
      family_names   a relative: a given name before a person's surname ("Ivanka Hale")
      role_led_names a person's name tagged a product, after a role ("author Cornel West")
    type_votes     the evidence around a mention, as votes on its type
      type_cues    the single cues (place cue, person shape, thing use, ...)
      works        titles of works ("the film Jaws"), quoted titles
      performed    titles performers star in ("starred in Garden State")
      work_cues    more titles ("X and Y" of a title, "two singles, X", "a rendition of X")
      plausible    whether a span can be a name at all
      body_name_cues  an acronym or "of COUNTRY Ltd" beside a name ("X, PDVSA")
      place_nouns  a name before a noun of ground or water ("the X waterway")
    roles          the role written with a person's name ("the defense secretary")
    merge_aliases  nicknames, spouses, honorific splits, registry aliases
    merge_people   surnames and short forms of a person's name
      given_forms  two forms of one given name ("Bill", "William")
    merge_orgs     acronyms, short forms and containers of organisations
      makers       a maker's product named with the maker ("Microsoft Xbox")
      programmes     a network's programme ("NBC Nightly News"), no long form of "NBC"
    org_parts      a body's words only the model calls a person ("Den Danske" of "... Bank")
    merge_places   contained, abbreviated and compass-qualified places
    kind_nouns     "the Association" of the one association named; "Kazakh city"
    place_nicknames  "the Granite State" of New Hampshire
    records        a group -> an `Actor`, with its confidence
      common_nouns   common words the model tags ("Cinemas will", "the MPs", "VAT")
      defined_things names the text defines as things ("X, a drug") or designations
                     ("a Gold Star mother")
      named_after    brands, laws and eras named like a person ("Jim Crow laws")
      media_bodies   publications and services the model calls places ("the Netflix drama")
    demonyms       "Russian", "Kenyans": the people of a place
    things         products and things that are no actors
    surnames       surnames and given names completed from the full names
    groups         `_Group` helpers: the longest name, the group's type and sex
    mention        `_Mention` and `_Group`, the records the steps pass on
    names          name forms: the key, the bare and canonical name, companies, parties
    places         the gazetteer, known places, countries, US states
    vocabulary     dictionary words and common words
    lexicon        the word lists several modules share
"""

from __future__ import annotations

from generator.extract.actors.extract import extract_actors, sort_actors
from generator.extract.actors.lexicon import (
    FEMALE_HONORIFICS,
    HONORIFICS,
    MALE_HONORIFICS,
    PARTY_WORDS,
    STYLE_TITLES,
    TITLE_WORDS,
)
from generator.extract.actors.names import canonical_name
from generator.extract.actors.places import KNOWN_PLACES, gazetteer
from generator.extract.actors.roles import person_noun, printable_roles
from generator.extract.actors.vocabulary import _common_words as common_words

__all__ = [
    "FEMALE_HONORIFICS",
    "HONORIFICS",
    "KNOWN_PLACES",
    "MALE_HONORIFICS",
    "PARTY_WORDS",
    "STYLE_TITLES",
    "TITLE_WORDS",
    "canonical_name",
    "common_words",
    "extract_actors",
    "gazetteer",
    "person_noun",
    "printable_roles",
    "sort_actors",
]
