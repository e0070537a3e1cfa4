# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypedDict

from ...types.response_prompt_variables_param import ResponsePromptVariablesParam

__all__ = [
    "ResponsePromptParam",
]


class ResponsePromptParam(TypedDict, total=False):
    id: Required[str]
    """The unique identifier of the prompt template to use."""

    version: Optional[str]
    variables: Optional[ResponsePromptVariablesParam]
