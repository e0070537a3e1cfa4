# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel
from ..types.inline_skill_source_param import InlineSkillSourceParam

__all__ = [
    "InlineSkillParam",
]


class InlineSkillParam(BaseModel):
    type: Literal["inline"]
    """Defines an inline skill for this request."""

    name: str
    """The name of the skill."""

    description: str
    """The description of the skill."""

    source: InlineSkillSourceParam
    """Inline skill payload"""
