# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ...types.audio.translation import Translation
from ...types.audio.translation_verbose import TranslationVerbose

__all__ = [
    "TranslationCreateResponse",
]


TranslationCreateResponse: TypeAlias = Union[Translation, TranslationVerbose]
