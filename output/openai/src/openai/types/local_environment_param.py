# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.local_skill_param import LocalSkillParam

__all__ = [
    "LocalEnvironmentParam",
]


class LocalEnvironmentParam(BaseModel):
    type: Literal["local"]
    """Use a local computer environment."""

    skills: Optional[List[LocalSkillParam]] = None
    """An optional list of skills."""
