# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import TypeAlias

from ...types.realtime.realtime_tools_config_union import RealtimeToolsConfigUnion

__all__ = [
    "RealtimeToolsConfig",
]


RealtimeToolsConfig: TypeAlias = List[RealtimeToolsConfigUnion]
"""Tools available to the model."""
