# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Union

from typing_extensions import TypeAlias

__all__ = [
    "VectorStoreFileAttributesParam",
]


VectorStoreFileAttributesParam: TypeAlias = Dict[str, Union[str, float, bool]]
