"""Cross-check of our JSON Schema -> Python mapping against datamodel-code-generator.

datamodel-codegen reads the same fixture spec independently; for every object schema both emit,
the wire field names, required-ness, nullability and list-ness must agree with our IR.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import types
import typing
from pathlib import Path

import pytest

from generator.builder import build_api
from generator.config import Config
from generator.ir import Model, TypeRef
from generator.loader import load_spec
from tests.conftest import FIXTURES


def datamodel_models(spec: Path, tmp_path: Path) -> dict[str, type]:
    out = tmp_path / f"dcg_{spec.stem}.py"
    exe = Path(sys.executable).parent / "datamodel-codegen"
    r = subprocess.run([str(exe), "--input", str(spec), "--input-file-type", "openapi", "--output-model-type",
                        "pydantic_v2.BaseModel", "--strict-nullable", "--output", str(out), "--formatters", "ruff-format"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    module_spec = importlib.util.spec_from_file_location(f"dcg_{spec.stem}", out)
    assert module_spec and module_spec.loader
    module = importlib.util.module_from_spec(module_spec)
    sys.modules[module_spec.name] = module
    module_spec.loader.exec_module(module)
    import pydantic

    return {n: c for n, c in vars(module).items()
            if isinstance(c, type) and issubclass(c, pydantic.BaseModel) and c is not pydantic.BaseModel
            and not issubclass(c, pydantic.RootModel)}


def allows_none(annotation: object) -> bool:
    args = typing.get_args(annotation)
    origin = typing.get_origin(annotation)
    return annotation is type(None) or ((origin is typing.Union or origin is types.UnionType) and type(None) in args)


def is_list(annotation: object) -> bool:
    origin = typing.get_origin(annotation)
    if origin is typing.Union or origin is types.UnionType:
        return any(is_list(a) for a in typing.get_args(annotation) if a is not type(None))
    return origin is list


def our_is_list(t: TypeRef) -> bool:
    return t.kind == "list" or (t.kind == "union" and any(a.kind == "list" for a in t.args))


@pytest.mark.parametrize("fixture", ["petstore.yaml", "legacy30.yaml"])
def test_fields_agree_with_datamodel_code_generator(fixture: str, tmp_path: Path) -> None:
    spec_path = FIXTURES / fixture
    theirs = datamodel_models(spec_path, tmp_path)
    api = build_api(load_spec(str(spec_path)), Config())
    ours = {t.name: t for t in api.types if isinstance(t, Model) and t.id.startswith("model:") and t.parent is None}
    common = sorted(set(ours) & set(theirs))
    assert len(common) >= 3, f"too few shared models to compare: {common}"
    checked = 0
    for name in common:
        model, cls = ours[name], theirs[name]
        their_fields = {(f.alias or n): f for n, f in cls.model_fields.items()}
        assert {f.wire_name for f in model.fields} == set(their_fields), name
        for f in model.fields:
            tf = their_fields[f.wire_name]
            assert f.required == tf.is_required(), f"{name}.{f.wire_name} required"
            if f.required:  # an optional field is `X | None = None` in both, whatever its nullability
                assert f.nullable == allows_none(tf.annotation), f"{name}.{f.wire_name} nullable"
            assert our_is_list(f.type) == is_list(tf.annotation), f"{name}.{f.wire_name} list-ness"
            checked += 1
    assert checked >= 10
