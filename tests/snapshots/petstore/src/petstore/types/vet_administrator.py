# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "VetAdministrator",
]


class VetAdministrator(BaseModel):
    """A veterinarian who gave the vaccine."""

    type: Literal["vet"]
    """Always `vet`."""

    name: str
    """The vet's name."""

    license_number: str
    """The vet's license number."""
