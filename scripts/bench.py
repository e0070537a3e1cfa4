"""`make bench`: our generator and emitted SDK beside their peers, in one run.

    .venv/bin/python scripts/bench.py [--runtime-python .venv-bench/runtime/bin/python]
                                      [--peers-bin .venv-bench/peers/bin] [--reps 7] [--hot-reps 3]
                                      [--gen-reps 3] [--peer-reps 1] [--skip-gen] [--skip-runtime]
                                      [--skip-peers] [--skip-scale] [--scale-sizes 500,2000,8000]
                                      [--scale-spec NAME=PATH] [--ours-src output/openai/src] [--samples]

Prints (stdout) a machine header, then tables: generation per stage, generation vs peers,
generation scaling (synthetic specs of 500, 2,000 and 8,000 operations, and any real spec given
with --scale-spec, with the exponent of the fit), and SDK runtime beside the official `openai`
package and the floor (bare httpx + json.loads); every runtime row has ours, the peer, the floor,
both ratios, the target (against the floor) and whether it is met. `--skip-gen` skips the
pinned-spec generation tables only; `--skip-scale` the scaling series. Progress goes to stderr. The exit code is 0 whatever
the numbers are (a benchmark is not a test); it is 1 only when a run failed or the two SDKs read
different results from the same payloads.

Generation runs with this interpreter (the project venv) from a snapshot of the work tree (see
`bench_gen.py`), and so does datamodel-code-generator; openapi-python-client from its own venv
(`--peers-bin`). Both SDKs run in the runtime venv (`--runtime-python`), which holds the official
`openai` and nothing but its dependencies (at the versions requirements.txt pins), so neither
import pays for unrelated packages. The two SDKs share the import name `openai`, so each
measurement is a fresh subprocess of `bench_runtime.py`:
ours with `--ours-src` first on PYTHONPATH, the official one with no PYTHONPATH. Ours and the
official one alternate (who goes first flips every repetition) and medians are reported.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_gen import (
    ROOT,
    SCALE_SIZES,
    OurGenerator,
    Run,
    scale_run,
    fit_exponent,
    synthetic_spec,
    resolve_spec_file,
    run_datamodel_codegen,
    run_openapi_python_client,
)

SCRIPTS = Path(__file__).resolve().parent


def log(msg: str) -> None:
    print(f"bench: {msg}", file=sys.stderr, flush=True)


def median(xs: Sequence[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


# ---- the machine --------------------------------------------------------------------------------


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "?"


def mem_total() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "?"


def git_rev() -> str:
    try:

        def git(*argv: str) -> str:
            return subprocess.run(["git", *argv], check=False, cwd=ROOT, capture_output=True, text=True).stdout

        rev = git("rev-parse", "--short", "HEAD")
        dirty = git("status", "--porcelain", "--untracked-files=no")
        return rev.strip() + (" (+ uncommitted changes)" if dirty.strip() else "")
    except OSError:
        return "?"


def versions(python: str, names: list[str]) -> dict[str, str]:
    code = (
        "import json, sys, importlib.metadata as m\n"
        "out = {}\n"
        "for n in sys.argv[1:]:\n"
        "    try: out[n] = m.version(n)\n"
        "    except m.PackageNotFoundError: out[n] = 'missing'\n"
        "out['python'] = sys.version.split()[0]\n"
        "print(json.dumps(out))\n"
    )
    res = subprocess.run([python, "-c", code, *names], check=False, capture_output=True, text=True, env=clean_env())
    if res.returncode != 0:
        raise SystemExit(f"bench: cannot run {python}: {res.stderr.strip()}")
    return json.loads(res.stdout)


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "?"


# ---- tables -------------------------------------------------------------------------------------


def table(headers: list[str], rows: list[list[str]], right: set | None = None) -> str:
    right = right if right is not None else set(range(1, len(headers)))
    widths = [max(len(str(r[i])) for r in [headers] + rows) for i in range(len(headers))]

    def fmt(row: list[str]) -> str:
        cells = [str(c).rjust(w) if i in right else str(c).ljust(w) for i, (c, w) in enumerate(zip(row, widths))]
        return "| " + " | ".join(cells) + " |"

    sep = "|" + "|".join(("-" * (w + 1) + ":") if i in right else ("-" * (w + 2)) for i, w in enumerate(widths)) + "|"
    return "\n".join([fmt(headers), sep] + [fmt(r) for r in rows])


def num(x: float | None, digits: int = 2) -> str:
    if x is None or math.isnan(x):
        return "-"
    if abs(x) >= 1000:
        return f"{x:,.0f}"
    return f"{x:.{digits}f}"


# ---- generation ---------------------------------------------------------------------------------


def stage_order(runs: list[Run]) -> list[str]:
    """Stages in the order the generator printed them, merged over runs that skip some."""
    order: list[str] = []
    for run in runs:
        prev = -1
        for stage in run.stages:
            if stage not in order:
                order.insert(prev + 1, stage)
            prev = order.index(stage)
    return order


def gen_bench(args: argparse.Namespace) -> tuple[str, bool]:
    peers_bin = Path(args.peers_bin)
    spec_file = resolve_spec_file(ROOT / args.spec)
    gen = OurGenerator(sys.executable, args.spec, args.config, args.timeout)
    work = gen.root / "peers"
    work.mkdir()
    ok = True
    first: list[Run] = []
    cached: list[Run] = []
    noval: list[Run] = []
    warm: list[Run] = []
    opc: list[Run] = []
    dmc: list[Run] = []
    try:
        log("generation: cold, empty validation cache (1 run)")
        first.append(gen.run("cold, validation not cached", gen.fresh_out()))
        for i in range(args.gen_reps):
            out = gen.fresh_out()
            log(f"generation: cold, validation cached ({i + 1}/{args.gen_reps})")
            cached.append(gen.run("cold, validation cached", out))
            log(f"generation: warm, nothing changed ({i + 1}/{args.gen_reps})")
            warm.append(gen.run("warm", out))
            log(f"generation: cold, --no-validate ({i + 1}/{args.gen_reps})")
            noval.append(gen.run("cold, --no-validate", gen.fresh_out(), validate=False))
            if not args.skip_peers and i < args.peer_reps:
                log(f"generation: openapi-python-client ({i + 1}/{args.peer_reps}, ~30 s)")
                opc.append(run_openapi_python_client(peers_bin, spec_file, work, args.timeout))
                log(f"generation: datamodel-code-generator ({i + 1}/{args.peer_reps}, ~30 s)")
                dmc.append(
                    run_datamodel_codegen(
                        Path(sys.executable).parent / "datamodel-codegen", spec_file, work, args.timeout
                    )
                )
        log("generation: our validator beside openapi-spec-validator (1 run, ~20 s)")
        validators = gen.validators()
    finally:
        gen.cleanup()

    lines: list[str] = []
    for run in first + cached + noval + warm + [validators]:
        if not run.ok:
            ok = False
            lines.append(
                f"FAILED: ours, {run.label}: exit {run.rc}{' (timed out)' if run.timed_out else ''}\n"
                + run.stderr[-2000:]
            )
    columns = [
        ("cold, validation not cached (1 run)", first),
        ("cold, validation cached", cached),
        ("cold, --no-validate", noval),
        ("warm, nothing changed", warm),
    ]
    seen = stage_order([r for _, rs in columns for r in rs])
    rows = []
    for stage in seen:
        rows.append(
            [stage]
            + [
                num(median([r.stages[stage] for r in rs if stage in r.stages]))
                if any(stage in r.stages for r in rs)
                else "-"
                for _, rs in columns
            ]
        )
    rows.append(["sum of stages"] + [num(median([sum(r.stages.values()) for r in rs])) for _, rs in columns])
    rows.append(["process wall"] + [num(median([r.wall for r in rs])) for _, rs in columns])
    rows.append(["peak RSS (MB)"] + [num(max([r.maxrss_kb for r in rs], default=0) / 1024, 0) for _, rs in columns])
    rows.append(["runs"] + [str(len(rs)) for _, rs in columns])
    up = [r for r in warm if r.details.get("up to date")]
    lines.append("Generation: our generator, full OpenAI SDK from the pinned spec, seconds per stage (medians)")
    lines.append(table(["stage"] + [c for c, _ in columns], rows))
    if first and "build IR" in first[0].details:
        lines.append(
            f"  output: {first[0].details['build IR']}; {first[0].details.get('render', '')}; "
            f"write: {first[0].details.get('write', '')}"
        )
    lines.append(
        f"  warm runs that took the up-to-date fast path: {len(up)}/{len(warm)}"
        + ("" if len(up) == len(warm) else "  (the others re-ran every stage: see the stage column)")
    )
    lines.append(
        "  peak RSS = ru_maxrss from wait4(): the largest single process of the run's tree "
        "(the generator or its formatter), not their sum."
    )

    cold_wall = median([r.wall for r in cached])
    first_wall = median([r.wall for r in first])
    peer_rows = []
    for name, rs, what in (("openapi-python-client", opc, "operations"), ("datamodel-code-generator", dmc, "classes")):
        if not rs:
            continue
        good = [r for r in rs if r.ok]
        if not good:
            ok = False
            bad = rs[0]
            lines.append(
                f"FAILED: {name}: exit {bad.rc}{' (timed out)' if bad.timed_out else ''}\n"
                + (bad.stderr or bad.stdout)[-2000:]
            )
            continue
        wall = median([r.wall for r in good])
        d = good[0].details
        produced = (
            f"{d['operations']} operations in {d['files']} files, {d['dropped']} dropped"
            if what == "operations"
            else f"models only: {d['classes']} classes in one file"
        )
        peer_rows.append(
            [
                name,
                str(len(good)),
                num(wall),
                num(max(r.maxrss_kb for r in good) / 1024, 0),
                produced,
                num(cold_wall / wall),
                num(first_wall / wall),
            ]
        )
    if peer_rows:
        ours_summary = first[0].details.get("build IR", "") if first else ""
        peer_rows.insert(
            0,
            [
                "ours (sdkgen)",
                str(len(cached)),
                num(cold_wall),
                num(max((r.maxrss_kb for r in cached), default=0) / 1024, 0),
                f"{ours_summary}, formatted; {num(first_wall)} s with validation not cached",
                "-",
                "-",
            ],
        )
        lines.append("")
        lines.append("Generation vs peers, same spec (wall seconds incl. interpreter start and formatting; medians)")
        lines.append(
            table(
                [
                    "tool",
                    "runs",
                    "wall s",
                    "peak MB",
                    "output",
                    "ours/peer (validation cached)",
                    "ours/peer (not cached)",
                ],
                peer_rows,
                right={1, 2, 3, 5, 6},
            )
        )
        for r in opc[:1]:
            if r.details.get("dropped_routes"):
                lines.append(f"  openapi-python-client dropped: {r.details['dropped_routes']}")

    vrow = validator_rows(validators)
    if vrow:
        lines.append("")
        lines.append("Validation of the pinned spec, same loaded document, one process (seconds)")
        lines.append(table(["validator", "s", "findings", "same findings as the reference?"], vrow, right={1, 2}))
    warm_wall = median([r.wall for r in warm])
    peak = max((r.maxrss_kb for r in first + cached + noval + warm), default=0) / 1024
    check = validator_numbers(validators)
    tgt = [
        [
            "cold, first run incl. validation, nothing cached (s)",
            num(first_wall),
            "<= 6",
            yes(first_wall <= 6 and (check is None or check["same"])),
        ],
        ["cold, validation cached (s)", num(cold_wall), "<= 10", yes(cold_wall <= 10)],
        [
            "cold, --no-validate (s)",
            num(median([r.wall for r in noval])),
            "<= 10",
            yes(median([r.wall for r in noval]) <= 10),
        ],
        ["warm, nothing changed (s)", num(warm_wall), "<= 2", yes(warm_wall <= 2)],
        ["peak memory, any run (MB)", num(peak, 0), "<= 500", yes(peak <= 500)],
    ]
    lines.append("")
    lines.append("Generation targets (process wall)")
    lines.append(table(["metric", "ours", "target", "met?"], tgt, right={1, 2}))
    return "\n".join(lines), ok


def validator_numbers(run: Run) -> dict | None:
    if not run.ok:
        return None
    try:
        return json.loads(run.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        return None


def validator_rows(run: Run) -> list[list[str]]:
    """Ours beside openapi-spec-validator, with the ratio ours / it."""
    v = validator_numbers(run)
    if v is None:
        return []
    n = str(v["findings"])
    return [
        ["ours (generator/validation.py)", num(v["ours"]), n, yes(v["same"])],
        ["openapi-spec-validator 0.9.0, pure-Python jsonschema (the reference)", num(v["reference"]), n, "-"],
        [f"openapi-spec-validator as installed (document check: {v['backend']})", num(v["installed"]), "",
         yes(v["installed_same"]) + ("" if v["installed_same"] else " (its jsonschema-rs backend words messages its own way)")],
        ["ratio ours / reference", num(v["ours"] / v["reference"]), "", ""],
        ["ratio ours / as installed", num(v["ours"] / v["installed"]), "", ""],
    ]


def yes(flag: bool) -> str:
    return "yes" if flag else "NO"


# ---- scaling ------------------------------------------------------------------------------------

# Real specs for the scaling table beside the synthetic series, as (label, path). The GitHub REST
# description (@octokit/openapi@23.0.2, 13 MB, 1,223 operations) comes from the corpus fetch
# (scripts/corpus.py, another branch): plug it in here, or pass `--scale-spec github=PATH`.
# This script downloads nothing.
SCALE_TARGET_GITHUB_S = 20.0
SCALE_TARGET_GITHUB_MB = 1024.0


def real_scale_specs(args: argparse.Namespace) -> list[tuple[str, Path]]:
    specs: list[tuple[str, Path]] = []
    for item in args.scale_spec:
        label, _, path = item.partition("=")
        if not path:
            raise SystemExit(f"bench: --scale-spec wants NAME=PATH, got {item!r}")
        specs.append((label, Path(path).resolve()))
    return specs


def scale_bench(args: argparse.Namespace) -> tuple[str, bool]:
    """Cold zero-config generations (validation included, nothing cached) of synthetic specs of
    growing size, and of any real spec given: time and peak memory per size, and the exponent of
    the fit time ~ operations ** k (target k <= 1.15)."""
    sizes = [int(x) for x in args.scale_sizes.split(",") if x.strip()]
    gen = OurGenerator(sys.executable, args.spec, args.config, args.timeout)
    rows: list[list[str]] = []
    points_wall: list[tuple[float, float]] = []
    points_work: list[tuple[float, float]] = []
    ok = True
    try:
        work = gen.root / "scale"
        work.mkdir()
        runs: list[tuple[str, int, Path]] = []
        for n in sizes:
            spec_path = work / f"synthetic-{n}.json"
            spec_path.write_text(json.dumps(synthetic_spec(n), indent=1, sort_keys=True))
            runs.append((f"synthetic, {n:,} operations", n, spec_path))
        for label, path in real_scale_specs(args):
            runs.append((label, 0, path))
        for k, (label, n, path) in enumerate(runs):
            log(f"scale: {label} ({k + 1}/{len(runs)})")
            run = scale_run(sys.executable, gen.snapshot, path, work / f"out{k}", work / f"cache{k}", args.timeout)
            if not run.ok:
                ok = False
                rows.append([label, f"{path.stat().st_size / 1e6:.1f}", "FAILED", "-", "-", "-"])
                log(f"scale: {label} failed:\n{run.stderr[-2000:]}")
                continue
            work_s = sum(run.stages.values())
            target, met = "(info)", ""
            if n:
                points_wall.append((n, run.wall))
                points_work.append((n, work_s))
            elif label.lower().startswith("github"):
                target = f"<= {SCALE_TARGET_GITHUB_S:g} s, <= {SCALE_TARGET_GITHUB_MB / 1024:g} GB"
                met = yes(run.wall <= SCALE_TARGET_GITHUB_S and run.maxrss_kb / 1024 <= SCALE_TARGET_GITHUB_MB)
            rows.append(
                [label, f"{path.stat().st_size / 1e6:.1f}", num(run.wall), num(work_s), num(run.maxrss_kb / 1024, 0),
                 target, met]
            )
    finally:
        gen.cleanup()
    lines = [
        "Generation scaling: cold, zero-config, validation included, nothing cached (one run per size)",
        table(["spec", "MB", "wall s", "stages s", "peak MB", "target", "met?"], rows, right={1, 2, 3, 4}),
    ]
    if len(points_work) >= 2:
        k_work, k_wall = fit_exponent(points_work), fit_exponent(points_wall)
        lines.append(
            f"  fit time ~ operations^k over the synthetic series: k = {k_work:.2f} on the generator's own stages "
            f"(target <= 1.15: {yes(k_work <= 1.15)}), k = {k_wall:.2f} on process wall time (interpreter start "
            "included, which flattens it)"
        )
    if not real_scale_specs(args):
        lines.append(
            "  GitHub REST (@octokit/openapi@23.0.2; <= 20 s and <= 1 GB): not measured, no spec given "
            "(--scale-spec github=PATH; the corpus fetch will provide it)"
        )
    return "\n".join(lines), ok


# ---- runtime ------------------------------------------------------------------------------------


def clean_env(pythonpath: str | None = None, pycache: str | None = None) -> dict[str, str]:
    # PYTHONDONTWRITEBYTECODE would make every fresh process compile its modules from source (and
    # only ours, as pip installs the official package with its bytecode): the warm-up must write it.
    drop = ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONSTARTUP", "PYTHONPROFILEIMPORTTIME")
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENAI_") and k not in drop}
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    if pycache:
        env["PYTHONPYCACHEPREFIX"] = pycache
    return env


class Worker:
    def __init__(self, python: str, ours_src: Path, pycache: str, timeout: float) -> None:
        self.python = python
        self.ours_src = ours_src
        self.pycache = pycache
        self.timeout = timeout

    def env(self, who: str) -> dict[str, str]:
        return clean_env(str(self.ours_src) if who == "ours" else None, self.pycache)

    def process_wall(self, who: str) -> float:
        """Wall time of a whole `python -c "import openai"` process, interpreter start included."""
        start = time.perf_counter()
        res = subprocess.run(
            [self.python, "-c", "import openai"],
            check=False,
            capture_output=True,
            env=self.env(who),
            cwd=tempfile.gettempdir(),
            timeout=self.timeout,
        )
        wall = time.perf_counter() - start
        if res.returncode != 0:
            raise SystemExit(f"bench: `import openai` failed ({who}):\n{res.stderr.decode()[-3000:]}")
        return wall

    def run(self, who: str, mode: str) -> dict[str, Any]:
        try:
            res = subprocess.run(
                [self.python, str(SCRIPTS / "bench_runtime.py"), mode],
                check=False,
                capture_output=True,
                text=True,
                env=self.env(who),
                cwd=tempfile.gettempdir(),
                timeout=self.timeout,
            )
        except subprocess.TimeoutExpired:
            raise SystemExit(f"bench: runtime worker ({who}, {mode}) took more than {self.timeout:.0f} s") from None
        if res.returncode != 0:
            raise SystemExit(f"bench: runtime worker ({who}, {mode}) failed:\n{res.stderr[-3000:]}")
        data = json.loads(res.stdout.strip().splitlines()[-1])
        if mode == "floor":  # httpx only: no SDK imported
            return data
        where = Path(data["file"]).resolve()
        expected_ours = where.is_relative_to(self.ours_src.resolve())
        if (who == "ours") != expected_ours:
            raise SystemExit(f"bench: {who} run imported the wrong package: {where}")
        return data


def runtime_bench(args: argparse.Namespace) -> tuple[str, bool]:
    ours_src = (ROOT / args.ours_src).resolve()
    if not (ours_src / "openai" / "__init__.py").is_file():
        raise SystemExit(f"bench: no package at {ours_src}/openai (run `make generate`)")
    pycache = tempfile.mkdtemp(prefix="sdkgen-bench-pyc-")
    worker = Worker(args.runtime_python, ours_src, pycache, args.timeout)
    order = ("ours", "official")
    cold: dict[str, list[dict[str, Any]]] = {"ours": [], "official": [], "floor": []}
    hot: dict[str, list[dict[str, Any]]] = {"ours": [], "official": []}
    try:
        log("runtime: warm-up (bytecode compiled into a private PYTHONPYCACHEPREFIX, same for both)")
        for who in order:
            worker.run(who, "cold")
        for i in range(args.reps):
            log(f"runtime: fresh-process import/construction/RSS ({i + 1}/{args.reps})")
            for who in order if i % 2 == 0 else order[::-1]:
                data = worker.run(who, "cold")
                data["process_s"] = worker.process_wall(who)
                cold[who].append(data)
            cold["floor"].append(worker.run("floor", "floor"))
        for i in range(args.hot_reps):
            log(f"runtime: per-call, large responses, SSE, pagination, helpers ({i + 1}/{args.hot_reps}; ~30 s each)")
            for who in order if i % 2 == 0 else order[::-1]:
                hot[who].append(worker.run(who, "hot"))
    finally:
        import shutil

        shutil.rmtree(pycache, ignore_errors=True)

    def cm_fn(who: str, fn: Callable[[dict[str, Any]], float]) -> float:
        return median([fn(d) for d in cold[who]])

    def hm_fn(who: str, fn: Callable[[dict[str, Any]], float]) -> float:
        return median([fn(d) for d in hot[who]])

    def cm(who: str, key: str, scale: float = 1.0) -> float:
        return cm_fn(who, lambda d: d[key] * scale)

    def hm(who: str, key: str) -> float:
        return hm_fn(who, lambda d: d[key])

    def floor_ratio(key: str, floor_key: str) -> float:
        """Median over our processes of ours / the floor measured in the same process."""
        return hm_fn("ours", lambda d: d[key] / d[floor_key])

    def floor_of(floor_key: str) -> float:
        return median([d[floor_key] for who in order for d in hot[who]])

    rows: list[list[str]] = []

    def row(
        name: str,
        ours: float,
        official: float,
        floor: float | None = None,
        target: str = "",
        met: bool | None = None,
        digits: int = 2,
        ratio_floor: float | None = None,
        lower_is_better: bool = True,
    ) -> None:
        """One line: ours, the official SDK, the floor, ours/official, ours/floor, the target
        (always against the floor) and whether it is met."""
        ratio = ours / official if official else float("nan")
        if floor is not None and ratio_floor is None:
            ratio_floor = ours / floor if floor else float("nan")
        if not lower_is_better:  # a rate: the ratios still read "ours costs N times"
            ratio = 1 / ratio if ratio else float("nan")
            ratio_floor = 1 / ratio_floor if ratio_floor else float("nan")
        rows.append(
            [
                name,
                num(ours, digits),
                num(official, digits),
                num(floor, digits) if floor is not None else "-",
                num(ratio),
                num(ratio_floor) if ratio_floor is not None else "-",
                target or "(info)",
                "" if met is None else yes(met),
            ]
        )

    def cold_ms(who: str) -> float:
        return cm_fn(who, lambda d: (d["import_s"] + d["construct_s"]) * 1e3)

    ours_start, floor_start = cold_ms("ours"), cold_ms("floor")
    row(
        "import + client construction (ms)",
        ours_start,
        cold_ms("official"),
        floor_start,
        "<= floor + 40 ms",
        ours_start <= floor_start + 40,
        digits=1,
    )
    row("  cold `import openai` alone, fresh process (ms)", cm("ours", "import_s", 1e3),
        cm("official", "import_s", 1e3), cm("floor", "import_s", 1e3), digits=1)
    row(
        "  python -c 'import openai', whole process (ms)",
        cm("ours", "process_s", 1e3),
        cm("official", "process_s", 1e3),
        digits=1,
    )
    row(
        "  + first chat.completions.create (ms)",
        cm_fn("ours", lambda d: (d["import_s"] + d["construct_s"] + d["first_call_s"]) * 1e3),
        cm_fn("official", lambda d: (d["import_s"] + d["construct_s"] + d["first_call_s"]) * 1e3),
        digits=1,
    )
    row("  modules imported by `import openai`", cm("ours", "modules"), cm("official", "modules"), digits=0)
    ours_rss, floor_rss = cm("ours", "rss_client_kb", 1 / 1024), cm("floor", "rss_client_kb", 1 / 1024)
    row(
        "RSS after import + client construction (MiB)",
        ours_rss,
        cm("official", "rss_client_kb", 1 / 1024),
        floor_rss,
        "<= floor + 3 MiB",
        ours_rss <= floor_rss + 3,
        digits=1,
    )
    row(
        "  RSS added by `import openai` (MiB)",
        cm_fn("ours", lambda d: (d["rss_import_kb"] - d["rss_base_kb"]) / 1024),
        cm_fn("official", lambda d: (d["rss_import_kb"] - d["rss_base_kb"]) / 1024),
        digits=1,
    )
    for mode in ("sync", "async"):
        r = floor_ratio(f"call_{mode}_us", f"bare_{mode}_us")
        row(
            f"per call, {mode}: chat.completions.create (us)",
            hm("ours", f"call_{mode}_us"),
            hm("official", f"call_{mode}_us"),
            floor_of(f"bare_{mode}_us"),
            "<= 1.3x floor",
            r <= 1.3,
            digits=0,
            ratio_floor=r,
        )
        row(
            f"  overhead over the floor, {mode} (us)",
            hm_fn("ours", lambda d, m=mode: d[f"call_{m}_us"] - d[f"bare_{m}_us"]),
            hm_fn("official", lambda d, m=mode: d[f"call_{m}_us"] - d[f"bare_{m}_us"]),
            digits=0,
        )
    for name, key, fkey, limit, digits in (
        ("200-choice chat completion, every field read (ms)", "large_chat_ms", "floor_large_chat_ms", 2.5, 2),
        ("/models list of 10,000, every id read (ms)", "models_ms", "floor_models_ms", 2.5, 1),
        ("SSE: 2,000 typed chat.completion.chunk events (ms)", "sse_ms", "floor_sse_ms", 2.0, 1),
        ("pagination: 20 cursor pages of 100 jobs (us/item)", "page_us_per_item", "floor_page_us_per_item", 2.5, 1),
    ):
        r = floor_ratio(key, fkey)
        row(name, hm("ours", key), hm("official", key), floor_of(fkey), f"<= {limit:g}x floor", r <= limit,
            digits=digits, ratio_floor=r)
        if key == "large_chat_ms":
            row("  first such call in the process (ms)", hm("ours", "large_chat_first_ms"),
                hm("official", "large_chat_first_ms"))
        if key == "sse_ms":
            row("  SSE events per second", hm("ours", "sse_chunks_per_s"), hm("official", "sse_chunks_per_s"),
                digits=0, lower_is_better=False)
    row(
        "helper: chat.completions.parse, 200 structured choices (ms)",
        hm("ours", "parse_helper_ms"),
        hm("official", "parse_helper_ms"),
        digits=1,
    )
    row(
        "helper: chat.completions.stream, 20,000 chunks (ms)",
        hm("ours", "stream_helper_ms"),
        hm("official", "stream_helper_ms"),
        digits=0,
    )

    ok = True
    mismatches = []
    for a, b in zip(hot["ours"], hot["official"]):
        for key in a["digests"]:
            if a["digests"][key] != b["digests"].get(key):
                mismatches.append(f"{key}: ours {a['digests'][key]} vs official {b['digests'].get(key)}")
    lines = [
        "SDK runtime: ours vs the official `openai` (the peer) and vs the floor (medians). Floor: bare httpx on "
        "the same transport + json.loads, reading the same values (SSE: iter_lines + json.loads; start-up: "
        "`import httpx` + `httpx.Client()`), measured in the same processes; ours/floor is the median of the "
        "per-process ratios. Targets are against the floor."
    ]
    lines.append(
        table(["metric", "ours", "official", "floor", "ours/official", "ours/floor", "target", "met?"], rows)
    )
    lines.append(
        f"  repetitions: {args.reps} fresh processes each for import/construction/RSS, {args.hot_reps} for the "
        "rest (each of those itself a median over batches); ours and official alternate"
    )
    if mismatches:
        ok = False
        lines.append("  BEHAVIOUR MISMATCH (same payloads, different results):")
        lines += [f"    {m}" for m in sorted(set(mismatches))]
    else:
        lines.append(
            "  behaviour: both SDKs read identical results from every payload "
            "(choices, text, tool calls, logprobs, 10,000 ids, SSE text, 2,000 jobs, parsed choices, streamed text)"
        )
    if args.samples:
        lines.append("  samples:")
        for who in order:
            for d in cold[who]:
                lines.append(f"    {who} cold {json.dumps({k: v for k, v in d.items() if k != 'file'})}")
            for d in hot[who]:
                lines.append(
                    f"    {who} hot {json.dumps({k: v for k, v in d.items() if k not in ('file', 'digests')})}"
                )
    return "\n".join(lines), ok


# ---- main ---------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--runtime-python",
        default=str(ROOT / ".venv-bench" / "runtime" / "bin" / "python"),
        help="interpreter of the runtime bench venv (the official openai and its dependencies only)",
    )
    ap.add_argument(
        "--peers-bin",
        default=str(ROOT / ".venv-bench" / "peers" / "bin"),
        help="bin/ of the venv holding openapi-python-client",
    )
    ap.add_argument("--spec", default="spec/openai.pin.yaml")
    ap.add_argument("--config", default="spec/openai.yaml")
    ap.add_argument("--ours-src", default="output/openai/src", help="where our emitted `openai` package lives")
    ap.add_argument("--reps", type=int, default=7, help="fresh-process repetitions for import/RSS (per SDK)")
    ap.add_argument("--hot-reps", type=int, default=3, help="processes for per-call/parse/SSE/pagination (per SDK)")
    ap.add_argument("--gen-reps", type=int, default=3, help="repetitions of each cold/warm generation")
    ap.add_argument("--peer-reps", type=int, default=1, help="runs of each peer generator (~30 s each)")
    ap.add_argument("--timeout", type=float, default=300.0, help="seconds allowed to any one process")
    ap.add_argument("--skip-gen", action="store_true")
    ap.add_argument("--skip-runtime", action="store_true")
    ap.add_argument("--skip-peers", action="store_true", help="no peer generators")
    ap.add_argument("--samples", action="store_true", help="also print every runtime sample")
    ap.add_argument("--skip-scale", action="store_true", help="no generation scaling series")
    ap.add_argument(
        "--scale-sizes",
        default=",".join(str(n) for n in SCALE_SIZES),
        help="operations per synthetic spec of the scaling series, comma-separated",
    )
    ap.add_argument(
        "--scale-spec",
        action="append",
        default=[],
        metavar="NAME=PATH",
        help="a real spec for the scaling table too (e.g. github=... for the GitHub REST description)",
    )
    args = ap.parse_args(argv)
    os.chdir(ROOT)
    # Absolute (workers run in a temp dir) but not symlink-resolved: a venv's python is a symlink
    # and only finds its site-packages when started through it.
    args.runtime_python = os.path.abspath(args.runtime_python)
    args.peers_bin = os.path.abspath(args.peers_bin)
    for need in [args.runtime_python] + ([] if args.skip_gen or args.skip_peers else [args.peers_bin]):
        if not Path(need).exists():
            raise SystemExit(f"bench: {need} is missing (`make bench` creates .venv-bench)")

    start = time.perf_counter()
    rt = versions(args.runtime_python, ["openai", "httpx", "pydantic", "pydantic-core"])
    peers = (
        versions(str(Path(args.peers_bin) / "python"), ["openapi-python-client", "ruff"])
        if Path(args.peers_bin).exists()
        else {"openapi-python-client": "-", "ruff": "-"}
    )
    main_versions = versions(sys.executable, ["datamodel-code-generator", "ruff"])
    print("sdkgen bench")
    print(
        f"  machine: {os.cpu_count()} cpu(s) ({cpu_model()}), {mem_total()} RAM, {platform.system()} "
        f"{platform.release()}, load average at start {loadavg()}"
    )
    print(f"  python {main_versions['python']} (generator, datamodel-code-generator), {rt['python']} (both SDKs)")
    print(f"  sdkgen {git_rev()}, formatting with ruff {main_versions['ruff']}")
    print(
        f"  peers: openai {rt['openai']} (httpx {rt['httpx']}, pydantic {rt['pydantic']}), openapi-python-client "
        f"{peers['openapi-python-client']} (ruff {peers['ruff']}), datamodel-code-generator "
        f"{main_versions['datamodel-code-generator']}"
    )
    print()
    sys.stdout.flush()
    ok = True
    if not args.skip_gen:
        text, good = gen_bench(args)
        ok &= good
        print(text)
        print()
        sys.stdout.flush()
    if not args.skip_scale:
        text, good = scale_bench(args)
        ok &= good
        print(text)
        print()
        sys.stdout.flush()
    if not args.skip_runtime:
        text, good = runtime_bench(args)
        ok &= good
        print(text)
        print()
    print(f"bench finished in {time.perf_counter() - start:.0f} s; load average at end {loadavg()}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
