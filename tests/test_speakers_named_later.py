"""Speakers the writer names apart from the words (issue 11): a lead's "a sheriff who
says" named with that title further down, and an untagged quotation after a sentence
about a new person ("Keller, though, is keen to ... “...me...”"). Each article is
written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

JAIL = """Singer records album in jail

A US singer awaiting trial for fraud has recorded part of an album in jail, angering a
sheriff who says he was tricked into letting the crews in.

Jay Rocket, a former member of the band Tru, was filmed in his prison suit for the
video. "I'm not pleased," Orange County Sheriff Tom Banks said. "He will not make
another record in my jail."

The singer's lawyer Ron Kessel said: "We didn't do anything wrong."
"""


TWO_JUDGES = """Singer records album in jail

A US singer awaiting trial for fraud has recorded part of an album in jail, angering a
judge who says he was tricked into letting the crews in.

"I'm not pleased," Judge Tom Banks said. Judge Amy Hart, who will hear the case, said
she had not been told.
"""


def test_a_leads_indefinite_title_is_the_one_holder_named_later(nlp: Language) -> None:
    """ "a sheriff who says ..." in the lead is the article's one sheriff, named with
    that title two sentences on; of two judges named further down, "a judge who says"
    may be either."""
    found = speakers(nlp, JAIL)
    assert speaker_of(found, "he was tricked") == "Tom Banks", found
    found = speakers(nlp, TWO_JUDGES)
    assert speaker_of(found, "he was tricked") is None, found  # either judge


RESTS = """Coach rests his stars

Harbour coach Tom Keller has defended his decision not to release his international
players for the weekend.

"We have a plan in place now," Keller told the Gazette. Captain Joe Barker believes the
players would benefit from a game.

"I'm sure the guys would want to come back," Barker told the Gazette. "And the
supporters want to see the star players." Keller, though, is keen to protect his
players from injury and fatigue. "At this stage, there's nothing more they can do to
impress me.

"We've got to look at it from another angle."
"""


ANSWERED = """Coach rests his stars

"I'm sure the guys would want to come back," captain Joe Barker told the Gazette.
Keller, though, is angry with him over the remark. "It was not my call to make."
"""


def test_an_untagged_quotation_after_a_sentence_about_a_new_person(nlp: Language) -> None:
    """ "Keller, though, is keen to ...": the sentence after Barker's words is about
    Keller, and the untagged words in the first person that follow are his, the next
    paragraph too. "Keller is angry with him": the words after may be Barker's answer."""
    found = speakers(nlp, RESTS)
    assert speaker_of(found, "At this stage") == "Tom Keller", found
    assert speaker_of(found, "We've got to look") == "Tom Keller", found
    assert speaker_of(found, "And the supporters") == "Joe Barker", found
    found = speakers(nlp, ANSWERED)
    assert speaker_of(found, "It was not my call") is None, found  # maybe Barker's answer


RAPPED = """Keller signs new deal

Harbour boss Tom Keller signed a two-year contract extension on Thursday.

"I want to make sure we finish in the top six," said Keller, who took over in May 2003.
"But to achieve that, we need to bring in quality players." Meanwhile, Keller has rapped
skipper Joe Barker for his comments before Sunday's derby.

Barker spoke of his dislike of the rivals ahead of the match, which Steve Brook's side
won 2-1. "I've had more than a quiet word with Joe. You shouldn't leave yourself open to
be shot down," he told the club's website.
"""

ANSWERED_BY_ANOTHER = """Keller signs new deal

"I want to make sure we finish in the top six," said Harbour boss Tom Keller.

Skipper Joe Barker spoke of his dislike of the rivals ahead of the match. "He is angry,"
said Barker's team-mate Sam Ross. "I've had more than a quiet word with Joe," he said.
"""


def test_he_past_the_one_his_words_name(nlp: Language) -> None:
    """ "Barker spoke of ... “I've had more than a quiet word with Joe ...,” he told":
    not Barker's words, and the "he" goes on from Keller, who spoke last before Barker
    and rapped him; with another's words between (Ross's), the "he" stays open."""
    found = speakers(nlp, RAPPED)
    assert speaker_of(found, "I've had more than a quiet word") == "Tom Keller", found
    found = speakers(nlp, ANSWERED_BY_ANOTHER)
    assert speaker_of(found, "I've had more than a quiet word") in {None, "Sam Ross"}, found


SPOKESMAN = """Senate slows judicial confirmations

Republicans are already confirming judges at the slowest pace in more than 50 years.

Crenshaw could be it for Obama.

McConnell spokesman Don Stewart wouldn't say when, or if, the Senate will vote to
confirm the next judicial nominees on the list.

"I don't have any new announcements yet," he said.
"""


def test_he_after_a_spokesman_named_with_his_principal(nlp: Language) -> None:
    """ "McConnell spokesman Don Stewart wouldn't say ... “...,” he said": Stewart, who
    heads the subject, not McConnell compounded into it; and "the Senate will vote",
    a body with an article, is no surname the "he" may stand for."""
    found = speakers(nlp, SPOKESMAN)
    assert speaker_of(found, "I don't have any new announcements") == "Don Stewart", found


SINGLED_OUT = """Faith schools citizenship warning

Schools must improve the quality of citizenship lessons, says the education watchdog.

Independent faith schools were singled out by the watchdog's chief, Ann Price, for not
doing enough to promote the "wider tenets of British society". Ms Price said many
schools did well.
"""


def test_quoted_words_in_a_passive_sentence_are_its_agents(nlp: Language) -> None:
    """ "were singled out by the watchdog's chief, Ann Price, for not doing enough to
    promote the “wider tenets of British society”": her words, not the watchdog's of the
    sentence before."""
    found = speakers(nlp, SINGLED_OUT)
    assert speaker_of(found, "wider tenets") == "Ann Price", found


WIDOW = """Widow defends the candidate

Dorothy Woods, whose husband, Navy SEAL Ty Woods, was one of four Americans killed in
the 2012 attack on the consulate in Benghazi, discussed the controversy with radio host
Hugh Hewitt on Thursday.

Though empathetic with their grief, Woods said she did not believe the couple should be
immune from criticism.

"First and foremost," she told Hewitt, "I would never want to wish that on anyone."
"""


def test_whose_husband_is_no_role_of_hers(nlp: Language) -> None:
    """ "Dorothy Woods, whose husband, Navy SEAL Ty Woods, ...": "whose husband" is his
    role, not hers, and so no reason to take her for a man that "she" cannot be."""
    extraction, problems = extract_document(parse(nlp, WIDOW))
    assert problems == []
    woods = [a for a in extraction.actors if a.name == "Dorothy Woods"]
    assert woods and not any("whose" in role for role in woods[0].roles), woods
    found = {quote.text: quote.speaker for quote in extraction.quotes}
    assert speaker_of(found, "First and foremost") == "Dorothy Woods", found
