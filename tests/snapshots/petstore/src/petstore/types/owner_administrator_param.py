# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "OwnerAdministratorParam",
]


class OwnerAdministratorParam(TypedDict, total=False):
    """The owner, who gave the vaccine at home."""

    type: Required[Literal["owner"]]
    """Always `owner`."""

    owner_id: Required[str]
    """The owner's ID."""
