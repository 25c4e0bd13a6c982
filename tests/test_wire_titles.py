"""A wire headline in capitals, as an editor publishes it: in sentence case.

Reuters titles come all in capitals; the page, the lists, the feed, search and the JSON
`title` show them with each word as the story's body writes it (names, acronyms, wire
abbreviations), lower case for the rest and a capital for the first word. Short wire
articles written for these tests, read from `briefings extract --json`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sitebuild import extract_records

# Names, an acronym and wire abbreviations the body writes; "UPS" it never writes.
BID_ARTICLE = """\
---
title: HARBOUR HOLDINGS <HARB> AGAIN UPS BID FOR OPEC UNIT TO 20 MLN DLRS
source: Reuters
---
Harbour Holdings Ltd <HARB> said it had again raised its bid for the
trading unit of the OPEC Fund, to 20 mln dlrs from 15 mln dlrs.
    The unit rejected the earlier bid last week, Harbour Holdings said.
"""

# A results table that never names the firm: the words before the ticker are its name.
RESULTS_ARTICLE = """\
---
title: WESTMERE DATA SYSTEMS INC <WDS> 4TH QTR NET
source: Reuters
---
Shr 41 cts vs 33 cts
    Net 1,200,000 vs 900,000
    Revs 14.5 mln vs 12.1 mln
"""

# "Shares" only opens a sentence (no evidence of its case); "Britain" too, which a
# country's name settles; "U.S. Car makers" capitalises "Car" only after the stop.
SHARES_ARTICLE = """\
---
title: KARSK MINES SHARES FALL AS BRITAIN CUTS TARIFF
source: Reuters
---
Shares in Karsk Mines Ltd fell 12 pct on Tuesday after a cut in the
copper tariff.
    Britain said the cut would take effect in May. Karsk Mines said it
would ask for talks.
"""

CAR_ARTICLE = """\
---
title: U.S. CAR MAKERS SEE WEAK DOLLAR HELPING EXPORTS
source: Reuters
---
Executives of U.S. Car makers said on Tuesday that the weak dollar
would help car exports to Europe this year.
"""

MIXED_ARTICLE = """\
---
title: Harbour bank to sell OPEC unit
source: Reuters
---
Standard Harbour Bank Corp said it plans to sell its OPEC unit to
Northgate Holdings for 250 mln dlrs.
"""


@pytest.fixture(scope="module")
def titles(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    folder: Path = tmp_path_factory.mktemp("wire-titles")
    files = {
        "bid.md": BID_ARTICLE,
        "results.md": RESULTS_ARTICLE,
        "shares.md": SHARES_ARTICLE,
        "car.md": CAR_ARTICLE,
        "mixed.md": MIXED_ARTICLE,
    }
    return {key: record["title"] for key, record in extract_records(folder, files).items()}


def test_each_word_is_written_as_the_body_writes_it(titles: dict[str, str]) -> None:
    """Names and an acronym keep the body's capitals, wire units its lower case, a word
    the body never writes ("UPS") goes to lower case; the ticker code is dropped."""
    assert titles["bid"] == "Harbour Holdings again ups bid for OPEC unit to 20 mln dlrs"


def test_the_words_a_ticker_follows_are_the_firms_name(titles: dict[str, str]) -> None:
    """A results table never names its firm: the words before the ticker keep capitals
    ("Inc" as a firm's form), "QTR" is a wire abbreviation and "NET", which the table
    only opens lines with, goes to lower case."""
    assert titles["results"] == "Westmere Data Systems Inc 4th qtr net"


def test_a_sentence_start_is_no_evidence_of_case(titles: dict[str, str]) -> None:
    """ "Shares" and "Britain" only open sentences: "shares" is lower case, "Britain"
    a country's name."""
    assert titles["shares"] == "Karsk Mines shares fall as Britain cuts tariff"


def test_a_capital_after_an_abbreviations_stop_is_no_name(titles: dict[str, str]) -> None:
    """The wire writes "U.S. Car makers"; the car is still a car."""
    assert titles["car"] == "U.S. car makers see weak dollar helping exports"


def test_a_title_with_lower_case_is_left_as_written(titles: dict[str, str]) -> None:
    assert titles["mixed"] == "Harbour bank to sell OPEC unit"
