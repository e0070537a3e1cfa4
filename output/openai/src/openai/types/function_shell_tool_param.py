# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from .._models import BaseModel
from .._utils import PropertyInfo
from ..types.container_auto_param import ContainerAutoParam
from ..types.container_reference_param import ContainerReferenceParam
from ..types.local_environment_param import LocalEnvironmentParam

__all__ = [
    "Environment",
    "FunctionShellToolParam",
]


Environment: TypeAlias = Annotated[
    Union[ContainerAutoParam, LocalEnvironmentParam, ContainerReferenceParam], PropertyInfo(discriminator="type")
]


class FunctionShellToolParam(BaseModel):
    """A tool that allows the model to execute shell commands."""

    type: Literal["shell"]
    """The type of the shell tool. Always `shell`."""

    environment: Optional[Environment] = None
