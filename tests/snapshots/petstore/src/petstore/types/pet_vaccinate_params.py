# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from datetime import datetime
from typing import Optional, Union

from typing_extensions import Annotated, Required, TypedDict

from .._utils import PropertyInfo
from ..types.administrator_param import AdministratorParam
from ..types.vaccine_list import VaccineList

__all__ = [
    "PetVaccinateParams",
]


class PetVaccinateParams(TypedDict, total=False):
    vaccine: Required[VaccineList]
    """The vaccine given, or several given at once."""

    administered_by: Required[AdministratorParam]
    """Who gave the vaccine."""

    administered_at: Annotated[Union[str, datetime], PropertyInfo(format="iso8601")]
    """When it was given; defaults to now."""

    notes: Optional[str]
    """Free-text notes."""
