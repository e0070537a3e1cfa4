"""The emitted packages' own endpoint tests pass against a real Prism mock of their spec.

For the committed output/openai and for each fixture spec (generated into a temp dir), start
`prism mock` on the spec the package was generated from, then run the package's `tests/` in a
subprocess with `TEST_API_BASE_URL` pointing at Prism. The run must pass and must have run tests.

Nothing here is skipped: if Prism is not installed or cannot start, the test fails (run `npm ci`,
or `make setup`). The cases share the `prism` xdist group so that only one runs at a time on the
two cores (`make test` runs `pytest -n 2 --dist loadgroup`).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from scripts.prism import run_emitted_tests, start_prism, summary_counts
from tests.conftest import FIXTURES, OPENAI_CONFIG, PIN, ROOT, run_generator

OUTPUT = ROOT / "output" / "openai"
PRISM_START_TIMEOUT = 180.0  # Prism takes ~10 s on the OpenAI spec; leave room for a loaded machine
RUN_TIMEOUT = {"openai": 900.0, "petstore": 300.0, "legacy30": 300.0}
# xdist pays off for the ~2000 OpenAI tests; for the ~100 fixture tests its start-up costs more
WORKERS = {"openai": "2", "petstore": "0", "legacy30": "0"}
# the clients' own variables: a real key, base URL or org in the environment must not reach them
ENV_PREFIXES = ("OPENAI_", "PETSTORE_", "LEGACY_INVENTORY_")


def openai_package(tmp_path: Path) -> Path:
    """The committed output/openai; generated into tmp_path only if it has not been generated yet
    (test_regeneration.py separately fails on a missing or stale output/)."""
    if (OUTPUT / "tests" / "conftest.py").is_file():
        return OUTPUT
    out = tmp_path / "openai"
    r = run_generator(
        "generate", "--spec", str(PIN), "--config", str(OPENAI_CONFIG), "--out", str(out), "--no-validate", "--quiet"
    )
    assert r.returncode == 0, r.stderr
    return out


def fixture_package(name: str, tmp_path: Path) -> Path:
    out = tmp_path / name
    r = run_generator("generate", "--spec", str(FIXTURES / f"{name}.yaml"), "--out", str(out), "--quiet")
    assert r.returncode == 0, r.stderr
    return out


@pytest.mark.xdist_group("prism")
@pytest.mark.parametrize("case", ["openai", "petstore", "legacy30"])
def test_emitted_tests_pass_against_prism(case: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    package = openai_package(tmp_path) if case == "openai" else fixture_package(case, tmp_path)
    assert (package / "tests" / "conftest.py").is_file(), f"{package} has no emitted tests"
    spec = request.getfixturevalue("openai_spec_path") if case == "openai" else FIXTURES / f"{case}.yaml"
    try:
        prism = start_prism(spec, timeout=PRISM_START_TIMEOUT)
    except RuntimeError as error:  # not a skip: `make test` must not pass without Prism
        pytest.fail(f"Prism could not start on {spec}:\n{error}")
    started = time.monotonic()
    try:
        result = run_emitted_tests(package, prism.url, tmp_path / "pycache", RUN_TIMEOUT[case], WORKERS[case],
                                   ENV_PREFIXES)
        if not prism.running:
            pytest.fail(f"Prism exited during the run:\n{prism.log_tail()}")
    finally:
        prism.stop()
    elapsed = time.monotonic() - started
    output = result.stdout + result.stderr
    counts = summary_counts(result.stdout)
    print(f"{case}: Prism started in {prism.startup_seconds:.1f} s; emitted tests {counts} in {elapsed:.0f} s")
    tail = "\n".join(output.splitlines()[-80:])
    assert result.returncode == 0, f"the emitted {case} tests failed against Prism ({counts}):\n{tail}"
    assert counts.get("passed", 0) > 0, f"the emitted {case} tests ran nothing:\n{tail}"
    assert not counts.get("failed") and not counts.get("error"), tail


def test_summary_parser() -> None:
    out = "....\n= 1 failed, 2084 passed, 40 skipped, 8 xfailed, 3 warnings in 75.15s (0:01:15) ="
    assert summary_counts(out) == {"failed": 1, "passed": 2084, "skipped": 40, "xfailed": 8, "warnings": 3}
    assert summary_counts("2 errors in 1.0s") == {"error": 2}
    assert summary_counts("nothing") == {}
