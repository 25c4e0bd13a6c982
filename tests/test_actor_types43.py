"""Mistyped actors an editor met on briefings in session 43 (issue 11: clean actors,
right speakers):

- a surname the tagger takes for a body's name ("Ketchum said." ... "he said."): wire
  copy names a speaker once by surname and goes on with "he". Typed a body, the name
  lost every "he said" that followed it, and showed as an organisation on the page;
- a body's name followed by "he said" with the body's spokesman between (or someone
  else named beside it) stays a body: the "he" is the spokesman;
- a body's possessive run into the person's name after it ("Daiwa Securities'
  Morimoto", tagged as one body): the analyst the article named in full, not a body
  with his quotes;
- a person's name the tagger takes for a body's, with the title after it held at a
  body ("Willy de Clercq, external relations commissioner of the EC, said"): a person,
  who speaks the lead it closes and every "he said" after it;
- the same after its title ("The new chairman of the Bar Council, Guy Mansfield QC
  warned"), tagged as a body: a person, with his words;
- a film the article calls one ("her short film Wasp"), then writes as the subject of
  "which" ("Wasp, which was commissioned by ..."): a title, no body;
- a title set off by a comma after its genre ("Her new single, Car Wash, went"): a
  work, whatever label the tagger gave it; a name the sentence goes on with after
  "In her last film," is still a person;
- a firm's two initials joined by "&" or "and" ("B&K" of "Bradwell & Kingsley", "S
  and P" of "Standard and Poor's Corp"): that firm, with its quotes, not a second body;
- "PE" (physical education) and the office acronyms "PM" and "MPs": no body;
- but a name the tagger cut before its last words ("Hojatoleslam Akbar" of "...
  Akbar Hashemi Rafsanjani") is not read as the title's holder: a cut name gets no
  quotes;
- a headline's telegraphic grammar ("Parry firm over Gerrard"): "firm" there is Parry
  standing firm, not a firm named Parry.

Articles written for these tests; no corpus text.
"""

from __future__ import annotations

from published_actors import listed
from published_speakers import speaker_of, speakers
from spacy.language import Language

LATE_ORDERS = """The Federal Trade Commission asked the Chicago Board of Trade to tighten the rules
it uses to report large orders placed in the last half hour of trading.
    In a letter to the exchange, the commission's director of trading practices
cited problems with orders placed late on the last trading day of the quarter.
    Orders placed after 1500 hours on that day sent prices sharply higher in the
final minutes of trading, Keebler said.
    If no imbalances are published in a contract, no late orders will be accepted
in it, he said.
    The exchange did not say when it would reply.
"""


def test_a_surname_then_he_said_is_a_person(nlp: Language) -> None:
    assert listed(nlp, LATE_ORDERS)["Keebler"].type == "person"
    found = speakers(nlp, LATE_ORDERS)
    assert speaker_of(found, "If no imbalances are published") == "Keebler"


def test_a_body_whose_spokesman_says_he_stays_a_body(nlp: Language) -> None:
    text = (
        "Keebler said sales rose five pct in the quarter to 310 mln dlrs.\n"
        "    A company spokesman added that prices would rise in May, he said.\n"
        "    Keebler shares rose two dlrs.\n"
    )
    assert listed(nlp, text)["Keebler"].type == "organization"


def test_a_body_with_a_person_named_beside_it_stays_a_body(nlp: Language) -> None:
    text = (
        "Keebler said its chairman, John Rossiter, would retire in May.\n"
        "    Sales would rise in the second half of the year, he said.\n"
        "    Keebler shares rose two dlrs.\n"
    )
    assert listed(nlp, text)["Keebler"].type == "organization"


BROKERS = """Tokyo stocks should rise 10 to 15 pct in the coming fiscal year, brokers said.
    "The market will continue to rise, so long as we can avoid a free-fall in the dollar," Daiwa Securities' top analyst Kenji Morimoto said.
    Brokers said banks would be among the most popular shares this year.
    "The themes this year are very clear," said Daiwa Securities' Morimoto.
    He said Japan had to respond to international pressure to stimulate its domestic demand.
"""  # noqa: E501 (wire copy's long lines)


def test_a_bodys_possessive_before_a_surname_names_the_person(nlp: Language) -> None:
    actors = listed(nlp, BROKERS)
    assert not [name for name in actors if "Securities" in name]
    found = speakers(nlp, BROKERS)
    assert speaker_of(found, "The themes this year are very clear") == "Kenji Morimoto"


STANDING_FIRM = """Parry firm over Gerrard

Liverpool will not sell captain Steven Gerrard this summer, Parry has insisted.

"Steven is not for sale at any price," said Parry. "He is the future of this club."

On the subject of the club's finances, Parry also revealed talks with a new investor are going on. Parry joined the club in 1998 from the Premier League.

"It is suggested we had a deal last summer. We did not," Parry explained. Parry claims he will not listen to any offer. "We have said it before," Parry added.
"""  # noqa: E501 (one paragraph per line)


def test_a_headline_adjective_names_no_firm(nlp: Language) -> None:
    assert listed(nlp, STANDING_FIRM)["Parry"].type == "person"


COMMISSIONER = """The European Community (EC) considers talks on farm trade reform to be inseparable from talks on other trade reform in the present round, Willy de Clercq, external relations commissioner of the EC, said.
    He told reporters the EC would not bow to pressure to reach an early, separate agreement on farm trade.
    "We just want to stick to the agreement which was reached," de Clercq said.
"""  # noqa: E501 (wire copy's long lines)


def test_a_name_with_its_title_at_a_body_is_a_person(nlp: Language) -> None:
    assert listed(nlp, COMMISSIONER)["Willy de Clercq"].type == "person"
    found = speakers(nlp, COMMISSIONER)
    assert speaker_of(found, "The European Community (EC) considers") == "Willy de Clercq"
    assert speaker_of(found, "the EC would not bow to pressure") == "Willy de Clercq"
    assert speaker_of(found, "We just want to stick") == "Willy de Clercq"


BAR_COUNCIL = """Tories back ID card plans

The Conservatives will back the government's plans for identity cards, the party has said.

The new chairman of the Bar Council, Guy Mansfield QC warned there was a real risk that people on the margins of society would be driven into the hands of extremists. "What is going to happen to young men when there has been a row with the police?" he asked.
"""  # noqa: E501 (one paragraph per line)


def test_a_name_after_its_title_at_a_body_is_a_person(nlp: Language) -> None:
    assert listed(nlp, BAR_COUNCIL)["Guy Mansfield"].type == "person"
    found = speakers(nlp, BAR_COUNCIL)
    assert speaker_of(found, "there was a real risk") == "Guy Mansfield"
    assert speaker_of(found, "What is going to happen") == "Guy Mansfield"


def test_a_school_subject_initialism_is_no_body(nlp: Language) -> None:
    text = (
        "Schools will get two hours of PE a week, the government said. More than 40 "
        "Labour MPs voted against the plan on Tuesday. The MPs said the money should go "
        "to PE teachers. Education Secretary Ruth Kelly said the plan was fully funded."
    )
    actors = listed(nlp, text)
    assert "PE" not in actors and "MPs" not in actors
    assert actors["Ruth Kelly"].type == "person"


SHORT_FILM = """Director Maya Holt has won a Bafta for her short film Wasp.

Holt's film Wasp took the prize for best short film at the ceremony in London on Sunday. "It is a great night for young directors," said Tom Beale of the UK Film Council.

Wasp, which was commissioned by the Film Council and Channel 4, follows a young father in Gravesend.
"""  # noqa: E501 (one paragraph per line)


def test_a_film_named_as_one_is_no_body(nlp: Language) -> None:
    actors = listed(nlp, SHORT_FILM)
    assert "Wasp" not in actors
    assert actors["Maya Holt"].type == "person"
    assert actors["UK Film Council"].type == "organization"


NEW_SINGLE = """Singer Dana Reyes has topped the charts again.

Her new single, Car Wash, went straight to number one on Sunday, her label Starling Records said. "Car Wash is the best thing she has done," said producer Mark Hollis.

In her last film, Reyes played a nurse.
"""  # noqa: E501 (one paragraph per line)


def test_a_title_set_off_after_its_genre_is_no_actor(nlp: Language) -> None:
    actors = listed(nlp, NEW_SINGLE)
    assert "Car Wash" not in actors
    assert actors["Dana Reyes"].type == "person"
    assert actors["Starling Records"].type == "organization"


LENDER = """Shares in the lender Bradwell & Kingsley fell 5% on Monday after it warned on profits.

B&K said the buy-to-let market would cool this year. "Housing market fundamentals remain strong," B&K said.
"""  # noqa: E501 (one paragraph per line)


def test_joined_initials_name_the_firm(nlp: Language) -> None:
    actors = listed(nlp, LENDER)
    assert "B&K" not in actors
    assert actors["Bradwell & Kingsley"].type == "organization"
    found = speakers(nlp, LENDER)
    assert speaker_of(found, "Housing market fundamentals") == "Bradwell & Kingsley"
    assert speaker_of(found, "the buy-to-let market would cool") == "Bradwell & Kingsley"


def test_a_cut_name_after_a_title_gets_no_quote(nlp: Language) -> None:
    text = (
        "The speaker of the Iranian Parliament, Hojatoleslam Akbar Hashemi Rafsanjani, "
        'warned the U.S. not to intervene in the Gulf. "If U.S. intervention occurs, '
        'the entire world will become insecure," he said.\n'
    )
    found = speakers(nlp, text)
    assert speaker_of(found, "If U.S. intervention occurs") != "Hojatoleslam Akbar"


def test_a_person_beside_whoever_the_film_is_of_stays_a_person(nlp: Language) -> None:
    # A guard: "The director of the film, Vinod Pande," is the director, not a title.
    text = (
        "A Bollywood film has been cleared for release despite protests.\n\n"
        "The director of the film, Vinod Pande, says the movie is not offensive to "
        'anyone. "It is a love story," Pande said.\n'
    )
    assert listed(nlp, text)["Vinod Pande"].type == "person"
