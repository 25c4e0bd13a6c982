"""Speakers written with a title and its portfolio before the name (session 43, issue
11: right speakers). British politics writes a frontbencher's post with "for": "Shadow
spokesman for sport Hugh Robertson said", "Labour's deputy minister for women Jacqui
Smith said". The name is the holder's, and the quotation theirs. Wire copy also sets
the title after the name and may leave out its closing comma ("Peter Banda, head of
the Mineworkers Union of Zambia said"): the name is still the speaker's.

Articles written for these tests; no corpus text.
"""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

SCHOOL_SPORT = """Pupils should get two hours of sport a week, the prime minister has said.

Education Secretary Ruth Kelly said there were at least three areas which needed a coherent plan.

Shadow spokesman for sport Alan Pryce said: "I suspect the right way to tackle it is to look at the other subjects first."

He said more emphasis should be put on traditional team games.

Labour's deputy minister for women Jane Hollis said the Tory sums did not add up. "These proposals would increase the costs to the public purse," she said.
"""  # noqa: E501 (one paragraph per line)


def test_a_title_with_its_portfolio_names_its_holder(nlp: Language) -> None:
    found = speakers(nlp, SCHOOL_SPORT)
    assert speaker_of(found, "I suspect the right way") == "Alan Pryce"
    assert speaker_of(found, "more emphasis should be put") == "Alan Pryce"
    assert speaker_of(found, "the Tory sums did not add up") == "Jane Hollis"
    assert speaker_of(found, "These proposals would increase") == "Jane Hollis"


def test_a_title_after_the_name_may_close_without_its_comma(nlp: Language) -> None:
    # A guard: the small model parses this article so that the verb keeps its subject;
    # the rule (`direct_attribution._title_only`) is for articles where it does not.
    text = (
        "Some analysts believe the new exchange rate will hit the miner's export profits.\n"
        '    "Many experts I have asked tell me the floor for copper is far lower," Peter '
        "Banda, head of the Mineworkers Union of Zambia said.\n"
        "    High production costs have also hurt the company.\n"
    )
    found = speakers(nlp, text)
    assert speaker_of(found, "Many experts I have asked") == "Peter Banda"
