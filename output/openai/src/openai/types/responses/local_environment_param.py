# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from ...types.responses.local_skill_param import LocalSkillParam

__all__ = [
    "LocalEnvironmentParam",
]


class LocalEnvironmentParam(TypedDict, total=False):
    type: Required[Literal["local"]]
    """Use a local computer environment."""

    skills: Iterable[LocalSkillParam]
    """An optional list of skills."""
