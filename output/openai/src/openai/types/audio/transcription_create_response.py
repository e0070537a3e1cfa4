# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.create_transcription_response_diarized_json import CreateTranscriptionResponseDiarizedJson
from ...types.create_transcription_response_json import CreateTranscriptionResponseJson
from ...types.create_transcription_response_verbose_json import CreateTranscriptionResponseVerboseJson

__all__ = [
    "TranscriptionCreateResponse",
]


TranscriptionCreateResponse: TypeAlias = Union[
    CreateTranscriptionResponseJson, CreateTranscriptionResponseDiarizedJson, CreateTranscriptionResponseVerboseJson
]
