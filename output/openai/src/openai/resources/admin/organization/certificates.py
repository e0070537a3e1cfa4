# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Iterable

import httpx
from typing_extensions import Literal

from ...._base_client import AsyncPaginator, make_request_options
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
    path_template,
)
from ....pagination import AsyncConversationCursorPage, AsyncPage, SyncConversationCursorPage, SyncPage
from ....types.admin.organization import (
    certificate_activate_params,
    certificate_create_params,
    certificate_deactivate_params,
    certificate_list_params,
    certificate_retrieve_params,
    certificate_update_params,
)
from ....types.admin.organization.certificate import Certificate
from ....types.admin.organization.certificate_activate_response import CertificateActivateResponse
from ....types.admin.organization.certificate_deactivate_response import CertificateDeactivateResponse
from ....types.admin.organization.certificate_delete_response import CertificateDeleteResponse
from ....types.admin.organization.certificate_list_response import CertificateListResponse

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
        *,
        certificate_ids: SequenceNotStr[str],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[CertificateActivateResponse]:
        """
        Activate certificates at the organization level.

        You can atomically and idempotently activate up to 10 certificates at a time.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/organization/certificates/activate",
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

    def create(
        self,
        *,
        certificate: str,
        name: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Certificate:
        """
        Upload a certificate to the organization. This does **not** automatically activate the certificate.

        Organizations can upload up to 50 certificates.

        Args:
          name: An optional name for the certificate

          certificate: The certificate content in PEM format

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._post(
            "/organization/certificates",
            body=maybe_transform(
                {
                    "name": name,
                    "certificate": certificate,
                },
                certificate_create_params.CertificateCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=Certificate,
        )

    def deactivate(
        self,
        *,
        certificate_ids: SequenceNotStr[str],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> SyncPage[CertificateDeactivateResponse]:
        """
        Deactivate certificates at the organization level.

        You can atomically and idempotently deactivate up to 10 certificates at a time.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/organization/certificates/deactivate",
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

    def delete(
        self,
        certificate_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CertificateDeleteResponse:
        """
        Delete a certificate from the organization.

        The certificate must be inactive for the organization and all projects.

        Args:
          certificate_id: Unique ID of the certificate to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not certificate_id:
            raise ValueError(f"`certificate_id` must be a non-empty string, got {certificate_id!r}")
        return self._delete(
            path_template(
                "/organization/certificates/{certificate_id}",
                certificate_id=certificate_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=CertificateDeleteResponse,
        )

    def list(
        self,
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
        List uploaded certificates for this organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/organization/certificates",
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

    def retrieve(
        self,
        certificate_id: str,
        *,
        include: Iterable[Literal["content"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Certificate:
        """
        Get a certificate that has been uploaded to the organization.

        You can get a certificate regardless of whether it is active or not.

        Args:
          certificate_id: Unique ID of the certificate to retrieve.

          include: A list of additional fields to include in the response. Currently the only supported value is `content` to fetch the PEM content of the certificate.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not certificate_id:
            raise ValueError(f"`certificate_id` must be a non-empty string, got {certificate_id!r}")
        return self._get(
            path_template(
                "/organization/certificates/{certificate_id}",
                certificate_id=certificate_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=maybe_transform(
                    {
                        "include": include,
                    },
                    certificate_retrieve_params.CertificateRetrieveParams,
                ),
            ),
            cast_to=Certificate,
        )

    def update(
        self,
        certificate_id: str,
        *,
        name: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Certificate:
        """
        Modify a certificate. Note that only the name can be modified.

        Args:
          certificate_id: Unique ID of the certificate to modify.

          name: The updated name for the certificate

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not certificate_id:
            raise ValueError(f"`certificate_id` must be a non-empty string, got {certificate_id!r}")
        return self._post(
            path_template(
                "/organization/certificates/{certificate_id}",
                certificate_id=certificate_id,
            ),
            body=maybe_transform(
                {
                    "name": name,
                },
                certificate_update_params.CertificateUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=Certificate,
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
        *,
        certificate_ids: SequenceNotStr[str],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[CertificateActivateResponse, AsyncPage[CertificateActivateResponse]]:
        """
        Activate certificates at the organization level.

        You can atomically and idempotently activate up to 10 certificates at a time.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/organization/certificates/activate",
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

    async def create(
        self,
        *,
        certificate: str,
        name: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Certificate:
        """
        Upload a certificate to the organization. This does **not** automatically activate the certificate.

        Organizations can upload up to 50 certificates.

        Args:
          name: An optional name for the certificate

          certificate: The certificate content in PEM format

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return await self._post(
            "/organization/certificates",
            body=await async_maybe_transform(
                {
                    "name": name,
                    "certificate": certificate,
                },
                certificate_create_params.CertificateCreateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=Certificate,
        )

    def deactivate(
        self,
        *,
        certificate_ids: SequenceNotStr[str],
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> AsyncPaginator[CertificateDeactivateResponse, AsyncPage[CertificateDeactivateResponse]]:
        """
        Deactivate certificates at the organization level.

        You can atomically and idempotently deactivate up to 10 certificates at a time.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/organization/certificates/deactivate",
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

    async def delete(
        self,
        certificate_id: str,
        *,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> CertificateDeleteResponse:
        """
        Delete a certificate from the organization.

        The certificate must be inactive for the organization and all projects.

        Args:
          certificate_id: Unique ID of the certificate to delete.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not certificate_id:
            raise ValueError(f"`certificate_id` must be a non-empty string, got {certificate_id!r}")
        return await self._delete(
            path_template(
                "/organization/certificates/{certificate_id}",
                certificate_id=certificate_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=CertificateDeleteResponse,
        )

    def list(
        self,
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
        List uploaded certificates for this organization.

        Args:
          limit: A limit on the number of objects to be returned. Limit can range between 1 and 100, and the default is 20.

          after: A cursor for use in pagination. `after` is an object ID that defines your place in the list. For instance, if you make a list request and receive 100 objects, ending with obj_foo, your subsequent call can include after=obj_foo in order to fetch the next page of the list.

          order: Sort order by the `created_at` timestamp of the objects. `asc` for ascending order and `desc` for descending order.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        return self._get_api_list(
            "/organization/certificates",
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

    async def retrieve(
        self,
        certificate_id: str,
        *,
        include: Iterable[Literal["content"]] | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Certificate:
        """
        Get a certificate that has been uploaded to the organization.

        You can get a certificate regardless of whether it is active or not.

        Args:
          certificate_id: Unique ID of the certificate to retrieve.

          include: A list of additional fields to include in the response. Currently the only supported value is `content` to fetch the PEM content of the certificate.

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not certificate_id:
            raise ValueError(f"`certificate_id` must be a non-empty string, got {certificate_id!r}")
        return await self._get(
            path_template(
                "/organization/certificates/{certificate_id}",
                certificate_id=certificate_id,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
                query=await async_maybe_transform(
                    {
                        "include": include,
                    },
                    certificate_retrieve_params.CertificateRetrieveParams,
                ),
            ),
            cast_to=Certificate,
        )

    async def update(
        self,
        certificate_id: str,
        *,
        name: str | Omit = omit,
        # For what this method has no argument for: sent as given, over the client's own values and the ones above.
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Certificate:
        """
        Modify a certificate. Note that only the name can be modified.

        Args:
          certificate_id: Unique ID of the certificate to modify.

          name: The updated name for the certificate

          extra_headers: Headers to add to the request (they replace the client's of the same name)

          extra_query: Query parameters to add to the URL

          extra_body: Properties to add to the JSON body

          timeout: The timeout of this request in seconds (or an `httpx.Timeout`), instead of the client's
        """

        if not certificate_id:
            raise ValueError(f"`certificate_id` must be a non-empty string, got {certificate_id!r}")
        return await self._post(
            path_template(
                "/organization/certificates/{certificate_id}",
                certificate_id=certificate_id,
            ),
            body=await async_maybe_transform(
                {
                    "name": name,
                },
                certificate_update_params.CertificateUpdateParams,
            ),
            options=make_request_options(
                extra_headers=extra_headers,
                extra_query=extra_query,
                extra_body=extra_body,
                timeout=timeout,
                credential="admin_api_key",
            ),
            cast_to=Certificate,
        )


class CertificatesWithRawResponse:
    def __init__(self, certificates: Certificates) -> None:
        self._certificates = certificates

        self.activate = to_raw_response_wrapper(
            certificates.activate,
        )

        self.create = to_raw_response_wrapper(
            certificates.create,
        )

        self.deactivate = to_raw_response_wrapper(
            certificates.deactivate,
        )

        self.delete = to_raw_response_wrapper(
            certificates.delete,
        )

        self.list = to_raw_response_wrapper(
            certificates.list,
        )

        self.retrieve = to_raw_response_wrapper(
            certificates.retrieve,
        )

        self.update = to_raw_response_wrapper(
            certificates.update,
        )


class AsyncCertificatesWithRawResponse:
    def __init__(self, certificates: AsyncCertificates) -> None:
        self._certificates = certificates

        self.activate = async_to_raw_response_wrapper(
            certificates.activate,
        )

        self.create = async_to_raw_response_wrapper(
            certificates.create,
        )

        self.deactivate = async_to_raw_response_wrapper(
            certificates.deactivate,
        )

        self.delete = async_to_raw_response_wrapper(
            certificates.delete,
        )

        self.list = async_to_raw_response_wrapper(
            certificates.list,
        )

        self.retrieve = async_to_raw_response_wrapper(
            certificates.retrieve,
        )

        self.update = async_to_raw_response_wrapper(
            certificates.update,
        )


class CertificatesWithStreamingResponse:
    def __init__(self, certificates: Certificates) -> None:
        self._certificates = certificates

        self.activate = to_streamed_response_wrapper(
            certificates.activate,
        )

        self.create = to_streamed_response_wrapper(
            certificates.create,
        )

        self.deactivate = to_streamed_response_wrapper(
            certificates.deactivate,
        )

        self.delete = to_streamed_response_wrapper(
            certificates.delete,
        )

        self.list = to_streamed_response_wrapper(
            certificates.list,
        )

        self.retrieve = to_streamed_response_wrapper(
            certificates.retrieve,
        )

        self.update = to_streamed_response_wrapper(
            certificates.update,
        )


class AsyncCertificatesWithStreamingResponse:
    def __init__(self, certificates: AsyncCertificates) -> None:
        self._certificates = certificates

        self.activate = async_to_streamed_response_wrapper(
            certificates.activate,
        )

        self.create = async_to_streamed_response_wrapper(
            certificates.create,
        )

        self.deactivate = async_to_streamed_response_wrapper(
            certificates.deactivate,
        )

        self.delete = async_to_streamed_response_wrapper(
            certificates.delete,
        )

        self.list = async_to_streamed_response_wrapper(
            certificates.list,
        )

        self.retrieve = async_to_streamed_response_wrapper(
            certificates.retrieve,
        )

        self.update = async_to_streamed_response_wrapper(
            certificates.update,
        )
