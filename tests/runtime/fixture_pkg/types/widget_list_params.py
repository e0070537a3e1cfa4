from __future__ import annotations

from typing import List
from typing_extensions import Literal, Annotated, TypedDict

from .._utils import PropertyInfo

__all__ = ["WidgetListParams"]


class WidgetListParams(TypedDict, total=False):
    after: str
    limit: int
    order: Literal["asc", "desc"]
    include_deleted: Annotated[bool, PropertyInfo(alias="includeDeleted")]
    ids: List[str]
