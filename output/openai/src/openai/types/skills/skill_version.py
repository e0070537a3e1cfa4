# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "SkillVersion",
]


class SkillVersion(BaseModel):
    object: Literal["skill.version"]
    """The object type, which is `skill.version`."""

    id: str
    """Unique identifier for the skill version."""

    skill_id: str
    """Identifier of the skill for this version."""

    version: str
    """Version number for this skill."""

    created_at: int
    """Unix timestamp (seconds) for when the version was created."""

    name: str
    """Name of the skill version."""

    description: str
    """Description of the skill version."""
