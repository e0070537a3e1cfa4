# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.responses.output_text_content_param import OutputTextContentParam
from ..types.responses.refusal_content_param import RefusalContentParam

__all__ = [
    "OutputMessageContentParam",
]


OutputMessageContentParam: TypeAlias = Union[OutputTextContentParam, RefusalContentParam]
