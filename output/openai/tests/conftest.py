# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import os
from typing import AsyncIterator, Iterator

import pytest

from openai import AsyncOpenAI, OpenAI

# The endpoint tests run against a mock server of the spec (e.g. `prism mock <spec>`).
# Point them elsewhere with TEST_API_BASE_URL; the mock serves the spec's paths as written.
base_url = os.environ.get("TEST_API_BASE_URL", "http://127.0.0.1:4010")
api_key = "My API Key"


def _options() -> dict[str, object]:
    return {
        "base_url": base_url,
        "api_key": api_key,
        "admin_api_key": "My admin_api_key",  # the second credential, for the calls that need it
        # a failing request should fail its test at once, not after retries and backoff
        "max_retries": 0,
        "timeout": 60.0,
    }


@pytest.fixture(scope="session")
def client() -> Iterator[OpenAI]:
    with OpenAI(**_options()) as client:  # type: ignore[arg-type]
        yield client


@pytest.fixture(scope="session")
async def async_client() -> AsyncIterator[AsyncOpenAI]:
    async with AsyncOpenAI(**_options()) as client:  # type: ignore[arg-type]
        yield client
