"""Workload identity federation (RFC 8693 token exchange).

A *subject token* proves who the workload is (a JWT a platform mounts or serves). It is posted to
OpenAI's token endpoint with the identity provider and service account ids, and comes back as an
access token with a lifetime. `WorkloadIdentityAuth` keeps that access token and asks for a new
one `refresh_buffer_seconds` before it expires (at most half its lifetime early), one request at a
time across threads. The client calls it before each request, and after a 401 it drops the token
and tries once more with a fresh one."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any, Callable, Dict, Optional, Union, cast

import httpx
from typing_extensions import Literal, NotRequired, TypedDict

from .._exceptions import AuthenticationError, OpenAIError

__all__ = [
    "SubjectTokenProvider", "WorkloadIdentity", "WorkloadIdentityAuth", "k8s_service_account_token_provider",
    "azure_managed_identity_token_provider", "gcp_id_token_provider", "SubjectTokenProviderError", "OAuthError",
    "workload_identity_key", "DEFAULT_TOKEN_EXCHANGE_URL", "DEFAULT_REFRESH_BUFFER_SECONDS",
]  # fmt: skip

DEFAULT_TOKEN_EXCHANGE_URL = "https://auth.openai.com/oauth/token"
DEFAULT_REFRESH_BUFFER_SECONDS = 1200.0
GRANT_TYPE = "urn:ietf:params:oauth:grant-type:token-exchange"
TOKEN_TYPES = {"jwt": "urn:ietf:params:oauth:token-type:jwt", "id": "urn:ietf:params:oauth:token-type:id_token"}


class SubjectTokenProvider(TypedDict):
    token_type: Literal["jwt", "id"]
    get_token: Callable[[], str]


class WorkloadIdentity(TypedDict):
    identity_provider_id: str
    """The identity provider registered with OpenAI that verifies the subject token."""

    service_account_id: str
    """The OpenAI service account the verified workload acts as."""

    provider: SubjectTokenProvider
    """Where the subject token comes from (see the `*_token_provider` functions)."""

    refresh_buffer_seconds: NotRequired[float]
    """How long before expiry a new access token is fetched (default 1200 s)."""


class SubjectTokenProviderError(OpenAIError):
    """The subject token could not be obtained from the platform."""

    response: Optional[httpx.Response]

    def __init__(self, message: str, *, response: Optional[httpx.Response] = None) -> None:
        super().__init__(message)
        self.response = response


class OAuthError(AuthenticationError):
    """The token endpoint refused the exchange; `error` is its OAuth error code."""

    error: Optional[str]

    def __init__(self, *, response: httpx.Response, body: object) -> None:
        whole: object = body  # kept apart from the narrowing below: pyright then sees `object`
        details = cast(Dict[str, Any], body) if isinstance(body, dict) else {}
        error = details.get("error")
        description = details.get("error_description")
        self.error = error if isinstance(error, str) else None
        message = description if isinstance(description, str) and description else "OAuth authentication error."
        super().__init__(message, response=response, body=whole)


def k8s_service_account_token_provider(
    token_file_path: Union[str, Path] = "/var/run/secrets/kubernetes.io/serviceaccount/token",
) -> SubjectTokenProvider:
    """The service account token Kubernetes mounts into the pod, read again for every exchange
    (the kubelet rotates the file)."""

    def get_token() -> str:
        try:
            token = Path(token_file_path).read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise SubjectTokenProviderError(f"Cannot read the service account token {token_file_path}: {exc}") from exc
        if not token:
            raise SubjectTokenProviderError(f"The service account token file {token_file_path} is empty")
        return token

    return {"token_type": "jwt", "get_token": get_token}


def _metadata_get(
    url: str,
    params: Dict[str, str],
    headers: Dict[str, str],
    timeout: float,
    http_client: Optional[httpx.Client],
    what: str,
) -> httpx.Response:
    try:
        if http_client is not None:
            response = http_client.get(url, params=params, headers=headers, timeout=timeout)
        else:
            with httpx.Client() as client:
                response = client.get(url, params=params, headers=headers, timeout=timeout)
    except httpx.HTTPError as exc:
        raise SubjectTokenProviderError(f"Cannot reach the {what}: {exc}") from exc
    if response.is_error:
        raise SubjectTokenProviderError(f"The {what} answered HTTP {response.status_code}", response=response)
    return response


def azure_managed_identity_token_provider(
    resource: str = "https://management.azure.com/",
    *,
    object_id: Optional[str] = None,
    client_id: Optional[str] = None,
    msi_res_id: Optional[str] = None,
    api_version: str = "2018-02-01",
    timeout: float = 10.0,
    http_client: Optional[httpx.Client] = None,
) -> SubjectTokenProvider:
    """A token of the VM's or container's managed identity from Azure's instance metadata service
    (IMDS); `object_id`, `client_id` or `msi_res_id` pick a user-assigned identity."""

    def get_token() -> str:
        params = {"api-version": api_version, "resource": resource}
        for name, value in (("object_id", object_id), ("client_id", client_id), ("msi_res_id", msi_res_id)):
            if value is not None:
                params[name] = value
        response = _metadata_get(
            "http://169.254.169.254/metadata/identity/oauth2/token",
            params,
            {"Metadata": "true"},
            timeout,
            http_client,
            "Azure instance metadata service",
        )
        try:
            token = response.json().get("access_token")
        except (ValueError, AttributeError):
            token = None
        if not isinstance(token, str) or not token:
            raise SubjectTokenProviderError(
                "The Azure instance metadata service sent no access_token", response=response
            )
        return token

    return {"token_type": "jwt", "get_token": get_token}


def gcp_id_token_provider(
    audience: str = "https://api.openai.com/v1",
    *,
    timeout: float = 10.0,
    http_client: Optional[httpx.Client] = None,
) -> SubjectTokenProvider:
    """An identity token for `audience` from the GCP instance's metadata server."""

    def get_token() -> str:
        response = _metadata_get(
            "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/identity",
            {"audience": audience},
            {"Metadata-Flavor": "Google"},
            timeout,
            http_client,
            "GCP metadata server",
        )
        token = response.text.strip()
        if not token:
            raise SubjectTokenProviderError("The GCP metadata server sent an empty token", response=response)
        return token

    return {"token_type": "id", "get_token": get_token}


class WorkloadIdentityAuth:
    """Access tokens for a workload identity, exchanged and cached (thread-safe)."""

    def __init__(self, *, workload_identity: WorkloadIdentity, token_exchange_url: Optional[str] = None) -> None:
        self.workload_identity = workload_identity
        self.token_exchange_url = token_exchange_url or DEFAULT_TOKEN_EXCHANGE_URL
        self._lock = threading.Lock()  # held while exchanging: one exchange at a time
        self._token: Optional[str] = None
        self._expires_at = 0.0  # time.monotonic() values
        self._refresh_at = 0.0

    def get_token(self) -> str:
        """The cached access token, exchanged anew when it is due for refresh."""
        token = self._token
        if token is not None and time.monotonic() < self._refresh_at:
            return token
        with self._lock:
            now = time.monotonic()
            if self._token is not None and now < self._refresh_at:
                return self._token  # another thread exchanged while this one waited
            access_token, lifetime = self._exchange()
            buffer = self.workload_identity.get("refresh_buffer_seconds", DEFAULT_REFRESH_BUFFER_SECONDS)
            self._token = access_token
            self._expires_at = now + lifetime
            self._refresh_at = now + max(lifetime - min(buffer, lifetime / 2), 0.0)
            return access_token

    async def get_token_async(self) -> str:
        """`get_token` on a worker thread: the exchange is a blocking request."""
        import anyio.to_thread

        return await anyio.to_thread.run_sync(self.get_token)

    def invalidate_token(self) -> None:
        """Forgets the access token: the next `get_token` exchanges again."""
        with self._lock:
            self._token = None
            self._refresh_at = self._expires_at = 0.0

    def _exchange(self) -> "tuple[str, float]":
        provider = self.workload_identity["provider"]
        kind = TOKEN_TYPES.get(provider["token_type"])
        if kind is None:
            raise OpenAIError(
                f"Unknown subject token type {provider['token_type']!r}: use one of {', '.join(TOKEN_TYPES)}"
            )
        subject = provider["get_token"]()
        if not subject:
            raise SubjectTokenProviderError("The subject token provider returned an empty token")
        payload = {
            "grant_type": GRANT_TYPE,
            "subject_token": subject,
            "subject_token_type": kind,
            "identity_provider_id": self.workload_identity["identity_provider_id"],
            "service_account_id": self.workload_identity["service_account_id"],
        }
        with httpx.Client() as client:
            response = client.post(self.token_exchange_url, json=payload, timeout=10.0)
        try:
            body: object = response.json() if response.content else None
        except ValueError:
            body = None
        if response.status_code in (400, 401, 403):
            raise OAuthError(response=response, body=body)
        if not response.is_success:
            raise OpenAIError(f"The token exchange failed with HTTP {response.status_code}")
        fields = cast(Dict[str, Any], body) if isinstance(body, dict) else {}
        access_token, lifetime = fields.get("access_token"), fields.get("expires_in")
        if not isinstance(access_token, str) or not access_token:
            raise OpenAIError("The token exchange answer has no access_token")
        if not isinstance(lifetime, (int, float)) or isinstance(lifetime, bool):
            raise OpenAIError("The token exchange answer has no numeric expires_in")
        return access_token, float(lifetime)


class _WorkloadKey:
    """The client's key function for a workload identity (see config `key_provider`)."""

    def __init__(self, auth: WorkloadIdentityAuth) -> None:
        self._auth = auth

    def __call__(self) -> str:
        return self._auth.get_token()

    def invalidate(self) -> None:
        self._auth.invalidate_token()


class _AsyncWorkloadKey(_WorkloadKey):
    async def __call__(self) -> str:  # type: ignore[override]
        return await self._auth.get_token_async()


def workload_identity_key(identity: WorkloadIdentity, *, asynchronous: bool) -> Callable[[], Any]:
    """Turns `OpenAI(workload_identity=...)` into the client's api_key function."""
    auth = WorkloadIdentityAuth(workload_identity=identity)
    return _AsyncWorkloadKey(auth) if asynchronous else _WorkloadKey(auth)
