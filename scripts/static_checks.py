"""pyright (strict, with the package's own `[tool.pyright]` config) and ruff on an emitted package.

One implementation for tests/test_static_checks.py (output/openai), tests/test_corpus.py and
`make corpus` (the corpus packages).
"""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

BIN = Path(sys.executable).parent


@dataclass
class PyrightReport:
    files: int  # files analyzed
    errors: list[str]  # "module/file.py:LINE: rule: message"
    seconds: float


def pyright(package: Path, paths: Sequence[str] = (), timeout: Optional[float] = None) -> PyrightReport:
    """pyright in `package` (its pyproject's config: strict, `include = ["src"]`), or on `paths`
    inside it; the errors, each located."""
    r = subprocess.run(
        [str(BIN / "pyright"), "--pythonpath", sys.executable, "--outputjson", *paths],
        cwd=package,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    try:
        report = json.loads(r.stdout)
    except ValueError:
        raise RuntimeError(f"pyright gave no report (exit {r.returncode}):\n{r.stdout[-3000:]}{r.stderr[-3000:]}")
    errors = [
        f"{d['file'].split('/src/')[-1]}:{d['range']['start']['line'] + 1}: {d.get('rule')}: {d['message']}"
        for d in report["generalDiagnostics"]
        if d["severity"] == "error"
    ]
    return PyrightReport(report["summary"]["filesAnalyzed"], errors, report["summary"].get("timeInSec", 0.0))


def ruff(package: Path) -> subprocess.CompletedProcess[str]:
    """`ruff check src` with the package's own `[tool.ruff]` config."""
    return subprocess.run([str(BIN / "ruff"), "check", "src"], cwd=package, capture_output=True, text=True)
