"""Speakers and actor types an editor met on briefings in session 39 (issue 11: right
speakers, clean actors):

- a surname the model calls a place, that no list of places knows, and that a "he"
  goes on from ("Tovania said ... he expected"): a person, whose "he said" is his;
- an analyst "of" a firm named by its partners ("Maria Koenig of Greaves Cole and
  Barrow said", "said Tom Reyes of Pell and Marsh"): one speaker, not two joined by
  "and";
- "the Fed" beside "the U.S. Federal Reserve Board": one body, its quotes under the
  full name (the country's initials no longer hide the clipped word);
- a market's index written with the name it bears ("the FTSE 100 index closed lower"):
  no actor, where a firm also named apart from its index stays one;
- a club introduced by a body's noun ("Spanish outfit Atletico Marinhas, who also
  asked"): a body, so that the "he said" after it is the agent's;
- "The agent of Rovers midfielder Paulo Cerqueira says": the agent speaks, not the
  player, and "agent" is no role of the player's;
- a title quoted after its genre's noun ("In his new book, "Roads Not Taken,""): no
  quotation of the author's;
- "Recent research by the Dorset Institute of Learning concluded": the institute's
  finding, as "a study by" one is;
- "He was joined on the call by Ilsabet Varga, president of .... She said Reyes ...":
  the agent of a passive is someone who acts, not someone talked about, so "she" is
  not the Reyes of an earlier paragraph; the agent of a bare participle is talked
  about ("An early own goal followed by a Danny Marsh strike ... he said" stays the
  manager's);
- "said it expects "excellent results" in the second quarter, but would not be more
  specific": the report stops before the writer's account of the answer;
- a name that reports of itself as "it" and "its" ("Garnet Shamwell said it would spin
  off its refining ... operations"): a body, whose "The company said" is its own; the
  surname of someone named in full ("Kessler said it would have to cut its budget") is
  left to the person's other mentions.

Articles written for these tests; no corpus text.
"""

from __future__ import annotations

from published_actors import listed, published_types
from published_speakers import speaker_of, speakers
from spacy.language import Language

TUNA = """Tuna fleet owners want a bigger catch

Tuna fleet owners in the Philippines want a larger share of the regional catch, the
head of their federation told reporters on Friday.
    Tovania said owners would ask the fisheries commission to lift the cap at its
meeting in Manila next month.
    "Our boats sit in port for half the year," Tovania said.
    Tovania said that without a higher cap he expected a dozen firms to close.
Crews had already been cut by a fifth, he said.
"""


def test_a_surname_the_model_calls_a_place_is_a_person(nlp: Language) -> None:
    assert published_types(nlp, TUNA)["Tovania"] == "person"
    assert speaker_of(speakers(nlp, TUNA), "Crews had already been cut") == "Tovania"


BREWER = (
    "Brewer's rivals expected to raise bids\n"
    "\n"
    "Analysts expect rival brewers to raise their offers for Harwick Breweries Inc "
    "before the\n"
    "board meets next week.\n"
    "\n"
    '"I think they will have to go higher before the board listens," Maria Koenig of '
    "Greaves Cole and Barrow said. She put the likely price at 42 dlrs a share.\n"
    "\n"
    '"Nobody wants to be the one who walked away," said Tom Reyes of Pell and Marsh.\n'
    "\n"
    "Harwick said it had received three approaches.\n"
)


def test_an_analyst_of_a_firm_named_by_its_partners_speaks_alone(nlp: Language) -> None:
    found = speakers(nlp, BREWER)
    assert speaker_of(found, "I think they will have to go higher") == "Maria Koenig"
    assert speaker_of(found, "Nobody wants to be the one") == "Tom Reyes"


def test_two_people_joined_by_and_still_share_their_words(nlp: Language) -> None:
    text = (
        "Trade talks stall\n\n"
        '"We are not there yet," Agriculture Secretary Richard Dunmore and Trade '
        "Representative Clara Yates said in a joint statement on Friday.\n"
    )
    assert speaker_of(speakers(nlp, text), "We are not there yet") is None


RESERVE = """Reserve board keeps credit steady

The U.S. Federal Reserve Board left its discount rate unchanged on Tuesday, after a
week of heavy buying of the dollar abroad.
    "The Fed is in no hurry to move," said Ann Petrov, an economist at Delmar Securities.
    The Fed said that banks' borrowings at the discount window averaged 310 mln dlrs a
day in the week to Wednesday.
"""


def test_the_fed_is_the_federal_reserve_board_named_with_its_country(
    nlp: Language,
) -> None:
    types = published_types(nlp, RESERVE)
    assert types["U.S. Federal Reserve Board"] == "organization"
    assert "Fed" not in types
    assert speaker_of(speakers(nlp, RESERVE), "banks' borrowings") == "U.S. Federal Reserve Board"


MARKETS = (
    "Shares slip in London as oil climbs\n"
    "\n"
    "Shares in London closed lower on Friday as the price of oil rose again.\n"
    "\n"
    "The FTSE 100 index closed 21 points lower at 4,802, while the Hang Seng index in"
    " Hong Kong gained 1.2%.\n"
    "\n"
    '"Investors are nervous about what dearer fuel does to profits," said Clare '
    "Dunmore, a strategist at Halvern Capital.\n"
)


def test_a_market_index_is_no_actor(nlp: Language) -> None:
    types = published_types(nlp, MARKETS)
    assert "FTSE" not in types
    assert types["Halvern Capital"] == "organization"


def test_a_body_named_beside_its_index_stays(nlp: Language) -> None:
    text = (
        "Index provider reshuffles\n\n"
        "Two mining firms are to join the indices of Ledwick Partners in March.\n\n"
        "Both firms' shares rose 3% on the news, and the Ledwick Partners 40 index rose "
        "0.4%.\n"
    )
    assert "Ledwick Partners" in published_types(nlp, text)


AGENT = (
    "Midfielder's agent rules out move abroad\n"
    "\n"
    "The agent of Rovers midfielder Paulo Cerqueira says his client wants to stay in "
    "England.\n"
    "\n"
    '"There has been no approach from any club abroad," said agent Dominic Farrow.\n'
    "\n"
    "Farrow said that a move to a Championship club was more likely than a switch to "
    "Spanish outfit Atletico Marinhas, who also asked about the player last month. "
    '"It was only ever an idea," he said. "He is happy here and his family are '
    'settled."\n'
)


def test_a_club_introduced_as_an_outfit_is_a_body(nlp: Language) -> None:
    assert published_types(nlp, AGENT)["Atletico Marinhas"] == "organization"
    found = speakers(nlp, AGENT)
    assert speaker_of(found, "It was only ever an idea") == "Dominic Farrow"


def test_the_agent_of_a_player_is_not_the_player(nlp: Language) -> None:
    found = speakers(nlp, AGENT)
    assert speaker_of(found, "his client wants to stay") == "Dominic Farrow"
    player = listed(nlp, AGENT)["Paulo Cerqueira"]
    assert not any("agent" in role for role in player.roles)


def test_an_archbishop_of_a_see_keeps_his_office(nlp: Language) -> None:
    text = (
        "Church leader backs appeal\n\n"
        "The Archbishop of Wessex Dr Alan Pryor has backed an appeal for the homeless.\n\n"
        '"Nobody should sleep on the streets this winter," Dr Pryor said.\n'
    )
    roles = listed(nlp, text)["Alan Pryor"].roles
    assert any("Archbishop" in role for role in roles)


SENATOR = (
    "Senator doubts nominee's chances\n\n"
    "Senate Republican leader Tom Hadley said on Sunday the nomination of Paul Brandt "
    "to head the agency was in doubt.\n\n"
    'Appearing on the television program, "Weekend Forum," the Ohio senator said the '
    'nomination "could be in serious trouble" after last week\'s hearings.\n\n'
    'In his new book, "Roads Not Taken," Hadley says the agency has lost its way.\n'
)


def test_a_title_after_its_genre_noun_is_no_quote(nlp: Language) -> None:
    found = speakers(nlp, SENATOR)
    assert not any(text.startswith(("Roads Not Taken", "Weekend Forum")) for text in found)
    assert speaker_of(found, "the agency has lost its way") == "Tom Hadley"
    assert any('"could be in serious trouble"' in text for text in found)  # the report stays


def test_research_by_a_body_speaks_for_it(nlp: Language) -> None:
    text = (
        "Games could help pupils learn\n\n"
        "Recent research by the Dorset Institute of Learning concluded that games help "
        "children make quick decisions.\n\n"
        "The research has been welcomed by teachers.\n"
    )
    found = speakers(nlp, text)
    assert speaker_of(found, "games help children") == "Dorset Institute of Learning"


RENTS = (
    "Tenants' groups attack mayor over rents\n\n"
    "Paul Okafor's campaign is tying the rent rises to Mayor Reyes, who backed them in "
    "2015. The challenger attacked City Hall's record on housing on a conference call "
    "with reporters on Monday.\n\n"
    '"Who is really looking after renters here?" said Okafor, using a word Reyes has '
    "used to describe Tom Bright.\n\n"
    "He was joined on the call by Ilsabet Varga, president of the tenants' group Fair "
    'Homes. She said Reyes "has done nothing beyond protecting his donors."\n'
)


def test_she_after_the_agent_of_a_passive_is_the_agent(nlp: Language) -> None:
    found = speakers(nlp, RENTS)
    assert speaker_of(found, "has done nothing beyond") == "Ilsabet Varga"


def test_a_report_stops_before_would_not_be_more_specific(nlp: Language) -> None:
    text = (
        "Waste firm sees strong quarter\n\n"
        'Harlow Waste Systems Inc said it expects "excellent results" in the second '
        "quarter ended February 28, but would not be more specific.\n"
    )
    found = speakers(nlp, text)
    report = next(t for t in found if "excellent results" in t)
    assert report.endswith("February 28")
    assert found[report] == "Harlow Waste Systems Inc"


def test_he_after_a_participle_with_by_stays_with_the_speaker(nlp: Language) -> None:
    text = (
        "Stokes pleased with cup progress\n\n"
        "Boss Graham Stokes felt Rovers were never really in danger of going out of the "
        "cup against Vitesse. An early own goal followed by a Danny Marsh strike earned "
        "them a 2-1 win and a place in the last 16. "
        '"Winning the first leg gave us a great advantage," he said after the win.\n'
    )
    assert speaker_of(speakers(nlp, text), "Winning the first leg") == "Graham Stokes"


SPIN_OFF = (
    "Oil refiner to spin off marketing arm\n\n"
    "Garnet Shamwell said it would spin off its refining and marketing operations to "
    "shareholders by the end of the year.\n\n"
    "The company said the new unit would have sales of about 2.4 billion dlrs. "
    '"The two businesses have very different needs," said Shamwell chairman Walter '
    "Meyer.\n"
)


def test_a_name_that_reports_of_itself_as_it_and_its_is_a_body(nlp: Language) -> None:
    assert published_types(nlp, SPIN_OFF)["Garnet Shamwell"] == "organization"
    found = speakers(nlp, SPIN_OFF)
    assert speaker_of(found, "the new unit would have sales") == "Garnet Shamwell"


def test_a_surname_whose_it_is_another_body_stays_a_person(nlp: Language) -> None:
    text = (
        "Agency to cut its budget\n\n"
        "Ann Kessler met the agency's board on Monday.\n\n"
        "Kessler said it would have to cut its budget by a fifth next year.\n"
    )
    types = published_types(nlp, text)
    assert types["Ann Kessler"] == "person"
    assert "Kessler" not in types
