"""Derive `also` names from `scripts/compare_fields.py --all`: where an official field's annotation
says a per-module name (`ExpiresAfter` in `openai.types.vector_store`) and ours says the spec's
component (`VectorStoreExpirationAfter`), the component gets that name in that module as a
re-export, which the module's own code then says (generator/render.py `local_names`).

    python scripts/compare_fields.py --all > fields.txt
    python scripts/derive_local_names.py fields.txt [--write]

Prints the entries; `--write` adds them to spec/openai.yaml's `types:` (one-off maintenance, as
scripts/derive_openai_config.py is for `resources:`). Only one-for-one renames are taken: an
annotation whose differing names are exactly one official and one of ours."""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.builder import build_api  # noqa: E402
from generator.config import load_config  # noqa: E402
from generator.ir import Alias, Model  # noqa: E402
from generator.loader import load_spec, locate_pinned, read_pin  # noqa: E402

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
TYPING = {"Optional", "List", "Dict", "Union", "Literal", "str", "int", "float", "bool", "object", "None",
          "Iterable", "SequenceNotStr", "Annotated", "Required"}
DIFF = re.compile(r"^    [^:]+: official (.*), ours (.*)$")


def renames(lines: list[str]) -> list[tuple[str, str, str]]:
    """(compared type, official name, our name) of each one-for-one rename."""
    out = []
    current = ""
    for line in lines:
        if line.startswith("~ "):
            current = line[2:].strip()
            continue
        m = DIFF.match(line.rstrip("\n"))
        if not m or "'" in m.group(1):
            continue
        theirs = [t for t in IDENT.findall(m.group(1)) if t not in TYPING]
        ours = [t for t in IDENT.findall(m.group(2)) if t not in TYPING]
        only_theirs = [t for t in theirs if t not in ours]
        only_ours = [t for t in ours if t not in theirs]
        if len(set(only_theirs)) == 1 and len(set(only_ours)) == 1:
            out.append((current, only_theirs[0], only_ours[0]))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("fields")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    config_path = ROOT / "spec" / "openai.yaml"
    api = build_api(load_spec(str(locate_pinned(read_pin(ROOT / "spec" / "openai.pin.yaml")))), load_config(str(config_path)))
    models = [t for t in api.types if t.id.startswith("model:") and t.parent is None]
    by_name = defaultdict(list)
    for t in models:
        by_name[t.name].append(t)
    wanted: dict[str, set[tuple[str, str]]] = defaultdict(set)  # config key -> {(name, module)}
    for compared, official, mine in renames(Path(args.fields).read_text().splitlines()):
        owner = [t for t in by_name[compared.rpartition(".")[2]] if isinstance(t, (Model, Alias))]
        target = by_name.get(mine, [])
        if len(owner) != 1 or len(target) != 1 or owner[0].module == target[0].module:
            continue
        pointer = target[0].pointer
        key = pointer[len("#/components/schemas/"):] if pointer.startswith("#/components/schemas/") and "/" not in pointer[len("#/components/schemas/"):] else pointer
        if key and "-" not in key:  # `Name-2`: a deduplicated copy, not a config key
            wanted[key].add((official, owner[0].module))
    for key, names in list(wanted.items()):
        # one schema under two names in one module (`CodeInterpreter`, `FileSearch`, ... all of
        # `HostedToolPermission`) cannot be said by one local name: left as it is
        modules = [m for _, m in names]
        wanted[key] = {(n, m) for n, m in names if modules.count(m) == 1}
    existing = (ROOT / "spec" / "openai.yaml").read_text()
    for key in list(wanted):
        wanted[key] = {(n, m) for n, m in wanted[key] if f"{{name: {n}, module: {m}, distinct: true}}" not in existing}
        if not wanted[key]:
            del wanted[key]
    for key, names in sorted(wanted.items()):
        print(key, sorted(names))
    if args.write:
        write(config_path, wanted)
    return 0


def write(path: Path, wanted: dict[str, set[tuple[str, str]]]) -> None:
    text = path.read_text()
    lines = text.splitlines()
    start = lines.index("types:")
    end = next(i for i in range(start + 1, len(lines)) if lines[i] and not lines[i].startswith(" "))
    added = []
    for key, names in sorted(wanted.items()):
        extra = ", ".join(f"{{name: {n}, module: {m}, distinct: true}}" for n, m in sorted(names))
        quoted = f'"{key}"' if key.startswith("#") else key
        index = next((i for i in range(start + 1, end) if lines[i].startswith(f"  {quoted}: {{")), None)
        if index is None:
            added.append(f"  {quoted}: {{also: [{extra}]}}  # per-module names (scripts/derive_local_names.py)")
            continue
        line = lines[index]
        body, _, comment = line.partition("}  #")
        body = body if comment else line[: line.rindex("}")]
        tail = ("}  #" + comment) if comment else "}"
        if "also: [" in body:
            body = body[: body.rindex("]")] + ", " + extra + "]"
        else:
            body = body + ", also: [" + extra + "]"
        lines[index] = body + tail
    lines[end:end] = added
    path.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    sys.exit(main())
