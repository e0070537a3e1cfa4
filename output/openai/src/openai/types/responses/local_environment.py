# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.responses.local_skill import LocalSkill

__all__ = [
    "LocalEnvironment",
]


class LocalEnvironment(BaseModel):
    type: Literal["local"]
    """Use a local computer environment."""

    skills: Optional[List[LocalSkill]] = None
    """An optional list of skills."""
