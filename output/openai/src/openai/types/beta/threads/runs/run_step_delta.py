# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, TypeAlias

from ....._models import BaseModel
from ....._utils import PropertyInfo
from .....types.beta.threads.runs.run_step_delta_message_delta import RunStepDeltaMessageDelta
from .....types.beta.threads.runs.tool_call_delta_object import ToolCallDeltaObject

__all__ = [
    "StepDetails",
    "RunStepDelta",
]


StepDetails: TypeAlias = Annotated[
    Union[RunStepDeltaMessageDelta, ToolCallDeltaObject], PropertyInfo(discriminator="type")
]
"""The details of the run step."""


class RunStepDelta(BaseModel):
    """The delta containing the fields that have changed on the run step."""

    step_details: Optional[StepDetails] = None
    """The details of the run step."""
