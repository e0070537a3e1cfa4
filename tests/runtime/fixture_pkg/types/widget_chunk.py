from __future__ import annotations

from typing import List, Optional
from typing_extensions import Literal

from .._models import BaseModel

__all__ = ["WidgetChunk", "Delta"]


class Delta(BaseModel):
    content: Optional[str] = None


class WidgetChunk(BaseModel):
    id: str
    object: Literal["widget.chunk"]
    deltas: List[Delta]
