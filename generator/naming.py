"""Name inference and Python-safety of names. Pure functions, no state."""

from __future__ import annotations

import builtins
import keyword
import re
from typing import Iterable

# Attributes of pydantic.BaseModel (and our runtime's BaseModel) a field must not shadow.
PYDANTIC_RESERVED = frozenset(
    {
        "construct",
        "copy",
        "dict",
        "json",
        "parse_obj",
        "parse_raw",
        "parse_file",
        "from_orm",
        "schema",
        "schema_json",
        "update_forward_refs",
        "validate",
        "fields",
        "to_dict",
        "to_json",
    }
)
# Keyword arguments every generated method already takes.
METHOD_RESERVED = frozenset({"extra_headers", "extra_query", "extra_body", "timeout", "self", "cls"})
VERSION_SEGMENT = re.compile(r"^v\d+(?:(?:alpha|beta|\.)\d*)?$|^api$", re.IGNORECASE)


def words(name: str) -> list[str]:
    """Split camelCase, PascalCase, snake_case, kebab-case and dotted names into lowercase words."""
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", name)
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", name) if w]


def snake(name: str) -> str:
    out = "_".join(words(name))
    if not out:
        return "_"
    if out[0].isdigit():
        out = "_" + out
    return out


def pascal(name: str) -> str:
    out = "".join(w[:1].upper() + w[1:] for w in re.split(r"[^A-Za-z0-9]+", name) if w)
    out = out[:1].upper() + out[1:] if out else "Model"
    if out[0].isdigit():
        out = "_" + out
    return out


def singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith(("sses", "xes", "ches", "shes")):
        return word[:-2]
    if word.endswith("s") and not word.endswith(("ss", "us", "is")) and len(word) > 2:
        return word[:-1]
    return word


def safe_field_name(wire: str) -> str:
    """A Python attribute for a wire property: kept as is when possible, otherwise snake_cased."""
    name = wire if wire.isidentifier() else snake(wire)
    if keyword.iskeyword(name) or name in PYDANTIC_RESERVED or name.startswith("model_"):
        name += "_"
    return name


def safe_param_name(wire: str) -> str:
    name = wire if wire.isidentifier() else snake(wire)
    if keyword.iskeyword(name) or name in METHOD_RESERVED:
        name += "_"
    return name


def safe_class_name(name: str) -> str:
    name = pascal(name)
    if keyword.iskeyword(name) or hasattr(builtins, name):
        name += "_"
    return name


def safe_module_name(name: str) -> str:
    name = snake(name)
    if keyword.iskeyword(name) or name in {"types", "resources"}:
        name += "_"
    return name


def unique(name: str, taken: Iterable[str]) -> str:
    """`name`, or `name2`, `name3`... the first not in `taken` (deterministic for a fixed order)."""
    taken = set(taken)
    if name not in taken:
        return name
    n = 2
    while f"{name}{n}" in taken:
        n += 1
    return f"{name}{n}"


def path_segments(path: str, strip_prefixes: Iterable[str] = ()) -> list[str]:
    """Path segments without version prefixes (`/v1`, `/v2beta`, `/api`) and configured prefixes."""
    for prefix in strip_prefixes:
        if path.startswith(prefix):
            path = path[len(prefix) :] or "/"
    segments = [s for s in path.split("/") if s]
    while segments and VERSION_SEGMENT.match(segments[0]):
        segments = segments[1:]
    return segments


def is_param_segment(segment: str) -> bool:
    return segment.startswith("{") and segment.endswith("}")
