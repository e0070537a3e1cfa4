# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypedDict

__all__ = [
    "ComputerCallSafetyCheckParamParam",
]


class ComputerCallSafetyCheckParamParam(TypedDict, total=False):
    """A pending safety check for the computer call."""

    id: Required[str]
    """The ID of the pending safety check."""

    code: Optional[str]
    message: Optional[str]
