# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.owner_administrator import OwnerAdministrator
from ..types.vet_administrator import VetAdministrator

__all__ = [
    "Administrator",
]


Administrator: TypeAlias = Annotated[Union[VetAdministrator, OwnerAdministrator], PropertyInfo(discriminator="type")]
"""Who gave a vaccine. No discriminator keyword; `type` is a const in each member."""
