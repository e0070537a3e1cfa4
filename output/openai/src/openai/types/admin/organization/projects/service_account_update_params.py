# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypedDict

__all__ = [
    "ServiceAccountUpdateParams",
]


class ServiceAccountUpdateParams(TypedDict, total=False):
    name: str
    """The updated service account name."""

    role: Literal["member", "owner"]
    """The updated service account role."""
