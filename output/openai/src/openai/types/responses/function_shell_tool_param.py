# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ...types.responses.container_auto_param import ContainerAutoParam
from ...types.responses.container_reference_param import ContainerReferenceParam
from ...types.responses.local_environment_param import LocalEnvironmentParam

__all__ = [
    "Environment",
    "FunctionShellToolParam",
]


Environment: TypeAlias = Union[ContainerAutoParam, LocalEnvironmentParam, ContainerReferenceParam]


class FunctionShellToolParam(TypedDict, total=False):
    """A tool that allows the model to execute shell commands."""

    type: Required[Literal["shell"]]
    """The type of the shell tool. Always `shell`."""

    environment: Optional[Environment]
