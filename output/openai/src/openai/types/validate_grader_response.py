# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.grader_multi import GraderMulti
from ..types.grader_python import GraderPython
from ..types.grader_score_model import GraderScoreModel
from ..types.grader_string_check import GraderStringCheck
from ..types.grader_text_similarity import GraderTextSimilarity

__all__ = [
    "Grader",
    "ValidateGraderResponse",
]


Grader: TypeAlias = Annotated[
    Union[GraderStringCheck, GraderTextSimilarity, GraderPython, GraderScoreModel, GraderMulti],
    PropertyInfo(discriminator="type"),
]
"""The grader used for the fine-tuning job."""


class ValidateGraderResponse(BaseModel):
    """ValidateGraderResponse"""

    grader: Optional[Grader] = None
    """The grader used for the fine-tuning job."""
