# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.reasoning_text_content import ReasoningTextContent
from ..types.responses.response_output_refusal import RefusalContent
from ..types.responses.response_output_text import OutputTextContent

__all__ = [
    "OutputContent",
]


OutputContent: TypeAlias = Annotated[
    Union[OutputTextContent, RefusalContent, ReasoningTextContent], PropertyInfo(discriminator="type")
]
