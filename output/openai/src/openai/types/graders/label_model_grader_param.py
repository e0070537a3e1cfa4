# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from ..._types import SequenceNotStr
from ...types.eval_item_param import EvalItemParam

__all__ = [
    "LabelModelGraderParam",
]


class LabelModelGraderParam(TypedDict, total=False):
    """A LabelModelGrader object which uses a model to assign labels to each item
    in the evaluation."""

    type: Required[Literal["label_model"]]
    """The object type, which is always `label_model`."""

    name: Required[str]
    """The name of the grader."""

    model: Required[str]
    """The model to use for the evaluation. Must support structured outputs."""

    input: Required[Iterable[EvalItemParam]]
    labels: Required[SequenceNotStr[str]]
    """The labels to assign to each item in the evaluation."""

    passing_labels: Required[SequenceNotStr[str]]
    """The labels that indicate a passing result. Must be a subset of labels."""
