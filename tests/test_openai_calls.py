"""The emitted OpenAI package sends the right requests and parses the responses (httpx.MockTransport).

Checks item 8 of the pipeline issue on the committed output/openai: verb, URL, percent-encoded
path params, query, JSON body, headers, and a parsed pydantic model, sync and async.
"""

from __future__ import annotations

import json
from typing import Any, Callable

import httpx
import pytest

Handler = Callable[[httpx.Request], httpx.Response]


def recorder(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> tuple[list[httpx.Request], Handler]:
    seen: list[httpx.Request] = []

    def handle(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return httpx.Response(status, json=body, headers=headers or {})

    return seen, handle


JOB = {
    "id": "ftjob-1",
    "object": "fine_tuning.job",
    "created_at": 1,
    "model": "gpt-4o-mini",
    "status": "queued",
    "organization_id": "org",
    "training_file": "file-1",
    "validation_file": None,
    "result_files": [],
    "seed": 1,
    "error": None,
    "fine_tuned_model": None,
    "finished_at": None,
    "hyperparameters": {"n_epochs": "auto"},
    "trained_tokens": None,
}


def test_sync_post_with_json_body_and_headers(openai: Any) -> None:
    seen, handle = recorder(JOB, headers={"x-request-id": "req_1"})
    client = openai.OpenAI(api_key="sk-test", organization="org-1", http_client=httpx.Client(transport=httpx.MockTransport(handle)))
    job = client.fine_tuning.jobs.create(model="gpt-4o-mini", training_file="file-1", suffix=None)
    (req,) = seen
    assert req.method == "POST"
    assert req.url == "https://api.openai.com/v1/fine_tuning/jobs"
    assert json.loads(req.content) == {"model": "gpt-4o-mini", "training_file": "file-1", "suffix": None}
    assert req.headers["authorization"] == "Bearer sk-test"
    assert req.headers["openai-organization"] == "org-1"
    assert req.headers["content-type"] == "application/json"
    assert type(job).__name__ == "FineTuningJob"
    assert job.id == "ftjob-1" and job.status == "queued"
    assert job._request_id == "req_1"


def test_path_params_are_percent_encoded(openai: Any) -> None:
    seen, handle = recorder(JOB)
    client = openai.OpenAI(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handle)))
    client.fine_tuning.jobs.retrieve("a/b c?d")
    assert seen[0].method == "GET"
    assert seen[0].url.raw_path == b"/v1/fine_tuning/jobs/a%2Fb%20c%3Fd"


def test_empty_path_param_raises_before_any_request(openai: Any) -> None:
    seen, handle = recorder(JOB)
    client = openai.OpenAI(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handle)))
    with pytest.raises(ValueError, match="fine_tuning_job_id"):
        client.fine_tuning.jobs.retrieve("")
    assert seen == []


def test_query_params_and_omitted_arguments(openai: Any) -> None:
    seen, handle = recorder({"object": "list", "data": [JOB], "has_more": False})
    client = openai.OpenAI(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handle)))
    page = client.fine_tuning.jobs.list(limit=3, extra_query={"x": "y"}, extra_headers={"X-Extra": "1"})
    (req,) = seen
    assert dict(req.url.params) == {"limit": "3", "x": "y"}  # `after` was omitted, so it is not sent
    assert req.headers["x-extra"] == "1"
    assert [j.id for j in page.data] == ["ftjob-1"]


def test_delete_and_model_list(openai: Any) -> None:
    seen, handle = recorder({"id": "m1", "object": "model", "deleted": True})
    client = openai.OpenAI(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handle)))
    deleted = client.models.delete("ft:gpt/x")
    assert seen[0].method == "DELETE"
    assert seen[0].url.raw_path in (b"/v1/models/ft:gpt%2Fx", b"/v1/models/ft%3Agpt%2Fx")
    assert deleted.deleted is True


async def test_async_post(openai: Any) -> None:
    seen, handle = recorder(
        {"object": "list", "data": [{"object": "embedding", "index": 0, "embedding": [0.5]}], "model": "m",
         "usage": {"prompt_tokens": 1, "total_tokens": 1}}
    )
    client = openai.AsyncOpenAI(api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handle)))
    result = await client.embeddings.create(input="hi", model="text-embedding-3-small")
    (req,) = seen
    assert req.method == "POST" and req.url.path == "/v1/embeddings"
    # Without an explicit encoding_format the client asks for base64, as the official one does.
    assert json.loads(req.content) == {"input": "hi", "model": "text-embedding-3-small", "encoding_format": "base64"}
    assert result.data[0].embedding == [0.5]
    assert type(result).__name__ == "CreateEmbeddingResponse"


async def test_async_retrieve(openai: Any) -> None:
    seen, handle = recorder(JOB)
    client = openai.AsyncOpenAI(api_key="k", http_client=httpx.AsyncClient(transport=httpx.MockTransport(handle)))
    job = await client.fine_tuning.jobs.retrieve("ftjob-1")
    assert seen[0].url.path == "/v1/fine_tuning/jobs/ftjob-1"
    assert job.training_file == "file-1"
