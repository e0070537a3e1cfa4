# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = [
    "UserCreateParams",
]


class UserCreateParams(TypedDict, total=False):
    user_id: Required[str]
    """Identifier of the user to add to the group."""
