# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.deleted_skill import DeletedSkill
from openai.types.skill import Skill
from tests.utils import assert_matches_type


class TestSkills:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.skills.create(files=b"raw file contents")
        assert_matches_type(Skill, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.skills.with_raw_response.create(files=b"raw file contents")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Skill, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.skills.with_streaming_response.create(files=b"raw file contents") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Skill, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.skills.delete(skill_id="skill_123")
        assert_matches_type(DeletedSkill, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.skills.with_raw_response.delete(skill_id="skill_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(DeletedSkill, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.skills.with_streaming_response.delete(skill_id="skill_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(DeletedSkill, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            client.skills.with_raw_response.delete(skill_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.skills.list()
        assert_matches_type(SyncCursorPage[Skill], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.skills.list(limit=1, order="asc", after="string")
        assert_matches_type(SyncCursorPage[Skill], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.skills.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[Skill], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.skills.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[Skill], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.skills.retrieve(skill_id="skill_123")
        assert_matches_type(Skill, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.skills.with_raw_response.retrieve(skill_id="skill_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Skill, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.skills.with_streaming_response.retrieve(skill_id="skill_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Skill, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            client.skills.with_raw_response.retrieve(skill_id="")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.skills.update(skill_id="skill_123", default_version="string")
        assert_matches_type(Skill, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.skills.with_raw_response.update(skill_id="skill_123", default_version="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Skill, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.skills.with_streaming_response.update(skill_id="skill_123", default_version="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Skill, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            client.skills.with_raw_response.update(skill_id="", default_version="string")


class TestAsyncSkills:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.create(files=b"raw file contents")
        assert_matches_type(Skill, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.with_raw_response.create(files=b"raw file contents")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Skill, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.with_streaming_response.create(files=b"raw file contents") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Skill, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.delete(skill_id="skill_123")
        assert_matches_type(DeletedSkill, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.with_raw_response.delete(skill_id="skill_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(DeletedSkill, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.with_streaming_response.delete(skill_id="skill_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(DeletedSkill, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            await async_client.skills.with_raw_response.delete(skill_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.list()
        assert_matches_type(AsyncCursorPage[Skill], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.list(limit=1, order="asc", after="string")
        assert_matches_type(AsyncCursorPage[Skill], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[Skill], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[Skill], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.retrieve(skill_id="skill_123")
        assert_matches_type(Skill, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.with_raw_response.retrieve(skill_id="skill_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Skill, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.with_streaming_response.retrieve(skill_id="skill_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Skill, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            await async_client.skills.with_raw_response.retrieve(skill_id="")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.update(skill_id="skill_123", default_version="string")
        assert_matches_type(Skill, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.with_raw_response.update(skill_id="skill_123", default_version="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Skill, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.with_streaming_response.update(
            skill_id="skill_123", default_version="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Skill, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            await async_client.skills.with_raw_response.update(skill_id="", default_version="string")
