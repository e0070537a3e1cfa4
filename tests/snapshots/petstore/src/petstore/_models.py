# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

"""Response models and the fast, non-validating construction path used for API responses."""

from __future__ import annotations

import copy
import datetime
import gc
from typing import (
    TYPE_CHECKING,
    Any,
    Callable,
    Dict,
    Iterable,
    List,
    Optional,
    Set,
    Tuple,
    Type,
    TypeVar,
    cast,
)

import pydantic
from pydantic import ConfigDict
from pydantic_core import PydanticUndefined
from typing_extensions import Annotated, Literal, get_args, get_origin, get_type_hints

from ._compat import resolve_forward_ref
from ._request_options import FinalRequestOptions as FinalRequestOptions
from ._utils._transform import PropertyInfo
from ._utils._typing import (
    annotated_metadata,
    is_dict_type,
    is_list_type,
    is_literal_type,
    is_type_alias_type,
    is_union_type,
    strip_annotated_type,
)

__all__ = ["BaseModel", "GenericModel", "construct_type", "validate_type", "FinalRequestOptions"]

_PENDING = "__pending__"
"""Key in `__pydantic_private__` of a model built lazily from a response: the raw values of the
properties not converted yet (see `_ModelConverter`). Gone once the model is settled."""

_T = TypeVar("_T")
# Pre-built aliases: subscripting `Dict[...]` inside hot loops costs more than the work itself.
# Casts after `isinstance(value, dict)`: pyright needs them (it knows `dict[Unknown, Unknown]`), and
# their element types differ from mypy's `dict[Any, Any]`, so mypy does not call them redundant.
_AnyDict = Dict[str, Any]
_AnyList = List[object]
_BaseModelT = TypeVar("_BaseModelT", bound="BaseModel")
Converter = Callable[[Any], Any]


class BaseModel(pydantic.BaseModel):
    """Base class of every response model.

    Unknown properties are kept (readable as attributes, included in `to_dict()`), and models built
    from API responses are never rejected for unexpected values (e.g. a new enum member).
    `model_fields_set` tells a property the API sent as `null` from one it left out.
    """

    model_config = ConfigDict(
        extra="allow",
        defer_build=True,
        populate_by_name=True,
        arbitrary_types_allowed=True,
        protected_namespaces=(),
    )

    _request_id: Optional[str] = None
    """The `x-request-id` header of the response this model was parsed from, when available."""

    def __str__(self) -> str:
        # pydantic's str() drops the class name; `print(completion)` should say what it printed
        return f"{type(self).__name__}({self.__repr_str__(', ')})"  # type: ignore[misc]

    def to_dict(
        self,
        *,
        mode: Literal["json", "python"] = "python",
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> Dict[str, object]:
        """The model as a dict, keyed by wire names and without unset properties by default.

        `mode="json"` makes every value JSON-able (e.g. datetimes become strings).
        """
        return self.model_dump(
            mode=mode,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    def to_json(
        self,
        *,
        indent: Optional[int] = 2,
        use_api_names: bool = True,
        exclude_unset: bool = True,
        exclude_defaults: bool = False,
        exclude_none: bool = False,
        warnings: bool = True,
    ) -> str:
        """The model as a JSON string, keyed by wire names and without unset properties by default."""
        return self.model_dump_json(
            indent=indent,
            by_alias=use_api_names,
            exclude_unset=exclude_unset,
            exclude_defaults=exclude_defaults,
            exclude_none=exclude_none,
            warnings=warnings,
        )

    @classmethod
    def construct(  # pyright: ignore[reportIncompatibleMethodOverride]
        cls: Type[_BaseModelT], _fields_set: Optional[Set[str]] = None, **values: object
    ) -> _BaseModelT:
        """Builds the model (and nested models) from raw data without validation."""
        model = cast(_BaseModelT, _model_converter(cls)(values))
        if _fields_set is not None:
            object.__setattr__(model, "__pydantic_fields_set__", set(_fields_set))
        return model

    # ---- models built lazily from a response ---------------------------------------------------
    # A response model starts as the decoded JSON object itself: plain values are read straight from
    # `__dict__`, and a property that needs converting (a nested model, a list of them, a float
    # sent as an integer, a datetime) or that the API left out is built on first read, by
    # `__getattr__`. Whatever looks at the whole model (dumping, comparing, copying, pickling,
    # printing, iterating) settles it first: every property converted and every default in place,
    # as if it had been built eagerly.

    if not TYPE_CHECKING:  # type checkers must not see a catch-all attribute

        def __getattr__(self, name: str) -> Any:
            try:
                pending = _get_private(self)[_PENDING]
            except (AttributeError, KeyError, TypeError):  # not built lazily, or settled
                return super().__getattr__(name)
            value = _read_pending(self, pending, name)
            if value is _MISSING:
                return super().__getattr__(name)
            return value

        def __eq__(self, other: object) -> bool:
            _settle(self)
            if isinstance(other, pydantic.BaseModel):
                _settle(other)
            return super().__eq__(other)

        # Everything below keeps pydantic's signatures for type checkers (this block is runtime-only).

        def model_dump(self, **kwargs: Any) -> Dict[str, Any]:
            _settle_tree(self)
            return super().model_dump(**kwargs)

        def model_dump_json(self, **kwargs: Any) -> str:
            _settle_tree(self)
            return super().model_dump_json(**kwargs)

        def __getstate__(self) -> Dict[Any, Any]:
            _settle(self)
            return super().__getstate__()

        def __copy__(self):
            _settle(self)
            return super().__copy__()

        def __deepcopy__(self, memo=None):
            _settle(self)
            return super().__deepcopy__(memo)

        def __iter__(self):
            _settle(self)
            return super().__iter__()

        def __repr_args__(self):
            _settle(self)
            return super().__repr_args__()

        @property
        def model_extra(self) -> Optional[Dict[str, Any]]:
            _settle(self)
            return self.__pydantic_extra__


GenericModel = BaseModel


def is_basemodel_type(tp: object) -> bool:
    return isinstance(tp, type) and issubclass(tp, pydantic.BaseModel)


# --------------------------------------------------------------------------------------------
# Fast construction.
#
# Every type gets a converter (`raw JSON value -> Python value`), built on first use and cached.
# Model converters build their per-field table lazily, so recursive models just work.
# --------------------------------------------------------------------------------------------


def _identity(value: Any) -> Any:
    return value


def _to_float(value: Any) -> Any:
    if type(value) is int:
        return float(value)
    return value


def _to_datetime(value: Any) -> Any:
    if isinstance(value, str):
        text = value[:-1] + "+00:00" if value.endswith(("Z", "z")) else value
        try:
            return datetime.datetime.fromisoformat(text)
        except ValueError:
            try:
                return validate_type(type_=datetime.datetime, value=value)
            except pydantic.ValidationError:
                return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return datetime.datetime.fromtimestamp(value, tz=datetime.timezone.utc)
    return value


def _to_date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return value


_MISSING: Any = object()

# How a field without a value gets its default.
_REQUIRED = 0  # no default: left unset
_SHARED = 1  # immutable default: shared
_COPIED = 2  # mutable default: deep-copied
_FACTORY = 3  # default_factory: called


# What a lazy model with nothing to convert holds as pending: not a dict, so that its private dict
# holds no container and the garbage collector does not track it.
_NO_PENDING: Any = ()

# pydantic.BaseModel's slots, set and read through their descriptors: the cheapest way per model
_new = object.__new__
_slots = cast(Dict[str, Any], vars(pydantic.BaseModel))
_set_dict: Callable[[object, object], None] = _slots["__dict__"].__set__
_set_extra: Callable[[object, object], None] = _slots["__pydantic_extra__"].__set__
_set_fields_set: Callable[[object, object], None] = _slots["__pydantic_fields_set__"].__set__
_set_private: Callable[[object, object], None] = _slots["__pydantic_private__"].__set__
_get_private: Callable[[object], Any] = _slots["__pydantic_private__"].__get__
del _slots
_FieldRow = Tuple[str, Optional[str], str, Converter, int, Any]


class _ModelConverter:
    """Builds one model class from a decoded JSON object.

    Eager (`lazy=False`, what `construct()` and `construct_type()` use): every property is
    converted now, into a new `__dict__`. Lazy (what response parsing uses, on JSON it owns): when
    the object has no unknown keys and the class allows it, the object itself becomes `__dict__`
    and the properties that need converting wait in `__pydantic_private__[_PENDING]` until read
    (`BaseModel.__getattr__`) or until the model is settled (`_settle`)."""

    __slots__ = ("cls", "lazy", "fields", "keys", "private", "extra_allowed", "names", "pending", "by_name", "lazy_ok")

    def __init__(self, cls: Type[pydantic.BaseModel], lazy: bool = False) -> None:
        self.cls = cls
        self.lazy = lazy
        # (wire key, alternative key, attribute name, converter, default kind, default)
        self.fields: Optional[List[_FieldRow]] = None
        self.keys: Set[str] = set()
        self.private: Optional[Dict[str, Any]] = None
        self.extra_allowed = True
        self.names: frozenset[str] = frozenset()
        self.pending: Tuple[Tuple[str, type], ...] = ()  # (name, a value type that needs no converting)
        # attribute name -> (lazy converter, default kind, default, eager converter)
        self.by_name: Dict[str, Tuple[Converter, int, Any, Converter]] = {}
        self.lazy_ok = False

    def _prepare(self) -> List[_FieldRow]:
        cls = self.cls
        model_fields = cls.model_fields
        hints: Optional[Dict[str, Any]] = None
        fields: List[_FieldRow] = []
        for name, field in model_fields.items():
            annotation: Any = field.annotation
            if _is_unresolved(annotation):
                if hints is None:
                    hints = _type_hints(cls)
                annotation = hints.get(name, Any)
            elif field.metadata:
                annotation = Annotated[tuple([annotation, *field.metadata])]
            converter = get_converter(annotation, lazy=self.lazy)
            alias = field.validation_alias if isinstance(field.validation_alias, str) else field.alias
            key = alias or name
            alternative = name if key != name else None
            if field.default_factory is not None:
                kind, default = _FACTORY, field.default_factory
            elif field.default is PydanticUndefined:
                kind, default = _REQUIRED, None
            elif field.default is None or type(field.default) in _IMMUTABLE:
                kind, default = _SHARED, field.default
            else:
                kind, default = _COPIED, field.default
            fields.append((key, alternative, name, converter, kind, default))
            self.keys.add(key)
            if alternative is not None:
                self.keys.add(alternative)
        private = cast(Dict[str, Any], cls.__private_attributes__)
        if private:
            self.private = {name: attr.get_default() for name, attr in private.items()}
        self.extra_allowed = cls.model_config.get("extra") == "allow"
        if self.lazy:
            eager = _model_converter(cls)
            eager_fields = eager.fields if eager.fields is not None else eager._prepare()
            for row, eager_row in zip(fields, eager_fields):
                self.by_name[row[2]] = (row[3], row[4], row[5], eager_row[3])
            self.names = frozenset(self.by_name)
            self.pending = tuple(
                (row[2], float if row[3] is _to_float else _NoType) for row in fields if row[3] is not _identity
            )
            # The object's keys become attribute names as they are: no aliases, no names a class
            # attribute (a method, a property) would shadow, nothing private-looking.
            shadowed = any(row[2] in vars(klass) for klass in cls.__mro__ for row in fields)
            self.lazy_ok = (
                self.extra_allowed
                and not shadowed
                and all(row[1] is None and row[0] == row[2] and not row[2].startswith("_") for row in fields)
            )
        self.fields = fields
        return fields

    def __call__(self, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        fields = self.fields
        if fields is None:
            fields = self._prepare()
        data = cast(_AnyDict, value)
        if self.lazy_ok and data.keys() <= self.names:
            # lazy: the object becomes `__dict__`; what needs converting waits in `pending`
            model = _new(self.cls)
            _set_fields_set(model, set(data))
            pending = _NO_PENDING
            get = data.get
            for name, ready in self.pending:
                item = get(name)
                if item is not None and type(item) is not ready:  # None converts to None whatever the type
                    if pending is _NO_PENDING:
                        pending = {}
                    pending[name] = item
                    del data[name]
            _set_dict(model, data)
            _set_extra(model, {})
            private: Dict[str, Any] = dict(self.private) if self.private is not None else {}
            private[_PENDING] = pending
            _set_private(model, private)
            return model
        get = data.get
        values: Dict[str, Any] = {}
        fields_set: Set[str] = set()
        matched = 0
        for key, alternative, name, converter, kind, default in fields:
            item = get(key, _MISSING)
            if item is _MISSING and alternative is not None:
                item = get(alternative, _MISSING)
            if item is not _MISSING:
                matched += 1
                values[name] = item if converter is _identity else converter(item)
                fields_set.add(name)
            elif kind == _SHARED:
                values[name] = default
            elif kind == _COPIED:
                values[name] = copy.deepcopy(default)
            elif kind == _FACTORY:
                values[name] = default()
        model = _new(self.cls)
        _set_dict(model, values)
        if self.extra_allowed:
            if matched != len(data):
                keys = self.keys
                extra = {key: item for key, item in data.items() if key not in keys}
                fields_set.update(extra)
            else:
                extra = {}
            _set_extra(model, extra)
        else:
            _set_extra(model, None)
        _set_fields_set(model, fields_set)
        defaults = self.private
        _set_private(model, dict(defaults) if defaults is not None else None)
        return model


class _NoType:
    """No value is of this type (see `_ModelConverter.pending`)."""


def _read_pending(model: pydantic.BaseModel, pending: Dict[str, Any], name: str) -> Any:
    """The first read of property `name` of a lazily built model (`_MISSING` if it has none)."""
    converter = _lazy_converters_by_class.get(type(model))
    entry = converter.by_name.get(name) if converter is not None else None
    if entry is None:
        return _MISSING
    convert, kind, default, _ = entry
    raw = pending.get(name, _MISSING) if pending else _MISSING
    if raw is not _MISSING:
        try:
            value = convert(raw)
        except Exception as exc:
            # not an AttributeError: `getattr`/`hasattr` would take it for a missing property
            raise ValueError(
                f"{type(model).__name__}.{name}: the response value ({type(raw).__name__}) could not be "
                f"built as its declared type: {type(exc).__name__}: {exc}"
            ) from exc
    elif kind == _SHARED:
        value = default
    elif kind == _COPIED:
        value = copy.deepcopy(default)
    elif kind == _FACTORY:
        value = default()
    else:
        return _MISSING  # a required property the API left out: unset, as when built eagerly
    values: Dict[str, Any] = object.__getattribute__(model, "__dict__")
    value = values.setdefault(name, value)
    if pending:
        pending.pop(name, None)
    return value


def _settle(model: object) -> None:
    """Converts what a lazily built model still holds raw and fills in the defaults, in field
    order, as the eager path would have built it (no-op for any other model)."""
    try:
        private = object.__getattribute__(model, "__pydantic_private__")
    except AttributeError:
        return
    if not private:
        return
    pending = private.get(_PENDING)
    if pending is None:
        return
    converter = _lazy_converters_by_class[type(model)]
    current: Dict[str, Any] = object.__getattribute__(model, "__dict__")
    by_name = converter.by_name
    values: Dict[str, Any] = {}
    for _key, _alternative, name, _convert, kind, default in cast(List[_FieldRow], converter.fields):
        if name in current:
            values[name] = current[name]
        elif pending and name in pending:
            values[name] = by_name[name][3](pending[name])  # eager: nothing raw is left below
        elif kind == _SHARED:
            values[name] = default
        elif kind == _COPIED:
            values[name] = copy.deepcopy(default)
        elif kind == _FACTORY:
            values[name] = default()
    for key, item in current.items():  # set on the instance by hand, not a field
        values.setdefault(key, item)
    object.__setattr__(model, "__dict__", values)
    private.pop(_PENDING, None)


def _settle_tree(value: object) -> None:
    """`_settle` for a model and everything it holds: pydantic's serializer reads `__dict__`
    of nested models directly."""
    items: Iterable[Any]
    if isinstance(value, pydantic.BaseModel):
        _settle(value)
        extra = value.__pydantic_extra__
        values: Dict[str, Any] = object.__getattribute__(value, "__dict__")
        items = [*values.values(), *(extra.values() if extra else ())]
    elif type(value) is list:
        items = cast(_AnyList, value)
    elif type(value) is dict:
        items = cast(_AnyDict, value).values()
    else:
        return
    for item in items:
        if isinstance(item, _CONTAINERS):
            _settle_tree(cast(object, item))


_CONTAINERS = (list, dict, pydantic.BaseModel)


_IMMUTABLE = (str, int, float, bool, bytes, tuple, frozenset)


def _is_unresolved(annotation: Any) -> bool:
    if isinstance(annotation, str):
        return True
    return type(annotation).__name__ == "ForwardRef"


def _type_hints(cls: type) -> Dict[str, Any]:
    try:
        return get_type_hints(cls, include_extras=True)
    except Exception:
        return {}


class _Member:
    """A model member of a union with what is needed to pick it for a dict value."""

    __slots__ = ("converter", "literals", "keys", "required")

    def __init__(self, tp: type, lazy: bool = False) -> None:
        self.converter = get_converter(tp, lazy=lazy)
        self.literals: Dict[str, Tuple[Any, ...]] = {}
        self.keys: Set[str] = set()
        self.required: Set[str] = set()
        model = cast(Type[pydantic.BaseModel], tp)
        hints: Optional[Dict[str, Any]] = None
        for name, field in model.model_fields.items():
            key = field.alias or name
            self.keys.add(key)
            if field.is_required():
                self.required.add(key)
            annotation: Any = field.annotation
            if _is_unresolved(annotation):
                if hints is None:
                    hints = _type_hints(model)
                annotation = hints.get(name, Any)
            annotation = strip_annotated_type(annotation)
            if is_literal_type(annotation):
                self.literals[key] = tuple(get_args(annotation))

    def matches(self, value: Dict[str, Any]) -> bool:
        for key, allowed in self.literals.items():
            if key in value and value[key] not in allowed:
                return False
        return True

    def score(self, value: Dict[str, Any]) -> int:
        present = sum(1 for key in value if key in self.keys)
        missing = sum(1 for key in self.required if key not in value)
        return present - 2 * missing


def _resolved(tp: Any) -> Any:
    """A `forward_ref` member of a union (a recursive schema's alias) as the type it stands for."""
    if type(tp).__name__ == "ForwardRef":
        resolved = resolve_forward_ref(tp)
        return tp if resolved is None else resolved
    return tp


def _flatten_union(tp: Any) -> List[Any]:
    members: List[Any] = []
    for arg in map(_resolved, get_args(tp)):
        inner = strip_annotated_type(arg)
        if is_union_type(inner) and not annotated_metadata(arg):
            members.extend(_flatten_union(inner))
        else:
            members.append(arg)
    return members


def _leaf_members(args: List[Any]) -> List[Any]:
    """The members of nested unions too, annotated or not: a dict value is matched against every
    model it could be (`AssistantStreamEvent` is a union of discriminated unions)."""
    leaves: List[Any] = []
    for arg in map(_resolved, args):
        inner = strip_annotated_type(arg)
        if is_union_type(inner):
            leaves.extend(_leaf_members(list(get_args(inner))))
        else:
            leaves.append(arg)
    return leaves


def _discriminator_table(members: List[_Member], discriminator: str) -> Dict[Any, Converter]:
    table: Dict[Any, Converter] = {}
    for member in members:
        for value in member.literals.get(discriminator, ()):
            table.setdefault(value, member.converter)
    return table


def _shared_discriminator(members: List[_Member]) -> Optional[str]:
    """A literal property present in every member with distinct values, if there is one."""
    if len(members) < 2:
        return None
    candidates = set(members[0].literals)
    for member in members[1:]:
        candidates &= set(member.literals)
    for key in sorted(candidates):
        seen: Set[Any] = set()
        distinct = True
        for member in members:
            values = set(member.literals[key])
            if seen & values:
                distinct = False
                break
            seen |= values
        if distinct:
            return key
    return None


class _UnionConverter:
    __slots__ = (
        "args",
        "discriminator",
        "lazy",
        "ready",
        "models",
        "lists",
        "dicts",
        "others",
        "table",
        "floats",
        "dates",
    )

    def __init__(self, args: List[Any], discriminator: Optional[str], lazy: bool = False) -> None:
        self.args = args
        self.lazy = lazy
        self.discriminator = discriminator
        self.ready = False
        self.models: List[_Member] = []
        self.lists: List[Converter] = []
        self.dicts: List[Converter] = []
        self.others: List[Converter] = []
        self.table: Optional[Dict[Any, Converter]] = None
        self.floats = False
        self.dates: Optional[Converter] = None

    def _prepare(self) -> None:
        has_str = False
        has_int = False
        for arg in _leaf_members(self.args):
            inner = strip_annotated_type(arg)
            if is_basemodel_type(inner):
                self.models.append(_Member(inner, self.lazy))
            elif is_list_type(inner):
                self.lists.append(get_converter(arg, lazy=self.lazy))
            elif is_dict_type(inner):
                self.dicts.append(get_converter(arg, lazy=self.lazy))
            elif inner is float:
                self.floats = True
            elif inner is str:
                has_str = True
            elif inner is int:
                has_int = True
            elif inner in (datetime.datetime, datetime.date):
                self.dates = get_converter(inner, lazy=self.lazy)
        if has_int:
            self.floats = False
        if has_str:
            self.dates = None
        key = self.discriminator or _shared_discriminator(self.models)
        if key is not None:
            self.discriminator = key
            self.table = _discriminator_table(self.models, key)
        self.ready = True

    def __call__(self, value: Any) -> Any:
        if value is None:
            return None
        if not self.ready:
            self._prepare()
        if isinstance(value, dict):
            return self._from_dict(cast(_AnyDict, value))
        if isinstance(value, list):
            if self.lists:
                return self.lists[0](value)
            return cast(_AnyList, value)
        if self.floats and type(value) is int:
            return float(value)
        if self.dates is not None and isinstance(value, str):
            return self.dates(value)
        return value

    def _from_dict(self, value: Dict[str, Any]) -> Any:
        table = self.table
        if table is not None:
            try:
                converter = table.get(value.get(cast(str, self.discriminator)))
            except TypeError:  # unhashable discriminator value
                converter = None
            if converter is not None:
                return converter(value)
        models = self.models
        if not models:
            if self.dicts:
                return self.dicts[0](value)
            return value
        if len(models) == 1:
            return models[0].converter(value)
        best: Optional[_Member] = None
        best_score = -(10**9)
        for member in models:
            if not member.matches(value):
                continue
            score = member.score(value)
            if score > best_score:
                best, best_score = member, score
        if best is None:
            if self.dicts:
                return self.dicts[0](value)
            # No member accepts the value (e.g. a new variant): build the closest one loosely.
            for member in models:
                score = member.score(value)
                if score > best_score:
                    best, best_score = member, score
        return cast(_Member, best).converter(value)


def _list_converter(item: Converter) -> Converter:
    if item is _identity:
        return _identity

    def convert(value: Any) -> Any:
        if type(value) is list:
            entries = cast(_AnyList, value)
            if len(entries) < _BULK or not gc.isenabled():
                return [item(entry) for entry in entries]
            # A long list of models: the collector would walk the whole heap, maybe more than once,
            # while they are built, for nothing (they form a tree: no cycle to find). Paused for the
            # build only; left alone if the application paused it.
            gc.disable()
            try:
                return [item(entry) for entry in entries]
            finally:
                gc.enable()
        return value

    return convert


_BULK = 256  # list length from which building its items pauses the garbage collector


def _dict_converter(item: Converter) -> Converter:
    if item is _identity:
        return _identity

    def convert(value: Any) -> Any:
        if type(value) is dict:
            return {key: item(entry) for key, entry in cast(_AnyDict, value).items()}
        return value

    return convert


_model_converters: Dict[type, _ModelConverter] = {}
_lazy_converters_by_class: Dict[type, _ModelConverter] = {}


def _model_converter(cls: Type[pydantic.BaseModel], lazy: bool = False) -> _ModelConverter:
    table = _lazy_converters_by_class if lazy else _model_converters
    converter = table.get(cls)
    if converter is None:
        converter = _ModelConverter(cls, lazy)
        table[cls] = converter
    return converter


_SIMPLE = (str, int, bool, bytes, object, type(None))


def _build_converter(tp: Any, lazy: bool) -> Converter:
    if is_type_alias_type(tp):
        return get_converter(tp.__value__, lazy=lazy)
    if type(tp).__name__ == "ForwardRef":
        # a recursive schema's alias refers to a name of its module that is bound last (forward_ref)
        resolved = _resolved(tp)
        return _identity if resolved is tp else get_converter(resolved, lazy=lazy)
    metadata = annotated_metadata(tp)
    inner = strip_annotated_type(tp)
    discriminator: Optional[str] = None
    for entry in metadata:
        if isinstance(entry, PropertyInfo) and entry.discriminator:
            discriminator = entry.discriminator
    if inner is Any or inner in _SIMPLE or is_literal_type(inner) or isinstance(inner, TypeVar):
        return _identity
    if inner is float:
        return _to_float
    if inner is datetime.datetime:
        return _to_datetime
    if inner is datetime.date:
        return _to_date
    if is_basemodel_type(inner):
        return _model_converter(inner, lazy)
    if is_union_type(inner):
        args = _flatten_union(inner)
        real = [arg for arg in args if arg is not type(None)]
        if len(real) == 1 and discriminator is None:
            converter = get_converter(real[0], lazy=lazy)
            return converter  # every converter hands `None` back as it is
        if discriminator is None and all(get_converter(arg, lazy=lazy) is _identity for arg in real):
            return _identity
        return _UnionConverter(real, discriminator, lazy)
    if is_list_type(inner):
        args = list(get_args(inner))
        if get_origin(inner) is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            return _identity
        return _list_converter(get_converter(args[0], lazy=lazy) if args else _identity)
    if is_dict_type(inner):
        args = list(get_args(inner))
        return _dict_converter(get_converter(args[1], lazy=lazy) if len(args) == 2 else _identity)
    return _identity


_converters: Dict[Any, Converter] = {}
_lazy_converters: Dict[Any, Converter] = {}


def get_converter(tp: Any, lazy: bool = False) -> Converter:
    """The cached converter for `tp`.

    `lazy=True`: models are built lazily (see `_ModelConverter`), and the converter takes
    ownership of the decoded JSON it is given (its dicts become the models' `__dict__`): for
    freshly decoded response bodies only, never for data a caller still holds."""
    table = _lazy_converters if lazy else _converters
    try:
        return table[tp]
    except KeyError:
        pass
    except TypeError:  # unhashable annotation
        return _build_converter(tp, lazy)
    converter = _build_converter(tp, lazy)
    table[tp] = converter
    return converter


def construct_type(*, value: object, type_: object, metadata: Optional[Iterable[object]] = None) -> object:
    """Builds `type_` from raw JSON data without validation.

    Nested models, lists, dicts and (discriminated) unions are built too; values that do not fit
    are kept as they are instead of raising.
    """
    if metadata:
        type_ = Annotated[tuple([type_, *metadata])]
    return get_converter(type_)(value)


def construct_type_unchecked(*, value: object, type_: Type[_T]) -> _T:
    return cast(_T, construct_type(value=value, type_=type_))


_adapters: Dict[Any, "pydantic.TypeAdapter[Any]"] = {}


def validate_type(*, type_: Type[_T], value: object) -> _T:
    """Strictly validates `value` against `type_` (raises `pydantic.ValidationError`)."""
    if is_basemodel_type(type_):
        return cast(_T, cast(Type[pydantic.BaseModel], type_).model_validate(value))
    adapter = _adapters.get(type_)
    if adapter is None:
        adapter = pydantic.TypeAdapter(type_)
        _adapters[type_] = adapter
    return cast(_T, adapter.validate_python(value))


def set_pydantic_config(typ: Any, config: ConfigDict) -> None:
    """For TypedDicts used in responses (rare): applies a pydantic config."""
    setattr(typ, "__pydantic_config__", config)  # noqa: B010


def add_request_id(obj: object, request_id: Optional[str]) -> None:
    if isinstance(obj, BaseModel):
        try:
            obj._request_id = request_id
        except Exception:  # pragma: no cover - frozen subclasses
            pass
