"""Text structure: a headline line stays apart, paragraphs are found, wraps are undone.

Short articles written for these tests, in the three shapes news text comes in: a
`.txt` with a headline line; one paragraph per line; hard-wrapped wire copy with
indented paragraphs. Checked where the reader meets them: the extraction JSON and the
built briefing page.
"""

from __future__ import annotations

import html
import re

import pytest
from sitebuild import build, extract_records, generated_pages, make_project
from spacy.language import Language

from generator.extract import extract_document
from generator.reading.layout import analyse, paragraph_spans, parse

HEADLINE_ARTICLE = """\
Home buyers return to market

The number of home loans approved in the UK has risen for the first time since May, \
according to figures from the Bank of England.

New loans in December rose to 83,000, slightly more than in November. Mortgage lending \
rose by £710m. Analysts had expected less. "The rise in \
approvals suggests the market is slowing steadily rather than sharply," said analyst \
Howard Archer.
"""

# A headline ending in a full stop, as many US sites write them, then the story.
STOP_HEADLINE_ARTICLE = """\
Mayor calls the flood barrier 'a bargain for Riverton.'

Riverton's mayor, Dana Whitfield, said on Monday that the new flood barrier would \
protect 1,400 homes along the river.

"This barrier is a bargain for the whole town," Whitfield told the council. The \
works will cost £12m and should be finished by next spring.
"""

# A Markdown story whose one-sentence lead ends in a full stop: the lead, not a headline.
SHORT_LEAD_ARTICLE = """\
---
title: Troops leave Karsk
---

Troops left the city of Karsk on Monday.

The army said the move had been planned for weeks and that 300 soldiers would stay.
"""

LINES_ARTICLE = (
    "Rescue teams reached the flooded valley on Monday after three days of heavy rain.\n"
    "The regional governor, Anna Keller, said 1,200 people had left their homes.\n"
    "\u201cWe are doing everything we can to reach the villages,\u201d Keller told reporters.\n"
    "The army sent 40 trucks and two helicopters to the area on Tuesday.\n"
)

WIRE_ARTICLE = """\
---
title: Harbour bank to sell insurance unit
---
Standard Harbour Bank Corp said it plans to sell its
insurance unit to Northgate Holdings for 250 mln dlrs.
    "We believe the sale will let us concentrate on our core
banking business and return more capital to shareholders,"
chief executive Martin Oakes said in a statement.
    Oakes said the bank expected to complete the sale by the
end of the year, subject to regulatory approval.
"""

# Wire copy marks a listed company with its ticker and an unlisted one with brackets.
TICKER_ARTICLE = """\
---
title: Orchard Foods buys juice maker
---
Orchard Foods Corp <ORFD> said it agreed to buy <Valley Press
Juices Inc>, a Fresno, Calif., maker of fruit juices, for 42 mln
dlrs in cash from Brightwater Holdings Plc <BWH.L>.
    Orchard Foods said the purchase would add about 60 mln dlrs
a year to its sales and would be completed by the end of June.
    Brightwater said it would use the proceeds to cut its debt to
<UK> lenders.
"""

DECK_ARTICLE = """\
Ferry fares to rise in spring;
Island councils say the increase will hit commuters hardest.

The ferry operator will raise fares by 8% from April, its chief executive said on
Tuesday. Season tickets for island residents will rise by less, the company added.

Councillors on the three islands said they would ask ministers to block the rise.
"""

WIRE_QUOTE = (
    "We believe the sale will let us concentrate on our core banking business and "
    "return more capital to shareholders"
)


def body_of(text: str) -> str:
    """The body as the content reader gives it (front matter removed)."""
    return text.split("---\n", 2)[2] if text.startswith("---\n") else text


def test_headline_line_is_apart_and_not_a_paragraph() -> None:
    layout = analyse(HEADLINE_ARTICLE)
    assert layout.headline == (0, len("Home buyers return to market"))
    first_start, _ = layout.paragraphs[0]
    assert HEADLINE_ARTICLE[first_start:].startswith("The number of home loans")
    assert len(layout.paragraphs) == 2
    assert layout.parse_text == HEADLINE_ARTICLE


def test_a_first_line_ending_like_a_sentence_is_no_headline() -> None:
    text = "Troops left the city on Monday.\n\nThe army said the move was planned.\n"
    assert analyse(text).headline is None


def test_a_headline_over_its_deck_is_apart() -> None:
    layout = analyse(DECK_ARTICLE)
    deck_end = DECK_ARTICLE.index("hardest.") + len("hardest.")
    assert layout.headline == (0, deck_end)
    assert DECK_ARTICLE[layout.paragraphs[0][0] :].startswith("The ferry operator")
    # The parse text keeps the break: the headline is found again in it.
    assert analyse(layout.parse_text).headline == layout.headline


def test_a_wrapped_lead_ending_in_a_semicolon_is_no_headline() -> None:
    text = (
        "The committee met on Monday and agreed the plan;\n"
        "members voted to publish it.\n\nThe report goes to ministers next week.\n"
    )
    assert analyse(text).headline is None


def test_one_paragraph_per_line() -> None:
    spans = analyse(LINES_ARTICLE).paragraphs
    assert [LINES_ARTICLE[start:end][:6] for start, end in spans] == [
        "Rescue",
        "The re",
        "\u201cWe ar",
        "The ar",
    ]


def test_wire_copy_is_unwrapped_with_offsets_unchanged() -> None:
    body = body_of(WIRE_ARTICLE)
    layout = analyse(body)
    assert len(layout.parse_text) == len(body)
    assert [body[start:end][:8] for start, end in layout.paragraphs] == [
        "Standard",
        '"We beli',
        "Oakes sa",
    ]
    assert WIRE_QUOTE in layout.parse_text
    # The parse text is paragraphed the same way: quotation pairing and the page agree.
    assert paragraph_spans(layout.parse_text) == list(layout.blocks)


def test_prose_with_a_short_line_ending_a_paragraph_keeps_it() -> None:
    text = (
        "The committee met on Monday to discuss the plan and agreed to\n"
        "publish its findings before the end of the month.\n"
        "It will meet again.\n"
        "Members said the report would be sent to ministers within\n"
        "a week of the meeting.\n"
    )
    spans = analyse(text).blocks
    assert [text[start:end][:12] for start, end in spans] == [
        "The committe",
        "It will meet",
        "Members said",
    ]


def test_wire_line_ending_in_an_abbreviation_goes_on() -> None:
    """ "the weakened U.S.\ndollar": a wrapped line that ends on an abbreviation's full
    stop, before a line in lower case, is no paragraph end (the page's first paragraph
    would read "Cheap feedstocks and the weakened U.S." and stop)."""
    text = (
        "Cheap feedstocks and the weakened U.S.\n"
        "dollar will lift the chemical industry to record profits this year,\n"
        "with growth expected through at least 1990, executives said.\n"
        "    The outlook has prompted several firms to look for plants to buy\n"
        "and to shed businesses that have nothing to do with chemicals.\n"
        "    Oil companies are also shopping for petrochemical businesses,\n"
        "the executives said at a conference in Houston on Tuesday.\n"
    )
    spans = analyse(text).blocks
    assert [text[start:end][:12] for start, end in spans] == [
        "Cheap feedst",
        "The outlook ",
        "Oil companie",
    ]


WRAPPED_AT_INITIAL = (
    "Treasury Secretary James A.\n"
    "Baker said the dollar had fallen enough against the yen and the mark\n"
    "in recent weeks, and that talks with Japan would go on in April.\n"
    "    Officials said the Treasury had not intervened in the markets this\n"
    "week and that it had no plans to do so before the April meeting.\n"
)

WRAPPED_AT_PLACE = (
    "Chemical makers expect record sales of fertiliser in the U.S.\n"
    "The outlook has prompted several firms to look for plants to buy\n"
    "and to shed businesses that have nothing to do with chemicals.\n"
    "    Oil companies are also shopping for petrochemical businesses,\n"
    "the executives said at a conference in Houston on Tuesday.\n"
)


def test_wire_line_ending_in_a_names_initial_goes_on() -> None:
    """ "James A." | "Baker said": the initial's full stop is no sentence end, so the
    short first line is no paragraph of its own and the name stays whole."""
    spans = analyse(WRAPPED_AT_INITIAL).blocks
    assert [WRAPPED_AT_INITIAL[start:end][:12] for start, end in spans] == [
        "Treasury Sec",
        "Officials sa",
    ]


def test_wire_line_ending_in_a_place_abbreviation_still_ends() -> None:
    """ "in the U.S." | "The outlook": a place's abbreviation, then a new sentence."""
    spans = analyse(WRAPPED_AT_PLACE).blocks
    assert [WRAPPED_AT_PLACE[start:end][:12] for start, end in spans] == [
        "Chemical mak",
        "The outlook ",
        "Oil companie",
    ]


# A wire story whose dateline ("NEW YORK, March 12 - ") was cut off: its first line is
# short, and ends at an abbreviation inside the lead's sentence.
WRAPPED_AFTER_CUT_DATELINE = (
    "The central bank entered the U.S.\n"
    "Government securities market to arrange 1.5 billion dlrs of\n"
    "customer repurchase agreements, a bank spokesman said.\n"
    "    Dealers said Federal funds were trading at six pct when the\n"
    "Fed began its temporary and indirect supply of reserves to the\n"
    "banking system."
)


def test_a_short_first_line_ending_at_an_abbreviation_is_no_paragraph() -> None:
    """ "entered the U.S." | "Government securities market": the next word would have
    fitted, but a first line is short because its dateline was cut; no sentence opens
    after it, so the lead stays one paragraph and one sentence."""
    spans = analyse(WRAPPED_AFTER_CUT_DATELINE).blocks
    assert [WRAPPED_AFTER_CUT_DATELINE[start:end][:12] for start, end in spans] == [
        "The central ",
        "Dealers said",
    ]


def quote_speakers(nlp: Language, article: str) -> list[tuple[str, str | None]]:
    """Each quotation's text and published speaker, for an article written for a test."""
    extraction, problems = extract_document(parse(nlp, article))
    assert problems == []
    return [(quote.text, quote.speaker) for quote in extraction.quotes]


def test_a_speaker_wrapped_after_his_initial_keeps_his_full_name(nlp: Language) -> None:
    """The published speaker is "James A. Baker", not "Baker" cut off by the wrap."""
    found = quote_speakers(nlp, "DOLLAR HAS FALLEN ENOUGH, BAKER SAYS\n\n" + WRAPPED_AT_INITIAL)
    assert {speaker for text, speaker in found if text.startswith("the dollar")} == {
        "James A. Baker"
    }, found


WRAPPED_AT_SPACED_INITIALS = (
    "Northfield Mining Co Chairman R. T.\n"
    '"Bud" Harlan said his company\'s stock, ranked fifth on the\n'
    "most active list of stocks traded today, rose partly because of\n"
    "steps it took to cut its debt.\n"
    '    Harlan told Reuters in an interview today, "part of this\n'
    "strength comes from the rise in copper prices and also because\n"
    "some of the analysts have liked the steps we've taken.\"\n"
)


def test_a_lead_wrapped_after_spaced_initials_and_before_a_nickname_goes_on(
    nlp: Language,
) -> None:
    """ "Chairman R. T." | '"Bud" Harlan said': the initials' stops end no sentence, so the
    nickname is no quotation of its own and the chairman is the one who speaks."""
    found = quote_speakers(
        nlp, "NORTHFIELD SAYS DEBT CUTS LIFT STOCK\n\n" + WRAPPED_AT_SPACED_INITIALS
    )
    assert all(text != "Bud" for text, _ in found), found
    assert {speaker for text, speaker in found if text.startswith("part of this")} == {
        'R. T. "Bud" Harlan'
    }, found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    folder = tmp_path_factory.mktemp("articles")
    files = {
        "headline.txt": HEADLINE_ARTICLE,
        "wire.md": WIRE_ARTICLE,
        "deck.txt": DECK_ARTICLE,
        "tickers.md": TICKER_ARTICLE,
        "stop.txt": STOP_HEADLINE_ARTICLE,
        "lead.md": SHORT_LEAD_ARTICLE,
    }
    return extract_records(folder, files)


def test_no_quote_figure_or_actor_from_the_headline(extracted: dict[str, dict]) -> None:
    record = extracted["headline"]
    headline_end = len("Home buyers return to market")
    assert record["quotes"], "the body's quotations are still found"
    for quote in record["quotes"]:
        assert quote["start"] > headline_end
        assert "Home buyers" not in quote["text"]
    for figure in record["figures"]:
        assert "Home buyers" not in figure["sentence"]
    assert not any("Home" in actor["name"] for actor in record["actors"])


def test_a_txt_headline_ending_in_a_full_stop_is_the_title_and_nothing_else(
    extracted: dict[str, dict],
) -> None:
    """The first line of a `.txt` file is its title however it ends: not the summary's
    first sentence, not a quotation ("a bargain for Riverton"), not a figure's context."""
    record = extracted["stop"]
    assert record["title"] == "Mayor calls the flood barrier 'a bargain for Riverton.'"
    headline_end = STOP_HEADLINE_ARTICLE.index("\n")
    assert record["summary"] and record["summary"][0].startswith("Riverton's mayor")
    assert not any("calls the flood barrier" in sentence for sentence in record["summary"])
    assert [quote["text"] for quote in record["quotes"] if quote["kind"] == "direct"] == [
        "This barrier is a bargain for the whole town"
    ]
    assert all(quote["start"] > headline_end for quote in record["quotes"])
    assert all(figure["start"] > headline_end for figure in record["figures"])


def test_a_markdown_one_sentence_lead_stays_the_lead(extracted: dict[str, dict]) -> None:
    record = extracted["lead"]
    assert record["summary"][0] == "Troops left the city of Karsk on Monday."


def test_a_headline_and_its_deck_are_the_title_not_the_summary(
    extracted: dict[str, dict],
) -> None:
    record = extracted["deck"]
    assert record["title"] == "Ferry fares to rise in spring"
    assert record["summary"]
    assert not any(
        "hardest" in sentence or "Ferry fares" in sentence for sentence in record["summary"]
    )


def test_a_figure_ending_a_sentence_ends_its_context(extracted: dict[str, dict]) -> None:
    figures = {figure["text"]: figure for figure in extracted["headline"]["figures"]}
    assert figures["£710m"]["sentence"] == "Mortgage lending rose by £710m."
    assert figures["£710m"]["value"] == 710_000_000


def test_wire_quotation_runs_over_its_wraps(extracted: dict[str, dict]) -> None:
    record = extracted["wire"]
    body = body_of(WIRE_ARTICLE)
    direct = [quote for quote in record["quotes"] if quote["kind"] == "direct"]
    assert [quote["text"] for quote in direct] == [WIRE_QUOTE]
    for quote in record["quotes"]:
        assert "\n" not in quote["text"]
        # Offsets point into the body as written, wraps and indentation included.
        assert " ".join(body[quote["start"] : quote["end"]].split()) == quote["text"]
    for figure in record["figures"]:
        assert "\n" not in figure["sentence"]


def test_wire_tickers_and_name_brackets_are_not_shown(extracted: dict[str, dict]) -> None:
    record = extracted["tickers"]
    body = body_of(TICKER_ARTICLE)
    shown = [
        *record["summary"],
        *(quote["text"] for quote in record["quotes"]),
        *(figure["sentence"] for figure in record["figures"]),
        *(actor["name"] for actor in record["actors"]),
    ]
    assert record["summary"] and record["quotes"]
    assert not [text for text in shown if re.search(r"[<>]|ORFD|BWH|  | ,", text)]
    assert "Valley Press Juices Inc" in " ".join(record["summary"])
    # "<UK>" is a ticker, not the United Kingdom.
    assert not [actor for actor in record["actors"] if actor["name"] in {"UK", "United Kingdom"}]
    for quote in record["quotes"]:  # offsets still point into the body as written
        written = re.sub(r"<[A-Z0-9.]+>", " ", body[quote["start"] : quote["end"]])
        assert " ".join(written.replace("<", "").replace(">", "").split()) == quote["text"]


@pytest.fixture(scope="module")
def pages(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    project = make_project(
        tmp_path_factory.mktemp("layout-site"),
        {
            "content/headline.txt": HEADLINE_ARTICLE,
            "content/stop.txt": STOP_HEADLINE_ARTICLE,
            "content/lines.txt": LINES_ARTICLE,
            "content/wire.md": WIRE_ARTICLE,
        },
    )
    outcome = build(project)
    assert outcome.status == 0, outcome.stderr
    return generated_pages(project)


def paragraph_texts(page: str) -> list[str]:
    return re.findall(r'<p id="p\d+"><a [^>]*>¶\d+</a> (.*)</p>', page)


def test_page_numbers_single_newline_paragraphs(pages: dict[str, str]) -> None:
    page = pages["briefings/lines.md"]
    assert len(paragraph_texts(page)) == 4
    quote_line = next(line for line in page.splitlines() if "quoted" in line)
    assert "[¶3](#p3)" in quote_line


def test_page_counts_paragraphs_after_the_headline(pages: dict[str, str]) -> None:
    page = pages["briefings/headline.md"]
    texts = paragraph_texts(page)
    assert texts[0].startswith("The number of home loans")
    assert len(texts) == 2
    quote_line = next(line for line in page.splitlines() if "quoted" in line)
    assert "[¶2](#p2)" in quote_line


def test_page_numbers_paragraphs_after_a_headline_ending_in_a_full_stop(
    pages: dict[str, str],
) -> None:
    texts = paragraph_texts(pages["briefings/stop.md"])
    assert len(texts) == 2
    assert html.unescape(texts[0]).startswith("Riverton's mayor, Dana Whitfield")


def test_page_shows_the_wire_quotation_whole(pages: dict[str, str]) -> None:
    page = pages["briefings/wire.md"]
    assert WIRE_QUOTE in page
    assert len(paragraph_texts(page)) == 3
    assert "core\nbanking" not in page


QUOTED_PARAGRAPH = """\
Council backs harbour plan

"We have waited a long time for this decision, and the town will be better for it," \
said the mayor, Carla Benn. "It is what people asked for."

The council voted 19 to 6 in favour of the plan on Monday evening.
"""


def test_paragraph_starts_leave_no_sentence_of_a_lone_mark(nlp: Language) -> None:
    doc = parse(nlp, QUOTED_PARAGRAPH)
    sentences = [sent.text.strip() for sent in doc.sents]
    assert all(any(char.isalnum() for char in sentence) for sentence in sentences), sentences
    assert sentences[0] == "Council backs harbour plan"
    assert sentences[-1].startswith("The council voted")


def test_list_items_stay_apart_in_short_lines() -> None:
    text = (
        "The council listed the changes it will make from April:\n"
        "- a new bus lane on the high street\n"
        "- longer opening hours at the library\n"
        "- free parking on Sundays\n"
    )
    assert len(analyse(text).blocks) == 4


def test_a_single_line_break_in_blank_line_paragraphs_is_a_wrap() -> None:
    """Markdown's rule: where paragraphs are separated by blank lines, a line break
    between two sentences does not start a new paragraph."""
    body = (
        "The weather was mild all week.\n\n"
        "Westmere harbour will raise its fees by 12%, the board said.\n"
        "Local sailors were not consulted.\n\n"
        "A band played on the quay.\n"
    )
    paragraphs = [body[start:end] for start, end in analyse(body).paragraphs]
    assert len(paragraphs) == 3
    assert paragraphs[1].endswith("Local sailors were not consulted.")


def test_one_paragraph_per_line_after_a_headline_is_still_paragraphed() -> None:
    body = "Harbour fees rise\n\nThe board met on Monday.\nFees rise by 12%.\nSailors object.\n"
    layout = analyse(body)
    assert layout.headline is not None
    assert len(layout.paragraphs) == 3
