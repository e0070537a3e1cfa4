# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncCursorPage, SyncCursorPage
from openai.types.skills.deleted_skill_version import DeletedSkillVersion
from openai.types.skills.skill_version import SkillVersion
from tests.utils import assert_matches_type


class TestVersions:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.skills.versions.create(skill_id="skill_123", files=b"raw file contents")
        assert_matches_type(SkillVersion, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.skills.versions.create(skill_id="skill_123", files=b"raw file contents", default=True)
        assert_matches_type(SkillVersion, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.skills.versions.with_raw_response.create(skill_id="skill_123", files=b"raw file contents")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SkillVersion, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.skills.versions.with_streaming_response.create(
            skill_id="skill_123", files=b"raw file contents"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SkillVersion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            client.skills.versions.with_raw_response.create(skill_id="", files=b"raw file contents")

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.skills.versions.delete(skill_id="skill_123", version="version")
        assert_matches_type(DeletedSkillVersion, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.skills.versions.with_raw_response.delete(skill_id="skill_123", version="version")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(DeletedSkillVersion, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.skills.versions.with_streaming_response.delete(skill_id="skill_123", version="version") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(DeletedSkillVersion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            client.skills.versions.with_raw_response.delete(skill_id="", version="version")

        with pytest.raises(ValueError, match=r"`version` must be a non-empty string, got ''"):
            client.skills.versions.with_raw_response.delete(skill_id="skill_123", version="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.skills.versions.list(skill_id="skill_123")
        assert_matches_type(SyncCursorPage[SkillVersion], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.skills.versions.list(skill_id="skill_123", limit=1, order="asc", after="skillver_123")
        assert_matches_type(SyncCursorPage[SkillVersion], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.skills.versions.with_raw_response.list(skill_id="skill_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncCursorPage[SkillVersion], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.skills.versions.with_streaming_response.list(skill_id="skill_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncCursorPage[SkillVersion], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            client.skills.versions.with_raw_response.list(skill_id="")

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.skills.versions.retrieve(skill_id="skill_123", version="version")
        assert_matches_type(SkillVersion, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.skills.versions.with_raw_response.retrieve(skill_id="skill_123", version="version")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SkillVersion, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.skills.versions.with_streaming_response.retrieve(
            skill_id="skill_123", version="version"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SkillVersion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            client.skills.versions.with_raw_response.retrieve(skill_id="", version="version")

        with pytest.raises(ValueError, match=r"`version` must be a non-empty string, got ''"):
            client.skills.versions.with_raw_response.retrieve(skill_id="skill_123", version="")


class TestAsyncVersions:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.versions.create(skill_id="skill_123", files=b"raw file contents")
        assert_matches_type(SkillVersion, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.versions.create(
            skill_id="skill_123", files=b"raw file contents", default=True
        )
        assert_matches_type(SkillVersion, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.versions.with_raw_response.create(
            skill_id="skill_123", files=b"raw file contents"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SkillVersion, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.versions.with_streaming_response.create(
            skill_id="skill_123", files=b"raw file contents"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(SkillVersion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            await async_client.skills.versions.with_raw_response.create(skill_id="", files=b"raw file contents")

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.versions.delete(skill_id="skill_123", version="version")
        assert_matches_type(DeletedSkillVersion, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.versions.with_raw_response.delete(skill_id="skill_123", version="version")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(DeletedSkillVersion, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.versions.with_streaming_response.delete(
            skill_id="skill_123", version="version"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(DeletedSkillVersion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            await async_client.skills.versions.with_raw_response.delete(skill_id="", version="version")

        with pytest.raises(ValueError, match=r"`version` must be a non-empty string, got ''"):
            await async_client.skills.versions.with_raw_response.delete(skill_id="skill_123", version="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.versions.list(skill_id="skill_123")
        assert_matches_type(AsyncCursorPage[SkillVersion], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.versions.list(
            skill_id="skill_123", limit=1, order="asc", after="skillver_123"
        )
        assert_matches_type(AsyncCursorPage[SkillVersion], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.versions.with_raw_response.list(skill_id="skill_123")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncCursorPage[SkillVersion], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.versions.with_streaming_response.list(skill_id="skill_123") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncCursorPage[SkillVersion], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            await async_client.skills.versions.with_raw_response.list(skill_id="")

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.skills.versions.retrieve(skill_id="skill_123", version="version")
        assert_matches_type(SkillVersion, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.skills.versions.with_raw_response.retrieve(
            skill_id="skill_123", version="version"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SkillVersion, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.skills.versions.with_streaming_response.retrieve(
            skill_id="skill_123", version="version"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(SkillVersion, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`skill_id` must be a non-empty string, got ''"):
            await async_client.skills.versions.with_raw_response.retrieve(skill_id="", version="version")

        with pytest.raises(ValueError, match=r"`version` must be a non-empty string, got ''"):
            await async_client.skills.versions.with_raw_response.retrieve(skill_id="skill_123", version="")
