# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import importlib as _importlib
from typing import TYPE_CHECKING as _TYPE_CHECKING
from typing import Any as _Any

from . import _exceptions as _exceptions
from ._base_client import DefaultAsyncHttpxClient, DefaultHttpxClient
from ._client import AsyncClient, AsyncPetstore, Client, Petstore
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
    PermissionDeniedError,
    PetstoreError,
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
    "PetstoreError",
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
    "Petstore",
    "AsyncPetstore",
    "file_from_path",
    "BaseModel",
    "DEFAULT_TIMEOUT",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_CONNECTION_LIMITS",
    "DefaultHttpxClient",
    "DefaultAsyncHttpxClient",
    "DefaultAioHttpClient",
]

_setup_logging()

# Show public classes as `petstore.X` rather than `petstore._module.X` (reprs, tracebacks).
__locals = locals()
for __name in __all__:
    if not __name.startswith("__"):
        try:
            __locals[__name].__module__ = "petstore"
        except (TypeError, AttributeError, KeyError):
            pass

# Submodules and optional classes are imported on first access to keep `import petstore` fast;
# pydantic in particular is first imported by `BaseModel`, a type module or a request.
_LAZY_SUBMODULES = frozenset({"types", "resources", "pagination", "lib"})
_LAZY_ATTRIBUTES = {
    "BaseModel": "_models",
    "Stream": "_streaming",
    "AsyncStream": "_streaming",
    "APIResponse": "_response",
    "AsyncAPIResponse": "_response",
    "HttpxBinaryResponseContent": "_response",
}


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
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
