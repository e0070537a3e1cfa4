# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ...._models import BaseModel
from ...._utils import PropertyInfo
from ....types.costs_result import CostsResult
from ....types.usage_audio_speeches_result import UsageAudioSpeechesResult
from ....types.usage_audio_transcriptions_result import UsageAudioTranscriptionsResult
from ....types.usage_code_interpreter_sessions_result import UsageCodeInterpreterSessionsResult
from ....types.usage_completions_result import UsageCompletionsResult
from ....types.usage_embeddings_result import UsageEmbeddingsResult
from ....types.usage_file_search_calls_result import UsageFileSearchCallsResult
from ....types.usage_images_result import UsageImagesResult
from ....types.usage_moderations_result import UsageModerationsResult
from ....types.usage_vector_stores_result import UsageVectorStoresResult
from ....types.usage_web_search_calls_result import UsageWebSearchCallsResult

__all__ = [
    "Result",
    "Data",
    "UsageVectorStoresResponse",
]


Result: TypeAlias = Annotated[
    Union[
        UsageCompletionsResult,
        UsageEmbeddingsResult,
        UsageModerationsResult,
        UsageImagesResult,
        UsageAudioSpeechesResult,
        UsageAudioTranscriptionsResult,
        UsageVectorStoresResult,
        UsageCodeInterpreterSessionsResult,
        UsageFileSearchCallsResult,
        UsageWebSearchCallsResult,
        CostsResult,
    ],
    PropertyInfo(discriminator="object"),
]


class Data(BaseModel):
    object: Literal["bucket"]
    start_time: int
    end_time: int
    results: List[Result]


class UsageVectorStoresResponse(BaseModel):
    object: Literal["page"]
    data: List[Data]
    has_more: bool
    next_page: Optional[str] = None
