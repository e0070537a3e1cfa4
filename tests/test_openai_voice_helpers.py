"""openai.helpers of output/openai: LocalAudioPlayer and Microphone.

Speech comes from a real HTTP server on 127.0.0.1 through the generated client (whole, and read as
it streams, sync and async). The one part replaced is the sound card: CI has none, so a stand-in
`sounddevice` module takes the frames a player writes and hands a recorder the frames it was given,
on an audio thread of its own as the real one does. Without sounddevice (not installed here) a
helper says which extra brings it.
"""

from __future__ import annotations

import asyncio
import io
import sys
import threading
import time
import types
import wave
from http.server import BaseHTTPRequestHandler
from typing import Any, Iterator, List, Optional

import numpy as np
import pytest

from tests.conftest import serve

pytestmark = pytest.mark.xdist_group("openai-voice")

# 0.25 s of a ramp, as the speech endpoint sends PCM: 24 kHz, mono, little-endian int16
PCM = np.arange(-3000, 3000, dtype=np.int16)


class FakeSoundDevice:
    """A `sounddevice` stand-in: what was played, and blocks to record."""

    def __init__(self, record_blocks: Optional[List[Any]] = None) -> None:
        self.played: List[Any] = []
        self.opened: List[dict[str, Any]] = []
        self.closed = 0
        self.record_blocks = record_blocks or []
        fake = self

        class OutputStream:
            def __init__(self, **kwargs: Any) -> None:
                fake.opened.append(kwargs)

            def start(self) -> None:
                pass

            def write(self, frames: Any) -> None:
                fake.played.append(np.array(frames, copy=True))

            def stop(self) -> None:
                pass

            def close(self) -> None:
                fake.closed += 1

        class InputStream:
            def __init__(self, *, callback: Any, **kwargs: Any) -> None:
                fake.opened.append(kwargs)
                self.callback = callback
                self.running = threading.Event()
                self.thread = threading.Thread(target=self.feed, daemon=True)

            def feed(self) -> None:
                for block in fake.record_blocks:
                    if not self.running.is_set():
                        return
                    buffer = np.array(block, copy=True)
                    self.callback(buffer, len(buffer), None, None)
                    buffer[:] = 0  # the device reuses its buffer: the recorder must have copied
                    time.sleep(0.001)

            def start(self) -> None:
                self.running.set()
                self.thread.start()

            def stop(self) -> None:
                self.running.clear()
                self.thread.join()

            def close(self) -> None:
                fake.closed += 1

        self.module = types.ModuleType("sounddevice")
        self.module.OutputStream = OutputStream  # type: ignore[attr-defined]
        self.module.InputStream = InputStream  # type: ignore[attr-defined]


@pytest.fixture
def sound(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeSoundDevice]:
    fake = FakeSoundDevice()
    monkeypatch.setitem(sys.modules, "sounddevice", fake.module)
    yield fake


@pytest.fixture
def speech_server() -> Iterator[str]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            data = PCM.tobytes()
            self.send_response(200)
            self.send_header("Content-Type", "application/octet-stream")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            # in odd-sized pieces, so that a sample is split across reads
            for i in range(0, len(data), 999):
                self.wfile.write(data[i : i + 999])
                self.wfile.flush()

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/v1"


def played(fake: FakeSoundDevice) -> Any:
    return np.concatenate(fake.played).reshape(-1)


def test_import_needs_no_extra_and_use_names_it(openai: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib

    helpers = importlib.import_module("openai.helpers")
    assert helpers.LocalAudioPlayer.__module__ == "openai.helpers.local_audio_player"
    assert importlib.import_module("openai.helpers.microphone").SAMPLE_RATE == 24000
    monkeypatch.setitem(sys.modules, "sounddevice", None)  # as if not installed
    with pytest.raises(openai.OpenAIError, match=r"pip install 'openai\[voice_helpers\]'"):
        asyncio.run(helpers.LocalAudioPlayer().play(PCM))
    with pytest.raises(openai.OpenAIError, match="sounddevice"):
        asyncio.run(helpers.Microphone(timeout=0.01).record())


def test_play_an_array(openai: Any, sound: FakeSoundDevice) -> None:
    from openai.helpers import LocalAudioPlayer

    asyncio.run(LocalAudioPlayer().play(PCM))
    assert sound.opened == [{"samplerate": 24000, "channels": 1, "dtype": "float32"}]
    assert all(block.dtype == np.float32 and block.shape[1] == 1 and len(block) <= 2400 for block in sound.played)
    assert np.array_equal(played(sound), PCM.astype(np.float32) / 32768.0)
    assert sound.closed == 1
    sound.played.clear()
    floats = np.linspace(-1, 1, 100, dtype=np.float32)
    asyncio.run(LocalAudioPlayer().play(floats))
    assert np.array_equal(played(sound), floats)
    with pytest.raises(TypeError, match="int16 or float32"):
        asyncio.run(LocalAudioPlayer().play(np.zeros(4, dtype=np.float64)))


def test_should_stop_ends_playback(openai: Any, sound: FakeSoundDevice) -> None:
    from openai.helpers import LocalAudioPlayer

    asked: List[int] = []

    def should_stop() -> bool:
        asked.append(1)
        return len(asked) > 1  # one block, then stop

    asyncio.run(LocalAudioPlayer(should_stop=should_stop).play(PCM))
    assert len(sound.played) == 1 and len(played(sound)) == 2400
    assert sound.closed == 1


def test_play_speech_from_the_api(openai: Any, sound: FakeSoundDevice, speech_server: str) -> None:
    from openai.helpers import LocalAudioPlayer

    expected = PCM.astype(np.float32) / 32768.0
    client = openai.OpenAI(api_key="sk-test", base_url=speech_server, max_retries=0)
    whole = client.audio.speech.create(model="gpt-4o-mini-tts", voice="alloy", input="hi", response_format="pcm")
    asyncio.run(LocalAudioPlayer().play(whole))
    assert np.array_equal(played(sound), expected)
    sound.played.clear()
    with client.audio.speech.with_streaming_response.create(
        model="gpt-4o-mini-tts", voice="alloy", input="hi", response_format="pcm"
    ) as response:
        asyncio.run(LocalAudioPlayer().play(response))
    assert np.array_equal(played(sound), expected)
    sound.played.clear()

    async def streamed() -> None:
        async with openai.AsyncOpenAI(api_key="sk-test", base_url=speech_server, max_retries=0) as aclient:
            async with aclient.audio.speech.with_streaming_response.create(
                model="gpt-4o-mini-tts", voice="alloy", input="hi", response_format="pcm"
            ) as response:
                await LocalAudioPlayer().play(response)

    asyncio.run(streamed())
    assert np.array_equal(played(sound), expected)


def test_play_stream_skips_none(openai: Any, sound: FakeSoundDevice) -> None:
    from openai.helpers import LocalAudioPlayer

    async def chunks() -> Any:
        yield PCM[:10]
        yield None
        yield PCM[10:20]

    asyncio.run(LocalAudioPlayer().play_stream(chunks()))
    assert np.array_equal(played(sound), PCM[:20].astype(np.float32) / 32768.0)


@pytest.mark.parametrize("dtype", [None, np.int32, np.float32])
def test_microphone_records_until_the_timeout(openai: Any, sound: FakeSoundDevice, dtype: Any) -> None:
    from openai.helpers import Microphone

    kind = dtype or np.int16
    blocks = [np.full((240, 1), i + 1, dtype=kind) for i in range(5)]
    sound.record_blocks = blocks
    audio = asyncio.run(Microphone(dtype=dtype, timeout=0.3).record(return_ndarray=True))
    assert sound.opened[0]["samplerate"] == 24000 and sound.opened[0]["dtype"] == np.dtype(kind).name
    assert audio.dtype == kind and np.array_equal(audio, np.concatenate(blocks))
    name, data, media = asyncio.run(Microphone(dtype=dtype, timeout=0.3).record())
    assert (name, media) == ("audio.wav", "audio/wav")
    with wave.open(io.BytesIO(data)) as wav:
        assert (wav.getframerate(), wav.getnchannels(), wav.getnframes()) == (24000, 1, 1200)
        frames = wav.readframes(1200)
    if kind is np.float32:  # written as 16-bit PCM
        assert np.array_equal(np.frombuffer(frames, dtype=np.int16), (np.concatenate(blocks).reshape(-1).clip(-1, 1) * 32767).astype(np.int16))
    else:
        assert np.frombuffer(frames, dtype=kind).tolist() == np.concatenate(blocks).reshape(-1).tolist()


def test_microphone_stops_when_should_record_says_so(openai: Any, sound: FakeSoundDevice) -> None:
    from openai.helpers import Microphone

    sound.record_blocks = [np.ones((240, 1), dtype=np.int16)] * 3
    deadline = time.monotonic() + 0.2
    audio = asyncio.run(Microphone(should_record=lambda: time.monotonic() < deadline).record(return_ndarray=True))
    assert time.monotonic() >= deadline and audio.shape == (720, 1)
    assert sound.closed == 1
