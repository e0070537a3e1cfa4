"""`client.beta.chat`: the chat resource under `beta`, as 1.x code reaches it
(`client.beta.chat.completions.parse(...)`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._compat import cached_property
from .._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from ..resources.chat import AsyncChat, Chat

__all__ = ["BetaHelpers", "AsyncBetaHelpers"]


class BetaHelpers(SyncAPIResource):
    @cached_property
    def chat(self) -> Chat:
        from ..resources.chat import Chat

        return Chat(self._client)


class AsyncBetaHelpers(AsyncAPIResource):
    @cached_property
    def chat(self) -> AsyncChat:
        from ..resources.chat import AsyncChat

        return AsyncChat(self._client)
