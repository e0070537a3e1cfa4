# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.eval_item_content_item import EvalItemContentItem
from ..types.graders.grader_inputs import GraderInputs

__all__ = [
    "EvalItemContent",
]


EvalItemContent: TypeAlias = Union[EvalItemContentItem, GraderInputs]
"""Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items."""
