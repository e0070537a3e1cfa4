# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.responses.response_input_text_param import ResponseInputTextParam

__all__ = [
    "InputTextContentParam",
]


InputTextContentParam: TypeAlias = ResponseInputTextParam
"""A text input to the model."""
