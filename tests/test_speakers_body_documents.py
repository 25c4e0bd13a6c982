"""A body's paper as the speaker (issue 11, missing speakers): wire copy goes on quoting
a body's consultative paper, summary or report by the document's noun ("the paper
said", "The summary said", "It said"), and the words are the body's, as the editor's
annotations give "The report said" after the National Audit Office spoke. Where the
article ties the document to another author, or names a newspaper "the paper" may be,
no speaker rather than a wrong one. Each article is written for the test, hard-wrapped
and indented the Reuters way; each assertion reads the published speaker."""

from __future__ import annotations

from published_speakers import speaker_of, speakers
from spacy.language import Language

CONSULTATIVE = """Central bank proposes limits on lending

The Bank of Harlow proposed that lenders in Harlow will
have to report large loans to it in advance.
    The proposed rules were set out today in a consultative
paper on large exposures, the Bank said.
    Banking sources said the rules could slow lending to
property developers this year.
    The paper said exposures to public bodies should be given
lenient treatment where the state guarantees them.
    It said loans to foreign banks would not qualify.
"""


def test_the_paper_is_the_body_that_issued_it(nlp: Language) -> None:
    """ "set out in a consultative paper, the Bank said ... The paper said ... It said":
    the Bank's words, though sources spoke in between."""
    found = speakers(nlp, CONSULTATIVE)
    assert speaker_of(found, "exposures to public bodies") == "Bank of Harlow", found
    assert speaker_of(found, "loans to foreign banks") == "Bank of Harlow", found


SUMMARY = """Lender urges Harlow to cut tariffs

The Development Bank has urged Harlow to cut its import
tariffs and sell state firms.
    A confidential summary of a draft Bank report on the
Harlow economy was made available to reporters.
    The summary said exports must grow by six pct a year to
keep the balance of payments viable.
    A Harlow official said the government was studying the
report.
    The summary said the budget deficit had narrowed last year.
"""


def test_a_summary_of_the_body_s_report_is_the_body_s(nlp: Language) -> None:
    """ "a summary of a draft Bank report ... The summary said": the Development Bank,
    whose report the summary is, even after an official spoke."""
    found = speakers(nlp, SUMMARY)
    assert speaker_of(found, "exports must grow") == "Development Bank", found
    assert speaker_of(found, "the budget deficit had narrowed") == "Development Bank", found


OTHER_AUTHOR = """Harlow Motors sees higher sales

Harlow Motors Corp said it expected car sales to rise by
five pct this year.
    A report by economists at Bray University said demand for
small cars would fall.
    Harlow Motors said it would raise output in Ohio.
    The report said prices of used cars would fall too.
"""


def test_a_report_by_another_author_is_not_the_company_s(nlp: Language) -> None:
    """ "A report by economists at Bray University said ... The report said": not the
    company's words, though it is the one body quoted."""
    found = speakers(nlp, OTHER_AUTHOR)
    assert speaker_of(found, "prices of used cars") != "Harlow Motors Corp", found


NEWSPAPER = """Harlow faces rice shortage

Harlow may have to import rice this year, traders and the
official press said.
    The official Farm Economy newspaper said output would fall
short of demand by one mln tonnes.
    The paper put output at four mln tonnes.
    "Farmers have turned to other crops," it said.
    One trader said imports would start in May.
    The paper said rice mills were losing money.
"""


def test_the_paper_is_the_newspaper_named_before_its_noun(nlp: Language) -> None:
    """ "The official Farm Economy newspaper said ... The paper put ... it said ... The
    paper said": the newspaper, whose name comes before the noun."""
    found = speakers(nlp, NEWSPAPER)
    assert speaker_of(found, "output would fall short") == "Farm Economy", found
    assert speaker_of(found, "Farmers have turned") == "Farm Economy", found
    assert speaker_of(found, "rice mills were losing money") == "Farm Economy", found


NEWSPAPER_AND_PAPER = """Bank of Harlow proposes limits

The Bank of Harlow proposed limits on large loans in a
consultative paper published today.
    The Harlow Times said bankers were unhappy with the plan.
    The paper said lenders would need more capital.
"""


def test_the_paper_beside_a_newspaper_is_not_the_body(nlp: Language) -> None:
    """A consultative paper, then a newspaper quoted: "the paper" is never taken for
    the Bank's paper where a newspaper may be meant (a guard)."""
    found = speakers(nlp, NEWSPAPER_AND_PAPER)
    assert speaker_of(found, "lenders would need more capital") != "Bank of Harlow", found


STATEMENT = """Harlow eases oil field tax

Two new tax reliefs for oil producers are aimed at
encouraging new fields, the Harlow Revenue Office said in a
post-budget statement.
    Earlier, finance minister Tom Reed told parliament the
reliefs would cost 100 mln dlrs a year.
    Full relief was allowed only for each field itself until
now, the statement said.
"""


def test_the_statement_a_body_spoke_in_is_the_body_s(nlp: Language) -> None:
    """ "the Harlow Revenue Office said in a post-budget statement ... (a minister) ...
    the statement said": the office's words, not the minister's."""
    found = speakers(nlp, STATEMENT)
    assert speaker_of(found, "Full relief was allowed") == "Harlow Revenue Office", found


JOINT = """Harlow and Bolt agree on merger

Harlow Corp and Bolt Inc said in a joint statement they had
agreed to merge.
    Analysts said the deal made sense.
    The merged company would have sales of one billion dlrs,
the statement said.
"""


def test_a_joint_statement_is_no_one_body_s(nlp: Language) -> None:
    """ "Harlow Corp and Bolt Inc said in a joint statement ... the statement said":
    neither company alone (a guard)."""
    found = speakers(nlp, JOINT)
    assert speaker_of(found, "The merged company") is None, found
