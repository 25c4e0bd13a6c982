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

`textrank` here runs textacy's candidates on those scores and filters them as textacy
does, with each term cleaned once and the distance computed only when the lengths
allow a match. Only the settings this project uses are offered (window 2, binary
edges, no position bias, networkx's default PageRank settings).
"""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from operator import itemgetter

import numpy as np
import scipy as sp
from networkx import PowerIterationFailedConvergence
from spacy.tokens import Doc
from textacy.extract import utils as extract_utils
from textacy.extract.keyterms.textrank import _get_candidates
from textacy.similarity.edits import levenshtein
from textacy.similarity.hybrid import _to_prepared_str

ALPHA = 0.85  # networkx.pagerank's defaults, as textacy calls it
MAX_ITERATIONS = 100
TOLERANCE = 1.0e-6
CANDIDATE_POS = frozenset({"NOUN", "PROPN", "ADJ"})  # textacy's default `include_pos`
MATCH_THRESHOLD = 0.8  # textacy's: a term this similar to a better one is left out


def textrank(doc: Doc, normalize: str, topn: int) -> list[tuple[str, float]]:
    """`textacy.extract.keyterms.textrank(doc, normalize=normalize, topn=topn)`."""
    if not doc:
        return []
    scores = word_scores(list(extract_utils.terms_to_strings(doc, normalize)))
    candidates = _get_candidates(doc, normalize, set(CANDIDATE_POS))
    candidate_scores = {
        " ".join(candidate): sum(scores.get(word, 0.0) for word in candidate)
        for candidate in candidates
    }
    ranked = sorted(candidate_scores.items(), key=itemgetter(1, 0), reverse=True)
    return filtered_top_terms(ranked, topn)


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
    matrix = sp.sparse.coo_array(
        (data, (row + col + loops, col + row + loops)), shape=(count, count), dtype=float
    ).asformat("csr")
    return _pagerank(matrix, list(neighbours))


def _pagerank(matrix: sp.sparse.csr_array, nodes: list[str]) -> dict[str, float]:
    """networkx's `_pagerank_scipy` on the graph's matrix, with its default settings
    (no personalisation, start or dangling weights)."""
    count = len(nodes)
    sums = matrix.sum(axis=1)
    sums[sums != 0] = 1.0 / sums[sums != 0]
    scaling = sp.sparse.dia_array((sums.T, 0), shape=matrix.shape).tocsr()
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
