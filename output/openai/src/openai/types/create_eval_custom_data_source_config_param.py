# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "CreateEvalCustomDataSourceConfigParam",
]


class CreateEvalCustomDataSourceConfigParam(TypedDict, total=False):
    """A CustomDataSourceConfig object that defines the schema for the data source used for the evaluation runs.
    This schema is used to define the shape of the data that will be:
    - Used to define your testing criteria and
    - What data is required when creating a run"""

    type: Required[Literal["custom"]]
    """The type of data source. Always `custom`."""

    item_schema: Required[Dict[str, object]]
    """The json schema for each row in the data source."""

    include_sample_schema: bool
    """Whether the eval should expect you to populate the sample namespace (ie, by generating responses off of your data source)"""
