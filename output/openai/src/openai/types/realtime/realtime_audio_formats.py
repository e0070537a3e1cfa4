# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo

__all__ = [
    "AudioPCM",
    "AudioPCMU",
    "AudioPCMA",
    "RealtimeAudioFormats",
]


class AudioPCM(BaseModel):
    """The PCM audio format. Only a 24kHz sample rate is supported."""

    type: Optional[Literal["audio/pcm"]] = None
    """The audio format. Always `audio/pcm`."""

    rate: Optional[Literal[24000]] = None
    """The sample rate of the audio. Always `24000`."""


class AudioPCMU(BaseModel):
    """The G.711 μ-law format."""

    type: Optional[Literal["audio/pcmu"]] = None
    """The audio format. Always `audio/pcmu`."""


class AudioPCMA(BaseModel):
    """The G.711 A-law format."""

    type: Optional[Literal["audio/pcma"]] = None
    """The audio format. Always `audio/pcma`."""


RealtimeAudioFormats: TypeAlias = Annotated[Union[AudioPCM, AudioPCMU, AudioPCMA], PropertyInfo(discriminator="type")]
