"""Collects the outcomes of the fault-matrix rows (tests/runtime/test_fault_matrix.py) into a table.

Each matrix test carries a `fault_matrix` user property (row position, id, fault, expectation,
mode, package). User properties travel with the test reports, so the table is built where the
reports arrive: in the main process, also under pytest-xdist. `tests/conftest.py` wires the two
hooks below; the table is printed in the terminal summary and written to
`.cache/reports/fault-matrix.md` (`fault-matrix-<package>.md` for another package than the
stand-in `rtpkg`, e.g. the run on output/openai).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Tuple

ROOT = Path(__file__).resolve().parents[2]
REPORT_DIR = ROOT / ".cache" / "reports"

# (package, position, row id, fault, expectation) -> {mode: [outcome of each test]}
_results: Dict[Tuple[str, int, str, str, str], Dict[str, List[str]]] = {}


def record(report: Any) -> None:
    """`pytest_runtest_logreport`: keeps the outcome of each matrix test (failures in any phase)."""
    for name, value in getattr(report, "user_properties", ()):
        if name != "fault_matrix":
            continue
        position, row_id, fault, expected, mode, package = value
        if report.when == "call" or report.outcome != "passed":
            outcome = "skipped" if report.outcome == "skipped" else report.outcome
            _results.setdefault((package, position, row_id, fault, expected), {}).setdefault(mode, []).append(outcome)


def _cell(outcomes: List[str]) -> str:
    if not outcomes:
        return "–"
    if "failed" in outcomes:
        return f"FAIL ({outcomes.count('failed')}/{len(outcomes)})"
    if all(o == "skipped" for o in outcomes):
        return "skipped"
    passed = outcomes.count("passed")
    return f"pass ({passed})" if passed == len(outcomes) else f"pass ({passed}), skipped ({len(outcomes) - passed})"


def tables() -> Dict[str, str]:
    by_package: Dict[str, List[str]] = {}
    for key in sorted(_results):
        package, position, row_id, fault, expected = key
        modes = _results[key]
        lines = by_package.setdefault(
            package,
            [
                f"Fault matrix of `{package}` (tests/runtime/test_fault_matrix.py, real HTTP server on 127.0.0.1)",
                "",
                "| # | Fault | Expected behaviour | sync | async |",
                "| --- | --- | --- | --- | --- |",
            ],
        )
        lines.append(
            f"| {position + 1} | {fault} | {expected} | {_cell(modes.get('sync', []))} | {_cell(modes.get('async', []))} |"
        )
    return {package: "\n".join(lines) + "\n" for package, lines in by_package.items()}


def summary(terminalreporter: Any) -> None:
    """`pytest_terminal_summary`: prints the table and writes the report file."""
    for package, table in tables().items():
        REPORT_DIR.mkdir(parents=True, exist_ok=True)
        name = "fault-matrix.md" if package == "rtpkg" else f"fault-matrix-{package}.md"
        path = REPORT_DIR / name
        path.write_text(table)
        terminalreporter.write_sep("-", f"fault matrix ({package}), also in {path.relative_to(ROOT)}")
        terminalreporter.write(table)
