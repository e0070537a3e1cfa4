# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import TypeAlias

from ..._models import BaseModel
from ...types.responses.response_input_file import ResponseInputFile
from ...types.responses.response_input_image import ResponseInputImage
from ...types.responses.response_input_text import ResponseInputText

__all__ = [
    "VariablesValue",
    "ResponsePrompt",
]


VariablesValue: TypeAlias = Union[str, ResponseInputText, ResponseInputImage, ResponseInputFile]


class ResponsePrompt(BaseModel):
    id: str
    """The unique identifier of the prompt template to use."""

    version: Optional[str] = None
    variables: Optional[Dict[str, VariablesValue]] = None
