# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, TypeAlias

__all__ = [
    "RealtimeReasoningEffort",
]


RealtimeReasoningEffort: TypeAlias = Literal["minimal", "low", "medium", "high", "xhigh"]
"""Constrains effort on reasoning for reasoning-capable Realtime models such as
`gpt-realtime-2`."""
