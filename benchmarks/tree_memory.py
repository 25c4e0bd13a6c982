"""Peak memory of a whole process tree: the issue-14 target is for the build and every
process it starts (parse workers, Pagefind), which `/usr/bin/time` does not give (it
reports the largest single process).

Runs the command, samples the resident memory of it and all its descendants every
50 ms, and prints the peak of their sum and the largest single process (its VmHWM).

Usage:
    python benchmarks/tree_memory.py -- briefings build -f mkdocs.yml -j 2
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import psutil


def vm_hwm_mb(pid: int) -> float:
    """Peak resident set of a live process (VmHWM), in MB; 0 when gone."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def main(argv: list[str]) -> int:
    command = argv[1:] if argv and argv[0] == "--" else argv
    if not command:
        print(__doc__, file=sys.stderr)
        return 2
    started = time.perf_counter()
    child = subprocess.Popen(command)
    root = psutil.Process(child.pid)
    peak_sum, largest, largest_name = 0.0, 0.0, ""
    while child.poll() is None:
        total = 0.0
        try:
            processes = [root, *root.children(recursive=True)]
        except psutil.Error:
            processes = []
        for process in processes:
            try:
                total += process.memory_info().rss / 2**20
                hwm = vm_hwm_mb(process.pid)
                if hwm > largest:
                    largest, largest_name = hwm, process.name()
            except psutil.Error:
                continue
        peak_sum = max(peak_sum, total)
        time.sleep(0.05)
    seconds = time.perf_counter() - started
    print(
        f"tree memory: peak {peak_sum:.0f} MB (sum of all processes), largest process "
        f"{largest:.0f} MB ({largest_name}); {seconds:.0f} s, exit status {child.returncode}",
        file=sys.stderr,
    )
    return child.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
