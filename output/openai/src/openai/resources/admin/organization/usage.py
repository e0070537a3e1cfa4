# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

import httpx
from typing_extensions import Literal

from ...._base_client import make_request_options
from ...._compat import cached_property
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from ...._utils import (
    async_maybe_transform,
    maybe_transform,
)
from ....types.admin.organization import (
    usage_audio_speeches_params,
    usage_audio_transcriptions_params,
    usage_code_interpreter_sessions_params,
    usage_completions_params,
    usage_costs_params,
    usage_embeddings_params,
    usage_file_search_calls_params,
    usage_images_params,
    usage_moderations_params,
    usage_vector_stores_params,
    usage_web_search_calls_params,
)
from ....types.admin.organization.usage_audio_speeches_response import UsageAudioSpeechesResponse
from ....types.admin.organization.usage_audio_transcriptions_response import UsageAudioTranscriptionsResponse
from ....types.admin.organization.usage_code_interpreter_sessions_response import UsageCodeInterpreterSessionsResponse
from ....types.admin.organization.usage_completions_response import UsageCompletionsResponse
from ....types.admin.organization.usage_costs_response import UsageCostsResponse
from ....types.admin.organization.usage_embeddings_response import UsageEmbeddingsResponse
from ....types.admin.organization.usage_file_search_calls_response import UsageFileSearchCallsResponse
from ....types.admin.organization.usage_images_response import UsageImagesResponse
from ....types.admin.organization.usage_moderations_response import UsageModerationsResponse
from ....types.admin.organization.usage_vector_stores_response import UsageVectorStoresResponse
from ....types.admin.organization.usage_web_search_calls_response import UsageWebSearchCallsResponse

__all__ = ["Usage", "AsyncUsage"]


class Usage(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> UsageWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return UsageWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> UsageWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return UsageWithStreamingResponse(self)

    def audio_speeches(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageAudioSpeechesResponse:
        """
        Get audio speeches usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get(
            "/organization/usage/audio_speeches",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_audio_speeches_params.UsageAudioSpeechesParams,
                ),
            ),
            cast_to=UsageAudioSpeechesResponse,
        )

    def audio_transcriptions(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageAudioTranscriptionsResponse:
        """
        Get audio transcriptions usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get(
            "/organization/usage/audio_transcriptions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_audio_transcriptions_params.UsageAudioTranscriptionsParams,
                ),
            ),
            cast_to=UsageAudioTranscriptionsResponse,
        )

    def code_interpreter_sessions(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageCodeInterpreterSessionsResponse:
        """
        Get code interpreter sessions usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get(
            "/organization/usage/code_interpreter_sessions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_code_interpreter_sessions_params.UsageCodeInterpreterSessionsParams,
                ),
            ),
            cast_to=UsageCodeInterpreterSessionsResponse,
        )

    def completions(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        batch: bool | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model", "batch", "service_tier"]]
        | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageCompletionsResponse:
        """
        Get completions usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          batch: If `true`, return batch jobs only. If `false`, return non-batch jobs only. By default, return both.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `batch`, `service_tier` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get(
            "/organization/usage/completions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "batch": batch,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_completions_params.UsageCompletionsParams,
                ),
            ),
            cast_to=UsageCompletionsResponse,
        )

    def costs(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "line_item", "api_key_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageCostsResponse:
        """
        Get costs details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently only `1d` is supported, default to `1d`.

          project_ids: Return only costs for these projects.

          api_key_ids: Return only costs for these API keys.

          group_by: Group the costs by the specified fields. Support fields include `project_id`, `line_item`, `api_key_id` and any combination of them.

          limit: A limit on the number of buckets to be returned. Limit can range between 1 and 180, and the default is 7.

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get(
            "/organization/costs",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "api_key_ids": api_key_ids,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_costs_params.UsageCostsParams,
                ),
            ),
            cast_to=UsageCostsResponse,
        )

    def embeddings(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageEmbeddingsResponse:
        """
        Get embeddings usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get(
            "/organization/usage/embeddings",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_embeddings_params.UsageEmbeddingsParams,
                ),
            ),
            cast_to=UsageEmbeddingsResponse,
        )

    def file_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        vector_store_ids: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "vector_store_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageFileSearchCallsResponse:
        """
        Get file search calls usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          vector_store_ids: Return only usage for these vector stores.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get(
            "/organization/usage/file_search_calls",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "vector_store_ids": vector_store_ids,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_file_search_calls_params.UsageFileSearchCallsParams,
                ),
            ),
            cast_to=UsageFileSearchCallsResponse,
        )

    def images(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        sources: Iterable[Literal["image.generation", "image.edit", "image.variation"]] | Omit = omit,
        sizes: Iterable[Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"]] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model", "size", "source"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageImagesResponse:
        """
        Get images usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          sources: Return only usages for these sources. Possible values are `image.generation`, `image.edit`, `image.variation` or any combination of them.

          sizes: Return only usages for these image sizes. Possible values are `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any combination of them.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get(
            "/organization/usage/images",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "sources": sources,
                        "sizes": sizes,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_images_params.UsageImagesParams,
                ),
            ),
            cast_to=UsageImagesResponse,
        )

    def moderations(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageModerationsResponse:
        """
        Get moderations usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get(
            "/organization/usage/moderations",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_moderations_params.UsageModerationsParams,
                ),
            ),
            cast_to=UsageModerationsResponse,
        )

    def vector_stores(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageVectorStoresResponse:
        """
        Get vector stores usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get(
            "/organization/usage/vector_stores",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_vector_stores_params.UsageVectorStoresParams,
                ),
            ),
            cast_to=UsageVectorStoresResponse,
        )

    def web_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        context_levels: Iterable[Literal["low", "medium", "high"]] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model", "context_level"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageWebSearchCallsResponse:
        """
        Get web search calls usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          context_levels: Return only web search usage for these context levels.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `context_level` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get(
            "/organization/usage/web_search_calls",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "context_levels": context_levels,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_web_search_calls_params.UsageWebSearchCallsParams,
                ),
            ),
            cast_to=UsageWebSearchCallsResponse,
        )


class AsyncUsage(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncUsageWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncUsageWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncUsageWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncUsageWithStreamingResponse(self)

    async def audio_speeches(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageAudioSpeechesResponse:
        """
        Get audio speeches usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._get(
            "/organization/usage/audio_speeches",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=await async_maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_audio_speeches_params.UsageAudioSpeechesParams,
                ),
            ),
            cast_to=UsageAudioSpeechesResponse,
        )

    async def audio_transcriptions(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageAudioTranscriptionsResponse:
        """
        Get audio transcriptions usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._get(
            "/organization/usage/audio_transcriptions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=await async_maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_audio_transcriptions_params.UsageAudioTranscriptionsParams,
                ),
            ),
            cast_to=UsageAudioTranscriptionsResponse,
        )

    async def code_interpreter_sessions(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageCodeInterpreterSessionsResponse:
        """
        Get code interpreter sessions usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._get(
            "/organization/usage/code_interpreter_sessions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=await async_maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_code_interpreter_sessions_params.UsageCodeInterpreterSessionsParams,
                ),
            ),
            cast_to=UsageCodeInterpreterSessionsResponse,
        )

    async def completions(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        batch: bool | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model", "batch", "service_tier"]]
        | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageCompletionsResponse:
        """
        Get completions usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          batch: If `true`, return batch jobs only. If `false`, return non-batch jobs only. By default, return both.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `batch`, `service_tier` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._get(
            "/organization/usage/completions",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=await async_maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "batch": batch,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_completions_params.UsageCompletionsParams,
                ),
            ),
            cast_to=UsageCompletionsResponse,
        )

    async def costs(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "line_item", "api_key_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageCostsResponse:
        """
        Get costs details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently only `1d` is supported, default to `1d`.

          project_ids: Return only costs for these projects.

          api_key_ids: Return only costs for these API keys.

          group_by: Group the costs by the specified fields. Support fields include `project_id`, `line_item`, `api_key_id` and any combination of them.

          limit: A limit on the number of buckets to be returned. Limit can range between 1 and 180, and the default is 7.

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._get(
            "/organization/costs",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=await async_maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "api_key_ids": api_key_ids,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_costs_params.UsageCostsParams,
                ),
            ),
            cast_to=UsageCostsResponse,
        )

    async def embeddings(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageEmbeddingsResponse:
        """
        Get embeddings usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._get(
            "/organization/usage/embeddings",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=await async_maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_embeddings_params.UsageEmbeddingsParams,
                ),
            ),
            cast_to=UsageEmbeddingsResponse,
        )

    async def file_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        vector_store_ids: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "vector_store_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageFileSearchCallsResponse:
        """
        Get file search calls usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          vector_store_ids: Return only usage for these vector stores.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `vector_store_id` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._get(
            "/organization/usage/file_search_calls",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=await async_maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "vector_store_ids": vector_store_ids,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_file_search_calls_params.UsageFileSearchCallsParams,
                ),
            ),
            cast_to=UsageFileSearchCallsResponse,
        )

    async def images(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        sources: Iterable[Literal["image.generation", "image.edit", "image.variation"]] | Omit = omit,
        sizes: Iterable[Literal["256x256", "512x512", "1024x1024", "1792x1792", "1024x1792"]] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model", "size", "source"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageImagesResponse:
        """
        Get images usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          sources: Return only usages for these sources. Possible values are `image.generation`, `image.edit`, `image.variation` or any combination of them.

          sizes: Return only usages for these image sizes. Possible values are `256x256`, `512x512`, `1024x1024`, `1792x1792`, `1024x1792` or any combination of them.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `size`, `source` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._get(
            "/organization/usage/images",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=await async_maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "sources": sources,
                        "sizes": sizes,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_images_params.UsageImagesParams,
                ),
            ),
            cast_to=UsageImagesResponse,
        )

    async def moderations(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageModerationsResponse:
        """
        Get moderations usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._get(
            "/organization/usage/moderations",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=await async_maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_moderations_params.UsageModerationsParams,
                ),
            ),
            cast_to=UsageModerationsResponse,
        )

    async def vector_stores(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        group_by: Iterable[Literal["project_id"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageVectorStoresResponse:
        """
        Get vector stores usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._get(
            "/organization/usage/vector_stores",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=await async_maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_vector_stores_params.UsageVectorStoresParams,
                ),
            ),
            cast_to=UsageVectorStoresResponse,
        )

    async def web_search_calls(
        self,
        *,
        start_time: int,
        end_time: int | Omit = omit,
        bucket_width: Literal["1m", "1h", "1d"] | Omit = omit,
        project_ids: SequenceNotStr[str] | Omit = omit,
        user_ids: SequenceNotStr[str] | Omit = omit,
        api_key_ids: SequenceNotStr[str] | Omit = omit,
        models: SequenceNotStr[str] | Omit = omit,
        context_levels: Iterable[Literal["low", "medium", "high"]] | Omit = omit,
        group_by: Iterable[Literal["project_id", "user_id", "api_key_id", "model", "context_level"]] | Omit = omit,
        limit: int | Omit = omit,
        page: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> UsageWebSearchCallsResponse:
        """
        Get web search calls usage details for the organization.

        Args:
          start_time: Start time (Unix seconds) of the query time range, inclusive.

          end_time: End time (Unix seconds) of the query time range, exclusive.

          bucket_width: Width of each time bucket in response. Currently `1m`, `1h` and `1d` are supported, default to `1d`.

          project_ids: Return only usage for these projects.

          user_ids: Return only usage for these users.

          api_key_ids: Return only usage for these API keys.

          models: Return only usage for these models.

          context_levels: Return only web search usage for these context levels.

          group_by: Group the usage data by the specified fields. Support fields include `project_id`, `user_id`, `api_key_id`, `model`, `context_level` or any combination of them.

          limit: Specifies the number of buckets to return.
            - `bucket_width=1d`: default: 7, max: 31
            - `bucket_width=1h`: default: 24, max: 168
            - `bucket_width=1m`: default: 60, max: 1440

          page: A cursor for use in pagination. Corresponding to the `next_page` field from the previous response.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._get(
            "/organization/usage/web_search_calls",
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=await async_maybe_transform(
                    {
                        "start_time": start_time,
                        "end_time": end_time,
                        "bucket_width": bucket_width,
                        "project_ids": project_ids,
                        "user_ids": user_ids,
                        "api_key_ids": api_key_ids,
                        "models": models,
                        "context_levels": context_levels,
                        "group_by": group_by,
                        "limit": limit,
                        "page": page,
                    },
                    usage_web_search_calls_params.UsageWebSearchCallsParams,
                ),
            ),
            cast_to=UsageWebSearchCallsResponse,
        )


class UsageWithRawResponse:
    def __init__(self, usage: Usage) -> None:
        self._usage = usage

        self.audio_speeches = to_raw_response_wrapper(
            usage.audio_speeches,
        )

        self.audio_transcriptions = to_raw_response_wrapper(
            usage.audio_transcriptions,
        )

        self.code_interpreter_sessions = to_raw_response_wrapper(
            usage.code_interpreter_sessions,
        )

        self.completions = to_raw_response_wrapper(
            usage.completions,
        )

        self.costs = to_raw_response_wrapper(
            usage.costs,
        )

        self.embeddings = to_raw_response_wrapper(
            usage.embeddings,
        )

        self.file_search_calls = to_raw_response_wrapper(
            usage.file_search_calls,
        )

        self.images = to_raw_response_wrapper(
            usage.images,
        )

        self.moderations = to_raw_response_wrapper(
            usage.moderations,
        )

        self.vector_stores = to_raw_response_wrapper(
            usage.vector_stores,
        )

        self.web_search_calls = to_raw_response_wrapper(
            usage.web_search_calls,
        )


class AsyncUsageWithRawResponse:
    def __init__(self, usage: AsyncUsage) -> None:
        self._usage = usage

        self.audio_speeches = async_to_raw_response_wrapper(
            usage.audio_speeches,
        )

        self.audio_transcriptions = async_to_raw_response_wrapper(
            usage.audio_transcriptions,
        )

        self.code_interpreter_sessions = async_to_raw_response_wrapper(
            usage.code_interpreter_sessions,
        )

        self.completions = async_to_raw_response_wrapper(
            usage.completions,
        )

        self.costs = async_to_raw_response_wrapper(
            usage.costs,
        )

        self.embeddings = async_to_raw_response_wrapper(
            usage.embeddings,
        )

        self.file_search_calls = async_to_raw_response_wrapper(
            usage.file_search_calls,
        )

        self.images = async_to_raw_response_wrapper(
            usage.images,
        )

        self.moderations = async_to_raw_response_wrapper(
            usage.moderations,
        )

        self.vector_stores = async_to_raw_response_wrapper(
            usage.vector_stores,
        )

        self.web_search_calls = async_to_raw_response_wrapper(
            usage.web_search_calls,
        )


class UsageWithStreamingResponse:
    def __init__(self, usage: Usage) -> None:
        self._usage = usage

        self.audio_speeches = to_streamed_response_wrapper(
            usage.audio_speeches,
        )

        self.audio_transcriptions = to_streamed_response_wrapper(
            usage.audio_transcriptions,
        )

        self.code_interpreter_sessions = to_streamed_response_wrapper(
            usage.code_interpreter_sessions,
        )

        self.completions = to_streamed_response_wrapper(
            usage.completions,
        )

        self.costs = to_streamed_response_wrapper(
            usage.costs,
        )

        self.embeddings = to_streamed_response_wrapper(
            usage.embeddings,
        )

        self.file_search_calls = to_streamed_response_wrapper(
            usage.file_search_calls,
        )

        self.images = to_streamed_response_wrapper(
            usage.images,
        )

        self.moderations = to_streamed_response_wrapper(
            usage.moderations,
        )

        self.vector_stores = to_streamed_response_wrapper(
            usage.vector_stores,
        )

        self.web_search_calls = to_streamed_response_wrapper(
            usage.web_search_calls,
        )


class AsyncUsageWithStreamingResponse:
    def __init__(self, usage: AsyncUsage) -> None:
        self._usage = usage

        self.audio_speeches = async_to_streamed_response_wrapper(
            usage.audio_speeches,
        )

        self.audio_transcriptions = async_to_streamed_response_wrapper(
            usage.audio_transcriptions,
        )

        self.code_interpreter_sessions = async_to_streamed_response_wrapper(
            usage.code_interpreter_sessions,
        )

        self.completions = async_to_streamed_response_wrapper(
            usage.completions,
        )

        self.costs = async_to_streamed_response_wrapper(
            usage.costs,
        )

        self.embeddings = async_to_streamed_response_wrapper(
            usage.embeddings,
        )

        self.file_search_calls = async_to_streamed_response_wrapper(
            usage.file_search_calls,
        )

        self.images = async_to_streamed_response_wrapper(
            usage.images,
        )

        self.moderations = async_to_streamed_response_wrapper(
            usage.moderations,
        )

        self.vector_stores = async_to_streamed_response_wrapper(
            usage.vector_stores,
        )

        self.web_search_calls = async_to_streamed_response_wrapper(
            usage.web_search_calls,
        )
