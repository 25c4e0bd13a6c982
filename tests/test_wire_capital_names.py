"""Wire copy's bracketed company names written in capitals, and its ticker codes.

Reuters brackets a ticker code after a listed company's name ("Orchard Foods Corp
<ORFD>") and brackets an unlisted company's name, which may be all capitals ("engine
maker <SOMECA> said"). The code is no word of the story; the name is the subject of its
sentence, a speaker and an actor. Short wire articles written for these tests, read
where the reader meets them: the extraction JSON (summary, quotes, actors).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sitebuild import extract_records

from generator.reading.layout import analyse

# An all-capitals name after a description, after "of" and "and"; a ticker after a name.
CAPITALS_ARTICLE = """\
---
title: Engine maker to build plant
---
French state-owned engine maker <SOMECA> said it would
build a new plant near Bordeaux for about 900 mln francs.
    The plant will make parts for CFM Engines, a joint venture of
<SOMECA> and Orchard Foods Corp <ORFD>.
"""

# A bracketed name after the clause's last noun, which the parser hangs on "said".
SUBSIDIARY_ARTICLE = """\
---
title: Harbour may move property unit
---
Harbour Holdings Ltd <HARB.HK> said it was thinking of moving
its listed property subsidiary <Harbour Land Ltd> to Bermuda.
    Harbour Land Ltd has property worth 12 billion dlrs, it said.
"""

ACQUISITION_ARTICLE = """\
---
title: Orchard Foods buys boot maker
---
Orchard Foods Corp <ORFD> said it agreed to buy Canadian boot
manufacturer <SKIBO> from <Warrington Inc> for 42 mln dlrs.
    Orchard Foods said the purchase would add 30 mln dlrs a year to
its sales.
"""


# A wire story with its headline in capitals and tickers, and the agency as interviewer.
PUBLISHER_ARTICLE = """\
---
title: ORCHARD FOODS <ORFD> TO BUY <VALLEY PRESS> JUICE UNIT
source: Reuters
---
Orchard Foods Corp <ORFD> said it agreed to buy the juice unit of
Valley Press Holdings Plc for 42 mln dlrs.
    The purchase would add about 60 mln dlrs a year to its sales,
chief executive Martin Oakes told Reuters.
"""


# A role and a figure's object built from words inside a wire bracket.
ROLE_ARTICLE = """\
---
title: Gold mine to reopen
---
The mine will produce one tonne of gold within two years, said
Li Sangsu, a spokesman for <Unzan Mine Development Co>, the venture
partner.
"""


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict]:
    folder: Path = tmp_path_factory.mktemp("wire-names")
    files = {
        "capitals.md": CAPITALS_ARTICLE,
        "subsidiary.md": SUBSIDIARY_ARTICLE,
        "acquisition.md": ACQUISITION_ARTICLE,
        "publisher.md": PUBLISHER_ARTICLE,
        "role.md": ROLE_ARTICLE,
    }
    return extract_records(folder, files)


def test_an_all_capitals_name_after_its_description_is_the_speaker(
    extracted: dict[str, dict],
) -> None:
    """ "engine maker <SOMECA> said": SOMECA says it, is an actor and stays in the
    summary; the page never reads "engine maker  said"."""
    record = extracted["capitals"]
    assert record["summary"][0].startswith("French state-owned engine maker SOMECA said")
    speakers = {quote["text"]: quote["speaker"] for quote in record["quotes"]}
    assert speakers["it would build a new plant near Bordeaux for about 900 mln francs"] == (
        "SOMECA"
    )
    assert ("SOMECA", "organization") in {(a["name"], a["type"]) for a in record["actors"]}


def test_an_all_capitals_name_after_of_and_stays_and_a_ticker_goes(
    extracted: dict[str, dict],
) -> None:
    """ "a joint venture of <SOMECA> and Orchard Foods Corp <ORFD>": the partner is
    named, the ticker is still no word of the story."""
    record = extracted["capitals"]
    shown = " ".join(record["summary"])
    assert "a joint venture of SOMECA and Orchard Foods Corp" in shown
    assert "ORFD" not in shown
    assert "ORFD" not in {actor["name"] for actor in record["actors"]}


def test_a_report_keeps_the_name_the_parser_hung_apart(extracted: dict[str, dict]) -> None:
    """The report runs over the bracketed name of its last noun phrase and what follows
    it ("to Bermuda"), not stopping at "subsidiary"."""
    texts = [quote["text"] for quote in extracted["subsidiary"]["quotes"]]
    assert (
        "it was thinking of moving its listed property subsidiary Harbour Land Ltd to Bermuda"
        in texts
    )


def test_a_report_keeps_an_all_capitals_name_and_its_seller(extracted: dict[str, dict]) -> None:
    record = extracted["acquisition"]
    speakers = {quote["text"]: quote["speaker"] for quote in record["quotes"]}
    bought = "it agreed to buy Canadian boot manufacturer SKIBO from Warrington Inc for 42 mln dlrs"
    assert speakers.get(bought) == "Orchard Foods Corp", speakers


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("Orchard Foods Corp <ORFD> said", "<ORFD>"),
        ("Dupont's <DUPNT> Conoco unit said", "<DUPNT>"),
        ("Visual Graphics Corp <VGCA> and <VGCB> said", "<VGCB>"),
        ("Texas Eastern pipelines <TET> said", "<TET>"),
        ("it will trade under the symbol <ORFDW> from Monday", "<ORFDW>"),
        ("its new symbol will be <ORFDX>, it said", "<ORFDX>"),
        ("the warrants and units, symbols <ORFDA> and <ORFDB>, will", "<ORFDB>"),
        ("it sold its stake in Imperial oil <IMO.A> last year", "<IMO.A>"),
        ("it repaid its debt to <UK> lenders", "<UK>"),
        ("the options expire in December 1988 <XIV> and later", "<XIV>"),
    ],
)
def test_ticker_codes_are_still_blanked(sentence: str, code: str) -> None:
    """After a name, a number, a symbol word or another ticker, and one or two letters
    or an exchange suffix anywhere: a ticker code, blanked in the parse text (offsets
    kept)."""
    parse_text = analyse(sentence).parse_text
    assert len(parse_text) == len(sentence)
    assert code not in parse_text
    assert code.strip("<>") not in parse_text.split()


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("engine maker <SOMECA> said it would", "<SOMECA>"),
        ("a joint venture of <SOMECA> of France", "<SOMECA>"),
        ("an earlier accord with GE and <SOMECA>, whose engine", "<SOMECA>"),
        ("Wholly-owned by <ACME AG> of West Germany.", "<ACME AG>"),
        ("it will add a variable-rate <CARDCO> card", "<CARDCO>"),
        ("The deal was signed last year.\n    <SOMECA> said it would", "<SOMECA>"),
    ],
)
def test_all_capitals_names_stay_in_the_parse_text(sentence: str, name: str) -> None:
    assert name in analyse(sentence).parse_text


def test_the_publisher_is_no_actor_of_its_own_story(extracted: dict[str, dict]) -> None:
    """ "told Reuters" on a Reuters page: the agency interviewed, as "reporters" do."""
    record = extracted["publisher"]
    assert record["source"] == "Reuters"
    assert "Martin Oakes" in {actor["name"] for actor in record["actors"]}
    assert "Reuters" not in {actor["name"] for actor in record["actors"]}


def test_a_wire_headline_shows_no_ticker_code(extracted: dict[str, dict]) -> None:
    """The title drops "<ORFD>" as the body does, and a bracketed name its brackets
    (in sentence case, as the body writes its words: tests/test_wire_titles.py)."""
    assert extracted["publisher"]["title"] == "Orchard Foods to buy Valley Press juice unit"


def test_a_role_shows_no_wire_brackets(extracted: dict[str, dict]) -> None:
    actors = {actor["name"]: actor for actor in extracted["role"]["actors"]}
    assert actors["Li Sangsu"]["roles"] == ["spokesman for Unzan Mine Development Co"]
