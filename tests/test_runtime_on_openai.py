"""The runtime behaviour tests (tests/runtime) run a second time against the emitted OpenAI package.

tests/runtime renders the runtime templates into small stand-in packages; here the same tests run
on output/openai/src with its own names (OpenAI, OPENAI_*, OpenAIError), so the package users
install is the one whose behaviour is checked. Tests needing the stand-in `widgets` resource skip
themselves in this mode; everything else must pass.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys

from tests.conftest import ROOT


def test_runtime_suite_passes_on_the_emitted_openai_package() -> None:
    env = dict(
        os.environ,
        RUNTIME_TEST_SRC=str(ROOT / "output" / "openai" / "src"),
        RUNTIME_TEST_PACKAGE="openai",
        RUNTIME_TEST_CLIENT="OpenAI",
        RUNTIME_TEST_ERROR_BASE="OpenAIError",
        RUNTIME_TEST_ENV_PREFIX="OPENAI",
        RUNTIME_TEST_HEADER_PREFIX="X-Sdkgen",
        RUNTIME_TEST_API_KEY_ENV="OPENAI_API_KEY",
    )
    r = subprocess.run([sys.executable, "-m", "pytest", "tests/runtime", "-q", "-p", "no:cacheprovider"],
                       cwd=ROOT, env=env, capture_output=True, text=True)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    passed = int(re.search(r"(\d+) passed", r.stdout).group(1))  # type: ignore[union-attr]
    assert passed >= 80, r.stdout[-2000:]
