"""Speakers the text rules out (issue 11: no quotation given to the wrong person): the
person a quotation names, a namesake with another first name, the other party a body's
statement names, a body named in a relative clause of the speaker's description. Each
article is written for the test; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

REBUKE = """Hart rebukes captain over derby remarks

Rovers manager Tom Hart says he wants two new signings before the end of the month. "We
need quality players if we are going to finish in the top six," said Hart, who took over
at Rovers in May 2003. "I would like a couple next month if at all possible."

Meanwhile, Hart has rapped skipper Leon Baxter for his comments before Sunday's derby
with City.

Baxter spoke of his dislike of Rovers' rivals ahead of the match, which Steve Brand's
side won 2-1. "I've had more than a quiet word with Leon. It's been said within the whole
group, not as a one-to-one," he told the club's website. "You shouldn't leave yourself
open to be shot down."
"""


def test_the_person_a_quotation_names_does_not_speak_it(nlp: Language) -> None:
    """ "“I've had more than a quiet word with Leon ...,” he told": whoever "he" is, the
    words are said about Leon Baxter, so they are not his (nor the one carried on)."""
    found = speakers(nlp, REBUKE)
    assert speaker_of(found, "I've had more than a quiet word") != "Leon Baxter", found
    assert speaker_of(found, "You shouldn't leave yourself") != "Leon Baxter", found
    assert speaker_of(found, "We need quality players") == "Tom Hart", found


SELF = """Trump courts voters at rally

Donald Trump returned to the theme at last week's San Diego rally, where he spoke for an
hour. "I think the Mexicans are going to end up loving Donald Trump when I give all these
jobs," he said.
"""


def test_a_person_naming_himself_in_full_still_speaks(nlp: Language) -> None:
    """ "“... end up loving Donald Trump when I give all these jobs,” he said": some
    people use their full name of themselves; only a shorter form rules them out."""
    found = speakers(nlp, SELF)
    assert speaker_of(found, "I think the Mexicans") == "Donald Trump", found


SPAM = """Spam king seeks bankruptcy protection

The net's self-declared spam king is seeking bankruptcy protection to help him fend off
lawsuits.

Scott Richter, the man behind SendMoreMail.com and millions of junk mail messages, said
lawsuits had forced the company into Chapter 11. SendMoreMail was fighting several legal
battles, most notably against Pearson, which is pushing for millions of dollars in
damages.

Mr Richter settled the attorney general case in July but the legal fight with Pearson is
continuing.

"The litigation has been a relentless distraction," said Steven Richter, legal counsel
for SendMoreMail. "But we do expect to prevail."
"""


def test_a_namesake_with_another_first_name_is_not_the_speaker(nlp: Language) -> None:
    """ "Scott Richter ... said" is never Steven Richter, whom the article also names."""
    found = speakers(nlp, SPAM)
    assert speaker_of(found, "lawsuits had forced the company") != "Steven Richter", found
    assert speaker_of(found, "The litigation has been") == "Steven Richter", found


FILING = """Marketing firm files for bankruptcy

OptInQuickSend has filed for Chapter 11 bankruptcy protection.

The lawsuit was brought by Microsoft in December. According to Microsoft, the messages
were sent through hijacked computers. Microsoft is seeking millions in damages under
anti-spam laws. In a statement announcing the filing the company said it: "could not
continue to contend with legal manoeuvres by a number of companies, including Microsoft,
and still run a viable business."
"""

OWN_NAME = """Grocer defends pay offer

Tesco has defended its pay offer to shop staff after unions called it an insult. The
company said: "Tesco remains committed to rewarding its staff fairly, and this offer does
that."
"""


def test_the_other_party_a_statement_names_does_not_issue_it(nlp: Language) -> None:
    """ "the company said it: “... legal manoeuvres by ..., including Microsoft ...”":
    the company is not Microsoft, named just before; a body's own name in its statement
    ("Tesco remains committed") leaves it the speaker."""
    found = speakers(nlp, FILING)
    assert speaker_of(found, "could not continue to contend") != "Microsoft", found
    found = speakers(nlp, OWN_NAME)
    assert speaker_of(found, "Tesco remains committed") == "Tesco", found


BOARD = """Harbour trust needs rescue, board member says

A member of the board which regulates the Harbour Trust said Parliament should plan to
provide at least 80 million pounds next year to rescue the trust.
"""


def test_a_body_in_a_relative_clause_of_the_description_does_not_speak(
    nlp: Language,
) -> None:
    """ "A member of the board which regulates the Harbour Trust said": a member of the
    board, not of the trust it regulates."""
    found = speakers(nlp, BOARD)
    assert speaker_of(found, "Parliament should plan") != "Harbour Trust", found


TRIAL = """Former finance chief testifies against boss

Scott Sullivan, the former finance chief of Telcom, told the court on Tuesday that he had
been ordered to hide losses. Mr Sullivan, 42, has already pleaded guilty to fraud and is
appearing as a prosecution witness at the trial of Bernard Eddings. Mr Eddings, 63, has
always insisted that he was unaware of any hidden shortfalls in Telcom's finances. The
former finance officer said Mr Eddings knew about the improper accounting entries that
were made between 2000 and 2002.
"""

SCHOOLS = """Senate passes school bill

"This will be a really good step forward for all of our parents and our teachers," said
Sen. Patty Murray, a chief Democratic negotiator on the bill.

The old waiver system has led to uncertainty in many states, including Murray's home
state of Washington, she said.
"""


def test_reported_words_naming_the_person_a_description_stands_for(nlp: Language) -> None:
    """ "The former finance officer said Mr Eddings knew ...": a reporter who calls the
    speaker by a description and then names Mr Eddings is telling what someone else said
    of him. After "she said" the reporter's words may name the speaker herself."""
    found = speakers(nlp, TRIAL)
    assert speaker_of(found, "Mr Eddings knew about") != "Bernard Eddings", found
    assert speaker_of(found, "he was unaware") == "Bernard Eddings", found
    found = speakers(nlp, SCHOOLS)
    assert speaker_of(found, "The old waiver system") == "Patty Murray", found


UNITY = """Brown appeals for party unity

Gordon Brown has made an appeal for unity after reports of a rift with the prime minister.

In an interview with the BBC, Mr Brown said: "It is very important that we all work in a
unified way."

There was speculation the pair were trying to outdo each other. But the prime minister
said he had discussed the claims with the chancellor and dismissed them as "nonsense".
Opposition leader Michael Howard accused the prime minister and Mr Brown of "squabbling
like schoolboys".
"""


def test_a_coordinated_title_is_not_the_next_name_s_role(nlp: Language) -> None:
    """ "accused the prime minister and Mr Brown": "prime minister and" is no title of
    Brown's, so "the prime minister said" is not Brown (the article never names him)."""
    found = speakers(nlp, UNITY)
    assert speaker_of(found, "he had discussed the claims") != "Gordon Brown", found
    assert speaker_of(found, "It is very important") == "Gordon Brown", found


HUNT = """Hunt ban faces first test

Hunts across the country met on Saturday for the first time since the ban came into force.

"We will keep these hounds going and in the end we will come back," hunt master Captain
Ian Farrow said. But Tony Banks, Labour MP for West Ham, said the issue would soon
disappear. He said hunting with dogs would have passed into history had the government
acted sooner.
"""


def test_he_does_not_skip_a_person_read_as_a_body(nlp: Language) -> None:
    """ "But Tony Banks ... said ... He said": whatever type the model gives "Tony
    Banks", "he" is never the hunt master quoted before him."""
    found = speakers(nlp, HUNT)
    assert speaker_of(found, "hunting with dogs would have") != "Ian Farrow", found


CALLS = """Parties face calls complaint

The information commissioner is to look into a complaint about party call centres.

Lib Dem chairman Matthew Tyler has written to the commissioner about the calls. He says
the calls break the rules. Mr Tyler argues there should be new guidelines so all parties
can act in the same way if the watchdog believes the rules allow parties to ring voters.
"""


def test_the_watchdog_is_not_a_party(nlp: Language) -> None:
    """ "if the watchdog believes ...": a party named before ("Lib Dem chairman") is
    never what "the watchdog" (or "the company") refers back to. A belief inside an "if"
    clause is no report at all, so the page shows neither it nor a speaker for it."""
    found = speakers(nlp, CALLS)
    assert not any(text.startswith("the rules allow parties") for text in found), found
    assert speaker_of(found, "the calls break the rules") == "Matthew Tyler", found
