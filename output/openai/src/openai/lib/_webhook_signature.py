"""Checking a webhook's signature, Standard Webhooks style: the sender signs
`<webhook-id>.<webhook-timestamp>.<body>` with HMAC-SHA256 under the endpoint's secret
(`whsec_` + base64 key) and sends `v1,<base64 signature>` entries, space-separated, in
`webhook-signature`. Any one entry matching, compared in constant time, is enough; the timestamp
must be within `tolerance` seconds of now in either direction, so a captured delivery cannot be
replayed later."""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import time
from typing import Union

from .._types import HeadersLike

__all__ = ["InvalidWebhookSignatureError", "verify", "DEFAULT_TOLERANCE"]

DEFAULT_TOLERANCE = 300  # seconds


class InvalidWebhookSignatureError(ValueError):
    """A webhook could not be verified: a header or the secret is missing, the timestamp is out
    of tolerance, or no signature matches the body. The message says which."""


def _header(headers: HeadersLike, name: str) -> str:
    """`name` from a dict, `httpx.Headers` or a web framework's header object, any letter case."""
    found: object = None
    getter = getattr(headers, "get", None)
    if callable(getter):
        found = getter(name)
    if not found and hasattr(headers, "items"):
        found = next((value for key, value in headers.items() if str(key).lower() == name), None)
    if not isinstance(found, str) or not found:
        raise InvalidWebhookSignatureError(f"The `{name}` header is missing")
    return found


def _key(secret: str) -> bytes:
    if secret.startswith("whsec_"):
        try:
            return base64.b64decode(secret[len("whsec_") :], validate=True)
        except (binascii.Error, ValueError):
            raise InvalidWebhookSignatureError("The webhook secret is not valid base64 after `whsec_`") from None
    return secret.encode("utf-8")


def verify(
    payload: Union[str, bytes], headers: HeadersLike, secret: str | None, tolerance: int, now: float | None = None
) -> None:
    """Raises InvalidWebhookSignatureError unless `payload` carries a valid signature."""
    if not secret:
        raise InvalidWebhookSignatureError(
            "No webhook secret: pass `secret=`, set `webhook_secret` on the client or the OPENAI_WEBHOOK_SECRET "
            "environment variable"
        )
    signatures = _header(headers, "webhook-signature")
    timestamp = _header(headers, "webhook-timestamp")
    webhook_id = _header(headers, "webhook-id")
    try:
        sent_at = int(timestamp)
    except ValueError:
        raise InvalidWebhookSignatureError(
            f"The `webhook-timestamp` header is not a Unix time: {timestamp!r}"
        ) from None
    current = int(time.time() if now is None else now)
    if current - sent_at > tolerance:
        raise InvalidWebhookSignatureError(
            f"The webhook timestamp is {current - sent_at} s old, over the {tolerance} s tolerance"
        )
    if sent_at - current > tolerance:
        raise InvalidWebhookSignatureError(
            f"The webhook timestamp is {sent_at - current} s in the future, over the {tolerance} s tolerance"
        )
    body = payload.encode("utf-8") if isinstance(payload, str) else payload
    signed = webhook_id.encode("utf-8") + b"." + timestamp.encode("utf-8") + b"." + body
    expected = base64.b64encode(hmac.new(_key(secret), signed, hashlib.sha256).digest())
    candidates = [entry[len("v1,") :] for entry in signatures.split() if entry.startswith("v1,")]
    if not candidates:
        raise InvalidWebhookSignatureError("The `webhook-signature` header has no `v1,` signature")
    # every candidate is compared (no early exit), each in constant time
    matched = False
    for candidate in candidates:
        matched |= hmac.compare_digest(candidate.encode("utf-8"), expected)
    if not matched:
        raise InvalidWebhookSignatureError("No signature in `webhook-signature` matches the body and the secret")
