"""Speakers on fresh text (issue 11): classes found in the retired MEASURE part, each
written here as an article of its own. "US", the country's initials, spelt like the
pronoun "us" (the model tags it a place; it was dropped as a pronoun, so "The US said"
had no speaker), and not the initials of "Universal Studio". A lawmaker's relative
clause hung by the parser on his party-state tag ("Sen. Ann Lowry, R-Idaho, who agreed
that ..."), and a "he" after a sentence whose subject is a description with the name
in apposition ("His rival's assistant coach Felix Braun was unhappy. He said: ..."),
not the owner named in the description. A name the parser read into the object before
"and" ("at Twickenham and Ferri says"), and two titles of one man, the second held in a
body ("Nigerian oil minister and OPEC president Ahmed Bello"). Each has a twin where the
text does not make the person clear, which must keep its old reading. Each assertion
reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

TAGGED = """Senators back wider farm aid

Farm-state senators said on Tuesday they may widen a rescue package for farm lenders.

Sen. Paul Garner, D-Okla., chairman of the farm credit subcommittee, said the rescue
should help all borrowers. His plan received support from Sen. James Keller, R-Idaho,
who agreed that the aid package should cover all lenders to agriculture.
"""

TAGGED_PLACE = """Senators back wider farm aid

Farm-state senators said on Tuesday they may widen a rescue package for farm lenders.

Sen. Paul Garner, D-Okla., chairman of the farm credit subcommittee, said the rescue
should help all borrowers. His plan received support from farmers in Boise, Idaho,
who agreed that the aid package should cover all lenders to agriculture.
"""


def test_a_relative_clause_after_a_party_state_tag_is_the_lawmakers(nlp: Language) -> None:
    """ "James Keller, R-Idaho, who agreed that": the tag names no one; Keller agreed."""
    found = speakers(nlp, TAGGED)
    assert speaker_of(found, "the aid package should cover") == "James Keller", found


def test_a_relative_clause_after_a_place_is_not_a_lawmakers(nlp: Language) -> None:
    """ "farmers in Boise, Idaho, who agreed": no lawmaker, no tag; nobody named."""
    found = speakers(nlp, TAGGED_PLACE)
    # left out, or unattributed: the relative clause hangs on a place, whose words are no
    # heading, and reported speech with no source is not shown (speakers.headings)
    aid = [text for text in found if text.startswith("the aid package should cover")]
    assert all(found[text] in {None, "farmers"} for text in aid), found


COUNTERPART = """Dejected Hartley rues defeat

Rovers manager Tom Hartley said his side had produced "our worst display of the season".

"The players are really down in the dressing room," Hartley said. "We need to rebuild
their confidence." But Hartley's City counterpart Felix Braun was in no mood to
celebrate either. He said: "I am far from happy despite the win."
"""

COUNTERPART_OWNER = """Dejected Hartley rues defeat

Rovers manager Tom Hartley said his side had produced "our worst display of the season".

"The players are really down in the dressing room," Hartley said. "We need to rebuild
their confidence." Hartley's mood was not helped by the news from the treatment room.
He said: "I am far from happy despite the win."
"""


def test_he_after_a_named_counterpart_is_the_counterpart(nlp: Language) -> None:
    """The sentence before "He said" is about Braun, named in apposition to
    "counterpart"; Hartley only owns the description."""
    found = speakers(nlp, COUNTERPART)
    assert speaker_of(found, "I am far from happy") == "Felix Braun", found


def test_he_after_a_sentence_about_the_speakers_own_mood_stays_his(nlp: Language) -> None:
    """No one else is named between: Hartley goes on speaking."""
    found = speakers(nlp, COUNTERPART_OWNER)
    assert speaker_of(found, "I am far from happy") == "Tom Hartley", found


CONJOINED = """Italy aim to upset England

Italy coach Marco Ferri believes his side can upset England in the Six Nations.

The two sides, both without a win, meet on 12 March at Twickenham and Ferri says his
side will be hoping to make the most of England's poor form.
"""

CONJOINED_PLACE = """Italy aim to upset England

Italy coach Marco Ferri believes his side can upset England in the Six Nations.

The two sides, both without a win, meet on 12 March at Twickenham and the coaches
say their sides will be hoping to make the most of the occasion.
"""


def test_a_name_read_as_a_conjunct_of_a_place_is_the_next_verbs_subject(
    nlp: Language,
) -> None:
    """ "meet ... at Twickenham and Ferri says": Ferri says it, not the two sides."""
    found = speakers(nlp, CONJOINED)
    assert speaker_of(found, "his side will be hoping") == "Marco Ferri", found


def test_a_plural_description_after_and_is_not_a_name(nlp: Language) -> None:
    """ "and the coaches say": no one person."""
    found = speakers(nlp, CONJOINED_PLACE)
    assert speaker_of(found, "their sides will be hoping") is None, found


TWO_TITLES = """Opec holds to its quotas

Japanese refiners say spot prices are still below official levels.

Nigerian oil minister and OPEC president Ahmed Bello told a news conference in Lagos
yesterday, "All member countries of OPEC remain determined to uphold the agreement."
"""

TWO_PEOPLE = """Opec holds to its quotas

Japanese refiners say spot prices are still below official levels.

The Nigerian oil minister and OPEC president Ahmed Bello told a news conference in Lagos
yesterday, "All member countries of OPEC remain determined to uphold the agreement."
"""


def test_two_titles_of_one_man_the_second_held_in_a_body(nlp: Language) -> None:
    """ "Nigerian oil minister and OPEC president Ahmed Bello": Bello holds both."""
    found = speakers(nlp, TWO_TITLES)
    assert speaker_of(found, "All member countries") == "Ahmed Bello", found


def test_the_minister_and_a_named_president_are_not_one_man(nlp: Language) -> None:
    """ "The Nigerian oil minister and OPEC president Ahmed Bello" may be two people."""
    found = speakers(nlp, TWO_PEOPLE)
    assert speaker_of(found, "All member countries") != "Ahmed Bello", found


COUNTRY = """US in EU tariff row

The US has asked the World Trade Organisation to investigate European Union customs
tariffs. The US said it filed the complaint after talks failed to find a solution.
"""

STUDIO = """GE profits jump

GE is the US' biggest firm. Last year it bought Vivendi Universal. The success of
Universal Studio's film 'Ray' has helped earnings at the unit, and US sales rose too.
"""


def test_the_us_is_the_united_states_and_may_speak(nlp: Language) -> None:
    """ "US" is the country's initials, not the pronoun "us": it is an actor, and "The
    US said" is the United States'."""
    found = speakers(nlp, COUNTRY)
    assert speaker_of(found, "it filed the complaint") == "United States", found


def test_the_us_is_not_the_initials_of_a_studio(nlp: Language) -> None:
    """ "Universal Studio" and "US" in one article: two actors, a studio and a country."""
    extraction, _ = extract_document(parse(nlp, STUDIO))
    types = {actor.name: actor.type for actor in extraction.actors}
    assert types.get("United States") == "place", types
    assert types.get("Universal Studio") != "place", types


ON_BEHALF = """US files customs complaint

The United States has asked the World Trade Organisation to investigate customs rules.

"There is no single customs administration," a statement issued on behalf of Robert
Kellner, the US trade representative, said.
"""

ON_BEHALF_OF_LAWYERS = """US files customs complaint

The United States has asked the World Trade Organisation to investigate customs rules.

"There is no single customs administration," a statement issued by lawyers for Robert
Kellner, the US trade representative, said.
"""


def test_a_statement_issued_on_behalf_of_someone_is_theirs(nlp: Language) -> None:
    """ "a statement issued on behalf of Robert Kellner said": Kellner's words."""
    found = speakers(nlp, ON_BEHALF)
    assert speaker_of(found, "There is no single") == "Robert Kellner", found


def test_a_statement_issued_by_someones_lawyers_is_not_theirs(nlp: Language) -> None:
    """ "issued by lawyers for Robert Kellner": the lawyers speak, not Kellner."""
    found = speakers(nlp, ON_BEHALF_OF_LAWYERS)
    assert speaker_of(found, "There is no single") != "Robert Kellner", found


MASK = """Convention crowd cheers

Hillary Clinton was the target of chants all week at the convention in Cleveland.

Clinton made an appearance of sorts, courtesy of Wes Nakagiri, a delegate from
Michigan who dressed up in a prison outfit and a rubber Hillary mask.

"I thought it would be funny if I went out and bought a prison jump suit," he said.
"""

MASK_SHE = """Convention crowd cheers

Hillary Clinton was the target of chants all week at the convention in Cleveland.

Clinton made an appearance of sorts at a rally in Ohio on the same night.

"I thought it would be funny if they saw me there," she said.
"""


def test_he_is_not_a_woman_named_hillary(nlp: Language) -> None:
    """ "he said" after a sentence whose subject is Clinton: not Hillary Clinton (her
    given name is a woman's), and no one else either, since the text does not say."""
    found = speakers(nlp, MASK)
    assert speaker_of(found, "I thought it would be funny") != "Hillary Clinton", found


def test_she_after_clinton_is_clinton(nlp: Language) -> None:
    found = speakers(nlp, MASK_SHE)
    assert speaker_of(found, "I thought it would be funny") == "Hillary Clinton", found


RAID = """Candidates vie for support

Hillary Clinton and Donald Trump spoke at a forum for veterans on Wednesday.

Clinton stressed her support of the 2011 raid that killed plotter Osama bin Laden during
a forum sponsored by NBC News and said she has the essential quality for the job:
"Steadiness, and mixed with strength."
"""


def test_a_name_in_the_object_before_and_said_is_not_the_speaker(nlp: Language) -> None:
    """ "the raid that killed Osama bin Laden ... and said": Clinton said it."""
    found = speakers(nlp, RAID)
    assert speaker_of(found, "Steadiness") == "Hillary Clinton", found


UNTAGGED_SUBJECT = """Malaysia urges tin research

Malaysia is to urge fellow tin
producing countries to fund research into new uses for the metal,
Malaysian primary industries minister Lim Keng Yaik told Reuters.

    Lim, in Brussels on a tour of Europe and America, said he
had instructed Malaysia's delegates to draw up a paper on the matter.
    Lim earlier met European Community farm commissioner Frans
Andriessen and industry commissioner Karl-Heinz Narjes.
    He said though it now appeared likely Commission proposals
for a tax on vegetable oils would be defeated, he feared the Commission would revive it.
"""


def test_he_after_a_sentence_about_whom_someone_met_is_not_the_one_met(
    nlp: Language,
) -> None:
    """ "Lim earlier met commissioner Frans Andriessen ... He said": Lim, the subject,
    even where the model tagged no name there; never Andriessen."""
    found = speakers(nlp, UNTAGGED_SUBJECT)
    assert speaker_of(found, "though it now appeared") == "Lim Keng Yaik", found


RESPONDING = """US will not yield to blackmail

The United States, responding to the kidnapping of American journalist Charles Glass,
today insisted it would not yield to terrorist blackmail.
"""

APPOSED = """Study finds rise in spending

The firm's research chief, economist Charles Glass, said spending had risen sharply.
"""


def test_a_clause_between_commas_is_no_apposition(nlp: Language) -> None:
    """ "The United States, responding to the kidnapping of ... Charles Glass, insisted":
    Glass is who was kidnapped, not who insisted."""
    found = speakers(nlp, RESPONDING)
    assert speaker_of(found, "it would not yield") != "Charles Glass", found


def test_a_title_between_commas_is_an_apposition(nlp: Language) -> None:
    found = speakers(nlp, APPOSED)
    assert speaker_of(found, "spending had risen") == "Charles Glass", found
