# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import Required, TypeAlias, TypedDict

from ...types.responses.response_input_file_param import ResponseInputFileParam
from ...types.responses.response_input_image_param import ResponseInputImageParam
from ...types.responses.response_input_text_param import ResponseInputTextParam

__all__ = [
    "VariablesValue",
    "ResponsePromptParam",
]


VariablesValue: TypeAlias = Union[str, ResponseInputTextParam, ResponseInputImageParam, ResponseInputFileParam]


class ResponsePromptParam(TypedDict, total=False):
    id: Required[str]
    """The unique identifier of the prompt template to use."""

    version: Optional[str]
    variables: Optional[Dict[str, VariablesValue]]
