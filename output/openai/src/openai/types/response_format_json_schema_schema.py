# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict

from typing_extensions import TypeAlias

__all__ = [
    "ResponseFormatJSONSchemaSchema",
]


ResponseFormatJSONSchemaSchema: TypeAlias = Dict[str, object]
"""The schema for the response format, described as a JSON Schema object.
Learn how to build JSON schemas [here](https://json-schema.org/)."""
