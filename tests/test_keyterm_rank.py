# ruff: noqa: E501 - the test article keeps one paragraph per line, as editors paste them
"""The project's TextRank (generator/extract/keyterm_rank.py) gives textacy's terms and
scores exactly, on an article written for this test whose candidates hold substrings
and near-duplicates of better terms (what textacy's filter leaves out)."""

from __future__ import annotations

from spacy.language import Language
from textacy.extract import keyterms

from generator.extract.keyterm_rank import textrank
from generator.reading.layout import parse

ARTICLE = """Ferry strike closes island routes

Ferry workers on the northern island routes began a 72-hour strike on Monday, the second ferry strike this year, after talks on pay broke down.

The Northern Ferries Company said its island ferry routes and its freight ferries would not sail until Thursday. Ferry passengers were told to book flights instead.

Union leader Ann Morrow said the ferry workers' pay offer of 2 pct was worth less than prices. "Ferry crews keep the islands alive," she said. "The company's offer insults them."

Island councils said the ferry strikes hurt island shops and island hotels, which rely on the summer ferry trade. The island council leader, Rob Kerr, called for talks.

The company said it had offered ferry workers a pay rise and new ferry rosters, and that the union had refused both. Talks with the union resume on Friday.
"""


def test_textrank_gives_textacys_terms_and_scores(nlp: Language) -> None:
    doc = parse(nlp, ARTICLE)
    for topn in (1, 5, 30):
        expected = keyterms.textrank(doc, normalize="orth", topn=topn)
        assert textrank(doc, normalize="orth", topn=topn) == expected
    assert len(keyterms.textrank(doc, normalize="orth", topn=30)) > 5


def test_textrank_of_an_empty_article_is_empty(nlp: Language) -> None:
    assert textrank(nlp(""), normalize="orth", topn=30) == []


def test_word_scores_are_networkx_pageranks_to_the_bit() -> None:
    """The matrix is built without networkx, so its corner cases are checked against it:
    a word repeated next to itself (a self-loop), a word alone, no words."""
    from textacy.representations.network import (
        build_cooccurrence_network,
        rank_nodes_by_pagerank,
    )

    from generator.extract.keyterm_rank import word_scores

    for words in (["a", "b"], ["very", "very", "good", "very", "bad", "bad"], ["alone"], []):
        graph = build_cooccurrence_network(words, window_size=2, edge_weighting="binary")
        expected = rank_nodes_by_pagerank(graph, weight="weight") if words else {}
        assert list(word_scores(words).items()) == list(expected.items())
