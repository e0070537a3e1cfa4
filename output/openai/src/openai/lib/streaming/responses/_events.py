"""Server events of a Responses stream, three of them with what the stream accumulated."""

from __future__ import annotations

from typing import Generic, Optional, TypeVar, Union

from ....types.responses.response_function_call_arguments_delta_event import (
    ResponseFunctionCallArgumentsDeltaEvent as RawFunctionCallArgumentsDeltaEvent,
)
from ....types.responses.response_stream_event import ResponseStreamEvent as RawResponseStreamEvent
from ....types.responses.response_text_delta_event import ResponseTextDeltaEvent as RawTextDeltaEvent
from ....types.responses.response_text_done_event import ResponseTextDoneEvent as RawTextDoneEvent

TextFormatT = TypeVar("TextFormatT")


class ResponseTextDeltaEvent(RawTextDeltaEvent):
    snapshot: str
    """The text of this content part so far."""


class ResponseTextDoneEvent(RawTextDoneEvent, Generic[TextFormatT]):
    parsed: Optional[TextFormatT] = None
    """The text as an instance of the `text_format` type, when one was given."""


class ResponseFunctionCallArgumentsDeltaEvent(RawFunctionCallArgumentsDeltaEvent):
    snapshot: str
    """The arguments of this call so far."""


ResponseStreamEvent = Union[
    ResponseTextDeltaEvent,
    ResponseTextDoneEvent[TextFormatT],
    ResponseFunctionCallArgumentsDeltaEvent,
    RawResponseStreamEvent,
]
