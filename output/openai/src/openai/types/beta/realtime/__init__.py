# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from .session_create_params import SessionCreateParams as SessionCreateParams
from .transcription_session_create_params import TranscriptionSessionCreateParams as TranscriptionSessionCreateParams
