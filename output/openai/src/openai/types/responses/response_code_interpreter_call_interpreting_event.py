# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseCodeInterpreterCallInterpretingEvent",
]


class ResponseCodeInterpreterCallInterpretingEvent(BaseModel):
    """Emitted when the code interpreter is actively interpreting the code snippet."""

    type: Literal["response.code_interpreter_call.interpreting"]
    """The type of the event. Always `response.code_interpreter_call.interpreting`."""

    output_index: int
    """The index of the output item in the response for which the code interpreter is interpreting code."""

    item_id: str
    """The unique identifier of the code interpreter tool call item."""

    sequence_number: int
    """The sequence number of this event, used to order streaming events."""
