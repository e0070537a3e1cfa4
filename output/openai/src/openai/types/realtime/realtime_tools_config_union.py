# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ..._utils import PropertyInfo
from ...types.realtime.realtime_function_tool import RealtimeFunctionTool
from ...types.realtime.realtime_response_create_mcp_tool import RealtimeResponseCreateMcpTool

__all__ = [
    "RealtimeToolsConfigUnion",
]


RealtimeToolsConfigUnion: TypeAlias = Annotated[
    Union[RealtimeFunctionTool, RealtimeResponseCreateMcpTool], PropertyInfo(discriminator="type")
]
