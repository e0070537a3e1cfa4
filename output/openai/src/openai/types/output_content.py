# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from .._utils import PropertyInfo
from ..types.output_text_content import OutputTextContent
from ..types.reasoning_text_content import ReasoningTextContent
from ..types.refusal_content import RefusalContent

__all__ = [
    "OutputContent",
]


OutputContent: TypeAlias = Annotated[
    Union[OutputTextContent, RefusalContent, ReasoningTextContent], PropertyInfo(discriminator="type")
]
