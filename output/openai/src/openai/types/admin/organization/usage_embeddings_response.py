# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ...._models import BaseModel
from ...._utils import PropertyInfo

__all__ = [
    "DataResultOrganizationUsageCompletionsResult",
    "DataResultOrganizationUsageEmbeddingsResult",
    "DataResultOrganizationUsageModerationsResult",
    "DataResultOrganizationUsageImagesResult",
    "DataResultOrganizationUsageAudioSpeechesResult",
    "DataResultOrganizationUsageAudioTranscriptionsResult",
    "DataResultOrganizationUsageVectorStoresResult",
    "DataResultOrganizationUsageCodeInterpreterSessionsResult",
    "DataResultOrganizationUsageFileSearchesResult",
    "DataResultOrganizationUsageWebSearchesResult",
    "DataResultOrganizationCostsResultAmount",
    "DataResultOrganizationCostsResult",
    "DataResult",
    "Data",
    "UsageEmbeddingsResponse",
]


class DataResultOrganizationUsageCompletionsResult(BaseModel):
    """The aggregated completions usage details of the specific time bucket."""

    object: Literal["organization.usage.completions.result"]
    input_tokens: int
    """The aggregated number of text input tokens used, including cached tokens. For customers subscribe to scale tier, this includes scale tier tokens."""

    input_cached_tokens: Optional[int] = None
    """The aggregated number of text input tokens that has been cached from previous requests. For customers subscribe to scale tier, this includes scale tier tokens."""

    output_tokens: int
    """The aggregated number of text output tokens used. For customers subscribe to scale tier, this includes scale tier tokens."""

    input_audio_tokens: Optional[int] = None
    """The aggregated number of audio input tokens used, including cached tokens."""

    output_audio_tokens: Optional[int] = None
    """The aggregated number of audio output tokens used."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None
    batch: Optional[bool] = None
    service_tier: Optional[str] = None


class DataResultOrganizationUsageEmbeddingsResult(BaseModel):
    """The aggregated embeddings usage details of the specific time bucket."""

    object: Literal["organization.usage.embeddings.result"]
    input_tokens: int
    """The aggregated number of input tokens used."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None


class DataResultOrganizationUsageModerationsResult(BaseModel):
    """The aggregated moderations usage details of the specific time bucket."""

    object: Literal["organization.usage.moderations.result"]
    input_tokens: int
    """The aggregated number of input tokens used."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None


class DataResultOrganizationUsageImagesResult(BaseModel):
    """The aggregated images usage details of the specific time bucket."""

    object: Literal["organization.usage.images.result"]
    images: int
    """The number of images processed."""

    num_model_requests: int
    """The count of requests made to the model."""

    source: Optional[str] = None
    size: Optional[str] = None
    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None


class DataResultOrganizationUsageAudioSpeechesResult(BaseModel):
    """The aggregated audio speeches usage details of the specific time bucket."""

    object: Literal["organization.usage.audio_speeches.result"]
    characters: int
    """The number of characters processed."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None


class DataResultOrganizationUsageAudioTranscriptionsResult(BaseModel):
    """The aggregated audio transcriptions usage details of the specific time bucket."""

    object: Literal["organization.usage.audio_transcriptions.result"]
    seconds: int
    """The number of seconds processed."""

    num_model_requests: int
    """The count of requests made to the model."""

    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None


class DataResultOrganizationUsageVectorStoresResult(BaseModel):
    """The aggregated vector stores usage details of the specific time bucket."""

    object: Literal["organization.usage.vector_stores.result"]
    usage_bytes: int
    """The vector stores usage in bytes."""

    project_id: Optional[str] = None


class DataResultOrganizationUsageCodeInterpreterSessionsResult(BaseModel):
    """The aggregated code interpreter sessions usage details of the specific time bucket."""

    object: Literal["organization.usage.code_interpreter_sessions.result"]
    num_sessions: int
    """The number of code interpreter sessions."""

    project_id: Optional[str] = None


class DataResultOrganizationUsageFileSearchesResult(BaseModel):
    """The aggregated file search calls usage details of the specific time bucket."""

    object: Literal["organization.usage.file_searches.result"]
    num_requests: int
    """The count of file search calls."""

    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    vector_store_id: Optional[str] = None


class DataResultOrganizationUsageWebSearchesResult(BaseModel):
    """The aggregated web search calls usage details of the specific time bucket."""

    object: Literal["organization.usage.web_searches.result"]
    num_model_requests: int
    """The count of model requests."""

    num_requests: int
    """The count of web search calls."""

    project_id: Optional[str] = None
    user_id: Optional[str] = None
    api_key_id: Optional[str] = None
    model: Optional[str] = None
    context_level: Optional[str] = None


class DataResultOrganizationCostsResultAmount(BaseModel):
    """The monetary value in its associated currency."""

    value: Optional[float] = None
    """The numeric value of the cost."""

    currency: Optional[str] = None
    """Lowercase ISO-4217 currency e.g. "usd" """


class DataResultOrganizationCostsResult(BaseModel):
    """The aggregated costs details of the specific time bucket."""

    object: Literal["organization.costs.result"]
    amount: Optional[DataResultOrganizationCostsResultAmount] = None
    """The monetary value in its associated currency."""

    line_item: Optional[str] = None
    project_id: Optional[str] = None
    api_key_id: Optional[str] = None
    quantity: Optional[float] = None


DataResult: TypeAlias = Annotated[
    Union[
        DataResultOrganizationUsageCompletionsResult,
        DataResultOrganizationUsageEmbeddingsResult,
        DataResultOrganizationUsageModerationsResult,
        DataResultOrganizationUsageImagesResult,
        DataResultOrganizationUsageAudioSpeechesResult,
        DataResultOrganizationUsageAudioTranscriptionsResult,
        DataResultOrganizationUsageVectorStoresResult,
        DataResultOrganizationUsageCodeInterpreterSessionsResult,
        DataResultOrganizationUsageFileSearchesResult,
        DataResultOrganizationUsageWebSearchesResult,
        DataResultOrganizationCostsResult,
    ],
    PropertyInfo(discriminator="object"),
]


class Data(BaseModel):
    object: Literal["bucket"]
    start_time: int
    end_time: int
    results: List[DataResult]


class UsageEmbeddingsResponse(BaseModel):
    object: Literal["page"]
    data: List[Data]
    has_more: bool
    next_page: Optional[str] = None
