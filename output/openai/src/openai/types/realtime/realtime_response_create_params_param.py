# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, TypeAlias, TypedDict

from ...types.realtime.conversation_item_param import ConversationItemParam
from ...types.realtime.realtime_function_tool_param import RealtimeFunctionToolParam
from ...types.realtime.realtime_reasoning_param import RealtimeReasoningParam
from ...types.realtime.realtime_response_create_audio_output_param import RealtimeResponseCreateAudioOutputParam
from ...types.realtime.realtime_response_create_mcp_tool_param import RealtimeResponseCreateMcpToolParam
from ...types.responses.response_prompt_param import ResponsePromptParam
from ...types.responses.tool_choice_function_param import ToolChoiceFunctionParam
from ...types.responses.tool_choice_mcp_param import ToolChoiceMcpParam
from ...types.responses.tool_choice_options import ToolChoiceOptions
from ...types.shared_params.metadata import Metadata

__all__ = [
    "Tool",
    "ToolChoice",
    "RealtimeResponseCreateParamsParam",
]


Tool: TypeAlias = Union[RealtimeFunctionToolParam, RealtimeResponseCreateMcpToolParam]


ToolChoice: TypeAlias = Union[ToolChoiceOptions, ToolChoiceFunctionParam, ToolChoiceMcpParam]
"""How the model chooses tools. Provide one of the string modes or force a specific
function/MCP tool."""


class RealtimeResponseCreateParamsParam(TypedDict, total=False):
    """Create a new Realtime response with these parameters"""

    output_modalities: Iterable[Literal["text", "audio"]]
    """The set of modalities the model used to respond, currently the only possible values are
    `[\\"audio\\"]`, `[\\"text\\"]`. Audio output always include a text transcript. Setting the
    output to mode `text` will disable audio output from the model."""

    instructions: str
    """The default system instructions (i.e. system message) prepended to model calls. This field allows the client to guide the model on desired responses. The model can be instructed on response content and format, (e.g. "be extremely succinct", "act friendly", "here are examples of good responses") and on audio behavior (e.g. "talk quickly", "inject emotion into your voice", "laugh frequently"). The instructions are not guaranteed to be followed by the model, but they provide guidance to the model on the desired behavior.
    Note that the server sets default instructions which will be used if this field is not set and are visible in the `session.created` event at the start of the session."""

    audio: RealtimeResponseCreateAudioOutputParam
    """Configuration for audio input and output."""

    tools: Iterable[Tool]
    """Tools available to the model."""

    tool_choice: ToolChoice
    """How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool."""

    parallel_tool_calls: bool
    """Whether the model may call multiple tools in parallel. Only supported by
    reasoning Realtime models such as `gpt-realtime-2`."""

    reasoning: RealtimeReasoningParam
    """Configuration for reasoning-capable Realtime models such as `gpt-realtime-2`."""

    max_output_tokens: Union[int, Literal["inf"]]
    """Maximum number of output tokens for a single assistant response,
    inclusive of tool calls. Provide an integer between 1 and 4096 to
    limit output tokens, or `inf` for the maximum available tokens for a
    given model. Defaults to `inf`."""

    conversation: Union[str, Literal["auto", "none"]]
    """Controls which conversation the response is added to. Currently supports
    `auto` and `none`, with `auto` as the default value. The `auto` value
    means that the contents of the response will be added to the default
    conversation. Set this to `none` to create an out-of-band response which
    will not add items to default conversation."""

    metadata: Optional[Metadata]
    prompt: Optional[ResponsePromptParam]
    input: Iterable[ConversationItemParam]
    """Input items to include in the prompt for the model. Using this field
    creates a new context for this Response instead of using the default
    conversation. An empty array `[]` will clear the context for this Response.
    Note that this can include references to items that previously appeared in the session
    using their id."""
