"""`client.webhooks.verify_signature` and `client.webhooks.unwrap`, sync and async (nothing here
does I/O; the async class exists so both clients have the same attributes)."""

from __future__ import annotations

import json
from typing import Union, cast

from ..._models import construct_type
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._types import HeadersLike
from ...lib._webhook_signature import DEFAULT_TOLERANCE, verify
from ...types.webhooks.unwrap_webhook_event import UnwrapWebhookEvent

__all__ = ["Webhooks", "AsyncWebhooks"]


def _event(payload: Union[str, bytes]) -> UnwrapWebhookEvent:
    text = payload.decode("utf-8") if isinstance(payload, bytes) else payload
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise ValueError(f"The webhook body verified but is not JSON: {exc}") from None
    return cast(UnwrapWebhookEvent, construct_type(type_=UnwrapWebhookEvent, value=data))


class Webhooks(SyncAPIResource):
    def unwrap(self, payload: Union[str, bytes], headers: HeadersLike, *, secret: str | None = None) -> UnwrapWebhookEvent:
        """Verifies the signature (see `verify_signature`) and returns the event as its typed
        class (`event.type` says which). Raises InvalidWebhookSignatureError when it does not
        verify. Pass the raw body as received: re-serialised JSON does not match the signature."""
        self.verify_signature(payload, headers, secret=secret)
        return _event(payload)

    def verify_signature(self, payload: Union[str, bytes], headers: HeadersLike, *, secret: str | None = None,
                         tolerance: int = DEFAULT_TOLERANCE) -> None:
        """Raises InvalidWebhookSignatureError unless `headers` (`webhook-id`, `webhook-timestamp`,
        `webhook-signature`) sign `payload` with `secret` (default: the client's `webhook_secret`,
        from OPENAI_WEBHOOK_SECRET) and the timestamp is within `tolerance` seconds of now."""
        verify(payload, headers, secret if secret is not None else self._client.webhook_secret, tolerance)


class AsyncWebhooks(AsyncAPIResource):
    def unwrap(self, payload: Union[str, bytes], headers: HeadersLike, *, secret: str | None = None) -> UnwrapWebhookEvent:
        """Verifies the signature and returns the event as its typed class; see `Webhooks.unwrap`."""
        self.verify_signature(payload, headers, secret=secret)
        return _event(payload)

    def verify_signature(self, payload: Union[str, bytes], headers: HeadersLike, *, secret: str | None = None,
                         tolerance: int = DEFAULT_TOLERANCE) -> None:
        """Raises InvalidWebhookSignatureError unless the headers sign the payload; see
        `Webhooks.verify_signature`."""
        verify(payload, headers, secret if secret is not None else self._client.webhook_secret, tolerance)
