# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "AssistantToolChoiceFunction",
]


class AssistantToolChoiceFunction(BaseModel):
    name: str
    """The name of the function to call."""
