from __future__ import annotations

from typing import Union, Optional
from typing_extensions import Literal, Annotated, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo

__all__ = ["Shape", "Circle", "Square"]


class Circle(BaseModel):
    type: Literal["circle"]
    radius: float


class Square(BaseModel):
    type: Literal["square"]
    side: float
    label: Optional[str] = None


Shape: TypeAlias = Annotated[Union[Circle, Square], PropertyInfo(discriminator="type")]
