"""Shared helpers of the generator's test suite."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
PIN = ROOT / "spec" / "openai.pin.yaml"
OPENAI_CONFIG = ROOT / "spec" / "openai.yaml"


def run_generator(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True)


def tree_bytes(root: Path) -> dict[str, bytes]:
    """A generated tree's files and bytes; caches that tools leave behind are not part of it."""
    from generator.writer import staged_files

    return {rel: p.read_bytes() for rel, p in staged_files(root).items()}


@pytest.fixture(scope="session")
def openai_spec_path() -> Path:
    from generator.loader import locate_pinned, read_pin

    return locate_pinned(read_pin(PIN))
