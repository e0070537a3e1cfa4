# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Literal, Required, TypedDict

from .._types import SequenceNotStr

__all__ = [
    "LocalShellExecActionParam",
]


class LocalShellExecActionParam(TypedDict, total=False):
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
