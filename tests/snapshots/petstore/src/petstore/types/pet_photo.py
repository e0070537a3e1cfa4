# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from datetime import datetime
from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "PetPhoto",
]


class PetPhoto(BaseModel):
    """A stored photo of a pet."""

    id: str
    """The photo ID."""

    object: Literal["pet.photo"]
    """Always `pet.photo`."""

    pet_id: str
    """The pet in the photo."""

    caption: Optional[str] = None
    """The caption, if any."""

    bytes: int
    """Size of the file in bytes."""

    content_type: str
    """The MIME type of the file."""

    created_at: datetime
    """When the photo was uploaded."""
