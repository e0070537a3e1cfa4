# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.create_translation_response_json import CreateTranslationResponseJson
from ...types.create_translation_response_verbose_json import CreateTranslationResponseVerboseJson

__all__ = [
    "TranslationCreateResponse",
]


TranslationCreateResponse: TypeAlias = Union[CreateTranslationResponseJson, CreateTranslationResponseVerboseJson]
