# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "RealtimeServerEventOutputAudioBufferStopped",
]


class RealtimeServerEventOutputAudioBufferStopped(BaseModel):
    """**WebRTC/SIP Only:** Emitted when the output audio buffer has been completely drained on the server,
    and no more audio is forthcoming. This event is emitted after the full response
    data has been sent to the client (`response.done`).
    [Learn more](/docs/guides/realtime-conversations#client-and-server-events-for-audio-in-webrtc)."""

    event_id: str
    """The unique ID of the server event."""

    type: Literal["output_audio_buffer.stopped"]
    """The event type, must be `output_audio_buffer.stopped`."""

    response_id: str
    """The unique ID of the response that produced the audio."""
