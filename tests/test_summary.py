# ruff: noqa: E501 - the test article keeps one paragraph per line, as editors paste it
"""Summary sentences and key terms, on articles written for these tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from generator.extract import extract_document
from generator.extract.keyterms import extract_keyterms
from generator.extract.summary import extract_summary, summary_length
from generator.reading.layout import parse

ARTICLE = """Harbour town votes to ban cars from its old quarter

Councillors in Port Ellis voted on Monday to close the old quarter to cars from next spring, after a two-year trial cut air pollution in its narrow streets by a third.

The decision, passed by 19 votes to 6, makes Port Ellis the first town in the county to ban private cars from its historic centre.

"People told us they wanted their streets back," said Mayor Carla Benn. "This is what they asked for."

Shopkeepers had feared the trial would drive customers away, but the Port Ellis Traders' Association said footfall rose by 12% during the second year.

Residents with disabilities will keep permits to drive in, and delivery vans will be allowed before 10am.

The county council said it would study the results before deciding whether other towns should follow.

Opponents said the ban would push traffic into the surrounding residential roads. Councillor Dev Shah said the town had not done enough to improve buses.

The ban will be reviewed after three years.
"""


def test_summary_is_three_to_five_whole_sentences_in_article_order(nlp: Language) -> None:
    doc = nlp(ARTICLE)
    summary = extract_summary(doc)
    assert 3 <= len(summary) <= 5
    positions = [ARTICLE.find(sentence[:40]) for sentence in summary]
    assert all(position >= 0 for position in positions), "summary must quote the article"
    assert positions == sorted(positions)


def test_summary_leads_with_the_story_not_the_headline(nlp: Language) -> None:
    summary = extract_summary(nlp(ARTICLE))
    assert summary[0].startswith("Councillors in Port Ellis voted on Monday")
    assert not any("Harbour town votes" in sentence for sentence in summary)


def test_summary_prefers_narrative_over_quotations(nlp: Language) -> None:
    summary = extract_summary(nlp(ARTICLE))
    assert not any(sentence.startswith('"') for sentence in summary)


def test_summary_of_a_text_without_full_sentences_still_says_something(nlp: Language) -> None:
    assert extract_summary(nlp("Storm warning for the coast")) == ["Storm warning for the coast"]
    assert extract_summary(nlp("")) == []


def test_summary_grows_with_the_article() -> None:
    assert [summary_length(n) for n in (5, 20, 60)] == [3, 4, 5]


def test_keyterms_are_varied_and_free_of_figure_fragments(nlp: Language) -> None:
    terms = extract_keyterms(nlp(ARTICLE))
    assert 3 <= len(terms) <= 8
    assert "Port Ellis" in terms
    assert not any(term[0].isdigit() or term.startswith(("m ", "bn ")) for term in terms)
    lowered = [set(term.lower().split()) for term in terms]
    for index, words in enumerate(lowered):
        for other in lowered[index + 1 :]:
            assert len(words & other) / min(len(words), len(other)) < 0.5, terms


def test_keyterms_keep_hyphenated_compounds_whole_and_skip_dates(nlp: Language) -> None:
    text = (
        "Rail workers began a 72-hour strike on Monday. The 72-hour strike closed most "
        "lines. Union leaders said the 72-hour strike would be followed by an anti-war "
        "protest. The anti-war protest drew thousands. Rail managers said the strike cost "
        "millions. Rail workers want higher pay and rail managers refuse."
    )
    terms = extract_keyterms(nlp(text))
    assert "anti-war protest" in terms
    assert not {"hour strike", "war protest", "Monday"} & set(terms)


DATELINED = """{dateline}Officials in the northern province ordered the evacuation of 3,000 residents on Tuesday as the river rose past its banks for the second time this month.

Engineers worked through the night to reinforce the dam above the town of Velm, where the water reached the main square before dawn.

The regional government said schools would stay closed until Friday and that the army had sent boats and trucks to the worst-hit villages.

Forecasters expect more rain over the weekend, and the provincial governor said a new emergency fund would pay for repairs to the damaged roads.
"""


@pytest.mark.parametrize(
    "dateline",
    [
        "SEOUL, Aug. 20 (Yonhap) -- ",
        "WASHINGTON (CNN) \u2014 ",
        "(CNN) -- ",
        "LONDON, March 3 - ",
        "KYIV, Ukraine (AP) \u2014 ",
        "Aug 27 (Reuters) - ",
        "CHICO, Calif. - ",
        "MANCHESTER, N.H. \u2014 ",
        "MYRTLE BEACH, S.C. - ",
    ],
)
def test_summary_drops_datelines_and_agency_tags(nlp: Language, dateline: str) -> None:
    summary = extract_summary(parse(nlp, DATELINED.format(dateline=dateline)))
    assert summary[0].startswith("Officials in the northern province ordered")
    assert not any(dateline.strip(" -\u2014") in sentence for sentence in summary)


def test_reporters_credited_at_the_foot_are_no_actors_and_no_summary(nlp: Language) -> None:
    """ "(Reporting by ...; Editing by ...)" and "--additional reporting from ..." name the
    page's writers, not the story's actors."""
    text = DATELINED.format(dateline="") + (
        "\n(Reporting by Nadia Ferreira in Velm; Editing by Tomas Brandt.)\n"
        "\n--additional reporting from Ilse Marchetti.\n"
    )
    extraction, problems = extract_document(parse(nlp, text))
    assert problems == []
    names = {actor.name for actor in extraction.actors}
    assert not names & {"Nadia Ferreira", "Tomas Brandt", "Ilse Marchetti"}, names
    assert not any("Reporting by" in sentence for sentence in extraction.summary)


BOILERPLATE = """Please share your photos, videos and stories of the storm with the newsroom at our Storm Watch page.

The storm brought down power lines across three counties on Wednesday, leaving 40,000 homes without electricity for most of the day.

Crews from neighbouring states were sent to help restore power, the utility company said in a statement on Wednesday evening.

The national weather service said the storm would weaken as it moved east over the cold waters of the bay on Thursday.

This story has been updated with the latest figures from the utility company.
"""


def test_summary_leaves_out_lines_addressed_to_the_reader(nlp: Language) -> None:
    summary = extract_summary(parse(nlp, BOILERPLATE))
    assert summary[0].startswith("The storm brought down power lines")
    assert not any("Please share" in sentence for sentence in summary)
    assert not any("This story has been updated" in sentence for sentence in summary)


LEANING = """Harbour strike

"We will not go back until the company listens to us," a dock worker shouted outside the gates on Monday morning.

He said the strike at the port of Calden would go on until the owners agreed to restore the pay cut announced in January, and hundreds of workers cheered him.

And the owners of the port said they would not meet the union while ships were being turned away from the harbour.

Trade at the port has fallen by a third since the dispute began, according to the chamber of commerce in Calden.

Ministers have called for talks between the owners and the union to begin before the end of the month.
"""


def test_summary_does_not_open_with_a_pronoun_or_a_connective(nlp: Language) -> None:
    summary = extract_summary(parse(nlp, LEANING))
    assert not summary[0].startswith(("He ", "And "))
    # Further down, such a sentence comes only right after the one it leans on.
    sentences = [line for line in LEANING.splitlines() if line][1:]
    for number, sentence in enumerate(summary[1:], start=1):
        if sentence.startswith(("He ", "And ")):
            assert summary[number - 1] == sentences[sentences.index(sentence) - 1]


def test_briefing_ranks_key_terms_once_and_shows_what_the_summary_ranked_by(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """TextRank is the dearest extractor step: one run per article serves the key terms
    on the page and the summary, with the same terms and sentences as separate runs."""
    from generator.extract import _leave_out_page_lines, extract_document, keyterms

    doc = parse(nlp, ARTICLE)
    _leave_out_page_lines(doc)  # as extract_document does before ranking
    expected_terms, expected_summary = extract_keyterms(doc), extract_summary(doc)
    runs = []
    textrank = keyterms.textrank  # textacy's, with a cheaper filter (keyterm_rank)

    def counted(*args: object, **kwargs: object) -> object:
        runs.append(1)
        return textrank(*args, **kwargs)

    monkeypatch.setattr(keyterms, "textrank", counted)
    extraction, problems = extract_document(parse(nlp, ARTICLE))
    assert not problems
    assert len(runs) == 1
    assert extraction.keyterms == expected_terms
    assert extraction.summary == expected_summary


def test_a_headline_ending_in_a_quotation_is_not_a_summary_sentence(nlp: Language) -> None:
    """A BBC headline line such as "Council tax rise 'reasonable'" has no full stop: the
    parse makes it a sentence of its own, but not one the summary may show."""
    article = (
        "Port Ellis car ban 'a model for the county'\n\n"
        "Councillors in Port Ellis voted on Monday to close the old quarter to cars from next spring.\n\n"
        "The decision makes Port Ellis the first town in the county to ban private cars from its historic centre.\n\n"
        "Shopkeepers had feared the trial would drive customers away from the town.\n"
    )
    summary = extract_summary(parse(nlp, article))
    assert not any("a model for the county" in sentence for sentence in summary)
    assert summary[0].startswith("Councillors in Port Ellis voted on Monday")


MATCH_REPORT = """Rovers win the derby

Rovers beat City 2-0 in a tense derby on Saturday to climb to third in the table.

Dan Fry headed the opener from a corner after ten minutes, and Ali Kemp doubled the lead with a shot from the edge of the area.

City pressed after the break but their keeper had to save twice from Fry late on.

The win was Rovers' fifth in a row and leaves City in the bottom half.

Rovers: Hale, Moss, Grant, Ivers, Price, Kemp, Rowe, Fry, Lane, Odu, Webb.

City: Dunn, Petts, Carr, Farr, Lowe, Marsh, Nye, Orme, Quinn, Ruddy, Sykes.
"""


def test_a_team_sheet_is_no_summary_sentence(nlp: Language) -> None:
    summary = extract_summary(parse(nlp, MATCH_REPORT))
    assert summary
    assert not any(sentence.startswith(("Rovers:", "City:")) for sentence in summary)


CAMPAIGN = """Candidate's wife to join campaign trail

The wife of the opposition leader, Anna Vale, is to play a leading role in the party's election campaign.

Mrs Vale will make solo visits to marginal seats as well as joining her husband on his bus tour of the country.

On Mrs Vale's role, party chairman Ed Rowe said: "Anna has already been campaigning with Tom on a number of visits. She will be a huge asset."

The party will hold a news conference at its London headquarters every morning of the campaign.

Mr Vale is expected to visit every region of the country before polling day.
"""


def test_a_sentence_cut_from_a_longer_quotation_is_no_summary_sentence(nlp: Language) -> None:
    summary = extract_summary(parse(nlp, CAMPAIGN))
    assert summary
    for sentence in summary:
        assert sentence.count('"') % 2 == 0, sentence


SURNAME = """Storm spares holiday travellers

A winter storm struck much of the eastern United States on Wednesday, bringing snow, rain and high winds to Washington, New York and Boston.

The worst fears about holiday travel had not come true by the evening, which was a relief for many of those on the move.

One of them was a nurse, Latasha Abney, from a small town.

Abney said on Wednesday that she arrived at Washington's Reagan National Airport hours early to catch a Delta flight to New York's JFK airport.

Heavy winds at the New York airports of LaGuardia, Kennedy and Newark resulted in delays of 30 minutes to an hour, the Federal Aviation Administration said.

Forecasters said that Thursday would be a quieter day, although wind gusts would continue to be a problem overnight.
"""


def test_a_person_named_by_surname_comes_only_after_their_introduction(nlp: Language) -> None:
    """ "Abney said ..." alone in a summary names nobody a reader has met."""
    summary = extract_summary(parse(nlp, SURNAME))
    for number, sentence in enumerate(summary):
        if sentence.startswith("Abney "):
            assert any("Latasha Abney" in earlier for earlier in summary[:number])


GADGETS = """Rivals of the small desktop

The Zeta box is the cheapest desktop the firm has ever sold, and it went on sale in shops on Monday.

An extremely small computer that is designed to bring the desktop to the masses.

The firm says the box will sell for less than any rival and hopes to win over students.

A surprisingly good PC sporting a fast processor, a large hard drive and a DVD burner.

Reviewers said the machine was quiet, but that its hard drive filled up too quickly.
"""


def test_a_heading_s_body_without_a_main_verb_is_no_summary_sentence(nlp: Language) -> None:
    """Review 11: the bodies of headings lost from the source are fragments."""
    summary = extract_summary(parse(nlp, GADGETS))
    assert summary
    assert not any(sentence.startswith(("An extremely", "A surprisingly")) for sentence in summary)


COLUMN = """WALL STREET OUTLOOK

Stock prices may climb higher today after a two-day advance, analysts said.

"I think we'll get a quiet day," Rick Stamm of Hollis and Trent said.

Stamm added that the market would ignore the credit figures due today.

In the newspapers -- The Daily Ledger's market column said some traders expect a pause.
"""


def test_a_column_s_section_label_and_an_untold_surname_stay_out(nlp: Language) -> None:
    """Review 11: "In the newspapers -- ..." opens with a label; "Stamm added ..." names
    nobody the summary has introduced when the model misses the full name."""
    summary = extract_summary(parse(nlp, COLUMN))
    assert summary
    assert not any(sentence.startswith("In the newspapers") for sentence in summary)
    for number, sentence in enumerate(summary):
        if sentence.startswith("Stamm "):
            assert any("Rick Stamm" in earlier for earlier in summary[:number])


WIRE_RESULTS = """KESTREL FOODS <KSTR> 4TH QTR NET

Kestrel Foods Inc said its fourth quarter profit rose on higher
sales of frozen vegetables to supermarket chains in the Midwest.
    The company said it expects frozen vegetables to stay its
largest business in 1987.
    Shr 41 cts vs 30 cts
    Net 4,200,000 vs 3,100,000
    Revs 61.5 mln vs 55.2 mln
    Avg shrs 10.2 mln vs 10.3 mln
    Qtly div 12 cts vs 12 cts prior
    Pay April 15
    Record March 31
    NOTE: Net includes a gain of 1.1 mln dlrs from the sale of a
warehouse.
 REUTER
"""


def test_keyterms_come_from_the_story_not_its_results_table(nlp: Language) -> None:
    """Wire copy's table rows, labels, units and sign-off are no key terms."""
    terms = extract_keyterms(parse(nlp, WIRE_RESULTS))
    assert "Kestrel Foods Inc" in terms
    assert "frozen vegetables" in terms
    furniture = {"Shr", "Net", "Revs", "Avg shrs", "Pay April", "Record March", "NOTE", "REUTER"}
    assert not furniture & set(terms), terms
    assert not any(word in {"mln", "dlrs", "cts", "pct"} for t in terms for word in t.split())


def test_summary_terms_still_rank_by_every_candidate(nlp: Language) -> None:
    """The summary ranks sentences as before: only the listed terms are filtered."""
    doc = parse(nlp, WIRE_RESULTS)
    assert len(extract_keyterms(doc, topn=15, shown=False)) >= len(extract_keyterms(doc, topn=15))


STANDFIRST = """River town braces for second flood

Engineers fear the old dam will not hold another week of rain.

RIVERTON - Officials in Riverton ordered 2,000 residents to leave their homes on Tuesday as the river rose past its banks for the second time this month.

Engineers worked through the night to shore up the dam above the town, where the water reached the market square before dawn.

The regional government said schools would stay closed until Friday and that the army had sent boats to the worst-hit streets.

Forecasters expect more rain over the weekend, and the governor said a new emergency fund would pay for repairs to the roads.
"""


def test_summary_starts_at_the_dateline_not_the_standfirst_above_it(nlp: Language) -> None:
    """The line between the headline and the dated lead is the page's standfirst, and a
    lead's dateline with a single hyphen ("RIVERTON - ") is cut like any other."""
    extraction, _ = extract_document(parse(nlp, STANDFIRST))
    assert extraction.summary[0].startswith("Officials in Riverton ordered"), extraction.summary
    assert not any("will not hold another week" in s for s in extraction.summary)


DATABASE_RECORD = """Port strike ends after nine days

ABSTRACT.

The dockers accepted a pay offer that the union had rejected twice before.

FULL TEXT.

Dockers at the port of Harwell voted on Monday to end a nine-day strike that had left more than 200 ships waiting offshore and cost exporters millions of pounds.

The union's members accepted a pay rise of 6 percent over two years, an offer their leaders had turned down twice before the strike began.

Shipping lines said it would take at least a week to clear the backlog of containers at the port's three terminals.

The port authority said cranes would run around the clock until the queue of ships had gone.
"""


def test_a_database_record_s_abstract_is_not_the_summary(nlp: Language) -> None:
    """The digest between "ABSTRACT." and "FULL TEXT." repeats the lead: the summary
    starts with the story's own first sentence."""
    extraction, _ = extract_document(parse(nlp, DATABASE_RECORD))
    assert extraction.summary[0].startswith("Dockers at the port of Harwell voted")
    assert not any("rejected twice before" in s for s in extraction.summary)


CUT_QUOTATION = """Mayor promises new bridge for Elm Valley

The mayor of Elm Valley, Rosa Kent, promised on Monday that the town would replace its 90-year-old bridge over the river Lune by the end of next year.

Kent told the council: "We have waited far too long for this. The new Lune bridge will link Elm Valley to Harwell, Northfield and the M6 motorway by December next year. Nobody will have to drive the long way round again."

The bridge was closed to lorries in March after engineers found cracks in two of its piers, forcing freight traffic onto a 20-mile detour.

The council's finance committee will meet next week to approve the first payment to the builders.

Local businesses said the detour had cost them customers and added hours to deliveries.
"""


def test_a_sentence_inside_a_speaker_s_quotation_is_not_the_story_s(nlp: Language) -> None:
    """The second sentence of a quotation has no quotation marks of its own: shown in
    the summary it would read as the story's claim, not the mayor's promise."""
    summary = extract_summary(parse(nlp, CUT_QUOTATION))
    assert summary
    assert not any(s.startswith("The new Lune bridge will link") for s in summary), summary


POINTING_BACK = """Ministers agree steel rescue

The government agreed on Thursday to lend 300 million pounds to the Northfield steelworks, saving 4,000 jobs at the country's last blast furnace.

Ministers had faced pressure from unions and local MPs after the plant's owner said it would close the furnace by the end of the month.

The Treasury had offered 100 million pounds in talks with the owner last week.

That figure was raised after the Northfield steelworks owner, Baltic Steel, told the government the furnace would close, officials in Northfield said.

The loan will be repaid over ten years, and the government will take a seat on the company's board, the business secretary Nadia Kerr said.

If that is the case, the steelworks will be the first in the country with the state on its board since the 1980s, the Northfield Chamber of Commerce said.
"""


def test_a_sentence_about_a_figure_or_case_it_does_not_name_needs_its_predecessor(
    nlp: Language,
) -> None:
    """ "That figure ..." and "If that is the case, ..." point at the sentence before: alone
    in a summary they point at nothing."""
    summary = extract_summary(parse(nlp, POINTING_BACK))
    for sentence in summary:
        if sentence.startswith(("That figure", "If that is the case")):
            previous = POINTING_BACK[: POINTING_BACK.find(sentence[:30])].split("\n\n")[-2]
            assert any(previous.startswith(s[:30]) for s in summary), summary


DIGEST = """Five things to know this morning

Lawmakers in Carrow agreed on Monday to fund a new bridge over the River Teal, ending a year of argument over its cost.

BRIDGE VOTE ENDS LONG STANDOFF IN CARROW.

The bridge will cost 40 million pounds and open in 2029, the transport committee said.

Correction: An earlier version of this article misstated the length of the bridge.

Jane Ward via Getty Images.

Drivers crossing from the northern villages every day to reach jobs in the town centre.

Two options remain for the design of the bridge.

The second is that the council borrows the money from the regional bank over thirty years.

Just look at the queues on the old ferry road any weekday morning.

Councillors will choose the design at a meeting in March, the committee said.
"""


def test_digest_headings_page_notes_fragments_and_list_items_stay_out(nlp: Language) -> None:
    """Breadth sample sumfig26: a digest's headings in capitals, a correction notice, a
    photo's credit, a noun phrase hung on a participle, "The second is ..." without the
    list it counts, and an imperative are no sentences of the story's summary."""
    summary = extract_summary(parse(nlp, DIGEST))
    assert summary and summary[0].startswith("Lawmakers in Carrow agreed")
    for sentence in summary:
        assert not sentence.isupper(), summary
        assert not sentence.startswith(
            ("Correction", "Jane Ward", "Drivers crossing", "The second is", "Just look")
        ), summary


TRIFECTA = """Kemp eyes a clean sweep

Senator Ada Kemp of Ohio leads the polls in Iowa, New Hampshire and South Carolina, the first three states to vote in the Republican primary, a Gallup survey showed on Sunday.

Her rivals have spent twice as much on television advertising in the three states, according to filings with the Federal Election Commission.

She would need to win all three states on the same night, which no candidate has managed since 1976.

Winning that trifecta would put Kemp in a political category all her own, the first Republican challenger to sweep the early contests.

Kemp's campaign said it would open offices in ten more states by the end of the month.

The primary season runs until June, when the last of the party's delegates are chosen.
"""


def test_a_demonstrative_on_a_noun_told_before_needs_its_sentence(nlp: Language) -> None:
    """ "Winning that trifecta would ...": "that trifecta" is the one the sentence before
    told of, so the sentence comes only with it."""
    summary = extract_summary(parse(nlp, TRIFECTA))
    for number, sentence in enumerate(summary):
        if sentence.startswith("Winning that trifecta"):
            assert number > 0 and summary[number - 1].startswith("She would need"), summary


INTERVIEW = """Q&A with the harbour master

Harbour master Ruth Okoye has run the port of Calden for eleven years, through two strikes and the flood of 2019.

She spoke to the Calden Courier on Friday about the new container terminal and the dredging of the river mouth.

Here is the edited transcript of the interview.

Q: Shipping companies say the port is too shallow for the new container ships.

A: They are right, and the dredging will fix it. I have asked the council for the money three times.

Q: The council says the terminal will bring two thousand jobs to the town.

A: I think that number is too high. The terminal will need far fewer people than the old docks did.
"""


def test_an_interview_s_questions_and_answers_are_not_its_summary(nlp: Language) -> None:
    """Breadth: a Q&A page's questions and its guest's answers ("I think that number is
    too high") are the guest's words; the summary is the introduction's."""
    summary = extract_summary(parse(nlp, INTERVIEW))
    assert summary and summary[0].startswith("Harbour master Ruth Okoye")
    intro = INTERVIEW[: INTERVIEW.index("Here is")]
    assert all(sentence in intro for sentence in summary), summary


REPEATED = """Council backs new bridge

Lawmakers in Carrow agreed on Monday to fund a new bridge over the River Teal, ending a year of argument over its cost.

Lawmakers in Carrow agreed on Monday to fund a new bridge over the River Teal, ending a year of argument over its cost.

The bridge will cost 40 million pounds and open in 2029, the transport committee said.

Drivers from the northern villages now queue for the old ferry every morning.

Councillors will choose the design at a meeting in March, the committee said.
"""


def test_a_paragraph_the_page_gives_twice_is_summarised_once(nlp: Language) -> None:
    """A page that repeats its first paragraph puts it once in the summary."""
    summary = extract_summary(parse(nlp, REPEATED))
    assert len(summary) == len(set(summary)), summary


RESULTS_WITH_NOTES = """HARBOUR FOODS INC <HBF> 2ND QTR NET

Shr 41 cts vs 33 cts
    Net 2,412,000 vs 1,950,000
    Sales 61.2 mln vs 55.8 mln
    NOTE: Prior year net includes gain of 310,000 dlrs from the sale of a
warehouse in Ohio.
    Second quarter figures include a charge of 120,000 dlrs for the
closure of its Dayton bakery.
"""

RESULTS_WITH_A_REPORT = """KELSO MILLS INC <KLM> 1ST QTR NET

Shr 12 cts vs 20 cts
    Net 804,000 vs 1,340,000
    NOTE: Prior year net excludes loss from discontinued operations of
96,000 dlrs.
    The company said orders for its cotton yarn fell sharply in the
quarter as two of its largest customers closed their mills.
"""


def test_a_wire_s_notes_under_a_results_table_are_no_summary(nlp: Language) -> None:
    """The summary of a results table is its first rows, not the desk's footnotes."""
    summary = extract_summary(
        parse(nlp, RESULTS_WITH_NOTES), body_start=RESULTS_WITH_NOTES.index("Shr")
    )
    assert summary[0] == "Shr 41 cts vs 33 cts"
    assert not any("NOTE" in sentence or "include" in sentence for sentence in summary)


def test_a_report_after_a_wire_s_note_is_still_the_story(nlp: Language) -> None:
    summary = extract_summary(
        parse(nlp, RESULTS_WITH_A_REPORT), body_start=RESULTS_WITH_A_REPORT.index("Shr")
    )
    assert summary == [
        "The company said orders for its cotton yarn fell sharply in the quarter as two of "
        "its largest customers closed their mills."
    ]


ASIDE_ARTICLE = """Court hears challenge to clinic law

A state appeals court heard a challenge on Tuesday to a law that campaigners say has closed half of the region's family planning clinics. (The law requires every clinic to hold a hospital licence and to rebuild its rooms to hospital standards. It also sets a waiting period of three days before any appointment.)

Lawyers for the clinics told the three judges that the rules served no medical purpose and were meant to shut them down.

The state's attorney general said the law protected patients and had been passed by large majorities in both chambers.

A ruling is expected before the end of the summer, and either side is likely to appeal to the supreme court.
"""


def test_a_bracketed_aside_of_several_sentences_is_no_summary(nlp: Language) -> None:
    """The aside explains the sentence before it; cut from it, it reads as a fragment
    with an open bracket."""
    summary = extract_summary(parse(nlp, ASIDE_ARTICLE), body_start=ASIDE_ARTICLE.index("A state"))
    assert summary[0].startswith("A state appeals court heard a challenge")
    assert not any("hospital licence" in s or "waiting period" in s for s in summary)


QUOTED_LEAD = """Mayor says the bridge "will not wait"

Mayor Carla Benn said on Monday that the Calden bridge "cannot wait another winter. It is falling apart, and we all know it" as she opened a fund for its repair.

Benn told the council that "the engineers were clear. The deck will not last." She asked the county for help.

"We have done what we can," she said.
"""


def test_a_lead_whose_quotation_holds_a_stop_is_summarised_whole(nlp: Language) -> None:
    """The parser cuts a sentence at the stop inside its quotation; neither half is a
    sentence a reader can take alone, but the whole is the story's lead, and a page
    made of such sentences must not go without a summary."""
    extraction, problems = extract_document(parse(nlp, QUOTED_LEAD))
    assert not problems
    summary = extraction.summary
    assert summary, "a story whose sentences quote must still have a summary"
    assert summary[0].startswith("Mayor Carla Benn said on Monday")
    assert summary[0].endswith("as she opened a fund for its repair.")
    assert all(sentence.count("\u201c") == sentence.count("\u201d") for sentence in summary)
    assert all(not sentence.count('"') % 2 for sentence in summary)


SELF_CONTAINED_LEADS = """Rivals court county chairs

For Maria Lopez and James Carter, their campaigns for governor are slowed by a plain obstacle: they have both lost the three largest counties before.

Party officials in the counties said the candidates had called them several times this month to ask about local issues.

The state party will hold its convention in Harlow in June, and both campaigns expect a close vote there.

Turnout in the counties fell by a fifth at the last election for governor.
"""

RELATIVE_LEAD = """Port plan stalls

The problems that stalled the Calden port expansion were set long ago, one in each of the last four years, and were always going to be hard to solve.

The county council approved the plan in 2019, but two court cases delayed the work.

Shipping firms said the delay had cost them trade, and some have moved to the port of Harlow.

Work is now due to start next spring, the council said.
"""


@pytest.mark.parametrize(
    ("article", "lead"),
    [
        (SELF_CONTAINED_LEADS, "For Maria Lopez and James Carter, their campaigns"),
        (RELATIVE_LEAD, "The problems that stalled the Calden port expansion"),
    ],
)
def test_a_lead_that_names_whom_its_pronouns_mean_opens_the_summary(
    nlp: Language, article: str, lead: str
) -> None:
    """ "their"/"they" after the two people it means, or a relative "that", point at
    nothing before the sentence: the story's lead is not held back as leaning."""
    summary = extract_summary(parse(nlp, article))
    assert summary[0].startswith(lead)


WORDS_ALONE = """Former first lady shaped her husband's presidency, biographers say

Nancy Marsh, the former first lady who died on Sunday at 94, was a fierce guardian of her husband's presidency and of his place in history, biographers and former aides said.

She read every major speech in draft, the historian Ruth Anthony says, and she felt free to contradict her husband's conclusions.

"As a result, she developed into a strong force in her own right," Anthony says. "Even the political agenda of the president's supporters came second to the well-being of her husband, President Marsh, and the reputation of his presidency and his legacy in Washington."

"Nancy Marsh protected the president from his own staff, from Congress and from the press, and the White House was never the same after she left Washington."

Marsh was born in New York in 1932 and worked as an actress before her marriage.

The funeral will be held in California on Friday, and the former president's library will open a book of condolence.
"""


def test_a_sentence_of_someone_s_words_alone_needs_the_one_that_says_whose(
    nlp: Language,
) -> None:
    """A sentence that is a quotation and nothing else reads, alone on a briefing, as no
    one's words: it is chosen only with the sentence before it that names the speaker,
    and never when it opens its paragraph, as no sentence there says whose it is."""
    summary = extract_summary(parse(nlp, WORDS_ALONE))
    assert summary
    for sentence in summary:
        assert not sentence.startswith('"Nancy Marsh protected'), summary
        if sentence.startswith('"Even the political agenda'):
            assert any(s.startswith('"As a result') for s in summary), summary


POINTING_OBJECT = """Film-maker tells the story of a prison town

The documentary Walls, released on Friday, follows the town of Kessel for a year as its prison, the largest employer in the county, prepares to close.

Its director, Maya Ortiz, spent fourteen months in Kessel and filmed more than 300 hours of interviews with guards, inmates and their families.

The town depends on the prison for a third of its jobs, and the county council has no plan for the site after the prison closes in 2027.

The director makes this clear in her new documentary about the prison town of Kessel and the county council's plans for the prison site.

The film opens in cinemas across the country next month.
"""


def test_a_sentence_whose_object_points_back_needs_its_predecessor(nlp: Language) -> None:
    """ "The director makes this clear ...": the "this" is what the sentence before told;
    alone on a briefing it points at nothing."""
    summary = extract_summary(parse(nlp, POINTING_OBJECT))
    assert summary
    for sentence in summary:
        if sentence.startswith("The director makes this clear"):
            assert any(s.startswith("The town depends on the prison") for s in summary), summary


BROKEN_OFF_SPEECH = """Candidates clash over trade in final debate

The two candidates for governor clashed over trade and jobs in their final televised debate on Tuesday night, with the election two weeks away.

Senator Rita Vance's plan for the factories of the state would cost Tom Alder's voters 2 billion dollars in trade and jobs —.

Senator Rita Vance said the state had lost 40,000 factory jobs in ten years and promised tax breaks for manufacturers who hire at home.

Her opponent, the businessman Tom Alder, said the tax breaks would cost the state 2 billion dollars and do nothing for the factories that have already closed.

The moderators cut the debate short after both candidates ran over their time.
"""


def test_a_speaker_cut_short_is_no_summary_sentence(nlp: Language) -> None:
    """A transcript's sentence broken off at a dash is a fragment of speech, not the story."""
    summary = extract_summary(parse(nlp, BROKEN_OFF_SPEECH))
    assert summary
    assert not any("Alder's voters" in sentence for sentence in summary), summary


STATE_DATELINE = """A quiet town waits for the vote

Voters in a small mill town say they feel forgotten by both parties.

PORT ELLIS, Ore. - Two days before the vote, Mayor Lena Voss knelt for an hour in the town's old chapel, praying with her son for the mill that employs a third of the town.

The mill's owner, Harlow Timber, said last month it would close the plant in March unless the state cut its power prices.

The state's governor has promised a new fund for mill towns, but the legislature has not voted on it.

Voss said the town would fight to keep the mill open, and that workers had offered to take a pay cut.
"""


def test_a_lead_datelined_with_its_state_opens_the_summary(nlp: Language) -> None:
    """ "PORT ELLIS, Ore. - ..." is a dateline (the parser cuts it off as a sentence of its
    own): the story starts there, below the standfirst, and the summary opens with the
    lead, without the dateline."""
    summary = extract_summary(parse(nlp, STATE_DATELINE), body_start=STATE_DATELINE.index("Voters"))
    assert summary[0].startswith("Two days before the vote, Mayor Lena Voss knelt"), summary
    assert not any("Voters in a small mill town" in s or "PORT ELLIS" in s for s in summary)


SPLIT_AT_AN_INITIAL = """Harbour company chairman says debt cuts lifted shares

Northfield Harbour Co Chairman R. J.
"Bobby" Kerrigan said his company's stock, ranked first on the
most active list of stocks traded today, rose partly because of
steps it took to pare its debt.
    Kerrigan told Reuters in an interview today, "part of this
strength results from the rise in shipping rates and also because
some of the analysts have been happy with the steps we've taken
in 2024 to pare our debt."
    Northfield stock rose 40 pence to 3.10 pounds following
recommendations by some shipping analysts, a company source said.
    The company will report its results for the year on Thursday,
and analysts expect a profit of about 20 mln pounds.
"""


def test_a_lead_cut_after_an_initial_is_not_shown_from_the_nickname_on(
    nlp: Language,
) -> None:
    """Wire copy wraps "Chairman R. J.⏎"Bobby" Kerrigan said ..." and the parser cuts the
    lead there: the summary never shows it from the nickname on, without its opening."""
    text = SPLIT_AT_AN_INITIAL
    summary = extract_summary(parse(nlp, text), body_start=text.index("Northfield"))
    assert summary
    assert not any(s.startswith('"Bobby"') for s in summary), summary
