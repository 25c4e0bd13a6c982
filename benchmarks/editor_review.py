"""Editor's review benchmark: count, per briefing, what an editor would have to fix.

Issue 11. The other benchmarks score quotes without the speaker's full name, never
count a non-quote shown on the page, and never look at actor lists, figure descriptions
or summaries. This one reads a briefing the way an editor does before publishing it,
against hand annotations of 105 corpus articles split into a TUNE part (debug and tune
on it) and a MEASURE part (only ever run the numbers). The split, how it was drawn and
the baseline numbers are in `benchmarks/annotations/editor/SPLIT.md`.

How an article reaches the pipeline (as a build hands it over)
--------------------------------------------------------------
Each article is written to a temporary content folder and read back with
`generator.reading.content.read_article`, exactly as `briefings build` / `briefings extract`
would: BBC and the seed as `.txt` (the headline line stays in the body), newspaper4k
as `.md` with its title, date, site and URL in front matter and the JSON `text` field
as body, Reuters as `.md` the way `benchmarks/build_reuters.py` writes it (hard-wrapped
body as in the corpus). Extraction runs through `generator.running.runner.extract_articles`
and `generator.editing.corrections.build_briefing` (no registry, no corrections: a corpus site
has none; `--registry content/actors.yml` applies one), and the briefing is scored
through `Briefing.to_json()` (fields missing there, such as `value_max` before schema
2, are read from the records). The code is imported from whichever tree is first on
`sys.path`: run with `PYTHONPATH=/work/NAME` to score that tree (without PYTHONPATH:
the tree holding this script).

Annotation format (`benchmarks/annotations/editor/*.yml`, labels only, never the text)
--------------------------------------------------------------------------------------
    path: bbc/politics/027.txt        # relative to the corpus; Reuters: reuters/ID
    quotes:                           # every quote, direct and indirect, in order
      - {anchor: "first words", speaker: Lord Butler, kind: direct}
      - {anchor: "the first words", speaker: Labour Party, kind: indirect,
         last: "last words"}          # optional: where the quoted/reported text ends
      - {anchor: "a fraud", speaker: James Hansen, kind: partial, optional: true}
    actors:                           # every person, organisation and place named
      - {name: Lord Butler, type: person, aliases: [Robin Butler]}
      - {name: BBC, type: organization, optional: true}
      - {name: Chelsea, type: [organization, place]}   # either type is right
    figures:                          # the key figures an editor would accept
      - {value: 250000000, unit: GBP, counts: [turnover, sales]}
      - {value: 800000, value_max: 1300000, unit: USD, counts: [price]}
      - {value: 3, counts: [seats], optional: true}

- `anchor`: the first words of the quoted (or reported) text, located with any
  whitespace between words (wire copy is hard-wrapped). `speaker`: the canonical
  name, person or organisation, as a careful editor would write it; null only when the
  article names nobody. Accepted names: the speaker, its actor's `aliases`, and the
  quote's own `aliases` if given (full forms only: "Robin Butler" for "Lord Butler",
  never "Butler"). `optional: true` marks a quote the product may leave out (a quoted
  fragment of one to three words: issue 11 keeps those in the text; a fragment quoted
  inside an annotated indirect quote; a reporting form an editor could take either
  way); it does not count in speaker accuracy itself, but if shown its speaker is
  judged, and an optional fragment inside a required quote, shown on its own, stands
  for that quote in speaker accuracy. Every quoted fragment is annotated (optional if
  need be): a predicted fragment inside a longer annotated quote would otherwise count
  as wrong bounds.
- Where reported speech starts: at its content, after "that" ("said [that] X"); for
  "urged/called on Y to do X" at "to do X"; for a report inside a report ("The FCA
  estimates X, Naylor said") at the inner content X.
- Gold extent: direct and partial quotes run from the anchor to the closing quotation
  mark; a quote continued over paragraphs (the next paragraph opens with a mark, BBC
  style) is one quote made of several segments. Indirect quotes run from the anchor to
  `last` if given, else to the end of the sentence.
- Actors: `aliases` are other accepted full names; a predicted actor named by a part
  of a name (a surname) is the actor under a wrong name. `optional` actors may be shown
  or not (the publisher, a passing mention, a product or event name) and under a part
  of their name; not in person F1; if shown, a wrong type or a duplicate still counts.
- Figures: `value` as a full amount (DESIGN.md: £1.13bn -> 1130000000); `unit` is
  checked only for money and percentages; `counts`: words of which at least one must be
  in what the briefing says the figure counts.

What counts as one error (what an editor fixes by hand)
-------------------------------------------------------
Quotes. A predicted quote *matches* the gold quote it overlaps most when the overlap is
at least half of the shorter of the two (corpus README, "How to match"; a multi-segment
gold quote is measured over its segments). A predicted quotation split by its speech
tag (`parts`: "Because corporate America," she said, "like the military, ...") is
scored part by part, as the annotations give each part.
- `wrong_speaker`: a shown quote (matched or overlapping) whose speaker is not an
  accepted name of the gold speaker; or any speaker where the gold speaker is null.
- `missing_speaker`: a shown quote with no speaker where the article names one.
- `nonquote`: a predicted quote that overlaps no annotated quote at all (object
  phrases, questions, scare quotes, headline text).
- `bounds`: a predicted quote that overlaps an annotated quote but does not match it,
  or matches with a start not at a segment start (3 characters of slack; indirect: 8
  before, 3 after) or an end not at a segment end (3 characters; an indirect quote
  without `last` only must not run past its sentence nor stop at a line wrap).
Actors (after build_briefing: what the page shows).
- `junk_actor`: a predicted actor matching no annotated actor, by name or by part of
  a name. `duplicate_actor`: a second (third...) predicted actor for one annotated
  actor. `wrong_type`: a matched actor with a type the annotation does not allow.
  `actor_name`: the only entry for an annotated actor, under a part of its name
  ("Butler" for "Lord Butler"; a duplicate already counts otherwise).
Figures (every figure is on the page: 8 in the table, the rest folded).
- `figure_wrong`: a figure whose value matches no annotated figure (within 0.5%):
  a year, a duration or idiom, a misread value.
- `figure_described`: a matched figure whose unit (money, %) is wrong, whose `counts`
  holds none of the annotated words or crosses a sentence end or a line break, or
  whose range lost its upper end (or gained one).
Summary (checked without annotation).
- `summary_boilerplate`: a sentence that opens with a dateline or agency tag, holds
  site boilerplate, or holds the headline glued to the body (a headline line of the
  text; a title the reader made from the opening sentence is not a headline).
- `summary_pronoun`: a sentence opening with a pronoun or connective ("He", "They",
  "And", "But") whose previous sentence in the article is not the summary sentence
  shown before it ("It is/was" openings are not counted).

Reported per part: mean errors per briefing and each class; the speaker errors by the
form of the article's words for the speaker (none, a pronoun, a description, a name)
and by source, so that a part no one may read still says where its errors lie;
speaker accuracy (exact
canonical name, or an annotated alias, compared case-insensitively) over every
non-optional annotated quote with a speaker (a quote not found counts as wrong);
person-name F1 (predicted person actors against non-optional annotated persons, by
exact canonical name or alias); and, when quotes or figures carry a `rule` field,
precision per rule (a quote is right when matched, with an accepted speaker and right
bounds; a figure when matched and rightly described).

Usage:
    PYTHONPATH=$PWD python benchmarks/editor_review.py --part tune [--verbose] [--json]
    python benchmarks/editor_review.py --part measure     # numbers only, never debug
    python benchmarks/editor_review.py --article bbc/politics/027.txt --verbose
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(1, str(REPO))  # no tree given through PYTHONPATH: score this one

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
ANNOTATIONS = HERE / "annotations" / "editor"
SPLIT = ANNOTATIONS / "SPLIT.md"

ERROR_CLASSES = (
    "wrong_speaker",
    "missing_speaker",
    "nonquote",
    "bounds",
    "junk_actor",
    "duplicate_actor",
    "wrong_type",
    "actor_name",
    "figure_wrong",
    "figure_described",
    "summary_boilerplate",
    "summary_pronoun",
)
OPENING = "\"\u201c\u2018'\u00ab"
PAIRS = {'"': '"', "\u201c": '\u201d"', "\u2018": "\u2019", "'": "'", "\u00ab": "\u00bb"}
START_SLACK, END_SLACK, INDIRECT_BEFORE = 3, 3, 8
MAX_SEGMENT = 4000
CHECKED_UNITS = {"GBP", "USD", "EUR", "JPY", "%", "CAD", "AUD", "CHF", "KRW", "INR", "CNY"}
PRONOUN_OPENERS = {
    "he", "she", "they", "it", "his", "her", "their", "its", "him", "them", "this",
    "these", "those", "and", "but", "so", "also", "however", "meanwhile", "yet", "or",
    "nor", "then", "still", "instead",
}  # fmt: skip
EXPLETIVE = re.compile(r"^it(?:'s|\u2019s| is| was| will| would| has been| had been)\b", re.I)
DATELINE = re.compile(
    r"^\s*[A-Z][A-Z .,'\-]{2,}(?:,\s+[A-Z][a-z]{2,}\.?\s+\d{1,2})?\s*(?:\([^)]{1,30}\))?\s*"
    r"(?:--|\u2014|\u2013|-)\s"
)
BOILERPLATE = re.compile(
    r"\((?:Reuters|CNN|AP|AFP|Yonhap|UPI|Bloomberg)\)|iReport|Please share|Click here|"
    r"Subscribe to|Sign up for|All rights reserved|Copyright|Reporting by|Editing by|"
    r"Follow us on|Read more:|Watch the video|^\s*\(?(?:Reuters|Yonhap)\)?\s*[-\u2014]",
    re.I,
)
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?(?=\s+[\"'\u201c\u2018(]?[A-Z0-9])|\n\s*\n")
COUNTS_CROSSES = re.compile(r"[a-z0-9%)][.!?]\s+[A-Z]|\n")


# --------------------------------------------------------------------------- annotations


@dataclass
class GoldQuote:
    anchor: str
    speaker: str | None
    kind: str
    optional: bool
    accepted: set[str]
    segments: list[tuple[int, int]] = field(default_factory=list)
    last_given: bool = False

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


@dataclass
class GoldActor:
    name: str
    types: set[str]
    names: set[str]
    optional: bool


@dataclass
class GoldFigure:
    value: float
    value_max: float | None
    unit: str | None
    counts: list[str]
    optional: bool


def norm(name: str | None) -> str:
    """A name compared case-insensitively, with straight apostrophes and single spaces."""
    return " ".join((name or "").replace("\u2019", "'").casefold().split())


def load_split(path: Path = SPLIT) -> dict[str, str]:
    """Corpus path -> part ("tune" or "measure"), from the lists in SPLIT.md."""
    parts: dict[str, str] = {}
    current: str | None = None
    for line in path.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"##\s+(TUNE|MEASURE)\b", line)
        if heading:
            current = heading.group(1).lower()
        elif line.startswith("## "):
            current = None
        elif current and (item := re.match(r"-\s+(\S+)\s*$", line)):
            parts[item.group(1)] = current
    return parts


def locate(text: str, anchor: str, after: int = 0) -> tuple[int, int] | None:
    """Span of `anchor` in `text` (any whitespace between its words), preferring an
    occurrence right after an opening quotation mark."""
    words = [re.sub("['\u2019]", "['\u2019]", re.escape(w)) for w in anchor.split()]
    if not words:
        return None
    pattern = re.compile(r"\s+".join(words))
    found = [m for m in pattern.finditer(text, after)]
    if not found:
        return None
    for match in found:
        before = text[: match.start()].rstrip(" ")
        if before and before[-1] in OPENING:
            return match.span()
    return found[0].span()


def paragraph_break(text: str, pos: int, wrapped: bool) -> bool:
    """Is the newline at `pos` a paragraph break (not a hard wrap inside one)?"""
    rest = text[pos + 1 : pos + 3]
    if rest.startswith("\n") or rest[:1] in (" ", "\t"):
        return True
    return not wrapped


def direct_segments(text: str, start: int, wrapped: bool) -> list[tuple[int, int]]:
    """Segments of a direct quote from `start` to its closing mark, across paragraphs
    continued by an opening mark."""
    segments: list[tuple[int, int]] = []
    seg_start = start
    pos = start
    before = text[:start].rstrip(" ")
    closers = PAIRS.get(before[-1:], '"\u201d')
    limit = min(len(text), start + MAX_SEGMENT)
    while pos < limit:
        char = text[pos]
        if char == "\n" and paragraph_break(text, pos, wrapped):
            seg_end = pos
            nxt = pos
            while nxt < len(text) and text[nxt] in " \t\n":
                nxt += 1
            segments.append((seg_start, _rstrip(text, seg_start, seg_end)))
            if nxt < len(text) and text[nxt] in OPENING:
                seg_start = pos = nxt + 1
                continue
            return segments
        if (
            char == '"'
            and pos > start
            and text[pos - 1] in " \t"
            and not (text[pos + 1 : pos + 2] or " ").isspace()
        ):
            segments.append((seg_start, _rstrip(text, seg_start, pos)))
            seg_start = pos = pos + 1  # BBC style: a new sentence of the same quotation
            continue
        if char in closers and pos > start:
            if char in "'\u2019" and pos + 1 < len(text) and text[pos + 1].isalpha():
                pos += 1  # an apostrophe, not a closing mark
                continue
            if char == "'" and text[pos - 1].isalpha() and text[pos + 1 : pos + 2] == "s":
                pos += 1
                continue
            segments.append((seg_start, pos))
            return segments
        pos += 1
    segments.append((seg_start, _rstrip(text, seg_start, pos)))
    return segments


def _rstrip(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n":
        end -= 1
    return end


def sentence_end(text: str, start: int) -> int:
    """End of the sentence holding `start` (regex: good enough to bound a check)."""
    match = SENTENCE_END.search(text, start)
    return match.start() + 1 if match else len(text)


def load_gold(
    ann: dict[str, Any], text: str, wrapped: bool
) -> tuple[list[GoldQuote], list[GoldActor], list[GoldFigure], list[str]]:
    """The annotation resolved against the text; problems (anchors not found) listed."""
    problems: list[str] = []
    actors: list[GoldActor] = []
    for item in ann.get("actors") or []:
        types = item.get("type") or "person"
        types = {types} if isinstance(types, str) else set(types)
        names = {norm(item["name"]), *(norm(a) for a in item.get("aliases") or [])}
        actors.append(GoldActor(item["name"], types, names, bool(item.get("optional"))))
    by_name = {norm(a.name): a for a in actors}
    quotes: list[GoldQuote] = []
    cursor = 0
    for item in ann.get("quotes") or []:
        speaker = item.get("speaker")
        accepted: set[str] = set()
        if speaker:
            accepted = {norm(speaker), *(norm(a) for a in item.get("aliases") or [])}
            if norm(speaker) in by_name:
                accepted |= by_name[norm(speaker)].names
        kind = item.get("kind") or "direct"
        span = locate(text, item["anchor"], cursor) or locate(text, item["anchor"])
        if span is None:
            problems.append(f"anchor not found: {item['anchor']!r}")
            continue
        cursor = span[0]
        start = span[0]
        if item.get("last"):
            end_span = locate(text, item["last"], span[0])
            if end_span is None:
                problems.append(f"`last` not found: {item['last']!r}")
                continue
            if kind == "indirect":
                segments = [(start, end_span[1])]
            else:
                segments = [s for s in direct_segments(text, start, wrapped) if s[0] <= end_span[1]]
                segments[-1] = (segments[-1][0], end_span[1])
        elif kind == "indirect":
            segments = [(start, _trim_end(text, start, sentence_end(text, start)))]
        else:
            segments = direct_segments(text, start, wrapped)
        quotes.append(
            GoldQuote(
                anchor=item["anchor"],
                speaker=speaker,
                kind=kind,
                optional=bool(item.get("optional")),
                accepted=accepted,
                segments=segments,
                last_given=bool(item.get("last")),
            )
        )
    figures = [
        GoldFigure(
            value=float(item["value"]),
            value_max=float(item["value_max"]) if item.get("value_max") is not None else None,
            unit=item.get("unit"),
            counts=[str(c) for c in item.get("counts") or []],
            optional=bool(item.get("optional")),
        )
        for item in ann.get("figures") or []
    ]
    return quotes, actors, figures, problems


def _trim_end(text: str, start: int, end: int) -> int:
    """End of an indirect quote without its final full stop."""
    end = _rstrip(text, start, end)
    while end > start and text[end - 1] in ".!?":
        end -= 1
    return end


# --------------------------------------------------------------------------- scoring


@dataclass
class Score:
    """One briefing's (or one part's) counts."""

    articles: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    speaker_total: int = 0
    speaker_right: int = 0
    speaker_found: int = 0
    person_tp: int = 0
    person_fp: int = 0
    person_fn: int = 0
    rules: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    # Speaker errors by source and by the form of the article's words for the speaker
    # (numbers only, so that a part no one may read can still say where its errors lie).
    speaker_forms: Counter[str] = field(default_factory=Counter)
    lines: list[str] = field(default_factory=list)
    per_article: dict[str, int] = field(default_factory=dict)

    def add(self, other: Score) -> None:
        self.articles += other.articles
        self.errors.update(other.errors)
        self.speaker_forms.update(other.speaker_forms)
        self.speaker_total += other.speaker_total
        self.speaker_right += other.speaker_right
        self.speaker_found += other.speaker_found
        self.person_tp += other.person_tp
        self.person_fp += other.person_fp
        self.person_fn += other.person_fn
        for rule, (right, total) in other.rules.items():
            self.rules[rule][0] += right
            self.rules[rule][1] += total
        self.lines.extend(other.lines)
        self.per_article.update(other.per_article)

    def error(self, kind: str, message: str) -> None:
        self.errors[kind] += 1
        self.lines.append(f"{kind}: {message}")


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def gold_overlap(pred: tuple[int, int], gold: GoldQuote) -> tuple[int, int]:
    """(overlap, gold length) of a predicted span with a gold quote's segments."""
    return (
        sum(overlap(pred, seg) for seg in gold.segments),
        sum(end - start for start, end in gold.segments),
    )


def best_gold(pred: tuple[int, int], golds: list[GoldQuote]) -> tuple[GoldQuote | None, bool]:
    """The gold quote `pred` overlaps most, and whether that is a match (half the
    shorter)."""
    best, best_overlap, best_len = None, 0, 0
    for gold in golds:
        shared, length = gold_overlap(pred, gold)
        if shared > best_overlap or (shared and shared == best_overlap and length < best_len):
            best, best_overlap, best_len = gold, shared, length
    if best is None:
        return None, False
    shorter = min(pred[1] - pred[0], best_len) or 1
    return best, best_overlap * 2 >= shorter


def bounds_ok(pred: tuple[int, int], gold: GoldQuote, text: str, wrapped: bool) -> bool:
    """Does the predicted quote start at a segment start and end at a segment end?"""
    ps, pe = pred
    if gold.kind == "indirect":
        start_ok = gold.start - INDIRECT_BEFORE <= ps <= gold.start + START_SLACK
        if gold.last_given:
            end_ok = abs(pe - gold.end) <= END_SLACK
        else:  # where reported speech ends is a judgement: only overruns and line wraps
            end_ok = pe <= sentence_end(text, gold.start) + END_SLACK and not (
                text[pe : pe + 1] == "\n" and not paragraph_break(text, pe, wrapped)
            )
        return start_ok and end_ok
    start_ok = any(abs(ps - s) <= START_SLACK for s, _ in gold.segments)
    end_ok = any(abs(pe - e) <= END_SLACK for _, e in gold.segments)
    return start_ok and end_ok


def speaker_ok(got: str | None, gold: GoldQuote) -> bool:
    return got is None if gold.speaker is None else norm(got) in gold.accepted


def short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def split_parts(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each part of a quotation split by its speech tag (`parts`, docs/extraction-json.md)
    as a quote of its own: the annotations give each part, from its anchor to its
    closing mark, with the same speaker."""
    out = []
    for quote in quotes:
        for start, end in quote.get("parts") or [(quote["start"], quote["end"])]:
            part = dict(quote, start=start, end=end) if quote.get("parts") else quote
            if quote.get("parts"):
                part.pop("text", None)
            out.append(part)
    return out


PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "you", "who"})


def mention_form(mention: object) -> str:
    """The form of the article's words for a speaker, for the speaker errors' breakdown:
    none (the briefing names no words), pronoun ("he"), description (opens lower-case
    or with a determiner: "the company", "a spokesman for X"), name (anything else)."""
    words = str(mention or "").split()
    if not words:
        return "no mention"
    if len(words) == 1 and words[0].casefold() in PRONOUNS:
        return "pronoun"
    if words[0][:1].islower() or words[0].casefold() in {"the", "a", "an"}:
        return "description"
    return "name"


def score_quotes(
    text: str, golds: list[GoldQuote], quotes: list[dict[str, Any]], s: Score, wrapped: bool
) -> None:
    best_for_gold: dict[int, tuple[int, dict[str, Any]]] = {}
    quotes = split_parts(quotes)
    for quote in quotes:
        pred = (int(quote["start"]), int(quote["end"]))
        got = quote.get("speaker")
        shown = f"{short(quote.get('text') or text[pred[0] : pred[1]])!r} ({got!r})"
        gold, matched = best_gold(pred, golds)
        right = False
        if gold is None:
            s.error("nonquote", f"non-quote shown: {shown}")
        else:
            if matched:
                shared = gold_overlap(pred, gold)[0]
                if shared > best_for_gold.get(id(gold), (-1, {}))[0]:
                    best_for_gold[id(gold)] = (shared, quote)
            ok_bounds = matched and bounds_ok(pred, gold, text, wrapped)
            if not ok_bounds:
                s.error("bounds", f"bounds {shown} vs gold {gold.anchor!r}")
            ok_speaker = speaker_ok(got, gold)
            if not ok_speaker:
                kind = "missing_speaker" if got is None else "wrong_speaker"
                s.error(kind, f"speaker {got!r} != {gold.speaker!r} at {shown}")
                s.speaker_forms[f"{kind} · {mention_form(quote.get('speaker_mention'))}"] += 1
            right = ok_bounds and ok_speaker
        if "rule" in quote:
            s.rules[f"quote:{quote['rule']}"][0] += right
            s.rules[f"quote:{quote['rule']}"][1] += 1
    for gold in golds:
        if gold.speaker is None or gold.optional:
            continue
        s.speaker_total += 1
        # An optional fragment inside this quote ("chew through Russian reserves" in an
        # indirect sentence) shown on its own stands for it.
        inside = [
            best_for_gold[id(part)]
            for part in golds
            if part is not gold
            and part.optional
            and id(part) in best_for_gold
            and gold.start <= part.start
            and part.end <= gold.end
        ]
        candidates = [c for c in [best_for_gold.get(id(gold)), *inside] if c is not None]
        hit = max(candidates, key=lambda c: c[0]) if candidates else None
        if hit is None:
            s.lines.append(f"(missed) quote {gold.anchor!r} by {gold.speaker!r} not shown")
            continue
        s.speaker_found += 1
        s.speaker_right += speaker_ok(hit[1].get("speaker"), gold)


def name_parts_match(name: str, gold: GoldActor) -> bool:
    """Is `name` a contiguous run of the words of one of the gold actor's names?"""
    words = norm(name).split()
    if not words:
        return False
    for full in gold.names:
        tokens = full.split()
        for i in range(len(tokens) - len(words) + 1):
            if tokens[i : i + len(words)] == words:
                return True
    return False


def score_actors(golds: list[GoldActor], actors: list[dict[str, Any]], s: Score) -> None:
    matched: dict[int, list[tuple[dict[str, Any], bool]]] = defaultdict(list)
    for actor in actors:
        name = actor["name"]
        gold = next((g for g in golds if norm(name) in g.names), None)
        exact = gold is not None
        if gold is None:
            gold = next(
                (g for g in golds for a in actor.get("aliases") or [] if norm(a) in g.names),
                None,
            ) or next((g for g in golds if name_parts_match(name, g)), None)
        if gold is None:
            s.error("junk_actor", f"junk actor {name!r} ({actor['type']})")
            if actor["type"] == "person":
                s.person_fp += 1
            continue
        matched[id(gold)].append((actor, exact))
        if actor["type"] not in gold.types:
            s.error("wrong_type", f"{name!r} typed {actor['type']}, not {'/'.join(gold.types)}")
        wrong_person = not (exact and "person" in gold.types)
        if actor["type"] == "person" and not gold.optional and wrong_person:
            s.person_fp += 1
    for gold in golds:
        found = matched.get(id(gold), [])
        exact_persons = [a for a, exact in found if exact and a["type"] == "person"]
        if "person" in gold.types and not gold.optional:
            if exact_persons:
                s.person_tp += 1
                s.person_fp += len(exact_persons) - 1
            else:
                s.person_fn += 1
        if len(found) > 1:
            names = ", ".join(repr(a["name"]) for a, _ in found)
            for _ in found[1:]:
                s.error("duplicate_actor", f"duplicate actors for {gold.name!r}: {names}")
        elif len(found) == 1 and not found[0][1] and not gold.optional:
            s.error("actor_name", f"{found[0][0]['name']!r} shown for {gold.name!r}")


def figure_fit(gold: GoldFigure, said: str, unit: str) -> tuple[bool, bool]:
    """How well a predicted figure's description and unit fit an annotated figure."""
    return any(w.lower() in said for w in gold.counts), unit == (gold.unit or unit)


def score_figures(golds: list[GoldFigure], figures: list[dict[str, Any]], s: Score) -> None:
    for figure in figures:
        value = float(figure["value"])
        vmax = figure.get("value_max")
        counts = figure.get("counts") or ""
        shown = f"{figure.get('text')!r} = {value:g} {figure.get('unit') or ''} ({counts!r})"
        near = [g for g in golds if abs(value - g.value) <= 0.005 * abs(g.value) + 1e-9]
        right = False
        if not near:
            s.error("figure_wrong", f"figure not a key figure or misread: {shown}")
        else:
            said = f"{counts} {figure.get('unit') or ''}".lower()
            unit = str(figure.get("unit") or "").split("/")[0]  # "USD/hour" is in USD
            gold = max(near, key=lambda g: figure_fit(g, said, unit))
            described = figure_fit(gold, said, unit)[0]
            problems = []
            if gold.unit in CHECKED_UNITS and unit != gold.unit:
                problems.append(f"unit {figure.get('unit')!r} != {gold.unit!r}")
            if gold.counts and not described:
                problems.append(f"counts lacks {gold.counts}")
            if COUNTS_CROSSES.search(counts):
                problems.append("counts crosses a sentence end or line")
            if gold.value_max is not None and (
                vmax is None or abs(float(vmax) - gold.value_max) > 0.005 * gold.value_max
            ):
                problems.append(f"range end {vmax!r} != {gold.value_max:g}")
            if gold.value_max is None and vmax is not None:
                problems.append(f"range end {vmax!r} where none")
            if problems:
                s.error("figure_described", f"{shown}: {'; '.join(problems)}")
            right = not problems
        if "rule" in figure:
            s.rules[f"figure:{figure['rule']}"][0] += right
            s.rules[f"figure:{figure['rule']}"][1] += 1


def find_sentence(text: str, sentence: str, after: int = 0) -> tuple[int, int] | None:
    """Span of a summary sentence in the article, with any whitespace between its words.

    The summary joins a sentence's words with single spaces, so a sentence of
    hard-wrapped wire copy (or one running over a single newline) is not a substring
    of the body: a plain `find` missed it, and every pronoun opening after such a
    sentence looked unresolved. Searches from `after` first (the summary keeps the
    article's order), then anywhere; falls back to the first eight words (the summary
    may have trimmed the sentence's end), whose end is then the end of the span."""
    words = sentence.split()
    for count in dict.fromkeys((len(words), min(8, len(words)))):
        if not count:
            return None
        pattern = re.compile(r"\s+".join(re.escape(w) for w in words[:count]))
        match = pattern.search(text, after) or pattern.search(text)
        if match:
            return match.span()
    return None


def _headline_line(text: str, title: str) -> bool:
    """The title stands on a line of its own in the text: a sentence that starts with
    it and runs on glued the headline to the body. A title the reader made from the
    opening sentence (an article without a headline line) is not glued to it."""
    return any(line.strip() == title for line in text.splitlines()[:3])


def _crosses_line(text: str, span: tuple[int, int] | None) -> bool:
    """The sentence runs over a line break in the text (a headline set over two lines)."""
    return span is not None and "\n" in text[span[0] : span[1]]


def score_summary(text: str, title: str | None, summary: list[str], s: Score) -> None:
    previous_end: int | None = None
    for sentence in summary:
        stripped = sentence.strip()
        head = stripped.lstrip(OPENING + " ")
        span = find_sentence(text, stripped, previous_end or 0)
        at = span[0] if span else -1
        if DATELINE.match(stripped) or BOILERPLATE.search(stripped):
            s.error("summary_boilerplate", f"summary boilerplate: {short(stripped, 80)!r}")
        elif title and (
            "\n" in stripped.strip()
            or (
                stripped.startswith(title)
                and len(stripped) > len(title)
                and (_headline_line(text, title) or _crosses_line(text, span))
            )
        ):
            s.error("summary_boilerplate", f"summary holds the headline: {short(stripped, 80)!r}")
        word = re.match(r"[A-Za-z']+", head)
        first = word.group().casefold() if word else ""
        if first in PRONOUN_OPENERS and not EXPLETIVE.match(head):
            adjacent = (
                previous_end is not None
                and at >= 0
                and not text[previous_end:at].strip(" \n\t\"'\u201c\u201d")
            )
            if not adjacent:
                s.error("summary_pronoun", f"summary opens with {first!r}: {short(stripped, 80)!r}")
        previous_end = span[1] if span else None


def score_briefing(
    text: str, ann: dict[str, Any], briefing: dict[str, Any], wrapped: bool = False
) -> Score:
    """Everything an editor would fix in one briefing (JSON contract) of one article."""
    s = Score(articles=1)
    golds, actors, figures, problems = load_gold(ann, text, wrapped)
    for problem in problems:
        s.lines.append(f"ANNOTATION {problem}")
    score_quotes(text, golds, briefing.get("quotes") or [], s, wrapped)
    score_actors(actors, briefing.get("actors") or [], s)
    score_figures(figures, briefing.get("figures") or [], s)
    title = briefing.get("title") if ann["path"].endswith(".txt") else None
    score_summary(text, title, briefing.get("summary") or [], s)
    source = ann["path"].split("/", 1)[0]
    s.speaker_forms = Counter({f"{key} · {source}": n for key, n in s.speaker_forms.items()})
    s.lines = [f"{ann['path']}: {line}" for line in s.lines]
    s.per_article[ann["path"]] = sum(s.errors.values())
    return s


# --------------------------------------------------------------------------- the build


def reuters_record(corpus: Path, ident: int) -> dict[str, Any]:
    with gzip.open(corpus / "reuters" / "reuters21578.jsonl.gz", "rt", encoding="utf-8") as f:
        for line in f:
            if f'"id": {ident},' in line[:20]:
                return dict(json.loads(line))
    raise KeyError(f"reuters/{ident} not in the corpus")


def front_matter_file(target: Path, front: dict[str, Any], body: str) -> None:
    header = "\n".join(f"{key}: {json.dumps(value)}" for key, value in front.items() if value)
    target.write_text(f"---\n{header}\n---\n\n{body}\n", encoding="utf-8")


def write_article(corpus: Path, rel: str, folder: Path) -> Path:
    """The article as a content file, the way a site would hold it."""
    target = folder / rel.replace("/", "_")
    if rel.startswith("reuters/"):
        record = reuters_record(corpus, int(rel.split("/")[1]))
        target = target.with_suffix(".md")
        front = {"source": "Reuters", "tags": list(record.get("topics") or [])}
        if record.get("title"):
            front["title"] = " ".join(record["title"].split())
        front_matter_file(target, front, (record.get("body") or "").strip())
    elif rel.endswith(".json"):
        record = json.loads((corpus / rel).read_text(encoding="utf-8"))
        target = target.with_suffix(".md")
        date = str(record.get("publish_date") or "")[:10]
        front = {
            "title": " ".join(str(record.get("title") or "").split()),
            "date": date if re.fullmatch(r"\d{4}-\d\d-\d\d", date) else None,
            "source": record.get("meta_site_name"),
            "url": record.get("url"),
        }
        front_matter_file(target, front, str(record.get("text") or "").strip())
    else:
        target.write_bytes((corpus / rel).read_bytes())
    return target


def build_briefings(
    corpus: Path, rels: list[str], registry_path: Path | None = None
) -> dict[str, tuple[str, dict[str, Any]]]:
    """Corpus path -> (body as the pipeline saw it, briefing JSON with internal fields)."""
    from generator.editing.corrections import build_briefing
    from generator.model import Registry
    from generator.reading.content import read_article
    from generator.reading.registry import load_registry
    from generator.running.runner import extract_articles

    registry = Registry()
    if registry_path is not None:
        registry, problems = load_registry(registry_path)
        for problem in problems:
            print(problem, file=sys.stderr)

    out: dict[str, tuple[str, dict[str, Any]]] = {}
    with tempfile.TemporaryDirectory(prefix="editor-review-") as tmp:
        articles, rel_of = [], {}
        for rel in rels:
            article, problems = read_article(write_article(corpus, rel, Path(tmp)))
            if article is None:
                print(f"{rel}: not readable: {problems}", file=sys.stderr)
                continue
            rel_of[id(article)] = rel
            articles.append(article)
        for result in extract_articles(articles, None, 1):
            for problem in result.problems:
                print(f"{rel_of[id(result.article)]}: {problem}", file=sys.stderr)
            briefing, _ = build_briefing(result.article, result.extraction, registry)
            data = briefing.to_json()
            found = briefing.extraction
            for key, records in (
                ("quotes", found.quotes),
                ("figures", found.figures),
                ("actors", found.actors),
            ):
                data[key] = [
                    {**{k: v for k, v in vars(r).items() if k != "spans"}, **item}
                    for r, item in zip(records, data[key], strict=True)
                ]
            out[rel_of[id(result.article)]] = (briefing.body, data)
    return out


# --------------------------------------------------------------------------- report


def ratio(a: float, b: float) -> float:
    return a / b if b else 0.0


def summary_of(s: Score) -> dict[str, Any]:
    p = ratio(s.person_tp, s.person_tp + s.person_fp)
    r = ratio(s.person_tp, s.person_tp + s.person_fn)
    return {
        "articles": s.articles,
        "errors_per_briefing": round(ratio(sum(s.errors.values()), s.articles), 2),
        "errors": {k: s.errors.get(k, 0) for k in ERROR_CLASSES},
        "speaker_accuracy": round(ratio(s.speaker_right, s.speaker_total), 3),
        "speaker_right": s.speaker_right,
        "speaker_total": s.speaker_total,
        "quotes_found": s.speaker_found,
        "person_precision": round(p, 3),
        "person_recall": round(r, 3),
        "person_f1": round(ratio(2 * p * r, p + r), 3),
        "rule_precision": {
            rule: {"right": right, "total": total, "precision": round(ratio(right, total), 3)}
            for rule, (right, total) in sorted(s.rules.items())
        },
        "per_article": s.per_article,
        "speaker_errors_by_form": dict(sorted(s.speaker_forms.items())),
    }


def print_report(name: str, s: Score, verbose: bool) -> None:
    data = summary_of(s)
    print(f"== {name}: {s.articles} briefings")
    print(
        f"errors per briefing: {data['errors_per_briefing']:.2f} "
        f"({sum(s.errors.values())} in all; target <= 1.5 on MEASURE)"
    )
    for kind in ERROR_CLASSES:
        count = s.errors.get(kind, 0)
        print(f"  {kind:20} {count:4d}  ({ratio(count, s.articles):.2f} per briefing)")
    print(
        f"speaker accuracy, exact canonical name: {s.speaker_right}/{s.speaker_total} = "
        f"{data['speaker_accuracy']:.3f} (quotes found {s.speaker_found}; target >= 0.90)"
    )
    print(
        f"person names: P {data['person_precision']:.3f} R {data['person_recall']:.3f} "
        f"F1 {data['person_f1']:.3f} (tp {s.person_tp}, fp {s.person_fp}, fn {s.person_fn};"
        " target F1 >= 0.90)"
    )
    if s.speaker_forms:
        print("speaker errors by the article's words for the speaker, and source:")
        for key, count in data["speaker_errors_by_form"].items():
            print(f"  {key:40} {count:4d}")
    if data["rule_precision"]:
        print("precision per rule:")
        for rule, item in data["rule_precision"].items():
            print(f"  {rule:40} {item['right']:4d}/{item['total']:<4d} {item['precision']:.3f}")
    if verbose:
        print("per briefing: " + ", ".join(f"{k} {v}" for k, v in sorted(s.per_article.items())))
        for line in s.lines:
            print("  " + line)


def annotations(folder: Path) -> Iterable[tuple[Path, dict[str, Any]]]:
    for path in sorted(folder.glob("*.yml")):
        yield path, yaml.safe_load(path.read_text(encoding="utf-8"))


def check_annotations(corpus: Path, anns: list[dict[str, Any]]) -> int:
    """Resolve every annotation against its text, as read by the pipeline; no extraction."""
    from generator.reading.content import read_article

    failed = 0
    with tempfile.TemporaryDirectory(prefix="editor-review-") as tmp:
        for ann in anns:
            article, problems = read_article(write_article(corpus, ann["path"], Path(tmp)))
            if article is None:
                print(f"{ann['path']}: not readable: {problems}")
                failed += 1
                continue
            wrapped = ann["path"].startswith("reuters/")
            quotes, actors, figures, missing = load_gold(ann, article.body, wrapped)
            for problem in missing:
                print(f"{ann['path']}: {problem}")
            failed += bool(missing)
            print(
                f"{ann['path']}: {len(quotes)} quotes, {len(actors)} actors, {len(figures)} figures"
            )
    return 1 if failed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--part", choices=("tune", "measure", "all"), default="tune")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--annotations", type=Path, default=ANNOTATIONS)
    parser.add_argument("--article", action="append", help="only this corpus path (repeat)")
    parser.add_argument(
        "--registry",
        type=Path,
        help="an actor registry (content/actors.yml) to apply as a build would; default none",
    )
    parser.add_argument("--verbose", "-v", action="store_true", help="list every error")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument(
        "--check",
        action="store_true",
        help="only check that every anchor is found (no pipeline run, no output to read)",
    )
    args = parser.parse_args(argv)

    split = load_split(args.annotations / "SPLIT.md")
    chosen: list[tuple[str, dict[str, Any]]] = []
    for path, ann in annotations(args.annotations):
        part = split.get(ann["path"])
        if part is None:
            print(f"{path.name}: {ann['path']} is in neither part of SPLIT.md", file=sys.stderr)
            continue
        if args.article and ann["path"] not in args.article:
            continue
        if args.part in (part, "all"):
            chosen.append((part, ann))
    annotated = {ann["path"] for _, ann in annotations(args.annotations)}
    missing = [p for p, part in split.items() if p not in annotated and args.part in (part, "all")]
    if missing:
        print(f"not annotated yet ({len(missing)}): {', '.join(missing)}", file=sys.stderr)
    if not chosen:
        print("no annotated article in this part", file=sys.stderr)
        return 1

    if args.check:
        return check_annotations(args.corpus, [ann for _, ann in chosen])

    import generator

    started = time.perf_counter()
    built = build_briefings(args.corpus, [ann["path"] for _, ann in chosen], args.registry)
    scores: dict[str, Score] = {"tune": Score(), "measure": Score()}
    for part, ann in chosen:
        if ann["path"] not in built:
            continue
        body, briefing = built[ann["path"]]
        wrapped = ann["path"].startswith("reuters/")
        scores[part].add(score_briefing(body, ann, briefing, wrapped))
    elapsed = time.perf_counter() - started
    parts = [p for p in ("tune", "measure") if scores[p].articles]
    if args.part == "all":
        total = Score()
        for p in parts:
            total.add(scores[p])
        scores["all"] = total
        parts.append("all")
    if args.json:
        print(json.dumps({p: summary_of(scores[p]) for p in parts}, indent=2))
        return 0
    print(f"code: {Path(generator.__file__).parent.parent} ({elapsed:.1f} s)")
    for p in parts:
        print_report(p.upper(), scores[p], args.verbose and (p != "all" or len(parts) == 1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
