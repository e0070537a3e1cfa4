# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import builtins
from datetime import date, datetime
from typing import Dict, List, Optional

from pydantic import Field as FieldInfo
from typing_extensions import Literal

from .._models import BaseModel
from ..types.category import Category
from ..types.pet_size import PetSize
from ..types.pet_status import PetStatus

__all__ = [
    "Dog",
]


class Dog(BaseModel):
    """A dog."""

    id: str
    """The pet ID."""

    object: Literal["pet"]
    """The object type, always `pet`."""

    name: str
    """The pet's name."""

    species: Literal["dog"]
    """Always `dog`."""

    status: PetStatus
    """Where the pet is in the sale process."""

    size: Optional[PetSize] = None
    """The size class."""

    tags: Optional[List[str]] = None
    """Free-text tags."""

    nickname: Optional[str] = None
    """An optional nickname."""

    birth_date: Optional[date] = None
    """The date of birth, when known."""

    created_at: datetime
    """When the pet was added to the store."""

    owner_id: Optional[str] = FieldInfo(alias="ownerId", default=None)
    """The ID of the owner, if the pet has been sold."""

    class_: Optional[str] = FieldInfo(alias="class", default=None)
    """Zoological class, e.g. `mammal`. A Python keyword as a property name."""

    from_: Optional[str] = FieldInfo(alias="from", default=None)
    """Where the pet came from, e.g. `shelter`. A Python keyword as a property name."""

    schema_: Optional[str] = FieldInfo(alias="schema", default=None)
    """Version of the record layout. Shadows a pydantic BaseModel attribute."""

    metadata: Optional[Dict[str, str]] = None
    """Up to 16 string key-value pairs."""

    attributes: Optional[Dict[str, builtins.object]] = None
    """Free-form attributes; any JSON values."""

    category: Optional[Category] = None
    """The category the pet is listed under."""

    legacy_tag_id: Optional[int] = None
    """The ID from the old tag system. Deprecated; use `tags`."""

    bark_volume: Optional[int] = None
    """How loud the dog barks, 0 to 10."""

    good_boy: Optional[bool] = None
    """Whether the dog is a good boy."""
