# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypeAlias

from .._models import BaseModel
from ..types.response_prompt_variables import ResponsePromptVariables

__all__ = [
    "Prompt2",
    "Prompt",
]


class Prompt2(BaseModel):
    """Reference to a prompt template and its variables.
    [Learn more](/docs/guides/text?api-mode=responses#reusable-prompts)."""

    id: str
    """The unique identifier of the prompt template to use."""

    version: Optional[str] = None
    variables: Optional[ResponsePromptVariables] = None


Prompt: TypeAlias = Optional[Prompt2]
