# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.shared.reasoning_effort import ReasoningEffort as SharedReasoningEffort

__all__ = [
    "ReasoningEffort",
]


ReasoningEffort: TypeAlias = SharedReasoningEffort
