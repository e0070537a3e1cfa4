# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from .._models import BaseModel
from ..types.eval import Eval

__all__ = [
    "SkillList",
]


class SkillList(BaseModel):
    """An object representing a list of evals."""

    object: Literal["list"]
    """The type of this object. It is always set to "list"."""

    data: List[Eval]
    """An array of eval objects."""

    first_id: str
    """The identifier of the first eval in the data array."""

    last_id: str
    """The identifier of the last eval in the data array."""

    has_more: bool
    """Indicates whether there are more evals available."""
