# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypeAlias, TypedDict

from ..types.response_prompt_variables_param import ResponsePromptVariablesParam

__all__ = [
    "PromptParam2",
    "PromptParam",
]


class PromptParam2(TypedDict, total=False):
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts)."""

    id: Required[str]
    """The unique identifier of the prompt template to use."""

    version: Optional[str]
    variables: Optional[ResponsePromptVariablesParam]


PromptParam: TypeAlias = Optional[PromptParam2]
