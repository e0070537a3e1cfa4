# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional

from typing_extensions import Literal

from ..._models import BaseModel
from ...types.beta.assistant_response_format_option import AssistantResponseFormatOption
from ...types.beta.assistant_tool import AssistantTool
from ...types.shared.metadata import Metadata

__all__ = [
    "ToolResourcesCodeInterpreter",
    "ToolResourcesFileSearch",
    "ToolResources",
    "Assistant",
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

    name: Optional[str] = None
    description: Optional[str] = None
    model: str
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    instructions: Optional[str] = None
    tools: List[AssistantTool]
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`."""

    tool_resources: Optional[ToolResources] = None
    metadata: Optional[Metadata] = None
    temperature: Optional[float] = None
    top_p: Optional[float] = None
    response_format: Optional[AssistantResponseFormatOption] = None
