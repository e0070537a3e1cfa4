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
    "PetCreateParams",
]


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

    birth_date: Annotated[Union[str, date], PropertyInfo(format="iso8601")]
    """The date of birth."""

    ownerId: str
    """The ID of the owner."""

    class_: Annotated[str, PropertyInfo(alias="class")]
    """Zoological class."""

    from_: Annotated[str, PropertyInfo(alias="from")]
    """Where the pet came from."""

    metadata: Dict[str, str]
    """Up to 16 string key-value pairs."""

    category_id: str
    """The category to list the pet under."""
