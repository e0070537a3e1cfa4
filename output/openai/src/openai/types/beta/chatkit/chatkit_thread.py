# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional, Union

from typing_extensions import Annotated, Literal, TypeAlias

from ...._models import BaseModel
from ...._utils import PropertyInfo
from ....types.beta.chatkit.active_status import ActiveStatus
from ....types.beta.chatkit.closed_status import ClosedStatus
from ....types.beta.chatkit.locked_status import LockedStatus

__all__ = [
    "Status",
    "ChatKitThread",
]


Status: TypeAlias = Annotated[Union[ActiveStatus, LockedStatus, ClosedStatus], PropertyInfo(discriminator="type")]
"""Current status for the thread. Defaults to `active` for newly created threads."""


class ChatKitThread(BaseModel):
    """Represents a ChatKit thread and its current status."""

    id: str
    """Identifier of the thread."""

    object: Literal["chatkit.thread"]
    """Type discriminator that is always `chatkit.thread`."""

    created_at: int
    """Unix timestamp (in seconds) for when the thread was created."""

    title: Optional[str] = None
    status: Status
    """Current status for the thread. Defaults to `active` for newly created threads."""

    user: str
    """Free-form string that identifies your end user who owns the thread."""
