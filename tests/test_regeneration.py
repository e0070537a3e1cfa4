"""The committed output/openai is exactly what the pinned spec and spec/openai.yaml generate.

CI fails here on drift: someone changed the generator, templates or config without regenerating
(`make generate`), or edited output/ by hand.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from tests.conftest import OPENAI_CONFIG, PIN, ROOT, run_generator, tree_bytes

OUTPUT = ROOT / "output" / "openai"


def test_committed_output_matches_regeneration(tmp_path: Path) -> None:
    out = tmp_path / "openai"
    r = run_generator("generate", "--spec", str(PIN), "--config", str(OPENAI_CONFIG), "--out", str(out),
                      "--no-validate", "--quiet")
    assert r.returncode == 0, r.stderr
    got, want = tree_bytes(out), tree_bytes(OUTPUT)
    missing, extra = sorted(set(got) - set(want)), sorted(set(want) - set(got))
    assert not missing and not extra, f"run `make generate`: new files {missing[:10]}, stale files {extra[:10]}"
    for rel in sorted(got):
        if got[rel] != want[rel]:
            diff = "".join(difflib.unified_diff(want[rel].decode().splitlines(True),
                                                got[rel].decode().splitlines(True), rel, rel, n=2))
            pytest.fail(f"output/openai/{rel} drifted from the generator; run `make generate`:\n{diff[:3000]}")
