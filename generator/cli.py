"""Command line: `python -m generator {generate,validate,ir,diff,release}`.

Exit codes: 0 ok; 1 bad input (the message names the file and the JSON pointer or config key);
2 internal error (a bug of ours; the traceback is printed).
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import json
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any, Callable, Optional, TypeVar

from .builder import build_api
from .cache import ENV as CACHE_ENV, cache_root
from .config import Config, load_config
from .custom import read_custom_files
from .errors import InputError, Problem
from .ir import walk_resources
from .loader import LoadedSpec, RefPolicy, fetch_spec, load_spec, parse_spec, spec_digest, validate_document
from .render import render_files
from .writer import format_tree, recover, stage_files, sync, tree_digest

T = TypeVar("T")


class Progress:
    """One line per stage with its wall time, on stderr so stdout stays machine-readable."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.timings: dict[str, float] = {}

    def stage(self, name: str, fn: Callable[[], T], detail: Callable[[T], str] = lambda _: "") -> T:
        start = time.perf_counter()
        if not self.quiet:
            print(f"[{name}] ...", file=sys.stderr, flush=True)
        result = fn()
        elapsed = time.perf_counter() - start
        self.timings[name] = elapsed
        if not self.quiet:
            extra = detail(result)
            print(f"[{name}] done in {elapsed:.2f}s{' - ' + extra if extra else ''}", file=sys.stderr, flush=True)
        return result


def add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--spec", required=True, help="spec pin (spec/*.pin.yaml), a local OpenAPI file, or a URL")
    p.add_argument("--config", help="generator config (YAML); omit for zero-config inference")
    p.add_argument("--quiet", action="store_true", help="no progress lines")
    p.add_argument("--allow-ref-root", action="append", default=[], metavar="DIR",
                   help="let file $refs read inside DIR too (default: only the spec's own directory tree)")
    p.add_argument("--allow-remote-refs", action="store_true", help="follow http(s) $refs (default: refused)")
    add_cache_dir(p)


def add_cache_dir(p: argparse.ArgumentParser) -> None:
    p.add_argument("--cache-dir", metavar="DIR",
                   help=f"where caches go (default: ${CACHE_ENV}, else $XDG_CACHE_HOME/sdkgen, else ~/.cache/sdkgen)")


def ref_policy(args: argparse.Namespace) -> RefPolicy:
    return RefPolicy(tuple(Path(d) for d in args.allow_ref_root), args.allow_remote_refs)


def parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    sub = ap.add_subparsers(dest="command", required=True)
    g = sub.add_parser("generate", help="generate the SDK package")
    add_common(g)
    g.add_argument("--out", required=True, help="output directory of the package (replaced atomically)")
    g.add_argument("--no-validate", action="store_true", help="skip openapi-spec-validator (faster)")
    g.add_argument("--strict", action="store_true", help="fail on validator findings instead of warning")
    g.add_argument("--formatter", choices=["ruff", "black"], help="override the config's formatter")
    v = sub.add_parser("validate", help="check spec and config and list every problem")
    add_common(v)
    i = sub.add_parser("ir", help="dump the intermediate representation as JSON")
    add_common(i)
    i.add_argument("--output", help="write to this file instead of stdout")
    d = sub.add_parser("diff", help="semantic API diff of two specs (or of a git revision and the working tree)")
    d.add_argument("--old", required=True,
                   help="old spec (pin, file or URL) or a git revision: REV reads --new's path and --config at REV, "
                        "REV:path names the spec path")
    d.add_argument("--new", required=True, help="new spec: a pin, a local file or a URL")
    d.add_argument("--config", help="generator config of the new side (and of the old one unless --old-config)")
    d.add_argument("--old-config", help="config of the old side when --old is a file")
    d.add_argument("--format", choices=["markdown", "json"], default="markdown")
    d.add_argument("--output", help="write the report to this file instead of stdout")
    d.add_argument("--fail-on-breaking", action="store_true", help="exit 1 when a change is breaking")
    add_cache_dir(d)
    r = sub.add_parser("release", help="bump the version from the semantic diff and prepend a CHANGELOG entry")
    r.add_argument("--old", help="the last release: a git revision or a spec (default: tag v<version> if it "
                                 "exists, else HEAD)")
    r.add_argument("--spec", required=True, help="the spec being released")
    r.add_argument("--config", required=True, help="generator config (its package.version is bumped)")
    r.add_argument("--out", help="the emitted package whose _version.py and CHANGELOG.md are updated")
    r.add_argument("--version", default="auto", help="auto (from the diff), major, minor, patch or X.Y.Z")
    r.add_argument("--date", help="release date for the entry (default: today, UTC)")
    r.add_argument("--dry-run", action="store_true", help="print the entry, write nothing")
    add_cache_dir(r)
    return ap


def report(problems: list[Problem], label: str) -> None:
    for p in problems:
        print(f"{label}: {p}", file=sys.stderr)


def validation_cache(digest: str, cache: Path) -> Path:
    from importlib import metadata

    # v2: the spec's own path is stored as SPEC_FILE
    return cache / "validation" / f"{digest}-{metadata.version('openapi-spec-validator')}-v2.json"


# stands for the spec's own path in cached findings: the same bytes may be read from another
# place next time (another checkout, a renamed file), and a finding must name where they are now
SPEC_FILE = "<spec>"


def cached_validation(digest: str, ignore: list[str], cache: Path, location: str = "") -> Optional[list[Problem]]:
    """The cached findings of the spec with this digest, naming `location` as the spec's file;
    None when it was never validated."""
    cached = validation_cache(digest, cache)
    if not cached.is_file():
        return None
    found = (Problem(**d) for d in json.loads(cached.read_text()))
    found = (dataclasses.replace(p, file=location) if p.file == SPEC_FILE else p for p in found)
    return [p for p in found if p.where not in ignore]


def validation(spec: LoadedSpec, ignore: list[str], cache: Path) -> list[Problem]:
    """Validator findings, cached by the spec's digest (its bytes and those of the files its `$ref`s
    read): the same bytes always validate the same way."""
    found = cached_validation(spec.digest, [], cache, spec.location)
    if found is None:
        found = validate_document(spec)
        path = validation_cache(spec.digest, cache)
        path.parent.mkdir(parents=True, exist_ok=True)
        stored = [dataclasses.replace(p, file=SPEC_FILE) if p.file == spec.location else p for p in found]
        path.write_text(json.dumps([dataclasses.asdict(p) for p in stored]))
    return [p for p in found if p.where not in ignore]


def cmd_generate(args: argparse.Namespace) -> int:
    progress = Progress(args.quiet)
    config = progress.stage("config", lambda: load_config(args.config))
    raw = progress.stage("read", lambda: fetch_spec(args.spec), lambda s: f"{s.location} sha256={s.sha256[:12]}")
    formatter = args.formatter or config.formatter
    cache = cache_root(args.cache_dir)
    out = Path(args.out).resolve()
    for note in recover(out):  # first, so that the up-to-date check sees a whole tree
        print(f"note: {note}", file=sys.stderr)
    # the hand-written tree is an input too: an edit, a new or a deleted file there means a full run
    custom = custom_tree_digest(config)
    stamp = up_to_date_stamp(raw.sha256, args.config, formatter, out, cache,
                             extra=config.changelog + repr(ref_policy(args)) + custom)
    if stamp.current:
        # the findings still count; an earlier run with --no-validate cached none: the full run validates
        findings = [] if args.no_validate else cached_validation(stamp.spec, config.ignore_validation, cache, raw.location)
        if findings is not None:
            report(findings, "error" if args.strict else "warning")
            if findings and args.strict:
                return 1
            if not args.quiet:
                print(f"{args.out} is up to date (spec, config, templates and generator unchanged)", file=sys.stderr)
            return 0
    spec = progress.stage("load", lambda: parse_spec(raw, ref_policy(args)), lambda s: "; ".join(s.notes))
    report(spec.warnings, "warning")
    if not args.no_validate:
        findings = progress.stage("validate", lambda: validation(spec, config.ignore_validation, cache),
                                  lambda f: f"{len(f)} finding(s)")
        if findings:
            report(findings, "error" if args.strict else "warning")
            if args.strict:
                return 1
    api = progress.stage("build IR", lambda: build_api(spec, config), lambda a: summary(a))
    report(api.warnings, "warning")
    files = progress.stage("render", lambda: render_files(api), lambda f: f"{len(f)} files")
    staging = progress.stage("stage", lambda: stage_files(files, out))
    try:
        progress.stage("format", lambda: format_tree(staging.tree, formatter))
        written = progress.stage(
            "write",
            lambda: sync(staging, out, write_steps(os.environ.get("SDKGEN_TEST_WRITE_PAUSE", ""))),
            lambda r: f"{len(r.written)} written, {len(r.removed)} removed, {r.unchanged} unchanged",
        )
    finally:
        staging.close()
    stamp.save(written.digest, spec.external)
    if not args.quiet:
        total = sum(progress.timings.values())
        print(f"generated {args.out} in {total:.2f}s", file=sys.stderr)
    return 0


def write_steps(pause: str) -> Callable[[str], None]:
    """The test hook of the write stage: with SDKGEN_TEST_WRITE_PAUSE=SECONDS each step of the
    swap is printed and followed by that pause, so that tests/test_atomic_write.py can land its
    SIGKILLs between the renames, which otherwise take microseconds."""
    if not pause:
        return lambda _: None

    def step(name: str) -> None:
        print(f"[write] {name}", file=sys.stderr, flush=True)
        time.sleep(float(pause))

    return step


GENERATOR_ROOT = Path(__file__).resolve().parent


@dataclasses.dataclass
class Stamp:
    """What the last successful run into `out` was made from, to skip a run that would change nothing."""

    path: Path
    inputs: str
    current: bool
    spec: str  # the spec's digest (see `loader.spec_digest`) when current

    def save(self, output_digest: str, external: dict[str, str]) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps({"inputs": self.inputs, "output": output_digest, "external": external}))


def custom_tree_digest(config: Config) -> str:
    if config.custom is None:
        return ""
    h = hashlib.sha256()
    for rel, data in read_custom_files(config.custom, config.file).items():
        h.update(rel.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


def unchanged_files(hashes: dict[str, str]) -> bool:
    """Every file still has the recorded sha256 ("" for a file that was missing)."""
    return all((hashlib.sha256(Path(p).read_bytes()).hexdigest() if Path(p).is_file() else "") == h
               for p, h in hashes.items())


def up_to_date_stamp(spec_sha256: str, config_path: Optional[str], formatter: str, out: Path, cache: Path,
                     extra: str = "") -> Stamp:
    h = hashlib.sha256()
    h.update(spec_sha256.encode() + formatter.encode() + extra.encode())
    if config_path:
        h.update(Path(config_path).read_bytes())
    for root in (GENERATOR_ROOT, GENERATOR_ROOT.parent / "templates"):
        for p in sorted(root.rglob("*")):
            if p.is_file() and p.suffix in (".py", ".jinja"):
                h.update(p.relative_to(root).as_posix().encode() + p.read_bytes())
    inputs = h.hexdigest()
    path = cache / "generate" / (hashlib.sha256(str(out).encode()).hexdigest()[:24] + ".json")
    current, external = False, {}
    if path.is_file() and out.is_dir():
        saved = json.loads(path.read_text())
        # the files the spec's $refs read are inputs too (their hashes are in the stamp), and the
        # output must be exactly what that run wrote: a hand edit forces a full run
        external = saved.get("external", {})
        current = (saved.get("inputs") == inputs and unchanged_files(external)
                   and saved.get("output") == tree_digest(out))
    return Stamp(path, inputs, current, spec_digest(spec_sha256, external))


def summary(api: Any) -> str:
    resources = list(walk_resources(api.resources))
    methods = sum(len(r.methods) for r in resources)
    return f"{len(resources)} resources, {methods} methods, {len(api.types)} types"


def cmd_validate(args: argparse.Namespace) -> int:
    problems: list[Problem] = []
    config = None
    try:
        config = load_config(args.config)
    except InputError as e:
        problems += e.problems
    try:
        spec = load_spec(args.spec, ref_policy(args))
    except InputError as e:
        report(problems + e.problems, "error")
        return 1
    problems += validation(spec, config.ignore_validation if config else [], cache_root(args.cache_dir))
    if config is not None:
        try:
            build_api(spec, config)
        except InputError as e:
            problems += e.problems
    if problems:
        report(problems, "error")
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print("ok: spec and config are valid", file=sys.stderr)
    return 0


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        out = {"__kind__": type(value).__name__}
        for f in dataclasses.fields(value):
            out[f.name] = to_jsonable(getattr(value, f.name))
        return out
    if isinstance(value, (list, tuple)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    return value


def cmd_ir(args: argparse.Namespace) -> int:
    api = build_api(load_spec(args.spec, ref_policy(args)), load_config(args.config))
    text = json.dumps(to_jsonable(api), indent=1, sort_keys=True, default=str)
    if args.output:
        Path(args.output).write_text(text + "\n")
    else:
        sys.stdout.write(text + "\n")
    return 0


def semantic_report(old: str, new_spec: str, config: Optional[str], old_config: Optional[str] = None,
                    cache: Optional[Path] = None) -> Any:
    """The `generator.diff.Report` of `old` (spec or git revision) against `new_spec`."""
    import tempfile

    from .diff import Source, build_ir, compare, resolve_old

    new = Source(new_spec, new_spec, config, cache or cache_root())
    with tempfile.TemporaryDirectory() as tmp:
        old_source = resolve_old(old, new, old_config, Path(tmp), Path.cwd())
        old_api, old_notes = build_ir(old_source)
    new_api, notes = build_ir(new)
    new_label = "working tree" if old_source.spec != old else new_spec
    report = compare(old_api, new_api, old_source.label, new_label)
    report.notes = notes + [f"old side: {n}" for n in old_notes]
    return report


def cmd_diff(args: argparse.Namespace) -> int:
    from .diff import render_json, render_markdown
    from .release import suggestion, suggestion_text

    report = semantic_report(args.old, args.new, args.config, args.old_config, cache_root(args.cache_dir))
    if args.format == "json":
        bump, version = suggestion(report)
        text = render_json(report, {"suggested_bump": bump, "suggested_version": version})
    else:
        text = render_markdown(report, suggestion_text(report))
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    return 1 if args.fail_on_breaking and report.breaking else 0


def default_release_base(version: str) -> str:
    from .diff import is_revision, repo_root

    root = repo_root(Path.cwd())
    return f"v{version}" if root is not None and is_revision(f"v{version}", root) else "HEAD"


def cmd_release(args: argparse.Namespace) -> int:
    import datetime

    from .diff import render_markdown
    from .release import ReleasePlan, changelog_entry, choose_version, suggestion_text, write_release

    config = load_config(args.config)
    old = args.old or default_release_base(config.version)
    report = semantic_report(old, args.spec, args.config, cache=cache_root(args.cache_dir))
    try:
        decision = choose_version(args.version, config.version, report)
    except ValueError as e:
        raise InputError.single(args.config, "package.version", str(e)) from None
    date = args.date or datetime.datetime.now(datetime.timezone.utc).date().isoformat()
    entry = changelog_entry(decision.version, date, report)
    sys.stderr.write(render_markdown(report, suggestion_text(report)) + "\n")
    for w in decision.warnings:
        print(f"warning: {w}", file=sys.stderr)
    print(f"release {config.version} -> {decision.version} (suggested: {decision.suggested}; compared with {old})",
          file=sys.stderr)
    if args.dry_run:
        sys.stdout.write(entry)
        return 0
    notes = Path(config.changelog_file) if config.changelog_file else Path(args.config).with_name(
        Path(args.config).stem + ".CHANGELOG.md")
    out = Path(args.out) if args.out and Path(args.out).is_dir() else None
    package = out and next((p.parent.name for p in sorted((out / "src").glob("*/_version.py"))), None)
    plan = ReleasePlan(decision.version, entry, Path(args.config), notes, out if package else None, package or "")
    try:
        written = write_release(plan)
    except ValueError as e:
        raise InputError.single(args.config, "package", str(e)) from None
    for path in written:
        print(f"wrote {path}", file=sys.stderr)
    return 0


def main(argv: Optional[list[str]] = None) -> int:
    args = parser().parse_args(argv)
    try:
        commands = {"generate": cmd_generate, "validate": cmd_validate, "ir": cmd_ir, "diff": cmd_diff,
                    "release": cmd_release}
        return commands[args.command](args)
    except InputError as e:
        report(e.problems, "error")
        return 1
    except Exception:  # noqa: BLE001 - anything else is our bug: say so, with the traceback
        traceback.print_exc()
        print("internal error: this is a bug in the generator; please report it with the traceback above",
              file=sys.stderr)
        return 2
