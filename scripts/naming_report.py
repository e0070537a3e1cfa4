"""How a zero-config SDK reads: the naming figures of issue 17 for each spec given.

    python scripts/naming_report.py SPEC [SPEC ...] [--config CONFIG] [--format markdown|json]

For each spec (a file, URL or pin) the IR is built as `generate` would with no config (or CONFIG),
and one row says: package and client name; methods and the share named by verb and shape
(`list`, `retrieve`...), by a path leaf (actions such as `cancel`) and by a fallback (the
operationId or a number after a clash), with the fallback count; the number of emitted types and
the longest and median type-name length (with the longest name); the deepest resource path.
A spec that does not build gets its error in the row instead, so one bad spec does not hide the rest.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.builder import build_api  # noqa: E402
from generator.config import Config, load_config  # noqa: E402
from generator.errors import InputError  # noqa: E402
from generator.ir import Api, walk_resources  # noqa: E402
from generator.loader import load_spec  # noqa: E402


@dataclass
class Row:
    spec: str
    package: str = ""
    client: str = ""
    methods: int = 0
    verb_share: float = 0.0  # percent of methods
    action_share: float = 0.0
    fallback_share: float = 0.0
    fallbacks: int = 0
    types: int = 0
    longest_type: int = 0
    median_type: float = 0.0
    longest_type_name: str = ""
    max_depth: int = 0
    error: str = ""


def label(spec: str) -> str:
    """A spec's name in the table: a vendor package's `vendor/name`, else the path as given."""
    head, sep, tail = spec.partition("/upstream/")
    return tail.rpartition("/")[0] if sep and "/" in tail else spec


def figures(spec: str, api: Api) -> Row:
    methods = [m for r in walk_resources(api.resources) for m in r.methods]
    total = len(methods) or 1
    by_source = {s: sum(1 for m in methods if m.name_source == s) for s in ("verb", "action", "operation_id", "numbered")}
    fallbacks = by_source["operation_id"] + by_source["numbered"]
    names = [t.name for t in api.types] + [m.params_name for m in methods if m.params_name]
    longest = max(names, key=lambda n: (len(n), n)) if names else ""
    return Row(
        spec=label(spec),
        package=api.package_name,
        client=api.client_name,
        methods=len(methods),
        verb_share=round(100 * by_source["verb"] / total, 1),
        action_share=round(100 * by_source["action"] / total, 1),
        fallback_share=round(100 * fallbacks / total, 1),
        fallbacks=fallbacks,
        types=len(api.types),
        longest_type=len(longest),
        median_type=statistics.median(len(n) for n in names) if names else 0.0,
        longest_type_name=longest,
        max_depth=max((r.path.count(".") + 1 for r in walk_resources(api.resources)), default=0),
    )


def report(spec: str, config: Optional[str]) -> Row:
    try:
        api = build_api(load_spec(spec), load_config(config) if config else Config())
    except InputError as error:
        return Row(spec=label(spec), error=str(error).splitlines()[0])
    return figures(spec, api)


# ----- the same figures for openapi-python-client's package ----------------------------------------

# openapi-python-client's own rule for the package name (`<kebab title>-client`, dashes to underscores)
PEER_NAME = (
    "import sys; from openapi_python_client import strings; "
    "print(f'{strings.kebab_case(sys.argv[1]).lower()}-client'.replace('-', '_'))"
)


def peer_package_name(peer_python: str, title: str) -> str:
    """The package name openapi-python-client gives a spec of this title (its own rule, run in its venv)."""
    import subprocess

    done = subprocess.run([peer_python, "-c", PEER_NAME, title], capture_output=True, text=True, check=False)
    return done.stdout.strip() if done.returncode == 0 else "?"


def peer_figures(spec: str, package_dir: Path, package_name: str) -> Row:
    """The naming figures of a package openapi-python-client wrote (`--meta none`: `package_dir` is
    the package). Its calls are `api/<tag>/<operation>.py` modules with `sync(...)`, named from the
    operationId: each counts as a fallback name; its client class is always `Client`
    (`AuthenticatedClient` with a token); its types are the classes of `models/`."""
    endpoints = [p for p in sorted((package_dir / "api").rglob("*.py")) if p.name != "__init__.py"]
    names = []
    for module in sorted((package_dir / "models").glob("*.py")):
        names += re.findall(r"^class (\w+)", module.read_text(encoding="utf-8"), re.M)
    depth = max((len(p.relative_to(package_dir / "api").parts) - 1 for p in endpoints), default=0)
    longest = max(names, key=lambda n: (len(n), n)) if names else ""
    return Row(
        spec=label(spec),
        package=package_name,
        client="Client",
        methods=len(endpoints),
        fallback_share=100.0 if endpoints else 0.0,
        fallbacks=len(endpoints),
        types=len(names),
        longest_type=len(longest),
        median_type=statistics.median(len(n) for n in names) if names else 0.0,
        longest_type_name=longest,
        max_depth=depth,
    )


def markdown(rows: list[Row]) -> str:
    head = ("| spec | package | client | methods | verb % | action % | fallback % (n) | types "
            "| longest type | median | max depth |\n| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    lines = [head]
    for r in rows:
        if r.error:
            lines.append(f"| {r.spec} | error: {r.error} |||||||||")
            continue
        lines.append(f"| {r.spec} | `{r.package}` | `{r.client}` | {r.methods} | {r.verb_share} | {r.action_share} "
                     f"| {r.fallback_share} ({r.fallbacks}) | {r.types} | {r.longest_type} (`{r.longest_type_name}`) "
                     f"| {r.median_type} | {r.max_depth} |")
    return "\n".join(lines)


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("specs", nargs="+")
    parser.add_argument("--config", help="a config applied to every spec (default: none, zero-config)")
    parser.add_argument("--format", choices=("markdown", "json"), default="markdown")
    args = parser.parse_args(argv)
    rows = [report(spec, args.config) for spec in args.specs]
    print(json.dumps([asdict(r) for r in rows], indent=2) if args.format == "json" else markdown(rows))
    return 1 if any(r.error for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
