"""Whose words a quotation is when the writer's own clause leads straight into it, or a
reporting clause sits inside another person's sentence (generator.extract.lead_in_clauses,
generator.extract.speakers.embedded_reports). Each fixture has a twin where the speaker
nearby is still the right one, so the rule cannot simply drop speakers."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

from generator.extract.lead_in_clauses import subject_tag_after
from generator.extract.quote_context import _Ctx, _inside_mask
from generator.extract.quotemarks import find_quote_spans, paragraphs

HECKLER = """Senator shrugs off heckler

Senator Walter Hale and Senator Tom Bryce spoke at a town hall in Dover on Tuesday.

"Apparently there's a young man who's having some problems," Hale said as the heckler \
yelled: "You suck!"
"""

LEAVING = """Senator shrugs off heckler

Senator Walter Hale spoke at a town hall in Dover on Tuesday.

"Apparently there is a young man who is having some problems," Hale said as he left the \
stage: "We will be back next year."
"""


def test_a_subordinate_lead_in_with_its_own_subject_is_not_the_main_speakers(
    nlp: Language,
) -> None:
    """ "Hale said as the heckler yelled: “You suck!”": the heckler's words, not Hale's."""
    found = speakers(nlp, HECKLER)
    assert speaker_of(found, "Apparently") == "Walter Hale"
    assert speaker_of(found, "You suck") is None


def test_a_lead_in_that_is_no_tag_keeps_the_main_speaker(nlp: Language) -> None:
    """ "Hale said as he left the stage: “...”": no one else speaks; still Hale's."""
    assert speaker_of(speakers(nlp, LEAVING), "We will be back") == "Walter Hale"


CAMPAIGN = """Senator's emails questioned

Senator Walter Hale said on Monday that most of his emails had been kept by the department.

This is how Hale has often explained it in the past.

The Hale campaign, in a note on the controversy, worded it even more carefully: "The \
senator's practice was to email officials on their work accounts, so his emails were kept."
"""

MESSAGE = """Senator's emails questioned

Senator Walter Hale said on Monday that most of his emails had been kept by the department.

His message to donors was simple: "The senator's practice was to email officials on their \
work accounts, so his emails were kept."
"""


def test_a_colon_lead_in_with_a_noun_subject_lends_no_neighbours_speaker(
    nlp: Language,
) -> None:
    """ "The Hale campaign ... worded it even more carefully: “...”": not Hale's, whom
    the sentence before has explaining it."""
    assert speaker_of(speakers(nlp, CAMPAIGN), "The senator's practice") is None


def test_a_copula_lead_in_keeps_the_neighbours_speaker(nlp: Language) -> None:
    """ "His message to donors was simple: “...”" goes on with Hale."""
    assert speaker_of(speakers(nlp, MESSAGE), "The senator's practice") == "Walter Hale"


ASKED = """Outgoing chief says climate fight is not over

The United Nations secretary general, Ban Ki-moon, spoke to reporters in New York on \
Monday about the climate treaty.

"We have done what we promised," he said.

Ban believes the threshold will be reached by the end of next year, if not sooner.

Asked whether he was concerned that Peter Hollis, the leading candidate for governor, \
who has called the notion of global warming a hoax, could win the election, Ban demurred.

"When it comes to an issue related to the environment, there is no political ideology," \
he said.
"""


def test_a_report_inside_a_question_put_to_another_is_not_continued(nlp: Language) -> None:
    """ "Asked whether ... Peter Hollis, ..., who has called ... a hoax, could win, Ban
    demurred. “...,” he said": Ban's words, not the candidate's."""
    found = speakers(nlp, ASKED)
    assert speaker_of(found, "When it comes to") not in {None, "Peter Hollis"}
    assert speaker_of(found, "When it comes to") == speaker_of(found, "We have done")


def _tagged_after(nlp: Language, text: str) -> bool:
    doc = nlp(text)
    spans = find_quote_spans(text)
    ctx = _Ctx(doc, text, _inside_mask(doc, text, spans), [s for s, _ in paragraphs(text)])
    quote = doc.char_span(spans[0].start, spans[0].end, alignment_mode="expand")
    return subject_tag_after(quote, ctx)


def test_a_long_subject_and_a_verb_of_speech_after_the_words_tag_them(nlp: Language) -> None:
    """A quotation followed by its own long tag is nobody's continuation; one followed by
    the writer's clause is no tag."""
    tagged = (
        '"He invited both of us to his house today to talk about it" the Herald\'s '
        "senior politics editor Jane Ross responded. And so on."
    )
    assert _tagged_after(nlp, tagged)
    untagged = '"He invited both of us to his house today" the Herald wrote that the story ran.'
    assert not _tagged_after(nlp, untagged)
    next_sentence = '"You just simply haven\'t." Hale fired back at Ross over the rating.'
    assert not _tagged_after(nlp, next_sentence)


STEAMROLLS = """Candidates caught fibbing

In Tuesday night's debate, Carson will probably face more questions about his life \
story. Carson has tried to turn these questions to his advantage, casting them as \
evidence of media bias.

Trump, when asked about his own contradictions or factual errors, often steam-rolls \
through the questions, talking and talking and never admitting he was wrong.

For example: "We made a terrible mistake getting involved in the first place," he told \
a television host in October.
"""


def test_a_name_opening_the_sentence_between_stops_the_earlier_report(nlp: Language) -> None:
    """ "Trump, when asked ..., often steam-rolls ...": the parser leaves "Trump" the
    root, but the sentence is about him; the "he" after it is not Carson's."""
    found = speakers(nlp, STEAMROLLS)
    assert speaker_of(found, "them as evidence") == "Carson"
    assert speaker_of(found, "We made a terrible mistake") != "Carson"
