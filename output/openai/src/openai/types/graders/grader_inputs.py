# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import TypeAlias

from ...types.eval_item_content_item import EvalItemContentItem

__all__ = [
    "GraderInputs",
]


GraderInputs: TypeAlias = List[EvalItemContentItem]
"""A list of inputs, each of which may be either an input text, output text, input
image, or input audio object."""
