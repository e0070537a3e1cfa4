# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.responses.response_input_file_content_param import ResponseInputFileContentParam
from ...types.responses.response_input_image_content_param import ResponseInputImageContentParam
from ...types.responses.response_input_text_content_param import ResponseInputTextContentParam

__all__ = [
    "ResponseFunctionCallOutputItemParam",
]


ResponseFunctionCallOutputItemParam: TypeAlias = Union[
    ResponseInputTextContentParam, ResponseInputImageContentParam, ResponseInputFileContentParam
]
"""A piece of message content, such as text, an image, or a file."""
