# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .speech_create_params import SpeechCreateParams as SpeechCreateParams
    from .speech_model import SpeechModel as SpeechModel
    from .transcription import Transcription as Transcription
    from .transcription_create_params import TranscriptionCreateParams as TranscriptionCreateParams
    from .transcription_create_params import TranscriptionCreateParamsBase as TranscriptionCreateParamsBase
    from .transcription_create_params import (
        TranscriptionCreateParamsNonStreaming as TranscriptionCreateParamsNonStreaming,
    )
    from .transcription_create_params import TranscriptionCreateParamsStreaming as TranscriptionCreateParamsStreaming
    from .transcription_create_response import TranscriptionCreateResponse as TranscriptionCreateResponse
    from .transcription_diarized import TranscriptionDiarized as TranscriptionDiarized
    from .transcription_diarized_segment import TranscriptionDiarizedSegment as TranscriptionDiarizedSegment
    from .transcription_include import TranscriptionInclude as TranscriptionInclude
    from .transcription_segment import TranscriptionSegment as TranscriptionSegment
    from .transcription_stream_event import TranscriptionStreamEvent as TranscriptionStreamEvent
    from .transcription_text_delta_event import TranscriptionTextDeltaEvent as TranscriptionTextDeltaEvent
    from .transcription_text_done_event import TranscriptionTextDoneEvent as TranscriptionTextDoneEvent
    from .transcription_text_segment_event import TranscriptionTextSegmentEvent as TranscriptionTextSegmentEvent
    from .transcription_verbose import TranscriptionVerbose as TranscriptionVerbose
    from .transcription_word import TranscriptionWord as TranscriptionWord
    from .translation import Translation as Translation
    from .translation_create_params import TranslationCreateParams as TranslationCreateParams
    from .translation_create_response import TranslationCreateResponse as TranslationCreateResponse
    from .translation_verbose import TranslationVerbose as TranslationVerbose

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "SpeechCreateParams": "speech_create_params",
    "SpeechModel": "speech_model",
    "Transcription": "transcription",
    "TranscriptionCreateParams": "transcription_create_params",
    "TranscriptionCreateParamsBase": "transcription_create_params",
    "TranscriptionCreateParamsNonStreaming": "transcription_create_params",
    "TranscriptionCreateParamsStreaming": "transcription_create_params",
    "TranscriptionCreateResponse": "transcription_create_response",
    "TranscriptionDiarized": "transcription_diarized",
    "TranscriptionDiarizedSegment": "transcription_diarized_segment",
    "TranscriptionInclude": "transcription_include",
    "TranscriptionSegment": "transcription_segment",
    "TranscriptionStreamEvent": "transcription_stream_event",
    "TranscriptionTextDeltaEvent": "transcription_text_delta_event",
    "TranscriptionTextDoneEvent": "transcription_text_done_event",
    "TranscriptionTextSegmentEvent": "transcription_text_segment_event",
    "TranscriptionVerbose": "transcription_verbose",
    "TranscriptionWord": "transcription_word",
    "Translation": "translation",
    "TranslationCreateParams": "translation_create_params",
    "TranslationCreateResponse": "translation_create_response",
    "TranslationVerbose": "translation_verbose",
}


def __getattr__(name: str) -> Any:
    import importlib

    module = _EXPORTS.get(name)
    if module is None:
        # a submodule not imported yet is an attribute too (`types.shared_params` after `import`
        # of the package), as it is where a package imports its submodules eagerly
        import importlib.util

        if name.startswith("_") or importlib.util.find_spec(f"{__name__}.{name}") is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f"{__name__}.{name}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
