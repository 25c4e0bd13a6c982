"""Speakers named by part of a name (issue 11, fresh text): a body's bare name is the
body itself, not the business arm of it the model merged it into; a body's name that
only opens a person's title is that person; an acronym the model took for a person is
the body it stands for. Each article is written for the test; each assertion reads the
published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

BANK = """Bank profits rise on trading arm

Profits at Northway rose 18% last year to £2.1bn, helped by its investment arm.

Earnings at Northway Capital rose 25% to £900m. "The outlook for this year is good,"
chief executive Anne Hollis said.

Northway cautioned that growth this year may be slower because of higher interest rates.
A Northway spokesman said: "We remain confident in our plans."
"""


def test_a_bank_is_not_its_investment_arm(nlp: Language) -> None:
    """ "Northway cautioned that ...", "a Northway spokesman said": the bank, under the
    name the article gives it, never "Northway Capital", its investment arm."""
    found = speakers(nlp, BANK)
    assert speaker_of(found, "growth this year may be slower") == "Northway", found
    assert speaker_of(found, "We remain confident") == "Northway", found


GOLD = """Gold price falls on sale plans

The price of gold fell on Monday after the fund said it might sell part of its reserves.

The United States said it was looking at other ways of solving the problem. "We are not
convinced that this is the right way to do it," said Treasury Under Secretary Mark
Delaney.
"""


def test_a_body_opening_a_title_is_not_the_speaker(nlp: Language) -> None:
    """ "said Treasury Under Secretary Mark Delaney": the parser may cut the speaker at
    "Treasury"; the words are Delaney's, not the Treasury's."""
    found = speakers(nlp, GOLD)
    assert speaker_of(found, "We are not convinced") == "Mark Delaney", found


ACTOR = """Actor backs theatre appeal

Hollywood film star Sean Hurley has held a dinner party in Boston to promote the Gaiety
Theatre.

Mr Hurley said that the idea was to get a group of "wealthy Irish Americans" in one room.

The Oscar-nominated actor, whose films include Gangs of New York, Michael Collins and Star
Wars: The Phantom Menace, said: "The Gaiety gave me my start and I want to give something
back."
"""


def test_a_title_in_a_relative_clause_is_not_the_speaker(nlp: Language) -> None:
    """ "The Oscar-nominated actor, whose films include ... The Silent Harbour, said":
    a film's name the parser hangs on the description is never the speaker."""
    found = speakers(nlp, ACTOR)
    assert speaker_of(found, "The Gaiety gave me") in {"Sean Hurley", None}, found


DEFENDER = """Defender doubts takeover bid

Rio Alvarez has said he is unsure of Peter Glazer's motives after the American
billionaire launched a new offer to buy United.

The club have confirmed that the Glazer family have submitted proposals of a third bid.
"A lot of people want the club to be run by people who care about it," said Alvarez.
"Nobody knows what this man will bring." The central defender added on Radio Five: "We
will have to wait and see what Glazer comes with."
"""


def test_a_position_describes_the_player_just_quoted(nlp: Language) -> None:
    """ "said Alvarez ... The central defender added": a position on the pitch is no
    office someone else holds; it refers back to the player who just spoke."""
    found = speakers(nlp, DEFENDER)
    assert speaker_of(found, "We will have to wait") == "Rio Alvarez", found


STUDENTS = """Student gap 'still wide'

Teenagers from well-off areas are far more likely to go to university than those from
poor ones, a report says.

The Higher Education Funding Council for England said more people went to university
between 1995 and 2001. But the share of poorer students "barely moved", said its chief
executive, Sir Martin Grey.

The Hefce report, drawing on tax credit data, said teenagers in the richest areas could
expect a better than 50% chance of going to university.
"""


def test_an_acronym_written_as_a_word_is_the_body(nlp: Language) -> None:
    """ "The Hefce report said": the model may take "Hefce" for a person; the report is
    the funding council's, under the name the article gives it in full."""
    found = speakers(nlp, STUDENTS)
    assert (
        speaker_of(found, "teenagers in the richest areas")
        == "Higher Education Funding Council for England"
    ), found


CALLS = """Labour faces calls inquiry

Labour is to be investigated by a watchdog over claims its campaign has broken the rules
on telephone canvassing.

The Lib Dems say Labour is calling people who have asked not to get marketing calls.
Their letter to the watchdog quotes from a Labour Party handbook about "finding target
voters". And it quotes a Stevenage Labour Party members' newsletter explaining how voters
will be telephoned.

Labour says it avoids those on the lists when calling people about membership. Asked
about the inquiry, a Labour spokesman said: "We are absolutely clear that we have not
broken any rules."
"""


def test_a_party_is_not_its_local_branch(nlp: Language) -> None:
    """ "Labour says", "a Labour spokesman said" in an article that names a Stevenage
    Labour Party newsletter once: the party speaks, under its canonical name, never the
    local party the model merged its name into."""
    found = speakers(nlp, CALLS)
    assert speaker_of(found, "it avoids those on the lists") == "Labour Party", found
    assert speaker_of(found, "We are absolutely clear") == "Labour Party", found
