# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.responses.response_input_file_param import ResponseInputFileParam
from ..types.responses.response_input_image_param import ResponseInputImageParam
from ..types.responses.response_input_text_param import ResponseInputTextParam

__all__ = [
    "FunctionAndCustomToolCallOutputParam",
]


FunctionAndCustomToolCallOutputParam: TypeAlias = Union[
    ResponseInputTextParam, ResponseInputImageParam, ResponseInputFileParam
]
