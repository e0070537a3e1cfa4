# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import httpx

from ...._base_client import make_request_options
from ...._compat import cached_property
from ...._resource import AsyncAPIResource, SyncAPIResource
from ...._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ...._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ...._utils import (
    async_maybe_transform,
    maybe_transform,
)
from ....types.fine_tuning.alpha import grader_run_params, grader_validate_params
from ....types.fine_tuning.alpha.grader_run_response import GraderRunResponse
from ....types.fine_tuning.alpha.grader_validate_response import GraderValidateResponse

__all__ = ["Graders", "AsyncGraders"]


class Graders(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> GradersWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return GradersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> GradersWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return GradersWithStreamingResponse(self)

    def run(
        self,
        *,
        grader: grader_run_params.Grader,
        model_sample: str,
        item: object | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GraderRunResponse:
        """
        Run a grader.

        Args:
          grader: The grader used for the fine-tuning job.

          item: The dataset item provided to the grader. This will be used to populate
            the `item` namespace. See [the guide](/docs/guides/graders) for more details.

          model_sample: The model sample to be evaluated. This value will be used to populate
            the `sample` namespace. See [the guide](/docs/guides/graders) for more details.
            The `output_json` variable will be populated if the model sample is a
            valid JSON string.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._post(
            "/fine_tuning/alpha/graders/run",
            body=maybe_transform(
                {
                    "grader": grader,
                    "item": item,
                    "model_sample": model_sample,
                },
                grader_run_params.GraderRunParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=GraderRunResponse,
        )

    def validate(
        self,
        *,
        grader: grader_validate_params.Grader,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GraderValidateResponse:
        """
        Validate a grader.

        Args:
          grader: The grader used for the fine-tuning job.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._post(
            "/fine_tuning/alpha/graders/validate",
            body=maybe_transform(
                {
                    "grader": grader,
                },
                grader_validate_params.GraderValidateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=GraderValidateResponse,
        )


class AsyncGraders(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncGradersWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncGradersWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncGradersWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncGradersWithStreamingResponse(self)

    async def run(
        self,
        *,
        grader: grader_run_params.Grader,
        model_sample: str,
        item: object | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GraderRunResponse:
        """
        Run a grader.

        Args:
          grader: The grader used for the fine-tuning job.

          item: The dataset item provided to the grader. This will be used to populate
            the `item` namespace. See [the guide](/docs/guides/graders) for more details.

          model_sample: The model sample to be evaluated. This value will be used to populate
            the `sample` namespace. See [the guide](/docs/guides/graders) for more details.
            The `output_json` variable will be populated if the model sample is a
            valid JSON string.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._post(
            "/fine_tuning/alpha/graders/run",
            body=await async_maybe_transform(
                {
                    "grader": grader,
                    "item": item,
                    "model_sample": model_sample,
                },
                grader_run_params.GraderRunParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=GraderRunResponse,
        )

    async def validate(
        self,
        *,
        grader: grader_validate_params.Grader,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> GraderValidateResponse:
        """
        Validate a grader.

        Args:
          grader: The grader used for the fine-tuning job.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._post(
            "/fine_tuning/alpha/graders/validate",
            body=await async_maybe_transform(
                {
                    "grader": grader,
                },
                grader_validate_params.GraderValidateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=GraderValidateResponse,
        )


class GradersWithRawResponse:
    def __init__(self, graders: Graders) -> None:
        self._graders = graders

        self.run = to_raw_response_wrapper(
            graders.run,
        )

        self.validate = to_raw_response_wrapper(
            graders.validate,
        )


class AsyncGradersWithRawResponse:
    def __init__(self, graders: AsyncGraders) -> None:
        self._graders = graders

        self.run = async_to_raw_response_wrapper(
            graders.run,
        )

        self.validate = async_to_raw_response_wrapper(
            graders.validate,
        )


class GradersWithStreamingResponse:
    def __init__(self, graders: Graders) -> None:
        self._graders = graders

        self.run = to_streamed_response_wrapper(
            graders.run,
        )

        self.validate = to_streamed_response_wrapper(
            graders.validate,
        )


class AsyncGradersWithStreamingResponse:
    def __init__(self, graders: AsyncGraders) -> None:
        self._graders = graders

        self.run = async_to_streamed_response_wrapper(
            graders.run,
        )

        self.validate = async_to_streamed_response_wrapper(
            graders.validate,
        )
