# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Required, TypeAlias, TypedDict

from ..types.model_ids_compaction import ModelIdsCompaction
from ..types.prompt_cache_retention_enum import PromptCacheRetentionEnum
from ..types.responses.response_input_item_param import ResponseInputItemParam
from ..types.service_tier_enum import ServiceTierEnum

__all__ = [
    "Input",
    "ResponseCompactParams",
]


Input: TypeAlias = Union[str, Iterable[ResponseInputItemParam]]
"""Text, image, or file inputs to the model, used to generate a response"""


class ResponseCompactParams(TypedDict, total=False):
    model: Required[Optional[ModelIdsCompaction]]
    """Model ID used to generate the response, like `gpt-5` or `o3`. OpenAI offers a wide range of models with different capabilities, performance characteristics, and price points. Refer to the [model guide](/docs/models) to browse and compare available models."""

    input: Optional[Input]
    previous_response_id: Optional[str]
    instructions: Optional[str]
    prompt_cache_key: Optional[str]
    prompt_cache_retention: Optional[PromptCacheRetentionEnum]
    service_tier: Optional[ServiceTierEnum]
