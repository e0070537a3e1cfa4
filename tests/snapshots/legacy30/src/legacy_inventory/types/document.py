# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from .._models import BaseModel
from ..types.priority import Priority

__all__ = [
    "Document",
]


class Document(BaseModel):
    """A stored document's metadata."""

    key: str
    """The document key, unencoded."""

    title: Optional[str] = None
    """The title, if set."""

    size: int
    """Size in bytes."""

    priority: Optional[Priority] = None
    """Priority: 1 is highest, 4 is lowest."""
