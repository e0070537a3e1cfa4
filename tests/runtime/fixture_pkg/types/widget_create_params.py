from __future__ import annotations

from typing import Dict, List, Union, Iterable, Optional
from datetime import date, datetime
from typing_extensions import Literal, Required, Annotated, TypedDict

from .._utils import PropertyInfo

__all__ = ["WidgetCreateParams", "Part", "Circle", "Square"]


class Part(TypedDict, total=False):
    part_name: Required[Annotated[str, PropertyInfo(alias="partName")]]
    children: Iterable[Part]


class Circle(TypedDict, total=False):
    type: Required[Literal["circle"]]
    radius_cm: Annotated[float, PropertyInfo(alias="radiusCm")]


class Square(TypedDict, total=False):
    type: Required[Literal["square"]]
    side_cm: Annotated[float, PropertyInfo(alias="sideCm")]


class WidgetCreateParams(TypedDict, total=False):
    name: Required[str]
    foo_bar: Annotated[Optional[str], PropertyInfo(alias="fooBar")]
    made_on: Annotated[Union[str, date], PropertyInfo(format="iso8601")]
    expires_at: datetime
    parts: Iterable[Part]
    shape: Union[Circle, Square]
    metadata: Optional[Dict[str, str]]
    tags: List[str]
    stream: bool
