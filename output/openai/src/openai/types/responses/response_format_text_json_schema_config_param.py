# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import Annotated, Literal, Required, TypedDict

from ..._utils import PropertyInfo

__all__ = [
    "ResponseFormatTextJSONSchemaConfigParam",
]


class ResponseFormatTextJSONSchemaConfigParam(TypedDict, total=False):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](/docs/guides/structured-outputs)."""

    type: Required[Literal["json_schema"]]
    """The type of response format being defined. Always `json_schema`."""

    description: str
    """A description of what the response format is for, used by the model to
    determine how to respond in the format."""

    name: Required[str]
    """The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64."""

    schema_: Required[Annotated[Dict[str, object], PropertyInfo(alias="schema")]]
    """The schema for the response format, described as a JSON Schema object.
    Learn how to build JSON schemas [here](https://json-schema.org/)."""

    strict: Optional[bool]
