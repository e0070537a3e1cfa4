# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import importlib as _importlib
import typing as _t
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

import httpx as _httpx

from . import _exceptions as _exceptions
from ._base_client import DefaultAsyncHttpxClient, DefaultHttpxClient
from ._client import AsyncClient, AsyncOpenAI, Client, OpenAI
from ._constants import DEFAULT_CONNECTION_LIMITS, DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    NotFoundError,
    OpenAIError,
    PermissionDeniedError,
    RateLimitError,
    StreamInterruptedError,
    UnprocessableEntityError,
)
from ._types import (
    NOT_GIVEN,
    NoneType,
    NotGiven,
    Omit,
    ProxiesTypes,
    RequestOptions,
    Timeout,
    Transport,
    not_given,
    omit,
)
from ._utils import file_from_path
from ._utils._logs import setup_logging as _setup_logging
from ._version import __title__, __version__

if _TYPE_CHECKING:
    from . import pagination as pagination
    from . import resources as resources
    from . import types as types
    from ._base_client import DefaultAioHttpClient as DefaultAioHttpClient
    from ._models import BaseModel as BaseModel
    from ._response import (
        APIResponse as APIResponse,
    )
    from ._response import (
        AsyncAPIResponse as AsyncAPIResponse,
    )
    from ._response import (
        HttpxBinaryResponseContent as HttpxBinaryResponseContent,
    )
    from ._streaming import AsyncStream as AsyncStream
    from ._streaming import Stream as Stream
    from .auth._workload import OAuthError as OAuthError
    from .lib._finish_reason_errors import ContentFilterFinishReasonError as ContentFilterFinishReasonError
    from .lib._finish_reason_errors import LengthFinishReasonError as LengthFinishReasonError
    from .lib._tools import pydantic_function_tool as pydantic_function_tool
    from .lib._v0_names import Audio as Audio
    from .lib._v0_names import ChatCompletion as ChatCompletion
    from .lib._v0_names import Completion as Completion
    from .lib._v0_names import Customer as Customer
    from .lib._v0_names import Deployment as Deployment
    from .lib._v0_names import Edit as Edit
    from .lib._v0_names import Embedding as Embedding
    from .lib._v0_names import Engine as Engine
    from .lib._v0_names import ErrorObject as ErrorObject
    from .lib._v0_names import File as File
    from .lib._v0_names import FineTune as FineTune
    from .lib._v0_names import FineTuningJob as FineTuningJob
    from .lib._v0_names import Image as Image
    from .lib._v0_names import Model as Model
    from .lib._v0_names import Moderation as Moderation
    from .lib._webhook_signature import InvalidWebhookSignatureError as InvalidWebhookSignatureError
    from .lib.azure import AsyncAzureOpenAI as AsyncAzureOpenAI
    from .lib.azure import AzureOpenAI as AzureOpenAI
    from .lib.bedrock import AsyncBedrockOpenAI as AsyncBedrockOpenAI
    from .lib.bedrock import BedrockOpenAI as BedrockOpenAI
    from .lib.realtime._common import WebSocketConnectionClosedError as WebSocketConnectionClosedError
    from .lib.realtime._common import WebSocketQueueFullError as WebSocketQueueFullError
    from .lib.streaming._assistants import AssistantEventHandler as AssistantEventHandler
    from .lib.streaming._assistants import AsyncAssistantEventHandler as AsyncAssistantEventHandler
    from .types.websocket_reconnection import ReconnectingEvent as ReconnectingEvent
    from .types.websocket_reconnection import ReconnectingOverrides as ReconnectingOverrides
    from .version import VERSION as VERSION

__all__ = [
    "types",
    "resources",
    "__version__",
    "__title__",
    "NoneType",
    "Transport",
    "ProxiesTypes",
    "NotGiven",
    "NOT_GIVEN",
    "not_given",
    "Omit",
    "omit",
    "OpenAIError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "APIConnectionError",
    "StreamInterruptedError",
    "APIResponseValidationError",
    "BadRequestError",
    "AuthenticationError",
    "PermissionDeniedError",
    "NotFoundError",
    "ConflictError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "Timeout",
    "RequestOptions",
    "Client",
    "AsyncClient",
    "Stream",
    "AsyncStream",
    "OpenAI",
    "AsyncOpenAI",
    "file_from_path",
    "BaseModel",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
    "AzureOpenAI",
    "AsyncAzureOpenAI",
    "AssistantEventHandler",
    "AsyncAssistantEventHandler",
    "AsyncBedrockOpenAI",
    "Audio",
    "BedrockOpenAI",
    "ChatCompletion",
    "Completion",
    "ContentFilterFinishReasonError",
    "Customer",
    "Deployment",
    "Edit",
    "Embedding",
    "Engine",
    "ErrorObject",
    "File",
    "FineTune",
    "FineTuningJob",
    "Image",
    "InvalidWebhookSignatureError",
    "LengthFinishReasonError",
    "Model",
    "Moderation",
    "OAuthError",
    "ReconnectingEvent",
    "ReconnectingOverrides",
    "VERSION",
    "WebSocketConnectionClosedError",
    "WebSocketQueueFullError",
    "pydantic_function_tool",
]

_setup_logging()

# Show public classes as `openai.X` rather than `openai._module.X` (reprs, tracebacks).
__locals = locals()
for __name in __all__:
    if not __name.startswith("__"):
        try:
            __locals[__name].__module__ = "openai"
        except (TypeError, AttributeError, KeyError):
            pass

# Submodules and optional classes are imported on first access to keep `import openai` fast;
# pydantic in particular is first imported by `BaseModel`, a type module or a request.
_LAZY_SUBMODULES = frozenset({"types", "resources", "pagination", "lib"})
_LAZY_ATTRIBUTES = {
    "BaseModel": "_models",
    "Stream": "_streaming",
    "AsyncStream": "_streaming",
    "APIResponse": "_response",
    "AsyncAPIResponse": "_response",
    "HttpxBinaryResponseContent": "_response",
    "AssistantEventHandler": "lib.streaming._assistants",
    "AsyncAssistantEventHandler": "lib.streaming._assistants",
    "AsyncBedrockOpenAI": "lib.bedrock",
    "Audio": "lib._v0_names",
    "BedrockOpenAI": "lib.bedrock",
    "ChatCompletion": "lib._v0_names",
    "Completion": "lib._v0_names",
    "ContentFilterFinishReasonError": "lib._finish_reason_errors",
    "Customer": "lib._v0_names",
    "Deployment": "lib._v0_names",
    "Edit": "lib._v0_names",
    "Embedding": "lib._v0_names",
    "Engine": "lib._v0_names",
    "ErrorObject": "lib._v0_names",
    "File": "lib._v0_names",
    "FineTune": "lib._v0_names",
    "FineTuningJob": "lib._v0_names",
    "Image": "lib._v0_names",
    "InvalidWebhookSignatureError": "lib._webhook_signature",
    "LengthFinishReasonError": "lib._finish_reason_errors",
    "Model": "lib._v0_names",
    "Moderation": "lib._v0_names",
    "OAuthError": "auth._workload",
    "ReconnectingEvent": "types.websocket_reconnection",
    "ReconnectingOverrides": "types.websocket_reconnection",
    "VERSION": "version",
    "WebSocketConnectionClosedError": "lib.realtime._common",
    "WebSocketQueueFullError": "lib.realtime._common",
    "pydantic_function_tool": "lib._tools",
}
_MODULE_RESOURCES = frozenset(
    {
        "admin",
        "audio",
        "batches",
        "beta",
        "chat",
        "completions",
        "containers",
        "conversations",
        "embeddings",
        "evals",
        "files",
        "fine_tuning",
        "images",
        "models",
        "moderations",
        "realtime",
        "responses",
        "skills",
        "uploads",
        "vector_stores",
        "videos",
        "webhooks",
    }
)


def __getattr__(name: str) -> _Any:
    if name in _LAZY_SUBMODULES:
        return _importlib.import_module(f"{__name__}.{name}")
    if name in _LAZY_ATTRIBUTES:
        value = getattr(_importlib.import_module(f"{__name__}.{_LAZY_ATTRIBUTES[name]}"), name)
        if name in __all__:
            try:
                value.__module__ = __name__
            except (TypeError, AttributeError):
                pass  # a constant (`VERSION`) has no module to show
        globals()[name] = value
        return value
    if name == "DefaultAioHttpClient":
        from ._base_client import _make_aiohttp_client_cls

        return _make_aiohttp_client_cls()
    if name in ("AzureOpenAI", "AsyncAzureOpenAI"):
        from .lib import azure as _azure

        return getattr(_azure, name)
    if name in _MODULE_RESOURCES:
        return getattr(_load_client(), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ------------------------------------------------------------------------------------------
# Module level client: `openai.api_key = ...` then `openai.<resource>.<method>(...)`.
# The client is built on first use; its settings are read from this module on every request.
# ------------------------------------------------------------------------------------------

api_key: str | None = None

admin_api_key: str | None = None

organization: str | None = None

project: str | None = None

webhook_secret: str | None = None

websocket_base_url: str | _httpx.URL | None = None

base_url: str | _httpx.URL | None = None

timeout: float | Timeout | None = DEFAULT_TIMEOUT

max_retries: int = DEFAULT_MAX_RETRIES

default_headers: _t.Mapping[str, str] | None = None

default_query: _t.Mapping[str, object] | None = None

http_client: _httpx.Client | None = None

api_type: _t.Optional[_t.Literal["openai", "azure"]] = None

api_version: str | None = None

azure_endpoint: str | None = None

azure_ad_token: str | None = None

azure_ad_token_provider: _t.Optional[_t.Callable[[], str]] = None


class _ModuleClient(OpenAI):
    # Settings are read from the module globals each time, so `openai.<setting> = ...`
    # applies to the next request even through previously fetched resource objects.

    @property
    def api_key(self) -> str | None:  # pyright: ignore[reportIncompatibleVariableOverride]
        return api_key if api_key is not None else self.__dict__.get("_fallback_api_key")

    @api_key.setter
    def api_key(self, value: str | None) -> None:  # pyright: ignore[reportIncompatibleVariableOverride]
        self.__dict__["_fallback_api_key"] = value

    @property
    def admin_api_key(self) -> str | None:  # pyright: ignore[reportIncompatibleVariableOverride]
        return admin_api_key if admin_api_key is not None else self.__dict__.get("_fallback_admin_api_key")

    @admin_api_key.setter
    def admin_api_key(self, value: str | None) -> None:  # pyright: ignore[reportIncompatibleVariableOverride]
        self.__dict__["_fallback_admin_api_key"] = value

    @property
    def organization(self) -> str | None:  # pyright: ignore[reportIncompatibleVariableOverride]
        return organization if organization is not None else self.__dict__.get("_fallback_organization")

    @organization.setter
    def organization(self, value: str | None) -> None:  # pyright: ignore[reportIncompatibleVariableOverride]
        self.__dict__["_fallback_organization"] = value

    @property
    def project(self) -> str | None:  # pyright: ignore[reportIncompatibleVariableOverride]
        return project if project is not None else self.__dict__.get("_fallback_project")

    @project.setter
    def project(self, value: str | None) -> None:  # pyright: ignore[reportIncompatibleVariableOverride]
        self.__dict__["_fallback_project"] = value

    @property
    def webhook_secret(self) -> str | None:  # pyright: ignore[reportIncompatibleVariableOverride]
        return webhook_secret if webhook_secret is not None else self.__dict__.get("_fallback_webhook_secret")

    @webhook_secret.setter
    def webhook_secret(self, value: str | None) -> None:  # pyright: ignore[reportIncompatibleVariableOverride]
        self.__dict__["_fallback_webhook_secret"] = value

    @property
    def websocket_base_url(self) -> str | _httpx.URL | None:  # pyright: ignore[reportIncompatibleVariableOverride]
        return (
            websocket_base_url if websocket_base_url is not None else self.__dict__.get("_fallback_websocket_base_url")
        )

    @websocket_base_url.setter
    def websocket_base_url(self, value: str | _httpx.URL | None) -> None:  # pyright: ignore[reportIncompatibleVariableOverride]
        self.__dict__["_fallback_websocket_base_url"] = value

    # (the module's `base_url` value, its parsed URL): one URL object while the value is unchanged,
    # which keeps `_prepare_url`'s cache of the base's string form valid.
    _module_base_url: _t.Optional[_t.Tuple[_t.Any, _httpx.URL]] = None

    @property
    def base_url(self) -> _httpx.URL:  # pyright: ignore[reportIncompatibleVariableOverride]
        if base_url is None:
            return self._base_url
        cached = self._module_base_url
        if cached is None or cached[0] is not base_url:
            cached = (base_url, self._enforce_trailing_slash(_httpx.URL(str(base_url))))
            self._module_base_url = cached
        return cached[1]

    @base_url.setter
    def base_url(self, url: _httpx.URL | str) -> None:
        self._base_url = self._enforce_trailing_slash(url if isinstance(url, _httpx.URL) else _httpx.URL(url))

    @property
    def timeout(self) -> float | Timeout | None:  # pyright: ignore[reportIncompatibleVariableOverride]
        return timeout

    @timeout.setter
    def timeout(self, value: float | Timeout | None) -> None:  # pyright: ignore[reportIncompatibleVariableOverride]
        return

    @property
    def max_retries(self) -> int:  # pyright: ignore[reportIncompatibleVariableOverride]
        return max_retries

    @max_retries.setter
    def max_retries(self, value: int) -> None:  # pyright: ignore[reportIncompatibleVariableOverride]
        return

    @property
    def _custom_headers(self) -> _t.Mapping[str, str]:  # pyright: ignore[reportIncompatibleVariableOverride]
        return default_headers or {}

    @_custom_headers.setter
    def _custom_headers(self, value: _t.Any) -> None:
        return

    @property
    def _custom_query(self) -> _t.Mapping[str, object]:  # pyright: ignore[reportIncompatibleVariableOverride]
        return default_query or {}

    @_custom_query.setter
    def _custom_query(self, value: _t.Any) -> None:
        return

    def _copy_class(self) -> type:
        # `with_options()` on the module client gives a regular, independent client.
        return OpenAI

    def _prepare_options(self, options: _t.Any) -> _t.Any:
        # A missing key is reported by the first request, not by `openai.<resource>`: the
        # key may be set (or exported) after the resources are looked up.
        if not self.api_key:
            exported = _os_environ().get("OPENAI_API_KEY")
            if exported:
                self.__dict__["_fallback_api_key"] = exported  # what the property falls back to
                return super()._prepare_options(options)
            raise _exceptions.OpenAIError(
                "The api_key client option must be set either by setting `openai.api_key`"
                " or the OPENAI_API_KEY environment variable"
            )
        return super()._prepare_options(options)


_client: OpenAI | None = None
_client_key: _t.Any = None


def _load_client() -> OpenAI:  # pyright: ignore[reportUnusedFunction]
    global _client, _client_key
    if _is_azure():
        from .lib.azure import AzureOpenAI

        key: _t.Any = (
            "azure",
            api_key,
            admin_api_key,
            organization,
            project,
            webhook_secret,
            websocket_base_url,
            base_url,
            timeout,
            max_retries,
            default_headers,
            default_query,
            http_client,
            api_version,
            azure_endpoint,
            azure_ad_token,
            azure_ad_token_provider,
        )
        if _client is None or _client_key != key:
            _client = AzureOpenAI(
                api_version=api_version,
                azure_endpoint=azure_endpoint if base_url is None else None,
                api_key=api_key,
                azure_ad_token=azure_ad_token,
                azure_ad_token_provider=azure_ad_token_provider,
                admin_api_key=admin_api_key,
                organization=organization,
                project=project,
                webhook_secret=webhook_secret,
                websocket_base_url=websocket_base_url,
                base_url=base_url,
                timeout=timeout,
                max_retries=max_retries,
                default_headers=default_headers,
                default_query=default_query,
                http_client=http_client,
            )
            _client_key = key
        return _client

    key = ("default", http_client)
    if _client is None or _client_key != key:
        _client = _ModuleClient(
            # "": no key yet; the first request reports it (see `_ModuleClient._prepare_options`)
            api_key=api_key if api_key is not None else (_os_environ().get("OPENAI_API_KEY") or ""),
            admin_api_key=admin_api_key,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
        )
        _client_key = key
    return _client


def _is_azure() -> bool:
    if api_type is not None:
        return api_type == "azure"
    import os

    if azure_endpoint is not None or azure_ad_token is not None or azure_ad_token_provider is not None:
        return True
    return "AZURE_OPENAI_ENDPOINT" in os.environ and "OPENAI_API_KEY" not in os.environ


def _os_environ() -> _t.Mapping[str, str]:
    import os

    return os.environ


def _reset_client() -> None:  # pyright: ignore[reportUnusedFunction]
    """Drops the module client (the next use builds a new one)."""
    global _client, _client_key
    _client = None
    _client_key = None
