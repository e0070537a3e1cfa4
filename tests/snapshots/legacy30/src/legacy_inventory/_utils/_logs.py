# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import logging
import os
from typing import Any, Dict, Iterable, Mapping, cast

from typing_extensions import override

logger: logging.Logger = logging.getLogger("legacy_inventory")

REDACTED = "<redacted>"
# Header names (lower case) whose values must never be logged.
SENSITIVE_HEADERS = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "api-key",
        "x-api-key",
        "cookie",
        "set-cookie",
    }
    | {"x-api-key"}
)
# Query parameters (lower case) whose values must never be logged.
SENSITIVE_QUERY = frozenset(
    {
        "api_key",
        "api-key",
        "key",
    }
    | {"x-api-key"}
)


def redact_headers(headers: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> Dict[str, Any]:
    # The cast: an `Iterable[tuple]` could be a Mapping with tuple keys as far as the checker knows.
    items = cast(Mapping[str, Any], headers).items() if isinstance(headers, Mapping) else headers
    return {key: (REDACTED if str(key).lower() in SENSITIVE_HEADERS else value) for key, value in items}


def redact_url(url: object) -> str:
    """The URL as text with secret query parameter values replaced."""
    import httpx

    parsed = url if isinstance(url, httpx.URL) else httpx.URL(str(url))
    if not parsed.query:
        return str(parsed)
    params = [
        (key, REDACTED if key.lower() in SENSITIVE_QUERY else value) for key, value in parsed.params.multi_items()
    ]
    return str(parsed.copy_with(params=params))


class SensitiveHeadersFilter(logging.Filter):
    """Replaces secret header values in any dict passed as a log argument."""

    @override
    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, Mapping):
            record.args = cast(Any, _scrub(args))
        elif isinstance(args, tuple):
            record.args = tuple(_scrub(arg) for arg in args)
        return True


def _scrub(value: object) -> object:
    if isinstance(value, Mapping):
        result: Dict[object, object] = {}
        for key, item in cast("Mapping[object, object]", value).items():
            if isinstance(key, str) and key.lower() in SENSITIVE_HEADERS:
                result[key] = REDACTED
            else:
                result[key] = _scrub(item)
        return result
    return value


_configured = False


def setup_logging() -> None:
    """Configures the `legacy_inventory` logger from the `LEGACY_INVENTORY_LOG` env var (`info` or `debug`)."""
    global _configured
    if not _configured:
        logger.addFilter(SensitiveHeadersFilter())
        _configured = True
    level = os.environ.get("LEGACY_INVENTORY_LOG", "").strip().lower()
    if level == "debug":
        _ensure_handler()
        logger.setLevel(logging.DEBUG)
    elif level == "info":
        _ensure_handler()
        logger.setLevel(logging.INFO)


def _ensure_handler() -> None:
    if logger.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(asctime)s - %(name)s:%(lineno)d - %(levelname)s] %(message)s"))
    logger.addHandler(handler)
