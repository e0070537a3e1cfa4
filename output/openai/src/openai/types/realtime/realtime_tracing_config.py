# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, TypeAlias

from ..._models import BaseModel

__all__ = [
    "TracingConfiguration",
    "RealtimeTracingConfig",
]


class TracingConfiguration(BaseModel):
    """Granular configuration for tracing."""

    workflow_name: Optional[str] = None
    """The name of the workflow to attach to this trace. This is used to
    name the trace in the Traces Dashboard."""

    group_id: Optional[str] = None
    """The group id to attach to this trace to enable filtering and
    grouping in the Traces Dashboard."""

    metadata: Optional[object] = None
    """The arbitrary metadata to attach to this trace to enable
    filtering in the Traces Dashboard."""


RealtimeTracingConfig: TypeAlias = Union[Literal["auto"], TracingConfiguration, None]
"""Realtime API can write session traces to the [Traces Dashboard](https://platform.openai.com/logs?api=traces). Set to null to disable tracing. Once
tracing is enabled for a session, the configuration cannot be modified.

`auto` will create a trace for the session with default values for the
workflow name, group id, and metadata."""
