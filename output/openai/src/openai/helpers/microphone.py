"""Record from the default input device until told to stop or a timeout, as a WAV file ready for
`audio.transcriptions.create(file=...)` or as a numpy array."""

from __future__ import annotations

import asyncio
import io
import threading
import wave
from typing import TYPE_CHECKING, Any, Callable, Generic, List, Literal, Optional, Type, TypeVar, Union, overload

from .._types import FileTypes
from ._voice_extras import voice_module

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = ["Microphone", "SAMPLE_RATE", "DType"]

SAMPLE_RATE = 24000  # the rate the realtime and transcription endpoints expect
DType = Union[Type["np.int16"], Type["np.int32"], Type["np.float32"]]
_T = TypeVar("_T", bound="np.generic")
# how often the recorder checks `should_record` and the timeout
POLL_SECONDS = 0.02


class Microphone(Generic[_T]):
    """Records from the default input device.

    Recording stops when `should_record` (asked every 20 ms) returns False, or after `timeout`
    seconds; with neither, `record` runs until the task is cancelled. `dtype` is the sample
    format: int16 (the default), int32 or float32."""

    def __init__(
        self,
        channels: int = 1,
        dtype: Optional[DType] = None,
        should_record: Optional[Callable[[], bool]] = None,
        timeout: Optional[float] = None,
    ) -> None:
        self.channels = channels
        self.dtype = dtype
        self.should_record = should_record
        self.timeout = timeout

    @overload
    async def record(self, return_ndarray: Literal[True]) -> "npt.NDArray[_T]": ...

    @overload
    async def record(self, return_ndarray: Literal[False] = False) -> FileTypes: ...

    @overload
    async def record(self, return_ndarray: Optional[bool] = False) -> Union["npt.NDArray[_T]", FileTypes]: ...

    async def record(self, return_ndarray: Optional[bool] = False) -> Union["npt.NDArray[_T]", FileTypes]:
        """The recording: `("audio.wav", <WAV bytes>, "audio/wav")` by default, the samples as an
        array of shape (frames, channels) with `return_ndarray=True`."""
        numpy = voice_module("numpy")
        sounddevice = voice_module("sounddevice")
        dtype: Any = self.dtype if self.dtype is not None else numpy.int16
        blocks: List[Any] = []
        lock = threading.Lock()

        def collect(indata: Any, frames: int, time: Any, status: Any) -> None:  # noqa: ARG001
            # called on the audio thread: copy, as the device reuses its buffer
            with lock:
                blocks.append(indata.copy())

        loop = asyncio.get_running_loop()
        started = loop.time()
        stream: Any = sounddevice.InputStream(
            samplerate=SAMPLE_RATE, channels=self.channels, dtype=numpy.dtype(dtype).name, callback=collect
        )
        stream.start()
        try:
            while not self._done(loop.time() - started):
                await asyncio.sleep(POLL_SECONDS)
        finally:
            stream.stop()
            stream.close()
        with lock:
            audio = numpy.concatenate(blocks) if blocks else numpy.zeros((0, self.channels), dtype=dtype)
        if return_ndarray:
            return audio  # type: ignore[no-any-return]
        return ("audio.wav", _wav_bytes(audio, self.channels), "audio/wav")

    def _done(self, elapsed: float) -> bool:
        if self.timeout is not None and elapsed >= self.timeout:
            return True
        return self.should_record is not None and not self.should_record()


def _wav_bytes(audio: Any, channels: int) -> bytes:
    """A WAV file of the samples; float32 samples are written as 16-bit PCM (WAV readers and the
    API take integer PCM most widely)."""
    numpy = voice_module("numpy")
    if audio.dtype == numpy.float32:
        audio = (numpy.clip(audio, -1.0, 1.0) * 32767).astype(numpy.int16)
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(channels)
        out.setsampwidth(audio.dtype.itemsize)
        out.setframerate(SAMPLE_RATE)
        out.writeframes(audio.tobytes())
    return buffer.getvalue()
