# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from ..types.shared.error_object import ErrorObject

__all__ = [
    "ErrorEvent",
]


class ErrorEvent(BaseModel):
    """Occurs when an [error](/docs/guides/error-codes#api-errors) occurs. This can happen due to an internal server error or a timeout."""

    event: Literal["error"]
    data: ErrorObject
