# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..._types import SequenceNotStr
from ...types.mcp_approval_response_param import McpApprovalResponseParam
from ...types.responses.container_reference_param import ContainerReferenceParam
from ...types.responses.easy_input_message_param import EasyInputMessageParam
from ...types.responses.local_environment_param import LocalEnvironmentParam
from ...types.responses.response_code_interpreter_tool_call_param import ResponseCodeInterpreterToolCallParam
from ...types.responses.response_compaction_item_param_param import ResponseCompactionItemParamParam
from ...types.responses.response_computer_tool_call_output_screenshot_param import (
    ResponseComputerToolCallOutputScreenshotParam,
)
from ...types.responses.response_computer_tool_call_param import ResponseComputerToolCallParam
from ...types.responses.response_custom_tool_call_output_param import ResponseCustomToolCallOutputParam
from ...types.responses.response_custom_tool_call_param import ResponseCustomToolCallParam
from ...types.responses.response_file_search_tool_call_param import ResponseFileSearchToolCallParam
from ...types.responses.response_function_call_output_item_list_param import ResponseFunctionCallOutputItemListParam
from ...types.responses.response_function_shell_call_output_content_param import (
    ResponseFunctionShellCallOutputContentParam,
)
from ...types.responses.response_function_tool_call_param import ResponseFunctionToolCallParam
from ...types.responses.response_function_web_search_param import ResponseFunctionWebSearchParam
from ...types.responses.response_input_message_content_list_param import ResponseInputMessageContentListParam
from ...types.responses.response_output_message_param import ResponseOutputMessageParam
from ...types.responses.response_reasoning_item_param import ResponseReasoningItemParam
from ...types.responses.response_tool_search_output_item_param_param import ResponseToolSearchOutputItemParamParam

__all__ = [
    "Message",
    "ComputerCallOutputAcknowledgedSafetyCheck",
    "ComputerCallOutput",
    "FunctionCallOutputOutput",
    "FunctionCallOutput",
    "ToolSearchCall",
    "ImageGenerationCall",
    "LocalShellCallAction",
    "LocalShellCall",
    "LocalShellCallOutput",
    "ShellCallAction",
    "ShellCallEnvironment",
    "ShellCall",
    "ShellCallOutput",
    "ApplyPatchCallOperationCreateFile",
    "ApplyPatchCallOperationDeleteFile",
    "ApplyPatchCallOperationUpdateFile",
    "ApplyPatchCallOperation",
    "ApplyPatchCall",
    "ApplyPatchCallOutput",
    "McpListToolsTool",
    "McpListTools",
    "McpApprovalRequest",
    "McpCall",
    "CompactionTrigger",
    "ItemReference",
    "ResponseInputItemParam",
    "ResponseInputParam",
]


class Message(TypedDict, total=False):
    """A message input to the model with a role indicating instruction following
    hierarchy. Instructions given with the `developer` or `system` role take
    precedence over instructions given with the `user` role."""

    type: Literal["message"]
    """The type of the message input. Always set to `message`."""

    role: Required[Literal["user", "system", "developer"]]
    """The role of the message input. One of `user`, `system`, or `developer`."""

    status: Literal["in_progress", "completed", "incomplete"]
    """The status of item. One of `in_progress`, `completed`, or
    `incomplete`. Populated when items are returned via API."""

    content: Required[ResponseInputMessageContentListParam]
    """A list of one or many input items to the model, containing different content 
    types."""


class ComputerCallOutputAcknowledgedSafetyCheck(TypedDict, total=False):
    """A pending safety check for the computer call."""

    id: Required[str]
    """The ID of the pending safety check."""

    code: Optional[str]
    message: Optional[str]


class ComputerCallOutput(TypedDict, total=False):
    """The output of a computer tool call."""

    id: Optional[str]
    call_id: Required[str]
    """The ID of the computer tool call that produced the output."""

    type: Required[Literal["computer_call_output"]]
    """The type of the computer tool call output. Always `computer_call_output`."""

    output: Required[ResponseComputerToolCallOutputScreenshotParam]
    """A computer screenshot image used with the computer use tool."""

    acknowledged_safety_checks: Optional[Iterable[ComputerCallOutputAcknowledgedSafetyCheck]]
    status: Optional[Literal["in_progress", "completed", "incomplete"]]


FunctionCallOutputOutput: TypeAlias = Union[str, ResponseFunctionCallOutputItemListParam]
"""Text, image, or file output of the function tool call."""


class FunctionCallOutput(TypedDict, total=False):
    """The output of a function tool call."""

    id: Optional[str]
    call_id: Required[str]
    """The unique ID of the function tool call generated by the model."""

    type: Required[Literal["function_call_output"]]
    """The type of the function tool call output. Always `function_call_output`."""

    output: Required[FunctionCallOutputOutput]
    """Text, image, or file output of the function tool call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class ToolSearchCall(TypedDict, total=False):
    id: Optional[str]
    call_id: Optional[str]
    type: Required[Literal["tool_search_call"]]
    """The item type. Always `tool_search_call`."""

    execution: Literal["server", "client"]
    """Whether tool search was executed by the server or by the client."""

    arguments: Required[object]
    """The arguments supplied to the tool search call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class ImageGenerationCall(TypedDict, total=False):
    """An image generation request made by the model."""

    type: Required[Literal["image_generation_call"]]
    """The type of the image generation call. Always `image_generation_call`."""

    id: Required[str]
    """The unique ID of the image generation call."""

    status: Required[Literal["in_progress", "completed", "generating", "failed"]]
    """The status of the image generation call."""

    result: Required[Optional[str]]


class LocalShellCallAction(TypedDict, total=False):
    """Execute a shell command on the server."""

    type: Required[Literal["exec"]]
    """The type of the local shell action. Always `exec`."""

    command: Required[SequenceNotStr[str]]
    """The command to run."""

    timeout_ms: Optional[int]
    working_directory: Optional[str]
    env: Required[Dict[str, str]]
    """Environment variables to set for the command."""

    user: Optional[str]


class LocalShellCall(TypedDict, total=False):
    """A tool call to run a command on the local shell."""

    type: Required[Literal["local_shell_call"]]
    """The type of the local shell call. Always `local_shell_call`."""

    id: Required[str]
    """The unique ID of the local shell call."""

    call_id: Required[str]
    """The unique ID of the local shell tool call generated by the model."""

    action: Required[LocalShellCallAction]
    """Execute a shell command on the server."""

    status: Required[Literal["in_progress", "completed", "incomplete"]]
    """The status of the local shell call."""


class LocalShellCallOutput(TypedDict, total=False):
    """The output of a local shell tool call."""

    type: Required[Literal["local_shell_call_output"]]
    """The type of the local shell tool call output. Always `local_shell_call_output`."""

    id: Required[str]
    """The unique ID of the local shell tool call generated by the model."""

    output: Required[str]
    """A JSON string of the output of the local shell tool call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]]


class ShellCallAction(TypedDict, total=False):
    """Commands and limits describing how to run the shell tool call."""

    commands: Required[SequenceNotStr[str]]
    """Ordered shell commands for the execution environment to run."""

    timeout_ms: Optional[int]
    max_output_length: Optional[int]


ShellCallEnvironment: TypeAlias = Union[LocalEnvironmentParam, ContainerReferenceParam]
"""The environment to execute the shell commands in."""


class ShellCall(TypedDict, total=False):
    """A tool representing a request to execute one or more shell commands."""

    id: Optional[str]
    call_id: Required[str]
    """The unique ID of the shell tool call generated by the model."""

    type: Required[Literal["shell_call"]]
    """The type of the item. Always `shell_call`."""

    action: Required[ShellCallAction]
    """The shell commands and limits that describe how to run the tool call."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]]
    environment: Optional[ShellCallEnvironment]


class ShellCallOutput(TypedDict, total=False):
    """The streamed output items emitted by a shell tool call."""

    id: Optional[str]
    call_id: Required[str]
    """The unique ID of the shell tool call generated by the model."""

    type: Required[Literal["shell_call_output"]]
    """The type of the item. Always `shell_call_output`."""

    output: Required[Iterable[ResponseFunctionShellCallOutputContentParam]]
    """Captured chunks of stdout and stderr output, along with their associated outcomes."""

    status: Optional[Literal["in_progress", "completed", "incomplete"]]
    max_output_length: Optional[int]


class ApplyPatchCallOperationCreateFile(TypedDict, total=False):
    """Instruction for creating a new file via the apply_patch tool."""

    type: Required[Literal["create_file"]]
    """The operation type. Always `create_file`."""

    path: Required[str]
    """Path of the file to create relative to the workspace root."""

    diff: Required[str]
    """Unified diff content to apply when creating the file."""


class ApplyPatchCallOperationDeleteFile(TypedDict, total=False):
    """Instruction for deleting an existing file via the apply_patch tool."""

    type: Required[Literal["delete_file"]]
    """The operation type. Always `delete_file`."""

    path: Required[str]
    """Path of the file to delete relative to the workspace root."""


class ApplyPatchCallOperationUpdateFile(TypedDict, total=False):
    """Instruction for updating an existing file via the apply_patch tool."""

    type: Required[Literal["update_file"]]
    """The operation type. Always `update_file`."""

    path: Required[str]
    """Path of the file to update relative to the workspace root."""

    diff: Required[str]
    """Unified diff content to apply to the existing file."""


ApplyPatchCallOperation: TypeAlias = Union[
    ApplyPatchCallOperationCreateFile, ApplyPatchCallOperationDeleteFile, ApplyPatchCallOperationUpdateFile
]
"""One of the create_file, delete_file, or update_file operations supplied to the apply_patch tool."""


class ApplyPatchCall(TypedDict, total=False):
    """A tool call representing a request to create, delete, or update files using diff patches."""

    type: Required[Literal["apply_patch_call"]]
    """The type of the item. Always `apply_patch_call`."""

    id: Optional[str]
    call_id: Required[str]
    """The unique ID of the apply patch tool call generated by the model."""

    status: Required[Literal["in_progress", "completed"]]
    """The status of the apply patch tool call. One of `in_progress` or `completed`."""

    operation: Required[ApplyPatchCallOperation]
    """The specific create, delete, or update instruction for the apply_patch tool call."""


class ApplyPatchCallOutput(TypedDict, total=False):
    """The streamed output emitted by an apply patch tool call."""

    type: Required[Literal["apply_patch_call_output"]]
    """The type of the item. Always `apply_patch_call_output`."""

    id: Optional[str]
    call_id: Required[str]
    """The unique ID of the apply patch tool call generated by the model."""

    status: Required[Literal["completed", "failed"]]
    """The status of the apply patch tool call output. One of `completed` or `failed`."""

    output: Optional[str]


class McpListToolsTool(TypedDict, total=False):
    """A tool available on an MCP server."""

    name: Required[str]
    """The name of the tool."""

    description: Optional[str]
    input_schema: Required[object]
    """The JSON schema describing the tool's input."""

    annotations: Optional[object]


class McpListTools(TypedDict, total=False):
    """A list of tools available on an MCP server."""

    type: Required[Literal["mcp_list_tools"]]
    """The type of the item. Always `mcp_list_tools`."""

    id: Required[str]
    """The unique ID of the list."""

    server_label: Required[str]
    """The label of the MCP server."""

    tools: Required[Iterable[McpListToolsTool]]
    """The tools available on the server."""

    error: Optional[str]


class McpApprovalRequest(TypedDict, total=False):
    """A request for human approval of a tool invocation."""

    type: Required[Literal["mcp_approval_request"]]
    """The type of the item. Always `mcp_approval_request`."""

    id: Required[str]
    """The unique ID of the approval request."""

    server_label: Required[str]
    """The label of the MCP server making the request."""

    name: Required[str]
    """The name of the tool to run."""

    arguments: Required[str]
    """A JSON string of arguments for the tool."""


class McpCall(TypedDict, total=False):
    """An invocation of a tool on an MCP server."""

    type: Required[Literal["mcp_call"]]
    """The type of the item. Always `mcp_call`."""

    id: Required[str]
    """The unique ID of the tool call."""

    server_label: Required[str]
    """The label of the MCP server running the tool."""

    name: Required[str]
    """The name of the tool that was run."""

    arguments: Required[str]
    """A JSON string of the arguments passed to the tool."""

    output: Optional[str]
    error: Optional[str]
    status: Literal["in_progress", "completed", "incomplete", "calling", "failed"]
    """The status of the tool call. One of `in_progress`, `completed`, `incomplete`, `calling`, or `failed`."""

    approval_request_id: Optional[str]


class CompactionTrigger(TypedDict, total=False):
    """Compacts the current context. Must be the final input item."""

    type: Required[Literal["compaction_trigger"]]
    """The type of the item. Always `compaction_trigger`."""


class ItemReference(TypedDict, total=False):
    """An internal identifier for an item to reference."""

    type: Optional[Literal["item_reference"]]
    id: Required[str]
    """The ID of the item to reference."""


ResponseInputItemParam: TypeAlias = Union[
    EasyInputMessageParam,
    Message,
    ResponseOutputMessageParam,
    ResponseFileSearchToolCallParam,
    ResponseComputerToolCallParam,
    ComputerCallOutput,
    ResponseFunctionWebSearchParam,
    ResponseFunctionToolCallParam,
    FunctionCallOutput,
    ToolSearchCall,
    ResponseToolSearchOutputItemParamParam,
    ResponseReasoningItemParam,
    ResponseCompactionItemParamParam,
    ImageGenerationCall,
    ResponseCodeInterpreterToolCallParam,
    LocalShellCall,
    LocalShellCallOutput,
    ShellCall,
    ShellCallOutput,
    ApplyPatchCall,
    ApplyPatchCallOutput,
    McpListTools,
    McpApprovalRequest,
    McpApprovalResponseParam,
    McpCall,
    ResponseCustomToolCallOutputParam,
    ResponseCustomToolCallParam,
    CompactionTrigger,
    ItemReference,
]


ResponseInputParam: TypeAlias = Iterable[ResponseInputItemParam]
"""A list of one or many input items to the model, containing
different content types."""
