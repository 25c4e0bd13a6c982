"""Organisation speakers that would be the wrong body (issue 11): a body that only
relays the words ("he was quoted by Kyodo News Service as saying", "a spokesman for the
regulator quoted in China Daily"), "a spokesman for a major firm" (some firm, not the
body named last) and "the newspaper" (a publication, never the company named more
often). Where the article does not say which body spoke, the quotation keeps its
description and no speaker. Each article is written for the test; each assertion reads
the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract.speaker_checks import not_the_speaker
from generator.model import Actor, Quote

RELAYED = """Chip row deepens

Prime Minister Taro Yamada sounded a conciliatory note in the row with the United States
over trade in computer chips. "Japan wants to resolve the issue through talks," he was
quoted by Kyodo News Service as saying.

The China Securities Regulatory Commission has tightened its rules for brokers. A
spokesman for the regulator quoted in China Daily said the rules would be eased next
year.
"""


def test_a_relaying_agency_or_paper_is_not_the_speaker(nlp: Language) -> None:
    """ "he was quoted by Kyodo News Service as saying": Yamada speaks, the agency relays;
    "quoted in China Daily": the paper does not speak for the regulator."""
    found = speakers(nlp, RELAYED)
    assert speaker_of(found, "Japan wants to resolve") == "Taro Yamada", found
    assert speaker_of(found, "the rules would be eased") != "China Daily", found


SOME_FIRM = """Oil rules to be eased

The Ministry of Trade and Industry said on Monday that controls on oil refiners would be
reviewed. A spokesman for a major firm said, "Deregulation would bring about a
reorganization."
"""


def test_a_spokesman_for_some_firm_is_not_the_body_named_before(nlp: Language) -> None:
    found = speakers(nlp, SOME_FIRM)
    assert speaker_of(found, "controls on oil refiners") == "Ministry of Trade and Industry"
    assert speaker_of(found, "Deregulation would bring") is None, found


PAPER = """Airline denies bid talks

Northern Airways is not negotiating a takeover of Coastal Air, Northern Airways said on
Monday. It said the report was wrong. Northern Airways said it would say no more.

The claim was made in the evening paper Het Dagblad. The newspaper said that Coastal
Air was making losses.
"""


def test_the_newspaper_is_the_paper_not_the_company(nlp: Language) -> None:
    found = speakers(nlp, PAPER)
    assert speaker_of(found, "Coastal Air was making losses") == "Het Dagblad", found


LENDERS = """Mortgage lending slows

Mortgage lending fell in January, lenders have said.

Both the Council of Mortgage Lenders (CML) and Building Society Association (BSA) said
lending was down sharply. The BSA said approvals fell by a fifth.

At the same time, the British Bankers' Association (BBA) said lending was "weaker".
Overall, the BBA said mortgage lending rose by £4bn.
"""


def test_a_named_association_is_not_another_association(nlp: Language) -> None:
    """ "the British Bankers' Association" is a name, not "the association" named
    before (the model merged its first mention into a name with "BBA"): never the
    Building Society Association."""
    found = speakers(nlp, LENDERS)
    assert speaker_of(found, "approvals fell") == "Building Society Association", found
    assert speaker_of(found, 'lending was "weaker"') != "Building Society Association", found


PENSIONS = """Strike threat over pensions

The Cabinet Office has confirmed it is reviewing the pension scheme, prompting unions
representing two million workers to threaten action. They believe the plans include
raising the retirement age to 65.
"""


def test_they_after_a_body_and_other_groups_is_no_one(nlp: Language) -> None:
    """ "They believe" may be the unions as well as the Cabinet Office."""
    found = speakers(nlp, PENSIONS)
    assert speaker_of(found, "the plans include") is None, found


DEBATE = """Straw attacks Tory EU stance

Shadow foreign secretary Michael Ancram told MPs a new booklet was propaganda. His
claims were denied by Foreign Secretary Jack Straw, who accused the Tories of "running
scared" of debate.

Mr Ancram condemned the booklet, which the Foreign Office says cost £2,500. "Isn't this
a propaganda exercise paid for by the taxpayer?" he asked. The Tory spokesman also
criticised the government for claiming the treaty was simple. "The government had to
publish 500 pages to explain its simple treaty," he said.
"""


def test_the_party_spokesman_after_a_quoted_politician_is_not_the_party(nlp: Language) -> None:
    """ "The Tory spokesman" is Mr Ancram here, not the Conservative Party; the code
    cannot be sure, so the words keep the description and no speaker."""
    found = speakers(nlp, DEBATE)
    assert speaker_of(found, "Isn't this a propaganda") == "Michael Ancram", found
    assert speaker_of(found, "The government had to") in {None, "Michael Ancram"}, found


BANK = (
    "Natal Bank, 39 pct owned by Northern Chartered PLC <NCH.L>, London, previously "
    "reported that 1986 net income rose by 13.8 pct to 209.0 mln rand."
)


def test_a_place_where_a_body_is_based_is_not_the_speaker() -> None:
    """ "Northern Chartered PLC <NCH.L>, London, previously reported": where the parse
    makes London the subject, London is no speaker; "London said" would be one."""
    said = BANK.index("1986 net")
    london = BANK.index("London")
    chartered = BANK.index("Northern")
    place = Actor(name="London", type="place", spans=[(london, london + 6)])
    body = Actor(name="Northern Chartered PLC", type="organization")
    spans = [(chartered, chartered + len(body.name), body), (london, london + 6, place)]
    quote = Quote(
        text=BANK[said:-1],
        kind="indirect",
        start=said,
        end=len(BANK) - 1,
        speaker_mention="London",
        speaker_start=london,
        speaker_end=london + 6,
    )
    assert not_the_speaker(BANK, quote, place, spans)
    alone = "London said 1986 net income rose."
    quote = Quote(
        text=alone[12:-1],
        kind="indirect",
        start=12,
        end=len(alone) - 1,
        speaker_mention="London",
        speaker_start=0,
        speaker_end=6,
    )
    assert not not_the_speaker(alone, quote, place, [(0, 6, place)])


LICENCE = """MPs want watchdog to check BBC

MPs want auditors to scrutinise how the licence fee is spent. The Public Accounts
Committee said the BBC Three and News channels should be audited each year.

A BBC spokeswoman said: "We share the committee's interest in ensuring public money is
well spent." The report said the Freeview service had had an "impressive" take-up.
"""


def test_a_spokeswoman_is_her_body_and_publishes_no_report(nlp: Language) -> None:
    """ "A BBC spokeswoman" speaks for the BBC, not for a name the model joined from two
    ("BBC Three and News"); "The report said" after her is not the BBC's report."""
    found = speakers(nlp, LICENCE)
    assert speaker_of(found, "We share the committee") == "BBC", found
    assert speaker_of(found, "the Freeview service") not in {"BBC", "BBC Three and News"}


ADS = """Group targets senator

A newly formed super PAC called Future Now ran its first ads in Iowa using her comments
before a Senate committee that "I was responsible for quite a bit" of the policy. "Her
record is a weakness," said Dan Smith, the group's spokesman.
"""


def test_words_named_as_someone_elses_are_not_the_subjects(nlp: Language) -> None:
    """ "ran ads using her comments ... that “I was responsible”": her words, never the
    PAC's (who "her" is the article leaves to the reader: no speaker is shown)."""
    found = speakers(nlp, ADS)
    assert found.get("I was responsible for quite a bit") is None, found
    assert speaker_of(found, "Her record is a weakness") == "Dan Smith", found


SONNET = """Lawyer wins mock trial

Anna Reyes defended the friar. Her defence included various pop culture references.

Of the friar, Reyes said at one point, "He just wanted to make Verona great again." Then
she delivered her closing remarks in a sonnet form, "because iambic pentameter is
exceedingly persuasive."
"""


def test_the_subjects_own_words_stay_hers(nlp: Language) -> None:
    """ "Then she delivered her closing remarks, “...”": her remarks are the subject's."""
    found = speakers(nlp, SONNET)
    assert speaker_of(found, "because iambic pentameter") == "Anna Reyes", found


PARTY_MEMBER = """Party weighs convention fight

The Republican Party is preparing for a contested convention in July, officials said.

"You're going to see a massive ad spend to the tune of tens of millions of dollars," \
said one Republican involved in the planning, who spoke on the condition of anonymity.

Asked about taking a more forceful approach, the Florida Republican would only say that \
the front-runner's lack of foreign policy knowledge was worrisome.
"""


def test_one_party_member_is_not_the_party(nlp: Language) -> None:
    """ "said one Republican involved in the planning", "the Florida Republican would
    only say": one person each, not the Republican Party, though its name holds the
    word."""
    found = speakers(nlp, PARTY_MEMBER)
    assert speaker_of(found, "You're going to see") != "Republican Party", found
    assert speaker_of(found, "the front-runner's lack") != "Republican Party", found


INSIDER = """Delmar Steel weighs bid

Delmar Steel Corp said on Sunday that it had received a detailed proposal from Carl Brandt. \
The company has previously rejected his approaches. But a senior source at the company \
told Reuters: "This time it's different."

"It may come this week," a Senate source said of the tax bill.
"""


def test_an_anonymous_source_is_not_the_body(nlp: Language) -> None:
    """ "a senior source at the company told Reuters", "a Senate source said": one
    anonymous person each, whose words are not the company's or the Senate's
    statement."""
    found = speakers(nlp, INSIDER)
    assert speaker_of(found, "This time it's different") != "Delmar Steel Corp", found
    assert speaker_of(found, "It may come this week") != "Senate", found
    assert speaker_of(found, "it had received a detailed proposal") == "Delmar Steel Corp", found
