# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.responses.response_input_file import ResponseInputFile
from ..types.responses.response_input_image import ResponseInputImage
from ..types.responses.response_input_text import ResponseInputText

__all__ = [
    "FunctionAndCustomToolCallOutput",
]


FunctionAndCustomToolCallOutput: TypeAlias = Annotated[
    Union[ResponseInputText, ResponseInputImage, ResponseInputFile], PropertyInfo(discriminator="type")
]
