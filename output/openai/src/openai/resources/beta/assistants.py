# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional, Union

import httpx
from typing_extensions import Literal, deprecated

from ..._base_client import AsyncPaginator, make_request_options
from ..._compat import cached_property
from ..._resource import AsyncAPIResource, SyncAPIResource
from ..._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ..._types import Body, Headers, NotGiven, Omit, Query, not_given, omit
from ..._utils import (
    async_maybe_transform,
    maybe_transform,
    path_template,
)
from ...pagination import AsyncCursorPage, SyncCursorPage
from ...types.assistant_supported_models import AssistantSupportedModels
from ...types.beta import assistant_create_params, assistant_list_params, assistant_update_params
from ...types.beta.assistant import Assistant
from ...types.beta.assistant_deleted import AssistantDeleted
from ...types.beta.assistant_response_format_option_param import AssistantResponseFormatOptionParam
from ...types.shared.reasoning_effort import ReasoningEffort
from ...types.shared_params.metadata import Metadata

__all__ = ["Assistants", "AsyncAssistants"]


class Assistants(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AssistantsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AssistantsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AssistantsWithStreamingResponse(self)

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    def create(
        self,
        *,
        model: Union[str, AssistantSupportedModels],
        name: Optional[str] | Omit = omit,
        description: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        tools: Iterable[assistant_create_params.Tool] | Omit = omit,
        tool_resources: Optional[assistant_create_params.ToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Assistant:
        """
        Create an assistant with a model and instructions.

        Args:
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.

          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._post(
            "/assistants",
            body=maybe_transform(
                {
                    "model": model,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "reasoning_effort": reasoning_effort,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                assistant_create_params.AssistantCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Assistant,
        )

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    def delete(
        self,
        assistant_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantDeleted:
        """
        Delete an assistant.

        Args:
          assistant_id: The ID of the assistant to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not assistant_id:
            raise ValueError(f"`assistant_id` must be a non-empty string, got {assistant_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._delete(
            path_template(
                "/assistants/{assistant_id}",
                assistant_id=assistant_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=AssistantDeleted,
        )

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncCursorPage[Assistant]:
        """
        Returns a list of assistants.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            "/assistants",
            page=SyncCursorPage[Assistant],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "limit": limit,
                        "order": order,
                        "after": after,
                        "before": before,
                    },
                    assistant_list_params.AssistantListParams,
                ),
            ),
            model=Assistant,
        )

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    def retrieve(
        self,
        assistant_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Assistant:
        """
        Retrieves an assistant.

        Args:
          assistant_id: The ID of the assistant to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not assistant_id:
            raise ValueError(f"`assistant_id` must be a non-empty string, got {assistant_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get(
            path_template(
                "/assistants/{assistant_id}",
                assistant_id=assistant_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Assistant,
        )

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    def update(
        self,
        assistant_id: str,
        *,
        model: Union[str, AssistantSupportedModels] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        name: Optional[str] | Omit = omit,
        description: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        tools: Iterable[assistant_update_params.Tool] | Omit = omit,
        tool_resources: Optional[assistant_update_params.ToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Assistant:
        """
        Modifies an assistant.

        Args:
          assistant_id: The ID of the assistant to modify.

          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.

          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not assistant_id:
            raise ValueError(f"`assistant_id` must be a non-empty string, got {assistant_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._post(
            path_template(
                "/assistants/{assistant_id}",
                assistant_id=assistant_id,
            ),
            body=maybe_transform(
                {
                    "model": model,
                    "reasoning_effort": reasoning_effort,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                assistant_update_params.AssistantUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Assistant,
        )


class AsyncAssistants(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncAssistantsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncAssistantsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncAssistantsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncAssistantsWithStreamingResponse(self)

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    async def create(
        self,
        *,
        model: Union[str, AssistantSupportedModels],
        name: Optional[str] | Omit = omit,
        description: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        tools: Iterable[assistant_create_params.Tool] | Omit = omit,
        tool_resources: Optional[assistant_create_params.ToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Assistant:
        """
        Create an assistant with a model and instructions.

        Args:
          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.

          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return await self._post(
            "/assistants",
            body=await async_maybe_transform(
                {
                    "model": model,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "reasoning_effort": reasoning_effort,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                assistant_create_params.AssistantCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Assistant,
        )

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    async def delete(
        self,
        assistant_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AssistantDeleted:
        """
        Delete an assistant.

        Args:
          assistant_id: The ID of the assistant to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not assistant_id:
            raise ValueError(f"`assistant_id` must be a non-empty string, got {assistant_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return await self._delete(
            path_template(
                "/assistants/{assistant_id}",
                assistant_id=assistant_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=AssistantDeleted,
        )

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    def list(
        self,
        *,
        limit: int | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        after: str | Omit = omit,
        before: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[Assistant, AsyncCursorPage[Assistant]]:
        """
        Returns a list of assistants.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          before: A cursor for use in pagination. `before` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, starting with obj_foo, your subsequent call can include before=obj_foo in order to fetch the previous page of the list.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return self._get_api_list(
            "/assistants",
            page=AsyncCursorPage[Assistant],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                query=maybe_transform(
                    {
                        "limit": limit,
                        "order": order,
                        "after": after,
                        "before": before,
                    },
                    assistant_list_params.AssistantListParams,
                ),
            ),
            model=Assistant,
        )

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    async def retrieve(
        self,
        assistant_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Assistant:
        """
        Retrieves an assistant.

        Args:
          assistant_id: The ID of the assistant to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not assistant_id:
            raise ValueError(f"`assistant_id` must be a non-empty string, got {assistant_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return await self._get(
            path_template(
                "/assistants/{assistant_id}",
                assistant_id=assistant_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Assistant,
        )

    @deprecated("The Assistants API is deprecated: new code should use the Responses API")
    async def update(
        self,
        assistant_id: str,
        *,
        model: Union[str, AssistantSupportedModels] | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        name: Optional[str] | Omit = omit,
        description: Optional[str] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        tools: Iterable[assistant_update_params.Tool] | Omit = omit,
        tool_resources: Optional[assistant_update_params.ToolResources] | Omit = omit,
        metadata: Optional[Metadata] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Assistant:
        """
        Modifies an assistant.

        Args:
          assistant_id: The ID of the assistant to modify.

          model: ID of the model to use. You can use the [List models](/docs/api-reference/models/list) API to see all of your available models, or see our [Model overview](/docs/models) for descriptions of them.

          tools: A list of tool enabled on the assistant. There can be a maximum of 128 tools per assistant. Tools can be of types `code_interpreter`, `file_search`, or `function`.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not assistant_id:
            raise ValueError(f"`assistant_id` must be a non-empty string, got {assistant_id!r}")
        extra_headers = {"OpenAI-Beta": "assistants=v2", **(extra_headers or {})}
        return await self._post(
            path_template(
                "/assistants/{assistant_id}",
                assistant_id=assistant_id,
            ),
            body=await async_maybe_transform(
                {
                    "model": model,
                    "reasoning_effort": reasoning_effort,
                    "name": name,
                    "description": description,
                    "instructions": instructions,
                    "tools": tools,
                    "tool_resources": tool_resources,
                    "metadata": metadata,
                    "temperature": temperature,
                    "top_p": top_p,
                    "response_format": response_format,
                },
                assistant_update_params.AssistantUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Assistant,
        )


class AssistantsWithRawResponse:
    def __init__(self, assistants: Assistants) -> None:
        self._assistants = assistants

        self.create = to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.create,  # pyright: ignore[reportDeprecated]
        )

        self.delete = to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.delete,  # pyright: ignore[reportDeprecated]
        )

        self.list = to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.list,  # pyright: ignore[reportDeprecated]
        )

        self.retrieve = to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.retrieve,  # pyright: ignore[reportDeprecated]
        )

        self.update = to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.update,  # pyright: ignore[reportDeprecated]
        )


class AsyncAssistantsWithRawResponse:
    def __init__(self, assistants: AsyncAssistants) -> None:
        self._assistants = assistants

        self.create = async_to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.create,  # pyright: ignore[reportDeprecated]
        )

        self.delete = async_to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.delete,  # pyright: ignore[reportDeprecated]
        )

        self.list = async_to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.list,  # pyright: ignore[reportDeprecated]
        )

        self.retrieve = async_to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.retrieve,  # pyright: ignore[reportDeprecated]
        )

        self.update = async_to_raw_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.update,  # pyright: ignore[reportDeprecated]
        )


class AssistantsWithStreamingResponse:
    def __init__(self, assistants: Assistants) -> None:
        self._assistants = assistants

        self.create = to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.create,  # pyright: ignore[reportDeprecated]
        )

        self.delete = to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.delete,  # pyright: ignore[reportDeprecated]
        )

        self.list = to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.list,  # pyright: ignore[reportDeprecated]
        )

        self.retrieve = to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.retrieve,  # pyright: ignore[reportDeprecated]
        )

        self.update = to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.update,  # pyright: ignore[reportDeprecated]
        )


class AsyncAssistantsWithStreamingResponse:
    def __init__(self, assistants: AsyncAssistants) -> None:
        self._assistants = assistants

        self.create = async_to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.create,  # pyright: ignore[reportDeprecated]
        )

        self.delete = async_to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.delete,  # pyright: ignore[reportDeprecated]
        )

        self.list = async_to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.list,  # pyright: ignore[reportDeprecated]
        )

        self.retrieve = async_to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.retrieve,  # pyright: ignore[reportDeprecated]
        )

        self.update = async_to_streamed_response_wrapper(  # pyright: ignore[reportDeprecated]
            assistants.update,  # pyright: ignore[reportDeprecated]
        )
