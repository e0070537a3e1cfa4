# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypedDict

__all__ = [
    "RoleListParams",
]


class RoleListParams(TypedDict, total=False):
    limit: int
    """A limit on the number of roles to return. Defaults to 1000."""

    after: str
    """Cursor for pagination. Provide the value from the previous response's `next` field to continue listing roles."""

    order: Literal["asc", "desc"]
    """Sort order for the returned roles."""
