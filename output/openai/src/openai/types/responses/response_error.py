# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel
from ...types.response_error_code import ResponseErrorCode

__all__ = [
    "ResponseError",
]


class ResponseError(BaseModel):
    code: ResponseErrorCode
    """The error code for the response."""

    message: str
    """A human-readable description of the error."""
