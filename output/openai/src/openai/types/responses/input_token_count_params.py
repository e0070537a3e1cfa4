# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, TypeAlias, TypedDict

from ...types.conversation_param_param import ConversationParamParam
from ...types.responses.response_input_item_param import ResponseInputItemParam
from ...types.responses.response_text_config_param import ResponseTextConfigParam
from ...types.responses.tool_param import ToolParam
from ...types.shared_params.reasoning import Reasoning
from ...types.tool_choice_param_param import ToolChoiceParamParam

__all__ = [
    "Input",
    "InputTokenCountParams",
]


Input: TypeAlias = Union[str, Iterable[ResponseInputItemParam]]
"""Text, image, or file inputs to the model, used to generate a response"""


class InputTokenCountParams(TypedDict, total=False):
    model: Optional[str]
    input: Optional[Input]
    previous_response_id: Optional[str]
    tools: Optional[Iterable[ToolParam]]
    text: Optional[ResponseTextConfigParam]
    reasoning: Optional[Reasoning]
    truncation: Literal["auto", "disabled"]
    """The truncation strategy to use for the model response. - `auto`: If the input to this Response exceeds the model's context window size, the model will truncate the response to fit the context window by dropping items from the beginning of the conversation. - `disabled` (default): If the input size will exceed the context window size for a model, the request will fail with a 400 error."""

    instructions: Optional[str]
    conversation: Optional[ConversationParamParam]
    tool_choice: Optional[ToolChoiceParamParam]
    parallel_tool_calls: Optional[bool]
