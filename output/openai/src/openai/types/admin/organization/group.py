# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ...._models import BaseModel

__all__ = [
    "Group",
]


class Group(BaseModel):
    """Details about an organization group."""

    id: str
    """Identifier for the group."""

    name: str
    """Display name of the group."""

    created_at: int
    """Unix timestamp (in seconds) when the group was created."""

    is_scim_managed: bool
    """Whether the group is managed through SCIM and controlled by your identity provider."""

    group_type: Literal["group", "tenant_group"]
    """The type of the group."""
