# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypeAlias

__all__ = [
    "ParallelToolCalls",
]


ParallelToolCalls: TypeAlias = bool
"""Whether to enable [parallel function calling](/docs/guides/function-calling#configuring-parallel-function-calling) during tool use."""
