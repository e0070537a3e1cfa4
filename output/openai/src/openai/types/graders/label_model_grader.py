# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.eval_item import EvalItem

__all__ = [
    "LabelModelGrader",
]


class LabelModelGrader(BaseModel):
    """A LabelModelGrader object which uses a model to assign labels to each item
    in the evaluation."""

    type: Literal["label_model"]
    """The object type, which is always `label_model`."""

    name: str
    """The name of the grader."""

    model: str
    """The model to use for the evaluation. Must support structured outputs."""

    input: List[EvalItem]
    labels: List[str]
    """The labels to assign to each item in the evaluation."""

    passing_labels: List[str]
    """The labels that indicate a passing result. Must be a subset of labels."""
