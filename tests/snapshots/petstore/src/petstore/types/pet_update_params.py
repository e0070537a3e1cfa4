# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import TypedDict

from .._types import SequenceNotStr
from ..types.pet_status import PetStatus

__all__ = [
    "PetUpdateParams",
]


class PetUpdateParams(TypedDict, total=False):
    name: str
    """The pet's name."""

    status: PetStatus
    """The new status."""

    nickname: Optional[str]
    """A nickname; null removes it."""

    tags: SequenceNotStr[str]
    """Replaces the tags."""

    metadata: Optional[Dict[str, str]]
    """Replaces the metadata; null clears it."""

    legacy_tag_id: Optional[int]
    """The ID from the old tag system. Deprecated."""
