# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from .._models import BaseModel

__all__ = [
    "Category",
]


class Category(BaseModel):
    """A node in the category tree. Categories nest to any depth."""

    id: str
    """The category ID."""

    name: str
    """The display name."""

    children: List[Category]
    """Sub-categories."""

    parent: Optional[Category] = None
    """The parent category, or null for a root."""
