"""The checks each corpus spec goes through with no config (README, "Real-world corpus").

tests/test_corpus.py asserts them on GitHub, Stripe and Kubernetes; `make corpus`
(scripts/corpus_report.py) runs them on the whole corpus and tabulates what they measured:
- generation exits 0 (wall time and peak RSS of the generator process);
- every operation of the spec (verb + path) is a method in the emitted api.md, once;
- the package pip-installs (`--no-deps --target`, as tests/test_zero_config.py does), every module
  imports, and every resource and method that api.md lists is reached on the sync and async client;
- pyright strict and ruff (scripts/static_checks.py, as for output/openai);
- the emitted tests against Prism started on the spec (scripts/prism.py, as tests/test_emitted_prism.py).
"""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional, Sequence

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from scripts.bench_gen import Run, measure  # noqa: E402 - after the path set-up above
from scripts.prism import run_emitted_tests, start_prism, summary_counts  # noqa: E402

HTTP_VERBS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# one api.md line per method: `- <code title="get /v1/charges">client.charges.<a href="...">list</a>(...`
API_MD_METHOD = re.compile(r'^- <code title="(\w+) ([^"]+)">client\.([\w.]+)\.<a href="[^"]*">(\w+)</a>', re.M)
GENERATE_TIMEOUT = 600.0
# The emitted tests `make test` runs against Prism for a corpus spec: the sync call with the
# required params of each method, one request per operation (tests/test_corpus.py says why).
MAKE_TEST_SELECT = "test_method_ and not with_all_params and not Async"
# the specs whose emitted tests `make test` runs (that subset); `make corpus` runs the others' whole suites
IN_MAKE_TEST = ("github", "stripe", "kubernetes")
PRISM_START_TIMEOUT = 300.0  # Prism reads the 13 MB GitHub spec in about a minute on a loaded machine


@dataclass(frozen=True)
class Operation:
    verb: str  # lower case
    path: str


@dataclass(frozen=True)
class EmittedMethod:
    operation: Operation
    resource: str  # dotted, from the client: "accounts.bank_accounts"
    name: str


def load_document(spec: Path) -> dict[str, Any]:
    text = spec.read_text(encoding="utf-8")
    document = json.loads(text) if text.lstrip().startswith("{") else yaml.safe_load(text)
    return document if isinstance(document, dict) else {}


def spec_operations(spec: Path) -> list[Operation]:
    """Every operation the spec declares, in its order."""
    document = load_document(spec)
    return [
        Operation(verb, path)
        for path, item in (document.get("paths") or {}).items()
        if isinstance(item, dict)
        for verb in HTTP_VERBS
        if isinstance(item.get(verb), dict)
    ]


def emitted_methods(package: Path) -> list[EmittedMethod]:
    text = (package / "api.md").read_text(encoding="utf-8")
    return [
        EmittedMethod(Operation(verb.lower(), html.unescape(path)), resource, name)
        for verb, path, resource, name in API_MD_METHOD.findall(text)
    ]


@dataclass
class Coverage:
    missing: list[Operation]  # in the spec, not in api.md
    extra: list[Operation]  # in api.md, not in the spec
    twice: list[Operation]  # in api.md more than once


def coverage(spec: Sequence[Operation], emitted: Sequence[EmittedMethod]) -> Coverage:
    seen = [m.operation for m in emitted]
    declared = set(spec)
    return Coverage(
        [op for op in spec if op not in set(seen)],
        sorted({op for op in seen if op not in declared}, key=lambda o: (o.path, o.verb)),
        sorted({op for op in seen if seen.count(op) > 1}, key=lambda o: (o.path, o.verb)),
    )


def generate(spec: Path, out: Path, cache: Path, python: str = sys.executable) -> Run:
    """`python -m generator generate` with no config, measured (wall time, peak RSS)."""
    cmd = [python, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out), "--quiet",
           "--cache-dir", str(cache)]
    return measure("generate", cmd, ROOT, GENERATE_TIMEOUT)


def import_name(package: Path) -> str:
    (name,) = [p.name for p in (package / "src").iterdir() if p.is_dir()]
    return name


def install(package: Path, site: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-build-isolation",
         "--disable-pip-version-check", "--target", str(site), str(package)],
        capture_output=True, text=True, check=False,
    )


# Run in a fresh interpreter with the installed package first on sys.path. Prints one JSON line.
TOUCH = r"""
import importlib, inspect, json, pkgutil, sys, time
site, package, methods = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
sys.path.insert(0, site)
started = time.perf_counter()
pkg = importlib.import_module(package)
import_seconds = time.perf_counter() - started
assert pkg.__file__.startswith(site), pkg.__file__
failures = []
names = [m.name for m in pkgutil.walk_packages(pkg.__path__, package + ".", onerror=failures.append)]
for name in names:
    try:
        importlib.import_module(name)
    except Exception as e:
        failures.append(f"import {name}: {type(e).__name__}: {e}")
base = importlib.import_module(package + "._base_client")
# the client class, also exported as `Client`
sync = list({getattr(pkg, n) for n in dir(pkg) if isinstance(getattr(pkg, n), type)
             and issubclass(getattr(pkg, n), base.SyncAPIClient) and getattr(pkg, n) is not base.SyncAPIClient})
assert len(sync) == 1, f"expected one client class, found {sync}"
clients = [sync[0], getattr(pkg, "Async" + sync[0].__name__)]
resources = set()
for cls in clients:
    params = inspect.signature(cls).parameters
    kwargs = {k: "k" for k in ("api_key", "username", "password") if k in params}
    client = cls(base_url="http://127.0.0.1:9", **kwargs)
    for resource, name in methods:
        target = client
        try:
            for part in resource.split(".") if resource else []:
                target = getattr(target, part)
            for wrapper in (target, target.with_raw_response, target.with_streaming_response):
                assert callable(getattr(wrapper, name)), f"{resource}.{name} is not callable"
            resources.add(resource)
        except Exception as e:
            failures.append(f"{cls.__name__}.{resource}.{name}: {type(e).__name__}: {e}")
print(json.dumps({"import_seconds": import_seconds, "modules": len(names), "resources": len(resources),
                  "methods": len(methods), "failures": failures}))
"""


@dataclass
class Touched:
    import_seconds: float
    modules: int
    resources: int
    methods: int
    failures: list[str]


def touch(site: Path, package: str, methods: Sequence[EmittedMethod], cwd: Path) -> Touched:
    """Imports the package and every module of it, and reaches every method api.md lists (plain,
    `.with_raw_response`, `.with_streaming_response`) on the sync and the async client."""
    listed = json.dumps(sorted({(m.resource, m.name) for m in methods}))
    done = subprocess.run([sys.executable, "-c", TOUCH, str(site), package, listed], cwd=cwd,
                          capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        return Touched(0.0, 0, 0, 0, [done.stderr[-3000:]])
    return Touched(**json.loads(done.stdout.strip().splitlines()[-1]))


@dataclass
class EmittedTests:
    counts: dict[str, int]
    returncode: int
    tail: str
    seconds: float
    prism_seconds: float
    failures: dict[str, str]  # test node id -> the first line of its error


def junit_failures(report: Path) -> dict[str, str]:
    """Failed and erroring tests of a pytest `--junitxml` report: node id -> first line of the message."""
    import xml.etree.ElementTree as ElementTree

    if not report.is_file():
        return {}
    failed = {}
    for case in ElementTree.parse(report).iter("testcase"):
        problem = case.find("failure")
        if problem is None:
            problem = case.find("error")
        if problem is None:
            continue
        module, _, cls = case.get("classname", "").rpartition(".")
        if not cls[:1].isupper():  # a test function at module level: classname is the module
            module, cls = case.get("classname", ""), ""
        node = module.replace(".", "/") + ".py" + (f"::{cls}" if cls else "") + f"::{case.get('name')}"
        message = (problem.get("message") or problem.text or "").strip().splitlines() or [""]
        failed[node] = reason(" ".join(message[0].split()), problem.text or "")
    return failed


PRISM_VALIDATION = re.compile(r"'validation': \[.*?'message': '((?:[^'\\]|\\.)*)'")


def reason(message: str, details: str = "") -> str:
    """A failure's message, short: for Prism's 422 problem document, what its validation says
    (from the full report in `details` when the message is cut)."""
    found = PRISM_VALIDATION.search(details) or PRISM_VALIDATION.search(message)
    if found and "Error code: 422" in message:
        return f"Prism 422: {found.group(1)}"[:200]
    return message.replace(" - {'type': 'https://stoplight.io/prism/errors#", " - {'type': 'prism#")[:200]


def emitted_tests(package: Path, spec: Path, pycache: Path, timeout: float, select: Optional[str] = None,
                  workers: str = "0") -> EmittedTests:
    """The package's emitted tests against Prism started on `spec`; `select` is a pytest `-k`
    expression (a subset, see tests/test_corpus.py). Prism failing to start raises RuntimeError."""
    prism = start_prism(spec, timeout=PRISM_START_TIMEOUT)
    started = time.monotonic()
    junit = pycache / "junit.xml"
    try:
        extra: list[str] = ["-k", select] if select else []
        extra.append(f"--junitxml={junit}")
        result = run_emitted_tests(package, prism.url, pycache, timeout, workers,
                                   (import_name(package).upper() + "_",), extra)
        if not prism.running:
            raise RuntimeError(f"Prism exited during the run:\n{prism.log_tail()}")
    finally:
        prism.stop()
    output = result.stdout + result.stderr
    return EmittedTests(summary_counts(result.stdout), result.returncode, "\n".join(output.splitlines()[-60:]),
                        time.monotonic() - started, prism.startup_seconds, junit_failures(junit))


# ----- known issues of the emitted tests against Prism -------------------------------------------

KNOWN_ISSUES = ROOT / "tests" / "corpus_known_issues"


def known_issues_file(key: str) -> Path:
    """`github.txt`; a sample spec's `azure.com/x` is `azure.com__x.txt`."""
    return KNOWN_ISSUES / f"{key.replace('/', '__')}.txt"


def read_known_issues(key: str) -> dict[str, str]:
    """`node id  # reason` lines (blank lines and `#` comments skipped)."""
    path = known_issues_file(key)
    if not path.is_file():
        return {}
    known = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            node, _, reason = line.partition("  # ")
            known[node.strip()] = reason.strip()
    return known


def write_known_issues(key: str, failures: dict[str, str], header: str) -> Path:
    path = known_issues_file(key)
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = [f"# {line}".rstrip() for line in header.splitlines()]
    lines += [f"{node}  # {failures[node]}" for node in sorted(failures)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def peer_import(package_dir: Path, python: str) -> tuple[bool, str]:
    """Whether openapi-python-client's output (a package directory) imports with all its modules."""
    script = r"""
import importlib, pkgutil, sys
sys.path.insert(0, sys.argv[1])
pkg = importlib.import_module(sys.argv[2])
for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + "."):
    importlib.import_module(m.name)
"""
    done = subprocess.run([python, "-c", script, str(package_dir.parent), package_dir.name], capture_output=True,
                          text=True, timeout=600, check=False)
    return done.returncode == 0, done.stderr.strip().splitlines()[-1] if done.returncode else ""

