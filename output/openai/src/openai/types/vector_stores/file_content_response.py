# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel

__all__ = [
    "FileContentResponse",
]


class FileContentResponse(BaseModel):
    type: Optional[str] = None
    """The content type (currently only `"text"`)"""

    text: Optional[str] = None
    """The text content"""
