# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr
from ..types.create_eval_item_param import CreateEvalItemParam

__all__ = [
    "CreateEvalLabelModelGraderParam",
]


class CreateEvalLabelModelGraderParam(TypedDict, total=False):
    """A LabelModelGrader object which uses a model to assign labels to each item
    in the evaluation."""

    type: Required[Literal["label_model"]]
    """The object type, which is always `label_model`."""

    name: Required[str]
    """The name of the grader."""

    model: Required[str]
    """The model to use for the evaluation. Must support structured outputs."""

    input: Required[Iterable[CreateEvalItemParam]]
    """A list of chat messages forming the prompt or context. May include variable references to the `item` namespace, ie {{item.name}}."""

    labels: Required[SequenceNotStr[str]]
    """The labels to classify to each item in the evaluation."""

    passing_labels: Required[SequenceNotStr[str]]
    """The labels that indicate a passing result. Must be a subset of labels."""
