"""Score `extract_figures` on NewsQuant (value, value+unit, value+concept), and time it.

Usage:
    python benchmarks/figures_newsquant.py [--corpus PATH] [--part all|tune|measure]
        [--dump-errors FILE]
    python benchmarks/figures_newsquant.py --bbc [DIR]   # robustness and throughput

Each record's "text" is parsed with the project model and passed to the extractor.

Matching (one to one, greedy in gold order):
- value: a gold quantity matches an unused predicted figure when the values agree within
  0.5% (corpus README rule; |a - b| <= 0.005 * max(|a|, |b|)). A gold range "a-b" is
  matched only by a predicted range (`value`/`value_max`) whose two ends
  agree within 0.5%, and a gold single value only by a single value, as in CQE's
  `values_match`. Among value matches, the prediction that also agrees on unit and
  concept is preferred.
- value+unit: the value matches and our unit maps to the gold `normalized_unit` through
  UNIT_NAMES below (ISO currency code -> "dollar", "euro"...; "%" -> "percentage";
  "km" -> "kilometre"; "USD/barrel" -> "dollar per barrel"...). Where we give no unit
  (a count: "13,000 workers"), it matches a gold unit that is "-" or a counted noun
  (any gold unit that is not a unit of measure or currency, e.g. "worker"). "years"
  also matches "year of age", "pence" also matches "point" (NewsQuant's reading of "p").
- value+concept (partial): the value matches and the predicted `counts` shares at least
  one content word with the gold `referred_concepts`. Words are compared lowercased,
  without punctuation and possessive "'s", lemma-insensitively (a small suffix
  normaliser: "companies" = "company", "workers" = "worker"), stop words ignored.
  A gold concept "-" (annotators found none besides the unit) is matched when we give
  no `counts` or our `counts` shares a content word with the gold unit ("one solution":
  counts "solution").

How this differs from CQE's scorer (satya77/CQE_Evaluation, evaluate_models.py):
CQE compares values with numpy.isclose (rtol 1e-5), we use 0.5%; CQE lets one prediction
match several gold quantities for value (it only consumes a prediction on a unit match),
we match one to one, which is stricter; CQE splits gold concepts on commas and spaces and
needs one exact lowercase token in common (its "-" matches a predicted "-"), we compare
content words lemma-insensitively. CQE's concept is often the entity the quantity is
about ("Dell" for "6,650 employees"); our `counts` is what is counted with its owner in
brackets ("employees (Dell)"), so both can meet a gold concept. The line
"value+concept/unit" also accepts overlap with the gold unit when it is a counted noun.
The line "value+concept CQE-tok" applies CQE's own token test on top of our one-to-one
value matching, for comparison: gold split on commas and spaces, our `counts` split on
spaces, commas and brackets, one exact lowercase token in common (no lemmas, stop words
count), and a gold "-" matched only by a figure with no `counts` (CQE's "-"). The
headline value+concept line stays the rule above; it is not tuned to the result.

Parts: `tune` is the even-numbered records of the file, `measure` the odd-numbered
ones; rules are tuned on the first and only measured on the second (`all`, the default,
scores both, as the numbers in README were reported). After the totals, the script
prints precision per rule (each figure's `rule`, "<reader>.<kind>/<counts rule>"): per
reader and kind, the share of predicted figures whose value matches a gold quantity;
per counts rule, the share of value-matched figures whose `counts` matches the gold
concept. A rule that does more harm than good shows as a low precision.

NewsQuant annotates every quantity, durations and ages included, so the extractor is
scored with `minor=True` (every quantity it reads); `--key-only` scores only the key
figures a briefing publishes, which leave out durations, ages, vague amounts and
repeats on purpose.

The --bbc mode parses every BBC article once with nlp.pipe, timing the parse and the
extractor separately in the same run, and reports failures (exceptions), time, and the
throughput of parse alone versus parse + extraction in tokens per second.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import traceback
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from spacy.lang.en.stop_words import STOP_WORDS  # noqa: E402

from generator.extract.figures import extract_figures  # noqa: E402
from generator.model import Figure  # noqa: E402
from generator.running.nlp import load_model  # noqa: E402

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "newsquant" / "NewsQuant-dev.json"
DEFAULT_BBC = REPO.parent / "shared" / "corpus" / "bbc"
TOLERANCE = 0.005

CURRENCY_NAMES = {
    "USD": "dollar",
    "GBP": "pound sterling",
    "EUR": "euro",
    "JPY": "japanese yen",
    "AUD": "australian dollar",
    "CAD": "canadian dollar",
    "NZD": "new zealand dollar",
    "HKD": "hong kong dollar",
    "SGD": "singapore dollar",
    "ILS": "shekel",
    "MYR": "malaysian ringgit",
    "DKK": "danish krone",
    "SEK": "swedish krona",
    "NOK": "norwegian krone",
    "CHF": "swiss franc",
    "CNY": "chinese yuan",
    "INR": "indian rupee",
    "HRK": "croatian kuna",
    "KRW": "south korean won",
    "TRY": "turkish lira",
    "ZAR": "south african rand",
    "RUB": "russian ruble",
    # the currencies written with their country in data/figures.toml
    "EGP": "egyptian pound",
    "IEP": "irish pound",
    "SYP": "syrian pound",
    "LBP": "lebanese pound",
    "CYP": "cypriot pound",
    "SDP": "sudanese pound",
    "MTL": "maltese pound",
    "ZWD": "zimbabwean dollar",
    "BND": "brunei dollar",
    "JMD": "jamaican dollar",
    "FJD": "fijian dollar",
    "BSD": "bahamian dollar",
    "BBD": "barbadian dollar",
    "TTD": "trinidad and tobago dollar",
    "LRD": "liberian dollar",
    "DEM": "german mark",
    "FIM": "finnish markka",
    "ITL": "italian lira",
    "ESP": "spanish peseta",
    "NLG": "dutch guilder",
    "ATS": "austrian schilling",
    "cents": "cent",
    "pence": "penny",
    "sen": "sen",
}
UNIT_NAMES = {
    **CURRENCY_NAMES,
    "%": "percentage",
    "pp": "percentage point",
    "bp": "basis point",
    "points": "point",
    "times": "count",
    "km": "kilometre",
    "m": "metre",
    "cm": "centimetre",
    "mm": "millimetre",
    "nm": "nanometre",
    "μm": "micrometre",
    "miles": "mile",
    "nmi": "nautical mile",
    "ft": "foot",
    "in": "inch",
    "yd": "yard",
    "sq km": "square kilometre",
    "sq miles": "square mile",
    "sq m": "square metre",
    "sq ft": "square foot",
    "acres": "acre",
    "ha": "hectare",
    "cu ft": "cubic foot",
    "l": "litre",
    "ml": "millilitre",
    "gallons": "gallon",
    "barrels": "barrel",
    "barrels/day": "barrel per day",
    "kg": "kilogram",
    "g": "gram",
    "mg": "milligram",
    "lb": "pound-mass",
    "oz": "ounce",
    "tonnes": "metric ton",
    "tons": "ton",
    "long tons": "long ton",
    "gross tons": "gross ton",
    "dwt": "deadweight ton",
    "mph": "mile per hour",
    "km/h": "kilometre per hour",
    "mpg": "mile per gallon",
    "rpm": "revolutions per minute",
    "°C": "celsius",
    "°F": "fahrenheit",
    "degrees": "degree",
    "W": "watt",
    "kW": "kilowatt",
    "MW": "megawatt",
    "GW": "gigawatt",
    "kWh": "kilowatt hour",
    "MWh": "megawatt hour",
    "GWh": "gigawatt hour",
    "mAh": "milliampere-hour",
    "V": "volt",
    "Hz": "hertz",
    "GHz": "gigahertz",
    "GB": "gigabyte",
    "TB": "terabyte",
    "dB": "decibel",
    "ppb": "parts-per-billion",
    "ppm": "parts-per-million",
    "GPa": "gigapascal",
    "hp": "horsepower",
    "bhp": "brake horsepower",
    "Nm": "newton metre",
    "lb-ft": "pound-foot",
    "years": "year",
    "months": "month",
    "weeks": "week",
    "days": "day",
    "hours": "hour",
    "minutes": "minute",
    "seconds": "second",
    "share": "share",
    "barrel": "barrel",
    "month": "month",
    "year": "year",
    "day": "day",
}
EXTRA_UNIT_MATCHES = {
    "years": {"year of age"},
    "months": {"month of age"},
    "pence": {"point", "pence"},
    "pp": {"percentage"},
    "lb-ft": {"foot pound-force"},
    "degrees": {"celsius", "fahrenheit"},
    "tonnes": {"tonne"},
}
KNOWN_GOLD_UNITS = set(UNIT_NAMES.values()) | {u for s in EXTRA_UNIT_MATCHES.values() for u in s}


def unit_names(unit: str | None) -> set[str]:
    """The NewsQuant normalised unit names our unit may stand for."""
    if unit is None:
        return set()
    if "/" in unit:
        top, bottom = unit.split("/", 1)
        return {f"{t} per {b}" for t in unit_names(top) for b in unit_names(bottom) | {bottom}}
    return {UNIT_NAMES.get(unit, unit.lower())} | EXTRA_UNIT_MATCHES.get(unit, set())


def unit_matches(unit: str | None, gold_unit: str) -> bool:
    """value+unit rule (see module docstring)."""
    gold_unit = gold_unit.strip().lower()
    if unit is None:
        return gold_unit == "-" or (gold_unit not in KNOWN_GOLD_UNITS and not _is_rate(gold_unit))
    return gold_unit in unit_names(unit)


def _is_rate(gold_unit: str) -> bool:
    return " per " in gold_unit and gold_unit.split(" per ")[0] in KNOWN_GOLD_UNITS


def content_words(text: str | None) -> set[str]:
    """Lowercased, lemma-normalised content words of a phrase."""
    if not text:
        return set()
    words = re.findall(
        r"[a-z0-9][a-z0-9\-]*", text.lower().replace("\u2019", "'").replace("'s", "")
    )
    return {_lemma(w) for w in words if w not in STOP_WORDS and len(w) > 1}


def _lemma(word: str) -> str:
    """A small suffix normaliser: plural and possessive forms to their base."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "shes", "ches", "xes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 3:
        return word[:-1]
    return word


def concept_matches(counts: str | None, gold: dict[str, str]) -> bool:
    """value+concept rule (see module docstring)."""
    concept = gold.get("referred_concepts", "-").strip()
    predicted = content_words(counts)
    if concept in ("-", ""):
        return not predicted or bool(predicted & content_words(gold.get("unit")))
    return bool(predicted & content_words(concept))


def concept_matches_cqe(counts: str | None, gold: dict[str, str]) -> bool:
    """CQE's partial concept test (evaluate_models.concepts_match) on our `counts`."""
    gold_tokens = {t for t in re.split(r"[,\s]+", gold.get("referred_concepts", "-").lower()) if t}
    ours = {t for t in re.split(r"[,\s()]+", (counts or "").lower()) if t} or {"-"}
    return bool(gold_tokens & ours)


def concept_or_unit_matches(counts: str | None, gold: dict[str, str]) -> bool:
    """Concept rule widened to the gold unit when that unit is a counted noun."""
    if concept_matches(counts, gold):
        return True
    gold_unit = gold.get("normalized_unit", "-").lower()
    if gold_unit in KNOWN_GOLD_UNITS or _is_rate(gold_unit):
        return False
    return bool(content_words(counts) & content_words(gold.get("unit")))


def gold_value(raw: str) -> float | tuple[float, float]:
    """A gold value: a float, or a (low, high) pair for "a-b" ranges."""
    raw = raw.strip()
    if "E" not in raw.upper() and not raw.startswith("-") and "-" in raw:
        low, high = raw.split("-", 1)
        return float(low), float(high)
    return float(raw)


def predicted_value(figure: Figure) -> float | tuple[float, float]:
    if figure.value_max is not None:
        return float(figure.value), float(figure.value_max)
    return float(figure.value)


def close(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(abs(a), abs(b)) or abs(a - b) < 1e-9


def values_match(gold: float | tuple[float, float], pred: float | tuple[float, float]) -> bool:
    if isinstance(gold, tuple) != isinstance(pred, tuple):
        return False
    if isinstance(gold, tuple) and isinstance(pred, tuple):
        return close(gold[0], pred[0]) and close(gold[1], pred[1])
    return close(gold, pred)  # type: ignore[arg-type]


def prf(correct: int, gold: int, predicted: int) -> tuple[float, float, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


PARTS = ("all", "tune", "measure")


def select_part(records: list[dict], part: str) -> list[dict]:
    """The records of one part: tune = even positions, measure = odd positions."""
    if part == "all":
        return records
    return records[PARTS.index(part) - 1 :: 2]


class RuleTally:
    """Per-rule counts: predictions, value matches, and concept matches among those."""

    def __init__(self) -> None:
        self.reader: dict[str, list[int]] = {}
        self.counts: dict[str, list[int]] = {}

    def add(self, figure: Figure, value_ok: bool, concept_ok: bool) -> None:
        reader, _, counts_rule = (getattr(figure, "rule", "") or "?/?").partition("/")
        tally = self.reader.setdefault(reader, [0, 0])
        tally[0] += 1
        tally[1] += value_ok
        if value_ok:
            by_counts = self.counts.setdefault(counts_rule, [0, 0])
            by_counts[0] += 1
            by_counts[1] += concept_ok

    def report(self) -> list[str]:
        lines = ["", "precision per reader.kind (value)      n   P"]
        for name, (n, ok) in sorted(self.reader.items(), key=lambda i: -i[1][0]):
            lines.append(f"  {name:34} {n:4d} {ok / n:6.3f}")
        lines += ["", "precision per counts rule (concept, among value matches)  n   P"]
        for name, (n, ok) in sorted(self.counts.items(), key=lambda i: -i[1][0]):
            lines.append(f"  {name:34} {n:4d} {ok / n:6.3f}")
        return lines


def score_newsquant(
    corpus: Path,
    dump: Path | None,
    part: str = "all",
    rules: RuleTally | None = None,
    minor: bool = True,
) -> dict[str, tuple[float, float, float]]:
    """Runs the extractor over NewsQuant and returns P/R/F1 per matching level."""
    records = select_part(json.loads(corpus.read_text(encoding="utf-8")), part)
    nlp = load_model()
    totals = dict.fromkeys(
        ("gold", "pred", "value", "unit", "concept", "concept_or_unit", "concept_cqe"), 0
    )
    errors = []
    docs = nlp.pipe([r["text"] for r in records], batch_size=64)
    for record, doc in zip(records, docs, strict=True):
        figures = extract_figures(doc, minor=minor)
        golds = record["quantities"]
        totals["gold"] += len(golds)
        totals["pred"] += len(figures)
        used: set[int] = set()
        missed, wrong = [], []
        for gold in golds:
            gv = gold_value(gold["value"])
            options = [
                i
                for i, f in enumerate(figures)
                if i not in used and values_match(gv, predicted_value(f))
            ]
            if not options:
                missed.append(gold)
                continue

            best = max(options, key=lambda i, g=gold, fs=figures: agreement(fs[i], g))
            used.add(best)
            figure = figures[best]
            unit_ok, concept_ok = agreement(figure, gold)
            totals["value"] += 1
            totals["unit"] += unit_ok
            totals["concept"] += concept_ok
            totals["concept_or_unit"] += concept_or_unit_matches(figure.counts, gold)
            totals["concept_cqe"] += concept_matches_cqe(figure.counts, gold)
            if not (unit_ok and concept_ok):
                wrong.append({"gold": gold, "predicted": _figure_json(figure)})
            if rules is not None:
                rules.add(figure, True, concept_ok)
        spurious = [_figure_json(f) for i, f in enumerate(figures) if i not in used]
        if rules is not None:
            for i in range(len(figures)):
                if i not in used:
                    rules.add(figures[i], False, False)
        if missed or wrong or spurious:
            errors.append(
                {
                    "text": record["text"],
                    "missed": missed,
                    "mismatched": wrong,
                    "spurious": spurious,
                }
            )
    if dump:
        with dump.open("w", encoding="utf-8") as out:
            for error in errors:
                out.write(json.dumps(error, ensure_ascii=False) + "\n")
    return {
        "value": prf(totals["value"], totals["gold"], totals["pred"]),
        "value+unit": prf(totals["unit"], totals["gold"], totals["pred"]),
        "value+concept": prf(totals["concept"], totals["gold"], totals["pred"]),
        "value+concept/unit": prf(totals["concept_or_unit"], totals["gold"], totals["pred"]),
        "value+concept CQE-tok": prf(totals["concept_cqe"], totals["gold"], totals["pred"]),
    }


def agreement(figure: Figure, gold: dict[str, str]) -> tuple[bool, bool]:
    """Whether a value-matched prediction also agrees on unit, and on concept."""
    return unit_matches(figure.unit, gold["normalized_unit"]), concept_matches(figure.counts, gold)


def _figure_json(figure: Figure) -> dict[str, object]:
    data = figure.to_json()
    data.pop("sentence", None)
    return data


def run_bbc(folder: Path) -> None:
    """Extracts figures from every BBC article: failures, time, throughput cost."""
    paths = sorted(folder.glob("*/*.txt"))
    texts = [p.read_bytes().decode("utf-8", errors="replace") for p in paths]
    nlp = load_model()
    parse_time = extract_time = 0.0
    tokens = figures = 0
    failures: list[str] = []
    stream = iter(nlp.pipe(texts, batch_size=32))
    t0 = time.perf_counter()
    for path in paths:
        doc = next(stream)
        t1 = time.perf_counter()
        parse_time += t1 - t0
        tokens += len(doc)
        try:
            figures += len(extract_figures(doc))
        except Exception:
            failures.append(f"{path}: {traceback.format_exc(limit=2)}")
        t0 = time.perf_counter()
        extract_time += t0 - t1
    print(f"BBC articles: {len(paths)}, tokens: {tokens}, figures: {figures}")
    print(f"failures: {len(failures)}")
    for failure in failures[:10]:
        print(failure)
    print(f"parse (nlp.pipe): {parse_time:.1f} s, {tokens / parse_time:,.0f} tokens/s")
    total = parse_time + extract_time
    print(f"extractor: {extract_time:.2f} s ({1000 * extract_time / len(paths):.2f} ms/article)")
    print(f"parse + extractor: {total:.1f} s, {tokens / total:,.0f} tokens/s")
    print(f"throughput ratio (with / without extractor): {parse_time / total:.3f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="NewsQuant JSON")
    parser.add_argument("--dump-errors", type=Path, help="write misses and mismatches (JSONL)")
    parser.add_argument(
        "--part", choices=PARTS, default="all", help="tune: even records, measure: odd records"
    )
    parser.add_argument(
        "--key-only",
        action="store_true",
        help="score only the key figures a briefing shows (no durations, ages, repeats)",
    )
    parser.add_argument(
        "--bbc", type=Path, nargs="?", const=DEFAULT_BBC, help="run over BBC articles instead"
    )
    args = parser.parse_args(argv)
    if args.bbc:
        run_bbc(args.bbc)
        return 0
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    rules = RuleTally()
    results = score_newsquant(args.corpus, args.dump_errors, args.part, rules, not args.key_only)
    shown = "key figures" if args.key_only else "all quantities"
    print(f"NewsQuant ({args.corpus.name}, part {args.part}, {shown})    P      R      F1")
    for name, (p, r, f) in results.items():
        print(f"{name:22} {p:6.3f} {r:6.3f} {f:6.3f}")
    print("\n".join(rules.report()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
