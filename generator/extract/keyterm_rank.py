"""textacy's TextRank key terms, with the same result at less cost.

`textacy.extract.keyterms.textrank` builds a co-occurrence graph of the article's words,
ranks them by PageRank, scores the candidate phrases and keeps the best `topn` that
are neither inside nor near-duplicates of a better one. The last step compares each
candidate with every term kept so far by `token_sort_ratio`, which re-cleans and
re-sorts both strings on every comparison and computes a Levenshtein distance even
where the two lengths alone rule a match out; it cost a third of TextRank.

`textrank` here runs textacy's own graph, PageRank and candidates, so the scores are
textacy's to the last bit, and filters them as textacy does, with each term cleaned
once and the distance computed only when the lengths allow a match. Only the settings
this project uses are offered (window 2, binary edges, no position bias).
"""

from __future__ import annotations

from collections.abc import Iterable
from operator import itemgetter

from spacy.tokens import Doc
from textacy import representations
from textacy.extract import utils as extract_utils
from textacy.extract.keyterms.textrank import _get_candidates
from textacy.similarity.edits import levenshtein
from textacy.similarity.hybrid import _to_prepared_str

CANDIDATE_POS = frozenset({"NOUN", "PROPN", "ADJ"})  # textacy's default `include_pos`
MATCH_THRESHOLD = 0.8  # textacy's: a term this similar to a better one is left out


def textrank(doc: Doc, normalize: str, topn: int) -> list[tuple[str, float]]:
    """`textacy.extract.keyterms.textrank(doc, normalize=normalize, topn=topn)`."""
    if not doc:
        return []
    graph = representations.network.build_cooccurrence_network(
        list(extract_utils.terms_to_strings(doc, normalize)),
        window_size=2,
        edge_weighting="binary",
    )
    word_scores = representations.network.rank_nodes_by_pagerank(
        graph, weight="weight", personalization=None
    )
    candidates = _get_candidates(doc, normalize, set(CANDIDATE_POS))
    candidate_scores = {
        " ".join(candidate): sum(word_scores.get(word, 0.0) for word in candidate)
        for candidate in candidates
    }
    ranked = sorted(candidate_scores.items(), key=itemgetter(1, 0), reverse=True)
    return filtered_top_terms(ranked, topn)


def filtered_top_terms(
    term_scores: Iterable[tuple[str, float]], topn: int
) -> list[tuple[str, float]]:
    """`textacy.extract.utils.get_filtered_topn_terms(term_scores, topn,
    match_threshold=MATCH_THRESHOLD)`: each term is skipped if it is part of a better
    one or near enough to one (token_sort_ratio >= MATCH_THRESHOLD)."""
    kept: list[tuple[str, float]] = []
    seen: list[tuple[str, str]] = []  # (term, its token_sort_ratio form)
    for term, score in term_scores:
        if any(term in other for other, _ in seen):
            continue
        prepared = _to_prepared_str(term)
        if any(_near(prepared, other) for _, other in seen):
            continue
        seen.append((term, prepared))
        kept.append((term, score))
        if len(kept) >= topn:
            break
    return kept


def _near(first: str, second: str) -> bool:
    """`levenshtein(first, second) >= MATCH_THRESHOLD`, the distance computed only when
    the lengths allow it.

    The distance is at least the difference in length, and textacy's similarity
    `1.0 - distance / longest` can only fall as the distance grows (each float operation
    is monotonic), so when the length difference alone gives a similarity under the
    threshold, the distance does too.
    """
    longest = max(len(first), len(second))
    if first != second and 1.0 - (abs(len(first) - len(second)) / longest) < MATCH_THRESHOLD:
        return False
    return levenshtein(first, second) >= MATCH_THRESHOLD
