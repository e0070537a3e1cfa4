"""Response models built lazily (`_models.get_converter(..., lazy=True)`, what response parsing uses).

Each test compares the lazy model with the same data built eagerly (`construct_type`), which the
rest of the suite pins down: every property reads the same, and so do the whole-model operations
(dumping, equality, pickling, copying, printing), whether they come before or after some reads.
"""

from __future__ import annotations

import copy
import json
import pickle
from typing import Any, Dict

import pytest

from .helpers import Recorder, sync_client, json_response

SOURCE = """
from __future__ import annotations
import datetime
from typing import Dict, List, Union, Optional
from typing_extensions import Literal, Annotated
from pydantic import Field

class Leaf(BaseModel):
    kind: Literal["leaf"]
    weight: float
    note: Optional[str] = None

class Twig(BaseModel):
    kind: Literal["twig"]
    leaves: List[Leaf] = []

class Branch(BaseModel):
    name: str
    score: float
    when: Optional[datetime.datetime] = None
    tags: List[str] = Field(default_factory=list)
    parts: Optional[List[Annotated[Union[Leaf, Twig], PropertyInfo(discriminator="kind")]]] = None
    by_name: Optional[Dict[str, Leaf]] = None
    parent: Optional[Branch] = None
    required_later: str

class Aliased(BaseModel):
    wire_name: Optional[str] = Field(alias="wireName", default=None)
    leaf: Optional[Leaf] = None
"""

DATA: Dict[str, Any] = {
    "name": "root",
    "score": 3,  # an integer for a float property: converted when read
    "when": "2024-05-06T07:08:09Z",
    "parts": [
        {"kind": "leaf", "weight": 1},
        {"kind": "twig", "leaves": [{"kind": "leaf", "weight": 0.5, "note": "n"}]},
    ],
    "by_name": {"a": {"kind": "leaf", "weight": 4}},
    "parent": {"name": "p", "score": 1.5, "required_later": "x", "parent": None},
    "required_later": "y",
}


@pytest.fixture()
def tree(target) -> Any:
    import sys
    import types

    module = types.ModuleType("rt_lazy_tree")
    module.__dict__.update(BaseModel=target.pkg.BaseModel, PropertyInfo=target.sub("_utils").PropertyInfo)
    sys.modules[module.__name__] = module
    exec(SOURCE, module.__dict__)
    m = target.sub("_models")

    class Tree:
        Branch = module.Branch
        Aliased = module.Aliased
        Leaf = module.Leaf

        @staticmethod
        def lazy(tp: Any, data: Any) -> Any:
            return m.get_converter(tp, lazy=True)(json.loads(json.dumps(data)))

        @staticmethod
        def eager(tp: Any, data: Any) -> Any:
            return m.construct_type(value=json.loads(json.dumps(data)), type_=tp)

    return Tree


def _is_lazy(model: Any) -> bool:
    return "__pending__" in (model.__pydantic_private__ or {})


def test_a_response_model_is_built_lazily_and_reads_like_an_eager_one(tree) -> None:
    lazy, eager = tree.lazy(tree.Branch, DATA), tree.eager(tree.Branch, DATA)
    assert _is_lazy(lazy) and not _is_lazy(eager)
    assert lazy.name == eager.name == "root"
    assert lazy.score == 3.0 and type(lazy.score) is float
    assert lazy.when == eager.when and lazy.when.tzinfo is not None
    assert lazy.tags == [] and "tags" not in lazy.model_fields_set  # default_factory, left out
    kinds = [type(p).__name__ for p in lazy.parts]
    assert kinds == [type(p).__name__ for p in eager.parts] == ["Leaf", "Twig"]
    assert type(lazy.parts[0].weight) is float
    assert lazy.parts[1].leaves[0].note == "n" and lazy.parts[1].leaves[0].weight == 0.5
    assert lazy.by_name["a"].weight == 4.0
    assert lazy.parent.name == "p" and lazy.parent.parent is None and lazy.parent.when is None
    assert lazy.model_fields_set == eager.model_fields_set
    assert lazy.parts is lazy.parts  # converted once, then read from __dict__


def test_whole_model_operations_match_the_eager_model(tree) -> None:
    eager = tree.eager(tree.Branch, DATA)
    for read_first in (False, True):
        lazy = tree.lazy(tree.Branch, DATA)
        if read_first:  # some properties converted already, the rest still raw
            assert lazy.parts[1].leaves[0].kind == "leaf" and lazy.parent.score == 1.5
        assert lazy.model_dump() == eager.model_dump()
        assert lazy.to_dict() == eager.to_dict()
        assert lazy.to_dict(exclude_unset=False) == eager.to_dict(exclude_unset=False)
        assert json.loads(lazy.model_dump_json()) == json.loads(eager.model_dump_json())
        assert lazy.to_json() == eager.to_json()
        assert list(lazy.model_dump()) == list(eager.model_dump())  # field order too


def test_equality_pickling_and_copies(tree) -> None:
    eager = tree.eager(tree.Branch, DATA)
    assert tree.lazy(tree.Branch, DATA) == eager
    assert eager == tree.lazy(tree.Branch, DATA)
    assert tree.lazy(tree.Branch, DATA) == tree.lazy(tree.Branch, DATA)
    different = dict(DATA, parent={"name": "q", "score": 1.5, "required_later": "x"})
    assert tree.lazy(tree.Branch, different) != eager

    restored = pickle.loads(pickle.dumps(tree.lazy(tree.Branch, DATA)))
    assert restored == eager and restored.parts[1].leaves[0].note == "n" and not _is_lazy(restored)

    lazy = tree.lazy(tree.Branch, DATA)
    deep = copy.deepcopy(lazy)
    assert deep == eager and deep.parent is not lazy.parent
    shallow = copy.copy(tree.lazy(tree.Branch, DATA))
    assert shallow == eager
    updated = tree.lazy(tree.Branch, DATA).model_copy(update={"name": "other"})
    assert updated.name == "other" and updated.parent.name == "p"


def test_repr_iteration_and_assignment(tree) -> None:
    eager = tree.eager(tree.Branch, DATA)
    assert repr(tree.lazy(tree.Branch, DATA)) == repr(eager)
    assert str(tree.lazy(tree.Branch, DATA)) == str(eager)
    assert dict(tree.lazy(tree.Branch, DATA)) == dict(eager)
    lazy = tree.lazy(tree.Branch, DATA)
    lazy.parent = None  # an assignment before the first read wins over the raw value
    assert lazy.parent is None and lazy.model_dump()["parent"] is None
    assert lazy.model_extra == {}


def test_a_required_property_left_out_is_unset_as_when_built_eagerly(tree) -> None:
    data = {k: v for k, v in DATA.items() if k != "required_later"}
    lazy, eager = tree.lazy(tree.Branch, data), tree.eager(tree.Branch, data)
    for model in (lazy, eager):
        with pytest.raises(AttributeError, match="required_later"):
            model.required_later  # noqa: B018
        assert not hasattr(model, "no_such_property")
    assert lazy.model_dump() == eager.model_dump()


def test_unknown_keys_and_aliases_take_the_eager_path(tree) -> None:
    extra = tree.lazy(tree.Branch, dict(DATA, brand_new={"k": 1}))
    assert not _is_lazy(extra) and extra.brand_new == {"k": 1} and extra.model_extra == {"brand_new": {"k": 1}}
    assert extra.parent.name == "p"  # nested models are still built lazily
    aliased = tree.lazy(tree.Aliased, {"wireName": "w", "leaf": {"kind": "leaf", "weight": 1}})
    assert not _is_lazy(aliased) and aliased.wire_name == "w" and aliased.leaf.weight == 1.0


def test_a_failing_conversion_names_the_model_and_property(tree, target, monkeypatch) -> None:
    m = target.sub("_models")
    lazy = tree.lazy(tree.Branch, DATA)
    row = m._lazy_converters_by_class[tree.Branch].by_name["parent"]

    def broken(value: Any) -> Any:
        raise AttributeError("boom")  # would read as a missing attribute if it escaped as is

    monkeypatch.setitem(m._lazy_converters_by_class[tree.Branch].by_name, "parent", (broken, *row[1:]))
    with pytest.raises(ValueError, match=r"Branch\.parent: .*AttributeError: boom"):
        lazy.parent  # noqa: B018
    monkeypatch.undo()
    assert lazy.parent.name == "p"  # the raw value is kept: a later read can still succeed


def test_construct_type_never_changes_what_the_caller_holds(tree, target) -> None:
    data = json.loads(json.dumps(DATA))
    held = copy.deepcopy(data)
    built = target.sub("_models").construct_type(value=data, type_=tree.Branch)
    built.parts[1].leaves[0].note = "changed"
    assert data == held


def test_a_long_list_leaves_the_collector_as_it_found_it(tree) -> None:
    import gc

    items = [{"kind": "leaf", "weight": i} for i in range(1000)]
    twig = tree.lazy(tree.Branch, dict(DATA, parts=[{"kind": "twig", "leaves": items}]))
    assert gc.isenabled()
    assert [leaf.weight for leaf in twig.parts[0].leaves][-1] == 999.0
    assert gc.isenabled()
    gc.disable()
    try:
        twig = tree.lazy(tree.Branch, dict(DATA, parts=[{"kind": "twig", "leaves": items}]))
        assert len(twig.parts[0].leaves) == 1000
        assert not gc.isenabled()  # an application's pause is left alone
    finally:
        gc.enable()


def test_a_client_response_is_lazy_and_complete(target) -> None:
    class Item(target.pkg.BaseModel):
        id: str
        size: float
        child: Any = None

    class Listing(target.pkg.BaseModel):
        data: list[Item]
        total: int

    body = {"data": [{"id": f"i{k}", "size": k} for k in range(300)], "total": 300}
    client = sync_client(target, Recorder(json_response(body, headers={"x-request-id": "req_1"})))
    listing = client.get("/items", cast_to=Listing)
    assert _is_lazy(listing) and listing._request_id == "req_1"
    assert [i.id for i in listing.data][-1] == "i299" and type(listing.data[7].size) is float
    assert listing.to_dict() == {"data": [{"id": f"i{k}", "size": float(k)} for k in range(300)], "total": 300}
    assert copy.deepcopy(listing) == listing and listing.data[299].child is None
