# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import TypeAlias

from ...types.realtime.realtime_tools_config_union_param import RealtimeToolsConfigUnionParam

__all__ = [
    "RealtimeToolsConfigParam",
]


RealtimeToolsConfigParam: TypeAlias = Iterable[RealtimeToolsConfigUnionParam]
"""Tools available to the model."""
