# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Union

from typing_extensions import Required, TypedDict

from ..._types import FileTypes

__all__ = [
    "VersionCreateParams",
]


class VersionCreateParams(TypedDict, total=False):
    files: Required[Union[Iterable[FileTypes], FileTypes]]
    default: bool
    """Whether to set this version as the default."""
