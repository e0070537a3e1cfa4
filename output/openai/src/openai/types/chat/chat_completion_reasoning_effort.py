# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

from ...types.shared.reasoning_effort import ReasoningEffort

__all__ = [
    "ChatCompletionReasoningEffort",
]


ChatCompletionReasoningEffort: TypeAlias = ReasoningEffort
