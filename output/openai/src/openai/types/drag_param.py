# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.coord_param import CoordParam

__all__ = [
    "DragParam",
]


class DragParam(BaseModel):
    """A drag action."""

    type: Literal["drag"]
    """Specifies the event type. For a drag action, this property is always set to `drag`."""

    path: List[CoordParam]
    """An array of coordinates representing the path of the drag action. Coordinates will appear as an array of objects, eg
    ```
    [
      { x: 100, y: 200 },
      { x: 200, y: 300 }
    ]
    ```"""

    keys: Optional[List[str]] = None
