# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ....._models import BaseModel
from ....._utils import PropertyInfo
from .....types.run_step_delta_step_details_message_creation_object import RunStepDeltaStepDetailsMessageCreationObject
from .....types.run_step_delta_step_details_tool_calls_object import RunStepDeltaStepDetailsToolCallsObject

__all__ = [
    "DeltaStepDetails",
    "Delta",
    "RunStepDeltaEvent",
]


DeltaStepDetails: TypeAlias = Annotated[
    Union[RunStepDeltaStepDetailsMessageCreationObject, RunStepDeltaStepDetailsToolCallsObject],
    PropertyInfo(discriminator="type"),
]
"""The details of the run step."""


class Delta(BaseModel):
    """The delta containing the fields that have changed on the run step."""

    step_details: Optional[DeltaStepDetails] = None
    """The details of the run step."""


class RunStepDeltaEvent(BaseModel):
    """Represents a run step delta i.e. any changed fields on a run step during streaming."""

    id: str
    """The identifier of the run step, which can be referenced in API endpoints."""

    object: Literal["thread.run.step.delta"]
    """The object type, which is always `thread.run.step.delta`."""

    delta: Delta
    """The delta containing the fields that have changed on the run step."""
