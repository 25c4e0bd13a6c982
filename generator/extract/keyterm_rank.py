"""textacy's TextRank key terms, with the same result at less cost.

`textacy.extract.keyterms.textrank` builds a co-occurrence graph of the article's words,
ranks them by PageRank, scores the candidate phrases and keeps the best `topn` that
are neither inside nor near-duplicates of a better one. The last step compares each
candidate with every term kept so far by `token_sort_ratio`, which re-cleans and
re-sorts both strings on every comparison and computes a Levenshtein distance even
where the two lengths alone rule a match out; it cost a third of TextRank.

The graph and its PageRank went through networkx: a Graph object built edge by edge,
then read back edge by edge into the SciPy matrix that PageRank iterates on, which cost
more than the iterations. `word_scores` builds that very matrix (the same entries in
the same order) straight from the words and runs networkx's own power iteration on it,
so the scores are networkx's to the last bit.

`textrank` scores textacy's candidates (the longest runs of nouns, proper nouns and
adjectives that are no stop words) and filters them as textacy does, with each term
cleaned once and the distance computed only when the lengths allow a match. Only the
settings this project uses are offered (words as written, window 2, binary edges, no
position bias, networkx's default PageRank settings).

The few lines of textacy this needs are written out here, so that extraction does not
import textacy, which imports scikit-learn: about half of the time a worker process
took to import the extractors, paid by every `briefings extract` and build that parses.
tests/test_keyterm_rank.py holds the results to textacy's own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import groupby, pairwise
from operator import itemgetter

import numpy as np
from jellyfish import levenshtein_distance
from scipy import sparse
from spacy.tokens import Doc, Token

ALPHA = 0.85  # networkx.pagerank's defaults, as textacy calls it
MAX_ITERATIONS = 100
TOLERANCE = 1.0e-6
CANDIDATE_POS = frozenset({"NOUN", "PROPN", "ADJ"})  # textacy's default `include_pos`
MATCH_THRESHOLD = 0.8  # textacy's: a term this similar to a better one is left out
ALPHANUMERIC_RUN = re.compile(r"[^\W_]+")  # textacy.constants.RE_ALNUM


def textrank(doc: Doc, topn: int) -> list[tuple[str, float]]:
    """`textacy.extract.keyterms.textrank(doc, normalize="orth", topn=topn)`."""
    if not doc:
        return []
    scores = word_scores([token.orth_ for token in doc])
    candidates = {
        tuple(token.orth_ for token in run)
        for valid, run in groupby(doc, key=_candidate_word)
        if valid is True
    }
    candidate_scores = {
        " ".join(candidate): sum(scores.get(word, 0.0) for word in candidate)
        for candidate in candidates
    }
    ranked = sorted(candidate_scores.items(), key=itemgetter(1, 0), reverse=True)
    return filtered_top_terms(ranked, topn)


def _candidate_word(token: Token) -> bool:
    """textacy's word of a candidate term: no stop word, punctuation or space, and a
    noun, proper noun or adjective."""
    return not (token.is_stop or token.is_punct or token.is_space) and (token.pos_ in CANDIDATE_POS)


def word_scores(words: list[str]) -> dict[str, float]:
    """`rank_nodes_by_pagerank(build_cooccurrence_network(words, window_size=2,
    edge_weighting="binary"))`, as textacy runs them on networkx.

    The graph's nodes are the words in order of first appearance and each pair of
    neighbouring words an edge, listed as networkx lists a Graph's edges (node by node,
    each node's neighbours in the order they were first linked, each edge once); the
    matrix is networkx's `to_scipy_sparse_array` of them and the iteration its
    `_pagerank_scipy`, line for line.
    """
    neighbours: dict[str, dict[str, None]] = {}
    for first, second in pairwise(words):
        neighbours.setdefault(first, {})
        neighbours.setdefault(second, {})
        neighbours[first][second] = None
        neighbours[second][first] = None
    count = len(neighbours)
    if count == 0:  # no words, or one: textacy's graph has no node
        return {}
    index = {word: number for number, word in enumerate(neighbours)}
    row: list[int] = []
    col: list[int] = []
    seen: set[str] = set()
    for word, linked in neighbours.items():
        for other in linked:
            if other not in seen:
                row.append(index[word])
                col.append(index[other])
        seen.add(word)
    loops = [index[word] for word, linked in neighbours.items() if word in linked]
    data = [1] * len(row) * 2 + [-1] * len(loops)
    matrix = sparse.coo_array(
        (data, (row + col + loops, col + row + loops)), shape=(count, count), dtype=float
    ).asformat("csr")
    return _pagerank(matrix, list(neighbours))


def _pagerank(matrix: sparse.csr_array, nodes: list[str]) -> dict[str, float]:
    """networkx's `_pagerank_scipy` on the graph's matrix, with its default settings
    (no personalisation, start or dangling weights)."""
    count = len(nodes)
    sums = matrix.sum(axis=1)
    sums[sums != 0] = 1.0 / sums[sums != 0]
    scaling = sparse.dia_array((sums.T, 0), shape=matrix.shape).tocsr()
    matrix = scaling @ matrix
    x = np.repeat(1.0 / count, count)
    p = np.repeat(1.0 / count, count)
    dangling_weights = p
    is_dangling = np.where(sums == 0)[0]
    for _ in range(MAX_ITERATIONS):
        xlast = x
        x = ALPHA * (x @ matrix + sum(x[is_dangling]) * dangling_weights) + (1 - ALPHA) * p
        err = np.absolute(x - xlast).sum()
        if err < count * TOLERANCE:
            return dict(zip(nodes, map(float, x), strict=True))
    from networkx import PowerIterationFailedConvergence  # as networkx fails; never seen

    raise PowerIterationFailedConvergence(MAX_ITERATIONS)


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
        prepared = _sorted_words(term)
        if any(_near(prepared, other) for _, other in seen):
            continue
        seen.append((term, prepared))
        kept.append((term, score))
        if len(kept) >= topn:
            break
    return kept


def _near(first: str, second: str) -> bool:
    """`_similarity(first, second) >= MATCH_THRESHOLD`, the distance computed only when
    the lengths allow it.

    The distance is at least the difference in length, and textacy's similarity
    `1.0 - distance / longest` can only fall as the distance grows (each float operation
    is monotonic), so when the length difference alone gives a similarity under the
    threshold, the distance does too.
    """
    longest = max(len(first), len(second))
    if first != second and 1.0 - (abs(len(first) - len(second)) / longest) < MATCH_THRESHOLD:
        return False
    return _similarity(first, second) >= MATCH_THRESHOLD


def _sorted_words(term: str) -> str:
    """textacy's `token_sort_ratio` form of a term: its runs of letters and digits in
    lower case, sorted, joined by spaces."""
    return " ".join(sorted(ALPHANUMERIC_RUN.findall(term.lower())))


def _similarity(first: str, second: str) -> float:
    """textacy's `levenshtein` similarity: 1 - distance / the longer length; 1.0 for
    equal strings, 0.0 for two empty ones."""
    if first == second:
        return 1.0 if first else 0.0
    return 1.0 - (levenshtein_distance(first, second) / max(len(first), len(second)))
