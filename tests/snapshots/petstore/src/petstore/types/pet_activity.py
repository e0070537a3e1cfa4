# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from pydantic import Field as FieldInfo
from typing_extensions import Literal

from .._models import BaseModel
from ..types.pet_activity_event import PetActivityEvent

__all__ = [
    "PetActivity",
]


class PetActivity(BaseModel):
    """The pet's activity, returned whole when `stream` is false."""

    id: str
    """The activity report ID."""

    object: Literal["pet.activity"]
    """Always `pet.activity`."""

    pet_id: str
    """The pet."""

    model_config_: Optional[str] = FieldInfo(alias="model_config", default=None)
    """The activity-tracker configuration that produced the report. Shadows pydantic's `model_config`."""

    events: List[PetActivityEvent]
    """The events, oldest first."""
