# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable, Optional

import httpx

from ..._base_client import make_request_options
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
from ...types.conversations import conversation_create_params, conversation_update_params
from ...types.conversations.conversation import Conversation
from ...types.conversations.conversation_deleted_resource import ConversationDeletedResource
from ...types.responses.response_input_item_param import ResponseInputItemParam
from ...types.shared_params.metadata import Metadata
from .items import (
    AsyncItems,
    AsyncItemsWithRawResponse,
    AsyncItemsWithStreamingResponse,
    Items,
    ItemsWithRawResponse,
    ItemsWithStreamingResponse,
)

__all__ = ["Conversations", "AsyncConversations"]


class Conversations(SyncAPIResource):
    @cached_property
    def items(self) -> Items:
        return Items(self._client)

    @cached_property
    def with_raw_response(self) -> ConversationsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return ConversationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> ConversationsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return ConversationsWithStreamingResponse(self)

    def create(
        self,
        *,
        metadata: Optional[Metadata] | Omit = omit,
        items: Optional[Iterable[ResponseInputItemParam]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Create a conversation.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._post(
            "/conversations",
            body=maybe_transform(
                {
                    "metadata": metadata,
                    "items": items,
                },
                conversation_create_params.ConversationCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Conversation,
        )

    def delete(
        self,
        conversation_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ConversationDeletedResource:
        """
        Delete a conversation. Items in the conversation will not be deleted.

        Args:
          conversation_id: The ID of the conversation to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not conversation_id:
            raise ValueError(f"`conversation_id` must be a non-empty string, got {conversation_id!r}")
        return self._delete(
            path_template(
                "/conversations/{conversation_id}",
                conversation_id=conversation_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ConversationDeletedResource,
        )

    def retrieve(
        self,
        conversation_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Get a conversation

        Args:
          conversation_id: The ID of the conversation to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not conversation_id:
            raise ValueError(f"`conversation_id` must be a non-empty string, got {conversation_id!r}")
        return self._get(
            path_template(
                "/conversations/{conversation_id}",
                conversation_id=conversation_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Conversation,
        )

    def update(
        self,
        conversation_id: str,
        *,
        metadata: Optional[Metadata],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Update a conversation

        Args:
          conversation_id: The ID of the conversation to update.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.
                    Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not conversation_id:
            raise ValueError(f"`conversation_id` must be a non-empty string, got {conversation_id!r}")
        return self._post(
            path_template(
                "/conversations/{conversation_id}",
                conversation_id=conversation_id,
            ),
            body=maybe_transform(
                {
                    "metadata": metadata,
                },
                conversation_update_params.ConversationUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Conversation,
        )


class AsyncConversations(AsyncAPIResource):
    @cached_property
    def items(self) -> AsyncItems:
        return AsyncItems(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncConversationsWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncConversationsWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncConversationsWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncConversationsWithStreamingResponse(self)

    async def create(
        self,
        *,
        metadata: Optional[Metadata] | Omit = omit,
        items: Optional[Iterable[ResponseInputItemParam]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Create a conversation.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._post(
            "/conversations",
            body=await async_maybe_transform(
                {
                    "metadata": metadata,
                    "items": items,
                },
                conversation_create_params.ConversationCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Conversation,
        )

    async def delete(
        self,
        conversation_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> ConversationDeletedResource:
        """
        Delete a conversation. Items in the conversation will not be deleted.

        Args:
          conversation_id: The ID of the conversation to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not conversation_id:
            raise ValueError(f"`conversation_id` must be a non-empty string, got {conversation_id!r}")
        return await self._delete(
            path_template(
                "/conversations/{conversation_id}",
                conversation_id=conversation_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=ConversationDeletedResource,
        )

    async def retrieve(
        self,
        conversation_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Get a conversation

        Args:
          conversation_id: The ID of the conversation to retrieve.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not conversation_id:
            raise ValueError(f"`conversation_id` must be a non-empty string, got {conversation_id!r}")
        return await self._get(
            path_template(
                "/conversations/{conversation_id}",
                conversation_id=conversation_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Conversation,
        )

    async def update(
        self,
        conversation_id: str,
        *,
        metadata: Optional[Metadata],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Conversation:
        """
        Update a conversation

        Args:
          conversation_id: The ID of the conversation to update.

          metadata: Set of 16 key-value pairs that can be attached to an object. This can be         useful for storing additional information about the object in a structured         format, and querying for objects via API or the dashboard.
                    Keys are strings with a maximum length of 64 characters. Values are strings         with a maximum length of 512 characters.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not conversation_id:
            raise ValueError(f"`conversation_id` must be a non-empty string, got {conversation_id!r}")
        return await self._post(
            path_template(
                "/conversations/{conversation_id}",
                conversation_id=conversation_id,
            ),
            body=await async_maybe_transform(
                {
                    "metadata": metadata,
                },
                conversation_update_params.ConversationUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
            ),
            cast_to=Conversation,
        )


class ConversationsWithRawResponse:
    def __init__(self, conversations: Conversations) -> None:
        self._conversations = conversations

        self.create = to_raw_response_wrapper(
            conversations.create,
        )

        self.delete = to_raw_response_wrapper(
            conversations.delete,
        )

        self.retrieve = to_raw_response_wrapper(
            conversations.retrieve,
        )

        self.update = to_raw_response_wrapper(
            conversations.update,
        )

    @cached_property
    def items(self) -> ItemsWithRawResponse:
        return ItemsWithRawResponse(self._conversations.items)


class AsyncConversationsWithRawResponse:
    def __init__(self, conversations: AsyncConversations) -> None:
        self._conversations = conversations

        self.create = async_to_raw_response_wrapper(
            conversations.create,
        )

        self.delete = async_to_raw_response_wrapper(
            conversations.delete,
        )

        self.retrieve = async_to_raw_response_wrapper(
            conversations.retrieve,
        )

        self.update = async_to_raw_response_wrapper(
            conversations.update,
        )

    @cached_property
    def items(self) -> AsyncItemsWithRawResponse:
        return AsyncItemsWithRawResponse(self._conversations.items)


class ConversationsWithStreamingResponse:
    def __init__(self, conversations: Conversations) -> None:
        self._conversations = conversations

        self.create = to_streamed_response_wrapper(
            conversations.create,
        )

        self.delete = to_streamed_response_wrapper(
            conversations.delete,
        )

        self.retrieve = to_streamed_response_wrapper(
            conversations.retrieve,
        )

        self.update = to_streamed_response_wrapper(
            conversations.update,
        )

    @cached_property
    def items(self) -> ItemsWithStreamingResponse:
        return ItemsWithStreamingResponse(self._conversations.items)


class AsyncConversationsWithStreamingResponse:
    def __init__(self, conversations: AsyncConversations) -> None:
        self._conversations = conversations

        self.create = async_to_streamed_response_wrapper(
            conversations.create,
        )

        self.delete = async_to_streamed_response_wrapper(
            conversations.delete,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            conversations.retrieve,
        )

        self.update = async_to_streamed_response_wrapper(
            conversations.update,
        )

    @cached_property
    def items(self) -> AsyncItemsWithStreamingResponse:
        return AsyncItemsWithStreamingResponse(self._conversations.items)
