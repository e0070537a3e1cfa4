# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from .._models import BaseModel

__all__ = [
    "VideoGetCharacterResponse",
]


class VideoGetCharacterResponse(BaseModel):
    id: Optional[str] = None
    name: Optional[str] = None
    created_at: int
    """Unix timestamp (in seconds) when the character was created."""
