"""Opening the Realtime WebSocket for a client: the URL, the handshake headers and the call into
`websockets` (imported here, on first use, so that `import openai` does not need it).

The URL is the client's `websocket_base_url`, else its `base_url` with `http` -> `ws` and
`https` -> `wss`, plus `/realtime`; its query is the base URL's, the client's `default_query`,
`model`, `extra_query` and `call_id`. The headers are OpenAI-Organization / OpenAI-Project, the
client's auth header (its api_key function, if it has one, is called first), the client's
`default_headers`, `OpenAI-Beta: realtime=v1` for the beta API, then `extra_headers` (an `omit`
value there removes a header). Azure clients connect to `<base_url>/realtime` (`wss`) or
`<websocket_base_url>/realtime` with `api-version` and `deployment` (the client's
`azure_deployment`, else `model`) and authenticate with `api-key`, or else the Entra ID token."""

from __future__ import annotations

import inspect
import logging
from typing import TYPE_CHECKING, Any, Callable, Dict, Mapping, Optional, Tuple, Union, cast

import httpx

from ..._exceptions import OpenAIError
from ..._types import Headers, NotGiven, Omit, Query
from ..._utils._logs import redact_headers, redact_url
from ...types.websocket_connection_options import WebSocketConnectionOptions

if TYPE_CHECKING:
    from websockets.asyncio.client import ClientConnection as AsyncWebSocketConnection
    from websockets.sync.client import ClientConnection as WebSocketConnection

    from ..._client import AsyncOpenAI, OpenAI

__all__ = ["MISSING_WEBSOCKETS", "open_websocket", "open_async_websocket"]

log: logging.Logger = logging.getLogger("openai.realtime")

MISSING_WEBSOCKETS = (
    "The Realtime API needs the `websockets` package, which is not installed;"
    " install it with `pip install openai[realtime]`"
)
_AZURE_NEEDS_MODEL = "An Azure realtime connection needs `model`: the name of the deployment"


def _sync_connect() -> Callable[..., WebSocketConnection]:
    try:
        from websockets.sync.client import connect
    except ImportError as exc:
        raise OpenAIError(MISSING_WEBSOCKETS) from exc
    return connect


def _async_connect() -> Callable[..., Any]:
    try:
        from websockets.asyncio.client import connect
    except ImportError as exc:
        raise OpenAIError(MISSING_WEBSOCKETS) from exc
    return connect


def _checked_key(key: object) -> str:
    if not isinstance(key, str) or not key:
        got = "an empty string" if key == "" else f"a {type(key).__name__}"  # never the value: it is a secret
        raise OpenAIError(f"The api_key function returned {got}; it must return the key as a non-empty string")
    return key


def _key_provider(client: object) -> Optional[Callable[[], object]]:
    provider: object = getattr(client, "_api_key_provider", None)
    return cast(Callable[[], object], provider) if callable(provider) else None


def _without_omitted(items: Mapping[str, object]) -> Dict[str, object]:
    return {key: value for key, value in items.items() if not isinstance(value, (Omit, NotGiven))}


def _with_path(base: httpx.URL, params: Mapping[str, object], endpoint: str = "realtime") -> httpx.URL:
    """`base` + `/<endpoint>`, with `params` as its query."""
    path = base.raw_path.split(b"?", 1)[0].rstrip(b"/") + b"/" + endpoint.encode("ascii")
    return base.copy_with(raw_path=path).copy_with(params=cast(Any, _without_omitted(params)))


def _openai_url(
    client: Union[OpenAI, AsyncOpenAI], model: Optional[str], query: Query, endpoint: str = "realtime"
) -> httpx.URL:
    if client.websocket_base_url is not None:
        base = httpx.URL(str(client.websocket_base_url))
    else:
        base = client.base_url
        base = base.copy_with(scheme="ws" if base.scheme == "http" else "wss")
    params: Dict[str, object] = {**base.params, **client._custom_query}
    if model is not None:
        params["model"] = model
    return _with_path(base, {**params, **query}, endpoint)


def _azure_url(client: Any, model: Optional[str], query: Query, endpoint: str = "realtime") -> httpx.URL:
    params: Dict[str, object] = {**query, "api-version": client._api_version}
    if endpoint == "realtime":  # a realtime session runs on a deployment
        params["deployment"] = client._azure_deployment or model
    if client.websocket_base_url is not None:
        return _with_path(httpx.URL(str(client.websocket_base_url)), params, endpoint)
    url = cast(httpx.URL, client._prepare_url("/" + endpoint))
    return url.copy_with(scheme="wss", params=cast(Any, _without_omitted(params)))


def _azure_api_key(client: Any) -> Optional[str]:
    from ..azure import API_KEY_SENTINEL

    key = cast(Optional[str], client._azure_api_key)
    return key if key and key != API_KEY_SENTINEL else None


def _headers(
    client: Union[OpenAI, AsyncOpenAI], auth: Mapping[str, str], *, beta: bool, extra_headers: Headers
) -> Dict[str, str]:
    merged: Dict[str, Tuple[str, object]] = {}  # lower-case name -> (name, value)

    def put(items: Mapping[str, object]) -> None:
        for name, value in items.items():
            merged[name.lower()] = (name, value)

    if client.organization is not None:
        put({"OpenAI-Organization": client.organization})
    if client.project is not None:
        put({"OpenAI-Project": client.project})
    put(auth)
    put(client._custom_headers)
    if beta:
        put({"OpenAI-Beta": "realtime=v1"})
    put(extra_headers)
    return {name: str(value) for name, value in merged.values() if not isinstance(value, (Omit, NotGiven))}


def _connect_kwargs(options: WebSocketConnectionOptions, *, sync: bool) -> Dict[str, Any]:
    kwargs: Dict[str, Any] = dict(options)
    if sync:
        kwargs.pop("write_limit", None)  # an asyncio-client option: the sync client has no such argument
    return kwargs


def _log(url: httpx.URL, headers: Mapping[str, str], options: WebSocketConnectionOptions) -> None:
    if log.isEnabledFor(logging.DEBUG):
        log.debug("Connecting to %s with headers %s", redact_url(url), redact_headers(headers))
        if options:
            log.debug("Connection options: %s", options)


def _query(extra_query: Query, call_id: Optional[str]) -> Dict[str, object]:
    query = dict(extra_query)
    if call_id is not None:
        query["call_id"] = call_id
    return query


def open_websocket(
    client: OpenAI,
    *,
    model: Optional[str],
    call_id: Optional[str],
    extra_query: Query,
    extra_headers: Headers,
    options: WebSocketConnectionOptions,
    beta: bool,
    endpoint: str = "realtime",
) -> WebSocketConnection:
    """Opens the WebSocket for a sync client (`websockets.sync.client.connect`)."""
    connect = _sync_connect()
    provider = _key_provider(client)
    if provider is not None:
        client.api_key = _checked_key(provider())
    from ..azure import AzureOpenAI

    query = _query(extra_query, call_id)
    if isinstance(client, AzureOpenAI):
        if not model and endpoint == "realtime":
            raise OpenAIError(_AZURE_NEEDS_MODEL)
        url = _azure_url(client, model, query, endpoint)
        key = _azure_api_key(client)
        token = None if key else client._get_azure_ad_token()
        auth = {"api-key": key} if key else {"Authorization": f"Bearer {token}"} if token else {}
    else:
        url = _openai_url(client, model, query, endpoint)
        auth = client.auth_headers
    headers = _headers(client, auth, beta=beta, extra_headers=extra_headers)
    _log(url, headers, options)
    websocket = connect(
        str(url), user_agent_header=client.user_agent, additional_headers=headers, **_connect_kwargs(options, sync=True)
    )
    # entering it tells websockets (17.1+) that its closing is taken care of, which a direct
    # `connect()` call is otherwise warned about; it returns the connection itself
    return websocket.__enter__()


async def open_async_websocket(
    client: AsyncOpenAI,
    *,
    model: Optional[str],
    call_id: Optional[str],
    extra_query: Query,
    extra_headers: Headers,
    options: WebSocketConnectionOptions,
    beta: bool,
    endpoint: str = "realtime",
) -> AsyncWebSocketConnection:
    """Opens the WebSocket for an async client (`websockets.asyncio.client.connect`)."""
    connect = _async_connect()
    provider = _key_provider(client)
    if provider is not None:
        new_key = provider()
        if inspect.isawaitable(new_key):
            new_key = await new_key
        client.api_key = _checked_key(new_key)
    from ..azure import AsyncAzureOpenAI

    query = _query(extra_query, call_id)
    if isinstance(client, AsyncAzureOpenAI):
        if not model and endpoint == "realtime":
            raise OpenAIError(_AZURE_NEEDS_MODEL)
        url = _azure_url(client, model, query, endpoint)
        key = _azure_api_key(client)
        token = None if key else await client._get_azure_ad_token()
        auth = {"api-key": key} if key else {"Authorization": f"Bearer {token}"} if token else {}
    else:
        url = _openai_url(client, model, query, endpoint)
        auth = client.auth_headers
    headers = _headers(client, auth, beta=beta, extra_headers=extra_headers)
    _log(url, headers, options)
    websocket = await connect(
        str(url),
        user_agent_header=client.user_agent,
        additional_headers=headers,
        **_connect_kwargs(options, sync=False),
    )
    return cast("AsyncWebSocketConnection", websocket)
