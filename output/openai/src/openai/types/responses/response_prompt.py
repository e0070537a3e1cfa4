# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from ...types.response_prompt_variables import ResponsePromptVariables

__all__ = [
    "ResponsePrompt",
]


class ResponsePrompt(BaseModel):
    id: str
    """The unique identifier of the prompt template to use."""

    version: Optional[str] = None
    variables: Optional[ResponsePromptVariables] = None
