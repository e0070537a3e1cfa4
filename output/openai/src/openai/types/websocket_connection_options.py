"""Options for the WebSocket of `client.realtime.connect(...)` and `client.beta.realtime.connect(...)`,
handed unchanged to the `websockets` library's `connect` (its asyncio or sync client)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Optional, Sequence, Tuple, Union

from typing_extensions import TypeAlias, TypedDict

if TYPE_CHECKING:
    from websockets import Subprotocol
    from websockets.extensions import ClientExtensionFactory

__all__ = ["WebSocketConnectionOptions", "WebsocketConnectionOptions"]


class WebSocketConnectionOptions(TypedDict, total=False):
    """A subset of the keyword arguments of `websockets`' client `connect`; see
    https://websockets.readthedocs.io/en/stable/reference/asyncio/client.html for what each does.
    Keys not listed here are passed on as well (e.g. `open_timeout`, `ping_interval`, `proxy`)."""

    extensions: Optional[Sequence[ClientExtensionFactory]]
    """Extensions to negotiate, most preferred first."""

    subprotocols: Optional[Sequence[Subprotocol]]
    """Subprotocols to offer, most preferred first."""

    compression: Optional[str]
    """`"deflate"` (the default) turns on the permessage-deflate extension; `None` turns it off."""

    max_size: Optional[int]
    """Largest incoming message accepted, in bytes (`None`: no limit)."""

    max_queue: Union[int, None, Tuple[Union[int, None], Union[int, None]]]
    """High-water mark of the buffer of received frames, or a (high, low) pair (`None`: no flow
    control)."""

    write_limit: Union[int, Tuple[int, Union[int, None]]]
    """High-water mark of the outgoing buffer in bytes, or a (high, low) pair. Only the asyncio
    client has it: the sync client ignores this key."""


# the spelling of earlier releases
WebsocketConnectionOptions: TypeAlias = WebSocketConnectionOptions
