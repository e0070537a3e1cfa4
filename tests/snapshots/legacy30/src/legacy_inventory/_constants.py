# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import httpx

# Internal header set by the `with_raw_response` / `with_streaming_response` wrappers.
# It is stripped from the request before it is sent.
RAW_RESPONSE_HEADER = "X-Sdkgen-Raw-Response"
RAW_RESPONSE_CLASS_HEADER = RAW_RESPONSE_HEADER + "-Class"
# Lower-cased, for the case-insensitive checks when building the request headers.
INTERNAL_HEADERS = frozenset({RAW_RESPONSE_HEADER.lower(), RAW_RESPONSE_CLASS_HEADER.lower()})
# Values of RAW_RESPONSE_HEADER: `.with_raw_response` (body read) / `.with_streaming_response`.
RESPONSE_MODE_RAW = "raw"
RESPONSE_MODE_STREAM = "stream"
OVERRIDE_CAST_TO_HEADER = "____legacy_inventory_override_cast_to"

# Request timeout: 600.0 s in total, 5 s to connect.
DEFAULT_TIMEOUT = httpx.Timeout(timeout=600.0, connect=5.0)
DEFAULT_MAX_RETRIES = 2
DEFAULT_CONNECTION_LIMITS = httpx.Limits(max_connections=1000, max_keepalive_connections=100)

# Retry back-off bounds, in seconds.
INITIAL_RETRY_DELAY = 0.5
MAX_RETRY_DELAY = 8.0
# A server supplied `retry-after` / `retry-after-ms` is honoured only up to this many seconds.
MAX_RETRY_AFTER = 60.0
