# ruff: noqa: RUF001 - quotation marks and apostrophes are the subject here
"""Speakers as briefings publish them, checked against PolNeAR's gold Source spans.

Each PolNeAR article goes through the pipeline as a site build runs it (`make_doc`,
`extract_document`, then `build_briefing` with an empty registry), so the speaker scored
is the canonical name the page shows. Each published quote is matched to the gold
attribution its span overlaps (`quotes_polnear.matches`, the corpus README's rule, any
kind), and the pair is classified by

- the gold Source's form: `name` (a proper name: "Hillary Clinton", "Sen. Ted Cruz",
  "the Republican National Committee"), `pronoun` ("he", "they"), `description` ("the
  senator", "a spokesman for Trump", "Clinton's campaign"), `unnamed` (an indefinite
  description naming no body: "a friend", "one user"), `group` (an unnamed group:
  "officials", "some Republicans") or `none` (no Source span);
- our result: `agree` (for a gold name: our name holds its last name word, or our full
  name closes a phrase of it, "One of his advisers, Tad Devine"), `WRONG`
  (a gold name that our name does not hold), `MISSING` (no speaker where the gold
  Source is a name, a pronoun or a description), `empty` (no speaker for an unnamed
  person, a group or none: rightly empty), and for the forms whose referent the gold does not name
  (pronoun, description, group, none): `same-mention` (our speaker mention overlaps the
  gold Source: it read the same words) or `other-mention` (it did not: suspect).

The table counts quotes; `--dump FILE` writes one line per quote that is not `agree` or
`empty` (the sentence, the gold source text, our speaker and mention, the rule), for
reading against the article.

Usage:
    python benchmarks/speakers_polnear.py --split train --paths /tmp/x/tune.txt \
        --exclude /work/notes/measure15/list.txt --doc-cache /tmp/x/docs --dump /tmp/x/d.txt
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if not os.environ.get("PYTHONPATH"):
    sys.path.insert(1, str(REPO))  # no tree given through PYTHONPATH: score this one
# The tree on PYTHONPATH is imported first, so that quotes_polnear (which puts this
# script's tree on sys.path) cannot swap in another tree's generator package.
import generator  # noqa: E402

sys.path.insert(1, str(REPO / "benchmarks"))

from quotes_polnear import DEFAULT_CORPUS, Gold, articles, matches, read_gold  # noqa: E402

FORMS = ("name", "pronoun", "description", "unnamed", "group", "none")
RESULTS = ("agree", "WRONG", "MISSING", "empty", "same-mention", "other-mention")

PRONOUNS = frozenset(
    [
        "he",
        "she",
        "they",
        "i",
        "we",
        "it",
        "you",
        "him",
        "her",
        "them",
        "me",
        "us",
        "his",
        "its",
        "their",
        "our",
        "one",
        "who",
    ]
)
# Words before a name that are part of how a source is written, not a description.
TITLES = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "dr",
        "dr.",
        "sen",
        "sen.",
        "rep",
        "rep.",
        "gov",
        "gov.",
        "gen",
        "gen.",
        "lt.",
        "col.",
        "president",
        "senator",
        "governor",
        "secretary",
        "sheriff",
        "mayor",
        "judge",
        "justice",
        "rev.",
        "rev",
        "former",
        "then-candidate",
        "candidate",
        "chairman",
        "chairwoman",
        "speaker",
        "leader",
    ]
)
# An indefinite description names no one ("a friend"), unless it names a body ("a
# spokesman for the Justice Department", "a senior Cruz adviser": the body speaks).
INDEFINITE = frozenset(["a", "an", "one", "another", "someone", "somebody"])
PARTY_MEMBERS = frozenset(["republican", "democrat", "independent", "libertarian"])
DETERMINERS = frozenset(
    ["the", "a", "an", "some", "many", "most", "several", "other", "few", "all", "both"]
)


def clean_source(text: str) -> str:
    """The Source span's text on one line, without surrounding punctuation."""
    return " ".join(text.split()).strip(" ,.;:—–-\"“”'’()")


def head_phrase(source: str) -> str:
    """The noun phrase before an apposition or a relative clause ("Jeb Bush, the former
    governor" -> "Jeb Bush"; "a spokesman for Trump, who ..." -> "a spokesman for Trump")."""
    return re.split(r"\s*[,(—–]\s*|\s+(?:who|which|that)\s+", source, maxsplit=1)[0]


def _words(phrase: str) -> list[str]:
    return re.findall(r"[A-Za-z][\w.'’-]*", phrase)


def _capitalised(word: str) -> bool:
    return word[:1].isupper()


def source_form(text: str) -> str:
    """The form of a gold Source: name, pronoun, description, group or none.

    A name is a phrase whose head (its last word before an apposition, a possessive or a
    "for/of" phrase) is capitalised: "Donald Trump", "Sen. Cruz", "the Clinton
    campaign's Brian Fallon". A possessive or a lowercase head makes a description
    ("Clinton's campaign", "a spokesman for Trump"); a plural lowercase head with no
    capitalised word, or a bare plural party word, an unnamed group ("officials",
    "some Republicans").
    """
    source = clean_source(text)
    if not source:
        return "none"
    lowered = source.lower()
    if lowered in PRONOUNS:
        return "pronoun"
    phrase = head_phrase(source)
    # "a spokesman for Trump", "the head of the RNC": the head is before the preposition
    core = re.split(r"\s+(?:for|of|from|at|with|in|on)\s+", phrase, maxsplit=1)[0]
    words = _words(core)
    if not words:
        return "description"
    head = words[-1]
    head_bare = re.sub(r"[’']s?$", "", head)
    if re.search(r"[’']s?$", head) and head_bare != head:
        # "Clinton's": the possessor alone is not the source
        return "description"
    content = [w for w in words if w.lower() not in DETERMINERS]
    if head.lower() in PARTY_MEMBERS and words[0].lower() in DETERMINERS:
        return "description"  # "the Arizona Republican"
    if _capitalised(head) and head.lower() not in TITLES:
        # a plural of a party or a people ("Republicans", "Democrats", "Americans"),
        # not a surname ending in s ("Sanders", "Richards")
        plural = len(content) == 1 and re.search(r"(?:an|at|ive|al|ist|ent)s$", head)
        if plural and lowered.split()[0] in DETERMINERS | {head.lower()}:
            return "group"  # "Republicans", "some Democrats"
        return "name"
    plural = head.lower().endswith("s") and not head.lower().endswith(("ss", "us", "is"))
    if plural and not any(_capitalised(w) for w in content):
        return "group"
    indefinite = words[0].lower() in INDEFINITE
    if indefinite and not any(_capitalised(w) for w in _words(phrase)[1:]):
        return "unnamed"  # "a friend", "one user": no one the article names
    return "description"


def last_name_word(source: str) -> str:
    """The word of a gold name that our name must hold: the last capitalised word of its
    head phrase ("Sen. Ted Cruz, R-Texas" -> "Cruz"; "Hillary Clinton's" -> "Clinton")."""
    phrase = head_phrase(clean_source(source))
    phrase = re.split(r"\s+(?:for|of|from|at|with|in|on)\s+", phrase, maxsplit=1)[0]
    words = [re.sub(r"[’']s?$", "", w).rstrip(".") for w in _words(phrase)]
    names = [w for w in words if _capitalised(w) and w.lower().rstrip(".") not in TITLES]
    return names[-1] if names else (words[-1] if words else "")


def agrees(speaker: str, source: str) -> bool:
    """Whether our published name holds the gold name's last name word, case-insensitive
    ("Hillary Clinton" agrees with "Clinton" and with "Mrs. Clinton"). Words compare by
    the product's name normaliser, so an apostrophe set either way is one ("D\u2019Souza",
    "D'Souza")."""
    from generator.model import name_key

    word = name_key(last_name_word(source).rstrip("."))
    if not word:
        return False
    if word in {name_key(w.rstrip(".")) for w in _words(speaker)}:
        return True
    return _spells_acronym(speaker, last_name_word(source)) or _name_closes_phrase(speaker, source)


def _name_closes_phrase(speaker: str, source: str) -> bool:
    """Whether our full name (two words or more) is how a phrase of the gold Source
    ends, its description or title before it: "Palm Beach County Supervisor of
    Elections Susan Bucher" and "One of his advisers, Tad Devine" name Susan Bucher and
    Tad Devine, though their last capitalised word before "of" or the comma is another
    ("Supervisor", "One"). Not a name inside a longer phrase ("Hillary Clinton's aide
    Huma Abedin" is not Hillary Clinton), nor one of several ("X and Y")."""
    from generator.model import name_key

    ours = [name_key(w) for w in _words(speaker)]
    if len(ours) < 2 or re.search(r"\band\b|&", source):
        return False
    for phrase in re.split(r"\s*[,(—–]\s*", clean_source(source)):
        words = [name_key(w) for w in _words(phrase)]
        if len(words) >= len(ours) and words[-len(ours) :] == ours:
            return True
    return False


def _spells_acronym(speaker: str, acronym: str) -> bool:
    """Whether our name is the spelled-out form of a gold acronym: the product shows an
    organisation under the words the article spells it with ("International Monetary
    Fund") where the gold source holds the acronym ("IMF"); both name one body."""
    letters = acronym.replace(".", "")
    if len(letters) < 2 or not letters.isalpha() or not letters.isupper():
        return False
    initials = "".join(w[0] for w in _words(speaker) if w[:1].isupper())
    return initials == letters


def classify(form: str, speaker: str | None, source_text: str, same_mention: bool) -> str:
    """Our result for one quote whose gold Source has `form`."""
    if not speaker:
        return "MISSING" if form in ("name", "pronoun", "description") else "empty"
    if form == "name":
        return "agree" if agrees(speaker, source_text) else "WRONG"
    return "same-mention" if same_mention else "other-mention"


@dataclass
class Row:
    """One published quote matched to a gold attribution."""

    article: str
    form: str
    result: str
    sentence: str
    source: str
    speaker: str | None
    mention: str | None
    rule: str | None
    kind: str


def span_text(text: str, spans: list[tuple[int, int]]) -> str:
    return " ".join(text[s:e] for s, e in spans)


def sentence_of(text: str, start: int, end: int) -> str:
    """The stretch of text around a quote, to read in the dump: from the paragraph start
    before it to the paragraph end after it, at most 400 characters."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    return " ".join(text[max(left, start - 200) : min(right, end + 200)].split())


def score_quotes(name: str, text: str, quotes: list[dict], golds: list[Gold]) -> list[Row]:
    """Rows for the published quotes of one article that match a gold attribution."""
    rows = []
    for quote in quotes:
        spans = [tuple(p) for p in quote["parts"]] if quote.get("parts") else None
        pred = spans or [(quote["start"], quote["end"])]
        hits = [g for g in golds if matches(pred, g.content)]
        if not hits:
            continue
        gold = max(hits, key=lambda g: bool(g.source))
        source_text = span_text(text, gold.source)
        form = source_form(source_text) if gold.source else "none"
        same = False
        if quote.get("speaker_start") is not None and gold.source:
            a, b = quote["speaker_start"], quote["speaker_end"]
            same = any(min(b, e) > max(a, s) for s, e in gold.source)
        rows.append(
            Row(
                article=name,
                form=form,
                result=classify(form, quote.get("speaker"), source_text, same),
                sentence=sentence_of(text, quote["start"], quote["end"]),
                source=clean_source(source_text),
                speaker=quote.get("speaker"),
                mention=quote.get("speaker_mention"),
                rule=quote.get("rule"),
                kind=quote.get("kind", ""),
            )
        )
    return rows


def published_quotes(text_path: Path, nlp, cache: Path | None) -> tuple[str, list[dict]]:  # type: ignore[no-untyped-def]
    """(body, quotes with the page's speaker names and the mention offsets) of one article."""
    from spacy.tokens import DocBin

    from generator.editing.corrections import build_briefing
    from generator.extract import extract_document
    from generator.model import Registry
    from generator.reading.content import read_article
    from generator.reading.layout import analyse, make_doc

    article, problems = read_article(text_path)
    if article is None:
        raise ValueError(f"{text_path}: {problems}")
    doc = None
    path = None
    if cache is not None:
        # A Doc is of the parse text: keyed by the body while the two hold the same
        # words (older cache entries stay good), by the parse text where it changed one
        # (a horizontal bar read as an em dash).
        parse_text = analyse(article.body, article.headline_line).parse_text
        text = article.body if parse_text.split() == article.body.split() else parse_text
        keyed = f"headline\n{text}" if article.headline_line else text
        digest = hashlib.sha256(keyed.encode()).hexdigest()[:16]
        path = cache / f"{nlp.meta['name']}-{nlp.meta['version']}-{digest}.spacy"
        if path.exists():
            doc = next(DocBin().from_disk(path).get_docs(nlp.vocab))
    if doc is None:
        doc = nlp(make_doc(nlp, article.body, article.headline_line))
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            DocBin(docs=[doc], store_user_data=True).to_disk(path)
    extraction, _ = extract_document(doc)
    briefing, _ = build_briefing(article, extraction, Registry())
    data = briefing.to_json()
    quotes = [
        {**item, "speaker_start": q.speaker_start, "speaker_end": q.speaker_end}
        for q, item in zip(briefing.extraction.quotes, data["quotes"], strict=True)
    ]
    return article.body, quotes


def offset_map(body: str, text: str) -> list[int] | None:
    """For each body offset (and its end), the text offset: the reader drops a few
    characters (control characters of a mis-decoded page), so the body is the text with
    characters left out. None when it is not."""
    mapping, j = [], 0
    for char in body:
        while j < len(text) and text[j] != char:
            j += 1
        if j == len(text):
            return None
        mapping.append(j)
        j += 1
    mapping.append(j)
    return mapping


def to_text_offsets(body: str, text: str, quotes: list[dict]) -> list[dict] | None:
    """The quotes with their offsets moved from the body into the gold's text."""
    if text.startswith(body):
        return quotes
    mapping = offset_map(body, text)
    if mapping is None:
        return None
    moved = []
    for quote in quotes:
        new = dict(quote)
        for key in ("start", "end", "speaker_start", "speaker_end"):
            if new.get(key) is not None:
                new[key] = mapping[new[key]]
        if new.get("parts"):
            new["parts"] = [[mapping[a], mapping[b]] for a, b in new["parts"]]
        moved.append(new)
    return moved


def read_list(path: Path | None) -> set[str]:
    """Article stems named in a list file (paths such as polnear/train/text/NAME.txt)."""
    if path is None:
        return set()
    return {
        Path(line.strip()).stem
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    }


def table(rows: list[Row]) -> str:
    counts = Counter((row.form, row.result) for row in rows)
    lines = [f"{'form':12s}" + "".join(f"{r:>14s}" for r in RESULTS) + f"{'total':>8s}"]
    for form in FORMS:
        cells = [counts[form, r] for r in RESULTS]
        lines.append(f"{form:12s}" + "".join(f"{c:14d}" for c in cells) + f"{sum(cells):8d}")
    totals = [sum(counts[f, r] for f in FORMS) for r in RESULTS]
    lines.append(f"{'total':12s}" + "".join(f"{c:14d}" for c in totals) + f"{len(rows):8d}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--paths", type=Path, help="score only the articles listed")
    parser.add_argument("--exclude", type=Path, help="skip the articles listed")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--doc-cache", type=Path, help="folder for parsed Docs (one per body)")
    parser.add_argument("--dump", type=Path, help="write the quotes to read here")
    parser.add_argument("--json", action="store_true", help="print the counts as JSON")
    args = parser.parse_args(argv)

    from generator.running.nlp import load_model

    wanted, skipped = read_list(args.paths), read_list(args.exclude)
    items = [
        item
        for item in articles(args.corpus, args.split)
        if (not args.paths or item[0] in wanted) and item[0] not in skipped
    ]
    if args.limit:
        items = items[: args.limit]
    nlp = load_model()
    started = time.perf_counter()
    rows: list[Row] = []
    for name, text_path, ann in items:
        body, quotes = published_quotes(text_path, nlp, args.doc_cache)
        text = text_path.open(encoding="utf-8", newline="").read()
        quotes = to_text_offsets(body, text, quotes)
        if quotes is None:
            print(f"{name}: body not a subsequence of the text, skipped", file=sys.stderr)
            continue
        rows.extend(score_quotes(name, text, quotes, read_gold(ann, text)))
    elapsed = time.perf_counter() - started
    counts = Counter((row.form, row.result) for row in rows)
    if args.json:
        print(json.dumps({f"{f}/{r}": counts[f, r] for f in FORMS for r in RESULTS}))
    else:
        print(f"code: {Path(generator.__file__).parent}")
        print(f"PolNeAR {args.split}: {len(items)} articles, {len(rows)} quotes, {elapsed:.0f} s")
        print(table(rows))
    if args.dump:
        lines = [
            f"{row.form}\t{row.result}\t{row.article}\tgold={row.source!r}\tours={row.speaker!r}"
            f"\tmention={row.mention!r}\trule={row.rule}\t{row.kind}\t{row.sentence}"
            for row in rows
            if row.result not in ("agree", "empty")
        ]
        args.dump.write_text("\n".join(sorted(lines)) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
