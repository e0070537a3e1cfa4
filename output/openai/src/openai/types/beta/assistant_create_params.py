# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

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
    "ToolResourcesFileSearchVectorStoreChunkingStrategyAuto",
    "ToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic",
    "ToolResourcesFileSearchVectorStoreChunkingStrategyStatic",
    "ToolResourcesFileSearchVectorStoreChunkingStrategy",
    "ToolResourcesFileSearchVectorStore",
    "ToolResourcesFileSearch",
    "ToolResources",
    "AssistantCreateParams",
]


Tool: TypeAlias = Union[CodeInterpreterToolParam, FileSearchToolParam, FunctionToolParam]


class ToolResourcesCodeInterpreter(TypedDict, total=False):
    file_ids: SequenceNotStr[str]
    """A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""


class ToolResourcesFileSearchVectorStoreChunkingStrategyAuto(TypedDict, total=False):
    """The default strategy. This strategy currently uses a `max_chunk_size_tokens` of `800` and `chunk_overlap_tokens` of `400`."""

    type: Required[Literal["auto"]]
    """Always `auto`."""


class ToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic(TypedDict, total=False):
    max_chunk_size_tokens: Required[int]
    """The maximum number of tokens in each chunk. The default value is `800`. The minimum value is `100` and the maximum value is `4096`."""

    chunk_overlap_tokens: Required[int]
    """The number of tokens that overlap between chunks. The default value is `400`.

    Note that the overlap must not exceed half of `max_chunk_size_tokens`."""


class ToolResourcesFileSearchVectorStoreChunkingStrategyStatic(TypedDict, total=False):
    type: Required[Literal["static"]]
    """Always `static`."""

    static: Required[ToolResourcesFileSearchVectorStoreChunkingStrategyStaticStatic]


ToolResourcesFileSearchVectorStoreChunkingStrategy: TypeAlias = Union[
    ToolResourcesFileSearchVectorStoreChunkingStrategyAuto, ToolResourcesFileSearchVectorStoreChunkingStrategyStatic
]
"""The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""


class ToolResourcesFileSearchVectorStore(TypedDict, total=False):
    file_ids: SequenceNotStr[str]
    """A list of [file](/docs/api-reference/files) IDs to add to the vector store. For vector stores created before Nov 2025, there can be a maximum of 10,000 files in a vector store. For vector stores created starting in Nov 2025, the limit is 100,000,000 files."""

    chunking_strategy: ToolResourcesFileSearchVectorStoreChunkingStrategy
    """The chunking strategy used to chunk the file(s). If not set, will use the `auto` strategy."""

    metadata: Optional[Metadata]


class ToolResourcesFileSearch(TypedDict, total=False):
    vector_store_ids: SequenceNotStr[str]
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this assistant. There can be a maximum of 1 vector store attached to the assistant."""

    vector_stores: Iterable[ToolResourcesFileSearchVectorStore]
    """A helper to create a [vector store](/docs/api-reference/vector-stores/object) with file_ids and attach it to this assistant. There can be a maximum of 1 vector store attached to the assistant."""


class ToolResources(TypedDict, total=False):
    """A set of resources that are used by the assistant's tools. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: ToolResourcesCodeInterpreter
    file_search: ToolResourcesFileSearch


class AssistantCreateParams(TypedDict, total=False):
    model: Required[Union[str, AssistantSupportedModels]]
    """ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them."""

    name: Optional[str]
    description: Optional[str]
    instructions: Optional[str]
    reasoning_effort: Optional[ReasoningEffort]
    tools: Iterable[Tool]
    """A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`."""

    tool_resources: Optional[ToolResources]
    metadata: Optional[Metadata]
    temperature: Optional[float]
    top_p: Optional[float]
    response_format: Optional[AssistantResponseFormatOptionParam]
