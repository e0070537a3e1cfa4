# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .._models import BaseModel

__all__ = [
    "VideoCreateError",
]


class VideoCreateError(BaseModel):
    """An error that occurred while generating the response."""

    code: str
    """A machine-readable error code that was returned."""

    message: str
    """A human-readable description of the error that was returned."""
