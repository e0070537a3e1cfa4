# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Dict, Optional

from typing_extensions import TypeAlias

__all__ = [
    "Metadata",
]


Metadata: TypeAlias = Optional[Dict[str, str]]
