# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import TypeAlias

from ..types.eval_item_content_item_param import EvalItemContentItemParam
from ..types.graders.grader_inputs_param import GraderInputsParam

__all__ = [
    "EvalItemContentParam",
]


EvalItemContentParam: TypeAlias = Union[EvalItemContentItemParam, GraderInputsParam]
"""Inputs to the model - can contain template strings. Supports text, output text, input images, and input audio, either as a single item or an array of items."""
