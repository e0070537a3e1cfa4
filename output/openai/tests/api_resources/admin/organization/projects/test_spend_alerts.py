# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Any, cast

import pytest

from openai import AsyncOpenAI, OpenAI
from openai.pagination import AsyncConversationCursorPage, SyncConversationCursorPage
from openai.types.admin.organization.projects.project_spend_alert import ProjectSpendAlert
from openai.types.admin.organization.projects.project_spend_alert_deleted import ProjectSpendAlertDeleted
from tests.utils import assert_matches_type


class TestSpendAlerts:
    def test_method_create(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.spend_alerts.create(
            project_id="project_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
        assert_matches_type(ProjectSpendAlert, result, path=["response"])

    def test_method_create_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.spend_alerts.create(
            project_id="project_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"], "subject_prefix": "string"},
        )
        assert_matches_type(ProjectSpendAlert, result, path=["response"])

    def test_raw_response_create(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.spend_alerts.with_raw_response.create(
            project_id="project_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectSpendAlert, result, path=["response"])

    def test_streaming_response_create(self, client: OpenAI) -> None:
        with client.admin.organization.projects.spend_alerts.with_streaming_response.create(
            project_id="project_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ProjectSpendAlert, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_create(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.spend_alerts.with_raw_response.create(
                project_id="",
                threshold_amount=1,
                currency="USD",
                interval="month",
                notification_channel={"type": "email", "recipients": ["string"]},
            )

    def test_method_delete(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.spend_alerts.delete(project_id="project_id", alert_id="alert_id")
        assert_matches_type(ProjectSpendAlertDeleted, result, path=["response"])

    def test_raw_response_delete(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.spend_alerts.with_raw_response.delete(
            project_id="project_id", alert_id="alert_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectSpendAlertDeleted, result, path=["response"])

    def test_streaming_response_delete(self, client: OpenAI) -> None:
        with client.admin.organization.projects.spend_alerts.with_streaming_response.delete(
            project_id="project_id", alert_id="alert_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ProjectSpendAlertDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_delete(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.spend_alerts.with_raw_response.delete(project_id="", alert_id="alert_id")

        with pytest.raises(ValueError, match=r"`alert_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.spend_alerts.with_raw_response.delete(
                project_id="project_id", alert_id=""
            )

    def test_method_list(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.spend_alerts.list(project_id="project_id")
        assert_matches_type(SyncConversationCursorPage[ProjectSpendAlert], result, path=["response"])

    def test_method_list_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.spend_alerts.list(
            project_id="project_id", limit=1, order="asc", after="string", before="string"
        )
        assert_matches_type(SyncConversationCursorPage[ProjectSpendAlert], result, path=["response"])

    def test_raw_response_list(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.spend_alerts.with_raw_response.list(project_id="project_id")
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(SyncConversationCursorPage[ProjectSpendAlert], result, path=["response"])

    def test_streaming_response_list(self, client: OpenAI) -> None:
        with client.admin.organization.projects.spend_alerts.with_streaming_response.list(
            project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(SyncConversationCursorPage[ProjectSpendAlert], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_list(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.spend_alerts.with_raw_response.list(project_id="")

    def test_method_update(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.spend_alerts.update(
            project_id="project_id",
            alert_id="alert_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
        assert_matches_type(ProjectSpendAlert, result, path=["response"])

    def test_method_update_with_all_params(self, client: OpenAI) -> None:
        result = client.admin.organization.projects.spend_alerts.update(
            project_id="project_id",
            alert_id="alert_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"], "subject_prefix": "string"},
        )
        assert_matches_type(ProjectSpendAlert, result, path=["response"])

    def test_raw_response_update(self, client: OpenAI) -> None:
        response = client.admin.organization.projects.spend_alerts.with_raw_response.update(
            project_id="project_id",
            alert_id="alert_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectSpendAlert, result, path=["response"])

    def test_streaming_response_update(self, client: OpenAI) -> None:
        with client.admin.organization.projects.spend_alerts.with_streaming_response.update(
            project_id="project_id",
            alert_id="alert_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = response.parse()
            assert_matches_type(ProjectSpendAlert, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    def test_path_params_update(self, client: OpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.spend_alerts.with_raw_response.update(
                project_id="",
                alert_id="alert_id",
                threshold_amount=1,
                currency="USD",
                interval="month",
                notification_channel={"type": "email", "recipients": ["string"]},
            )

        with pytest.raises(ValueError, match=r"`alert_id` must be a non-empty string, got ''"):
            client.admin.organization.projects.spend_alerts.with_raw_response.update(
                project_id="project_id",
                alert_id="",
                threshold_amount=1,
                currency="USD",
                interval="month",
                notification_channel={"type": "email", "recipients": ["string"]},
            )


class TestAsyncSpendAlerts:
    async def test_method_create(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.spend_alerts.create(
            project_id="project_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
        assert_matches_type(ProjectSpendAlert, result, path=["response"])

    async def test_method_create_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.spend_alerts.create(
            project_id="project_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"], "subject_prefix": "string"},
        )
        assert_matches_type(ProjectSpendAlert, result, path=["response"])

    async def test_raw_response_create(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.spend_alerts.with_raw_response.create(
            project_id="project_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectSpendAlert, result, path=["response"])

    async def test_streaming_response_create(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.spend_alerts.with_streaming_response.create(
            project_id="project_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ProjectSpendAlert, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_create(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.spend_alerts.with_raw_response.create(
                project_id="",
                threshold_amount=1,
                currency="USD",
                interval="month",
                notification_channel={"type": "email", "recipients": ["string"]},
            )

    async def test_method_delete(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.spend_alerts.delete(
            project_id="project_id", alert_id="alert_id"
        )
        assert_matches_type(ProjectSpendAlertDeleted, result, path=["response"])

    async def test_raw_response_delete(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.spend_alerts.with_raw_response.delete(
            project_id="project_id", alert_id="alert_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectSpendAlertDeleted, result, path=["response"])

    async def test_streaming_response_delete(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.spend_alerts.with_streaming_response.delete(
            project_id="project_id", alert_id="alert_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ProjectSpendAlertDeleted, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_delete(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.spend_alerts.with_raw_response.delete(
                project_id="", alert_id="alert_id"
            )

        with pytest.raises(ValueError, match=r"`alert_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.spend_alerts.with_raw_response.delete(
                project_id="project_id", alert_id=""
            )

    async def test_method_list(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.spend_alerts.list(project_id="project_id")
        assert_matches_type(AsyncConversationCursorPage[ProjectSpendAlert], result, path=["response"])

    async def test_method_list_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.spend_alerts.list(
            project_id="project_id", limit=1, order="asc", after="string", before="string"
        )
        assert_matches_type(AsyncConversationCursorPage[ProjectSpendAlert], result, path=["response"])

    async def test_raw_response_list(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.spend_alerts.with_raw_response.list(
            project_id="project_id"
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(AsyncConversationCursorPage[ProjectSpendAlert], result, path=["response"])

    async def test_streaming_response_list(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.spend_alerts.with_streaming_response.list(
            project_id="project_id"
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(AsyncConversationCursorPage[ProjectSpendAlert], result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_list(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.spend_alerts.with_raw_response.list(project_id="")

    async def test_method_update(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.spend_alerts.update(
            project_id="project_id",
            alert_id="alert_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
        assert_matches_type(ProjectSpendAlert, result, path=["response"])

    async def test_method_update_with_all_params(self, async_client: AsyncOpenAI) -> None:
        result = await async_client.admin.organization.projects.spend_alerts.update(
            project_id="project_id",
            alert_id="alert_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"], "subject_prefix": "string"},
        )
        assert_matches_type(ProjectSpendAlert, result, path=["response"])

    async def test_raw_response_update(self, async_client: AsyncOpenAI) -> None:
        response = await async_client.admin.organization.projects.spend_alerts.with_raw_response.update(
            project_id="project_id",
            alert_id="alert_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        )
        assert response.is_closed is True
        assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
        result = response.parse()
        assert_matches_type(ProjectSpendAlert, result, path=["response"])

    async def test_streaming_response_update(self, async_client: AsyncOpenAI) -> None:
        async with async_client.admin.organization.projects.spend_alerts.with_streaming_response.update(
            project_id="project_id",
            alert_id="alert_id",
            threshold_amount=1,
            currency="USD",
            interval="month",
            notification_channel={"type": "email", "recipients": ["string"]},
        ) as response:
            assert not response.is_closed
            assert response.http_request.headers.get("X-Sdkgen-Lang") == "python"
            result = await response.parse()
            assert_matches_type(ProjectSpendAlert, result, path=["response"])
        assert cast(Any, response.is_closed) is True

    async def test_path_params_update(self, async_client: AsyncOpenAI) -> None:
        with pytest.raises(ValueError, match=r"`project_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.spend_alerts.with_raw_response.update(
                project_id="",
                alert_id="alert_id",
                threshold_amount=1,
                currency="USD",
                interval="month",
                notification_channel={"type": "email", "recipients": ["string"]},
            )

        with pytest.raises(ValueError, match=r"`alert_id` must be a non-empty string, got ''"):
            await async_client.admin.organization.projects.spend_alerts.with_raw_response.update(
                project_id="project_id",
                alert_id="",
                threshold_amount=1,
                currency="USD",
                interval="month",
                notification_channel={"type": "email", "recipients": ["string"]},
            )
