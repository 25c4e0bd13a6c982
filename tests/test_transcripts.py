"""Interview transcripts: paragraphs that open with a speaker's label ("PENCE: ...",
"Q: ... A: ...") are quotations of the labelled person, without the label, and the
interviewer's questions are no quotations at all (issue 11). Each article is written for
the test; each assertion reads the published quotes of the real pipeline."""

from __future__ import annotations

from published_speakers import speakers
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import parse

# A TV interview as Breitbart sets one: every paragraph inside an opening quotation mark.
TV_INTERVIEW = (
    "Pence says campaign will accept election result\n"
    "\n"
    "Indiana Governor Mike Pence said on Sunday that the Republican ticket would accept the "
    'result of the election. He spoke to Chris Wallace, the host of "Fox News Sunday".\n'
    "\n"
    "A partial transcript follows:\n"
    "\n"
    '"WALLACE: Governor, will you and Donald Trump accept the result of the election, whatever '
    "it is?\n"
    "\n"
    '"PENCE: Well, we will absolutely accept the result of the election. The American people '
    "will decide, and we will respect their choice.\n"
    "\n"
    '"WALLACE: But your running mate has said the election is rigged. Do you agree with him?\n'
    "\n"
    '"PENCE: I think what he is talking about is the bias of the national media. That is a '
    "concern that millions of Americans share.\n"
    "\n"
    '"WALLACE: Let me ask you about the debate on Wednesday.\n'
    "\n"
    '"PENCE: I expect a vigorous debate, and I expect our nominee to do very well."\n'
)

# A Q&A: "A" is the one person the introduction names.
QUESTIONS_AND_ANSWERS = (
    "Economist sees slower growth next year\n"
    "\n"
    "Reuters spoke to Anna Berg, chief economist at Nordbank in Oslo, about the outlook for "
    "the Norwegian economy. Edited excerpts follow.\n"
    "\n"
    "Q: Where is the economy heading?\n"
    "\n"
    "A: Growth will slow next year. Oil investment has peaked and households are saving more "
    "of what they earn.\n"
    "\n"
    "Consumers are more cautious than a year ago, and that will weigh on retail sales.\n"
    "\n"
    "Q: Will the central bank cut rates?\n"
    "\n"
    "A: I expect one cut in the spring. Inflation is back near the target, so the bank has "
    "room to move.\n"
    "\n"
    "Q: What is the biggest risk?\n"
    "\n"
    "A: A sharp fall in house prices would hurt consumers badly.\n"
    "\n"
    "Nordbank's shares closed two percent higher on Monday.\n"
)

# A press conference: two officials, and a reporter's question.
PRESS_CONFERENCE = (
    "Officials give update on flood response\n"
    "\n"
    "Mayor Linda Carter and Fire Chief Robert Hayes briefed reporters on Tuesday about the "
    "flooding in the city. The following is a transcript of their remarks.\n"
    "\n"
    "CARTER: Good morning. The water is receding, and every shelter in the city remains open "
    "tonight.\n"
    "\n"
    "HAYES: Our crews rescued 42 people overnight. Nobody has been reported missing.\n"
    "\n"
    "REPORTER: Chief, how many homes were damaged?\n"
    "\n"
    "HAYES: We think about 300 homes took water, but that number will change as we inspect them.\n"
    "\n"
    "CARTER: We will ask the state for emergency funds this week.\n"
)

# A title-case transcript as British papers set one: "Interviewer:", "Mr Jones:".
TITLE_CASE_LABELS = (
    "Minister defends rail plan\n"
    "\n"
    "Transport minister Tom Jones defended the new rail timetable in an interview with the BBC "
    "on Monday.\n"
    "\n"
    "Interviewer: Passengers say the new timetable has made their journeys longer. Are they "
    "wrong?\n"
    "\n"
    "Mr Jones: Some journeys are a few minutes longer, but the trains will run on time, and "
    "that is what passengers have asked us for.\n"
    "\n"
    "Interviewer: When will the delays end?\n"
    "\n"
    "Mr Jones: By the spring, every line will run to the new timetable without the delays we "
    "saw this winter.\n"
)

# One "Note:" line is no transcript.
NOTE_LINE = (
    "Council approves new budget\n"
    "\n"
    'The city council approved a new budget on Monday. "This budget protects the services people '
    'rely on," council leader Jane Moss said after the vote.\n'
    "\n"
    "Opponents said the plan would raise fees for small businesses.\n"
    "\n"
    "Note: This story has been updated to correct the date of the vote.\n"
)


def _rules(nlp: Language, article: str) -> dict[str, str | None]:
    extraction, problems = extract_document(parse(nlp, article))
    assert problems == []
    return {quote.text: quote.rule for quote in extraction.quotes}


def test_a_labelled_answer_is_the_named_persons_quotation(nlp: Language) -> None:
    """ "PENCE:" is Mike Pence, whom the story names; the label is not in the words."""
    found = speakers(nlp, TV_INTERVIEW)
    answer = "Well, we will absolutely accept the result of the election."
    assert [speaker for text, speaker in found.items() if text.startswith(answer)] == [
        "Mike Pence"
    ], found
    assert found.get("I expect a vigorous debate, and I expect our nominee to do very well.") == (
        "Mike Pence"
    ), found
    assert not any("PENCE" in text or "WALLACE" in text for text in found), found


def test_the_interviewers_questions_are_no_quotations(nlp: Language) -> None:
    """Chris Wallace asks; his turns (questions, and "Let me ask you about ...") are not
    published, under his name or anyone's."""
    found = speakers(nlp, TV_INTERVIEW)
    assert not any("Governor, will you" in text for text in found), found
    assert not any("Do you agree with him" in text for text in found), found
    assert not any(text.startswith("Let me ask you") for text in found), found
    assert "Chris Wallace" not in found.values(), found


def test_the_answers_of_a_q_and_a_are_the_interviewees(nlp: Language) -> None:
    """ "A:" is Anna Berg, the one person the introduction names; no "Q:" is published."""
    found = speakers(nlp, QUESTIONS_AND_ANSWERS)
    assert found.get("A sharp fall in house prices would hurt consumers badly.") == "Anna Berg"
    assert [s for t, s in found.items() if t.startswith("I expect one cut in the spring.")] == [
        "Anna Berg"
    ], found
    assert not any(text.endswith("?") or text.startswith(("Q:", "A:")) for text in found), found


def test_two_officials_each_keep_their_own_words(nlp: Language) -> None:
    """ "CARTER:" is the mayor and "HAYES:" the fire chief, though the story names them in
    one breath; the reporter's question is not published."""
    found = speakers(nlp, PRESS_CONFERENCE)
    assert [s for t, s in found.items() if t.startswith("Our crews rescued 42 people")] == [
        "Robert Hayes"
    ], found
    assert found.get("We will ask the state for emergency funds this week.") == "Linda Carter"
    assert not any("how many homes" in text for text in found), found


def test_a_single_note_line_is_untouched(nlp: Language) -> None:
    """One "Note:" line is no transcript: the article's quotations are read as before."""
    rules = _rules(nlp, NOTE_LINE)
    assert not any(rule and rule.startswith("direct.transcript") for rule in rules.values())
    found = speakers(nlp, NOTE_LINE)
    assert found.get("This budget protects the services people rely on") == "Jane Moss", found
    assert not any(text.startswith("This story has been updated") for text in found), found


def test_a_speaker_label_is_no_actor(nlp: Language) -> None:
    """ "WALLACE:" stands for Chris Wallace, whom the story names: the label is not an
    organisation of its own among the people and bodies the page lists."""
    extraction, problems = extract_document(parse(nlp, TV_INTERVIEW))
    assert problems == []
    names = {actor.name for actor in extraction.actors}
    assert "Chris Wallace" in names, names
    assert not any(name.isupper() for name in names), names


def test_title_case_labels_name_the_minister(nlp: Language) -> None:
    """ "Mr Jones:" is Tom Jones, the transport minister; "Interviewer:" asks."""
    found = speakers(nlp, TITLE_CASE_LABELS)
    assert [s for t, s in found.items() if t.startswith("By the spring, every line")] == [
        "Tom Jones"
    ], found
    assert not any(t.startswith(("Mr Jones", "Interviewer")) for t in found), found
    assert not any("When will the delays end" in text for text in found), found


def test_an_answer_goes_on_to_the_next_question(nlp: Language) -> None:
    """A Q&A labels only the first paragraph of an answer: the paragraph after it, up to
    the next "Q:", is Anna Berg's too; the writer's line after the last answer is not."""
    found = speakers(nlp, QUESTIONS_AND_ANSWERS)
    assert [s for t, s in found.items() if t.startswith("Consumers are more cautious")] == [
        "Anna Berg"
    ], found
    assert not any(t.startswith("Nordbank's shares") for t in found), found
