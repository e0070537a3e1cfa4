"""Derive `param_name` entries for spec/openai.yaml: where the official package has a request form
`openai.types.x.foo_param.FooParam` beside a response model `openai.types.x.foo.Foo` that the config
places, but no request body of the spec uses the schema (realtime client events are sent over a
WebSocket, helpers take them as arguments), the config asks for the param form too.

    python scripts/derive_param_forms.py [--write]

Prints the schema names; `--write` adds `param_name` to their `types:` entries (one-off
maintenance, as scripts/derive_local_names.py is)."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.config import load_config  # noqa: E402

SURFACE = ROOT.parent / "shared" / "reference" / "openai-public-surface.json"
OUTPUT = ROOT / "output" / "openai" / "src"


def wanted(config_path: Path) -> dict[str, str]:
    """schema -> the official param class name it should also be emitted as."""
    names = json.loads(SURFACE.read_text())["names"]
    config = load_config(str(config_path))
    out = {}
    for t in config.types:
        if not (t.name and t.module) or t.param_name or t.param_module or t.inline:
            continue
        official_module = "openai." + t.module + "_param"
        param = t.name + "Param"
        if param not in names.get(official_module, {}):
            continue
        if (OUTPUT / (official_module.replace(".", "/") + ".py")).exists():
            continue  # emitted already, a request body uses it
        out[t.schema] = param
    return out


def write(path: Path, params: dict[str, str]) -> None:
    lines = path.read_text().splitlines()
    for i, line in enumerate(lines):
        m = re.match(r"  (\"[^\"]+\"|[A-Za-z0-9_]+): \{name: ([A-Za-z0-9_]+), module: ([a-z0-9_.]+)", line)
        if m and m.group(1).strip('"') in params:
            key = m.group(1).strip('"')
            head = m.group(0)
            lines[i] = head + f", param_name: {params[key]}" + line[len(head):]
    path.write_text("\n".join(lines) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    config_path = ROOT / "spec" / "openai.yaml"
    params = wanted(config_path)
    for schema, param in sorted(params.items()):
        print(schema, param)
    if args.write:
        write(config_path, params)
    return 0


if __name__ == "__main__":
    sys.exit(main())
