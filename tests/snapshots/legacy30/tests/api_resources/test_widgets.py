# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from legacy_inventory import AsyncLegacyInventory, LegacyInventory
from legacy_inventory.pagination import AsyncPage, SyncPage
from legacy_inventory.types.widget import Widget
from tests.utils import assert_matches_type


class TestWidgets:
    def test_method_list(self, client: LegacyInventory) -> None:
        result = client.widgets.list()
        assert_matches_type(SyncPage[Widget], result, path=["response"])

    def test_method_list_with_all_params(self, client: LegacyInventory) -> None:
        result = client.widgets.list(kind="gadget")
        assert_matches_type(SyncPage[Widget], result, path=["response"])

    def test_raw_response_list(self, client: LegacyInventory) -> None:
        response = client.widgets.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncPage[Widget], result, path=["response"])

    def test_streaming_response_list(self, client: LegacyInventory) -> None:
        with client.widgets.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncPage[Widget], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_create(self, client: LegacyInventory) -> None:
        result = client.widgets.create(kind="gadget", name="string")
        assert_matches_type(Widget, result, path=["response"])

    def test_method_create_with_all_params(self, client: LegacyInventory) -> None:
        result = client.widgets.create(kind="gadget", name="string", priority=1, color="string")
        assert_matches_type(Widget, result, path=["response"])

    def test_raw_response_create(self, client: LegacyInventory) -> None:
        response = client.widgets.with_raw_response.create(kind="gadget", name="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Widget, result, path=["response"])

    def test_streaming_response_create(self, client: LegacyInventory) -> None:
        with client.widgets.with_streaming_response.create(kind="gadget", name="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Widget, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_method_retrieve(self, client: LegacyInventory) -> None:
        result = client.widgets.retrieve(widget_id="wid_1")
        assert_matches_type(Widget, result, path=["response"])

    def test_raw_response_retrieve(self, client: LegacyInventory) -> None:
        response = client.widgets.with_raw_response.retrieve(widget_id="wid_1")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Widget, result, path=["response"])

    def test_streaming_response_retrieve(self, client: LegacyInventory) -> None:
        with client.widgets.with_streaming_response.retrieve(widget_id="wid_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(Widget, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_retrieve(self, client: LegacyInventory) -> None:
        with pytest.raises(ValueError, match=r"`widget_id` must be a non-empty string, got ''"):
            client.widgets.with_raw_response.retrieve(widget_id="")

    def test_method_delete(self, client: LegacyInventory) -> None:
        result = client.widgets.delete(widget_id="wid_1")
        assert_matches_type(None, result, path=["response"])

    def test_raw_response_delete(self, client: LegacyInventory) -> None:
        response = client.widgets.with_raw_response.delete(widget_id="wid_1")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    def test_streaming_response_delete(self, client: LegacyInventory) -> None:
        with client.widgets.with_streaming_response.delete(widget_id="wid_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: LegacyInventory) -> None:
        with pytest.raises(ValueError, match=r"`widget_id` must be a non-empty string, got ''"):
            client.widgets.with_raw_response.delete(widget_id="")

    def test_method_label(self, client: LegacyInventory) -> None:
        result = client.widgets.label(widget_id="wid_1")
        assert_matches_type(str, result, path=["response"])

    def test_raw_response_label(self, client: LegacyInventory) -> None:
        response = client.widgets.with_raw_response.label(widget_id="wid_1")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(str, result, path=["response"])

    def test_streaming_response_label(self, client: LegacyInventory) -> None:
        with client.widgets.with_streaming_response.label(widget_id="wid_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(str, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_label(self, client: LegacyInventory) -> None:
        with pytest.raises(ValueError, match=r"`widget_id` must be a non-empty string, got ''"):
            client.widgets.with_raw_response.label(widget_id="")


class TestAsyncWidgets:
    async def test_method_list(self, async_client: AsyncLegacyInventory) -> None:
        result = await async_client.widgets.list()
        assert_matches_type(AsyncPage[Widget], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncLegacyInventory) -> None:
        result = await async_client.widgets.list(kind="gadget")
        assert_matches_type(AsyncPage[Widget], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncLegacyInventory) -> None:
        response = await async_client.widgets.with_raw_response.list()
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncPage[Widget], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncLegacyInventory) -> None:
        async with async_client.widgets.with_streaming_response.list() as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncPage[Widget], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_create(self, async_client: AsyncLegacyInventory) -> None:
        result = await async_client.widgets.create(kind="gadget", name="string")
        assert_matches_type(Widget, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncLegacyInventory) -> None:
        result = await async_client.widgets.create(kind="gadget", name="string", priority=1, color="string")
        assert_matches_type(Widget, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncLegacyInventory) -> None:
        response = await async_client.widgets.with_raw_response.create(kind="gadget", name="string")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Widget, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncLegacyInventory) -> None:
        async with async_client.widgets.with_streaming_response.create(kind="gadget", name="string") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Widget, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_method_retrieve(self, async_client: AsyncLegacyInventory) -> None:
        result = await async_client.widgets.retrieve(widget_id="wid_1")
        assert_matches_type(Widget, result, path=["response"])

    async def test_raw_response_retrieve(self, async_client: AsyncLegacyInventory) -> None:
        response = await async_client.widgets.with_raw_response.retrieve(widget_id="wid_1")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(Widget, result, path=["response"])

    async def test_streaming_response_retrieve(self, async_client: AsyncLegacyInventory) -> None:
        async with async_client.widgets.with_streaming_response.retrieve(widget_id="wid_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(Widget, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_retrieve(self, async_client: AsyncLegacyInventory) -> None:
        with pytest.raises(ValueError, match=r"`widget_id` must be a non-empty string, got ''"):
            await async_client.widgets.with_raw_response.retrieve(widget_id="")

    async def test_method_delete(self, async_client: AsyncLegacyInventory) -> None:
        result = await async_client.widgets.delete(widget_id="wid_1")
        assert_matches_type(None, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncLegacyInventory) -> None:
        response = await async_client.widgets.with_raw_response.delete(widget_id="wid_1")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(None, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncLegacyInventory) -> None:
        async with async_client.widgets.with_streaming_response.delete(widget_id="wid_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(None, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncLegacyInventory) -> None:
        with pytest.raises(ValueError, match=r"`widget_id` must be a non-empty string, got ''"):
            await async_client.widgets.with_raw_response.delete(widget_id="")

    async def test_method_label(self, async_client: AsyncLegacyInventory) -> None:
        result = await async_client.widgets.label(widget_id="wid_1")
        assert_matches_type(str, result, path=["response"])

    async def test_raw_response_label(self, async_client: AsyncLegacyInventory) -> None:
        response = await async_client.widgets.with_raw_response.label(widget_id="wid_1")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(str, result, path=["response"])

    async def test_streaming_response_label(self, async_client: AsyncLegacyInventory) -> None:
        async with async_client.widgets.with_streaming_response.label(widget_id="wid_1") as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(str, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_label(self, async_client: AsyncLegacyInventory) -> None:
        with pytest.raises(ValueError, match=r"`widget_id` must be a non-empty string, got ''"):
            await async_client.widgets.with_raw_response.label(widget_id="")
