# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import TypeAlias, TypedDict

from ..._types import SequenceNotStr
from ...types.assistant_supported_models import AssistantSupportedModels
from ...types.beta.assistant_response_format_option_param import AssistantResponseFormatOptionParam
from ...types.beta.code_interpreter_tool_param import CodeInterpreterToolParam
from ...types.beta.file_search_tool_param import FileSearchToolParam
from ...types.beta.function_tool_param import FunctionToolParam
from ...types.shared.reasoning_effort import ReasoningEffort
from ...types.shared_params.metadata import Metadata

__all__ = [
    "Tool",
    "ToolResourcesCodeInterpreter",
    "ToolResourcesFileSearch",
    "ToolResources",
    "AssistantUpdateParams",
]


Tool: TypeAlias = Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]


class ToolResourcesCodeInterpreter(TypedDict, total=False):
    file_ids: SequenceNotStr[str]
    """Overrides the list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""


class ToolResourcesFileSearch(TypedDict, total=False):
    vector_store_ids: SequenceNotStr[str]
    """Overrides the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""


class ToolResources(TypedDict, total=False):
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: ToolResourcesCodeInterpreter
    file_search: ToolResourcesFileSearch


class AssistantUpdateParams(TypedDict, total=False):
    model: Union[str, AssistantSupportedModels]
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    reasoning_effort: Optional[ReasoningEffort]
    name: Optional[str]
    description: Optional[str]
    instructions: Optional[str]
    tools: Iterable[Tool]
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`."""

    tool_resources: Optional[ToolResources]
    metadata: Optional[Metadata]
    temperature: Optional[float]
    top_p: Optional[float]
    response_format: Optional[AssistantResponseFormatOptionParam]
