# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.responses.response_input_image_param import ResponseInputImageParam

__all__ = [
    "InputImageContentParam",
]


InputImageContentParam: TypeAlias = ResponseInputImageParam
"""An image input to the model. Learn about [image inputs](/docs/guides/vision)."""
