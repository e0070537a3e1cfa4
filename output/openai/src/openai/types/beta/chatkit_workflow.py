# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional, Union

from ..._models import BaseModel
from ...types.beta.chatkit.chatkit_workflow_tracing import ChatKitWorkflowTracing

__all__ = [
    "ChatKitWorkflow",
]


class ChatKitWorkflow(BaseModel):
    """Workflow metadata and state returned for the session."""

    id: str
    """Identifier of the workflow backing the session."""

    version: Optional[str] = None
    state_variables: Optional[Dict[str, Union[str, int, bool, float]]] = None
    tracing: ChatKitWorkflowTracing
    """Tracing settings applied to the workflow."""
