from __future__ import annotations

from typing import Dict, List, Optional
from datetime import datetime
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from .shape import Shape
from .._models import BaseModel

__all__ = ["Widget", "Part"]


class Part(BaseModel):
    name: str
    children: Optional[List[Part]] = None


class Widget(BaseModel):
    id: str
    object: Literal["widget"]
    name: str
    color: Optional[Literal["red", "green", "blue"]] = None
    foo_bar: Optional[str] = FieldInfo(alias="fooBar", default=None)
    created_at: Optional[datetime] = None
    score: Optional[float] = None
    shape: Optional[Shape] = None
    parts: Optional[List[Part]] = None
    labels: Optional[Dict[str, Part]] = None
