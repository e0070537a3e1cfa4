# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from ..types.coord_param_param import CoordParamParam

__all__ = [
    "DragParamParam",
]


class DragParamParam(TypedDict, total=False):
    """A drag action."""

    type: Required[Literal["drag"]]
    """Specifies the event type. For a drag action, this property is always set to `drag`."""

    path: Required[Iterable[CoordParamParam]]
    """An array of coordinates representing the path of the drag action. Coordinates will appear as an array of objects, eg
    ```
    [
      { x: 100, y: 200 },
      { x: 200, y: 300 }
    ]
    ```"""

    keys: Optional[SequenceNotStr[str]]
