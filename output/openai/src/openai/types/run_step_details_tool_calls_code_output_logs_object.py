# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "RunStepDetailsToolCallsCodeOutputLogsObject",
]


class RunStepDetailsToolCallsCodeOutputLogsObject(BaseModel):
    """Text output from the Code Interpreter tool call as part of a run step."""

    type: Literal["logs"]
    """Always `logs`."""

    logs: str
    """The text output from the Code Interpreter tool call."""
