# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, List, Optional

from typing_extensions import Literal

from .._models import BaseModel

__all__ = [
    "LocalShellExecAction",
]


class LocalShellExecAction(BaseModel):
    """Execute a shell command on the server."""

    type: Literal["exec"]
    """The type of the local shell action. Always `exec`."""

    command: List[str]
    """The command to run."""

    timeout_ms: Optional[int] = None
    working_directory: Optional[str] = None
    env: Dict[str, str]
    """Environment variables to set for the command."""

    user: Optional[str] = None
