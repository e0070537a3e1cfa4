# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

from ...types.responses.inline_skill_source_param import InlineSkillSourceParam

__all__ = [
    "InlineSkillParam",
]


class InlineSkillParam(TypedDict, total=False):
    type: Required[Literal["inline"]]
    """Defines an inline skill for this request."""

    name: Required[str]
    """The name of the skill."""

    description: Required[str]
    """The description of the skill."""

    source: Required[InlineSkillSourceParam]
    """Inline skill payload"""
