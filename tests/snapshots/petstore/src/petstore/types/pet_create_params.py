# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from datetime import date
from typing import Dict, Optional, Union

from typing_extensions import Annotated, Required, TypedDict

from .._types import SequenceNotStr
from .._utils import PropertyInfo
from ..types.pet_size import PetSize
from ..types.pet_status import PetStatus
from ..types.species import Species

__all__ = [
    "Contact",
    "PetCreateParams",
]


class Contact(TypedDict, total=False):
    """How to reach the person bringing the pet in; an email or a phone number, not both."""

    email: str
    phone: str


class PetCreateParams(TypedDict, total=False):
    name: Required[str]
    """The pet's name."""

    species: Required[Species]
    """The kind of animal."""

    status: PetStatus
    """The initial status; `available` if left out."""

    size: PetSize
    """The size class."""

    tags: SequenceNotStr[str]
    """Free-text tags."""

    nickname: Optional[str]
    """An optional nickname."""

    microchip_id: str
    """The 15-digit ISO microchip number (the example is the only value a sample can take)."""

    photo_url: str
    """A picture of the pet."""

    weight_kg: float
    """Weight at intake; this route only takes small animals."""

    adoption_fee_cents: int
    """The adoption fee, in whole dollars."""

    litter_size: int
    """Siblings born together (the example breaks `minimum`, so it must not be sent)."""

    contact: Contact
    """How to reach the person bringing the pet in; an email or a phone number, not both."""

    birth_date: Annotated[Union[str, date], PropertyInfo(format="iso8601")]
    """The date of birth."""

    owner_id: Annotated[str, PropertyInfo(alias="ownerId")]
    """The ID of the owner."""

    class_: Annotated[str, PropertyInfo(alias="class")]
    """Zoological class."""

    from_: Annotated[str, PropertyInfo(alias="from")]
    """Where the pet came from."""

    metadata: Dict[str, str]
    """Up to 16 string key-value pairs."""

    category_id: str
    """The category to list the pet under."""
