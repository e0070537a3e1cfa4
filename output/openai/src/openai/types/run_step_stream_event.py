# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.beta.threads.runs.run_step import RunStep
from ..types.beta.threads.runs.run_step_delta_event import RunStepDeltaEvent

__all__ = [
    "ThreadRunStepCreated",
    "ThreadRunStepInProgress",
    "ThreadRunStepDelta",
    "ThreadRunStepCompleted",
    "ThreadRunStepFailed",
    "ThreadRunStepCancelled",
    "ThreadRunStepExpired",
    "RunStepStreamEvent",
]


class ThreadRunStepCreated(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is created."""

    event: Literal["thread.run.step.created"]
    data: RunStep
    """Represents a step in execution of a run."""


class ThreadRunStepInProgress(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) moves to an `in_progress` state."""

    event: Literal["thread.run.step.in_progress"]
    data: RunStep
    """Represents a step in execution of a run."""


class ThreadRunStepDelta(BaseModel):
    """Occurs when parts of a [run step](/docs/api-reference/run-steps/step-object) are being streamed."""

    event: Literal["thread.run.step.delta"]
    data: RunStepDeltaEvent
    """Represents a run step delta i.e. any changed fields on a run step during streaming."""


class ThreadRunStepCompleted(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is completed."""

    event: Literal["thread.run.step.completed"]
    data: RunStep
    """Represents a step in execution of a run."""


class ThreadRunStepFailed(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) fails."""

    event: Literal["thread.run.step.failed"]
    data: RunStep
    """Represents a step in execution of a run."""


class ThreadRunStepCancelled(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) is cancelled."""

    event: Literal["thread.run.step.cancelled"]
    data: RunStep
    """Represents a step in execution of a run."""


class ThreadRunStepExpired(BaseModel):
    """Occurs when a [run step](/docs/api-reference/run-steps/step-object) expires."""

    event: Literal["thread.run.step.expired"]
    data: RunStep
    """Represents a step in execution of a run."""


RunStepStreamEvent: TypeAlias = Annotated[
    Union[
        ThreadRunStepCreated,
        ThreadRunStepInProgress,
        ThreadRunStepDelta,
        ThreadRunStepCompleted,
        ThreadRunStepFailed,
        ThreadRunStepCancelled,
        ThreadRunStepExpired,
    ],
    PropertyInfo(discriminator="event"),
]
