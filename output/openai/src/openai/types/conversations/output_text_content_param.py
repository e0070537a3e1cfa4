# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.responses.response_output_text_param import ResponseOutputTextParam

__all__ = [
    "OutputTextContentParam",
]


OutputTextContentParam: TypeAlias = ResponseOutputTextParam
"""A text output from the model."""
