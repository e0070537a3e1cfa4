"""Clients for Amazon Bedrock's OpenAI-compatible endpoint: the same resources as `OpenAI`,
authenticated with a Bedrock bearer token (a string, or a function asked before each request),
at a base URL from the argument, `AWS_BEDROCK_BASE_URL`, or the AWS region."""

from __future__ import annotations

import os
import re
from typing import Any, Awaitable, Callable, Dict, Mapping, Optional, Union, cast

import httpx
from typing_extensions import Self, override

from .._constants import DEFAULT_MAX_RETRIES
from .._client import AsyncOpenAI, OpenAI
from .._exceptions import OpenAIError
from .._types import NotGiven, Timeout, not_given
from .._utils import is_given

__all__ = ["BedrockOpenAI", "AsyncBedrockOpenAI", "BedrockTokenProvider", "AsyncBedrockTokenProvider"]

BedrockTokenProvider = Callable[[], str]
AsyncBedrockTokenProvider = Callable[[], Union[str, Awaitable[str]]]

TOKEN_ENV = "AWS_BEARER_TOKEN_BEDROCK"
BASE_URL_ENV = "AWS_BEDROCK_BASE_URL"


def _blank(value: Union[str, httpx.URL, None]) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def bedrock_base_url(base_url: Union[str, httpx.URL, None], aws_region: Optional[str]) -> httpx.URL:
    """The argument, else AWS_BEDROCK_BASE_URL, else the region's endpoint; a URL of the
    Responses API itself (`.../responses...`) is cut back to the API root."""
    chosen: Union[str, httpx.URL, None] = None if _blank(base_url) else base_url
    if chosen is None and not _blank(os.environ.get(BASE_URL_ENV)):
        chosen = os.environ[BASE_URL_ENV]
    if chosen is None:
        region = aws_region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
        if not region or not region.strip():
            raise OpenAIError(
                "No Bedrock endpoint: pass `base_url` or `aws_region`, or set AWS_BEDROCK_BASE_URL, AWS_REGION or "
                "AWS_DEFAULT_REGION"
            )
        chosen = f"https://bedrock-mantle.{region.strip()}.api.aws/openai/v1"
    url = httpx.URL(str(chosen))
    path = re.sub(r"/responses(?:/.*)?$", "", url.path.rstrip("/"))
    return url.copy_with(path=path or "/")


def _region_derived(base_url: Union[str, httpx.URL, None]) -> bool:
    return _blank(base_url) and _blank(os.environ.get(BASE_URL_ENV))


def _token(api_key: Optional[str], provider: Optional[Callable[..., Any]]) -> Optional[str]:
    """The static token (from the argument or AWS_BEARER_TOKEN_BEDROCK), after the checks."""
    if callable(cast(object, api_key)):
        raise OpenAIError("Pass a function that refreshes the Bedrock token as `bedrock_token_provider`, not `api_key`")
    if api_key is not None and provider is not None:
        raise OpenAIError("Give `api_key` or `bedrock_token_provider`, not both: each is a way to authenticate")
    if api_key is None and provider is None:
        api_key = os.environ.get(TOKEN_ENV)
    if not api_key and provider is None:
        raise OpenAIError(f"Missing credentials: pass `api_key` or `bedrock_token_provider`, or set {TOKEN_ENV}")
    return api_key


def _setup(client: Any, api_key: Optional[str], provider: Optional[Callable[..., Any]], aws_region: Optional[str],
           base_url: Union[str, httpx.URL, None]) -> Any:
    """Checks the credentials, keeps what copies need on the client; returns the key (or the
    function) for the parent constructor."""
    token = _token(api_key, provider)
    client.aws_region = aws_region
    client._bedrock_token_provider = provider
    client._region_derived_base_url = _region_derived(base_url)
    return provider if provider is not None else token


def _refuse_other_credentials(admin_api_key: Optional[str], workload_identity: Optional[object]) -> None:
    if admin_api_key is not None or workload_identity is not None:
        raise OpenAIError("Bedrock clients authenticate with a Bedrock bearer token only")


class BedrockOpenAI(OpenAI):
    """`OpenAI` for Amazon Bedrock. Every call, the admin ones included, sends the Bedrock token."""

    aws_region: Optional[str]

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        bedrock_token_provider: Optional[BedrockTokenProvider] = None,
        aws_region: Optional[str] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.Client] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        """Arguments left out are read from the environment: `api_key` from AWS_BEARER_TOKEN_BEDROCK,
        `base_url` from AWS_BEDROCK_BASE_URL, else built from `aws_region` (AWS_REGION,
        AWS_DEFAULT_REGION). `bedrock_token_provider` is called before each request."""
        key = _setup(self, api_key, bedrock_token_provider, aws_region, base_url)
        super().__init__(
            api_key=key,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            base_url=bedrock_base_url(base_url, aws_region),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
        )

    @override
    def _credential_headers(self, credential: str) -> Dict[str, str]:
        return self.auth_headers  # Bedrock has one credential for every endpoint

    @override
    def copy(  # type: ignore[override]
        self,
        *,
        api_key: Optional[str] = None,
        admin_api_key: Optional[str] = None,
        workload_identity: Optional[object] = None,
        bedrock_token_provider: Optional[BedrockTokenProvider] = None,
        aws_region: Optional[str] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
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
        """A new Bedrock client with some options changed; it shares this client's connection pool.
        A new `aws_region` moves a client whose URL came from the region."""
        _refuse_other_credentials(admin_api_key, workload_identity)
        kwargs = _copy_kwargs(self, api_key, bedrock_token_provider, aws_region, base_url, default_headers,
                              set_default_headers, default_query, set_default_query)
        return self.__class__(
            organization=organization if organization is not None else self.organization,
            project=project if project is not None else self.project,
            webhook_secret=webhook_secret if webhook_secret is not None else self.webhook_secret,
            websocket_base_url=websocket_base_url if websocket_base_url is not None else self.websocket_base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            http_client=http_client or self._client,
            max_retries=max_retries if is_given(max_retries) else self.max_retries,
            _strict_response_validation=self._strict_response_validation,
            **kwargs,
            **_extra_kwargs,
        )

    with_options = copy  # type: ignore[assignment]


class AsyncBedrockOpenAI(AsyncOpenAI):
    """`AsyncOpenAI` for Amazon Bedrock; the token function may be sync or async."""

    aws_region: Optional[str]

    def __init__(
        self,
        *,
        api_key: Optional[str] = None,
        bedrock_token_provider: Optional[AsyncBedrockTokenProvider] = None,
        aws_region: Optional[str] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        base_url: Union[str, httpx.URL, None] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
        timeout: Union[float, Timeout, None, NotGiven] = not_given,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Optional[Mapping[str, str]] = None,
        default_query: Optional[Mapping[str, object]] = None,
        http_client: Optional[httpx.AsyncClient] = None,
        _strict_response_validation: bool = False,
    ) -> None:
        """See `BedrockOpenAI`."""
        key = _setup(self, api_key, bedrock_token_provider, aws_region, base_url)
        super().__init__(
            api_key=key,
            organization=organization,
            project=project,
            webhook_secret=webhook_secret,
            websocket_base_url=websocket_base_url,
            base_url=bedrock_base_url(base_url, aws_region),
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            default_query=default_query,
            http_client=http_client,
            _strict_response_validation=_strict_response_validation,
        )

    @override
    def _credential_headers(self, credential: str) -> Dict[str, str]:
        return self.auth_headers

    @override
    def copy(  # type: ignore[override]
        self,
        *,
        api_key: Optional[str] = None,
        admin_api_key: Optional[str] = None,
        workload_identity: Optional[object] = None,
        bedrock_token_provider: Optional[AsyncBedrockTokenProvider] = None,
        aws_region: Optional[str] = None,
        organization: Optional[str] = None,
        project: Optional[str] = None,
        webhook_secret: Optional[str] = None,
        websocket_base_url: Union[str, httpx.URL, None] = None,
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
        """See `BedrockOpenAI.copy`."""
        _refuse_other_credentials(admin_api_key, workload_identity)
        kwargs = _copy_kwargs(self, api_key, bedrock_token_provider, aws_region, base_url, default_headers,
                              set_default_headers, default_query, set_default_query)
        return self.__class__(
            organization=organization if organization is not None else self.organization,
            project=project if project is not None else self.project,
            webhook_secret=webhook_secret if webhook_secret is not None else self.webhook_secret,
            websocket_base_url=websocket_base_url if websocket_base_url is not None else self.websocket_base_url,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            http_client=http_client or self._client,
            max_retries=max_retries if is_given(max_retries) else self.max_retries,
            _strict_response_validation=self._strict_response_validation,
            **kwargs,
            **_extra_kwargs,
        )

    with_options = copy  # type: ignore[assignment]


def _copy_kwargs(client: Union[BedrockOpenAI, AsyncBedrockOpenAI], api_key: Optional[str],
                 provider: Optional[Callable[..., Any]], aws_region: Optional[str],
                 base_url: Union[str, httpx.URL, None], default_headers: Optional[Mapping[str, str]],
                 set_default_headers: Optional[Mapping[str, str]], default_query: Optional[Mapping[str, object]],
                 set_default_query: Optional[Mapping[str, object]]) -> Dict[str, Any]:
    """The credential, endpoint, header and query arguments of a copy: what changed, else the
    client's own (a new token replaces the client's function and the other way round)."""
    if default_headers is not None and set_default_headers is not None:
        raise ValueError("Give `default_headers` (merged) or `set_default_headers` (replacing), not both")
    if default_query is not None and set_default_query is not None:
        raise ValueError("Give `default_query` (merged) or `set_default_query` (replacing), not both")
    if api_key is not None and provider is not None:
        raise OpenAIError("Give `api_key` or `bedrock_token_provider`, not both: each is a way to authenticate")
    own_provider = getattr(client, "_bedrock_token_provider", None)
    next_provider = None if api_key is not None else provider or own_provider
    next_key = api_key if api_key is not None else (None if next_provider is not None else client.api_key)
    next_base = base_url
    if next_base is None and not (aws_region is not None and getattr(client, "_region_derived_base_url", False)):
        next_base = client.base_url
    headers: Mapping[str, Any] = client._custom_headers  # pyright: ignore[reportPrivateUsage]
    if default_headers is not None:
        headers = {**headers, **default_headers}
    elif set_default_headers is not None:
        headers = set_default_headers
    query: Mapping[str, object] = client._custom_query  # pyright: ignore[reportPrivateUsage]
    if default_query is not None:
        query = {**query, **default_query}
    elif set_default_query is not None:
        query = set_default_query
    return {
        "api_key": next_key,
        "bedrock_token_provider": next_provider,
        "aws_region": aws_region if aws_region is not None else client.aws_region,
        "base_url": next_base,
        "default_headers": headers,
        "default_query": query,
    }


