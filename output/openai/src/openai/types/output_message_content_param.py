# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.responses.response_output_refusal_param import ResponseOutputRefusalParam
from ..types.responses.response_output_text_param import ResponseOutputTextParam

__all__ = [
    "OutputMessageContentParam",
]


OutputMessageContentParam: TypeAlias = Union[ResponseOutputTextParam, ResponseOutputRefusalParam]
