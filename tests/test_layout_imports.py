"""The package layout shows the pipeline: a stage imports only itself and earlier stages.

generator/ is grouped by stage (see the README's "How it works"):

    model, diagnostics, settings   what every stage shares
    reading/     content, front matter, metadata, registry, text layout
    extract/     the extractors: one spaCy Doc in, records out
    running/     the model and the extractors over every article: workers, cluster, cache
    editing/     the registry and editors' corrections
    pages/       the archive, the router, rendering, the feed
    publishing/  the build, the search index, byte-identical output, the swap-in
    cli, plugin  the two ways in: `briefings` and `mkdocs`

Imports are read from the source (every `import`, also those inside functions and
under TYPE_CHECKING), so a lazy import cannot hide an upstream dependency or a cycle.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "generator"

SHARED = ("generator", "generator.model", "generator.diagnostics", "generator.settings")
STAGES = ("reading", "extract", "running", "editing", "pages", "publishing")
WAYS_IN = ("generator.cli", "generator.plugin")


def modules() -> dict[str, Path]:
    """Every module of the package by dotted name (a package by its __init__.py)."""
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        found[".".join(parts)] = path
    return found


def stage(module: str) -> int:
    """The module's place in the pipeline: 0 shared, 1..6 the stages, 7 the ways in."""
    if module in SHARED:
        return 0
    if module in WAYS_IN:
        return len(STAGES) + 1
    parts = module.split(".")
    if len(parts) >= 2 and parts[1] in STAGES:
        return STAGES.index(parts[1]) + 1
    raise AssertionError(
        f"{module} belongs to no stage: put it in one of generator/{{{','.join(STAGES)}}}/"
    )


def imports(module: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The package's own modules that `module` imports, anywhere in its source."""
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # `from generator.extract import figures_lexicon` imports a module, while
            # `from generator.model import Quote` imports from one.
            names = [
                f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                for alias in node.names
            ]
        else:
            continue
        found.update(name for name in names if name in known and name != module)
    return found


def graph() -> dict[str, set[str]]:
    known = modules()
    return {module: imports(module, path, known) for module, path in known.items()}


def test_every_module_belongs_to_a_stage() -> None:
    for module in modules():
        stage(module)


def test_no_stage_imports_a_later_stage() -> None:
    upstream = sorted(
        f"{module} (stage {stage(module)}) imports {target} (stage {stage(target)})"
        for module, targets in graph().items()
        for target in targets
        if stage(target) > stage(module)
    )
    assert upstream == []


def cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return sorted(groups)


def test_no_module_imports_itself_back() -> None:
    assert cycles(graph()) == []


def test_the_cycle_finder_finds_a_lazy_import_cycle() -> None:
    """The check above is only as good as this: a two-module cycle is reported."""
    assert cycles({"a": {"b"}, "b": {"a", "c"}, "c": set()}) == [["a", "b"]]


def test_the_extractor_fingerprint_hashes_every_module_extraction_reads() -> None:
    """The cache key must change when any code the extractors run changes.

    generator.running.fingerprint hashes extract/ and a list of shared sources; a new
    import from the extractors of a module outside that list would let a stale cached
    extraction be served after that module changed.
    """
    from generator.running.fingerprint import EXTRACT_PACKAGE, SHARED_SOURCES

    edges = graph()
    known = modules()
    extractors = [module for module in edges if module.startswith("generator.extract")]
    reached: set[str] = set()
    todo = list(extractors)
    while todo:
        module = todo.pop()
        if module not in reached:
            reached.add(module)
            todo.extend(edges[module])
    hashed = {path.resolve() for path in [*EXTRACT_PACKAGE.rglob("*.py"), *SHARED_SOURCES]}
    unhashed = sorted(module for module in reached if known[module].resolve() not in hashed)
    assert unhashed == []
