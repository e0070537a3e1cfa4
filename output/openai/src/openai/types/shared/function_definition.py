# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from ..._models import BaseModel
from ...types.shared.function_parameters import FunctionParameters

__all__ = [
    "FunctionDefinition",
]


class FunctionDefinition(BaseModel):
    description: Optional[str] = None
    """A description of what the function does, used by the model to choose when and how to call the function."""

    name: str
    """The name of the function to be called. Must be a-z, A-Z, 0-9, or contain underscores and dashes, with a maximum length of 64."""

    parameters: Optional[FunctionParameters] = None
    """The parameters the functions accepts, described as a JSON Schema object. See the [guide](/docs/guides/function-calling) for examples, and the [JSON Schema reference](https://json-schema.org/understanding-json-schema/) for documentation about the format. 

    Omitting `parameters` defines a function with an empty parameter list."""

    strict: Optional[bool] = None
