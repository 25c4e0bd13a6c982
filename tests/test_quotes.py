# ruff: noqa: RUF001 - quotation marks and apostrophes are the subject here
"""Unit tests of the quotation extractor, on short articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract.quotemarks import find_quote_spans
from generator.extract.quotes import extract_quotes, published
from generator.model import Quote
from generator.running.nlp import load_model


def shown_without_tag(raw: str, shown: str) -> bool:
    """The quote's text is its span as written, or that span with one parenthetical tag
    (", she said,") left out between the clause's subject and its verb."""
    if raw == shown:
        return True
    same = 0
    while same < min(len(raw), len(shown)) and raw[same] == shown[same]:
        same += 1
    removed = raw[same : len(raw) - (len(shown) - same)].strip()
    return raw.endswith(shown[same:].lstrip()) and removed.startswith(",") and removed.endswith(",")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def quotes_of(nlp: Language, text: str) -> list[Quote]:
    quotes = extract_quotes(nlp(text))
    for q in quotes:
        assert shown_without_tag(text[q.start : q.end], q.text)
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_mention
        assert q.speaker is None
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    return quotes


def only(quotes: list[Quote], kind: str) -> list[Quote]:
    return [q for q in quotes if q.kind == kind]


def test_curly_quote_speaker_after(nlp: Language) -> None:
    text = "“We will hold the line for as long as it takes,” Austin said on Tuesday."
    [q] = only(quotes_of(nlp, text), "direct")
    assert q.text == "We will hold the line for as long as it takes"
    assert q.start == 1
    assert (q.speaker_mention, q.cue) == ("Austin", "said")
    assert (q.speaker_start, q.speaker_end) == (text.index("Austin"), text.index(" said"))


def test_inverted_said_name(nlp: Language) -> None:
    text = '"The talks have stalled again," said the defense secretary, Lloyd Austin.'
    [q] = only(quotes_of(nlp, text), "direct")
    assert q.text == "The talks have stalled again"
    assert q.cue == "said"
    assert q.speaker_mention is not None and "secretary" in q.speaker_mention


def test_pronoun_speaker(nlp: Language) -> None:
    text = "“Our troops are ready and they know the ground well,” he said."
    [q] = quotes_of(nlp, text)
    assert (q.kind, q.speaker_mention, q.cue) == ("direct", "he", "said")


def test_colon_lead_in_and_carry_to_next_paragraph(nlp: Language) -> None:
    text = (
        "The minister told parliament on Monday:\n\n"
        '"The budget is balanced. We have kept every promise we made."\n\n'
        '"Nobody should doubt our resolve on this matter."'
    )
    quotes = only(quotes_of(nlp, text), "direct")
    assert [q.text for q in quotes] == [
        "The budget is balanced. We have kept every promise we made.",
        "Nobody should doubt our resolve on this matter.",
    ]
    assert all(q.speaker_mention == "The minister" for q in quotes)
    assert quotes[0].cue == "told"


def test_multi_paragraph_quotation(nlp: Language) -> None:
    text = (
        'Ms Smith said: "The first thing we did was count the votes again.\n\n'
        '"Then we checked the machines, one by one, for two days.\n\n'
        '"We found nothing wrong at all."\n\nThe count ended on Friday.'
    )
    quotes = only(quotes_of(nlp, text), "direct")
    assert len(quotes) == 3
    assert quotes[1].text == "Then we checked the machines, one by one, for two days."
    assert all(q.speaker_mention == "Ms Smith" for q in quotes)


def test_unbalanced_marks_never_raise(nlp: Language) -> None:
    text = 'He said "this will never end.\n\nThe rest is history, "and that\'s that'
    quotes = quotes_of(nlp, text)
    assert quotes[0].text == "this will never end."
    for weird in ['"', "“", "'", "” ” “", '""""', "", "\n\n\n", "’90s ‘ '"]:
        quotes_of(nlp, weird)


def test_apostrophes_are_not_quotes(nlp: Language) -> None:
    text = "Kyiv’s forces don’t expect the ’90s to return, and the teachers' union agrees."
    assert find_quote_spans(text) == []
    assert only(quotes_of(nlp, text), "direct") == []


def test_scare_quotes_are_skipped(nlp: Language) -> None:
    text = "The so-called “peace plan” was published on Monday by the ministry."
    assert quotes_of(nlp, text) == []


def test_partial_quote(nlp: Language) -> None:
    text = "The senator said the bill was “a disaster for working families”."
    quotes = quotes_of(nlp, text)
    [partial] = only(quotes, "partial")
    assert partial.text == "the bill was “a disaster for working families”"  # with its clause
    assert (partial.speaker_mention, partial.cue) == ("The senator", "said")


def test_indirect_said_that(nlp: Language) -> None:
    text = "A spokesman for the ministry said that the convoy had reached the city."
    [q] = quotes_of(nlp, text)
    assert q.kind == "indirect"
    assert q.text == "the convoy had reached the city"
    assert q.speaker_mention == "A spokesman for the ministry"
    assert q.cue == "said"
    # The reported words without the writer's "that", and the offsets point at them.
    assert text[q.start : q.end] == q.text


def test_a_that_which_is_the_reports_subject_stays(nlp: Language) -> None:
    text = "The minister said that was the wrong decision for the region."
    quotes = only(quotes_of(nlp, text), "indirect")
    assert [q.text for q in quotes] == ["that was the wrong decision for the region"]


def test_indirect_clause_then_source(nlp: Language) -> None:
    text = "The fighting in the east has intensified, the defense secretary told reporters."
    [q] = quotes_of(nlp, text)
    assert q.kind == "indirect"
    assert q.text == "The fighting in the east has intensified"
    assert (q.speaker_mention, q.cue) == ("the defense secretary", "told")


def test_according_to(nlp: Language) -> None:
    text = "According to The New York Post, the campaign avoided the hospital."
    [q] = quotes_of(nlp, text)
    assert q.kind == "indirect"
    assert q.text == "the campaign avoided the hospital"
    assert (q.speaker_mention, q.cue) == ("The New York Post", "according to")


def test_warned_and_believes(nlp: Language) -> None:
    text = "Officials warned the bridge could collapse. Mr Lee believes the plan will fail."
    quotes = quotes_of(nlp, text)
    assert [(q.speaker_mention, q.cue, q.text) for q in quotes] == [
        ("Officials", "warned", "the bridge could collapse"),
        ("Mr Lee", "believes", "the plan will fail"),
    ]


def test_short_quoted_word_inside_reported_clause_is_partial(nlp: Language) -> None:
    text = "The governor said the agency was “obsessed” with paperwork."
    quotes = quotes_of(nlp, text)
    assert [(q.kind, q.text, q.speaker_mention, q.cue) for q in quotes] == [
        ("partial", "the agency was “obsessed” with paperwork", "The governor", "said")
    ]


def test_quoted_show_title_is_not_a_quote(nlp: Language) -> None:
    text = "Ms Lane told “Morning Briefing Today” that the vote would go ahead."
    quotes = quotes_of(nlp, text)
    assert [q.kind for q in quotes] == ["indirect"]
    assert quotes[0].text == "the vote would go ahead"
    assert quotes[0].speaker_mention == "Ms Lane"


def test_infinitive_and_nominal_content(nlp: Language) -> None:
    text = "The mayor vowed to rebuild the bridge. The union criticized the new budget."
    quotes = quotes_of(nlp, text)
    assert [(q.speaker_mention, q.cue, q.text) for q in quotes] == [
        ("The mayor", "vowed", "to rebuild the bridge"),
        ("The union", "criticized", "the new budget"),
    ]


def test_block_quote_after_lead_in_sentence(nlp: Language) -> None:
    text = (
        "The prime minister wrote to the committee on Friday.\n\n"
        "“I have read your report with great care and I accept its findings.”"
    )
    [q] = only(quotes_of(nlp, text), "direct")
    assert q.speaker_mention == "The prime minister"
    assert q.cue == "wrote"


def test_quote_then_second_quote_same_paragraph(nlp: Language) -> None:
    text = (
        "“We are not done,” Ms Ortiz said at the rally in Denver on Saturday. "
        "“The work goes on until every vote is counted.”"
    )
    quotes = only(quotes_of(nlp, text), "direct")
    assert [q.speaker_mention for q in quotes] == ["Ms Ortiz", "Ms Ortiz"]


def test_reopened_quotation_inside_one_paragraph() -> None:
    # paragraph breaks lost: the closing mark before the reopening one is missing
    text = (
        'The coach said: "We trained hard all week. "The players know what to do." '
        'Ms Reed said the club would "look again" at the plan.'
    )
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "We trained hard all week.",
        "The players know what to do.",
        "look again",
    ]
    assert spans[0].continues and spans[1].continued and not spans[2].continued


@pytest.mark.parametrize("marks", ["\u201c\u201c", "\u201c\u201d"])
def test_an_opening_mark_typed_twice_opens_one_quotation(nlp: Language, marks: str) -> None:
    text = (
        f"The mayor spoke after the hearing. {marks}This inquiry is unfair. Very unfair,"
        " and I hope the public is watching,\u201d Ms Reed said."
    )
    [q] = quotes_of(nlp, text)
    assert q.kind == "direct"
    assert q.text == "This inquiry is unfair. Very unfair, and I hope the public is watching"
    assert q.speaker_mention == "Ms Reed"


def test_reopened_quotation_keeps_speaker_and_next_speaker_is_new(nlp: Language) -> None:
    text = (
        'Mr Hale said: "Prices rose again in May. "Nobody expected that at all." '
        'She said her plan means "we would not need new taxes at all".'
    )
    quotes = [q for q in quotes_of(nlp, text) if q.kind != "indirect"]
    assert [(q.text, q.speaker_mention) for q in quotes] == [
        ("Prices rose again in May.", "Mr Hale"),
        ("Nobody expected that at all.", "Mr Hale"),
        ('her plan means "we would not need new taxes at all"', "She"),
    ]


def test_quoted_as_saying_gives_the_quoted_person(nlp: Language) -> None:
    text = (
        "“Our schools have trained a new generation of engineers,” the Daily Courier "
        "quoted Governor Alma Reyes as saying."
    )
    [q] = only(quotes_of(nlp, text), "direct")
    assert q.speaker_mention == "Governor Alma Reyes"


def test_dateline_and_demonstrative_are_never_speakers(nlp: Language) -> None:
    text = (
        "LIMA, May 3 (Wire) -- The country's main newspaper attacked the mayor on "
        "Tuesday, warning that he would pay for his “reckless” choices."
    )
    quotes = quotes_of(nlp, text)
    assert all(q.speaker_mention != "LIMA" for q in quotes)
    partial = [q for q in quotes if q.text == "reckless"]
    assert partial and partial[0].speaker_mention == "The country's main newspaper"
    text = "She said this would counter “so-called neutral” panels like the review board."
    [q] = only(quotes_of(nlp, text), "partial")
    assert q.speaker_mention == "She"


def test_fragment_in_nested_report_goes_to_the_outer_speaker(nlp: Language) -> None:
    text = "Ms Ward said Mr Pike had never mentioned “anything unusual” about the accounts."
    [q] = only(quotes_of(nlp, text), "partial")
    assert (q.speaker_mention, q.cue) == ("Ms Ward", "said")


def test_nested_reported_clause_is_reported_once(nlp: Language) -> None:
    text = "Mr Devine said he does not think the long contest will hurt the party."
    quotes = quotes_of(nlp, text)
    assert [(q.speaker_mention, q.text) for q in quotes] == [
        ("Mr Devine", "he does not think the long contest will hurt the party")
    ]


def test_claim_nouns_and_stance_nouns(nlp: Language) -> None:
    text = (
        "The senator's view is that the tax will hurt small farms. "
        "The mayor repeated his claim that the bridge was safe."
    )
    senator, mayor = only(quotes_of(nlp, text), "indirect")
    assert (senator.speaker_mention, senator.text) == (
        "The senator",
        "the tax will hurt small farms",
    )
    assert mayor.speaker_mention == "The mayor"
    assert mayor.text.endswith("claim that the bridge was safe")


def test_poll_shows_and_named_object(nlp: Language) -> None:
    text = "A new poll shows the governor with a narrow lead. The union backed Ramirez."
    quotes = only(quotes_of(nlp, text), "indirect")
    assert [(q.speaker_mention, q.cue, q.text) for q in quotes] == [
        ("A new poll", "shows", "the governor with a narrow lead"),
        ("The union", "backed", "Ramirez"),
    ]


def test_conjoined_report_ends_the_first_content(nlp: Language) -> None:
    text = "Ms Tan said it was too early to name winners but added that turnout was high."
    quotes = only(quotes_of(nlp, text), "indirect")
    assert quotes[0].text == "it was too early to name winners"
    assert quotes[0].speaker_mention == "Ms Tan"


def test_seem_reports_content_without_a_source(nlp: Language) -> None:
    text = "Both objections seemed to carry little weight with the committee."
    [q] = only(quotes_of(nlp, text), "indirect")
    assert q.text.startswith("to carry little weight")
    assert q.speaker_mention is None


def test_speech_tag_in_the_next_sentence(nlp: Language) -> None:
    text = (
        "Mr Cole spoke first. “Is that really a bribe? Isn’t it?” Ms Dunn asked. "
        "“I think it is,” she said."
    )
    quotes = only(quotes_of(nlp, text), "direct")
    assert [q.speaker_mention for q in quotes] == ["Ms Dunn", "she"]
    assert quotes[0].cue == "asked"


def test_title_case_quotation_in_the_headline(nlp: Language) -> None:
    text = (
        "Mayor Says Harbour Plan Is a ‘Costly Mistake’\n\n"
        "The council will vote on the plan next week.\n"
    )
    quotes = quotes_of(nlp, text)
    assert [q.text for q in quotes if q.kind != "indirect"] == ["Costly Mistake"]


def test_title_case_name_in_the_body_is_no_quotation(nlp: Language) -> None:
    text = "The council backed the scheme.\n\nIt named the plan “Blue Harbour” on Monday.\n"
    assert only(quotes_of(nlp, text), "partial") == []


def test_headline_speaker_before_a_colon(nlp: Language) -> None:
    text = "Reed: Harbour Plan Is a ‘Costly Mistake’\n\nThe council votes next week.\n"
    [q] = [q for q in quotes_of(nlp, text) if q.kind != "indirect"]
    assert (q.text, q.speaker_mention, q.cue) == ("Costly Mistake", "Reed", ":")


def test_stance_adjectives_report_content(nlp: Language) -> None:
    text = (
        "The mayor is confident that the harbour plan will pass. "
        "The traders were skeptical of the new rules. "
        "The hall was so full that people stood outside."
    )
    quotes = only(quotes_of(nlp, text), "indirect")
    assert [(q.speaker_mention, q.text) for q in quotes] == [
        ("The mayor", "the harbour plan will pass"),
        ("The traders", "the new rules"),
    ]


def test_participle_reports_with_the_noun_or_host_subject_as_source(nlp: Language) -> None:
    text = (
        "A union group backing Ramirez spent heavily in the state. "
        "The senator angered the board by criticizing the harbour plan."
    )
    quotes = only(quotes_of(nlp, text), "indirect")
    assert [(q.speaker_mention, q.cue, q.text) for q in quotes] == [
        ("A union group", "backing", "Ramirez"),
        ("The senator", "criticizing", "the harbour plan"),
    ]


def test_what_is_cited_is_content_not_the_source(nlp: Language) -> None:
    text = "Ms Okafor defended the budget, citing the latest jobs figures from the ministry."
    quotes = [q for q in only(quotes_of(nlp, text), "indirect") if q.cue == "citing"]
    assert [(q.speaker_mention, q.text) for q in quotes] == [
        ("Ms Okafor", "the latest jobs figures from the ministry")
    ]


def test_seeing_someone_as_something_is_a_view(nlp: Language) -> None:
    text = "Many farmers see the new levy as a threat to their livelihoods."
    [q] = only(quotes_of(nlp, text), "indirect")
    assert (q.speaker_mention, q.cue, q.text) == (
        "Many farmers",
        "see",
        "the new levy as a threat to their livelihoods",
    )


def test_findings_of_one_poll_are_attributed_to_it(nlp: Language) -> None:
    text = (
        "In a Harbour Times poll released on Sunday, most residents gave the mayor low marks. "
        "The mayor has trailed in the polls for months."
    )
    quotes = only(quotes_of(nlp, text), "indirect")
    assert [(q.speaker_mention, q.cue, q.text) for q in quotes] == [
        ("a Harbour Times poll", "in", "most residents gave the mayor low marks")
    ]


def test_speech_verbs_take_a_nominal_object_but_add_does_not(nlp: Language) -> None:
    text = "Ms Park offered a compromise on the levy. The firm added forty new staff."
    quotes = only(quotes_of(nlp, text), "indirect")
    assert [(q.speaker_mention, q.cue, q.text) for q in quotes] == [
        ("Ms Park", "offered", "a compromise on the levy")
    ]


def test_passive_report_with_an_agent(nlp: Language) -> None:
    text = "The harbour levy was sharply criticized by local fishermen."
    [q] = only(quotes_of(nlp, text), "indirect")
    assert (q.speaker_mention, q.cue, q.text) == (
        "local fishermen",
        "criticized",
        "The harbour levy",
    )


def test_any_verb_in_the_shape_of_a_speech_tag(nlp: Language) -> None:
    text = "“They would have backed the harbour bill by now,” Toomey fumed on Tuesday."
    [q] = only(quotes_of(nlp, text), "direct")
    assert (q.speaker_mention, q.cue) == ("Toomey", "fumed")


def test_inverted_tag_name_the_parser_missed(nlp: Language) -> None:
    text = (
        "The firm hired two staff.\n\n“Having access to the file and two people who "
        "understand it is valuable,” said Skelly, explaining he worked closely with them.\n"
    )
    [q] = only(quotes_of(nlp, text), "direct")
    assert (q.speaker_mention, q.cue) == ("Skelly", "said")


def test_readers_comments_signed_after_a_dash(nlp: Language) -> None:
    """Pull quotes and readers' comments name their speaker after the closing mark."""
    text = (
        "Readers told us what the new ferry timetable means for them.\n\n"
        "“I now leave home at five to reach my shift on time. Nobody asked us.” "
        "― Agnes Whitlow\n\n"
        "“The evening boat was the only one my mother could take.” ― Rafael Ortiz"
    )
    direct = only(quotes_of(nlp, text), "direct")
    assert [q.speaker_mention for q in direct] == ["Agnes Whitlow", "Rafael Ortiz"]


def test_a_dash_opening_the_writers_next_clause_is_no_signature(nlp: Language) -> None:
    text = "The mayor called the plan “a bold step” – and the council voted for it on Monday."
    for q in quotes_of(nlp, text):
        assert q.speaker_mention != "and the council"


def test_name_and_colon_introduce_a_quotation(nlp: Language) -> None:
    text = (
        "Analysts were divided over the result.\n\n"
        "Philip Marsh: “The harbour needs dredging before any new berth is built.”\n\n"
        "More from the port authority report: “Traffic grew by a third in two years.”"
    )
    direct = only(quotes_of(nlp, text), "direct")
    assert [q.speaker_mention for q in direct] == ["Philip Marsh", "the port authority report"]


def test_a_writers_clause_ending_in_a_colon_is_no_speaker(nlp: Language) -> None:
    text = "The choice facing the council was stark: “repair or replace”, as one officer put it."
    for q in quotes_of(nlp, text):
        assert q.speaker_mention not in {"The choice", "the council"}


def test_reporting_verb_at_the_end_of_a_chain_of_conjuncts(nlp: Language) -> None:
    text = (
        "The two ministers met in Oslo on Friday, signed the accord and said the border "
        "would reopen to lorries in May."
    )
    [q] = only(quotes_of(nlp, text), "indirect")
    assert q.speaker_mention == "The two ministers"
    assert "border would reopen" in q.text


def test_subject_of_likely_to_say(nlp: Language) -> None:
    text = (
        "Voters in the north were more likely to say that the economy had improved "
        "since the election."
    )
    [q] = only(quotes_of(nlp, text), "indirect")
    assert q.speaker_mention == "Voters in the north"


def test_dateline_is_not_part_of_the_speaker(nlp: Language) -> None:
    text = (
        "OSLO (Reuters) – Norwegian finance minister Kari Nilsen said on Friday that the "
        "fund would sell its coal holdings by the end of the year."
    )
    [q] = only(quotes_of(nlp, text), "indirect")
    assert q.speaker_mention == "Norwegian finance minister Kari Nilsen"


def test_a_person_who_seems_to_hold_a_view_is_its_source(nlp: Language) -> None:
    text = "Maria Lopez seemed to accept that the harbour works would not finish before May."
    [q] = only(quotes_of(nlp, text), "indirect")
    assert q.speaker_mention == "Maria Lopez"


def test_a_paragraph_the_parser_hangs_on_the_next_cue_keeps_its_own_speaker(
    nlp: Language,
) -> None:
    """The small model sometimes makes a whole paragraph the complement of the cue in the
    next one ("... , she said.⏎⏎“...,” said Ms. White"): that paragraph is still hers.
    The parse is given by hand, as the model produced it on a PolNeAR article."""
    from spacy.tokens import Doc

    words = ["It", "was", "new", ",", "she", "said", ".", "\n\n", "“", "We", "act", ",", "”"]
    words += ["said", "Ms.", "White", "."]
    spaces = [True, True, False, True, True, False, False, False, False, True, False, False]
    spaces += [True, True, True, False, False]
    heads = [1, 5, 1, 5, 5, 13, 5, 6, 10, 10, 13, 10, 10, 13, 15, 13, 13]
    deps = ["nsubj", "ccomp", "acomp", "punct", "nsubj", "ccomp", "punct", "dep", "punct"]
    deps += ["nsubj", "ccomp", "punct", "punct", "ROOT", "compound", "nsubj", "punct"]
    pos = ["PRON", "AUX", "ADJ", "PUNCT", "PRON", "VERB", "PUNCT", "SPACE", "PUNCT", "PRON"]
    pos += ["VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT"]
    tags = ["PRP", "VBD", "JJ", ",", "PRP", "VBD", ".", "_SP", "``", "PRP", "VBP", ",", "''"]
    tags += ["VBD", "NNP", "NNP", "."]
    lemmas = ["it", "be", "new", ",", "she", "say", ".", "\n\n", "“", "we", "act", ",", "”"]
    lemmas += ["say", "Ms.", "White", "."]
    doc = Doc(nlp.vocab, words, spaces, tags=tags, pos=pos, lemmas=lemmas, heads=heads, deps=deps)
    assert doc.text == "It was new, she said.\n\n“We act,” said Ms. White."
    quotes = extract_quotes(doc)
    [reported] = [q for q in quotes if q.kind == "indirect"]
    assert (reported.text, reported.speaker_mention) == ("It was new", "she")
    [direct] = [q for q in quotes if q.kind == "direct"]
    assert (direct.text, direct.speaker_mention) == ("We act", "Ms. White")


def test_a_subject_in_another_paragraph_is_no_speaker(nlp: Language) -> None:
    """A headline the parser made the subject of the next paragraph's verb speaks for
    nobody: "Harbour budget⏎⏎Said the fund was empty" has no source."""
    from spacy.tokens import Doc

    words = ["Harbour", "budget", "\n\n", "Said", "the", "fund", "was", "empty"]
    spaces = [True, False, False, True, True, True, True, False]
    heads = [1, 3, 1, 3, 5, 6, 3, 6]
    deps = ["compound", "nsubj", "dep", "ROOT", "det", "nsubj", "ccomp", "acomp"]
    pos = ["PROPN", "NOUN", "SPACE", "VERB", "DET", "NOUN", "AUX", "ADJ"]
    tags = ["NNP", "NN", "_SP", "VBD", "DT", "NN", "VBD", "JJ"]
    lemmas = ["Harbour", "budget", "\n\n", "say", "the", "fund", "be", "empty"]
    doc = Doc(nlp.vocab, words, spaces, tags=tags, pos=pos, lemmas=lemmas, heads=heads, deps=deps)
    for q in extract_quotes(doc):
        assert q.speaker_mention != "Harbour budget"


def test_who_released_the_statement_speaks_through_it(nlp: Language) -> None:
    text = "The port authority released a statement saying the night ferries would resume in May."
    [q] = only(quotes_of(nlp, text), "indirect")
    assert q.speaker_mention == "The port authority"
    assert q.text == "the night ferries would resume in May"


def test_a_headline_glued_to_the_lead_leaves_the_leads_subject(nlp: Language) -> None:
    text = (
        "Port chief warning on ferry cuts\n\n"
        "Harbour Board chairman Ruth Adeyemi has warned that allowing the night ferries to "
        'close could have "severe" consequences.'
    )
    [q] = quotes_of(nlp, text)
    assert (q.text, q.kind) == ("severe", "partial")
    assert q.speaker_mention == "Harbour Board chairman Ruth Adeyemi"


def test_a_report_conjoined_inside_a_report_is_still_the_reporters(nlp: Language) -> None:
    text = (
        "Judge Ruth Okafor said she would retire in the spring and predicted that the "
        "court would need two new members."
    )
    reports = only(quotes_of(nlp, text), "indirect")
    assert [(q.speaker_mention, q.cue) for q in reports] == [
        ("Judge Ruth Okafor", "said"),
        ("Judge Ruth Okafor", "predicted"),
    ]


def test_quoted_words_in_the_writers_sentence_belong_to_its_subject(nlp: Language) -> None:
    """Not to whoever spoke in the sentence before."""
    text = (
        "“The ferries will run on time,” the harbour master said on Monday.\n\n"
        "The mayor introduced the new timetable as “a fresh start for the islands” at a "
        "meeting in the town hall."
    )
    fresh = next(q for q in quotes_of(nlp, text) if q.text.startswith("a fresh start"))
    assert fresh.speaker_mention == "The mayor"


def test_a_long_apposition_between_name_and_tag(nlp: Language) -> None:
    text = (
        "At times last year, people close to the mayor said, the mere mention of the budget "
        "could make him fume.\n\n"
        "''They were professionals, but also competitors,'' William M. Daley, the city's "
        "former chief of staff, said of their time in the administration. ''They'd do the "
        "dance.''"
    )
    direct = only(quotes_of(nlp, text), "direct")
    assert [q.speaker_mention for q in direct] == ["William M. Daley", "William M. Daley"]


def test_a_quotation_after_its_speakers_sentence_carries_the_speaker(nlp: Language) -> None:
    text = (
        "“They’re not terminable at will,” council spokesperson Ron Lieberman told the "
        "Gazette in July, after the mayor stated an interest in ending the contracts. "
        "“These contracts are fully binding.”"
    )
    direct = only(quotes_of(nlp, text), "direct")
    assert [q.speaker_mention for q in direct][-1] == "council spokesperson Ron Lieberman"


def test_the_main_clause_of_the_sentence_before_names_the_speaker(nlp: Language) -> None:
    text = (
        "Interest rates are expected to rise in March.\n\n"
        "Maria Greene added that the central bank very much wants to act before the "
        "election. “They don’t like to talk about it, but they will move for political "
        "reasons.”"
    )
    [q] = only(quotes_of(nlp, text), "direct")
    assert q.speaker_mention == "Maria Greene"


def test_a_view_the_parse_left_without_a_subject_is_the_named_subjects(nlp: Language) -> None:
    text = "Ms Lopez later backed away from a suggestion that the port tax would rise in May."
    [q] = only(quotes_of(nlp, text), "indirect")
    assert q.text == "the port tax would rise in May"
    assert q.speaker_mention == "Ms Lopez"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "As Professor Ana Ruiz put it: “The harbour is the heart of the town.”",
            "Professor Ana Ruiz",
        ),
        (
            "The summit was held in Oslo because, in the mayor's words, “no city has more "
            "start-ups per head.”",
            "the mayor",
        ),
        (
            "In the words of the council report, “the ferries are a lifeline for the islands.”",
            "the council report",
        ),
    ],
)
def test_idioms_that_hand_the_words_to_someone(nlp: Language, text: str, speaker: str) -> None:
    [q] = quotes_of(nlp, text)
    assert q.speaker_mention == speaker


def test_two_apostrophes_are_one_double_mark() -> None:
    """''Like this,'' as some newspaper archives write quotations: no stray ' is kept."""
    text = "''We were rivals,'' Ms. Daley said. ''We'd do the dance.''"
    spans = [text[q.start : q.end] for q in find_quote_spans(text)]
    assert spans == ["We were rivals,", "We'd do the dance."]


def test_every_quote_records_the_rule_that_found_it(nlp: Language) -> None:
    text = (
        "“We will hold the line,” Austin said on Tuesday.\n\n"
        "The town is nearly empty, according to the city council.\n\n"
        "The minister said the talks would resume next week."
    )
    quotes = quotes_of(nlp, text)
    rules = {q.text: q.rule for q in quotes}
    assert rules["We will hold the line"] == "direct.speech_verb"
    assert rules["The town is nearly empty"] == "indirect.according_to"
    assert rules["the talks would resume next week"] == "indirect.verb_clause"
    assert all(q.to_json()["rule"] == q.rule for q in quotes)


def test_a_question_put_to_a_speaker_is_not_a_quote(nlp: Language) -> None:
    text = (
        "Asked why he thought the warnings were left out, Lord Hale said: “The purpose "
        "of the dossier was to persuade.”"
    )
    quotes = quotes_of(nlp, text)
    shown = [q.text for q in quotes if published(q)]
    assert shown == ["The purpose of the dossier was to persuade."]
    # kept as the question put (PolNeAR annotates it), never as what anyone said
    asked = [q for q in quotes if not published(q)]
    assert [(q.text, q.rule, q.speaker_mention) for q in asked] == [
        ("why he thought the warnings were left out", "indirect.question", None)
    ]


def test_what_was_not_yet_said_is_not_a_quote(nlp: Language) -> None:
    text = "The Greens have promised big tax cuts but have yet to say where they will fall."
    quotes = quotes_of(nlp, text)
    assert not any("where they will fall" in q.text for q in quotes if published(q))


def test_the_listener_is_not_what_was_said(nlp: Language) -> None:
    text = "Mr Dunmore spoke to Radio Kent about the report on Monday."
    assert not any(q.text == "Radio Kent" for q in quotes_of(nlp, text))


def test_a_short_quoted_phrase_nobody_spoke_is_a_scare_quote(nlp: Language) -> None:
    text = "Officials believe the talks will fail. The “fantasy island” plan was shelved."
    assert not any("fantasy island" in q.text for q in quotes_of(nlp, text))


def test_the_subject_of_a_passive_is_not_the_speaker(nlp: Language) -> None:
    text = (
        "The commander complained that supplies were low and a representative of his unit "
        "was denied access to the military command."
    )
    quotes = quotes_of(nlp, text)
    assert not any(q.speaker_mention == "a representative of his unit" for q in quotes)
    assert not any(q.text.startswith("access") for q in quotes)


def test_the_speech_tag_after_a_clause_is_not_its_content(nlp: Language) -> None:
    """ "Some councillors are siding with the council, the Gazette newspaper reports": the
    newspaper's tag is not something the councillors said."""
    text = (
        "Some councillors and church leaders are also siding with the Harbour Council, "
        "Westport's Evening Gazette newspaper reports. The mayor said the play would go ahead."
    )
    texts = [q.text for q in quotes_of(nlp, text)]
    assert not any(t.endswith("newspaper reports") for t in texts), texts
    assert "the play would go ahead" in texts


GLUED = """Studio seeks faces for games

Each actor sits for a scan. Many pictures of the face are taken so that a model can be
made in 3D. "The model will look exactly like you," said Ms Dahl.
"""


def test_a_report_never_reaches_over_a_full_stop_to_its_cue(nlp: Language) -> None:
    """The writer's sentence before a quotation is not reported speech of the quotation's
    speech tag, even where the parser makes it the tag's complement."""
    quotes = quotes_of(nlp, GLUED)
    texts = [q.text for q in quotes]
    assert not any("Many pictures" in text for text in texts), texts
    assert any(text.startswith("The model will look exactly") for text in texts), texts


CONJOINED = """Leaders protest over flag plan

Congressional leaders complain they were not consulted about plans to put the flag on
the ships and some charged the policy could lead to war.

Tara Voss has said she does not want higher fees for small traders but on Monday said
other promises would wait for the budget.
"""


def test_a_report_stops_where_a_second_report_begins(nlp: Language) -> None:
    """Neither another speaker's report ("and some charged ...") nor the "but" that
    leads to the next report is part of the first one."""
    quotes = quotes_of(nlp, CONJOINED)
    texts = [" ".join(q.text.split()) for q in quotes if q.kind == "indirect"]
    assert "they were not consulted about plans to put the flag on the ships" in texts, texts
    assert "she does not want higher fees for small traders" in texts, texts


def test_word_lists_are_data_that_decide_the_extractor_version(tmp_path, monkeypatch) -> None:
    """The reporting verbs and cues live in data files (the PolNeAR-derived ones as the
    deriving script wrote them), and editing one re-extracts cached articles."""
    import json
    import shutil

    from generator.extract.words import DATA, derived_lists, word_lists
    from generator.running import fingerprint

    assert "say" in word_lists("quote_words")["reporting_verbs"]
    record = json.loads((DATA / "polnear_cues.json").read_text(encoding="utf-8"))
    assert record["derived_by"].startswith("benchmarks/polnear_cues.py")
    assert derived_lists("polnear_cues")["clausal_verbs"] == frozenset(record["clausal_verbs"])

    package = tmp_path / "extract"
    shutil.copytree(fingerprint.EXTRACT_PACKAGE, package)
    monkeypatch.setattr(fingerprint, "EXTRACT_PACKAGE", package)
    before = fingerprint.extractor_version()
    words = package / "data" / "quote_words.toml"
    words.write_text(words.read_text(encoding="utf-8") + '\nextra = "mull"\n', encoding="utf-8")
    assert fingerprint.extractor_version() != before


def test_a_second_that_clause_stays_in_the_report(nlp: Language) -> None:
    """ "... that X and that he maintain Y": one content, though "maintain" can report."""
    text = (
        "The lawyer said that the loans required statements that were accurate and that "
        "he maintain ten million dollars in cash.\n"
    )
    [quote] = only(quotes_of(nlp, text), "indirect")
    assert quote.text.endswith("ten million dollars in cash"), quote.text


def test_reported_clause_leaves_out_the_writers_opening_connective(nlp: Language) -> None:
    text = (
        "She said the port would reopen the north quay in June. "
        "However, the hard work is still to come, with two years of talks ahead, she said."
    )
    texts = [q.text for q in quotes_of(nlp, text) if q.kind == "indirect"]
    assert "the hard work is still to come, with two years of talks ahead" in texts, texts


def test_trailing_tag_reports_both_halves_of_a_but_sentence(nlp: Language) -> None:
    text = (
        "Airlines are all sticking firmly to official fares but the volatility of fuel "
        "prices is likely to continue into the third quarter, Kenyan Minister of Transport "
        "and Energy Otieno told Reuters."
    )
    texts = [q.text for q in quotes_of(nlp, text) if q.kind == "indirect"]
    assert texts == [
        "Airlines are all sticking firmly to official fares but the volatility of fuel "
        "prices is likely to continue into the third quarter"
    ], texts


def test_what_a_speaker_would_not_say_is_no_report(nlp: Language) -> None:
    text = (
        "The port is not the same as the old one, Ms Reed said. "
        "She did not say when she thought the market would recover."
    )
    texts = [q.text for q in quotes_of(nlp, text) if published(q)]
    assert not any("market would recover" in t for t in texts), texts


def test_report_starts_after_an_adverbial_and_its_own_speech_tag(nlp: Language) -> None:
    text = (
        "Ms Reed said the harbour plan needed reform. In the meantime, she said, the council "
        "cannot back away from the savings set by law, she said. The economy, she said, is "
        "strong, the minister added."
    )
    texts = [q.text for q in quotes_of(nlp, text) if q.kind == "indirect"]
    assert "the council cannot back away from the savings set by law" in texts, texts
    assert "The economy is strong" in texts, texts


def test_a_quotation_that_lost_its_closing_mark_ends_before_the_next_lead_in() -> None:
    """BBC copy runs paragraphs together and sometimes drops a closing mark: the next
    colon-introduced quotation shows where the first one ended, so neither swallows the
    narration and the statements after it."""
    from generator.extract.quotemarks import find_quote_spans

    text = (
        'Mr Okafor said: "I lost two years of my work. He added: "They wanted to break '
        'me but they did not." The ministry denied it. In a statement, it said: "The '
        'detention was lawful."'
    )
    quoted = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert quoted == [
        "I lost two years of my work.",
        "They wanted to break me but they did not.",
        "The detention was lawful.",
    ]


def test_wire_copy_apostrophes_typed_as_double_marks_are_not_quotation_marks() -> None:
    """Old wire copy types apostrophes as straight double marks (country"s, don"t):
    read as quotation marks they cut one quote short and invent another."""
    from generator.extract.quotemarks import find_quote_spans

    text = (
        'The country"s bank committee met on Monday. "We don"t see a problem with the '
        'accounts," Reyes said. A newspaper said the notes would carry "long maturities".'
    )
    quoted = [text[s.start : s.end] for s in find_quote_spans(text)]
    assert quoted == ['We don"t see a problem with the accounts,', "long maturities"]


def test_a_report_after_a_colon_is_what_follows_its_verb(nlp: Language) -> None:
    # the parser hangs the clause before the colon on "said" as a second complement
    text = "Cruz brushed off the criticism: he said he could work with the party leadership."
    [q] = only(quotes_of(nlp, text), "indirect")
    assert q.text == "he could work with the party leadership"
    assert q.speaker_mention == "he"


def test_speaking_on_condition_of_anonymity_is_no_content(nlp: Language) -> None:
    text = "He spoke on condition of anonymity because he was not allowed to discuss the talks."
    assert not [q for q in quotes_of(nlp, text) if "anonymity" in q.text]


def test_the_backing_of_a_group_is_theirs_not_the_subjects_view(nlp: Language) -> None:
    for text in (
        "The senator has the backing of many Democrats in the state.",
        "Mr. Cruz won the endorsement of the most influential pastor in Iowa.",
    ):
        assert not only(quotes_of(nlp, text), "indirect"), text
    [q] = only(quotes_of(nlp, "Graham came out in support of Cruz on Thursday."), "indirect")
    assert (q.text, q.speaker_mention) == ("Cruz", "Graham")


def test_what_someone_called_for_is_reported_when_parsed_as_a_clause(nlp: Language) -> None:
    text = "Clinton is calling for the United States to step up military efforts against the group."
    [q] = only(quotes_of(nlp, text), "indirect")
    assert q.text == "the United States to step up military efforts against the group"
    assert q.speaker_mention == "Clinton"


def test_a_verb_after_a_semicolon_does_not_speak_the_quoted_words_before_it(
    nlp: Language,
) -> None:
    text = (
        "The judge seized on the lawyer's attempt to show “the city we want to be”; "
        "he suggested the idea rang hollow."
    )
    [partial] = only(quotes_of(nlp, text), "partial")
    assert partial.text == "the city we want to be"
    assert partial.speaker_mention != "he"


def test_a_verb_in_a_clause_describing_a_noun_speaks_its_own_quoted_words(
    nlp: Language,
) -> None:
    text = (
        "The mayor praised the report, which quoted residents who warned of "
        "“a summer of chaos” in the town."
    )
    [partial] = only(quotes_of(nlp, text), "partial")
    assert partial.speaker_mention != "The mayor"


def test_a_fragment_quoted_in_the_writers_sentence_is_not_carried_to_the_next_paragraph(
    nlp: Language,
) -> None:
    text = (
        "In the Commons, Tory spokesman Mr Lewis suggested the posters were part of a "
        "wider trend and reminded MPs that Labour chairman Ian Carter last year described "
        'shadow chancellor Peter Holt as a "modern Scrooge".\n\n'
        '"Given the anger that caused then, how could you revive it now?" Mr Milburn '
        "replied that they were fair.\n"
    )
    quotes = quotes_of(nlp, text)
    [question] = [q for q in quotes if q.text.startswith("Given the anger")]
    assert question.speaker_mention != "Labour chairman Ian Carter"


def test_wanting_or_finding_someone_to_do_something_is_no_report(nlp: Language) -> None:
    text = (
        "Prosecutors wanted the tobacco firms to surrender $280bn in profits. "
        "The defender found the winger to be a difficult opponent."
    )
    quotes = quotes_of(nlp, text)
    assert not [q for q in quotes if published(q)]


def test_it_is_reported_has_no_source_and_is_no_report(nlp: Language) -> None:
    text = (
        "A former detainee plans to sue the government over his treatment, it is "
        "reported. It is understood that ministers will contest the claim."
    )
    cues = {q.cue for q in quotes_of(nlp, text)}
    assert not cues & {"reported", "understood", "is reported", "is understood"}


def test_an_as_clause_tags_the_clause_it_stands_in(nlp: Language) -> None:
    text = (
        "As the Financial Times reported on Monday, the bank will close forty branches.\n\n"
        "Turnout was low across the county, as election officials noted.\n\n"
        "As he spoke, the crowd outside the hall cheered loudly."
    )
    found = {(q.text, q.speaker_mention) for q in quotes_of(nlp, text) if published(q)}
    assert found == {
        ("the bank will close forty branches", "the Financial Times"),
        ("Turnout was low across the county", "election officials"),
    }


def test_according_to_attributes_the_clause_it_belongs_to(nlp: Language) -> None:
    text = (
        "The union has struck a provisional deal with the rail operator, according to "
        "the Labour Department, taking a step toward ending a strike that began in April."
    )
    found = [(q.text, q.speaker_mention) for q in quotes_of(nlp, text)]
    assert (
        "The union has struck a provisional deal with the rail operator",
        "the Labour Department",
    ) in found


def test_a_question_left_unanswered_is_never_shown(nlp: Language) -> None:
    text = "The council would not say whether the library will reopen next spring."
    quotes = quotes_of(nlp, text)
    assert [(q.text, q.rule, q.speaker_mention) for q in quotes] == [
        ("whether the library will reopen next spring", "indirect.unspoken", "The council")
    ]
    assert not any(published(q) for q in quotes)
