# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.owner_administrator_param import OwnerAdministratorParam
from ..types.vet_administrator_param import VetAdministratorParam

__all__ = [
    "AdministratorParam",
]


AdministratorParam: TypeAlias = Union[VetAdministratorParam, OwnerAdministratorParam]
"""Who gave a vaccine. No discriminator keyword; `type` is a const in each member."""
