# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from ..types.local_skill_param_param import LocalSkillParamParam

__all__ = [
    "LocalEnvironmentParamParam",
]


class LocalEnvironmentParamParam(TypedDict, total=False):
    type: Required[Literal["local"]]
    """Use a local computer environment."""

    skills: Iterable[LocalSkillParamParam]
    """An optional list of skills."""
