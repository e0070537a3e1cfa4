# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncConversationCursorPage, AsyncPage, SyncConversationCursorPage, SyncPage
from openai.types.admin.organization.certificate import Certificate
from openai.types.admin.organization.certificate_activate_response import CertificateActivateResponse
from openai.types.admin.organization.certificate_deactivate_response import CertificateDeactivateResponse
from openai.types.admin.organization.certificate_delete_response import CertificateDeleteResponse
from openai.types.admin.organization.certificate_list_response import CertificateListResponse
from tests.utils import assert_matches_type


class TestCertificates:
    def test_method_activate(self, client: OpenAI) -> None:
        result = client.admin.organization.certificates.activate(certificate_ids=["string"])
        assert_matches_type(SyncPage[CertificateActivateResponse], result, path=["response"])

    def test_raw_response_activate(self, client: OpenAI) -> None:
        response = client.admin.organization.certificates.with_raw_response.activate(certificate_ids=["string"])
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncPage[CertificateActivateResponse], result, path=["response"])

    def test_streaming_response_activate(self, client: OpenAI) -> None:
        with client.admin.organization.certificates.with_streaming_response.activate(
            certificate_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncPage[CertificateActivateResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_create(self, client: OpenAI) -> None:
        result = client.admin.organization.certificates.create(certificate="string")
        assert_matches_type(Certificate, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.certificates.create(name="string", certificate="string")
        assert_matches_type(Certificate, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.admin.organization.certificates.with_raw_response.create(certificate="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Certificate, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.admin.organization.certificates.with_streaming_response.create(certificate="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Certificate, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_deactivate(self, client: OpenAI) -> None:
        result = client.admin.organization.certificates.deactivate(certificate_ids=["string"])
        assert_matches_type(SyncPage[CertificateDeactivateResponse], result, path=["response"])

    def test_raw_response_deactivate(self, client: OpenAI) -> None:
        response = client.admin.organization.certificates.with_raw_response.deactivate(certificate_ids=["string"])
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncPage[CertificateDeactivateResponse], result, path=["response"])

    def test_streaming_response_deactivate(self, client: OpenAI) -> None:
        with client.admin.organization.certificates.with_streaming_response.deactivate(
            certificate_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncPage[CertificateDeactivateResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.admin.organization.certificates.delete(certificate_id="certificate_id")
        assert_matches_type(CertificateDeleteResponse, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.admin.organization.certificates.with_raw_response.delete(certificate_id="certificate_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(CertificateDeleteResponse, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.admin.organization.certificates.with_streaming_response.delete(
            certificate_id="certificate_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(CertificateDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`certificate_id` must be a non-empty string, got ''"):
            client.admin.organization.certificates.with_raw_response.delete(certificate_id="")

    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.certificates.list()
        assert_matches_type(SyncConversationCursorPage[CertificateListResponse], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.certificates.list(limit=20, after="string", order="desc")
        assert_matches_type(SyncConversationCursorPage[CertificateListResponse], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.certificates.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[CertificateListResponse], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.certificates.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[CertificateListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: OpenAI) -> None:
        result = client.admin.organization.certificates.retrieve(certificate_id="certificate_id")
        assert_matches_type(Certificate, result, path=["response"])

    def test_method_retrieve_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.certificates.retrieve(certificate_id="certificate_id", include=["content"])
        assert_matches_type(Certificate, result, path=["response"])

    def test_raw_response_retrieve(self, client: OpenAI) -> None:
        response = client.admin.organization.certificates.with_raw_response.retrieve(certificate_id="certificate_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Certificate, result, path=["response"])

    def test_streaming_response_retrieve(self, client: OpenAI) -> None:
        with client.admin.organization.certificates.with_streaming_response.retrieve(
            certificate_id="certificate_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Certificate, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`certificate_id` must be a non-empty string, got ''"):
            client.admin.organization.certificates.with_raw_response.retrieve(certificate_id="")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.admin.organization.certificates.update(certificate_id="certificate_id")
        assert_matches_type(Certificate, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.certificates.update(certificate_id="certificate_id", name="string")
        assert_matches_type(Certificate, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.admin.organization.certificates.with_raw_response.update(certificate_id="certificate_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Certificate, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.admin.organization.certificates.with_streaming_response.update(
            certificate_id="certificate_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Certificate, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`certificate_id` must be a non-empty string, got ''"):
            client.admin.organization.certificates.with_raw_response.update(certificate_id="")


class TestAsyncCertificates:
    async def test_method_activate(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.certificates.activate(certificate_ids=["string"])
        assert_matches_type(AsyncPage[CertificateActivateResponse], result, path=["response"])

    async def test_raw_response_activate(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.certificates.with_raw_response.activate(
            certificate_ids=["string"]
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncPage[CertificateActivateResponse], result, path=["response"])

    async def test_streaming_response_activate(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.certificates.with_streaming_response.activate(
            certificate_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncPage[CertificateActivateResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.certificates.create(certificate="string")
        assert_matches_type(Certificate, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.certificates.create(name="string", certificate="string")
        assert_matches_type(Certificate, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.certificates.with_raw_response.create(certificate="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Certificate, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.certificates.with_streaming_response.create(
            certificate="string"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Certificate, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_deactivate(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.certificates.deactivate(certificate_ids=["string"])
        assert_matches_type(AsyncPage[CertificateDeactivateResponse], result, path=["response"])

    async def test_raw_response_deactivate(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.certificates.with_raw_response.deactivate(
            certificate_ids=["string"]
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncPage[CertificateDeactivateResponse], result, path=["response"])

    async def test_streaming_response_deactivate(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.certificates.with_streaming_response.deactivate(
            certificate_ids=["string"]
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncPage[CertificateDeactivateResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.certificates.delete(certificate_id="certificate_id")
        assert_matches_type(CertificateDeleteResponse, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.certificates.with_raw_response.delete(
            certificate_id="certificate_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(CertificateDeleteResponse, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.certificates.with_streaming_response.delete(
            certificate_id="certificate_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(CertificateDeleteResponse, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`certificate_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.certificates.with_raw_response.delete(certificate_id="")

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.certificates.list()
        assert_matches_type(AsyncConversationCursorPage[CertificateListResponse], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.certificates.list(limit=20, after="string", order="desc")
        assert_matches_type(AsyncConversationCursorPage[CertificateListResponse], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.certificates.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[CertificateListResponse], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.certificates.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[CertificateListResponse], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.certificates.retrieve(certificate_id="certificate_id")
        assert_matches_type(Certificate, result, path=["response"])

    async def test_method_retrieve_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.certificates.retrieve(
            certificate_id="certificate_id", include=["content"]
        )
        assert_matches_type(Certificate, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.certificates.with_raw_response.retrieve(
            certificate_id="certificate_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Certificate, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.certificates.with_streaming_response.retrieve(
            certificate_id="certificate_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Certificate, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`certificate_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.certificates.with_raw_response.retrieve(certificate_id="")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.certificates.update(certificate_id="certificate_id")
        assert_matches_type(Certificate, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.certificates.update(
            certificate_id="certificate_id", name="string"
        )
        assert_matches_type(Certificate, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.certificates.with_raw_response.update(
            certificate_id="certificate_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Certificate, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.certificates.with_streaming_response.update(
            certificate_id="certificate_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Certificate, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`certificate_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.certificates.with_raw_response.update(certificate_id="")
