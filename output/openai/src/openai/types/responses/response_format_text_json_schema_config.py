# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from pydantic import Field as FieldInfo
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = [
    "ResponseFormatTextJSONSchemaConfig",
]


class ResponseFormatTextJSONSchemaConfig(BaseModel):
    """JSON Schema response format. Used to generate structured JSON responses.
    Learn more about [Structured Outputs](/docs/guides/structured-outputs)."""

    type: Literal["json_schema"]
    """The type of response format being defined. Always `json_schema`."""

    description: Optional[str] = None
    """A description of what the response format is for, used by the model to
    determine how to respond in the format."""

    name: str
    """The name of the response format. Must be a-z, A-Z, 0-9, or contain
    underscores and dashes, with a maximum length of 64."""

    schema_: Dict[str, object] = FieldInfo(alias="schema")
    """The schema for the response format, described as a JSON Schema object.
    Learn how to build JSON schemas [here](https://json-schema.org/)."""

    strict: Optional[bool] = None
