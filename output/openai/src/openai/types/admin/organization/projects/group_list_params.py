# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypedDict

__all__ = [
    "GroupListParams",
]


class GroupListParams(TypedDict, total=False):
    limit: int
    """A limit on the number of project groups to return. Defaults to 20."""

    after: str
    """Cursor for pagination. Provide the ID of the last group from the previous response to fetch the next page."""

    order: Literal["asc", "desc"]
    """Sort order for the returned groups."""
