# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.responses.response_output_refusal_param import ResponseOutputRefusalParam

__all__ = [
    "RefusalContentParam",
]


RefusalContentParam: TypeAlias = ResponseOutputRefusalParam
"""A refusal from the model."""
