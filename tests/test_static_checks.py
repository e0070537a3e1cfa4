"""The emitted OpenAI package type-checks and lints clean, as the official one does.

pyright runs in strict mode with the package's own `[tool.pyright]` config (output/openai/pyproject.toml),
mypy with its `[tool.mypy]` config, ruff with its `[tool.ruff]` config. Any finding fails the test and
is printed, so a template change that loosens the emitted types shows up in `make test`.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from scripts.static_checks import pyright, ruff
from tests.conftest import ROOT

PACKAGE = ROOT / "output" / "openai"


@pytest.mark.xdist_group("static")
def test_pyright_strict_is_clean() -> None:
    report = pyright(PACKAGE)
    assert report.files > 1000
    assert not report.errors, f"{len(report.errors)} pyright errors:\n" + "\n".join(report.errors[:60])


@pytest.mark.xdist_group("static")
def test_mypy_is_clean() -> None:
    cache = ROOT / ".cache" / "mypy-openai"
    r = subprocess.run(
        [sys.executable, "-m", "mypy", "src", "--cache-dir", str(cache)],
        cwd=PACKAGE,
        capture_output=True,
        text=True,
        env=dict(os.environ, MYPY_FORCE_COLOR="0"),
    )
    assert r.returncode == 0, r.stdout[-6000:] + r.stderr[-2000:]
    assert "Success" in r.stdout


@pytest.mark.xdist_group("static")
def test_mypy_strict_as_a_user_runs_it(tmp_path: Path) -> None:
    # a user's own `mypy --strict` with the package source on MYPYPATH: no finding from inside the
    # package, unused ignores and names imported without re-export included
    (tmp_path / "mypy.ini").write_text("[mypy]\nstrict = True\nwarn_unused_ignores = True\nimplicit_reexport = False\n")
    (tmp_path / "use.py").write_text("import openai\n\nclient = openai.OpenAI(api_key='k')\nprint(client.models.list)\n")
    r = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", "mypy.ini", "-p", "openai", "-p", "use",
         "--cache-dir", str(ROOT / ".cache" / "mypy-openai-strict")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env=dict(os.environ, MYPY_FORCE_COLOR="0", MYPYPATH=str(PACKAGE / "src")),
    )
    assert r.returncode == 0, r.stdout[-6000:] + r.stderr[-2000:]
    assert "Success" in r.stdout


def test_ruff_is_clean() -> None:
    r = ruff(PACKAGE)
    assert r.returncode == 0, r.stdout[-6000:] + r.stderr
