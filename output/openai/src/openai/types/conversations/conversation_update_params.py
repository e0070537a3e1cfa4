# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Required, TypedDict

from ...types.shared_params.metadata import Metadata

__all__ = [
    "ConversationUpdateParams",
]


class ConversationUpdateParams(TypedDict, total=False):
    metadata: Required[Optional[Metadata]]
    """Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.
            Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters."""
