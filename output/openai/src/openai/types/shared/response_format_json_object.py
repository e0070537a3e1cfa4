# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseFormatJSONObject",
]


class ResponseFormatJSONObject(BaseModel):
    """JSON object response format. An older method of generating JSON responses.
    Using `json_schema` is recommended for models that support it. Note that the
    model will not generate JSON without a system or user message instructing it
    to do so."""

    type: Literal["json_object"]
    """The type of response format being defined. Always `json_object`."""
