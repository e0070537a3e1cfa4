# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union

from typing_extensions import Required, TypedDict

from ....types.beta.chatkit.workflow_tracing_param import WorkflowTracingParam

__all__ = [
    "ChatSessionWorkflowParam",
]


class ChatSessionWorkflowParam(TypedDict, total=False):
    """Workflow reference and overrides applied to the chat session."""

    id: Required[str]
    """Identifier for the workflow invoked by the session."""

    version: str
    """Specific workflow version to run. Defaults to the latest deployed version."""

    state_variables: Dict[str, Union[str, int, bool, float]]
    """State variables forwarded to the workflow. Keys may be up to 64 characters, values must be primitive types, and the map defaults to an empty object."""

    tracing: WorkflowTracingParam
    """Optional tracing overrides for the workflow invocation. When omitted, tracing is enabled by default."""
