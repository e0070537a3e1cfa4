"""Play the audio the API sends back (`response_format="pcm"`: 24 kHz, mono, 16-bit) on the default
output device, as a whole or while it still arrives."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Any, Union, Callable, Optional, AsyncIterator, cast

from ._voice_extras import voice_module
from .._response import HttpxBinaryResponseContent, StreamedBinaryAPIResponse, AsyncStreamedBinaryAPIResponse

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["LocalAudioPlayer", "SAMPLE_RATE"]

SAMPLE_RATE = 24000  # what the speech and realtime endpoints send as PCM
CHANNELS = 1
# frames handed to the device at a time: 100 ms, so that `should_stop` is heard within that
BLOCK_FRAMES = SAMPLE_RATE // 10

AudioInput = Union[
    "npt.NDArray[np.int16]",
    "npt.NDArray[np.float32]",
    HttpxBinaryResponseContent,
    StreamedBinaryAPIResponse,
    AsyncStreamedBinaryAPIResponse,
]


def _pcm16_to_float32(data: bytes) -> "npt.NDArray[np.float32]":
    numpy = voice_module("numpy")
    usable = len(data) - len(data) % 2  # a chunk boundary may split a sample; its half is dropped
    return _as_float32(numpy.frombuffer(data[:usable], dtype=numpy.int16))


def _as_float32(audio: Any) -> "npt.NDArray[np.float32]":
    numpy = voice_module("numpy")
    array = numpy.asarray(audio)
    if array.dtype == numpy.int16:
        array = array.astype(numpy.float32) / 32768.0
    elif array.dtype != numpy.float32:
        raise TypeError(f"audio arrays are int16 or float32 PCM, not {array.dtype}")
    return cast("npt.NDArray[np.float32]", array.reshape(-1, CHANNELS))


class LocalAudioPlayer:
    """Plays audio on the default output device.

    `should_stop`, when given, is asked before each 100 ms block; once it returns True the
    player stops and `play` / `play_stream` return."""

    def __init__(self, should_stop: Optional[Callable[[], bool]] = None) -> None:
        self.should_stop = should_stop

    def _stopping(self) -> bool:
        return self.should_stop is not None and self.should_stop()

    async def play(self, input: AudioInput) -> None:
        """Play a whole clip: an int16 or float32 array, or a speech response (read as it arrives
        when it is a `.with_streaming_response` one)."""
        if isinstance(input, HttpxBinaryResponseContent):
            await self.play_stream(_single(_pcm16_to_float32(input.content)))
        elif isinstance(input, AsyncStreamedBinaryAPIResponse):
            await self.play_stream(_pcm_chunks(input.iter_bytes(BLOCK_FRAMES * 2)))
        elif isinstance(input, StreamedBinaryAPIResponse):
            await self.play_stream(_pcm_chunks(_async_iter(input.iter_bytes(BLOCK_FRAMES * 2))))
        else:
            await self.play_stream(_single(_as_float32(input)))

    async def play_stream(
        self, buffer_stream: AsyncIterator[Union["npt.NDArray[np.float32]", "npt.NDArray[np.int16]", None]]
    ) -> None:
        """Play arrays as an async generator yields them (`None` items are skipped), until it ends
        or `should_stop` says so."""
        sounddevice = voice_module("sounddevice")
        stream: Any = sounddevice.OutputStream(samplerate=SAMPLE_RATE, channels=CHANNELS, dtype="float32")
        stream.start()
        try:
            async for chunk in buffer_stream:
                if chunk is None:
                    continue
                audio = _as_float32(chunk)
                for start in range(0, len(audio), BLOCK_FRAMES):
                    if self._stopping():
                        return
                    # the device's write blocks until it has room; a worker thread keeps the loop free
                    await asyncio.to_thread(stream.write, audio[start : start + BLOCK_FRAMES])
        finally:
            stream.stop()
            stream.close()


async def _single(audio: "npt.NDArray[np.float32]") -> AsyncIterator["npt.NDArray[np.float32]"]:
    yield audio


async def _async_iter(chunks: Any) -> AsyncIterator[bytes]:
    for chunk in chunks:
        yield chunk


async def _pcm_chunks(chunks: AsyncIterator[bytes]) -> AsyncIterator["npt.NDArray[np.float32]"]:
    carry = b""
    async for chunk in chunks:
        data = carry + chunk
        cut = len(data) - len(data) % 2
        carry = data[cut:]
        if cut:
            yield _pcm16_to_float32(data[:cut])
