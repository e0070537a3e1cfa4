# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ....types.realtime.conversation_item_param import ConversationItemParam
from ....types.responses.response_prompt_param import ResponsePromptParam
from ....types.responses.tool_choice_function_param import ToolChoiceFunctionParam
from ....types.responses.tool_choice_mcp_param import ToolChoiceMcpParam
from ....types.responses.tool_choice_options import ToolChoiceOptions
from ....types.shared_params.metadata import Metadata

__all__ = [
    "ResponseVoiceID",
    "ResponseVoice",
    "ResponseTool",
    "ResponseToolChoice",
    "Response",
    "ResponseCreateEventParam",
]


class ResponseVoiceID(TypedDict, total=False):
    """Custom voice reference."""

    id: Required[str]
    """The custom voice ID, e.g. `voice_1234`."""


ResponseVoice: TypeAlias = Union[
    str,
    Literal["alloy", "ash", "ballad", "coral", "echo", "sage", "shimmer", "verse", "marin", "cedar"],
    ResponseVoiceID,
]
"""A built-in voice name or a custom voice reference."""


class ResponseTool(TypedDict, total=False):
    type: Literal["function"]
    """The type of the tool, i.e. `function`."""

    name: str
    """The name of the function."""

    description: str
    """The description of the function, including guidance on when and how 
    to call it, and guidance about what to tell the user when calling 
    (if anything)."""

    parameters: object
    """Parameters of the function in JSON Schema."""


ResponseToolChoice: TypeAlias = Union[ToolChoiceOptions, ToolChoiceFunctionParam, ToolChoiceMcpParam]
"""How the model chooses tools. Provide one of the string modes or force a specific
function/MCP tool."""


class Response(TypedDict, total=False):
    """Create a new Realtime response with these parameters"""

    modalities: Iterable[Literal["text", "audio"]]
    """The set of modalities the model can respond with. To disable audio,
    set this to ["text"]."""

    instructions: str
    """The default system instructions (i.e. system message) prepended to model 
    calls. This field allows the client to guide the model on desired 
    responses. The model can be instructed on response content and format, 
    (e.g. "be extremely succinct", "act friendly", "here are examples of good 
    responses") and on audio behavior (e.g. "talk quickly", "inject emotion 
    into your voice", "laugh frequently"). The instructions are not guaranteed 
    to be followed by the model, but they provide guidance to the model on the 
    desired behavior.

    Note that the server sets default instructions which will be used if this 
    field is not set and are visible in the `session.created` event at the 
    start of the session."""

    voice: ResponseVoice
    """The voice the model uses to respond. Supported built-in voices are
    `alloy`, `ash`, `ballad`, `coral`, `echo`, `sage`, `shimmer`, `verse`,
    `marin`, and `cedar`. You may also provide a custom voice object with an
    `id`, for example `{ "id": "voice_1234" }`. Voice cannot be changed during
    the session once the model has responded with audio at least once."""

    output_audio_format: Literal["pcm16", "g711_ulaw", "g711_alaw"]
    """The format of output audio. Options are `pcm16`, `g711_ulaw`, or `g711_alaw`."""

    tools: Iterable[ResponseTool]
    """Tools (functions) available to the model."""

    tool_choice: ResponseToolChoice
    """How the model chooses tools. Provide one of the string modes or force a specific
    function/MCP tool."""

    temperature: float
    """Sampling temperature for the model, limited to [0.6, 1.2]. Defaults to 0.8."""

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
    Note that this can include references to items from the default conversation."""


class ResponseCreateEventParam(TypedDict, total=False):
    """This event instructs the server to create a Response, which means triggering
    model inference. When in Server VAD mode, the server will create Responses
    automatically.

    A Response will include at least one Item, and may have two, in which case
    the second will be a function call. These Items will be appended to the
    conversation history.

    The server will respond with a `response.created` event, events for Items
    and content created, and finally a `response.done` event to indicate the
    Response is complete.

    The `response.create` event can optionally include inference configuration like
    `instructions`, and `temperature`. These fields will override the Session's
    configuration for this Response only.

    Responses can be created out-of-band of the default Conversation, meaning that they can
    have arbitrary input, and it's possible to disable writing the output to the Conversation.
    Only one Response can write to the default Conversation at a time, but otherwise multiple
    Responses can be created in parallel.

    Clients can set `conversation` to `none` to create a Response that does not write to the default
    Conversation. Arbitrary input can be provided with the `input` field, which is an array accepting
    raw Items and references to existing Items."""

    event_id: str
    """Optional client-generated ID used to identify this event."""

    type: Required[Literal["response.create"]]
    """The event type, must be `response.create`."""

    response: Response
    """Create a new Realtime response with these parameters"""
