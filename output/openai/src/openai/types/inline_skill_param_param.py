# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ..types.inline_skill_source_param_param import InlineSkillSourceParamParam

__all__ = [
    "InlineSkillParamParam",
]


class InlineSkillParamParam(TypedDict, total=False):
    type: Required[Literal["inline"]]
    """Defines an inline skill for this request."""

    name: Required[str]
    """The name of the skill."""

    description: Required[str]
    """The description of the skill."""

    source: Required[InlineSkillSourceParamParam]
    """Inline skill payload"""
