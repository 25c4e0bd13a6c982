"""Derive the given-name list of generator/extract/given_names.py from news text.

A word is a given name when news writing pairs it, in full names, with several
different surnames that the same articles also use alone for a person ("Tony Blair" ...
"Mr Blair" / "Blair said"). The sources are PolNeAR train (never dev) and the BBC
articles outside the editor's review annotations (never its MEASURE or TUNE parts).
No text is copied: only the words that pass, with no count or context.

A capitalised word before a surname is a given name only if it pairs with at least
`--min-surnames` different surnames, is not a stop word, a title, a month or a day,
and is written in lower case less often than capitalised over the whole corpus ("When
Blair", "President Bush" and "Yesterday Brown" do not pass). A word seen with one
surname only must also be no English word (the model's lemma index), no country or
region (ISO 3166), no plural and never a surname used alone itself ("Blair", "Texas",
"German"), and its surname must follow "Mr", "Mrs", "Ms" or "Dr" somewhere.

Usage:
    python benchmarks/given_names.py [--corpus ../shared/corpus] [--min-surnames 1]
        [--write generator/extract/given_names.py]
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.extract.actors import (  # noqa: E402
    HONORIFICS,
    KNOWN_PLACES,
    STYLE_TITLES,
    TITLE_WORDS,
    dictionary_words,
    gazetteer,
)
from generator.extract.words import word_set  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
TARGET = REPO / "generator" / "extract" / "given_names.py"
ANNOTATIONS = REPO / "benchmarks" / "annotations" / "editor"

CAPITALISED = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
HONORIFIC = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+({CAPITALISED})\b")
WORD = re.compile(r"[A-Za-z]+")
CALENDAR = word_set(
    "january february march april may june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday"
)


def texts(corpus: Path) -> Iterator[str]:
    """PolNeAR train texts, then BBC articles not annotated for the editor's review."""
    excluded = {
        line[2:].strip()
        for line in (ANNOTATIONS / "SPLIT.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("- ")
    }
    for path in sorted((corpus / "polnear" / "train" / "text").glob("*.txt")):
        yield path.read_text(encoding="utf-8", errors="replace")
    for path in sorted((corpus / "bbc").glob("*/*.txt")):
        if str(path.relative_to(corpus)) not in excluded:
            yield path.read_bytes().decode("utf-8", errors="replace")


def surnames_alone(text: str) -> set[str]:
    """Surnames the article uses alone for a person: after an honorific, or as the
    subject of "said"/"says"/"told" ("Blair said", "said Blair")."""
    found = {m.group(1) for m in HONORIFIC.finditer(text)}
    found.update(re.findall(rf"(?<![A-Za-z] )\b({CAPITALISED}) (?:said|says|told)\b", text))
    found.update(re.findall(rf"\b(?:said|says) ({CAPITALISED})[.,]", text))
    return found


def derive(corpus: Path, min_surnames: int) -> list[str]:
    """The given names of the corpus, sorted."""
    pairs: dict[str, set[str]] = defaultdict(set)
    surnames: set[str] = set()
    titled: set[str] = set()  # surnames seen after "Mr", "Mrs", "Ms", "Dr"
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    stop = _stop_words()
    for text in texts(corpus):
        for word in WORD.findall(text):
            (upper if word[0].isupper() else lower)[word.casefold()] += 1
        alone = surnames_alone(text)
        surnames.update(alone)
        titled.update(m.group(1) for m in HONORIFIC.finditer(text))
        if not alone:
            continue
        surname = "|".join(sorted(map(re.escape, alone)))
        for m in re.finditer(rf"\b({CAPITALISED}) (?:[A-Z]\. )?({surname})\b", text):
            pairs[m.group(1)].add(m.group(2))
    english = frozenset().union(*dictionary_words().values())
    names = []
    for word, paired in pairs.items():
        key = word.casefold()
        if len(paired) < 2 and (
            key in english
            or key in gazetteer()
            or word in surnames
            or word.endswith("s")
            or not paired & titled
        ):
            continue
        if (
            len(paired) < min_surnames
            or key in stop
            or key in TITLE_WORDS
            or key in HONORIFICS
            or key in STYLE_TITLES
            or key in CALENDAR
            or key in KNOWN_PLACES
            or lower[key] >= upper[key]
        ):
            continue
        names.append(word)
    return sorted(names)


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def module_text(names: list[str], min_surnames: int) -> str:
    """The generated module: a docstring saying where the list comes from, and the list."""
    lines, line = [], ""
    for name in names:
        if len(line) + len(name) + 1 > 88:
            lines.append(line)
            line = ""
        line = f"{line} {name}" if line else name
    if line:
        lines.append(line)
    body = "\n".join(f"    {line}" for line in lines)
    return (
        '"""Given names, derived by benchmarks/given_names.py: do not edit by hand.\n\n'
        "Words that news writing pairs, in full names, with surnames that the same\n"
        "articles also use alone for a person (PolNeAR train, BBC outside the editor's\n"
        f"review annotations): at least {min_surnames} surname(s), and with one only, "
        "one titled\nsurname, no English word, country, region, plural or surname.\n"
        "Run the script again to regenerate.\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from generator.extract.words import word_set\n\n"
        "GIVEN_NAMES = word_set(\n"
        '    """\n'
        f"{body}\n"
        '    """\n'
        ")\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-surnames", type=int, default=1)
    parser.add_argument("--write", type=Path, help=f"write the module (e.g. {TARGET})")
    args = parser.parse_args(argv)
    names = derive(args.corpus, args.min_surnames)
    if args.write:
        args.write.write_text(module_text(names, args.min_surnames), encoding="utf-8")
        print(f"{len(names)} given names written to {args.write}")
    else:
        print(" ".join(names))
        print(f"{len(names)} given names", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
