# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import TypedDict

__all__ = [
    "WorkflowTracingParam",
]


class WorkflowTracingParam(TypedDict, total=False):
    """Controls diagnostic tracing during the session."""

    enabled: bool
    """Whether tracing is enabled during the session. Defaults to true."""
