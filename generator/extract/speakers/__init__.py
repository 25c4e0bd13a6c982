"""Speaker resolution: who said each quotation, as the canonical name of an actor.

The quote extractor records the speaker as written ("he", "Austin", "the defense
secretary", "a spokesman for the ministry") with its character offsets; this package
maps that mention to one of the article's actors. Readers follow a person across
briefings by that name, so a wrong name does more harm than a missing one: every rule
here returns None unless the text makes the answer clear.

Linear in the number of quotes times a small window of preceding mentions; never raises.

The flow, top to bottom (a module imports only the ones below it):

    headings      settle_mentions: the words shown for a speaker no actor was found for
    resolve       resolve_speakers: quotes in text order, the shared clause, the checks
    mention       one mention -> the rule for its kind (pronoun, name, description, body)
    described_subject / other_sex / chained / untagged
                  "he"/"she" the walk in pronouns leaves to no one: after a description
                  of a named person, past a man by given name ("she"), at the end of a
                  long "he" chain, after a name the model left untagged
    sole_person   "he"/"she" in a stretch that names one person who may be it
    pronouns      "he"/"she" -> the person it refers to
    descriptions  "the defense secretary", "the 20-year-old" -> the person described
    named_next    a description whose person is named right beside it
    offices       titles and offices: "the Florida senator", "the governor"
    reports       the earlier reporting clause a pronoun or group continues
    chains        the subject of the sentences before (an unnamed speaker's antecedent)
    body_checks   "the company" refused: the sentence before is about a missed body;
                  "the veteran game maker says he"
    subject_body  "the firm" right after a sentence whose subject is that body
    same_voices   "Officials added" right after "Treasury officials said"
    named_body    a bare name that the article shows is a body's ("Icstis, the
                  watchdog, said", "CECOS International Inc said", "CECOS said")
    orgs          "the ministry", "the newspaper" -> the body named before
    companies     wire copy's company voice and a company's short and long names
    bodies        bodies named inside a mention, parties, bodies the model missed
    apposition    names in apposition, lists, names right after a title
    namesakes     two people who share a surname
    initials      acronyms and the bodies they stand for
    lookup        a mention's own text looked up among the actors
    gender        the sex of a description, a given name, an honorific
    in_passing    people named only in passing ("the Obama administration")
    context       `_Context`: the article's lookups built once, shared by every rule
    name_text     word-level helpers on mention text
    lexicon       the word lists several modules share
"""

from __future__ import annotations

from generator.extract.speakers.headings import settle_mentions
from generator.extract.speakers.resolve import resolve_speakers, unspoken

__all__ = ["resolve_speakers", "settle_mentions", "unspoken"]
