# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import httpx
from typing_extensions import Literal

from ....._base_client import AsyncPaginator, make_request_options
from ....._compat import cached_property
from ....._resource import AsyncAPIResource, SyncAPIResource
from ....._response import (
    async_to_raw_response_wrapper,
    async_to_streamed_response_wrapper,
    to_raw_response_wrapper,
    to_streamed_response_wrapper,
)
from ....._types import Body, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from ....._utils import (
    maybe_transform,
    path_template,
)
from .....pagination import AsyncConversationCursorPage, AsyncPage, SyncConversationCursorPage, SyncPage
from .....types.admin.organization.projects import (
    certificate_activate_params,
    certificate_deactivate_params,
    certificate_list_params,
)
from .....types.admin.organization.projects.certificate_activate_response import CertificateActivateResponse
from .....types.admin.organization.projects.certificate_deactivate_response import CertificateDeactivateResponse
from .....types.admin.organization.projects.certificate_list_response import CertificateListResponse

__all__ = ["Certificates", "AsyncCertificates"]


class Certificates(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> CertificatesWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return CertificatesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> CertificatesWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return CertificatesWithStreamingResponse(self)

    def activate(
        self,
        project_id: str,
        *,
        certificate_ids: SequenceNotStr[str],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[CertificateActivateResponse]:
        """
        Activate certificates at the project level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/projects/{project_id}/certificates/activate",
                project_id=project_id,
            ),
            page=SyncPage[CertificateActivateResponse],
            body=maybe_transform(
                {
                    "certificate_ids": certificate_ids,
                },
                certificate_activate_params.CertificateActivateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            model=CertificateActivateResponse,
            method="post",
        )

    def deactivate(
        self,
        project_id: str,
        *,
        certificate_ids: SequenceNotStr[str],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[CertificateDeactivateResponse]:
        """
        Deactivate certificates at the project level. You can atomically and
        idempotently deactivate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/projects/{project_id}/certificates/deactivate",
                project_id=project_id,
            ),
            page=SyncPage[CertificateDeactivateResponse],
            body=maybe_transform(
                {
                    "certificate_ids": certificate_ids,
                },
                certificate_deactivate_params.CertificateDeactivateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            model=CertificateDeactivateResponse,
            method="post",
        )

    def list(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncConversationCursorPage[CertificateListResponse]:
        """
        List certificates for this project.

        Args:
          project_id: The ID of the project.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/projects/{project_id}/certificates",
                project_id=project_id,
            ),
            page=SyncConversationCursorPage[CertificateListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "limit": limit,
                        "after": after,
                        "order": order,
                    },
                    certificate_list_params.CertificateListParams,
                ),
            ),
            model=CertificateListResponse,
        )


class AsyncCertificates(AsyncAPIResource):
    @cached_property
    def with_raw_response(self) -> AsyncCertificatesWithRawResponse:
        """
        Each method of this prefix returns the whole HTTP response (headers, status, `.parse()`)
        instead of only the parsed result.
        """
        return AsyncCertificatesWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncCertificatesWithStreamingResponse:
        """
        Like `.with_raw_response`, but the body is read only when you ask (`.read()`, `.iter_bytes()`, ...): use it in a `with` block.
        """
        return AsyncCertificatesWithStreamingResponse(self)

    def activate(
        self,
        project_id: str,
        *,
        certificate_ids: SequenceNotStr[str],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[CertificateActivateResponse, AsyncPage[CertificateActivateResponse]]:
        """
        Activate certificates at the project level.

        You can atomically and idempotently activate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/projects/{project_id}/certificates/activate",
                project_id=project_id,
            ),
            page=AsyncPage[CertificateActivateResponse],
            body=maybe_transform(
                {
                    "certificate_ids": certificate_ids,
                },
                certificate_activate_params.CertificateActivateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            model=CertificateActivateResponse,
            method="post",
        )

    def deactivate(
        self,
        project_id: str,
        *,
        certificate_ids: SequenceNotStr[str],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[CertificateDeactivateResponse, AsyncPage[CertificateDeactivateResponse]]:
        """
        Deactivate certificates at the project level. You can atomically and
        idempotently deactivate up to 10 certificates at a time.

        Args:
          project_id: The ID of the project.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/projects/{project_id}/certificates/deactivate",
                project_id=project_id,
            ),
            page=AsyncPage[CertificateDeactivateResponse],
            body=maybe_transform(
                {
                    "certificate_ids": certificate_ids,
                },
                certificate_deactivate_params.CertificateDeactivateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            model=CertificateDeactivateResponse,
            method="post",
        )

    def list(
        self,
        project_id: str,
        *,
        limit: int | Omit = omit,
        after: str | Omit = omit,
        order: Literal["asc", "desc"] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[CertificateListResponse, AsyncConversationCursorPage[CertificateListResponse]]:
        """
        List certificates for this project.

        Args:
          project_id: The ID of the project.

          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not project_id:
            raise ValueError(f"`project_id` must be a non-empty string, got {project_id!r}")
        return self._get_api_list(
            path_template(
                "/organization/projects/{project_id}/certificates",
                project_id=project_id,
            ),
            page=AsyncConversationCursorPage[CertificateListResponse],
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "limit": limit,
                        "after": after,
                        "order": order,
                    },
                    certificate_list_params.CertificateListParams,
                ),
            ),
            model=CertificateListResponse,
        )


class CertificatesWithRawResponse:
    def __init__(self, certificates: Certificates) -> None:
        self._certificates = certificates

        self.activate = to_raw_response_wrapper(
            certificates.activate,
        )

        self.deactivate = to_raw_response_wrapper(
            certificates.deactivate,
        )

        self.list = to_raw_response_wrapper(
            certificates.list,
        )


class AsyncCertificatesWithRawResponse:
    def __init__(self, certificates: AsyncCertificates) -> None:
        self._certificates = certificates

        self.activate = async_to_raw_response_wrapper(
            certificates.activate,
        )

        self.deactivate = async_to_raw_response_wrapper(
            certificates.deactivate,
        )

        self.list = async_to_raw_response_wrapper(
            certificates.list,
        )


class CertificatesWithStreamingResponse:
    def __init__(self, certificates: Certificates) -> None:
        self._certificates = certificates

        self.activate = to_streamed_response_wrapper(
            certificates.activate,
        )

        self.deactivate = to_streamed_response_wrapper(
            certificates.deactivate,
        )

        self.list = to_streamed_response_wrapper(
            certificates.list,
        )


class AsyncCertificatesWithStreamingResponse:
    def __init__(self, certificates: AsyncCertificates) -> None:
        self._certificates = certificates

        self.activate = async_to_streamed_response_wrapper(
            certificates.activate,
        )

        self.deactivate = async_to_streamed_response_wrapper(
            certificates.deactivate,
        )

        self.list = async_to_streamed_response_wrapper(
            certificates.list,
        )
