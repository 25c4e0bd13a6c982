"""`briefings extract --json` against a bare `nlp.pipe`, each a fresh process, in pairs.

The user pays wall time from typing the command to the last line, so both sides are
timed as whole processes (interpreter start-up, imports, model load, parse, and for
ours extraction, JSON and cache writes into an empty cache):

- bare: `spacy.load(model)` then `nlp.pipe(texts, n_process=N)` consumed to the end,
  over the same article bodies `briefings` parses;
- ours: `briefings extract --json -j N --cache-dir EMPTY FOLDER`, stdout to a file.

The machine is shared, so its load moves both sides alike only when they run close
together: the two run alternately (which goes first alternates too), and the report is
the ratio bare / ours of each pair and their median. CPU seconds (user + system of the
whole process tree, from `/usr/bin/time -v`) are reported beside wall time, as the work
each side did whatever the load.

With `--baseline TREE` (a source tree of other code, e.g. `git archive main | tar -x -C
TREE`), each round also runs `briefings extract` with TREE first on PYTHONPATH, beside
the bare and our runs: the ratio baseline/ours of each round is a before/after speed
comparison made under the same load, and the two JSON outputs are compared byte for byte.

Usage:
    python benchmarks/extract_speed.py [--corpus DIR] [--limit 400] [--rounds 5] [-j 2]
        [--baseline TREE]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from common import CORPUS, REPO, VENV_BIN, Run, briefings_command, timed

sys.path.insert(0, str(REPO))

BARE = """
import json, sys, spacy
model, texts_file, jobs = sys.argv[1], sys.argv[2], int(sys.argv[3])
texts = json.loads(open(texts_file, encoding="utf-8").read())
nlp = spacy.load(model)
count = sum(1 for _ in nlp.pipe(texts, n_process=jobs))
assert count == len(texts)
"""


def copy_articles(source: Path, target: Path, limit: int) -> list[Path]:
    """The first `limit` article files of `source` in sorted order, copied to `target`."""
    files = sorted(source.rglob("*.txt"))[:limit]
    for path in files:
        destination = target / path.relative_to(source)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, destination)
    return files


def cpu_seconds(run: Run) -> float:
    """User + system seconds of the command and the children it waited for."""
    found = re.findall(r"(?:User|System) time \(seconds\): ([\d.]+)", run.stderr)
    return sum(float(value) for value in found)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS / "bbc")
    parser.add_argument("--limit", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("-j", "--jobs", type=int, default=2)
    parser.add_argument("--model", help="model name (default: the one briefings would load)")
    parser.add_argument("--keep-output", type=Path, help="copy the last --json output here")
    parser.add_argument("--baseline", type=Path, help="a source tree to compare ours with")
    args = parser.parse_args()

    import spacy

    from generator.reading.content import load_content
    from generator.running.nlp import MODEL_CANDIDATES

    model = args.model or next(name for name in MODEL_CANDIDATES if spacy.util.is_package(name))
    python = str(VENV_BIN / "python")
    with tempfile.TemporaryDirectory(prefix="extract-speed-") as temporary:
        root = Path(temporary)
        content = root / "content"
        count = len(copy_articles(args.corpus, content, args.limit))
        articles, _ = load_content(content)
        texts_file = root / "texts.json"
        texts_file.write_text(json.dumps([article.body for article in articles]), "utf-8")
        bare_command = [python, "-c", BARE, model, str(texts_file), str(args.jobs)]
        output = root / "out.jsonl"
        print(f"{count} articles from {args.corpus}, model {model}, -j {args.jobs}")
        pairs: list[tuple[Run, Run]] = []
        against: list[float] = []
        for number in range(args.rounds):
            cache = root / f"cache-{number}"  # cold: a fresh, empty cache each time

            def extract_command(out: Path, cache: Path = cache) -> list[str]:
                return [
                    "sh",
                    "-c",
                    f'exec "$0" "$@" > {out}',
                    *briefings_command(
                        "extract", "--json", "-j", str(args.jobs), "--model", model,
                        "--cache-dir", str(cache), str(content),
                    ),
                ]  # fmt: skip

            runs = {}
            order = ["bare", "ours"] if number % 2 == 0 else ["ours", "bare"]
            if args.baseline:
                order.insert(number % 3, "baseline")
            for side in order:
                if side == "bare":
                    runs[side] = timed(bare_command, cwd=root)
                elif side == "ours":
                    runs[side] = timed(extract_command(output), cwd=root)
                else:
                    shutil.rmtree(cache, ignore_errors=True)
                    runs[side] = timed(
                        extract_command(root / "baseline.jsonl"),
                        cwd=root,
                        env={"PYTHONPATH": str(args.baseline.resolve())},
                    )
                    shutil.rmtree(cache, ignore_errors=True)
            bare, ours = runs["bare"], runs["ours"]
            if args.baseline:
                before = runs["baseline"]
                same = (root / "baseline.jsonl").read_bytes() == output.read_bytes()
                against.append(before.seconds / ours.seconds)
                print(
                    f"round {number + 1} ({', '.join(order)}): baseline {before.seconds:.1f} s "
                    f"wall {cpu_seconds(before):.1f} s CPU | ratio baseline/ours wall "
                    f"{against[-1]:.2f}, CPU {cpu_seconds(before) / cpu_seconds(ours):.2f} | "
                    f"JSON {'byte-identical' if same else 'DIFFERS'}",
                    flush=True,
                )
            lines = sum(1 for _ in output.open(encoding="utf-8"))
            assert lines == len(articles), f"{lines} JSON lines for {len(articles)} articles"
            shutil.rmtree(cache, ignore_errors=True)
            pairs.append((bare, ours))
            bare_cpu, ours_cpu = cpu_seconds(bare), cpu_seconds(ours)
            print(
                f"pair {number + 1} ({order[0]} first): bare {bare.seconds:.1f} s wall "
                f"{bare_cpu:.1f} s CPU | ours {ours.seconds:.1f} s wall {ours_cpu:.1f} s CPU "
                f"| ratio bare/ours wall {bare.seconds / ours.seconds:.2f}, "
                f"CPU {bare_cpu / ours_cpu:.2f}",
                flush=True,
            )
        if args.keep_output:
            shutil.copyfile(output, args.keep_output)
    wall = [bare.seconds / ours.seconds for bare, ours in pairs]
    cpu = [cpu_seconds(bare) / cpu_seconds(ours) for bare, ours in pairs]
    print(
        f"median ratio bare/ours over {len(pairs)} pairs: wall {statistics.median(wall):.2f} "
        f"{[round(value, 2) for value in wall]}, CPU {statistics.median(cpu):.2f} (target >= 0.95)"
    )
    if against:
        print(
            f"median ratio baseline/ours: wall {statistics.median(against):.2f} "
            f"{[round(value, 2) for value in against]} (>= 1: ours as fast or faster)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
