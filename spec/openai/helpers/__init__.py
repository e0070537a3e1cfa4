"""Audio helpers for voice apps: `LocalAudioPlayer` plays PCM audio on the default output device,
`Microphone` records from the default input device. Both compute on numpy arrays and talk to the
sound card through sounddevice: the `voice_helpers` extra (`pip install 'openai[voice_helpers]'`).
Importing this package needs neither; using a helper does."""

from .microphone import Microphone
from .local_audio_player import LocalAudioPlayer

__all__ = ["Microphone", "LocalAudioPlayer"]
