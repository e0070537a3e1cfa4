# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.responses.response_input_text import ResponseInputText

__all__ = [
    "InputTextContent",
]


InputTextContent: TypeAlias = ResponseInputText
"""A text input to the model."""
