# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Required, TypeAlias, TypedDict

from ..types.voice_ids_shared import VoiceIdsShared

__all__ = [
    "Variant1",
    "VoiceIdsOrCustomVoiceParam",
]


class Variant1(TypedDict, total=False):
    """Custom voice reference."""

    id: Required[str]
    """The custom voice ID, e.g. `voice_1234`."""


VoiceIdsOrCustomVoiceParam: TypeAlias = Union[VoiceIdsShared, Variant1]
"""A built-in voice name or a custom voice reference."""
