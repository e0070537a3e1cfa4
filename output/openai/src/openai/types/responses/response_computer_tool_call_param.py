# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

from typing_extensions import Literal, Required, TypedDict

from ...types.responses.computer_action_list_param import ComputerActionListParam
from ...types.responses.computer_action_param import ComputerActionParam

__all__ = [
    "PendingSafetyCheck",
    "ResponseComputerToolCallParam",
]


class PendingSafetyCheck(TypedDict, total=False):
    """A pending safety check for the computer call."""

    id: Required[str]
    """The ID of the pending safety check."""

    code: Optional[str]
    message: Optional[str]


class ResponseComputerToolCallParam(TypedDict, total=False):
    """A tool call to a computer use tool. See the
    [computer use guide](/docs/guides/tools-computer-use) for more information."""

    type: Required[Literal["computer_call"]]
    """The type of the computer call. Always `computer_call`."""

    id: Required[str]
    """The unique ID of the computer call."""

    call_id: Required[str]
    """An identifier used when responding to the tool call with output."""

    action: ComputerActionParam
    actions: ComputerActionListParam
    """Flattened batched actions for `computer_use`. Each action includes an
    `type` discriminator and action-specific fields."""

    pending_safety_checks: Required[Iterable[PendingSafetyCheck]]
    """The pending safety checks for the computer call."""

    status: Required[Literal["in_progress", "completed", "incomplete"]]
    """The status of the item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""
