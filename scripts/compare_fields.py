"""Compare the fields of generated models with the official `openai` package's public models.

    python scripts/compare_fields.py [--official-python .venv-bench/runtime/bin/python]
                                     [--src output/openai/src] [--all] [--show-same] [NAME ...]

For each type (`openai.types.chat.ChatCompletion`, ...) it prints the fields that differ: missing
or extra names, required-ness, and annotations compared as text after normalising both sides
(module paths dropped, `Optional[X]` for `Union[X, None]`, union members and literal values
sorted, `Annotated` metadata dropped). Pydantic models and TypedDicts are compared field by field;
type aliases by their normalised text.

Both packages are called `openai`, so each side is read in its own interpreter: the official one
with the interpreter that has it installed (`make bench` creates `.venv-bench/runtime`), ours with
this interpreter and `--src` first on `sys.path`. Without names it compares a fixed sample of 30
models (`SAMPLE`); `--all` compares every class and alias the reference surface lists. A report for
people: it exits 0 whatever it finds (2 if a side cannot be read).
"""

from __future__ import annotations

import argparse
import fcntl
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from parity import DEFAULT_REFERENCE  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC = ROOT / "output" / "openai" / "src"
DEFAULT_OFFICIAL = ROOT / ".venv-bench" / "runtime" / "bin" / "python"
# made on first use when `make bench` has not run: the official release and its dependencies only
FALLBACK_VENV = ROOT / ".cache" / "official-openai-venv"


def official_interpreter(requested: str) -> str:
    """The interpreter with the official package: the one asked for, or `make bench`'s, or a venv
    of its own made here once (the version `bench/requirements.txt` pins, within requirements.txt)."""
    if requested != str(DEFAULT_OFFICIAL) or DEFAULT_OFFICIAL.exists():
        return requested
    python = FALLBACK_VENV / "bin" / "python"
    done = FALLBACK_VENV / ".complete"
    FALLBACK_VENV.parent.mkdir(parents=True, exist_ok=True)
    # tests in parallel workers may ask at once: one makes the venv, the others wait for it
    with open(FALLBACK_VENV.parent / "official-openai-venv.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not done.exists():
            pin = next(line.strip() for line in (ROOT / "bench" / "requirements.txt").read_text().splitlines()
                       if line.startswith("openai=="))
            print(f"creating {FALLBACK_VENV.relative_to(ROOT)} with {pin} (once)...", file=sys.stderr)
            subprocess.run([sys.executable, "-m", "venv", "--clear", str(FALLBACK_VENV)], check=True)
            subprocess.run([str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                            "-c", str(ROOT / "requirements.txt"), pin], check=True)
            done.touch()
    return str(python)

SAMPLE = [
    "openai.types.chat.ChatCompletion",
    "openai.types.chat.ChatCompletionChunk",
    "openai.types.chat.ChatCompletionMessage",
    "openai.types.chat.ChatCompletionMessageFunctionToolCall",
    "openai.types.chat.ChatCompletionTokenLogprob",
    "openai.types.chat.ChatCompletionAudio",
    "openai.types.chat.ChatCompletionStoreMessage",
    "openai.types.Completion",
    "openai.types.CompletionChoice",
    "openai.types.CompletionUsage",
    "openai.types.CreateEmbeddingResponse",
    "openai.types.Embedding",
    "openai.types.FileObject",
    "openai.types.Batch",
    "openai.types.BatchError",
    "openai.types.Model",
    "openai.types.Moderation",
    "openai.types.Image",
    "openai.types.ImagesResponse",
    "openai.types.VectorStore",
    "openai.types.fine_tuning.FineTuningJob",
    "openai.types.fine_tuning.SupervisedMethod",
    "openai.types.beta.Assistant",
    "openai.types.beta.FunctionTool",
    "openai.types.beta.threads.Message",
    "openai.types.beta.threads.Run",
    "openai.types.beta.threads.ImageURL",
    "openai.types.responses.Response",
    "openai.types.responses.ResponseOutputMessage",
    "openai.types.responses.ResponseInputText",
]

# Runs inside each interpreter: prints {"module.Name": description} for the names on stdin.
DUMP = r'''
import importlib, json, sys, types, typing

def fmt(tp):
    if tp is type(None) or tp is None:
        return "None"
    if isinstance(tp, typing.ForwardRef):
        return tp.__forward_arg__
    if isinstance(tp, str):
        return tp
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin is typing.Annotated:
        return fmt(args[0])
    if origin is typing.Union or (hasattr(types, "UnionType") and origin is types.UnionType):
        parts = sorted({fmt(a) for a in args if a is not type(None)})
        inner = parts[0] if len(parts) == 1 else "Union[" + ", ".join(parts) + "]"
        return f"Optional[{inner}]" if type(None) in args else inner
    if origin is typing.Literal:
        return "Literal[" + ", ".join(sorted(repr(a) for a in args)) + "]"
    if origin is typing.Required or origin is typing.NotRequired:
        return fmt(args[0])
    if origin in (list, typing.List):
        return f"List[{fmt(args[0])}]" if args else "List"
    if origin in (dict, typing.Dict):
        return f"Dict[{fmt(args[0])}, {fmt(args[1])}]" if args else "Dict"
    if origin is not None:
        name = getattr(origin, "__name__", None) or str(origin).replace("typing.", "")
        return f"{name}[" + ", ".join(fmt(a) for a in args) + "]" if args else name
    return getattr(tp, "__name__", None) or str(tp).replace("typing.", "")

def describe(obj):
    if isinstance(obj, type) and hasattr(obj, "model_fields"):
        fields = {}
        for name, f in obj.model_fields.items():
            fields[f.alias or name] = {"required": f.is_required(), "annotation": fmt(f.annotation)}
        return {"kind": "model", "fields": fields}
    if isinstance(obj, type) and hasattr(obj, "__required_keys__"):
        hints = typing.get_type_hints(obj, include_extras=True)
        return {"kind": "typeddict", "fields": {
            k: {"required": k in obj.__required_keys__, "annotation": fmt(v)} for k, v in hints.items()}}
    return {"kind": "alias", "value": fmt(obj)}

out = {}
for full in json.load(sys.stdin):
    module, _, name = full.rpartition(".")
    try:
        out[full] = describe(getattr(importlib.import_module(module), name))
    except Exception as e:
        out[full] = {"kind": "error", "value": f"{type(e).__name__}: {e}"}
print(json.dumps(out))
'''


def read_side(python: str, names: list[str], src: Path | None) -> dict[str, Any]:
    code = (f"import sys; sys.path.insert(0, {str(src)!r})\n" if src else "") + DUMP
    done = subprocess.run([python, "-c", code], input=json.dumps(names), capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{python}: {done.stderr.strip()[-2000:]}")
    return json.loads(done.stdout)


def compare(official: dict[str, Any], ours: dict[str, Any]) -> list[str]:
    if ours.get("kind") == "error" or official.get("kind") == "error":
        return [f"unreadable: official {official.get('value', 'ok')!s}; ours {ours.get('value', 'ok')!s}"]
    if official["kind"] == "alias" or ours["kind"] == "alias":
        if official["kind"] != ours["kind"]:
            return [f"kind: official {official['kind']}, ours {ours['kind']}"]
        return [] if official["value"] == ours["value"] else [f"value: official {official['value']}, ours {ours['value']}"]
    diffs = []
    if official["kind"] != ours["kind"]:
        diffs.append(f"kind: official {official['kind']}, ours {ours['kind']}")
    theirs, mine = official["fields"], ours["fields"]
    for field in theirs:
        if field not in mine:
            diffs.append(f"{field}: missing")
            continue
        a, b = theirs[field], mine[field]
        if a["required"] != b["required"]:
            diffs.append(f"{field}: required official {a['required']}, ours {b['required']}")
        if a["annotation"] != b["annotation"]:
            diffs.append(f"{field}: official {a['annotation']}, ours {b['annotation']}")
    diffs += [f"{field}: extra" for field in mine if field not in theirs]
    return diffs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("names", nargs="*", help="dotted type names (default: the built-in sample)")
    parser.add_argument("--official-python", default=str(DEFAULT_OFFICIAL), help="interpreter with the official openai installed")
    parser.add_argument("--src", default=str(DEFAULT_SRC), help="directory holding the generated `openai` package")
    parser.add_argument("--all", action="store_true", help="every type of the reference surface")
    parser.add_argument("--show-same", action="store_true", help="also list the types that match")
    args = parser.parse_args(argv)
    names = args.names or (json.loads(DEFAULT_REFERENCE.read_text())["types"] if args.all else SAMPLE)
    try:
        official = read_side(official_interpreter(args.official_python), names, None)
        ours = read_side(sys.executable, names, Path(args.src))
    except (OSError, RuntimeError, subprocess.CalledProcessError) as e:
        print(f"cannot read a side: {e}", file=sys.stderr)
        return 2
    same = fields = differing = 0
    for name in names:
        diffs = compare(official[name], ours[name])
        fields += len(official[name].get("fields", {}))
        if not diffs:
            same += 1
            if args.show_same:
                print(f"= {name}")
            continue
        differing += len(diffs)
        print(f"~ {name}")
        for d in diffs:
            print(f"    {d}")
    print(f"{same}/{len(names)} types identical; {differing} differences over {fields} official fields")
    return 0


if __name__ == "__main__":
    sys.exit(main())
