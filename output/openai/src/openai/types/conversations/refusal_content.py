# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.responses.response_output_refusal import ResponseOutputRefusal

__all__ = [
    "RefusalContent",
]


RefusalContent: TypeAlias = ResponseOutputRefusal
"""A refusal from the model."""
