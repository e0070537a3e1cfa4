# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

__all__ = [
    "UserUpdateParams",
]


class UserUpdateParams(TypedDict, total=False):
    role: Optional[str]
    """`owner` or `reader`"""

    role_id: Optional[str]
    """Role ID to assign to the user."""

    technical_level: Optional[str]
    """Technical level metadata."""

    developer_persona: Optional[str]
    """Developer persona metadata."""
