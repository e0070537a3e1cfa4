"""Mock transports and clients for the runtime tests."""

from __future__ import annotations

import json
from typing import Any, Callable, List, Optional

import httpx

BASE_URL = "http://api.test/v1"
API_KEY = "sk-test-key-123"

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records requests and answers from a list or a function."""

    def __init__(self, *responses: Any, handler: Optional[Handler] = None) -> None:
        self.requests: List[httpx.Request] = []
        self._responses = list(responses)
        self._handler = handler

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self._handler is not None:
            return _fresh(self._handler(request))
        if not self._responses:
            return httpx.Response(200, json={})
        item = self._responses.pop(0) if len(self._responses) > 1 else self._responses[0]
        if isinstance(item, BaseException):
            raise item
        if callable(item):
            return _fresh(item(request))
        return _fresh(item)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content)


def json_response(data: Any, status: int = 200, headers: Optional[dict[str, str]] = None) -> httpx.Response:
    return httpx.Response(status, json=data, headers=headers)


def sync_client(target: Any, recorder: Recorder, **kwargs: Any) -> Any:
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("base_url", BASE_URL)
    return target.Client(http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **kwargs)


def async_client(target: Any, recorder: Recorder, **kwargs: Any) -> Any:
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("base_url", BASE_URL)
    return target.AsyncClient(http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)), **kwargs)


def _fresh(response: httpx.Response) -> httpx.Response:
    """A new copy of a canned response (a response object must not be sent twice)."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return response
    # An explicit stream keeps the response unread, like a real transport's.
    return httpx.Response(response.status_code, headers=response.headers, stream=httpx.ByteStream(content))
