"""Pronoun speakers and what the article says of sex (issue 11): a "Chairman" of wire
copy may be the woman the story then calls "she"; a given name that rules out one of two
subjects leaves the other for the "she"; "The spokesman" again is the body's voice, not
a newcomer; a company the story's first words name goes on as "it" in the next
sentence. Each article is written for the test; each assertion reads the published
quotation, and each rule has a twin where the answer must stay open."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

CHAIRMAN = """GAS REGULATOR DEFENDS RULING

Federal Gas Commission Chairman Orsolya Pelland told the conference the ruling was
meant to keep the market open to every supplier.

Pelland said the commission would review the ruling next year. "We truly run one
market across the border," she said.
"""


def test_she_after_a_chairman_is_hers(nlp: Language) -> None:
    """ "Chairman Orsolya Pelland ... Pelland said ... she said": the title in "-man"
    says nothing of her sex, the "she" continues her report."""
    found = speakers(nlp, CHAIRMAN)
    assert speaker_of(found, "We truly run") == "Orsolya Pelland", found


TWO_SUBJECTS = """CANDIDATES VISIT WILMINGTON

Robert Dunmore and Margaret Fenwick both visited Wilmington before the vote, though the
state sends few delegates. Dunmore held a rally Saturday while Fenwick hosted a get out
the vote event Monday - during which she gave a shout out to Vice President Joe Biden.

"I want to thank everyone who knocked on a door this spring," she said.
"""

TWO_UNKNOWN = """CANDIDATES VISIT WILMINGTON

Robert Dunmore and Michael Fenwick both visited Wilmington before the vote, though the
state sends few delegates. Dunmore held a rally Saturday while Fenwick hosted a get out
the vote event Monday - during which she gave a shout out to Vice President Joe Biden.

"I want to thank everyone who knocked on a door this spring," she said.
"""


def test_she_skips_a_subject_whose_given_name_is_male(nlp: Language) -> None:
    """ "Dunmore held a rally Saturday while Fenwick hosted an event Monday - during
    which she gave ... she said": Robert rules Dunmore out, Fenwick is the one subject
    left (the earliest subject was chosen, then vetoed)."""
    found = speakers(nlp, TWO_SUBJECTS)
    assert speaker_of(found, "I want to thank") == "Margaret Fenwick", found


def test_she_with_both_subjects_ruled_out_stays_open(nlp: Language) -> None:
    """Twin: both given names male, so the "she" is no one the article names."""
    found = speakers(nlp, TWO_UNKNOWN)
    assert speaker_of(found, "I want to thank") is None, found


SPOKESMAN = """ACME STEEL BOARD MEETS

Acme Steel Corp's board is meeting this morning to weigh a takeover offer, an Acme
Steel spokesman said.

The spokesman would not comment on talk of a higher offer. Analysts have said the
stock could lead the bidder to raise its price.

The Acme Steel spokesman said he had seen no sign of a higher offer, although he
added, "I cannot say what the board will decide today."
"""

OTHER_SPOKESMAN = """ACME STEEL BOARD MEETS

Acme Steel Corp's board is meeting this morning to weigh a takeover offer from Brandt
Metals Inc, an Acme Steel spokesman said.

The spokesman would not comment on talk of a higher offer. Analysts have said the
stock could lead the bidder to raise its price.

The Brandt Metals spokesman said he had seen no sign of a higher offer, although he
added, "I cannot say what the board will decide today."
"""


def test_the_spokesman_again_is_the_same_voice(nlp: Language) -> None:
    """ "an Acme Steel spokesman said ... The spokesman would not comment ... The Acme
    Steel spokesman said ..., although he added": the company's voice throughout."""
    found = speakers(nlp, SPOKESMAN)
    assert speaker_of(found, "I cannot say") == "Acme Steel", found


def test_another_body_s_spokesman_is_not_the_same_voice(nlp: Language) -> None:
    """Twin: "The Brandt Metals spokesman" is someone else's voice; never Acme's."""
    found = speakers(nlp, OTHER_SPOKESMAN)
    assert speaker_of(found, "I cannot say") not in {"Acme Steel", "Acme Steel Corp"}, found


OPENING = """Halvorsen Instruments AB <HALV ST> forecast
earnings after financial items of one billion crowns in 1987 vs
821.2 mln last year on condition that exchange rates remained
at their present parities.
    Sales would in such circumstances go up to six billion
crowns from 3.65 billion in 1986, it said.
"""

OPENING_TWO = """Halvorsen Instruments AB <HALV ST> forecast
earnings after financial items of one billion crowns in 1987 vs
821.2 mln last year, helped by its Kellerman Optics AB unit.
    Sales would in such circumstances go up to six billion
crowns from 3.65 billion in 1986, it said.
"""


def test_it_after_the_company_the_story_opens_on(nlp: Language) -> None:
    """ "Halvorsen Instruments AB <HALV ST> forecast earnings ... Sales would go up
    ..., it said": the company wire copy's first words name, however the parse reads
    the headlinese (no subject found)."""
    found = speakers(nlp, OPENING)
    assert speaker_of(found, "Sales would") == "Halvorsen Instruments AB", found


def test_it_after_a_second_company_stays_open(nlp: Language) -> None:
    """Twin: another company named after it in the opening sentence; "it" may be
    either."""
    found = speakers(nlp, OPENING_TWO)
    assert speaker_of(found, "Sales would") is None, found


MISTER = """Ford Motor Co chairman Mr Orrin Kasparian still expects record car sales this
year, she told reporters at the Geneva motor show.
"""


def test_she_never_goes_to_a_mister(nlp: Language) -> None:
    """ "chairman Mr Orrin Kasparian still expects ..., she told reporters": the opening
    report's one person is a man, so the "she" is someone else (unnamed), whatever rule
    found him."""
    found = speakers(nlp, MISTER)
    assert speaker_of(found, "Ford Motor Co chairman") is None, found


SURNAME_BODY = """VETERANS BILL CLEARS HOUSE

Representative Lane Evans said the bill would pass the Senate this spring. "We have the
votes," Evans said.

Phillips said the vote was only the start of a longer campaign. "We will keep pushing
until every veteran is covered," she said.
"""


def test_she_after_a_surname_typed_a_body_is_never_someone_before(nlp: Language) -> None:
    """ "Phillips said ... she said", the model typing "Phillips" a body: the "she" may
    be Phillips, never Lane Evans, who spoke before."""
    found = speakers(nlp, SURNAME_BODY)
    assert speaker_of(found, "We will keep pushing") != "Lane Evans", found


NEWCOMER_HE = """PARTY CHAIR DEFENDS PLATFORM PROCESS

Harriet Colburn, the party chair, said at the hearing that drafting the platform "is an
open process" and that the convention would be the most inclusive in its history.
Senator Bernard Alvarez endorsed her primary challenger, the law professor Thomas Brandt.

"Do not let the perfect be the enemy of the good," she said.
"""

NEWCOMER_SHE = NEWCOMER_HE.replace("Thomas Brandt", "Teresa Brandt")


def test_she_goes_on_past_men_named_between(nlp: Language) -> None:
    """ "Harriet Colburn ... said ... Senator Bernard Alvarez endorsed her primary
    challenger, the law professor Thomas Brandt. “...,” she said": Bernard and Thomas
    are no "she", and Colburn the only woman of the stretch."""
    found = speakers(nlp, NEWCOMER_HE)
    assert speaker_of(found, "Do not let the perfect") == "Harriet Colburn", found


def test_she_after_a_woman_named_between_stays_open(nlp: Language) -> None:
    """Twin: the challenger is Teresa Brandt, whose words they may be."""
    found = speakers(nlp, NEWCOMER_SHE)
    assert speaker_of(found, "Do not let the perfect") is None, found


OTHER_SEX_SUBJECT = """TAX PLAN GAINS SUPPORT

"There is no way we can keep the promises we have made without a new revenue source,"
said Edward Pollard of the Tax Research Center. Senator Margaret Holloway has proposed
higher taxes on short-term capital gains.

Sooner or later, "I think we will have a consumption tax," he said.
"""

OTHER_SEX_SUBJECT_AND_A_MAN = OTHER_SEX_SUBJECT.replace(
    "has proposed\nhigher", "has proposed, with Richard Owens,\nhigher"
)


def test_he_goes_on_past_a_woman_subject(nlp: Language) -> None:
    """ "said Edward Pollard ... Senator Margaret Holloway has proposed ... . “...,” he
    said": Margaret is no "he"; Pollard is the one man of the stretch."""
    found = speakers(nlp, OTHER_SEX_SUBJECT)
    assert speaker_of(found, "I think we will have") == "Edward Pollard", found


def test_he_after_a_man_named_with_her_stays_open(nlp: Language) -> None:
    """Twin: Richard Owens, named beside her, may be the "he"."""
    found = speakers(nlp, OTHER_SEX_SUBJECT_AND_A_MAN)
    assert speaker_of(found, "I think we will have") is None, found


LONG_QUOTE = """SENATOR KEEPS DISTANCE FROM CRUZ

Several associates of Senator Ted Cruz have mentioned New Hampshire as one place where
he could be useful, and they suggested he could help Senator Margaret Ayotte.

But Ayotte is not interested.

"No. I do not think I would ask anyone to come up. I had two colleagues up last month.
That was different. It was a busy month. We met voters in every county. This is about me
campaigning for New Hampshire," she said.
"""

LONG_QUOTE_AFTER_A_MAN = LONG_QUOTE.replace(
    "But Ayotte is not interested.", "But Ayotte is not interested. Cruz, asked about it, smiled."
)


def test_she_after_her_long_quotation_is_hers(nlp: Language) -> None:
    """ "But Ayotte is not interested.⏎⏎“No. ... (six sentences) ...,” she said": the
    sentences of her own words between do not count against the walk back."""
    found = speakers(nlp, LONG_QUOTE)
    assert speaker_of(found, "No. I do not think") == "Margaret Ayotte", found


def test_she_after_a_long_quotation_and_another_subject_stays_open(nlp: Language) -> None:
    """Twin: Cruz, whose sex the article does not say, is the subject nearest the
    quotation."""
    found = speakers(nlp, LONG_QUOTE_AFTER_A_MAN)
    assert speaker_of(found, "No. I do not think") is None, found


SHARED_SURNAME = """GOVERNOR'S WIFE HID ILLNESS, DOCTOR SAYS

Secrecy surrounds Margaret Hadley's health, her former doctor says.

Dr. Ruth Okafor, who was the state physician under former Governor Paul Hadley, said
that in 1998 Hadley hid a blood clot from the public.

"It was a clot, and I told her so that afternoon," Okafor said. "She did not want to
stay in the hospital."

In her 2004 memoir, Hadley described the treatment in detail.

"I could barely walk to the car that week," she said in an interview.
"""


def test_she_does_not_pass_a_bare_surname_two_people_share(nlp: Language) -> None:
    """ "Margaret Hadley" and "Paul Hadley" are both named, so the bare "Hadley" between
    Okafor's report and the "she" may be Margaret, whoever the mention was filed under:
    the pronoun must not go past it to Okafor, as if "Hadley" could only be the man."""
    found = speakers(nlp, SHARED_SURNAME)
    assert speaker_of(found, "I could barely walk") in (None, "Margaret Hadley"), found
