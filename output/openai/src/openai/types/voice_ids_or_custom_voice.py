# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from .._models import BaseModel
from ..types.voice_ids_shared import VoiceIdsShared

__all__ = [
    "Variant1",
    "VoiceIdsOrCustomVoice",
]


class Variant1(BaseModel):
    """Custom voice reference."""

    id: str
    """The custom voice ID, e.g. `voice_1234`."""


VoiceIdsOrCustomVoice: TypeAlias = Union[VoiceIdsShared, Variant1]
"""A built-in voice name or a custom voice reference."""
