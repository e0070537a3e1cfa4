# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import TypeAlias

from ...types.responses.response_input_content_param import ResponseInputContentParam

__all__ = [
    "ResponseInputMessageContentListParam",
]


ResponseInputMessageContentListParam: TypeAlias = Iterable[ResponseInputContentParam]
"""A list of one or many input items to the model, containing different content 
types."""
