# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.administrator import Administrator
from ..types.vaccine_list import VaccineList

__all__ = [
    "Vaccination",
]


class Vaccination(BaseModel):
    """A recorded vaccination."""

    id: str
    """The vaccination ID."""

    object: Literal["vaccination"]
    """Always `vaccination`."""

    pet_id: str
    """The vaccinated pet."""

    vaccine: VaccineList
    """The vaccine or vaccines given."""

    administered_by: Administrator
    """Who gave the vaccine."""

    administered_at: datetime
    """When it was given."""

    next_due: Optional[date] = None
    """When the next dose is due."""
