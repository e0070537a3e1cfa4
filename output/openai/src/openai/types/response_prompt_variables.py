# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import TypeAlias

from ..types.input_file_content import InputFileContent
from ..types.input_image_content import InputImageContent
from ..types.input_text_content import InputTextContent

__all__ = [
    "ResponsePromptVariablesValue",
    "ResponsePromptVariables",
]


ResponsePromptVariablesValue: TypeAlias = Union[str, InputTextContent, InputImageContent, InputFileContent]


ResponsePromptVariables: TypeAlias = Optional[Dict[str, ResponsePromptVariablesValue]]
