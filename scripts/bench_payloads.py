"""Payloads and the mock transport handler shared by both SDKs in the runtime bench.

Everything here is built once per process, serialised to bytes up front, and served by one
`handler` function, so the transport costs the same for our SDK and the official one and the
timings measure only what each SDK does on top of httpx.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any, Dict, List

import httpx

BASE_URL = "http://bench.invalid/v1"
API_KEY = "sk-bench"

LARGE_CHOICES = 200
MODELS = 10_000
SSE_CHUNKS = 2_000
HELPER_SSE_CHUNKS = 20_000  # the chat stream helper row
PAGES = 20
PAGE_SIZE = 100
SSE_SLICE = 1024  # bytes per read of the event stream: events straddle reads, as on a socket

CHAT_REQUEST: dict[str, Any] = {
    "model": "gpt-4o-mini",
    "messages": [
        {"role": "system", "content": "You are terse."},
        {"role": "user", "content": "Say hello."},
    ],
}

_TEXT = (
    "Benchmarks are not tests; they answer how fast, not whether right. This sentence is padding "
    "so that every choice carries a realistic amount of text, about three hundred characters, "
    "which is what a short assistant reply looks like on the wire in practice."
)


def _usage() -> dict[str, Any]:
    return {
        "prompt_tokens": 19,
        "completion_tokens": 57,
        "total_tokens": 76,
        "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
        "completion_tokens_details": {
            "reasoning_tokens": 0,
            "audio_tokens": 0,
            "accepted_prediction_tokens": 0,
            "rejected_prediction_tokens": 0,
        },
    }


def _choice(i: int) -> dict[str, Any]:
    message: dict[str, Any] = {
        "role": "assistant",
        "content": f"{i}: {_TEXT}",
        "refusal": None,
        "annotations": [],
    }
    if i % 4 == 1:
        message["content"] = None
        message["tool_calls"] = [
            {
                "id": f"call_{i}_{k}",
                "type": "function",
                "function": {"name": "lookup", "arguments": json.dumps({"q": f"item {i}", "k": k})},
            }
            for k in range(2)
        ]
    logprobs: dict[str, Any] | None = None
    if i % 5 == 2:
        logprobs = {
            "content": [
                {
                    "token": f"t{k}",
                    "logprob": -0.25 * k,
                    "bytes": [116, 48 + k],
                    "top_logprobs": [
                        {"token": f"t{k}", "logprob": -0.25 * k, "bytes": [116, 48 + k]},
                        {"token": f"u{k}", "logprob": -1.5 - k, "bytes": [117, 48 + k]},
                    ],
                }
                for k in range(5)
            ],
            "refusal": None,
        }
    return {
        "index": i,
        "message": message,
        "logprobs": logprobs,
        "finish_reason": "tool_calls" if i % 4 == 1 else "stop",
    }


def chat_completion(n_choices: int) -> dict[str, Any]:
    return {
        "id": "chatcmpl-bench",
        "object": "chat.completion",
        "created": 1_700_000_000,
        "model": "gpt-4o-mini-2024-07-18",
        "choices": [_choice(i) for i in range(n_choices)],
        "usage": _usage(),
        "system_fingerprint": "fp_bench",
        "service_tier": "default",
    }


def models_list(n: int) -> dict[str, Any]:
    return {
        "object": "list",
        "data": [
            {"id": f"model-{i:05d}", "object": "model", "created": 1_700_000_000 + i, "owned_by": "org-bench"}
            for i in range(n)
        ],
    }


def _chunk(i: int, n: int) -> dict[str, Any]:
    delta: dict[str, Any] = {"content": f"tok{i} "}
    if i == 0:
        delta = {"role": "assistant", "content": "", "refusal": None}
    last = i == n - 1
    return {
        "id": "chatcmpl-bench",
        "object": "chat.completion.chunk",
        "created": 1_700_000_000,
        "model": "gpt-4o-mini-2024-07-18",
        "system_fingerprint": "fp_bench",
        "service_tier": "default",
        "choices": [
            {"index": 0, "delta": {} if last else delta, "logprobs": None, "finish_reason": "stop" if last else None}
        ],
    }


def structured_choice(i: int) -> Dict[str, Any]:
    """One choice of the structured-output row: its content is JSON of `Verdict` (bench_runtime)."""
    content = {"label": f"item {i}", "score": i / 7, "tags": [f"t{i % 3}", f"u{i % 5}"], "ok": i % 2 == 0}
    return {
        "index": i,
        "message": {"role": "assistant", "content": json.dumps(content), "refusal": None, "annotations": []},
        "logprobs": None,
        "finish_reason": "stop",
    }


def structured_completion(n_choices: int) -> Dict[str, Any]:
    completion = chat_completion(0)
    completion["choices"] = [structured_choice(i) for i in range(n_choices)]
    return completion


def sse_body(n: int) -> bytes:
    parts = [f"data: {json.dumps(_chunk(i, n), separators=(',', ':'))}\n\n" for i in range(n)]
    parts.append("data: [DONE]\n\n")
    return "".join(parts).encode()


def fine_tuning_job(i: int) -> dict[str, Any]:
    return {
        "id": f"ftjob-{i:06d}",
        "object": "fine_tuning.job",
        "created_at": 1_700_000_000 + i,
        "error": None,
        "fine_tuned_model": f"ft:gpt-4o-mini:org:bench:{i}" if i % 2 else None,
        "finished_at": 1_700_000_500 + i if i % 2 else None,
        "hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": 1.8, "n_epochs": 3},
        "model": "gpt-4o-mini-2024-07-18",
        "organization_id": "org-bench",
        "result_files": [f"file-{i}"] if i % 2 else [],
        "seed": i,
        "status": "succeeded" if i % 2 else "running",
        "trained_tokens": 12_345 if i % 2 else None,
        "training_file": "file-train",
        "validation_file": None,
        "estimated_finish": None,
        "integrations": None,
        "metadata": {"run": str(i)},
        "method": {
            "type": "supervised",
            "supervised": {"hyperparameters": {"batch_size": "auto", "learning_rate_multiplier": 1.8, "n_epochs": 3}},
        },
    }


def job_pages(pages: int, size: int) -> dict[str | None, bytes]:
    """Cursor pages keyed by the `after` value that asks for them (None: the first page)."""
    out: dict[str | None, bytes] = {}
    after: str | None = None
    for p in range(pages):
        data = [fine_tuning_job(p * size + k) for k in range(size)]
        out[after] = json.dumps({"object": "list", "data": data, "has_more": p < pages - 1}).encode()
        after = data[-1]["id"]
    return out


class Payloads:
    """Every response body, serialised once."""

    def __init__(self, full: bool = True) -> None:
        self.small_chat = json.dumps(chat_completion(1)).encode()
        self.large_chat = json.dumps(chat_completion(LARGE_CHOICES)).encode() if full else b""
        self.models = json.dumps(models_list(MODELS)).encode() if full else b""
        self.sse = sse_body(SSE_CHUNKS) if full else b""
        self.helper_sse = sse_body(HELPER_SSE_CHUNKS) if full else b""
        self.structured_chat = json.dumps(structured_completion(LARGE_CHOICES)).encode() if full else b""
        self.pages = job_pages(PAGES, PAGE_SIZE) if full else {}
        self.chat_mode = "small"  # which chat completion POST /chat/completions answers with
        self.sse_mode = "base"  # which event stream: "base" (SSE_CHUNKS) or "helper" (HELPER_SSE_CHUNKS)


JSON_HEADERS = {"content-type": "application/json", "x-request-id": "req_bench"}
SSE_HEADERS = {"content-type": "text/event-stream", "x-request-id": "req_bench"}


def _slices(body: bytes) -> Iterator[bytes]:
    for start in range(0, len(body), SSE_SLICE):
        yield body[start : start + SSE_SLICE]


async def _aslices(body: bytes) -> Any:
    for start in range(0, len(body), SSE_SLICE):
        yield body[start : start + SSE_SLICE]


def make_handler(payloads: Payloads, asynchronous: bool = False) -> Any:
    """The MockTransport handler. It never parses the request body except to see `stream`."""

    def handler(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/chat/completions"):
            content = request.content
            if b'"stream":true' in content or b'"stream": true' in content:
                body = payloads.helper_sse if payloads.sse_mode == "helper" else payloads.sse
                stream: Any = _aslices(body) if asynchronous else _slices(body)
                return httpx.Response(200, headers=SSE_HEADERS, content=stream)
            body = {"large": payloads.large_chat, "structured": payloads.structured_chat}.get(
                payloads.chat_mode, payloads.small_chat
            )
            return httpx.Response(200, headers=JSON_HEADERS, content=body)
        if path.endswith("/models"):
            return httpx.Response(200, headers=JSON_HEADERS, content=payloads.models)
        if path.endswith("/fine_tuning/jobs"):
            after = request.url.params.get("after")
            return httpx.Response(200, headers=JSON_HEADERS, content=payloads.pages[after])
        return httpx.Response(404, headers=JSON_HEADERS, content=b'{"error":{"message":"not found"}}')

    return handler


def digest_chat(completion: Any) -> list[Any]:
    """What a caller reads from a chat completion, reduced to a comparable value."""
    chars = 0
    calls = 0
    logprob_sum = 0.0
    for choice in completion.choices:
        message = choice.message
        chars += len(message.content or "")
        for call in message.tool_calls or ():
            calls += 1
            chars += len(call.function.arguments)
        if choice.logprobs is not None:
            for token in choice.logprobs.content or ():
                logprob_sum += token.logprob + sum(t.logprob for t in token.top_logprobs)
    return [len(completion.choices), chars, calls, round(logprob_sum, 6), completion.usage.total_tokens]


def digest_chat_dict(completion: Dict[str, Any]) -> List[Any]:
    """`digest_chat` on the decoded JSON: what the floor (httpx + json.loads) reads."""
    chars = 0
    calls = 0
    logprob_sum = 0.0
    for choice in completion["choices"]:
        message = choice["message"]
        chars += len(message["content"] or "")
        for call in message.get("tool_calls") or ():
            calls += 1
            chars += len(call["function"]["arguments"])
        if choice["logprobs"] is not None:
            for token in choice["logprobs"]["content"] or ():
                logprob_sum += token["logprob"] + sum(t["logprob"] for t in token["top_logprobs"])
    return [len(completion["choices"]), chars, calls, round(logprob_sum, 6), completion["usage"]["total_tokens"]]
