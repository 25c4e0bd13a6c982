"""Extractors: small pure functions from a spaCy Doc to records, in textacy's style.

`extract_document` runs them all on one Doc. One extractor failing on an odd article
must not cost the reader the rest of the briefing, so each runs guarded and a failure
becomes a warning instead of an exception. This is the one guard: extractors do not
catch their own failures, so every failure is reported (naming the article and the
extractor), fails `--strict`, and keeps the result out of the cache.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Span

from generator.extract.actor_spans import absorb_cut_pieces, merge_mistyped_bodies
from generator.extract.actors import common_words, extract_actors, printable_roles
from generator.extract.company_short import merge_company_short_names
from generator.extract.datelines import dateline_length
from generator.extract.figures import extract_figures
from generator.extract.keyterms import choose_keyterms, rank_keyterms
from generator.extract.quotes import extract_quotes, join_split_quotes, published
from generator.extract.repeated_quotes import without_repeats
from generator.extract.speakers import resolve_speakers, settle_mentions, unspoken
from generator.extract.summary import extract_summary
from generator.extract.summary_sentences import is_credit_line
from generator.extract.transcript import transcript_labels
from generator.model import Extraction
from generator.reading.layout import doc_layout, doc_story_end, doc_text

T = TypeVar("T")


KEYTERMS = 8  # shown on the page
SUMMARY_TERMS = 15  # what extract_summary ranks sentences by when given none


def extract_document(doc: Doc) -> tuple[Extraction, list[str]]:
    """Everything the briefing needs from one parsed article, plus failure messages."""
    problems: list[str] = []

    def guarded(name: str, run: Callable[[], T], fallback: T) -> T:
        try:
            return run()
        except Exception as exc:
            problems.append(f"{name} extraction failed ({type(exc).__name__}: {exc})")
            return fallback

    body_start = _leave_out_page_lines(doc)
    quotes = guarded("quote", lambda: extract_quotes(doc), [])
    story_end = doc_story_end(doc)  # the author's note after it is no body text
    quotes = [quote for quote in quotes if body_start <= quote.start < story_end]
    actors = guarded("actor", lambda: extract_actors(doc), [])
    created = guarded("speaker", lambda: resolve_speakers(doc, quotes, actors), [])
    for actor in actors:  # roles were read by the speaker resolver; now as pages show them
        actor.roles = printable_roles(actor.roles)
    quotes = guarded("quote", lambda: join_split_quotes(doc_text(doc), quotes, doc), quotes)
    quotes = [quote for quote in quotes if published(quote)]
    # the words a page shows for an unresolved speaker name someone (speakers.headings)
    quotes = guarded("speaker", lambda: settle_mentions(doc, quotes), quotes)
    quotes = without_repeats([quote for quote in quotes if published(quote)])
    dropped = unspoken(created, quotes)
    actors = [actor for actor in actors if all(actor is not d for d in dropped)]
    actors = guarded("actor", lambda: absorb_cut_pieces(actors, quotes, doc_text(doc)), actors)
    actors = guarded(
        "actor", lambda: merge_company_short_names(actors, quotes, doc_text(doc)), actors
    )
    actors = guarded(
        "actor",
        lambda: merge_mistyped_bodies(actors, quotes, doc_text(doc), common_words()),
        actors,
    )
    figures = guarded("figure", lambda: extract_figures(doc), [])
    figures = [figure for figure in figures if body_start <= figure.start < story_end]
    # TextRank is the dearest step of all: ranked once, for the summary's longer list and
    # for the terms the page lists (said in the story's statements, `choose_keyterms`).
    candidates = guarded("key term", lambda: rank_keyterms(doc), None)
    ranked: list[str] | None = None
    terms: list[str] = []
    if candidates is not None:
        ranked = guarded(
            "key term", lambda: choose_keyterms(doc, candidates, SUMMARY_TERMS, shown=False), None
        )
        terms = guarded("key term", lambda: choose_keyterms(doc, candidates, KEYTERMS), [])
    summary = guarded("summary", lambda: extract_summary(doc, ranked, body_start), [])
    extraction = Extraction(
        summary=summary, keyterms=terms, quotes=quotes, figures=figures, actors=actors
    )
    return extraction, problems


def _leave_out_page_lines(doc: Doc) -> int:
    """Where the story starts, after dropping the named entities of the page's lines.

    - A `.txt` headline is a title-cased phrase of its own ("Tories' Nat Insurance
      plans"): its entities are fragments, not actors, and it holds no quotation or
      figure that the body does not give in full.
    - The dateline ("WASHINGTON (CNN) --") says where the story was filed, not who or
      what it is about.
    - A credit line ("CNN's Jason Carroll, ... contributed to this report.") names the
      page's reporters, not actors of the story.
    - The author's note that closes the article ("AWR Hawkins is the Second Amendment
      columnist for Breitbart News ... Follow him on Twitter") names the writer and
      the page's publisher (`doc_story_end`).
    - The speaker labels of an interview transcript ("WALLACE: ...") are read as
      organisations or cut wrong ("Luciana Lopez: Saying"); the people they stand for
      are named in the story (`transcript_labels`).

    They stay in the Doc so that offsets point into the body as written; one pass over
    the entities drops them all.
    """
    text = doc_text(doc)
    body_start = doc_layout(doc).body_start
    story_start = body_start + dateline_length(text[body_start:])
    story_end = doc_story_end(doc)
    credited = {sent.start for sent in doc.sents if is_credit_line(sent)}
    ents = [_after_dateline(doc, ent, body_start, story_start) for ent in doc.ents]
    kept = [
        ent
        for ent in ents
        if story_start <= ent.start_char < story_end
        and not (credited and ent.sent.start in credited)
    ]
    if len(kept) != len(doc.ents):
        doc.ents = kept
    labels = transcript_labels(doc, text)  # "WALLACE: ...": a label, not a mention
    if labels:
        doc.ents = [e for e in doc.ents if not any(_overlap(e, span) for span in labels)]
    return body_start


def _after_dateline(doc: Doc, ent: Span, body_start: int, story_start: int) -> Span:
    """The part of an entity after the dateline it runs on from: the model may tag "-
    Pacific Crest Corp" in "LOS ANGELES, Oct 20 - Pacific Crest Corp said", and the
    company is the story's, not the dateline's. An entity that runs on from the headline
    is left to be dropped: no dateline stands between."""
    if not body_start <= ent.start_char < story_start < ent.end_char:
        return ent
    first = next((t.i for t in ent if t.idx >= story_start), None)
    return ent if first is None else Span(doc, first, ent.end, label=ent.label_)


def _overlap(ent: Span, span: tuple[int, int]) -> bool:
    return ent.start_char < span[1] and ent.end_char > span[0]
