"""Derive `inline: true` entries for spec/openai.yaml: a component schema the config does not place,
whose class name the official package has nowhere (openai-public-surface.json), is one the
official SDK nests in the modules that use it; written out in place it gets the same per-module
names (`response_item.McpCall`, `graders.GraderInputItemInputImage`). An entry that only lists
distinct per-module copies (`also: [{name: Data, module: ..., distinct: true}, ...]`) is such a
schema too: written out in place, its copies come with the official nested names of their own
nested classes (`DataResult...`).

    python scripts/derive_inline.py [--write]

Prints the schema names; `--write` adds them to the `types:` of spec/openai.yaml (one-off
maintenance, as scripts/derive_local_names.py is). A schema whose module the hand-written code
under spec/openai/ imports keeps its module."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.builder import build_api  # noqa: E402
from generator.config import TypeConfig, load_config  # noqa: E402
from generator.loader import load_spec, locate_pinned, read_pin  # noqa: E402

SURFACE = ROOT.parent / "shared" / "reference" / "openai-public-surface.json"
COMPONENT = re.compile(r"[A-Za-z0-9_.]+")
MARK = "# nested by the official SDK (scripts/derive_inline.py)"


def imported_type_modules(custom_dir: Path) -> set[str]:
    """Module names under `types` that hand-written code imports (`from ..types.x import ...`)."""
    found: set[str] = set()
    for path in custom_dir.rglob("*.py"):
        for m in re.finditer(r"from \.+types((?:\.\w+)+) import", path.read_text(encoding="utf-8")):
            found.add("types" + m.group(1))
    return found


def copies_only_entry(t: TypeConfig) -> bool:
    """A `types:` entry that only adds distinct copies of the schema in other modules."""
    return bool(t.also) and not (t.name or t.module or t.param_name or t.param_module or t.inline or t.optional
                                 or t.inline_in) and all(a.distinct for a in t.also)


def candidates(config_path: Path) -> list[str]:
    official: set[str] = set()
    for names in json.loads(SURFACE.read_text())["names"].values():
        official |= set(names)
    config = load_config(str(config_path))
    copies_only = {t.schema for t in config.types if copies_only_entry(t)}
    placed = {t.schema for t in config.types} - copies_only
    api = build_api(load_spec(str(locate_pinned(read_pin(ROOT / "spec" / "openai.pin.yaml")))), config)
    kept = imported_type_modules(ROOT / "spec" / "openai")
    out = []
    for t in api.types:
        mode, _, key = t.id.partition(":")
        if mode != "model" or ":" in key or key.startswith("#") or key in placed or not COMPONENT.fullmatch(key):
            continue
        if t.name in official or t.module in kept or t.module + "_param" in kept:
            continue
        out.append(key)
    return sorted(set(out))


def write(path: Path, names: list[str]) -> None:
    lines = path.read_text().splitlines()
    start = lines.index("types:")
    end = next(i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith(" "))
    new = []
    for name in names:
        index = next((i for i in range(start + 1, end) if lines[i].startswith(f"  {name}: {{")), None)
        if index is None:
            new.append(f"  {name}: {{inline: true}}")
        else:  # an entry of copies only: the copies come from writing it out in place
            lines[index] = f"  {name}: {{inline: true}}  {MARK}"
    if new:
        lines[end:end] = [f"  {MARK}"] + new
    path.write_text("\n".join(lines) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    config_path = ROOT / "spec" / "openai.yaml"
    names = candidates(config_path)
    print("\n".join(names))
    if args.write and names:
        write(config_path, names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
