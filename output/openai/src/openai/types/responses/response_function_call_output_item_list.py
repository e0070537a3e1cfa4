# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import TypeAlias

from ...types.responses.response_function_call_output_item import ResponseFunctionCallOutputItem

__all__ = [
    "ResponseFunctionCallOutputItemList",
]


ResponseFunctionCallOutputItemList: TypeAlias = List[ResponseFunctionCallOutputItem]
"""An array of content outputs (text, image, file) for the function tool call."""
