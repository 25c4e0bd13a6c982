"""Back-references the whole article settles (issue 11, missing speakers): "the
spokesman", "the company", "the automaker" and "it said" go on naming the one voice
the story introduced, though other voices were quoted in between; where two bodies
could be meant, or the voice was never given a body, no speaker rather than a wrong
one. Each article is written for the test, hard-wrapped and indented the Reuters way;
each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

EXPORTS = """Carmaker ships first cars abroad

Harlow Motors Corp has shipped its first U.S.-built cars to
Chile, a Harlow spokesman said.
    The cars were built at the company's plant in Ohio, the
spokesman said.
    "We will not raise imports from Japan," Harlow president
Ken Mori said at a news conference on Monday.
    Analysts say there are few signs the Japanese curbs will be
lifted this year. Japan limits its car exports to the United
States to 2.3 mln a year. The limit was set in 1981.
    Chile cut its import duties on cars last year. Its car
market grew by a third in 1986.
    Dealers in Chile have ordered about 2,000 cars a year,
the spokesman said.
    The automaker said it would not cut its output in Ohio.
"""


def test_the_spokesman_past_other_voices_is_the_company_s(nlp: Language) -> None:
    """ "a Harlow spokesman said ... Ken Mori said ... Analysts say ... the spokesman
    said": still Harlow's spokesman; "The automaker" is the one company quoted."""
    found = speakers(nlp, EXPORTS)
    assert speaker_of(found, "The cars were built") == "Harlow Motors Corp", found
    assert speaker_of(found, "Dealers in Chile") == "Harlow Motors Corp", found
    assert speaker_of(found, "it would not cut its output") == "Harlow Motors Corp", found


ORDERS = """Pump maker cites cost cuts

Harlow Pump Inc said its first quarter profit rose 20 pct
on cost cuts begun last year.
    "Our results show the benefits of our restructuring,"
chairman Edson Fenwick said. "All of our units did better
than last year," he said.
    Orders in the first quarter were up sharply, with a rise
in defense orders, it said.
"""


def test_it_past_the_chairman_is_the_company(nlp: Language) -> None:
    """ "Harlow Pump Inc said ... chairman Edson Fenwick said ... it said": a person is
    never "it", so the chain goes on to the one company that spoke."""
    found = speakers(nlp, ORDERS)
    assert speaker_of(found, "Orders in the first quarter") == "Harlow Pump Inc", found


TWO_VOICES = """Ports strike spreads

Harlow Shipping Co said its ships were idle in three ports, a
Harlow spokesman said.
    A spokesman for Brenton Lines Ltd said its ships were
also held up.
    The dock workers walked out on Monday over pay. About 4,000
men are on strike. Ports in the south are still open.
    Union leader Tom Walsh said the strike would go on. The
union wants a rise of 12 pct.
    The ships would sail once the strike ended, the spokesman
said.
"""


def test_the_spokesman_of_two_bodies_stays_open(nlp: Language) -> None:
    """Two spokesmen of two bodies, other sentences and voices since: "the spokesman"
    may be either (a guard)."""
    found = speakers(nlp, TWO_VOICES)
    assert speaker_of(found, "The ships would sail") is None, found


NO_BODY = """Tokyo sees slower growth

Japan's economy will grow more slowly this year, a senior
Japanese official said.
    Finance Minister Kiichi Tanaka said the yen's rise had hurt
exports.
    Analysts said growth could fall below two pct.
    Spending on public works would rise in the new budget, the
official said.
"""


def test_the_official_of_no_body_stays_without_a_speaker(nlp: Language) -> None:
    """ "a senior Japanese official" speaks for no body the article names: "the
    official" later is that unnamed voice, never the minister named since (a guard)."""
    found = speakers(nlp, NO_BODY)
    assert speaker_of(found, "Spending on public works") is None, found


LENDER = """Bank offers funds cash

Harlow Brothers and Co has decided to lend 500 mln dlrs of its
own capital to mutual funds, a senior spokesman for the
investment banking firm said.
    The spokesman said Harlow took the decision on Tuesday after
several funds reported heavy redemptions.
"""


def test_a_spokesman_for_the_firm_the_lead_names(nlp: Language) -> None:
    """ "Harlow Brothers and Co has decided ..., a senior spokesman for the investment
    banking firm said": the firm is the one company its words are about, and "the
    spokesman" goes on speaking for it."""
    found = speakers(nlp, LENDER)
    assert speaker_of(found, "Harlow Brothers and Co has") == "Harlow Brothers and Co", found
    assert speaker_of(found, "Harlow took the decision") == "Harlow Brothers and Co", found


SHARES = """Harlow shares fall

Harlow Express Co's stock fell sharply, reflecting investors'
disappointment that the company made no announcement about its
plans for brokerage unit Brenton Lehman Brothers, traders said.
    The company has said it is studying options for its
brokerage unit.
"""

TWO_ACTING = """Harlow shares fall

Harlow Express Co's stock fell sharply after Brenton Bank Corp
cut its stake in the company, traders said.
    The company said it is studying options for its brokerage.
"""


def test_the_company_no_body_spoke_before_is_the_one_acting(nlp: Language) -> None:
    """No body has spoken yet: "the company" is the one company the words before make
    the subject or its owner (main's rules find it here too); with another company
    acting there, no speaker (a guard of `sole_acting_company`)."""
    assert speaker_of(speakers(nlp, SHARES), "it is studying") == "Harlow Express Co"
    assert speaker_of(speakers(nlp, TWO_ACTING), "it is studying") is None


TARIFFS = """Pump maker warns on tariffs

Harlow Pump Inc said its first quarter profit rose 20 pct
on cost cuts begun last year.
    "Our results show the benefits of our restructuring,"
chairman Edson Fenwick said. "All of our units did better
than last year," he said.
    Brenton Valve Corp raised its prices by eight pct last
month. Its orders fell in the quarter.
    Orders in the first quarter were up sharply, with a rise
in defense orders, it said.
"""


def test_it_after_another_company_acted_stays_open(nlp: Language) -> None:
    """Another company is the subject of the writer's sentences since the company last
    spoke: "it" may be either (a guard)."""
    found = speakers(nlp, TARIFFS)
    assert speaker_of(found, "Orders in the first quarter") is None, found
