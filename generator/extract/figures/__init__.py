"""Key figures of an article: money, percentages, counts and measures, ranked.

`extract_figures(doc)` is a pure function in the style of `textacy.extract`: a parsed
spaCy Doc in, `Figure` records out, most important first. Recognition happens on the
text (`figures_scan`), because figures are tokenised inconsistently; this package uses
the parse for what only syntax can tell: whether "2019" counts something or dates it,
whether "7" is part of a name ("Game 7"), what a number counts ("70,000 inhabitants",
"a fine of £5m", "Tesla shares rose 8%"), and how much it matters.

It is linear in the length of the document (one regex pass, then a bounded walk around
each figure), needs no model beyond the parse, and never raises: a figure whose context
cannot be read is dropped, not fatal.

The flow, top to bottom (a module imports only the ones below it):

    extract      extract_figures: scan, filter, read what each counts, share, rank
    bare_moves   "January's 9.5 pct rise": what moved, from the move it is set against
    minor        whether a figure is minor, and the checks `_to_figure` applies
    with_shares  "with Labour taking 30 percent": the share of what the figure before counts
    shares_told  "44 percent | majority": descriptions a share's size contradicts
    shares       figures that take what a neighbour counts, currency and unit
    qualifiers   measures that say which things a subject is about ("trucks of up to six
                 tonnes"), which lend no unit to the numbers after them
    periods      the time that tells two figures of one thing apart ("... in April")
    counts       what a figure counts: the rules in order of reliability
    compounds    "the 3 million member union": members, not "member union"
    people_clauses  "1,409 teachers said they ...": the people a clause picks out
    count_hosts  the single rules: the noun a figure attaches to, its clause, its list
    owners       whose a figure is ("Tesla's 8%")
    owner_checks owners not to show: a clause's speaker, a kind noun ("the company")
    subjects     the subject of the clause a figure is in
    phrases      the noun phrase after or before a number, as text
    filters      years, numbers inside names, ages: not figures
    moves        "rose 8%": the move a figure describes
    ranking      the kind of a figure, its score and what is key
    tokens       sentences, tokens and shared patterns
"""

from __future__ import annotations

from generator.extract.figures.extract import extract_figures

__all__ = ["extract_figures"]
