# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import TypeAlias

from ...types.responses.response_input_content import ResponseInputContent

__all__ = [
    "ResponseInputMessageContentList",
]


ResponseInputMessageContentList: TypeAlias = List[ResponseInputContent]
"""A list of one or many input items to the model, containing different content 
types."""
