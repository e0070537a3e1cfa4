# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "Content",
    "EvalJsonlFileContentSource",
]


class Content(BaseModel):
    item: Dict[str, object]
    sample: Optional[Dict[str, object]] = None


class EvalJsonlFileContentSource(BaseModel):
    """EvalJsonlFileContentSource"""

    type: Literal["file_content"]
    """The type of jsonl source. Always `file_content`."""

    content: List[Content]
    """The content of the jsonl file."""
