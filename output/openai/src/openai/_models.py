# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

"""Response models and the fast, non-validating construction path used for API responses."""

from __future__ import annotations

import copy
import datetime
from typing import (
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


class _ModelConverter:
    __slots__ = ("cls", "fields", "keys", "private", "extra_allowed")

    def __init__(self, cls: Type[pydantic.BaseModel]) -> None:
        self.cls = cls
        # (wire key, alternative key, attribute name, converter, default kind, default)
        self.fields: Optional[List[Tuple[str, Optional[str], str, Converter, int, Any]]] = None
        self.keys: Set[str] = set()
        self.private: Optional[Dict[str, Any]] = None
        self.extra_allowed = True

    def _prepare(self) -> List[Tuple[str, Optional[str], str, Converter, int, Any]]:
        cls = self.cls
        model_fields = cls.model_fields
        hints: Optional[Dict[str, Any]] = None
        fields: List[Tuple[str, Optional[str], str, Converter, int, Any]] = []
        for name, field in model_fields.items():
            annotation: Any = field.annotation
            if _is_unresolved(annotation):
                if hints is None:
                    hints = _type_hints(cls)
                annotation = hints.get(name, Any)
            elif field.metadata:
                annotation = Annotated[tuple([annotation, *field.metadata])]
            converter = get_converter(annotation)
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
        self.fields = fields
        return fields

    def __call__(self, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        fields = self.fields
        if fields is None:
            fields = self._prepare()
        data = cast(_AnyDict, value)
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
        cls = self.cls
        model = cls.__new__(cls)
        setattr_ = object.__setattr__
        setattr_(model, "__dict__", values)
        if self.extra_allowed:
            if matched != len(data):
                keys = self.keys
                extra = {key: item for key, item in data.items() if key not in keys}
                fields_set.update(extra)
            else:
                extra = {}
            setattr_(model, "__pydantic_extra__", extra)
        else:
            setattr_(model, "__pydantic_extra__", None)
        setattr_(model, "__pydantic_fields_set__", fields_set)
        private = self.private
        setattr_(model, "__pydantic_private__", dict(private) if private is not None else None)
        return model


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

    def __init__(self, tp: type) -> None:
        self.converter = get_converter(tp)
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
    __slots__ = ("args", "discriminator", "ready", "models", "lists", "dicts", "others", "table", "floats", "dates")

    def __init__(self, args: List[Any], discriminator: Optional[str]) -> None:
        self.args = args
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
                self.models.append(_Member(inner))
            elif is_list_type(inner):
                self.lists.append(get_converter(arg))
            elif is_dict_type(inner):
                self.dicts.append(get_converter(arg))
            elif inner is float:
                self.floats = True
            elif inner is str:
                has_str = True
            elif inner is int:
                has_int = True
            elif inner in (datetime.datetime, datetime.date):
                self.dates = get_converter(inner)
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
            return [item(entry) for entry in cast(_AnyList, value)]
        return value

    return convert


def _dict_converter(item: Converter) -> Converter:
    if item is _identity:
        return _identity

    def convert(value: Any) -> Any:
        if type(value) is dict:
            return {key: item(entry) for key, entry in cast(_AnyDict, value).items()}
        return value

    return convert


def _optional(inner: Converter) -> Converter:
    def convert(value: Any) -> Any:
        if value is None:
            return None
        return inner(value)

    return convert


_model_converters: Dict[type, _ModelConverter] = {}


def _model_converter(cls: Type[pydantic.BaseModel]) -> _ModelConverter:
    converter = _model_converters.get(cls)
    if converter is None:
        converter = _ModelConverter(cls)
        _model_converters[cls] = converter
    return converter


_SIMPLE = (str, int, bool, bytes, object, type(None))


def _build_converter(tp: Any) -> Converter:
    if is_type_alias_type(tp):
        return get_converter(tp.__value__)
    if type(tp).__name__ == "ForwardRef":
        # a recursive schema's alias refers to a name of its module that is bound last (forward_ref)
        resolved = _resolved(tp)
        return _identity if resolved is tp else get_converter(resolved)
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
        return _model_converter(inner)
    if is_union_type(inner):
        args = _flatten_union(inner)
        real = [arg for arg in args if arg is not type(None)]
        if len(real) == 1 and discriminator is None:
            converter = get_converter(real[0])
            return converter if converter is _identity else _optional(converter)
        if discriminator is None and all(get_converter(arg) is _identity for arg in real):
            return _identity
        return _UnionConverter(real, discriminator)
    if is_list_type(inner):
        args = list(get_args(inner))
        if get_origin(inner) is tuple and not (len(args) == 2 and args[1] is Ellipsis):
            return _identity
        return _list_converter(get_converter(args[0]) if args else _identity)
    if is_dict_type(inner):
        args = list(get_args(inner))
        return _dict_converter(get_converter(args[1]) if len(args) == 2 else _identity)
    return _identity


_converters: Dict[Any, Converter] = {}


def get_converter(tp: Any) -> Converter:
    """The cached converter for `tp`."""
    try:
        return _converters[tp]
    except KeyError:
        pass
    except TypeError:  # unhashable annotation
        return _build_converter(tp)
    converter = _build_converter(tp)
    _converters[tp] = converter
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
