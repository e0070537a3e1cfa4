# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "SkillReference",
]


class SkillReference(BaseModel):
    type: Literal["skill_reference"]
    """References a skill created with the /v1/skills endpoint."""

    skill_id: str
    """The ID of the referenced skill."""

    version: Optional[str] = None
    """Optional skill version. Use a positive integer or 'latest'. Omit for default."""
