# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional, Union

from typing_extensions import TypeAlias

from ..types.responses.input_file_content_param import InputFileContentParam
from ..types.responses.input_image_content_param import InputImageContentParam
from ..types.responses.input_text_content_param import InputTextContentParam

__all__ = [
    "ResponsePromptVariablesParamValue",
    "ResponsePromptVariablesParam",
]


ResponsePromptVariablesParamValue: TypeAlias = Union[
    str, InputTextContentParam, InputImageContentParam, InputFileContentParam
]


ResponsePromptVariablesParam: TypeAlias = Optional[Dict[str, ResponsePromptVariablesParamValue]]
