# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

"""Azure flavour of the client: deployment-scoped routes, `api-version`, API key or Entra ID tokens."""

from __future__ import annotations

import inspect
import os
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Dict, Mapping, Optional, Union

import httpx
from typing_extensions import Self, override

from .._client import AsyncOpenAI, OpenAI
from .._request_options import FinalRequestOptions
from .._types import NotGiven, Omit, Timeout, not_given
from .._utils import is_mapping

if TYPE_CHECKING:
    from ..auth._workload import WorkloadIdentity
from .._constants import DEFAULT_MAX_RETRIES
from .._exceptions import OpenAIError

__all__ = [
    "AzureOpenAI",
    "AsyncAzureOpenAI",
    "BaseAzureClient",
    "AzureADTokenProvider",
    "AsyncAzureADTokenProvider",
    "API_KEY_SENTINEL",
]

AzureADTokenProvider = Callable[[], str]
AsyncAzureADTokenProvider = Callable[[], Union[str, Awaitable[str]]]

# Routes served under `/deployments/<deployment>`; the deployment is the request's `model`.
_DEPLOYMENT_PATHS = frozenset(
    {
        "/completions",
        "/chat/completions",
        "/embeddings",
        "/audio/transcriptions",
        "/audio/translations",
        "/audio/speech",
        "/images/generations",
        "/images/edits",
    }
)
# what the parent client gets as its key when requests authenticate with an Entra ID token instead
API_KEY_SENTINEL = "<missing API key>"


class MutuallyExclusiveAuthError(OpenAIError):
    def __init__(self) -> None:
        super().__init__(
            "Give only one of `api_key`, `azure_ad_token` and `azure_ad_token_provider`: each is a way to authenticate"
        )


def _resolve(
    *,
    api_version: Optional[str],
    azure_endpoint: Optional[str],
    azure_deployment: Optional[str],
    api_key: Optional[str],
    azure_ad_token: Optional[str],
    azure_ad_token_provider: Optional[object],
    base_url: Union[str, httpx.URL, None],
) -> Dict[str, Any]:
    if api_key is None:
        api_key = os.environ.get("AZURE_OPENAI_API_KEY")
    if azure_ad_token is None:
        azure_ad_token = os.environ.get("AZURE_OPENAI_AD_TOKEN")
    if api_key is None and azure_ad_token is None and azure_ad_token_provider is None:
        raise OpenAIError(
            "Missing credentials. Please pass one of `api_key`, `azure_ad_token`, or `azure_ad_token_provider`, "
            "or set the `AZURE_OPENAI_API_KEY` or `AZURE_OPENAI_AD_TOKEN` environment variables."
        )
    if api_version is None:
        api_version = os.environ.get("OPENAI_API_VERSION")
    if api_version is None:
        raise ValueError(
            "Must provide either the `api_version` argument or the `OPENAI_API_VERSION` environment variable"
        )
    if base_url is None:
        if azure_endpoint is None:
            azure_endpoint = os.environ.get("AZURE_OPENAI_ENDPOINT")
        if azure_endpoint is None:
            raise ValueError(
                "Must provide one of the `base_url` or `azure_endpoint` arguments, "
                "or the `AZURE_OPENAI_ENDPOINT` environment variable"
            )
        endpoint = azure_endpoint.rstrip("/")
        if azure_deployment is not None:
            base_url = f"{endpoint}/openai/deployments/{azure_deployment}"
        else:
            base_url = f"{endpoint}/openai"
    elif azure_endpoint is not None:
        raise ValueError("Give `azure_endpoint` or `base_url`, not both")
    return {
        "api_key": api_key,
        "azure_ad_token": azure_ad_token,
        "api_version": api_version,
        "azure_endpoint": azure_endpoint,
        "base_url": base_url,
    }


def _deployment_url(options: FinalRequestOptions, deployment: Optional[str]) -> None:
    if deployment is not None or options.url not in _DEPLOYMENT_PATHS:
        return
    body = options.json_data
    if not is_mapping(body):
        return
    model = body.get("model")
    if model is None or isinstance(model, (NotGiven, Omit)):
        return
    options.url = f"/deployments/{model}{options.url}"


def _with_header(options: FinalRequestOptions, name: str, value: str) -> None:
    headers: Dict[str, Any] = dict(options.headers) if isinstance(options.headers, Mapping) else {}
    if not any(key.lower() == name.lower() for key in headers):
        headers[name] = value
    options.headers = headers


class BaseAzureClient:
    """What the sync and async Azure clients have in common: their Azure settings, and how a
    request carries the credentials and reaches its deployment."""

    _azure_api_key: Optional[str]
    _azure_ad_token: Optional[str]
    _api_version: str
    _azure_endpoint: Optional[str]
    _azure_deployment: Optional[str]

    def _authorize(self, options: FinalRequestOptions, token: Optional[str]) -> FinalRequestOptions:
        if token:
            _with_header(options, "Authorization", f"Bearer {token}")
        elif self._azure_api_key and self._azure_api_key != API_KEY_SENTINEL:
            _with_header(options, "api-key", self._azure_api_key)
        else:
            raise ValueError("Unable to handle auth: no API key or Azure AD token")
        _deployment_url(options, self._azure_deployment)
        return options


class AzureOpenAI(BaseAzureClient, OpenAI):
    """The client for Azure deployments.

    `base_url` is `<azure_endpoint>/openai`, or `<azure_endpoint>/openai/deployments/<azure_deployment>`
    when a deployment is given. Without a deployment, requests to deployment routes go to
    `/deployments/<model>/...`.
    """

    def __init__(
        self,
        *,
        api_version: Optional[str] = None,
        azure_endpoint: Optional[str] = None,
        azure_deployment: Optional[str] = None,
        api_key: Optional[str] = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Optional[AzureADTokenProvider] = None,
        admin_api_key: Optional[str] = None,
        workload_identity: Optional[WorkloadIdentity] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        resolved = _resolve(
            api_version=api_version,
            azure_endpoint=azure_endpoint,
            azure_deployment=azure_deployment,
            api_key=api_key,
            azure_ad_token=azure_ad_token,
            azure_ad_token_provider=azure_ad_token_provider,
            base_url=base_url,
        )
        self._azure_api_key: Optional[str] = resolved["api_key"]
        self._azure_ad_token: Optional[str] = resolved["azure_ad_token"]
        self._azure_ad_token_provider = azure_ad_token_provider
        self._api_version: str = resolved["api_version"]
        self._azure_endpoint: Optional[str] = resolved["azure_endpoint"]
        self._azure_deployment: Optional[str] = azure_deployment
        super().__init__(
            api_key=self._azure_api_key or API_KEY_SENTINEL,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            base_url=resolved["base_url"],
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query={**(default_query or {}), "api-version": self._api_version},
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
        )

    @property
    @override
    def auth_headers(self) -> Dict[str, str]:
        # Sent per request instead (see `_prepare_options`), as a token provider may change the token.
        return {}

    @override
    def copy(  # type: ignore[override]
        self,
        *,
        api_key: Optional[str] = None,
        admin_api_key: Optional[str] = None,
        workload_identity: Optional[WorkloadIdentity] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        api_version: Optional[str] = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Optional[AzureADTokenProvider] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.Client] = None,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new Azure client with some options changed; it shares this client's connection pool."""
        kwargs: Dict[str, Any] = {
            "api_key": api_key,
            "admin_api_key": admin_api_key,
            "workload_identity": workload_identity,
            "organization": organization,
            "project": project,
            "webhook_secret": webhook_secret,
            "websocket_base_url": websocket_base_url,
            "base_url": base_url,
            "timeout": timeout,
            "http_client": http_client,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "set_default_headers": set_default_headers,
            "default_query": default_query,
            "set_default_query": set_default_query,
        }
        extra: Dict[str, Any] = {
            "api_version": api_version or self._api_version,
            "azure_ad_token": azure_ad_token or self._azure_ad_token,
            "azure_ad_token_provider": azure_ad_token_provider or self._azure_ad_token_provider,
            "azure_deployment": self._azure_deployment,
            **_extra_kwargs,
        }
        if kwargs.get("api_key") is None:
            kwargs["api_key"] = self._azure_api_key
        if kwargs["api_key"] is None:
            has_token = bool(extra["azure_ad_token"] or extra["azure_ad_token_provider"])
            kwargs["api_key"] = None if has_token else API_KEY_SENTINEL
        client = super().copy(_extra_kwargs=extra, **kwargs)
        return client

    with_options = copy  # type: ignore[assignment]

    def _get_azure_ad_token(self) -> Optional[str]:
        if self._azure_ad_token is not None:
            return self._azure_ad_token
        provider = self._azure_ad_token_provider
        if provider is not None:
            token = provider()
            if not token or not isinstance(token, str):  # pyright: ignore[reportUnnecessaryIsInstance]
                raise ValueError(f"Expected `azure_ad_token_provider` to return a string but it returned {token}")
            return token
        return None

    @override
    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        options = super()._prepare_options(options)
        token = self._get_azure_ad_token()
        return self._authorize(options, token)


class AsyncAzureOpenAI(BaseAzureClient, AsyncOpenAI):
    """The client for Azure deployments.

    `base_url` is `<azure_endpoint>/openai`, or `<azure_endpoint>/openai/deployments/<azure_deployment>`
    when a deployment is given. Without a deployment, requests to deployment routes go to
    `/deployments/<model>/...`.
    """

    def __init__(
        self,
        *,
        api_version: Optional[str] = None,
        azure_endpoint: Optional[str] = None,
        azure_deployment: Optional[str] = None,
        api_key: Optional[str] = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Optional[AsyncAzureADTokenProvider] = None,
        admin_api_key: Optional[str] = None,
        workload_identity: Optional[WorkloadIdentity] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        resolved = _resolve(
            api_version=api_version,
            azure_endpoint=azure_endpoint,
            azure_deployment=azure_deployment,
            api_key=api_key,
            azure_ad_token=azure_ad_token,
            azure_ad_token_provider=azure_ad_token_provider,
            base_url=base_url,
        )
        self._azure_api_key: Optional[str] = resolved["api_key"]
        self._azure_ad_token: Optional[str] = resolved["azure_ad_token"]
        self._azure_ad_token_provider = azure_ad_token_provider
        self._api_version: str = resolved["api_version"]
        self._azure_endpoint: Optional[str] = resolved["azure_endpoint"]
        self._azure_deployment: Optional[str] = azure_deployment
        super().__init__(
            api_key=self._azure_api_key or API_KEY_SENTINEL,
            admin_api_key=admin_api_key,
            workload_identity=workload_identity,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            base_url=resolved["base_url"],
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query={**(default_query or {}), "api-version": self._api_version},
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
        )

    @property
    @override
    def auth_headers(self) -> Dict[str, str]:
        # Sent per request instead (see `_prepare_options`), as a token provider may change the token.
        return {}

    @override
    def copy(  # type: ignore[override]
        self,
        *,
        api_key: Optional[str] = None,
        admin_api_key: Optional[str] = None,
        workload_identity: Optional[WorkloadIdentity] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        api_version: Optional[str] = None,
        azure_ad_token: Optional[str] = None,
        azure_ad_token_provider: Optional[AsyncAzureADTokenProvider] = None,
        base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        http_client: Optional[httpx.AsyncClient] = None,
        max_retries: Union[int, NotGiven] = not_given,
        default_headers: Optional[Mapping[str, str]] = None,
        set_default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        set_default_query: Optional[Mapping[str, object]] = None,
        _extra_kwargs: Mapping[str, Any] = {},
    ) -> Self:
        """A new Azure client with some options changed; it shares this client's connection pool."""
        kwargs: Dict[str, Any] = {
            "api_key": api_key,
            "admin_api_key": admin_api_key,
            "workload_identity": workload_identity,
            "organization": organization,
            "project": project,
            "webhook_secret": webhook_secret,
            "websocket_base_url": websocket_base_url,
            "base_url": base_url,
            "timeout": timeout,
            "http_client": http_client,
            "max_retries": max_retries,
            "default_headers": default_headers,
            "set_default_headers": set_default_headers,
            "default_query": default_query,
            "set_default_query": set_default_query,
        }
        extra: Dict[str, Any] = {
            "api_version": api_version or self._api_version,
            "azure_ad_token": azure_ad_token or self._azure_ad_token,
            "azure_ad_token_provider": azure_ad_token_provider or self._azure_ad_token_provider,
            "azure_deployment": self._azure_deployment,
            **_extra_kwargs,
        }
        if kwargs.get("api_key") is None:
            kwargs["api_key"] = self._azure_api_key
        if kwargs["api_key"] is None:
            has_token = bool(extra["azure_ad_token"] or extra["azure_ad_token_provider"])
            kwargs["api_key"] = None if has_token else API_KEY_SENTINEL
        client = super().copy(_extra_kwargs=extra, **kwargs)
        return client

    with_options = copy  # type: ignore[assignment]

    async def _get_azure_ad_token(self) -> Optional[str]:
        if self._azure_ad_token is not None:
            return self._azure_ad_token
        provider = self._azure_ad_token_provider
        if provider is not None:
            token = provider()
            if inspect.isawaitable(token):
                token = await token
            if not token or not isinstance(token, str):  # pyright: ignore[reportUnnecessaryIsInstance]
                raise ValueError(f"Expected `azure_ad_token_provider` to return a string but it returned {token}")
            return token
        return None

    @override
    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        options = await super()._prepare_options(options)
        token = await self._get_azure_ad_token()
        return self._authorize(options, token)
