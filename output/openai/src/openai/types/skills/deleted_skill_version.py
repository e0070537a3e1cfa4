# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "DeletedSkillVersion",
]


class DeletedSkillVersion(BaseModel):
    object: Literal["skill.version.deleted"]
    deleted: bool
    id: str
    version: str
    """The deleted skill version."""
