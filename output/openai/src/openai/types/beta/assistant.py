# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ..._models import BaseModel
from ..._utils import PropertyInfo
from ...types.assistant_tools_code import AssistantToolsCode
from ...types.assistant_tools_file_search import AssistantToolsFileSearch
from ...types.assistant_tools_function import AssistantToolsFunction
from ...types.assistants_api_response_format_option import AssistantsApiResponseFormatOption
from ...types.metadata import Metadata

__all__ = [
    "Tool",
    "ToolResourcesCodeInterpreter",
    "ToolResourcesFileSearch",
    "ToolResources",
    "Assistant",
]


Tool: TypeAlias = Annotated[
    Union[AssistantToolsCode, AssistantToolsFileSearch, AssistantToolsFunction], PropertyInfo(discriminator="type")
]


class ToolResourcesCodeInterpreter(BaseModel):
    file_ids: Optional[List[str]] = None
    """A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter`` tool. There can be a maximum of 20 files associated with the tool."""


class ToolResourcesFileSearch(BaseModel):
    vector_store_ids: Optional[List[str]] = None
    """The ID of the [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""


class ToolResources(BaseModel):
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: Optional[ToolResourcesCodeInterpreter] = None
    file_search: Optional[ToolResourcesFileSearch] = None


class Assistant(BaseModel):
    """Represents an `assistant` that can call the model and use tools."""

    id: str
    """The identifier, which can be referenced in API endpoints."""

    object: Literal["assistant"]
    """The object type, which is always `assistant`."""

    created_at: int
    """The Unix timestamp (in seconds) for when the assistant was created."""

    name: Optional[str]
    description: Optional[str]
    model: str
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    instructions: Optional[str]
    tools: List[Tool]
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`."""

    tool_resources: Optional[ToolResources] = None
    metadata: Optional[Metadata]
    temperature: Optional[float] = None
    top_p: Optional[float] = None
    response_format: Optional[AssistantsApiResponseFormatOption] = None
