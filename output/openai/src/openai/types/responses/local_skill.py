# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from ..._models import BaseModel

__all__ = [
    "LocalSkill",
]


class LocalSkill(BaseModel):
    name: str
    """The name of the skill."""

    description: str
    """The description of the skill."""

    path: str
    """The path to the directory containing the skill."""
