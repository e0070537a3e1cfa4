# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "VectorStoreSearchResultContentObject",
]


class VectorStoreSearchResultContentObject(BaseModel):
    type: Literal["text"]
    """The type of content."""

    text: str
    """The text content returned from search."""
