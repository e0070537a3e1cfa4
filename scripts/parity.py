"""Compare a generated OpenAI package with the reference surface of the official SDK.

    python scripts/parity.py [--src output/openai/src] [--reference PATH] [--fail-under N]

Prints one summary line, `methods A/B sync, C/B async; types D/E`, a second one against the whole
public surface of the official release (`surface: modules, names, client paths, method parameter
lists, constructor params`, each `ours/reference`), then every miss on its own line.

- methods: every reference method that has an HTTP route (hand-written helpers have none) must
  exist at the same dotted path on `OpenAI(api_key="x")` / `AsyncOpenAI(api_key="x")`, send the
  same route (read from the method's own source: the `self._get/_post/...` call and its path
  literal), and carry a return annotation naming the reference's return type (`Sync*` pages and
  `Stream` read as their `Async*` twins on the async client).
- types: every `module.Name` of the reference must be importable (`import_module` + `getattr`).
- surface (openai-public-surface.json): every public module imports; every name it defines or
  re-exports is an attribute of it; every path of the client tree (OpenAI, AsyncOpenAI,
  AzureOpenAI, depth 6) resolves; every method there has the same parameter names; every
  constructor parameter exists.

The script only reads the generated package; it knows nothing about the generator. It exits 0
(it is a report) unless `--fail-under N` is given and the types count D is below N.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import json
import re
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SRC = ROOT / "output" / "openai" / "src"
DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference" / "openai-surface.json"
DEFAULT_SURFACE = ROOT.parent / "shared" / "reference" / "openai-public-surface.json"

VERBS = {"_get": "get", "_post": "post", "_put": "put", "_patch": "patch", "_delete": "delete"}
IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


# ----- routes ------------------------------------------------------------------------------------


def _path_literal(node: ast.AST) -> str | None:
    """The path template of a request call's first argument: a literal, path_template(literal, ...)
    or an f-string (its placeholders become `{name}`)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Call) and node.args:
        return _path_literal(node.args[0])
    if isinstance(node, ast.JoinedStr):
        out = []
        for part in node.values:
            if isinstance(part, ast.Constant):
                out.append(str(part.value))
            elif isinstance(part, ast.FormattedValue):
                out.append("{" + ast.unparse(part.value) + "}")
        return "".join(out)
    return None


def routes_sent(fn: Callable[..., Any]) -> list[str]:
    """`verb /path` of every request call (`self._get(...)`, `self._get_api_list(...)`, ...) in the
    body of the method."""
    fn = inspect.unwrap(fn)
    try:
        source = textwrap.dedent(inspect.getsource(fn))
    except (OSError, TypeError):
        return []
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
            continue
        if not (isinstance(node.func.value, ast.Name) and node.func.value.id == "self"):
            continue
        attr = node.func.attr
        if attr in VERBS:
            verb = VERBS[attr]
        elif attr == "_get_api_list":
            verb = "get"
            for kw in node.keywords:
                if kw.arg == "method" and isinstance(kw.value, ast.Constant):
                    verb = str(kw.value.value).lower()
        else:
            continue
        path = _path_literal(node.args[0]) if node.args else None
        for kw in node.keywords:
            if path is None and kw.arg in ("path", "url"):
                path = _path_literal(kw.value)
        if path is not None:
            found.append(f"{verb} {path}")
    return found


def normalize_route(route: str) -> str:
    """Placeholder names do not matter: `/files/{file_id}` == `/files/{id}`."""
    verb, _, path = route.strip().partition(" ")
    return f"{verb.lower()} {re.sub(r'{[^}]*}', '{}', path.strip())}"


# ----- return types ------------------------------------------------------------------------------


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text).replace("typing.", "").replace("typing_extensions.", "")


def async_name(expected: str) -> str:
    """The async client's spelling of a return type: Sync* pages and Stream become Async*."""
    def swap(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.startswith("Sync"):
            return "Async" + word[4:]
        if word in ("Stream", "Paginator"):
            return "Async" + word
        return word

    return IDENT.sub(swap, expected)


def annotation_text(fn: Callable[..., Any]) -> str:
    try:
        ann = inspect.signature(fn).return_annotation
    except (TypeError, ValueError):
        return ""
    if ann is inspect.Signature.empty:
        return ""
    if isinstance(ann, str):
        return ann
    return getattr(ann, "__name__", None) if isinstance(ann, type) else str(ann)  # type: ignore[return-value]


def names_return(annotation: str, expected: str) -> bool:
    """The annotation names the expected type: the expected expression appears in it whole (on
    identifier boundaries), e.g. `ChatCompletion` in `ChatCompletion | Stream[ChatCompletionChunk]`."""
    ann, exp = squash(annotation), squash(expected)
    if not exp:
        return False
    if exp == "None":
        return ann in ("None", "NoneType", "")
    pattern = r"(?<![A-Za-z0-9_])" + re.escape(exp) + r"(?![A-Za-z0-9_])"
    return re.search(pattern, ann) is not None


# ----- checks ------------------------------------------------------------------------------------


def check_methods(client: Any, methods: dict[str, dict[str, Any]], is_async: bool) -> tuple[int, list[str]]:
    ok = 0
    misses = []
    label = "async" if is_async else "sync"
    for dotted, info in methods.items():
        obj = client
        try:
            for part in dotted.split("."):
                obj = getattr(obj, part)
        except AttributeError:
            misses.append(f"method {label} {dotted}: missing")
            continue
        except Exception as e:  # noqa: BLE001 - a resource module that fails to import
            misses.append(f"method {label} {dotted}: does not load ({type(e).__name__}: {e})")
            continue
        if not callable(obj):
            misses.append(f"method {label} {dotted}: not callable")
            continue
        sent = {normalize_route(r) for r in routes_sent(obj)}
        want = normalize_route(info["route"])
        if want not in sent:
            misses.append(f"method {label} {dotted}: sends {sorted(sent) or 'no route'}, reference {info['route']}")
            continue
        expected = info.get("returns") or "None"
        if is_async:
            expected = async_name(expected)
        got = annotation_text(obj)
        if not names_return(got, expected):
            misses.append(f"method {label} {dotted}: returns {got or '<none>'}, reference {expected}")
            continue
        ok += 1
    return ok, misses


def check_types(names: list[str]) -> tuple[int, list[str]]:
    ok = 0
    misses = []
    for full in names:
        module, _, name = full.rpartition(".")
        try:
            mod = importlib.import_module(module)
        except Exception as e:  # noqa: BLE001 - a report: any import failure is a miss
            misses.append(f"type {full}: module does not import ({type(e).__name__}: {e})")
            continue
        try:
            getattr(mod, name)
        except AttributeError:
            misses.append(f"type {full}: not in {module}")
            continue
        except Exception as e:  # noqa: BLE001 - a lazily loaded module that fails to import
            misses.append(f"type {full}: does not load ({type(e).__name__}: {e})")
            continue
        ok += 1
    return ok, misses


def _resolve(obj: Any, dotted: str) -> tuple[bool, Any]:
    for part in dotted.split("."):
        try:
            obj = getattr(obj, part)
        except Exception:  # noqa: BLE001 - a report: any failure is a miss
            return False, None
    return True, obj


def check_surface(surface: dict[str, Any], package: Any) -> tuple[dict[str, tuple[int, int]], list[str]]:
    """The five figures against the public surface, each (ours, reference), and the misses."""
    misses: list[str] = []
    modules_ok = 0
    for name in surface["modules"]:
        try:
            importlib.import_module(name)
            modules_ok += 1
        except Exception as e:  # noqa: BLE001
            misses.append(f"module {name}: does not import ({type(e).__name__})")
    names_ok = names_total = 0
    for module, names in surface["names"].items():
        names_total += len(names)
        try:
            mod = importlib.import_module(module)
        except Exception:  # noqa: BLE001 - counted under modules
            continue
        for name in names:
            try:
                found = hasattr(mod, name)
            except Exception:  # noqa: BLE001 - a lazy name whose module fails
                found = False
            names_ok += found
            if not found:
                misses.append(f"name {module}.{name}: missing")
    clients = {
        "OpenAI": lambda: package.OpenAI(api_key="x"),
        "AsyncOpenAI": lambda: package.AsyncOpenAI(api_key="x"),
        "AzureOpenAI": lambda: package.AzureOpenAI(api_key="x", api_version="2024-10-21",
                                                   azure_endpoint="https://example.openai.azure.com"),
    }
    paths_ok = paths_total = params_ok = params_total = 0
    for client_name, tree in surface["client_tree"].items():
        client = clients[client_name]()
        for path, entry in tree.items():
            found, obj = _resolve(client, path.split(".", 1)[1])
            paths_total += 1
            paths_ok += found
            if not found:
                misses.append(f"path {client_name}: {path}: missing")
            if isinstance(entry, dict) and "method" in entry:
                params_total += 1
                try:
                    ours = [n for n in inspect.signature(obj).parameters if not n.startswith("_")] if found else None
                except (TypeError, ValueError):
                    ours = None
                public = [n for n in entry["method"] if not n.startswith("_")]
                if ours is not None and sorted(ours) == sorted(public):
                    params_ok += 1
                elif found:
                    misses.append(f"params {client_name}: {path}: {ours} != {public}")
    ctor_ok = ctor_total = 0
    for client_name, params in surface["constructors"].items():
        ours_ctor = set(inspect.signature(getattr(package, client_name).__init__).parameters)
        ctor_total += len(params)
        ctor_ok += len(set(params) & ours_ctor)
        misses += [f"constructor {client_name}: no `{p}`" for p in params if p not in ours_ctor]
    figures = {
        "modules": (modules_ok, len(surface["modules"])),
        "names": (names_ok, names_total),
        "client paths": (paths_ok, paths_total),
        "method parameter lists": (params_ok, params_total),
        "constructor params": (ctor_ok, ctor_total),
    }
    return figures, misses


def load_clients(package: str) -> tuple[Any, Any, str | None]:
    try:
        mod = importlib.import_module(package)
        sync_client = mod.OpenAI(api_key="x")
        async_client = mod.AsyncOpenAI(api_key="x")
    except Exception as e:  # noqa: BLE001
        return None, None, f"{type(e).__name__}: {e}"
    return sync_client, async_client, None


def run(src: Path, reference: Path, surface: Path | None = None) -> tuple[str, list[str], int]:
    ref = json.loads(reference.read_text())
    methods = {k: v for k, v in ref["methods"].items() if v.get("route")}
    types = list(ref["types"])
    sys.path.insert(0, str(src))
    sync_client, async_client, error = load_clients("openai")
    misses: list[str] = []
    if error is not None:
        sync_ok = async_ok = 0
        misses.append(f"note: the client does not construct ({error}); methods counted as 0")
    else:
        sync_ok, m1 = check_methods(sync_client, methods, is_async=False)
        async_ok, m2 = check_methods(async_client, methods, is_async=True)
        misses += m1 + m2
    types_ok, m3 = check_types(types)
    misses += m3
    n = len(methods)
    summary = f"methods {sync_ok}/{n} sync, {async_ok}/{n} async; types {types_ok}/{len(types)}"
    if surface is not None and surface.is_file() and error is None:
        figures, m4 = check_surface(json.loads(surface.read_text()), importlib.import_module("openai"))
        summary += "\nsurface: " + ", ".join(f"{k} {a}/{b}" for k, (a, b) in figures.items())
        misses += m4
    return summary, misses, types_ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--src", default=str(DEFAULT_SRC), help="directory holding the generated `openai` package")
    parser.add_argument("--reference", default=str(DEFAULT_REFERENCE), help="openai-surface.json")
    parser.add_argument("--surface", default=str(DEFAULT_SURFACE), help="openai-public-surface.json (skipped when absent)")
    parser.add_argument("--fail-under", type=int, default=None, help="exit 1 when fewer types than this import")
    args = parser.parse_args(argv)
    src = Path(args.src)
    if not (src / "openai" / "__init__.py").is_file():
        print(f"no generated package at {src / 'openai'}", file=sys.stderr)
        return 2
    summary, misses, types_ok = run(src, Path(args.reference), Path(args.surface))
    print(summary)
    for miss in misses:
        print(miss)
    if args.fail_under is not None and types_ok < args.fail_under:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
