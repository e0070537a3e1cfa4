# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import inspect
import os
from typing import TYPE_CHECKING, Any, Awaitable, Callable, Dict, Mapping, Optional, Union, cast

import httpx
from typing_extensions import Self, override

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._compat import cached_property
from ._constants import DEFAULT_MAX_RETRIES
from ._exceptions import OpenAIError
from ._request_options import FinalRequestOptions
from ._types import NotGiven, Omit, Timeout, not_given
from ._utils import is_given
from ._version import __version__

if TYPE_CHECKING:
    from ._streaming import AsyncStream as AsyncStream
    from ._streaming import Stream as Stream
    from .auth._workload import WorkloadIdentity
    from .resources.admin import (
        Admin,
        AdminWithRawResponse,
        AdminWithStreamingResponse,
        AsyncAdmin,
        AsyncAdminWithRawResponse,
        AsyncAdminWithStreamingResponse,
    )
    from .resources.audio import (
        AsyncAudio,
        AsyncAudioWithRawResponse,
        AsyncAudioWithStreamingResponse,
        Audio,
        AudioWithRawResponse,
        AudioWithStreamingResponse,
    )
    from .resources.batches import (
        AsyncBatches,
        AsyncBatchesWithRawResponse,
        AsyncBatchesWithStreamingResponse,
        Batches,
        BatchesWithRawResponse,
        BatchesWithStreamingResponse,
    )
    from .resources.beta import (
        AsyncBeta,
        AsyncBetaWithRawResponse,
        AsyncBetaWithStreamingResponse,
        Beta,
        BetaWithRawResponse,
        BetaWithStreamingResponse,
    )
    from .resources.chat import (
        AsyncChat,
        AsyncChatWithRawResponse,
        AsyncChatWithStreamingResponse,
        Chat,
        ChatWithRawResponse,
        ChatWithStreamingResponse,
    )
    from .resources.completions import (
        AsyncCompletions,
        AsyncCompletionsWithRawResponse,
        AsyncCompletionsWithStreamingResponse,
        Completions,
        CompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
    )
    from .resources.containers import (
        AsyncContainers,
        AsyncContainersWithRawResponse,
        AsyncContainersWithStreamingResponse,
        Containers,
        ContainersWithRawResponse,
        ContainersWithStreamingResponse,
    )
    from .resources.conversations import (
        AsyncConversations,
        AsyncConversationsWithRawResponse,
        AsyncConversationsWithStreamingResponse,
        Conversations,
        ConversationsWithRawResponse,
        ConversationsWithStreamingResponse,
    )
    from .resources.embeddings import (
        AsyncEmbeddings,
        AsyncEmbeddingsWithRawResponse,
        AsyncEmbeddingsWithStreamingResponse,
        Embeddings,
        EmbeddingsWithRawResponse,
        EmbeddingsWithStreamingResponse,
    )
    from .resources.evals import (
        AsyncEvals,
        AsyncEvalsWithRawResponse,
        AsyncEvalsWithStreamingResponse,
        Evals,
        EvalsWithRawResponse,
        EvalsWithStreamingResponse,
    )
    from .resources.files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from .resources.fine_tuning import (
        AsyncFineTuning,
        AsyncFineTuningWithRawResponse,
        AsyncFineTuningWithStreamingResponse,
        FineTuning,
        FineTuningWithRawResponse,
        FineTuningWithStreamingResponse,
    )
    from .resources.images import (
        AsyncImages,
        AsyncImagesWithRawResponse,
        AsyncImagesWithStreamingResponse,
        Images,
        ImagesWithRawResponse,
        ImagesWithStreamingResponse,
    )
    from .resources.models import (
        AsyncModels,
        AsyncModelsWithRawResponse,
        AsyncModelsWithStreamingResponse,
        Models,
        ModelsWithRawResponse,
        ModelsWithStreamingResponse,
    )
    from .resources.moderations import (
        AsyncModerations,
        AsyncModerationsWithRawResponse,
        AsyncModerationsWithStreamingResponse,
        Moderations,
        ModerationsWithRawResponse,
        ModerationsWithStreamingResponse,
    )
    from .resources.realtime import (
        AsyncRealtime,
        AsyncRealtimeWithRawResponse,
        AsyncRealtimeWithStreamingResponse,
        Realtime,
        RealtimeWithRawResponse,
        RealtimeWithStreamingResponse,
    )
    from .resources.responses import (
        AsyncResponses,
        AsyncResponsesWithRawResponse,
        AsyncResponsesWithStreamingResponse,
        Responses,
        ResponsesWithRawResponse,
        ResponsesWithStreamingResponse,
    )
    from .resources.skills import (
        AsyncSkills,
        AsyncSkillsWithRawResponse,
        AsyncSkillsWithStreamingResponse,
        Skills,
        SkillsWithRawResponse,
        SkillsWithStreamingResponse,
    )
    from .resources.uploads import (
        AsyncUploads,
        AsyncUploadsWithRawResponse,
        AsyncUploadsWithStreamingResponse,
        Uploads,
        UploadsWithRawResponse,
        UploadsWithStreamingResponse,
    )
    from .resources.vector_stores import (
        AsyncVectorStores,
        AsyncVectorStoresWithRawResponse,
        AsyncVectorStoresWithStreamingResponse,
        VectorStores,
        VectorStoresWithRawResponse,
        VectorStoresWithStreamingResponse,
    )
    from .resources.videos import (
        AsyncVideos,
        AsyncVideosWithRawResponse,
        AsyncVideosWithStreamingResponse,
        Videos,
        VideosWithRawResponse,
        VideosWithStreamingResponse,
    )
    from .resources.webhooks.webhooks import AsyncWebhooks, Webhooks

__all__ = [
    "Timeout",
    "Stream",
    "AsyncStream",
    "OpenAI",
    "AsyncOpenAI",
    "Client",
    "AsyncClient",
]


class OpenAI(SyncAPIClient):
    # client options
    api_key: Optional[str]
    admin_api_key: Optional[str]
    workload_identity: Optional[WorkloadIdentity]
    organization: Optional[str]
    project: Optional[str]
    webhook_secret: Optional[str]
    websocket_base_url: Union[str, httpx.URL, None]

    def __init__(
        self,
        *,
        # a key, or a function returning one, called before each request (a rotating key)
        api_key: Union[str, Callable[[], str], None] = None,
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
        # An `httpx.Client` to use instead of the default one, e.g. with a proxy or custom transport.
        http_client: Optional[httpx.Client] = None,
        # Raise `APIResponseValidationError` when a response does not fit its declared type,
        # instead of building it leniently.
        _strict_response_validation: bool = False,
    ) -> None:
        """Construct a new openai client.

        Arguments left out are read from the environment:
        - `api_key` from `OPENAI_API_KEY`
        - `admin_api_key` from `OPENAI_ADMIN_KEY`
        - `organization` from `OPENAI_ORG_ID`
        - `project` from `OPENAI_PROJECT_ID`
        - `webhook_secret` from `OPENAI_WEBHOOK_SECRET`
        - `base_url` from `OPENAI_BASE_URL`
        """
        self._api_key_derived = False
        if workload_identity is not None:
            if api_key is not None:
                raise OpenAIError("Give `api_key` or `workload_identity`, not both: each is a way to authenticate")
            from .auth._workload import workload_identity_key

            api_key = workload_identity_key(workload_identity, asynchronous=False)
            self._api_key_derived = True
        self._api_key_provider = None
        if callable(api_key):
            self._api_key_provider = api_key
            api_key = ""  # set from the provider before each request
        if api_key is None:
            api_key = os.environ.get("OPENAI_API_KEY")
        if admin_api_key is None:
            admin_api_key = os.environ.get("OPENAI_ADMIN_KEY")
        if api_key is None and admin_api_key is None:
            raise OpenAIError(
                "Missing credentials: pass api_key, workload_identity or admin_api_key to the client"
                " or set OPENAI_API_KEY or OPENAI_ADMIN_KEY"
            )
        self.api_key = api_key

        if admin_api_key is None:
            admin_api_key = os.environ.get("OPENAI_ADMIN_KEY")
        self.admin_api_key = admin_api_key

        self.workload_identity = workload_identity

        if organization is None:
            organization = os.environ.get("OPENAI_ORG_ID")
        self.organization = organization

        if project is None:
            project = os.environ.get("OPENAI_PROJECT_ID")
        self.project = project

        if webhook_secret is None:
            webhook_secret = os.environ.get("OPENAI_WEBHOOK_SECRET")
        self.webhook_secret = webhook_secret

        self.websocket_base_url = websocket_base_url

        if base_url is None:
            base_url = os.environ.get("OPENAI_BASE_URL")
        if base_url is None:
            base_url = "https://api.openai.com/v1"

        super().__init__(
            version=__version__,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
        )

    @cached_property
    def admin(self) -> Admin:
        from .resources.admin import Admin

        return Admin(self)

    @cached_property
    def audio(self) -> Audio:
        from .resources.audio import Audio

        return Audio(self)

    @cached_property
    def batches(self) -> Batches:
        from .resources.batches import Batches

        return Batches(self)

    @cached_property
    def beta(self) -> Beta:
        from .resources.beta import Beta

        return Beta(self)

    @cached_property
    def chat(self) -> Chat:
        from .resources.chat import Chat

        return Chat(self)

    @cached_property
    def completions(self) -> Completions:
        from .resources.completions import Completions

        return Completions(self)

    @cached_property
    def containers(self) -> Containers:
        from .resources.containers import Containers

        return Containers(self)

    @cached_property
    def conversations(self) -> Conversations:
        from .resources.conversations import Conversations

        return Conversations(self)

    @cached_property
    def embeddings(self) -> Embeddings:
        from .resources.embeddings import Embeddings

        return Embeddings(self)

    @cached_property
    def evals(self) -> Evals:
        from .resources.evals import Evals

        return Evals(self)

    @cached_property
    def files(self) -> Files:
        from .resources.files import Files

        return Files(self)

    @cached_property
    def fine_tuning(self) -> FineTuning:
        from .resources.fine_tuning import FineTuning

        return FineTuning(self)

    @cached_property
    def images(self) -> Images:
        from .resources.images import Images

        return Images(self)

    @cached_property
    def models(self) -> Models:
        from .resources.models import Models

        return Models(self)

    @cached_property
    def moderations(self) -> Moderations:
        from .resources.moderations import Moderations

        return Moderations(self)

    @cached_property
    def realtime(self) -> Realtime:
        from .resources.realtime import Realtime

        return Realtime(self)

    @cached_property
    def responses(self) -> Responses:
        from .resources.responses import Responses

        return Responses(self)

    @cached_property
    def skills(self) -> Skills:
        from .resources.skills import Skills

        return Skills(self)

    @cached_property
    def uploads(self) -> Uploads:
        from .resources.uploads import Uploads

        return Uploads(self)

    @cached_property
    def vector_stores(self) -> VectorStores:
        from .resources.vector_stores import VectorStores

        return VectorStores(self)

    @cached_property
    def videos(self) -> Videos:
        from .resources.videos import Videos

        return Videos(self)

    @cached_property
    def webhooks(self) -> Webhooks:
        from .resources.webhooks.webhooks import Webhooks

        return Webhooks(self)

    @cached_property
    def with_raw_response(self) -> OpenAIWithRawResponse:
        return OpenAIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> OpenAIWithStreamedResponse:
        return OpenAIWithStreamedResponse(self)

    @property
    @override
    def auth_headers(self) -> Dict[str, str]:
        api_key = self.api_key
        if not api_key:
            return {}
        return {"Authorization": f"Bearer {api_key}"}

    def _refresh_api_key(self) -> None:
        """Asks the key function (if the client has one) for the key of the next request."""
        provider = self._api_key_provider
        if provider is not None:
            key = cast(object, provider())  # checked below: a provider is user code
            if not isinstance(key, str) or not key:
                got = "an empty string" if key == "" else f"a {type(key).__name__}"  # never the value: it is a secret
                raise OpenAIError(f"The api_key function returned {got}; it must return the key as a non-empty string")
            self.api_key = key

    @override
    def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        self._refresh_api_key()
        if options.credential is None and not self.api_key:
            raise OpenAIError(
                f"{options.method.upper()} {options.url} needs the api_key client option (or OPENAI_API_KEY);"
                " this client has only admin_api_key"
            )
        return super()._prepare_options(options)

    @override
    def _reauthorize(self, options: FinalRequestOptions) -> bool:
        # a key function that caches a token (workload identity) can drop it and fetch a new one
        invalidate = getattr(self._api_key_provider, "invalidate", None)
        if options.credential is not None or not callable(invalidate):
            return False
        invalidate()
        self._refresh_api_key()
        return True

    @override
    def _credential_headers(self, credential: str) -> Dict[str, str]:
        if credential == "admin_api_key":
            admin_api_key = self.admin_api_key
            if not admin_api_key:
                raise OpenAIError(
                    "This endpoint needs the admin_api_key client option: pass admin_api_key to the client"
                    " or set the OPENAI_ADMIN_KEY environment variable"
                )
            return {"Authorization": f"Bearer {admin_api_key}"}
        return super()._credential_headers(credential)

    @property
    @override
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        headers: Dict[str, Union[str, Omit]] = dict(super().default_headers)
        if self.organization is not None:
            headers.setdefault("OpenAI-Organization", str(self.organization))
        if self.project is not None:
            headers.setdefault("OpenAI-Project", str(self.project))
        return headers

    def copy(
        self,
        *,
        api_key: Union[str, Callable[[], str], None] = None,
        admin_api_key: Optional[str] = None,
        workload_identity: Optional[WorkloadIdentity] = None,
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
        """A new client with some options changed; it shares this client's HTTP connection pool."""
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("Give `default_headers` (merged) or `set_default_headers` (replacing), not both")
        if default_query is not None and set_default_query is not None:
            raise ValueError("Give `default_query` (merged) or `set_default_query` (replacing), not both")

        headers: Mapping[str, Any] = self._custom_headers
        if default_headers is not None:
            headers = {**headers, **default_headers}
        elif set_default_headers is not None:
            headers = set_default_headers

        params: Mapping[str, object] = self._custom_query
        if default_query is not None:
            params = {**params, **default_query}
        elif set_default_query is not None:
            params = set_default_query

        client_cls: Any = self._copy_class()
        return cast(
            Self,
            client_cls(
                api_key=api_key or (None if self._api_key_derived else self._api_key_provider or self.api_key),
                admin_api_key=admin_api_key or self.admin_api_key,
                workload_identity=workload_identity or self.workload_identity,
                organization=organization or self.organization,
                project=project or self.project,
                webhook_secret=webhook_secret or self.webhook_secret,
                websocket_base_url=websocket_base_url or self.websocket_base_url,
                base_url=base_url or self.base_url,
                timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
                http_client=http_client or self._client,
                max_retries=max_retries if is_given(max_retries) else self.max_retries,
                default_headers=headers,
                default_query=params,
                _strict_response_validation=self._strict_response_validation,
                **_extra_kwargs,
            ),
        )

    # `client.with_options(timeout=10).resource.method(...)`
    with_options = copy

    def _copy_class(self) -> type:
        return self.__class__


class AsyncOpenAI(AsyncAPIClient):
    # client options
    api_key: Optional[str]
    admin_api_key: Optional[str]
    workload_identity: Optional[WorkloadIdentity]
    organization: Optional[str]
    project: Optional[str]
    webhook_secret: Optional[str]
    websocket_base_url: Union[str, httpx.URL, None]

    def __init__(
        self,
        *,
        # a key, or a function returning one, called before each request (a rotating key)
        api_key: Union[str, Callable[[], Union[str, Awaitable[str]]], None] = None,
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
        # An `httpx.AsyncClient` to use instead of the default one, e.g. with a proxy or custom transport.
        http_client: Optional[httpx.AsyncClient] = None,
        # Raise `APIResponseValidationError` when a response does not fit its declared type,
        # instead of building it leniently.
        _strict_response_validation: bool = False,
    ) -> None:
        """Construct a new async openai client.

        Arguments left out are read from the environment:
        - `api_key` from `OPENAI_API_KEY`
        - `admin_api_key` from `OPENAI_ADMIN_KEY`
        - `organization` from `OPENAI_ORG_ID`
        - `project` from `OPENAI_PROJECT_ID`
        - `webhook_secret` from `OPENAI_WEBHOOK_SECRET`
        - `base_url` from `OPENAI_BASE_URL`
        """
        self._api_key_derived = False
        if workload_identity is not None:
            if api_key is not None:
                raise OpenAIError("Give `api_key` or `workload_identity`, not both: each is a way to authenticate")
            from .auth._workload import workload_identity_key

            api_key = workload_identity_key(workload_identity, asynchronous=True)
            self._api_key_derived = True
        self._api_key_provider = None
        if callable(api_key):
            self._api_key_provider = api_key
            api_key = ""  # set from the provider before each request
        if api_key is None:
            api_key = os.environ.get("OPENAI_API_KEY")
        if admin_api_key is None:
            admin_api_key = os.environ.get("OPENAI_ADMIN_KEY")
        if api_key is None and admin_api_key is None:
            raise OpenAIError(
                "Missing credentials: pass api_key, workload_identity or admin_api_key to the client"
                " or set OPENAI_API_KEY or OPENAI_ADMIN_KEY"
            )
        self.api_key = api_key

        if admin_api_key is None:
            admin_api_key = os.environ.get("OPENAI_ADMIN_KEY")
        self.admin_api_key = admin_api_key

        self.workload_identity = workload_identity

        if organization is None:
            organization = os.environ.get("OPENAI_ORG_ID")
        self.organization = organization

        if project is None:
            project = os.environ.get("OPENAI_PROJECT_ID")
        self.project = project

        if webhook_secret is None:
            webhook_secret = os.environ.get("OPENAI_WEBHOOK_SECRET")
        self.webhook_secret = webhook_secret

        self.websocket_base_url = websocket_base_url

        if base_url is None:
            base_url = os.environ.get("OPENAI_BASE_URL")
        if base_url is None:
            base_url = "https://api.openai.com/v1"

        super().__init__(
            version=__version__,
            base_url=base_url,
            max_retries=max_retries,
            timeout=timeout,
            http_client=http_client,
            custom_headers=default_headers,
            custom_query=default_query,
            _strict_response_validation=_strict_response_validation,
        )

    @cached_property
    def admin(self) -> AsyncAdmin:
        from .resources.admin import AsyncAdmin

        return AsyncAdmin(self)

    @cached_property
    def audio(self) -> AsyncAudio:
        from .resources.audio import AsyncAudio

        return AsyncAudio(self)

    @cached_property
    def batches(self) -> AsyncBatches:
        from .resources.batches import AsyncBatches

        return AsyncBatches(self)

    @cached_property
    def beta(self) -> AsyncBeta:
        from .resources.beta import AsyncBeta

        return AsyncBeta(self)

    @cached_property
    def chat(self) -> AsyncChat:
        from .resources.chat import AsyncChat

        return AsyncChat(self)

    @cached_property
    def completions(self) -> AsyncCompletions:
        from .resources.completions import AsyncCompletions

        return AsyncCompletions(self)

    @cached_property
    def containers(self) -> AsyncContainers:
        from .resources.containers import AsyncContainers

        return AsyncContainers(self)

    @cached_property
    def conversations(self) -> AsyncConversations:
        from .resources.conversations import AsyncConversations

        return AsyncConversations(self)

    @cached_property
    def embeddings(self) -> AsyncEmbeddings:
        from .resources.embeddings import AsyncEmbeddings

        return AsyncEmbeddings(self)

    @cached_property
    def evals(self) -> AsyncEvals:
        from .resources.evals import AsyncEvals

        return AsyncEvals(self)

    @cached_property
    def files(self) -> AsyncFiles:
        from .resources.files import AsyncFiles

        return AsyncFiles(self)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuning:
        from .resources.fine_tuning import AsyncFineTuning

        return AsyncFineTuning(self)

    @cached_property
    def images(self) -> AsyncImages:
        from .resources.images import AsyncImages

        return AsyncImages(self)

    @cached_property
    def models(self) -> AsyncModels:
        from .resources.models import AsyncModels

        return AsyncModels(self)

    @cached_property
    def moderations(self) -> AsyncModerations:
        from .resources.moderations import AsyncModerations

        return AsyncModerations(self)

    @cached_property
    def realtime(self) -> AsyncRealtime:
        from .resources.realtime import AsyncRealtime

        return AsyncRealtime(self)

    @cached_property
    def responses(self) -> AsyncResponses:
        from .resources.responses import AsyncResponses

        return AsyncResponses(self)

    @cached_property
    def skills(self) -> AsyncSkills:
        from .resources.skills import AsyncSkills

        return AsyncSkills(self)

    @cached_property
    def uploads(self) -> AsyncUploads:
        from .resources.uploads import AsyncUploads

        return AsyncUploads(self)

    @cached_property
    def vector_stores(self) -> AsyncVectorStores:
        from .resources.vector_stores import AsyncVectorStores

        return AsyncVectorStores(self)

    @cached_property
    def videos(self) -> AsyncVideos:
        from .resources.videos import AsyncVideos

        return AsyncVideos(self)

    @cached_property
    def webhooks(self) -> AsyncWebhooks:
        from .resources.webhooks.webhooks import AsyncWebhooks

        return AsyncWebhooks(self)

    @cached_property
    def with_raw_response(self) -> AsyncOpenAIWithRawResponse:
        return AsyncOpenAIWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncOpenAIWithStreamedResponse:
        return AsyncOpenAIWithStreamedResponse(self)

    @property
    @override
    def auth_headers(self) -> Dict[str, str]:
        api_key = self.api_key
        if not api_key:
            return {}
        return {"Authorization": f"Bearer {api_key}"}

    async def _refresh_api_key(self) -> None:
        """Asks the key function (if the client has one) for the key of the next request."""
        provider = self._api_key_provider
        if provider is not None:
            key = cast(object, provider())  # checked below: a provider is user code
            if inspect.isawaitable(key):
                key = await key
            if not isinstance(key, str) or not key:
                got = "an empty string" if key == "" else f"a {type(key).__name__}"  # never the value: it is a secret
                raise OpenAIError(f"The api_key function returned {got}; it must return the key as a non-empty string")
            self.api_key = key

    @override
    async def _prepare_options(self, options: FinalRequestOptions) -> FinalRequestOptions:
        await self._refresh_api_key()
        if options.credential is None and not self.api_key:
            raise OpenAIError(
                f"{options.method.upper()} {options.url} needs the api_key client option (or OPENAI_API_KEY);"
                " this client has only admin_api_key"
            )
        return await super()._prepare_options(options)

    @override
    async def _reauthorize(self, options: FinalRequestOptions) -> bool:
        # a key function that caches a token (workload identity) can drop it and fetch a new one
        invalidate = getattr(self._api_key_provider, "invalidate", None)
        if options.credential is not None or not callable(invalidate):
            return False
        invalidate()
        await self._refresh_api_key()
        return True

    @override
    def _credential_headers(self, credential: str) -> Dict[str, str]:
        if credential == "admin_api_key":
            admin_api_key = self.admin_api_key
            if not admin_api_key:
                raise OpenAIError(
                    "This endpoint needs the admin_api_key client option: pass admin_api_key to the client"
                    " or set the OPENAI_ADMIN_KEY environment variable"
                )
            return {"Authorization": f"Bearer {admin_api_key}"}
        return super()._credential_headers(credential)

    @property
    @override
    def default_headers(self) -> Dict[str, Union[str, Omit]]:
        headers: Dict[str, Union[str, Omit]] = dict(super().default_headers)
        if self.organization is not None:
            headers.setdefault("OpenAI-Organization", str(self.organization))
        if self.project is not None:
            headers.setdefault("OpenAI-Project", str(self.project))
        return headers

    def copy(
        self,
        *,
        api_key: Union[str, Callable[[], Union[str, Awaitable[str]]], None] = None,
        admin_api_key: Optional[str] = None,
        workload_identity: Optional[WorkloadIdentity] = None,
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
        """A new client with some options changed; it shares this client's HTTP connection pool."""
        if default_headers is not None and set_default_headers is not None:
            raise ValueError("Give `default_headers` (merged) or `set_default_headers` (replacing), not both")
        if default_query is not None and set_default_query is not None:
            raise ValueError("Give `default_query` (merged) or `set_default_query` (replacing), not both")

        headers: Mapping[str, Any] = self._custom_headers
        if default_headers is not None:
            headers = {**headers, **default_headers}
        elif set_default_headers is not None:
            headers = set_default_headers

        params: Mapping[str, object] = self._custom_query
        if default_query is not None:
            params = {**params, **default_query}
        elif set_default_query is not None:
            params = set_default_query

        client_cls: Any = self._copy_class()
        return cast(
            Self,
            client_cls(
                api_key=api_key or (None if self._api_key_derived else self._api_key_provider or self.api_key),
                admin_api_key=admin_api_key or self.admin_api_key,
                workload_identity=workload_identity or self.workload_identity,
                organization=organization or self.organization,
                project=project or self.project,
                webhook_secret=webhook_secret or self.webhook_secret,
                websocket_base_url=websocket_base_url or self.websocket_base_url,
                base_url=base_url or self.base_url,
                timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
                http_client=http_client or self._client,
                max_retries=max_retries if is_given(max_retries) else self.max_retries,
                default_headers=headers,
                default_query=params,
                _strict_response_validation=self._strict_response_validation,
                **_extra_kwargs,
            ),
        )

    # `client.with_options(timeout=10).resource.method(...)`
    with_options = copy

    def _copy_class(self) -> type:
        return self.__class__


class OpenAIWithRawResponse:
    _client: OpenAI

    def __init__(self, client: OpenAI) -> None:
        self._client = client

    @cached_property
    def admin(self) -> AdminWithRawResponse:
        from .resources.admin import AdminWithRawResponse

        return AdminWithRawResponse(self._client.admin)

    @cached_property
    def audio(self) -> AudioWithRawResponse:
        from .resources.audio import AudioWithRawResponse

        return AudioWithRawResponse(self._client.audio)

    @cached_property
    def batches(self) -> BatchesWithRawResponse:
        from .resources.batches import BatchesWithRawResponse

        return BatchesWithRawResponse(self._client.batches)

    @cached_property
    def beta(self) -> BetaWithRawResponse:
        from .resources.beta import BetaWithRawResponse

        return BetaWithRawResponse(self._client.beta)

    @cached_property
    def chat(self) -> ChatWithRawResponse:
        from .resources.chat import ChatWithRawResponse

        return ChatWithRawResponse(self._client.chat)

    @cached_property
    def completions(self) -> CompletionsWithRawResponse:
        from .resources.completions import CompletionsWithRawResponse

        return CompletionsWithRawResponse(self._client.completions)

    @cached_property
    def containers(self) -> ContainersWithRawResponse:
        from .resources.containers import ContainersWithRawResponse

        return ContainersWithRawResponse(self._client.containers)

    @cached_property
    def conversations(self) -> ConversationsWithRawResponse:
        from .resources.conversations import ConversationsWithRawResponse

        return ConversationsWithRawResponse(self._client.conversations)

    @cached_property
    def embeddings(self) -> EmbeddingsWithRawResponse:
        from .resources.embeddings import EmbeddingsWithRawResponse

        return EmbeddingsWithRawResponse(self._client.embeddings)

    @cached_property
    def evals(self) -> EvalsWithRawResponse:
        from .resources.evals import EvalsWithRawResponse

        return EvalsWithRawResponse(self._client.evals)

    @cached_property
    def files(self) -> FilesWithRawResponse:
        from .resources.files import FilesWithRawResponse

        return FilesWithRawResponse(self._client.files)

    @cached_property
    def fine_tuning(self) -> FineTuningWithRawResponse:
        from .resources.fine_tuning import FineTuningWithRawResponse

        return FineTuningWithRawResponse(self._client.fine_tuning)

    @cached_property
    def images(self) -> ImagesWithRawResponse:
        from .resources.images import ImagesWithRawResponse

        return ImagesWithRawResponse(self._client.images)

    @cached_property
    def models(self) -> ModelsWithRawResponse:
        from .resources.models import ModelsWithRawResponse

        return ModelsWithRawResponse(self._client.models)

    @cached_property
    def moderations(self) -> ModerationsWithRawResponse:
        from .resources.moderations import ModerationsWithRawResponse

        return ModerationsWithRawResponse(self._client.moderations)

    @cached_property
    def realtime(self) -> RealtimeWithRawResponse:
        from .resources.realtime import RealtimeWithRawResponse

        return RealtimeWithRawResponse(self._client.realtime)

    @cached_property
    def responses(self) -> ResponsesWithRawResponse:
        from .resources.responses import ResponsesWithRawResponse

        return ResponsesWithRawResponse(self._client.responses)

    @cached_property
    def skills(self) -> SkillsWithRawResponse:
        from .resources.skills import SkillsWithRawResponse

        return SkillsWithRawResponse(self._client.skills)

    @cached_property
    def uploads(self) -> UploadsWithRawResponse:
        from .resources.uploads import UploadsWithRawResponse

        return UploadsWithRawResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> VectorStoresWithRawResponse:
        from .resources.vector_stores import VectorStoresWithRawResponse

        return VectorStoresWithRawResponse(self._client.vector_stores)

    @cached_property
    def videos(self) -> VideosWithRawResponse:
        from .resources.videos import VideosWithRawResponse

        return VideosWithRawResponse(self._client.videos)


class AsyncOpenAIWithRawResponse:
    _client: AsyncOpenAI

    def __init__(self, client: AsyncOpenAI) -> None:
        self._client = client

    @cached_property
    def admin(self) -> AsyncAdminWithRawResponse:
        from .resources.admin import AsyncAdminWithRawResponse

        return AsyncAdminWithRawResponse(self._client.admin)

    @cached_property
    def audio(self) -> AsyncAudioWithRawResponse:
        from .resources.audio import AsyncAudioWithRawResponse

        return AsyncAudioWithRawResponse(self._client.audio)

    @cached_property
    def batches(self) -> AsyncBatchesWithRawResponse:
        from .resources.batches import AsyncBatchesWithRawResponse

        return AsyncBatchesWithRawResponse(self._client.batches)

    @cached_property
    def beta(self) -> AsyncBetaWithRawResponse:
        from .resources.beta import AsyncBetaWithRawResponse

        return AsyncBetaWithRawResponse(self._client.beta)

    @cached_property
    def chat(self) -> AsyncChatWithRawResponse:
        from .resources.chat import AsyncChatWithRawResponse

        return AsyncChatWithRawResponse(self._client.chat)

    @cached_property
    def completions(self) -> AsyncCompletionsWithRawResponse:
        from .resources.completions import AsyncCompletionsWithRawResponse

        return AsyncCompletionsWithRawResponse(self._client.completions)

    @cached_property
    def containers(self) -> AsyncContainersWithRawResponse:
        from .resources.containers import AsyncContainersWithRawResponse

        return AsyncContainersWithRawResponse(self._client.containers)

    @cached_property
    def conversations(self) -> AsyncConversationsWithRawResponse:
        from .resources.conversations import AsyncConversationsWithRawResponse

        return AsyncConversationsWithRawResponse(self._client.conversations)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsWithRawResponse:
        from .resources.embeddings import AsyncEmbeddingsWithRawResponse

        return AsyncEmbeddingsWithRawResponse(self._client.embeddings)

    @cached_property
    def evals(self) -> AsyncEvalsWithRawResponse:
        from .resources.evals import AsyncEvalsWithRawResponse

        return AsyncEvalsWithRawResponse(self._client.evals)

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        from .resources.files import AsyncFilesWithRawResponse

        return AsyncFilesWithRawResponse(self._client.files)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuningWithRawResponse:
        from .resources.fine_tuning import AsyncFineTuningWithRawResponse

        return AsyncFineTuningWithRawResponse(self._client.fine_tuning)

    @cached_property
    def images(self) -> AsyncImagesWithRawResponse:
        from .resources.images import AsyncImagesWithRawResponse

        return AsyncImagesWithRawResponse(self._client.images)

    @cached_property
    def models(self) -> AsyncModelsWithRawResponse:
        from .resources.models import AsyncModelsWithRawResponse

        return AsyncModelsWithRawResponse(self._client.models)

    @cached_property
    def moderations(self) -> AsyncModerationsWithRawResponse:
        from .resources.moderations import AsyncModerationsWithRawResponse

        return AsyncModerationsWithRawResponse(self._client.moderations)

    @cached_property
    def realtime(self) -> AsyncRealtimeWithRawResponse:
        from .resources.realtime import AsyncRealtimeWithRawResponse

        return AsyncRealtimeWithRawResponse(self._client.realtime)

    @cached_property
    def responses(self) -> AsyncResponsesWithRawResponse:
        from .resources.responses import AsyncResponsesWithRawResponse

        return AsyncResponsesWithRawResponse(self._client.responses)

    @cached_property
    def skills(self) -> AsyncSkillsWithRawResponse:
        from .resources.skills import AsyncSkillsWithRawResponse

        return AsyncSkillsWithRawResponse(self._client.skills)

    @cached_property
    def uploads(self) -> AsyncUploadsWithRawResponse:
        from .resources.uploads import AsyncUploadsWithRawResponse

        return AsyncUploadsWithRawResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresWithRawResponse:
        from .resources.vector_stores import AsyncVectorStoresWithRawResponse

        return AsyncVectorStoresWithRawResponse(self._client.vector_stores)

    @cached_property
    def videos(self) -> AsyncVideosWithRawResponse:
        from .resources.videos import AsyncVideosWithRawResponse

        return AsyncVideosWithRawResponse(self._client.videos)


class OpenAIWithStreamedResponse:
    _client: OpenAI

    def __init__(self, client: OpenAI) -> None:
        self._client = client

    @cached_property
    def admin(self) -> AdminWithStreamingResponse:
        from .resources.admin import AdminWithStreamingResponse

        return AdminWithStreamingResponse(self._client.admin)

    @cached_property
    def audio(self) -> AudioWithStreamingResponse:
        from .resources.audio import AudioWithStreamingResponse

        return AudioWithStreamingResponse(self._client.audio)

    @cached_property
    def batches(self) -> BatchesWithStreamingResponse:
        from .resources.batches import BatchesWithStreamingResponse

        return BatchesWithStreamingResponse(self._client.batches)

    @cached_property
    def beta(self) -> BetaWithStreamingResponse:
        from .resources.beta import BetaWithStreamingResponse

        return BetaWithStreamingResponse(self._client.beta)

    @cached_property
    def chat(self) -> ChatWithStreamingResponse:
        from .resources.chat import ChatWithStreamingResponse

        return ChatWithStreamingResponse(self._client.chat)

    @cached_property
    def completions(self) -> CompletionsWithStreamingResponse:
        from .resources.completions import CompletionsWithStreamingResponse

        return CompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def containers(self) -> ContainersWithStreamingResponse:
        from .resources.containers import ContainersWithStreamingResponse

        return ContainersWithStreamingResponse(self._client.containers)

    @cached_property
    def conversations(self) -> ConversationsWithStreamingResponse:
        from .resources.conversations import ConversationsWithStreamingResponse

        return ConversationsWithStreamingResponse(self._client.conversations)

    @cached_property
    def embeddings(self) -> EmbeddingsWithStreamingResponse:
        from .resources.embeddings import EmbeddingsWithStreamingResponse

        return EmbeddingsWithStreamingResponse(self._client.embeddings)

    @cached_property
    def evals(self) -> EvalsWithStreamingResponse:
        from .resources.evals import EvalsWithStreamingResponse

        return EvalsWithStreamingResponse(self._client.evals)

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        from .resources.files import FilesWithStreamingResponse

        return FilesWithStreamingResponse(self._client.files)

    @cached_property
    def fine_tuning(self) -> FineTuningWithStreamingResponse:
        from .resources.fine_tuning import FineTuningWithStreamingResponse

        return FineTuningWithStreamingResponse(self._client.fine_tuning)

    @cached_property
    def images(self) -> ImagesWithStreamingResponse:
        from .resources.images import ImagesWithStreamingResponse

        return ImagesWithStreamingResponse(self._client.images)

    @cached_property
    def models(self) -> ModelsWithStreamingResponse:
        from .resources.models import ModelsWithStreamingResponse

        return ModelsWithStreamingResponse(self._client.models)

    @cached_property
    def moderations(self) -> ModerationsWithStreamingResponse:
        from .resources.moderations import ModerationsWithStreamingResponse

        return ModerationsWithStreamingResponse(self._client.moderations)

    @cached_property
    def realtime(self) -> RealtimeWithStreamingResponse:
        from .resources.realtime import RealtimeWithStreamingResponse

        return RealtimeWithStreamingResponse(self._client.realtime)

    @cached_property
    def responses(self) -> ResponsesWithStreamingResponse:
        from .resources.responses import ResponsesWithStreamingResponse

        return ResponsesWithStreamingResponse(self._client.responses)

    @cached_property
    def skills(self) -> SkillsWithStreamingResponse:
        from .resources.skills import SkillsWithStreamingResponse

        return SkillsWithStreamingResponse(self._client.skills)

    @cached_property
    def uploads(self) -> UploadsWithStreamingResponse:
        from .resources.uploads import UploadsWithStreamingResponse

        return UploadsWithStreamingResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> VectorStoresWithStreamingResponse:
        from .resources.vector_stores import VectorStoresWithStreamingResponse

        return VectorStoresWithStreamingResponse(self._client.vector_stores)

    @cached_property
    def videos(self) -> VideosWithStreamingResponse:
        from .resources.videos import VideosWithStreamingResponse

        return VideosWithStreamingResponse(self._client.videos)


class AsyncOpenAIWithStreamedResponse:
    _client: AsyncOpenAI

    def __init__(self, client: AsyncOpenAI) -> None:
        self._client = client

    @cached_property
    def admin(self) -> AsyncAdminWithStreamingResponse:
        from .resources.admin import AsyncAdminWithStreamingResponse

        return AsyncAdminWithStreamingResponse(self._client.admin)

    @cached_property
    def audio(self) -> AsyncAudioWithStreamingResponse:
        from .resources.audio import AsyncAudioWithStreamingResponse

        return AsyncAudioWithStreamingResponse(self._client.audio)

    @cached_property
    def batches(self) -> AsyncBatchesWithStreamingResponse:
        from .resources.batches import AsyncBatchesWithStreamingResponse

        return AsyncBatchesWithStreamingResponse(self._client.batches)

    @cached_property
    def beta(self) -> AsyncBetaWithStreamingResponse:
        from .resources.beta import AsyncBetaWithStreamingResponse

        return AsyncBetaWithStreamingResponse(self._client.beta)

    @cached_property
    def chat(self) -> AsyncChatWithStreamingResponse:
        from .resources.chat import AsyncChatWithStreamingResponse

        return AsyncChatWithStreamingResponse(self._client.chat)

    @cached_property
    def completions(self) -> AsyncCompletionsWithStreamingResponse:
        from .resources.completions import AsyncCompletionsWithStreamingResponse

        return AsyncCompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def containers(self) -> AsyncContainersWithStreamingResponse:
        from .resources.containers import AsyncContainersWithStreamingResponse

        return AsyncContainersWithStreamingResponse(self._client.containers)

    @cached_property
    def conversations(self) -> AsyncConversationsWithStreamingResponse:
        from .resources.conversations import AsyncConversationsWithStreamingResponse

        return AsyncConversationsWithStreamingResponse(self._client.conversations)

    @cached_property
    def embeddings(self) -> AsyncEmbeddingsWithStreamingResponse:
        from .resources.embeddings import AsyncEmbeddingsWithStreamingResponse

        return AsyncEmbeddingsWithStreamingResponse(self._client.embeddings)

    @cached_property
    def evals(self) -> AsyncEvalsWithStreamingResponse:
        from .resources.evals import AsyncEvalsWithStreamingResponse

        return AsyncEvalsWithStreamingResponse(self._client.evals)

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        from .resources.files import AsyncFilesWithStreamingResponse

        return AsyncFilesWithStreamingResponse(self._client.files)

    @cached_property
    def fine_tuning(self) -> AsyncFineTuningWithStreamingResponse:
        from .resources.fine_tuning import AsyncFineTuningWithStreamingResponse

        return AsyncFineTuningWithStreamingResponse(self._client.fine_tuning)

    @cached_property
    def images(self) -> AsyncImagesWithStreamingResponse:
        from .resources.images import AsyncImagesWithStreamingResponse

        return AsyncImagesWithStreamingResponse(self._client.images)

    @cached_property
    def models(self) -> AsyncModelsWithStreamingResponse:
        from .resources.models import AsyncModelsWithStreamingResponse

        return AsyncModelsWithStreamingResponse(self._client.models)

    @cached_property
    def moderations(self) -> AsyncModerationsWithStreamingResponse:
        from .resources.moderations import AsyncModerationsWithStreamingResponse

        return AsyncModerationsWithStreamingResponse(self._client.moderations)

    @cached_property
    def realtime(self) -> AsyncRealtimeWithStreamingResponse:
        from .resources.realtime import AsyncRealtimeWithStreamingResponse

        return AsyncRealtimeWithStreamingResponse(self._client.realtime)

    @cached_property
    def responses(self) -> AsyncResponsesWithStreamingResponse:
        from .resources.responses import AsyncResponsesWithStreamingResponse

        return AsyncResponsesWithStreamingResponse(self._client.responses)

    @cached_property
    def skills(self) -> AsyncSkillsWithStreamingResponse:
        from .resources.skills import AsyncSkillsWithStreamingResponse

        return AsyncSkillsWithStreamingResponse(self._client.skills)

    @cached_property
    def uploads(self) -> AsyncUploadsWithStreamingResponse:
        from .resources.uploads import AsyncUploadsWithStreamingResponse

        return AsyncUploadsWithStreamingResponse(self._client.uploads)

    @cached_property
    def vector_stores(self) -> AsyncVectorStoresWithStreamingResponse:
        from .resources.vector_stores import AsyncVectorStoresWithStreamingResponse

        return AsyncVectorStoresWithStreamingResponse(self._client.vector_stores)

    @cached_property
    def videos(self) -> AsyncVideosWithStreamingResponse:
        from .resources.videos import AsyncVideosWithStreamingResponse

        return AsyncVideosWithStreamingResponse(self._client.videos)


Client = OpenAI

AsyncClient = AsyncOpenAI


def __getattr__(name: str) -> Any:
    # The stream module and its imports load with the first streamed call, not with the client.
    if name in ("Stream", "AsyncStream"):
        from . import _streaming

        return getattr(_streaming, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
