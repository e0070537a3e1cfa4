"""`make check` (scripts/check.py), inside `make test`: the committed output/openai is exactly what
the pinned spec and spec/openai.yaml generate, and the semantic API diff against HEAD runs.

CI fails here on drift: someone changed the generator, templates or config without regenerating
(`make generate`), or edited output/ by hand.
"""

from __future__ import annotations

from pathlib import Path

from scripts.check import drift, regenerate, semantic_section, tree_bytes
from tests.conftest import OPENAI_CONFIG, PIN, ROOT

OUTPUT = ROOT / "output" / "openai"


def test_committed_output_matches_regeneration(tmp_path: Path) -> None:
    out = tmp_path / "openai"
    r = regenerate(PIN, OPENAI_CONFIG, out)
    assert r.returncode == 0, r.stderr
    problems = drift(tree_bytes(out), tree_bytes(OUTPUT))
    assert not problems, "output/openai drifted from the generator; run `make generate`:\n" + "\n".join(problems)


def test_drift_names_new_stale_and_changed_files() -> None:
    problems = drift({"a.py": b"x = 1\n", "new.py": b""}, {"a.py": b"x = 2\n", "old.py": b""})
    text = "\n".join(problems)
    assert "not committed, but generated: new.py" in text
    assert "committed, but no longer generated: old.py" in text
    assert "-x = 2" in text and "+x = 1" in text
    assert drift({"a.py": b"1"}, {"a.py": b"1"}) == []


def test_check_reports_the_api_diff_against_head() -> None:
    text = semantic_section("HEAD", PIN, OPENAI_CONFIG)
    unchanged = text.startswith("API diff against HEAD: the spec and config are unchanged since HEAD")
    assert unchanged or text.startswith("## API diff: `HEAD` → `working tree`"), text[:500]
