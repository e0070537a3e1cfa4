# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.reasoning_text_content import ReasoningTextContent
from ..types.responses.response_output_refusal import ResponseOutputRefusal
from ..types.responses.response_output_text import ResponseOutputText

__all__ = [
    "OutputContent",
]


OutputContent: TypeAlias = Annotated[
    Union[ResponseOutputText, ResponseOutputRefusal, ReasoningTextContent], PropertyInfo(discriminator="type")
]
