# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypedDict

__all__ = [
    "GroupRetrieveParams",
]


class GroupRetrieveParams(TypedDict, total=False):
    group_type: Literal["group", "tenant_group"]
    """The type of group to retrieve."""
