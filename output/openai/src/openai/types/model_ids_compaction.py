# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.shared.responses_model import ResponsesModel

__all__ = [
    "ModelIdsCompaction",
]


ModelIdsCompaction: TypeAlias = Union[ResponsesModel, str]
"""Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models."""
