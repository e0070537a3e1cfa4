# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Optional, Union

from typing_extensions import TypeAlias

__all__ = [
    "StopConfiguration",
]


StopConfiguration: TypeAlias = Union[Optional[str], List[str], None]
"""Not supported with latest reasoning models `o3` and `o4-mini`.

Up to 4 sequences where the API will stop generating further tokens. The
returned text will not contain the stop sequence."""
