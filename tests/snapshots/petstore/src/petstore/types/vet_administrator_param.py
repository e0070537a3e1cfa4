# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "VetAdministratorParam",
]


class VetAdministratorParam(TypedDict, total=False):
    """A veterinarian who gave the vaccine."""

    type: Required[Literal["vet"]]
    """Always `vet`."""

    name: Required[str]
    """The vet's name."""

    license_number: Required[str]
    """The vet's license number."""
