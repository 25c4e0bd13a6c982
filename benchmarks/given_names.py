"""Derive the given-name list of generator/extract/given_names.py from news text.

A word is a given name when news writing pairs it, in full names, with several
different surnames that the same articles also use alone for a person ("Tony Blair" ...
"Mr Blair" / "Blair said"). The sources are PolNeAR train (never dev) and the BBC
articles, both outside the editor's review annotations (never its MEASURE or TUNE
parts).
No text is copied: only the words that pass, with no count or context.

A capitalised word before a surname is a given name only if it pairs with at least
`--min-surnames` different surnames, is not a stop word, a title, a month or a day,
and is written in lower case less often than capitalised over the whole corpus ("When
Blair", "President Bush" and "Yesterday Brown" do not pass). A word seen with one
surname only must also be no English word (the model's lemma index), no country or
region (ISO 3166), no plural and never a surname used alone itself ("Blair", "Texas",
"German"), and its surname must follow "Mr", "Mrs", "Ms" or "Dr" somewhere.

LISTED_GIVEN_NAMES widens the list with the given names of Faker's person providers
(the `faker` package, maintained, MIT: per-locale lists of first names that it
generates people from; `pip install -e .[names]`): a word of three letters or more
listed by at least `--min-locales` locales, in Latin letters, that the corpus writes
capitalised at least once and more often than in lower case, that stands before
another capitalised word at least half the times it is written (as a given name stands
before a surname; "Mercedes", "Neville" mostly stand alone) unless it stands alone
fewer than three times, and that is no English word ("Will", "Rose", "King", and
WordNet's "Santa", "Isis", "Corona"), place, organisation or place word, title, stop
word, month or day, and no surname that two articles or more use alone ("Mr Morgan",
"Spencer said": "Morgan Stanley", "Marks & Spencer"). Two locales, because one
locale's list holds surnames and common words too. They are weaker evidence than the
corpus rule: the extractor uses them only for full names ("Sophie Dahl" is a person;
"Defender Sylvain Distin" is Sylvain Distin).

A given name is also male (or female) when, in at least `--min-sexed` articles, it is
the only given name the article pairs with a surname that the same article writes
after "Mr" (or after "Mrs", "Ms", "Miss") and never after the other kind, and no
article shows it the other way ("Michael Howard" ... "Mr Howard"). Merges use it to
keep "Mrs Howard" apart from Michael Howard. Two more kinds of article vote for a sex:
one that writes the given name right after a word of kin of one sex, as an apposition
("his wife, Melania", "daughter Ivanka"; not "Like her husband, Nancy was"), and one
that writes a surname after both titles and pairs it with two given names, one of them
already of one sex by the votes (a couple: "Bill" and "Hillary"), for the other one.

LISTED_MALE_GIVEN_NAMES and LISTED_FEMALE_GIVEN_NAMES (a module of their own,
`--write-sexes`, so that the lists above stay as committed) widen the sexes with
Faker's `first_names_male` / `first_names_female`: a word of three letters or more is
male (female) when at least `--min-sexed-locales` locales list it as male (female), one
of them English-speaking ("en", "en_GB", ...: the corpus is English news) or else the
corpus votes for that sex in `--min-sexed` articles ("Melania": Spanish, Italian,
Polish and Romanian locales, and "his wife, Melania" in PolNeAR), no locale lists it as
female (male), the corpus votes for the other sex at most a third as often as for its
own (one stray vote, "Michelle Obama" beside "Mr. Obama" where Barack Obama is never
named in full, does not undo three), it is no place and no noun of nationality
("German", "Finn": data/nationalities.toml's nouns), and it is written capitalised
more often than in lower case (or, absent, is no English word) ("Martha",
"Melanie"; not "Jean", "Andrea", "Kelly", "Robin", which some locale lists for the
other sex, nor "Lane", male in "en" only). Three locales, because one locale's list
holds odd entries ("Lane") and two often come from one language ("de_DE", "de_AT").

The output is reproducible: it depends on the corpus, the code of the lists it reads
(actors, the model's lemma index, pycountry), the editor's review articles it leaves
out (SPLIT.md) and Faker's release. The release is pinned in pyproject.toml (the
`names` extra); `--write` and `--check` refuse another one. The module written records
the release and how many review articles were left out, with a digest of their list,
so that a drift is seen; `--check` derives the lists again and says whether the
committed module is what the script writes now.

Usage:
    pip install -e ".[names]"
    python benchmarks/given_names.py [--corpus ../shared/corpus] [--min-surnames 1]
        [--min-sexed 2] [--min-locales 2] [--min-sexed-locales 3]
        [--write generator/extract/given_names.py | --check generator/extract/given_names.py
         | --write-sexes generator/extract/given_name_sexes.py | --check-sexes ...]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import pkgutil
import re
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from generator.extract.actors import HONORIFICS, KNOWN_PLACES, STYLE_TITLES, TITLE_WORDS, gazetteer  # noqa: E402
from generator.extract.actors.lexicon import ORG_WORDS, PLACE_HEAD_WORDS  # noqa: E402
from generator.extract.actors.vocabulary import dictionary_words  # noqa: E402
from generator.extract.nationalities import DEMONYM_NOUNS  # noqa: E402
from generator.extract.speakers.lexicon import FEMALE_KIN_WORDS, MALE_KIN_WORDS  # noqa: E402
from generator.extract.words import word_lists  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
TARGET = REPO / "generator" / "extract" / "given_names.py"
SEXES_TARGET = REPO / "generator" / "extract" / "given_name_sexes.py"
ANNOTATIONS = REPO / "benchmarks" / "annotations" / "editor"

CAPITALISED = r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?"
HONORIFIC = re.compile(rf"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+({CAPITALISED})\b")
MALE_HONORIFIC = re.compile(rf"\bMr\.?\s+({CAPITALISED})\b")
FEMALE_HONORIFIC = re.compile(rf"\b(?:Mrs|Ms|Miss)\.?\s+({CAPITALISED})\b")
WORD = re.compile(r"[A-Za-z]+")
TITLE_CASE = re.compile(r"(?<![A-Za-z'\u2019])[A-Z][a-z]+\b")  # not "Connor" of "O'Connor"
LEADING = re.compile(rf"(?<![A-Za-z'\u2019])([A-Z][a-z]+)(?=\s+(?:[A-Z]\.\s+)?{CAPITALISED}\b)")
CALENDAR = word_lists("calendar")["month_names"] | word_lists("calendar")["weekdays"]
# a word of kin of one sex and the given name it introduces ("his wife, Melania"), not
# followed by a word in lower case: "Like her husband, Nancy was ..." opens a clause,
# "its sister Xiluodu dam" names a thing
KIN_NAMED = re.compile(
    rf"\b({'|'.join(sorted(MALE_KIN_WORDS | FEMALE_KIN_WORDS))}),? ({CAPITALISED})\b"
    r"(?!\s+[a-z])"
)


def review_articles() -> list[str]:
    """The corpus paths of the editor's review articles (SPLIT.md), sorted."""
    return sorted(
        line[2:].strip()
        for line in (ANNOTATIONS / "SPLIT.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("- ")
    )


def review_digest() -> str:
    """How many review articles there are and 12 hex digits of their list: the lists
    change when an article joins the review (its text is left out from then on)."""
    articles = review_articles()
    digest = hashlib.sha256("\n".join(articles).encode()).hexdigest()[:12]
    return f"{len(articles)} editor's review articles left out, list sha256 {digest}"


def texts(corpus: Path) -> Iterator[str]:
    """PolNeAR train texts, then BBC articles, neither annotated for the editor's review
    (its MEASURE part holds PolNeAR train texts: a list derived from them would carry
    their names into the rules it is measured on)."""
    excluded = set(review_articles())
    for path in sorted((corpus / "polnear" / "train" / "text").glob("*.txt")):
        if str(path.relative_to(corpus)) not in excluded:
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


def derive(
    corpus: Path,
    min_surnames: int,
    min_sexed: int = 2,
    min_locales: int = 2,
    min_sexed_locales: int = 3,
) -> dict[str, list[str]]:
    """The given names of the corpus ("all"), the male and female ones, the listed
    ones that the corpus does not contradict ("listed"), and the listed male and
    female ones ("listed_male", "listed_female"), sorted."""
    pairs: dict[str, set[str]] = defaultdict(set)
    sexed: dict[str, Counter[str]] = defaultdict(Counter)
    surnames: set[str] = set()
    alone_in: Counter[str] = Counter()  # articles that use the word alone as a surname
    titled: set[str] = set()  # surnames seen after "Mr", "Mrs", "Ms", "Dr"
    couples: list[tuple[str, ...]] = []  # two given names of a surname after Mr and Mrs
    lower: Counter[str] = Counter()
    upper: Counter[str] = Counter()
    titles: Counter[str] = Counter()  # words written in capitals and small letters
    leading: Counter[str] = Counter()  # of those, words before another such word
    stop = _stop_words()
    read = 0
    for text in texts(corpus):
        read += 1
        for word in WORD.findall(text):
            (upper if word[0].isupper() else lower)[word.casefold()] += 1
        titles.update(word.casefold() for word in TITLE_CASE.findall(text))
        leading.update(m.group(1).casefold() for m in LEADING.finditer(text))
        alone = surnames_alone(text)
        surnames.update(alone)
        alone_in.update(alone)
        titled.update(m.group(1) for m in HONORIFIC.finditer(text))
        for word, sex in _kin_named(text, stop).items():
            sexed[word][sex] += 1
        if not alone:
            continue
        surname = "|".join(sorted(map(re.escape, alone)))
        given_of: dict[str, set[str]] = defaultdict(set)
        for m in re.finditer(rf"\b({CAPITALISED}) (?:[A-Z]\. )?({surname})\b", text):
            pairs[m.group(1)].add(m.group(2))
            given_of[m.group(2)].add(m.group(1))
        male = {m.group(1) for m in MALE_HONORIFIC.finditer(text)}
        female = {m.group(1) for m in FEMALE_HONORIFIC.finditer(text)}
        for surname, found in given_of.items():
            givens = {g for g in found if _may_be_given(g, stop)}
            if len(givens) == 1 and (surname in male) != (surname in female):
                sexed[next(iter(givens))]["m" if surname in male else "f"] += 1
            elif len(givens) == 2 and surname in male and surname in female:
                couples.append(tuple(sorted(givens)))
    if not read:
        raise SystemExit(f"no PolNeAR train or BBC text under {corpus}: pass --corpus")
    _vote_couples(sexed, couples, min_sexed)
    english = frozenset().union(*dictionary_words().values())
    names = []
    sexed_names = [w for w in sexed if lower[w.casefold()] < upper[w.casefold()]]
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
    male = {w for w in sexed_names if sexed[w]["m"] >= min_sexed and not sexed[w]["f"]}
    female = {w for w in sexed_names if sexed[w]["f"] >= min_sexed and not sexed[w]["m"]}
    candidates = {w for w, locales in faker_given_names().items() if len(locales) >= min_locales}
    listed = [
        word
        for word in candidates
        if len(word) >= 3  # "Jo", "Bo": short words are more often something else
        and word not in names
        and alone_in[word] < 2
        and upper[word.casefold()] > 0
        and lower[word.casefold()] < upper[word.casefold()]
        and _leads(leading[word.casefold()], titles[word.casefold()])
        and word.casefold() not in english
        and word.casefold() not in gazetteer()
        and word.casefold() not in ORG_WORDS
        and word.casefold() not in PLACE_HEAD_WORDS
        and _may_be_given(word, stop)
    ]
    sexes = {}
    for sex, other in (("m", "f"), ("f", "m")):
        sexes[sex] = sorted(
            word
            for word in faker_sexed_names(sex, other, min_sexed_locales, sexed, min_sexed)
            if _outvoted(sexed[word], sex, other)
            and _name_more_than_word(word, lower, upper, english)
            and word.casefold() not in gazetteer()
            and word.casefold() not in DEMONYM_NOUNS
            and _may_be_given(word, stop)
        )
    return {
        "all": sorted(names),
        "listed": sorted(listed),
        "male": sorted(male),
        "female": sorted(female),
        "listed_male": sexes["m"],
        "listed_female": sexes["f"],
    }


def _kin_named(text: str, stop: frozenset[str]) -> dict[str, str]:
    """The given names an article writes right after a word of kin of one sex ("his
    wife, Melania", "daughter Ivanka", "her husband, Bill"), each with that sex; a
    name put after kin words of both sexes tells none."""
    found: dict[str, set[str]] = defaultdict(set)
    for m in KIN_NAMED.finditer(text):
        kin, word = m.group(1).casefold(), m.group(2)
        if _may_be_given(word, stop):
            found[word].add("m" if kin in MALE_KIN_WORDS else "f")
    return {word: next(iter(sexes)) for word, sexes in found.items() if len(sexes) == 1}


def _vote_couples(
    sexed: dict[str, Counter[str]], couples: list[tuple[str, ...]], min_sexed: int
) -> None:
    """Votes of husbands and wives: an article that writes a surname after "Mr" and
    after "Mrs" (or "Ms", "Miss") and pairs it with two given names names a couple
    ("Donald Trump", "Melania Trump", "Mr. Trump", "Mrs. Trump"); when one of the two
    is already of one sex by the articles' votes (at least `min_sexed`, never the other
    way), the other, of no sex yet, gets a vote for the other sex. A name with a sex of
    its own is left as it is (a son beside his father and mother: "Eric Trump")."""
    known = {
        word: sex
        for word, votes in sexed.items()
        for sex, other in (("m", "f"), ("f", "m"))
        if votes[sex] >= min_sexed and not votes[other]
    }
    for pair in couples:
        for one, two in (pair, pair[::-1]):
            if one in known and two not in known and not sexed[two]:
                sexed[two]["f" if known[one] == "m" else "m"] += 1


def _outvoted(votes: Counter[str], sex: str, other: str) -> bool:
    """Whether the corpus's votes leave a listed sex standing: the other sex has none,
    or at most a third as many ("Michelle Obama" beside "Mr. Obama" in an article that
    never names Barack Obama in full is one vote for "Michelle" as a man, against three
    for a woman)."""
    return votes[other] * 3 <= votes[sex]


def _leads(leading: int, written: int) -> bool:
    """Whether a word stands before another capitalised word at least half of the times
    it is written, or stands alone fewer than three times (too few to tell)."""
    return leading * 2 >= written or written - leading < 3


def faker_given_names() -> dict[str, set[str]]:
    """Given names of Faker's person providers in Latin letters, each with the locales
    that list it ("Sophie": de_DE, fr_FR, en, ...); empty without Faker."""
    try:
        from faker.providers import person
    except ImportError:
        print("faker is not installed: no listed given names", file=sys.stderr)
        return {}
    found: dict[str, set[str]] = defaultdict(set)
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female"):
            names = vars(provider).get(attr) or ()
            for name in names if not isinstance(names, property) else ():
                if re.fullmatch(CAPITALISED, name):
                    found[name].add(module.name)
    return found


def _name_more_than_word(
    word: str, lower: Counter[str], upper: Counter[str], english: frozenset[str]
) -> bool:
    """Whether a listed word is a name more than a word: the corpus writes it
    capitalised more often than in lower case ("Sarah", "Nancy", "John", which WordNet
    holds as names too; not "Grace", "Faith", "Summer"), or, never writing it
    capitalised, it is no English word."""
    key = word.casefold()
    return lower[key] < upper[key] or (not upper[key] and key not in english)


def faker_sexed_names(
    sex: str,
    other: str,
    min_locales: int,
    sexed: dict[str, Counter[str]] | None = None,
    min_sexed: int = 2,
) -> set[str]:
    """Words of three letters or more that at least `min_locales` of Faker's person
    providers list as given names of `sex` ("m" or "f"), one of them an English-speaking
    locale or, failing that, backed by at least `min_sexed` of the corpus's votes for
    that sex ("Melania": Spanish, Italian, Polish and Romanian locales, and the wife of
    "Mr. Trump" in PolNeAR), and that no provider lists for the `other` sex; empty
    without Faker."""
    lists = _faker_sexed_lists()
    return {
        word
        for word, locales in lists[sex].items()
        if len(word) >= 3
        and len(locales) >= min_locales
        and (
            any(locale == "en" or locale.startswith("en_") for locale in locales)
            or (sexed is not None and sexed[word][sex] >= min_sexed)
        )
        and word not in lists[other]
    }


def _faker_sexed_lists() -> dict[str, dict[str, set[str]]]:
    """Faker's male ("m") and female ("f") given names in Latin letters, each with the
    locales that list it so (`first_names_male`, `first_names_female`)."""
    found: dict[str, dict[str, set[str]]] = {"m": defaultdict(set), "f": defaultdict(set)}
    try:
        from faker.providers import person
    except ImportError:
        print("faker is not installed: no listed sexes", file=sys.stderr)
        return found
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        for attr, sex in (("first_names_male", "m"), ("first_names_female", "f")):
            names = vars(provider).get(attr) or ()
            for name in names if not isinstance(names, property) else ():
                if re.fullmatch(CAPITALISED, name):
                    found[sex][name].add(module.name)
    return found


def _may_be_given(word: str, stop: frozenset[str]) -> bool:
    """A capitalised word before a surname that may be a given name: no honorific,
    title, stop word, month, day or known place ("Mr Howard", "The Howard")."""
    key = word.casefold()
    return not (
        key in stop
        or key in TITLE_WORDS
        or key in HONORIFICS
        or key in STYLE_TITLES
        or key in CALENDAR
        or key in KNOWN_PLACES
    )


def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


def _word_set(variable: str, names: list[str]) -> str:
    """One `NAME = word_set(...)` assignment, wrapped at 88 columns."""
    lines, line = [], ""
    for name in names:
        if len(line) + len(name) + 1 > 84:
            lines.append(line)
            line = ""
        line = f"{line} {name}" if line else name
    if line:
        lines.append(line)
    body = "\n".join(f"    {line}" for line in lines)
    return f'{variable} = word_set(\n    """\n{body}\n    """\n)\n'


def module_text(
    names: dict[str, list[str]], min_surnames: int, min_sexed: int = 2, min_locales: int = 2
) -> str:
    """The generated module: a docstring saying where the lists come from, and the lists."""
    return (
        '"""Given names, derived by benchmarks/given_names.py: do not edit by hand.\n\n'
        "Words that news writing pairs, in full names, with surnames that the same\n"
        "articles also use alone for a person (PolNeAR train, BBC outside the editor's\n"
        f"review annotations): at least {min_surnames} surname(s), and with one only, "
        "one titled\nsurname, no English word, country, region, plural or surname.\n"
        "MALE_GIVEN_NAMES and FEMALE_GIVEN_NAMES: given names that, in at least\n"
        f"{min_sexed} articles and never the other way, are the only given name of a surname\n"
        'the article writes after "Mr" (or "Mrs", "Ms", "Miss").\n'
        "LISTED_GIVEN_NAMES: other given names that Faker's person providers list in at\n"
        f"least {min_locales} locales, written capitalised in the corpus,\n"
        "and no English word, place, organisation word or surname the corpus uses alone;\n"
        "weaker evidence, used where a name's type is decided.\n"
        f"Made with {_faker_version()}; {review_digest()}.\n"
        "Run the script again to regenerate (--check: is this what it writes now?).\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from generator.extract.words import word_set\n\n"
        + _word_set("GIVEN_NAMES", names["all"])
        + "\n"
        + _word_set("MALE_GIVEN_NAMES", names["male"])
        + "\n"
        + _word_set("FEMALE_GIVEN_NAMES", names["female"])
        + "\n"
        + _word_set("LISTED_GIVEN_NAMES", names["listed"])
    )


def sexes_module_text(names: dict[str, list[str]], min_sexed_locales: int = 3) -> str:
    """The generated module of the listed sexes, apart from given_names.py so that
    writing it leaves the corpus-derived lists as they are."""
    return (
        '"""Sexes of given names, derived by benchmarks/given_names.py: do not edit by\n'
        "hand.\n\n"
        "LISTED_MALE_GIVEN_NAMES and LISTED_FEMALE_GIVEN_NAMES: words that at least\n"
        f"{min_sexed_locales} of Faker's person locales list as given names of one sex, one of\n"
        "them English-speaking (or else with the corpus's votes for that sex), that no\n"
        "locale lists for the other sex and that the corpus votes for the other sex at\n"
        "most a third as often as for its own (the only given name of a surname written\n"
        'after a title of one sex, "Mr"; "Mrs", "Ms", "Miss"; a name after a word of kin,\n'
        '"his wife, Melania"; the other half of a couple); no place or nationality, and\n'
        "written capitalised more often than in lower case (absent: no English word).\n"
        "They widen MALE_GIVEN_NAMES and FEMALE_GIVEN_NAMES of given_names.py.\n"
        f"Made with {_faker_version()}; {review_digest()}.\n"
        "Run the script again to regenerate (--check-sexes: is this what it writes now?).\n"
        '"""\n\n'
        "from __future__ import annotations\n\n"
        "from generator.extract.words import word_set\n\n"
        + _word_set("LISTED_MALE_GIVEN_NAMES", names["listed_male"])
        + "\n"
        + _word_set("LISTED_FEMALE_GIVEN_NAMES", names["listed_female"])
    )


def _faker_version() -> str:
    """ "Faker 40.63.0", or "no Faker" when it is not installed."""
    try:
        import faker
    except ImportError:
        return "no Faker"
    return f"Faker {faker.VERSION}"


def pinned_faker() -> str:
    """The Faker release the `names` extra of pyproject.toml pins ("Faker 40.63.0"):
    the one place the version is written."""
    with (REPO / "pyproject.toml").open("rb") as f:
        extra = tomllib.load(f)["project"]["optional-dependencies"]["names"]
    pins = [spec.split("==", 1)[1] for spec in extra if spec.startswith("faker==")]
    return f"Faker {pins[0]}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--min-surnames", type=int, default=1)
    parser.add_argument("--min-sexed", type=int, default=2)
    parser.add_argument("--min-locales", type=int, default=2)
    parser.add_argument("--min-sexed-locales", type=int, default=3)
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--write", type=Path, help=f"write the module (e.g. {TARGET})")
    target.add_argument(
        "--check",
        type=Path,
        help=f"exit 1 unless the module (e.g. {TARGET}) is what --write writes",
    )
    target.add_argument(
        "--write-sexes", type=Path, help=f"write the listed sexes (e.g. {SEXES_TARGET})"
    )
    target.add_argument(
        "--check-sexes",
        type=Path,
        help=f"exit 1 unless the module (e.g. {SEXES_TARGET}) is what --write-sexes writes",
    )
    args = parser.parse_args(argv)
    writing = args.write or args.check or args.write_sexes or args.check_sexes
    if writing and _faker_version() != pinned_faker():
        print(
            f"{_faker_version()} is installed, the lists are made with {pinned_faker()}: "
            'pip install -e ".[names]"',
            file=sys.stderr,
        )
        return 2
    names = derive(
        args.corpus, args.min_surnames, args.min_sexed, args.min_locales, args.min_sexed_locales
    )
    if args.write_sexes or args.check_sexes:
        return _write_or_check(
            sexes_module_text(names, args.min_sexed_locales),
            args.write_sexes,
            args.check_sexes,
        )
    text = module_text(names, args.min_surnames, args.min_sexed, args.min_locales)
    if args.write:
        args.write.write_text(text, encoding="utf-8")
        print(f"{len(names['all'])} given names written to {args.write}")
    elif args.check:
        committed = args.check.read_text(encoding="utf-8")
        if committed == text:
            print(f"{args.check}: as derived")
            return 0
        made = [line for line in committed.splitlines() if line.startswith("Made with")]
        print(f"{args.check}: differs from what --write writes", file=sys.stderr)
        recorded = made[0] if made else "no record of how it was made"
        print(f"  committed: {recorded}", file=sys.stderr)
        print(f"  now:       Made with {_faker_version()}; {review_digest()}.", file=sys.stderr)
        return 1
    else:
        for kind in ("all", "male", "female", "listed", "listed_male", "listed_female"):
            print(f"{kind}: {' '.join(names[kind])}")
        print(f"{len(names['all'])} given names", file=sys.stderr)
    return 0


def _write_or_check(text: str, write: Path | None, check: Path | None) -> int:
    """Write the listed sexes' module to `write`, or say whether `check` holds it."""
    if write:
        write.write_text(text, encoding="utf-8")
        print(f"listed sexes written to {write}")
        return 0
    assert check is not None
    if check.read_text(encoding="utf-8") == text:
        print(f"{check}: as derived")
        return 0
    print(f"{check}: differs from what --write-sexes writes", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
