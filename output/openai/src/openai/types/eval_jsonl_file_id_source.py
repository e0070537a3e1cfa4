# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "EvalJsonlFileIDSource",
]


class EvalJsonlFileIDSource(BaseModel):
    """EvalJsonlFileIdSource"""

    type: Literal["file_id"]
    """The type of jsonl source. Always `file_id`."""

    id: str
    """The identifier of the file."""
