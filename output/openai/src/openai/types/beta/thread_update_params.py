# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import TypedDict

from ..._types import SequenceNotStr
from ...types.shared_params.metadata import Metadata

__all__ = [
    "ToolResourcesCodeInterpreter",
    "ToolResourcesFileSearch",
    "ToolResources",
    "ThreadUpdateParams",
]


class ToolResourcesCodeInterpreter(TypedDict, total=False):
    file_ids: SequenceNotStr[str]
    """A list of [file](/docs/api-reference/files) IDs made available to the `code_interpreter` tool. There can be a maximum of 20 files associated with the tool."""


class ToolResourcesFileSearch(TypedDict, total=False):
    vector_store_ids: SequenceNotStr[str]
    """The [vector store](/docs/api-reference/vector-stores/object) attached to this thread. There can be a maximum of 1 vector store attached to the thread."""


class ToolResources(TypedDict, total=False):
    """A set of resources that are made available to the assistant's tools in this thread. The resources are specific to the type of tool. For example, the `code_interpreter` tool requires a list of file IDs, while the `file_search` tool requires a list of vector store IDs."""

    code_interpreter: ToolResourcesCodeInterpreter
    file_search: ToolResourcesFileSearch


class ThreadUpdateParams(TypedDict, total=False):
    tool_resources: Optional[ToolResources]
    metadata: Optional[Metadata]
