"""Generation bench: our generator (per stage, cold and warm) beside openapi-python-client and
datamodel-code-generator on the same pinned OpenAI spec. Used by `scripts/bench.py`.

Our generator runs from a snapshot of `generator/`, `templates/` and `spec/` copied into a temp
directory which is also its working directory, so that (a) edits landing in the work tree while
the bench runs cannot turn a "nothing changed" run into a real one, and (b) its `.cache/` (the
validation cache and the up-to-date stamps) starts empty and is under our control.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from generator.errors import InputError  # noqa: E402 - after the path set-up above
from generator.loader import locate_pinned, read_pin  # noqa: E402

STAGE_LINE = re.compile(r"^\[(?P<stage>[^\]]+)\] done in (?P<secs>[0-9.]+)s(?: - (?P<detail>.*))?$")
DROPPED = re.compile(r"WARNING parsing (?P<route>\S+ \S+) within \S+\. Endpoint will not be generated")


@dataclass
class Run:
    """One measured process."""

    label: str
    rc: int
    wall: float
    maxrss_kb: int  # ru_maxrss of the child as reaped: the largest single process of its tree
    stdout: str
    stderr: str
    timed_out: bool = False
    stages: dict[str, float] = field(default_factory=dict)
    details: dict[str, str] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.rc == 0 and not self.timed_out


def measure(label: str, cmd: list[str], cwd: Path, timeout: float, env: dict[str, str] | None = None) -> Run:
    """Run `cmd`, returning wall time and peak RSS from wait4(); the whole process group is killed
    (ours only: it is started in its own session) if it outlives `timeout`."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=env, stdout=out, stderr=err, stdin=subprocess.DEVNULL, start_new_session=True
        )
        timed_out = threading.Event()

        def kill() -> None:
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # reaped by wait4: keep Popen consistent
        out.seek(0)
        err.seek(0)
        return Run(
            label,
            proc.returncode,
            wall,
            usage.ru_maxrss,
            out.read().decode(errors="replace"),
            err.read().decode(errors="replace"),
            timed_out.is_set(),
        )


def parse_stages(run: Run) -> Run:
    for line in run.stderr.splitlines():
        m = STAGE_LINE.match(line.strip())
        if m:
            run.stages[m["stage"]] = float(m["secs"])
            if m["detail"]:
                run.details[m["stage"]] = m["detail"]
        elif "is up to date" in line:
            run.details["up to date"] = "yes"
    return run


# ---- ours ---------------------------------------------------------------------------------------


class OurGenerator:
    def __init__(self, python: str, spec: str, config: str, timeout: float) -> None:
        self.python = python
        self.spec = spec
        self.config = config
        self.timeout = timeout
        self.root = Path(tempfile.mkdtemp(prefix="sdkgen-bench-"))
        self.snapshot = self.root / "snapshot"
        ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
        for name in ("generator", "templates", "spec"):
            shutil.copytree(ROOT / name, self.snapshot / name, ignore=ignore)
        self.counter = 0

    def fresh_out(self) -> Path:
        self.counter += 1
        return self.root / f"out{self.counter}"

    def run(self, label: str, out: Path, validate: bool = True) -> Run:
        cmd = [
            self.python,
            "-m",
            "generator",
            "generate",
            "--spec",
            self.spec,
            "--config",
            self.config,
            "--out",
            str(out),
        ]
        if not validate:
            cmd.append("--no-validate")
        # bytecode of the snapshot is written and reused, as in a real checkout
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env["SDKGEN_CACHE_DIR"] = str(self.snapshot / ".cache")  # starts empty, under the bench's control
        return parse_stages(measure(label, cmd, self.snapshot, self.timeout, env))

    def validators(self) -> Run:
        """Our validator and openapi-spec-validator on the same loaded spec, one process, each once:
        the times, the finding counts and whether the findings are the same (VALIDATORS_SCRIPT)."""
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        cmd = [self.python, "-c", VALIDATORS_SCRIPT, self.spec]
        return measure("validators", cmd, self.snapshot, self.timeout, env)

    def cleanup(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


# One line of JSON: seconds and findings of ours (generator/validation.py), of openapi-spec-validator
# on its pure-Python backend (the findings ours must equal) and of openapi-spec-validator as
# installed (with jsonschema-rs present it checks the document with jsonschema-rs, wording differs).
VALIDATORS_SCRIPT = """
import json, sys, time
from collections import Counter
from generator.loader import load_spec
from generator import validation
from generator.errors import pointer
spec = load_spec(sys.argv[1])
def timed(make):
    start = time.perf_counter()
    found = Counter((pointer(*e.absolute_path) if e.absolute_path else "#", e.message[:500]) for e in make())
    return time.perf_counter() - start, found
def installed():
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
    cls = OpenAPIV31SpecValidator if validation.is_31(spec.document) else OpenAPIV30SpecValidator
    return cls(spec.document).iter_errors()
ours_s, ours = timed(lambda: validation.iter_errors(spec.document))
ref_s, ref = timed(lambda: validation.reference_errors(spec.document))
inst_s, inst = timed(installed)
from openapi_spec_validator.schemas import get_validator_backend
print(json.dumps({"ours": ours_s, "reference": ref_s, "installed": inst_s, "backend": get_validator_backend(),
                  "findings": sum(ref.values()), "same": ours == ref, "installed_same": inst == ref}))
"""


def count_files(path: Path) -> int:
    return sum(1 for _ in path.rglob("*.py")) if path.exists() else 0


# ---- peers --------------------------------------------------------------------------------------


def resolve_spec_file(pin: Path) -> Path:
    """The OpenAPI document a pin file names, inside the installed package (for the peers, which
    only take a path)."""
    try:
        return locate_pinned(read_pin(pin))
    except InputError as e:
        raise SystemExit(f"bench: {e}") from None


def run_openapi_python_client(peers_bin: Path, spec_file: Path, work: Path, timeout: float) -> Run:
    out = work / "opc-out"
    shutil.rmtree(out, ignore_errors=True)
    env = dict(os.environ)
    # its post-hooks call `ruff` from PATH: the bench venv's pinned one
    env["PATH"] = f"{peers_bin}{os.pathsep}{env.get('PATH', '')}"
    cmd = [
        str(peers_bin / "openapi-python-client"),
        "generate",
        "--path",
        str(spec_file),
        "--output-path",
        str(out),
        "--meta",
        "none",
        "--overwrite",
    ]
    run = measure("openapi-python-client", cmd, work, timeout, env)
    dropped = [m["route"] for m in DROPPED.finditer(run.stdout + run.stderr)]
    run.details["dropped"] = str(len(dropped))
    run.details["dropped_routes"] = ", ".join(dropped)
    run.details["files"] = str(count_files(out))
    run.details["operations"] = str(sum(1 for p in (out / "api").rglob("*.py") if p.name != "__init__.py"))
    return run


def run_datamodel_codegen(exe: Path, spec_file: Path, work: Path, timeout: float) -> Run:
    out = work / "dmc-out"
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    cmd = [
        str(exe),
        "--input",
        str(spec_file),
        "--input-file-type",
        "openapi",
        "--output-model-type",
        "pydantic_v2.BaseModel",
        "--output",
        str(out / "models.py"),
    ]
    run = measure("datamodel-code-generator", cmd, work, timeout)
    models = out / "models.py"
    run.details["classes"] = str(models.read_text().count("\nclass ")) if models.exists() else "0"
    return run


# ---- scaling: synthetic specs of N operations ---------------------------------------------------

SCALE_SIZES = (500, 2_000, 8_000)
SHARED_PARTS = 50  # shared component schemas every resource's items point into


def synthetic_spec(operations: int) -> dict:
    """A deterministic OpenAPI 3.1 document with `operations` operations (a multiple of 4): N/4
    resources, each with list (cursor page), create (JSON body), retrieve and delete, an item
    schema of 12 properties (nested objects, arrays, enums, nullable, a shared $ref), a page
    schema and a create-body schema; plus SHARED_PARTS shared schemas. Same input, same bytes."""
    resources = max(1, operations // 4)
    schemas: dict = {
        "Meta": {
            "type": "object",
            "properties": {"source": {"type": "string"}, "version": {"type": "integer"}},
        },
        "Deleted": {
            "type": "object",
            "required": ["id", "deleted"],
            "properties": {"id": {"type": "string"}, "deleted": {"type": "boolean"}},
        },
    }
    for p in range(SHARED_PARTS):
        schemas[f"Part{p}"] = {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "weight": {"type": "number"},
                "meta": {"$ref": "#/components/schemas/Meta"},
            },
        }
    paths: dict = {}
    for i in range(resources):
        name = f"Widget{i}"
        ref = {"$ref": f"#/components/schemas/{name}"}
        schemas[name] = {
            "type": "object",
            "required": ["id", "object", "created", "name"],
            "properties": {
                "id": {"type": "string"},
                "object": {"type": "string", "enum": [f"widget{i}"]},
                "created": {"type": "integer"},
                "name": {"type": "string", "description": f"The name of widget kind {i}."},
                "score": {"type": "number"},
                "active": {"type": "boolean"},
                "kind": {"type": "string", "enum": ["small", "medium", "large"]},
                "tags": {"type": "array", "items": {"type": "string"}},
                "note": {"type": ["string", "null"]},
                "meta": {"$ref": "#/components/schemas/Meta"},
                "parts": {"type": "array", "items": {"$ref": f"#/components/schemas/Part{i % SHARED_PARTS}"}},
                "limits": {
                    "type": "object",
                    "properties": {"low": {"type": "integer"}, "high": {"type": "integer"}},
                },
            },
        }
        schemas[f"{name}List"] = {
            "type": "object",
            "required": ["object", "data", "has_more"],
            "properties": {
                "object": {"type": "string", "enum": ["list"]},
                "data": {"type": "array", "items": ref},
                "has_more": {"type": "boolean"},
            },
        }
        schemas[f"{name}Create"] = {
            "type": "object",
            "required": ["name"],
            "properties": {
                "name": {"type": "string"},
                "score": {"type": "number"},
                "kind": {"type": "string", "enum": ["small", "medium", "large"]},
                "tags": {"type": "array", "items": {"type": "string"}},
            },
        }

        def ok(schema: dict) -> dict:
            return {"200": {"description": "OK", "content": {"application/json": {"schema": schema}}}}

        tag = [f"widgets{i}"]
        id_param = {"name": "widget_id", "in": "path", "required": True, "schema": {"type": "string"}}
        paths[f"/widgets{i}"] = {
            "get": {
                "operationId": f"listWidgets{i}",
                "tags": tag,
                "summary": f"List widgets of kind {i}.",
                "parameters": [
                    {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    {"name": "after", "in": "query", "schema": {"type": "string"}},
                ],
                "responses": ok({"$ref": f"#/components/schemas/{name}List"}),
            },
            "post": {
                "operationId": f"createWidget{i}",
                "tags": tag,
                "summary": f"Create a widget of kind {i}.",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{name}Create"}}},
                },
                "responses": ok(ref),
            },
        }
        paths[f"/widgets{i}/{{widget_id}}"] = {
            "get": {
                "operationId": f"retrieveWidget{i}",
                "tags": tag,
                "parameters": [id_param],
                "responses": ok(ref),
            },
            "delete": {
                "operationId": f"deleteWidget{i}",
                "tags": tag,
                "parameters": [id_param],
                "responses": ok({"$ref": "#/components/schemas/Deleted"}),
            },
        }
    return {
        "openapi": "3.1.0",
        "info": {"title": f"Synthetic {operations}", "version": "1.0.0"},
        "servers": [{"url": "https://api.example.invalid/v1"}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


def scale_run(python: str, snapshot: Path, spec: Path, out: Path, cache: Path, timeout: float) -> Run:
    """One cold, zero-config generation of `spec` (validation included, nothing cached)."""
    cmd = [python, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["SDKGEN_CACHE_DIR"] = str(cache)
    return parse_stages(measure(f"scale {spec.name}", cmd, snapshot, timeout, env))


def fit_exponent(points: list[tuple[float, float]]) -> float:
    """The slope of log(y) over log(x), least squares: y ~ x ** slope."""
    import math

    xs = [math.log(x) for x, _ in points]
    ys = [math.log(y) for _, y in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    den = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / den if den else float("nan")
