# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.cat import Cat
from ..types.dog import Dog

__all__ = [
    "Pet",
]


Pet: TypeAlias = Annotated[Union[Dog, Cat], PropertyInfo(discriminator="species")]
"""A pet, told apart by `species`."""
