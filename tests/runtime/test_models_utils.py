"""_models (construct_type, BaseModel), _utils (transform, files, path_template), _qs."""

from __future__ import annotations

import io
import datetime
from typing import Any, Dict, List, Union, Optional
from pathlib import Path

import pytest
from typing_extensions import Literal


def _module(name: str, **values: Any) -> Dict[str, Any]:
    """A real module (in sys.modules) so string annotations resolve like in generated code."""
    import sys
    import types

    module = types.ModuleType(name)
    module.__dict__.update(values)
    sys.modules[name] = module
    return module.__dict__


def test_construct_nested_and_unknown(widgets_target) -> None:
    m = widgets_target.sub("_models")
    Widget = widgets_target.sub("types.widget").Widget
    data = {
        "id": "w",
        "object": "widget",
        "name": "n",
        "color": "purple",  # not in the Literal: kept
        "fooBar": "fb",
        "created_at": "2024-01-02T03:04:05Z",
        "score": 3,
        "shape": {"type": "square", "side": 2},
        "parts": [{"name": "a", "children": [{"name": "b"}]}],
        "labels": {"x": {"name": "lx"}},
        "brand_new": {"k": 1},
    }
    w = m.construct_type(value=data, type_=Widget)
    assert isinstance(w, Widget)
    assert w.color == "purple" and w.foo_bar == "fb"
    assert w.created_at == datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)
    assert w.score == 3.0 and isinstance(w.score, float)
    assert type(w.shape).__name__ == "Square" and w.shape.side == 2
    assert w.parts[0].children[0].name == "b"
    assert w.labels["x"].name == "lx"
    assert w.brand_new == {"k": 1}
    assert w.to_dict()["fooBar"] == "fb"
    assert "brand_new" in w.to_dict()
    assert '"fooBar": "fb"' in w.to_json()


def test_null_vs_missing(widgets_target) -> None:
    Widget = widgets_target.sub("types.widget").Widget
    m = widgets_target.sub("_models")
    a = m.construct_type(value={"id": "1", "object": "widget", "name": "n", "color": None}, type_=Widget)
    assert a.color is None and "color" in a.model_fields_set
    assert a.foo_bar is None and "foo_bar" not in a.model_fields_set
    assert a.to_dict() == {"id": "1", "object": "widget", "name": "n", "color": None}
    assert "fooBar" in a.to_dict(exclude_unset=False)


def test_discriminated_union_and_unknown_variant(widgets_target) -> None:
    m = widgets_target.sub("_models")
    shape = widgets_target.sub("types.shape")
    c = m.construct_type(value={"type": "circle", "radius": 1}, type_=shape.Shape)
    assert isinstance(c, shape.Circle) and c.radius == 1.0
    s = m.construct_type(value={"type": "square", "side": 1}, type_=shape.Shape)
    assert isinstance(s, shape.Square)
    u = m.construct_type(value={"type": "hexagon", "side": 1}, type_=shape.Shape)
    assert u.type == "hexagon"  # loose: built without raising


def test_union_without_discriminator(target) -> None:
    m = target.sub("_models")

    class A(target.pkg.BaseModel):
        kind: Literal["a"]
        x: int

    class B(target.pkg.BaseModel):
        y: int
        z: Optional[int] = None

    assert isinstance(m.construct_type(value={"kind": "a", "x": 1}, type_=Union[A, B]), A)
    assert isinstance(m.construct_type(value={"y": 1}, type_=Union[A, B]), B)
    assert m.construct_type(value="s", type_=Union[str, A]) == "s"
    assert m.construct_type(value=[{"y": 2}], type_=Union[str, List[B]])[0].y == 2
    assert m.construct_type(value=None, type_=Optional[A]) is None


def test_recursive_model_and_generic_list(target) -> None:
    m = target.sub("_models")
    ns = _module("rt_nodes_mod", BaseModel=target.pkg.BaseModel)
    exec(
        "from __future__ import annotations\n"
        "from typing import List, Optional\n"
        "class Node(BaseModel):\n"
        "    name: str\n"
        "    kids: Optional[List[Node]] = None\n",
        ns,
    )
    Node = ns["Node"]
    n = m.construct_type(value={"name": "r", "kids": [{"name": "k", "kids": []}]}, type_=Node)
    assert n.kids[0].name == "k"
    items = m.construct_type(value=[{"name": str(i)} for i in range(3)], type_=List[Node])
    assert [i.name for i in items] == ["0", "1", "2"]


def test_construct_classmethod_and_validation(target) -> None:
    class M(target.pkg.BaseModel):
        a: int
        b: List[int] = []

    x = M.construct(a="not-int")
    assert x.a == "not-int" and x.b == []
    x.b.append(1)
    assert M.construct(a=1).b == []  # default copied
    with pytest.raises(Exception):
        M.model_validate({"a": "nope"})


TD_SOURCE = """
from __future__ import annotations
import datetime
from typing import List, Union
from typing_extensions import Annotated, Required, TypedDict

class A(TypedDict, total=False):
    a_b: Annotated[int, PropertyInfo(alias="aB")]

class B(TypedDict, total=False):
    c_d: Required[Annotated[str, PropertyInfo(alias="cD")]]

class Outer(TypedDict, total=False):
    inner_one: Required[Annotated[A, PropertyInfo(alias="innerOne")]]
    due: Annotated[Annotated[datetime.datetime, PropertyInfo(format="custom", format_template="%Y")], PropertyInfo(alias="Due")]

class P(TypedDict, total=False):
    item: Union[A, B, str]
    items: List[Union[A, B]]
    when: Annotated[datetime.datetime, PropertyInfo(format="custom", format_template="%Y")]
    blob: Annotated[Union[bytes, str], PropertyInfo(format="base64")]
    ids: Annotated[List[Union[int, bool, str]], PropertyInfo(alias="Ids", format="delimited", format_template=",")]
"""

# -- transform ------------------------------------------------------------------------------------------


def test_maybe_transform_aliases_dates_omit(widgets_target) -> None:
    u = widgets_target.sub("_utils")
    params = widgets_target.sub("types.widget_create_params")
    omit = widgets_target.pkg.omit
    out = u.maybe_transform(
        {
            "name": "n",
            "foo_bar": None,
            "made_on": datetime.date(2024, 5, 6),
            "expires_at": datetime.datetime(2024, 1, 1, 12, 0),
            "parts": ({"part_name": "p", "children": [{"part_name": "c"}]} for _ in range(1)),
            "shape": {"type": "circle", "radius_cm": 2.0},
            "metadata": omit,
            "tags": widgets_target.pkg.NOT_GIVEN,
            "unknown": {"nested": omit, "keep": None},
        },
        params.WidgetCreateParams,
    )
    assert out == {
        "name": "n",
        "fooBar": None,
        "made_on": "2024-05-06",
        "expires_at": "2024-01-01T12:00:00",
        "parts": [{"partName": "p", "children": [{"partName": "c"}]}],
        "shape": {"type": "circle", "radiusCm": 2.0},
        "unknown": {"keep": None},
    }
    assert u.maybe_transform(None, params.WidgetCreateParams) is None


def test_transform_union_members_and_models(target) -> None:
    u = target.sub("_utils")
    PropertyInfo = u.PropertyInfo

    ns = _module("rt_td_mod", PropertyInfo=PropertyInfo)
    exec(TD_SOURCE, ns)
    P = ns["P"]

    class Model(target.pkg.BaseModel):
        x: int
        y: Optional[int] = None

    assert u.maybe_transform({"item": {"a_b": 1}}, P) == {"item": {"aB": 1}}
    assert u.maybe_transform({"item": {"c_d": "x"}}, P) == {"item": {"cD": "x"}}
    assert u.maybe_transform({"item": "s"}, P) == {"item": "s"}
    assert u.maybe_transform({"items": [{"a_b": 1}, {"c_d": "q"}]}, P) == {"items": [{"aB": 1}, {"cD": "q"}]}
    assert u.maybe_transform({"when": datetime.datetime(2020, 1, 1)}, P) == {"when": "2020"}
    assert u.maybe_transform({"blob": b"hi"}, P) == {"blob": "aGk="}
    assert u.maybe_transform({"ids": (i for i in [1, True, "x"])}, P) == {"Ids": "1,true,x"}  # explode: false
    assert u.maybe_transform({"item": Model(x=1)}, P) == {"item": {"x": 1}}
    # resource methods key the body by wire name: the value under it still gets its nested aliases
    Outer = ns["Outer"]
    assert u.maybe_transform({"innerOne": {"a_b": 1}}, Outer) == {"innerOne": {"aB": 1}}
    assert u.maybe_transform({"inner_one": {"a_b": 2}}, Outer) == {"innerOne": {"aB": 2}}
    # an aliased key of a formatted type: both the alias and the format apply (just-eat's DueDate)
    assert u.maybe_transform({"due": datetime.datetime(2021, 5, 1)}, Outer) == {"Due": "2021"}


@pytest.mark.asyncio
async def test_async_maybe_transform(widgets_target) -> None:
    u = widgets_target.sub("_utils")
    params = widgets_target.sub("types.widget_list_params")
    assert await u.async_maybe_transform({"include_deleted": True, "after": "a"}, params.WidgetListParams) == {
        "includeDeleted": True,
        "after": "a",
    }


def test_path_template_and_helpers(target) -> None:
    u = target.sub("_utils")
    assert u.path_template("/files/{file_id}", file_id="a/b c") == "/files/a%2Fb%20c"
    assert u.path_template("/a/{x}/b/{y}", x=1, y="é?#") == "/a/1/b/%C3%A9%3F%23"
    with pytest.raises(KeyError):
        u.path_template("/a/{x}")
    # dot-only segments would be resolved by the URL parser: refused, naming the parameter
    for value in (".", ".."):
        with pytest.raises(ValueError, match="`x`"):
            u.path_template("/a/{x}/b", x=value)
    with pytest.raises(ValueError, match="`x`, `y`"):
        u.path_template("/a/{x}{y}", x=".", y=".")
    assert u.path_template("/a/{x}.json", x=".") == "/a/..json"
    assert u.path_template("/a/{x}", x="...") == "/a/..."
    assert u.path_template("/a/../{x}", x="b") == "/a/../b"  # the template's own segments are its business
    assert u.is_given(1) and not u.is_given(target.pkg.NOT_GIVEN) and not u.is_given(target.pkg.omit)
    assert u.strip_not_given({"a": 1, "b": target.pkg.NOT_GIVEN, "c": None}) == {"a": 1, "c": None}
    original = {"a": [{"b": 1}], "f": io.BytesIO(b"x")}
    copied = u.deepcopy_minimal(original)
    assert copied == original and copied["a"] is not original["a"] and copied["f"] is original["f"]


def test_extract_files(target) -> None:
    u = target.sub("_utils")
    f1, f2 = io.BytesIO(b"1"), io.BytesIO(b"2")
    body = {"file": f1, "purpose": "p", "files": [f1, f2], "nested": {"doc": f2}}
    files = u.extract_files(body, paths=[["file"], ["files", "<array>"], ["nested", "doc"], ["missing"]])
    assert files == [("file", f1), ("files[]", f1), ("files[]", f2), ("nested[doc]", f2)]
    # a list of files leaves the body whole: its file objects must not also go out as form fields
    assert body == {"purpose": "p", "nested": {}}
    # a param that takes "a file or a list of files" (paths for both): each form sent once
    for value, expected in (([f1, f2], [("files[]", f1), ("files[]", f2)]), (f1, [("files", f1)])):
        body = {"files": value}
        assert u.extract_files(body, paths=[["files", "<array>"], ["files"]]) == expected
        assert body == {}


def test_file_helpers(target, tmp_path: Path) -> None:
    files = target.sub("_files")
    p = tmp_path / "a.txt"
    p.write_bytes(b"data")
    assert target.pkg.file_from_path(str(p)) == ("a.txt", b"data")
    assert files.to_httpx_files({"file": p}) == [("file", ("a.txt", b"data"))]
    assert files.to_httpx_files([("f", ("n.bin", p, "application/x"))]) == [("f", ("n.bin", b"data", "application/x"))]
    buf = io.BytesIO(b"z")
    assert files.to_httpx_files({"f": buf}) == [("f", buf)]
    with pytest.raises(TypeError):
        files.to_httpx_files({"f": 123})


@pytest.mark.asyncio
async def test_async_file_helpers(target, tmp_path: Path) -> None:
    files = target.sub("_files")
    p = tmp_path / "b.txt"
    p.write_bytes(b"async")
    assert await files.async_to_httpx_files({"file": p}) == [("file", ("b.txt", b"async"))]
    assert await files.async_to_httpx_files({"f": ("x", p)}) == [("f", ("x", b"async"))]


def test_querystring(target) -> None:
    qs = target.sub("_qs")
    assert qs.stringify({"a": [1, 2], "b": True, "c": None, "d": {"e": "f"}}) == "a=1&a=2&b=true&c=&d%5Be%5D=f"
    assert qs.stringify({"a": [1, 2]}, array_format="brackets") == "a%5B%5D=1&a%5B%5D=2"
    assert qs.stringify({"a": [1, 2]}, array_format="comma") == "a=1%2C2"
    assert qs.stringify({"d": {"e": {"g": 1}}}, nested_format="dots") == "d.e.g=1"
    assert qs.stringify({"a": target.pkg.NOT_GIVEN, "b": False}) == "b=false"


def test_not_given_and_omit(target) -> None:
    pkg = target.pkg
    assert not pkg.NOT_GIVEN and not pkg.omit and repr(pkg.NOT_GIVEN) == "NOT_GIVEN"
    assert pkg.not_given is pkg.NOT_GIVEN
    import copy
    import pickle

    assert copy.deepcopy(pkg.omit) is pkg.omit
    assert pickle.loads(pickle.dumps(pkg.NOT_GIVEN)) is pkg.NOT_GIVEN
