# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ...types.responses.response_input_file_content import ResponseInputFileContent
from ...types.responses.response_input_image_content import ResponseInputImageContent
from ...types.responses.response_input_text_content import ResponseInputTextContent

__all__ = [
    "ResponseFunctionCallOutputItem",
]


ResponseFunctionCallOutputItem: TypeAlias = Annotated[
    Union[ResponseInputTextContent, ResponseInputImageContent, ResponseInputFileContent],
    PropertyInfo(discriminator="type"),
]
"""A piece of message content, such as text, an image, or a file."""
