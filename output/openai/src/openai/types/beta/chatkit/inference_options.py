# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ...._models import BaseModel
from ....types.beta.chatkit.tool_choice import ToolChoice

__all__ = [
    "InferenceOptions",
]


class InferenceOptions(BaseModel):
    """Model and tool overrides applied when generating the assistant response."""

    tool_choice: Optional[ToolChoice] = None
    model: Optional[str] = None
