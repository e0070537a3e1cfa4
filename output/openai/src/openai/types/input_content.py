# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.input_file_content import InputFileContent
from ..types.input_image_content import InputImageContent
from ..types.input_text_content import InputTextContent

__all__ = [
    "InputContent",
]


InputContent: TypeAlias = Annotated[
    Union[InputTextContent, InputImageContent, InputFileContent], PropertyInfo(discriminator="type")
]
