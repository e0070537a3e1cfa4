# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.responses.response_input_item_param import ResponseInputItemParam
from ...types.shared.responses_model import ResponsesModel

__all__ = [
    "Input",
    "ResponseCompactParams",
]


Input: TypeAlias = Union[str, Iterable[ResponseInputItemParam]]
"""Text, image, or file inputs to the model, used to generate a response"""


class ResponseCompactParams(TypedDict, total=False):
    model: Required[Optional[Union[ResponsesModel, str]]]
    """Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models."""

    input: Optional[Input]
    previous_response_id: Optional[str]
    instructions: Optional[str]
    prompt_cache_key: Optional[str]
    prompt_cache_retention: Optional[Literal["in_memory", "24h"]]
    service_tier: Optional[Literal["auto", "default", "flex", "priority"]]
