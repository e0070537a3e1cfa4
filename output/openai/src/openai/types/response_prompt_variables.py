# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import TypeAlias

from ..types.responses.response_input_file import ResponseInputFile
from ..types.responses.response_input_image import ResponseInputImage
from ..types.responses.response_input_text import ResponseInputText

__all__ = [
    "ResponsePromptVariablesValue",
    "ResponsePromptVariables",
]


ResponsePromptVariablesValue: TypeAlias = Union[str, ResponseInputText, ResponseInputImage, ResponseInputFile]


ResponsePromptVariables: TypeAlias = Optional[Dict[str, ResponsePromptVariablesValue]]
