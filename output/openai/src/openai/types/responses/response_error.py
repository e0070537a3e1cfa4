# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypeAlias

from ..._models import BaseModel
from ...types.response_error_code import ResponseErrorCode

__all__ = [
    "ResponseError2",
    "ResponseError",
]


class ResponseError2(BaseModel):
    """An error object returned when the model fails to generate a Response."""

    code: ResponseErrorCode
    """The error code for the response."""

    message: str
    """A human-readable description of the error."""


ResponseError: TypeAlias = Optional[ResponseError2]
