# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "TranscriptionWord",
]


class TranscriptionWord(BaseModel):
    word: str
    """The text content of the word."""

    start: float
    """Start time of the word in seconds."""

    end: float
    """End time of the word in seconds."""
