# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Literal, Required, TypeAlias, TypedDict

from ..types.container_auto_param_param import ContainerAutoParamParam
from ..types.container_reference_param_param import ContainerReferenceParamParam
from ..types.local_environment_param_param import LocalEnvironmentParamParam

__all__ = [
    "Environment",
    "FunctionShellToolParamParam",
]


Environment: TypeAlias = Union[ContainerAutoParamParam, LocalEnvironmentParamParam, ContainerReferenceParamParam]


class FunctionShellToolParamParam(TypedDict, total=False):
    """A tool that allows the model to execute shell commands."""

    type: Required[Literal["shell"]]
    """The type of the shell tool. Always `shell`."""

    environment: Optional[Environment]
