"""`make corpus`: every corpus spec through the checks of scripts/corpus_checks.py, and
openapi-python-client beside it, as one table (markdown on stdout). Asserts nothing: exits 0
whatever it measured, 1 only if the corpus cannot be fetched."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

from scripts import corpus_checks as checks
from scripts import naming_report as naming
from scripts.static_checks import pyright, ruff

EMITTED_TESTS_TIMEOUT = 1800.0


@dataclass
class Row:
    spec: str
    operations: int
    emitted: int = 0  # spec operations found in api.md
    resources: int = 0
    generate_seconds: float = 0.0
    peak_mb: float = 0.0
    generated: bool = False
    import_ms: Optional[float] = None
    touch_failures: int = 0
    pyright_errors: Optional[int] = None
    ruff_ok: Optional[bool] = None
    tests_passed: Optional[int] = None
    tests_failed: Optional[int] = None  # failed + errors
    tests_unlisted: Optional[int] = None  # failures not in tests/corpus_known_issues/<spec>.txt
    tests_stale: Optional[int] = None  # listed known issues that passed
    tests_skipped: Optional[int] = None  # skipped + xfailed
    peer_operations: Optional[int] = None
    peer_import: Optional[bool] = None
    note: str = ""
    naming: Optional[naming.Row] = None  # how the zero-config SDK reads (scripts/naming_report.py)
    peer_naming: Optional[naming.Row] = None  # the same figures of openapi-python-client's package


def check_one(key: str, spec: Path, work: Path, args: argparse.Namespace) -> Row:
    row = Row(key, len(checks.spec_operations(spec)))
    row.naming = naming.report(str(spec), None)
    row.naming.spec = key
    out = work / "pkg"
    run = checks.generate(spec, out, work / "cache")
    row.generate_seconds, row.peak_mb, row.generated = run.wall, run.maxrss_kb / 1024, run.ok
    if not run.ok:
        row.note = (run.stderr.strip().splitlines() or ["?"])[-1][:120]
        return row
    methods = checks.emitted_methods(out)
    cover = checks.coverage(checks.spec_operations(spec), methods)
    row.emitted = row.operations - len(cover.missing)
    installed = checks.install(out, work / "site")
    if installed.returncode != 0:
        row.note = "pip install failed"
        return row
    touched = checks.touch(work / "site", checks.import_name(out), methods, work)
    row.import_ms, row.touch_failures, row.resources = touched.import_seconds * 1000, len(touched.failures), touched.resources
    if touched.failures:
        row.note = touched.failures[0].strip().splitlines()[-1][:120]
    if not args.no_pyright:
        row.pyright_errors = len(pyright(out).errors)
    row.ruff_ok = ruff(out).returncode == 0
    if not args.no_prism and methods:
        try:
            tests = checks.emitted_tests(out, spec, work / "pycache", EMITTED_TESTS_TIMEOUT, workers=args.workers)
            row.tests_passed = tests.counts.get("passed", 0)
            row.tests_failed = tests.counts.get("failed", 0) + tests.counts.get("error", 0)
            row.tests_skipped = tests.counts.get("skipped", 0) + tests.counts.get("xfailed", 0)
            known = checks.read_known_issues(key)
            row.tests_unlisted = sum(1 for node in tests.failures if node not in known)
            row.tests_stale = sum(1 for node in known if node not in tests.failures)
            if args.write_known_issues and key not in checks.IN_MAKE_TEST and (tests.failures or known):
                save_known_issues(key, tests.failures, None)
        except (RuntimeError, OSError) as e:
            row.note = row.note or f"Prism: {str(e).splitlines()[0][:100]}"
    if args.peers_bin:
        from scripts.bench_gen import run_openapi_python_client

        peer = run_openapi_python_client(args.peers_bin, spec, work, checks.GENERATE_TIMEOUT)
        row.peer_operations = int(peer.details.get("operations", "0")) if peer.ok else 0
        # with `--meta none` the output directory is the package itself
        package = work / "opc-out"
        row.peer_import = peer.ok and (package / "client.py").is_file() and checks.peer_import(
            package, str(args.peers_bin / "python"))[0]
        if peer.ok and (package / "api").is_dir():
            title = str((checks.load_document(spec).get("info") or {}).get("title") or "")
            row.peer_naming = naming.peer_figures(key, package, naming.peer_package_name(str(args.peers_bin / "python"), title))
    return row


def cell(value: object, digits: int = 0) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:,.{digits}f}"
    return f"{value:,}" if isinstance(value, int) else str(value)


HEADERS = ["spec", "operations", "emitted", "resources", "generate s", "peak MB", "import ms", "pyright errors",
           "ruff", "emitted tests passed / failed / skipped (failed not listed as known issues)", "opc operations", "opc imports", "note"]


def table_row(r: Row) -> list[str]:
    tests = "–" if r.tests_passed is None else f"{r.tests_passed} / {r.tests_failed} / {r.tests_skipped}"
    if r.tests_unlisted is not None:
        tests += f" ({r.tests_unlisted} unlisted" + (f", {r.tests_stale} listed but passed)" if r.tests_stale else ")")
    emitted = cell(r.emitted) if r.generated else "exit ≠ 0"
    return [r.spec, cell(r.operations), emitted, cell(r.resources), cell(r.generate_seconds, 1), cell(r.peak_mb),
            cell(r.import_ms), cell(r.pyright_errors), cell(r.ruff_ok), tests, cell(r.peer_operations),
            cell(r.peer_import), r.note.replace("|", "\\|")]


def markdown(rows: list[list[str]]) -> str:
    lines = ["| " + " | ".join(HEADERS) + " |", "|" + " --- |" * len(HEADERS)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def totals(rows: list[Row]) -> str:
    ok = [r for r in rows if r.generated]
    clean = [r for r in ok if r.emitted == r.operations and not r.touch_failures and r.pyright_errors in (0, None)
             and r.ruff_ok and not r.tests_unlisted and not r.tests_stale]
    peer = [r for r in rows if r.peer_operations is not None]
    return (f"{len(rows)} specs: {len(ok)} generate, {len(clean)} pass every check (emitted-test failures all "
            f"listed known issues); operations "
            f"{sum(r.emitted for r in rows):,} of {sum(r.operations for r in rows):,} emitted"
            + (f"; openapi-python-client {sum(r.peer_operations or 0 for r in peer):,} emitted, "
               f"{sum(1 for r in peer if r.peer_import)} of {len(peer)} import" if peer else ""))


NAMING_HEADERS = ["spec", "package: ours / opc", "client: ours / opc", "methods: ours / opc",
                  "verb + action names, ours", "fallback names: ours / opc (operationId)", "types: ours / opc",
                  "longest type name: ours / opc", "median: ours / opc", "deepest path: ours / opc"]


def naming_row(r: Row) -> list[str]:
    ours, peer = r.naming, r.peer_naming
    if ours is None or ours.error:
        return [r.spec, f"error: {ours.error if ours else '?'}"] + ["–"] * (len(NAMING_HEADERS) - 2)

    def pair(a: object, b: object) -> str:
        return f"{a} / {b if peer is not None else '–'}"

    p = peer or naming.Row(spec=r.spec)
    return [r.spec, pair(f"`{ours.package}`", f"`{p.package}`"), pair(f"`{ours.client}`", f"`{p.client}`"),
            pair(ours.methods, p.methods), f"{ours.verb_share + ours.action_share:.1f}%",
            pair(f"{ours.fallback_share}% ({ours.fallbacks})", f"{p.fallback_share}% ({p.fallbacks})"),
            pair(ours.types, p.types), pair(ours.longest_type, p.longest_type), pair(ours.median_type, p.median_type),
            pair(ours.max_depth, p.max_depth)]


def naming_markdown(rows: list[Row]) -> str:
    lines = ["| " + " | ".join(NAMING_HEADERS) + " |", "|" + " --- |" * len(NAMING_HEADERS)]
    lines += ["| " + " | ".join(naming_row(r)) + " |" for r in rows]
    return "\n".join(lines)


def report(corpus: object, paths: dict[str, Path], args: argparse.Namespace) -> int:
    keys = args.only or [s.key for s in corpus.named() + corpus.sample()]  # type: ignore[attr-defined]
    rows: list[Row] = []
    for key in keys:
        if key not in paths:
            print(f"error: no corpus spec {key!r}", file=sys.stderr)
            return 1
        work = Path(tempfile.mkdtemp(prefix="corpus-"))
        try:
            row = check_one(key, paths[key], work, args)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        rows.append(row)
        print(f"corpus: {' | '.join(table_row(row))}", file=sys.stderr, flush=True)
    print(markdown([table_row(r) for r in rows]))
    print()
    print(totals(rows))
    print()
    print(naming_markdown(rows))
    if args.json:
        args.json.write_text(json.dumps([asdict(r) for r in rows], indent=1))
    return 0


KNOWN_ISSUES_HEADER = """The emitted tests of {key} that fail against Prism 5.16.0 started on the pinned spec, each with
the first line of its error: {subset}.
tests/test_corpus.py (or, for the sample, the `make corpus` table) says when a test fails that is
not listed here, or passes while listed.
Rewritten by `python scripts/corpus.py known-issues --only {key}`; review the diff.
{reasons}"""


def refresh_known_issues(paths: dict[str, Path], keys: list[str], whole: frozenset[str] = frozenset()) -> int:
    """Rewrites the known-issue lists of `keys`: the make-test subset for the specs `make test`
    runs, every emitted test for those in `whole` (the ones only `make corpus` runs)."""
    for key in keys:
        work = Path(tempfile.mkdtemp(prefix="corpus-"))
        try:
            run = checks.generate(paths[key], work / "pkg", work / "cache")
            if not run.ok:
                print(f"error: {key} does not generate:\n{run.stderr[-2000:]}", file=sys.stderr)
                return 1
            select = None if key in whole else checks.MAKE_TEST_SELECT
            tests = checks.emitted_tests(work / "pkg", paths[key], work / "pycache", 1800.0, select, workers="2")
        finally:
            shutil.rmtree(work, ignore_errors=True)
        path = save_known_issues(key, tests.failures, select)
        print(f"corpus: {key}: {tests.counts}; {len(tests.failures)} known issues written to {path}")
    return 0


def save_known_issues(key: str, failures: dict[str, str], select: Optional[str]) -> Path:
    """Writes the list, keeping the hand-written reasons of the old one (the lines after "Rewritten by");
    removes it when nothing fails."""
    old = checks.known_issues_file(key)
    if not failures:
        old.unlink(missing_ok=True)
        return old
    reasons = ""
    if old.is_file():
        header = [line[2:] for line in old.read_text().splitlines() if line.startswith("#")]
        start = next((i + 1 for i, line in enumerate(header) if line.startswith("Rewritten by")), 0)
        reasons = "\n".join(header[start:])
    subset = "every emitted test (`make corpus`)" if select is None else f"the subset `make test` runs (`{select}`)"
    text = KNOWN_ISSUES_HEADER.format(key=key, subset=subset, reasons=reasons).rstrip()
    return checks.write_known_issues(key, failures, text)
