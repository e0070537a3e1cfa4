# The Assistants helpers here call the deprecated Assistants methods on purpose (and warn themselves).
# pyright: reportDeprecated=false
"""`poll` on runs, vector store files and batches and videos, and `files.wait_for_processing`:
the generated resource classes derive from these (see spec/openai.yaml, `custom.resources`)."""

from __future__ import annotations

import time
from functools import partial
from typing import TYPE_CHECKING, Iterable, Optional, Union, cast

import httpx
from typing_extensions import deprecated

from .._resource import AsyncAPIResource, SyncAPIResource
from .._types import Body, FileTypes, Headers, NotGiven, Omit, Query, SequenceNotStr, not_given, omit
from ..types.assistant_supported_models import AssistantSupportedModels
from ..types.beta import thread_create_and_run_params
from ..types.beta.assistant_response_format_option_param import AssistantResponseFormatOptionParam
from ..types.beta.assistant_tool_choice_option_param import AssistantToolChoiceOptionParam
from ..types.beta.threads import run_create_params, run_submit_tool_outputs_params
from ..types.beta.threads.run import Run
from ..types.beta.threads.runs.run_step_include import RunStepInclude
from ..types.create_message_request_param import CreateMessageRequestParam
from ..types.create_thread_request_param import CreateThreadRequestParam
from ..types.shared_params.metadata import Metadata as MetadataParam
from ..types.parallel_tool_calls import ParallelToolCalls
from ..types.shared.reasoning_effort import ReasoningEffort
from ..types.truncation_object_param import TruncationObjectParam
from ..types.file_object import FileObject
from ..types.create_vector_store_file_request_param import CreateVectorStoreFileRequestParam
from ..types.file_chunking_strategy_param import FileChunkingStrategyParam
from ..types.image_ref_param2_param import ImageRefParam2Param
from ..types.vector_store_file_attributes_param import VectorStoreFileAttributesParam
from ..types.vector_stores.vector_store_file import VectorStoreFile
from ..types.vector_stores.vector_store_file_batch import VectorStoreFileBatch
from ..types.video import Video
from ..types.video_model import VideoModel
from ..types.video_seconds import VideoSeconds
from ..types.video_size import VideoSize
from ._concurrency import async_upload_all, upload_all
from ._assistants_requests import (
    ASSISTANTS_DEPRECATED,
    RUN_FIELDS,
    THREAD_RUN_FIELDS,
    AsyncRunRequests,
    RunRequests,
    body_of,
)
from ._polling import async_poll, poll

if TYPE_CHECKING:
    # the generated classes these are bases of: helpers call their generated methods
    from ..resources.vector_stores.file_batches import AsyncFileBatches, FileBatches
    from ..resources.vector_stores.files import AsyncFiles, Files
    from ..resources.beta.threads.runs.runs import AsyncRuns, Runs
    from ..resources.files import AsyncFiles as AsyncFileResource, Files as FileResource
    from ..resources.videos import AsyncVideos, Videos

__all__ = [
    "RunsPolling", "AsyncRunsPolling", "ThreadsPolling", "AsyncThreadsPolling", "VectorStoreFilesPolling", "AsyncVectorStoreFilesPolling",
    "FileBatchesPolling", "AsyncFileBatchesPolling", "VideosPolling", "AsyncVideosPolling",
    "FilesPolling", "AsyncFilesPolling",
]  # fmt: skip

# statuses a poll waits through; every other one ends it (failures too: the caller reads `status`)
RUN_PENDING = ("queued", "in_progress", "cancelling")
INGESTION_PENDING = ("in_progress",)
VIDEO_PENDING = ("queued", "in_progress")
FILE_DONE = ("processed", "error", "deleted")



class RunsPolling(SyncAPIResource):
    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_poll(
        self,
        *,
        assistant_id: str,
        include: Iterable[RunStepInclude] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Run:
        """Creates a run on the thread, then polls it until it leaves queued / in progress (it may
        then need an action: read `status` and `required_action`)."""
        extras = (extra_headers, extra_query, extra_body, timeout)
        run: Run = RunRequests(self, *extras).create_run(thread_id, body_of(locals(), RUN_FIELDS), include,
                                                           stream=False)
        return self.poll(run.id, thread_id, *extras, poll_interval_ms=poll_interval_ms)

    @deprecated(ASSISTANTS_DEPRECATED)
    def submit_tool_outputs_and_poll(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Run:
        """Submits the outputs of the tool calls a run asked for, then polls the run until it
        leaves queued / in progress."""
        extras = (extra_headers, extra_query, extra_body, timeout)
        run: Run = RunRequests(self, *extras).submit_tool_outputs(thread_id, run_id, tool_outputs, stream=False)
        return self.poll(run.id, thread_id, *extras, poll_interval_ms=poll_interval_ms)

    @deprecated(ASSISTANTS_DEPRECATED)
    def poll(
        self,
        run_id: str,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
        poll_interval_ms: int | Omit = omit,
    ) -> Run:
        """Re-fetches the run until it is no longer queued, in progress or cancelling (it may then
        need an action, or have completed, failed, been cancelled or expired)."""
        retrieve = cast("Runs", self).with_raw_response.retrieve
        return poll(partial(retrieve, run_id, thread_id=thread_id, extra_headers=extra_headers, extra_query=extra_query,
                            extra_body=extra_body, timeout=timeout),
                    pending=RUN_PENDING, poll_interval_ms=poll_interval_ms)


class AsyncRunsPolling(AsyncAPIResource):
    @deprecated(ASSISTANTS_DEPRECATED)
    async def create_and_poll(
        self,
        *,
        assistant_id: str,
        include: Iterable[RunStepInclude] | Omit = omit,
        additional_instructions: Optional[str] | Omit = omit,
        additional_messages: Optional[Iterable[CreateMessageRequestParam]] | Omit = omit,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        reasoning_effort: Optional[ReasoningEffort] | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tools: Optional[Iterable[run_create_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Run:
        """Creates a run on the thread, then polls it until it leaves queued / in progress."""
        extras = (extra_headers, extra_query, extra_body, timeout)
        run: Run = await AsyncRunRequests(self, *extras).create_run(thread_id, body_of(locals(), RUN_FIELDS),
                                                                     include, stream=False)
        return await self.poll(run.id, thread_id, *extras, poll_interval_ms=poll_interval_ms)

    @deprecated(ASSISTANTS_DEPRECATED)
    async def submit_tool_outputs_and_poll(
        self,
        *,
        tool_outputs: Iterable[run_submit_tool_outputs_params.ToolOutput],
        run_id: str,
        thread_id: str,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Run:
        """Submits the outputs of the tool calls a run asked for, then polls the run."""
        extras = (extra_headers, extra_query, extra_body, timeout)
        run: Run = await AsyncRunRequests(self, *extras).submit_tool_outputs(thread_id, run_id, tool_outputs,
                                                                              stream=False)
        return await self.poll(run.id, thread_id, *extras, poll_interval_ms=poll_interval_ms)

    @deprecated(ASSISTANTS_DEPRECATED)
    async def poll(
        self,
        run_id: str,
        thread_id: str,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
        poll_interval_ms: int | Omit = omit,
    ) -> Run:
        """Re-fetches the run until it is no longer queued, in progress or cancelling."""
        retrieve = cast("AsyncRuns", self).with_raw_response.retrieve
        return await async_poll(
            partial(retrieve, run_id, thread_id=thread_id, extra_headers=extra_headers, extra_query=extra_query,
                    extra_body=extra_body, timeout=timeout),
            pending=RUN_PENDING, poll_interval_ms=poll_interval_ms)


class ThreadsPolling(SyncAPIResource):
    @deprecated(ASSISTANTS_DEPRECATED)
    def create_and_run_poll(
        self,
        *,
        assistant_id: str,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        thread: CreateThreadRequestParam | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ToolResources] | Omit = omit,
        tools: Optional[Iterable[thread_create_and_run_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Run:
        """Creates a thread and a run on it in one request, then polls the run until it leaves
        queued / in progress."""
        extras = (extra_headers, extra_query, extra_body, timeout)
        run: Run = RunRequests(self, *extras).create_thread_and_run(body_of(locals(), THREAD_RUN_FIELDS),
                                                                    stream=False)
        poll_run = self._client.beta.threads.runs.poll
        return poll_run(run.id, run.thread_id, *extras, poll_interval_ms=poll_interval_ms)


class AsyncThreadsPolling(AsyncAPIResource):
    @deprecated(ASSISTANTS_DEPRECATED)
    async def create_and_run_poll(
        self,
        *,
        assistant_id: str,
        instructions: Optional[str] | Omit = omit,
        max_completion_tokens: Optional[int] | Omit = omit,
        max_prompt_tokens: Optional[int] | Omit = omit,
        metadata: Optional[MetadataParam] | Omit = omit,
        model: Optional[Union[str, AssistantSupportedModels]] | Omit = omit,
        parallel_tool_calls: ParallelToolCalls | Omit = omit,
        response_format: Optional[AssistantResponseFormatOptionParam] | Omit = omit,
        temperature: Optional[float] | Omit = omit,
        thread: CreateThreadRequestParam | Omit = omit,
        tool_choice: Optional[AssistantToolChoiceOptionParam] | Omit = omit,
        tool_resources: Optional[thread_create_and_run_params.ToolResources] | Omit = omit,
        tools: Optional[Iterable[thread_create_and_run_params.Tool]] | Omit = omit,
        top_p: Optional[float] | Omit = omit,
        truncation_strategy: Optional[TruncationObjectParam] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Run:
        """Creates a thread and a run on it in one request, then polls the run."""
        extras = (extra_headers, extra_query, extra_body, timeout)
        run: Run = await AsyncRunRequests(self, *extras).create_thread_and_run(
            body_of(locals(), THREAD_RUN_FIELDS), stream=False)
        poll_run = self._client.beta.threads.runs.poll
        return await poll_run(run.id, run.thread_id, *extras, poll_interval_ms=poll_interval_ms)



class VectorStoreFilesPolling(SyncAPIResource):
    def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Optional[VectorStoreFileAttributesParam] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """Attaches a file to the vector store, then polls until its ingestion has ended."""
        created = cast("Files", self).create(vector_store_id, file_id=file_id, attributes=attributes,
                                             chunking_strategy=chunking_strategy, extra_headers=extra_headers,
                                             extra_query=extra_query, extra_body=extra_body, timeout=timeout)
        return self.poll(created.id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    def upload(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFile:
        """Uploads the file (purpose `assistants`) and attaches it to the vector store, without
        waiting for its ingestion."""
        uploaded = self._client.files.create(file=file, purpose="assistants")
        return cast("Files", self).create(vector_store_id, file_id=uploaded.id, chunking_strategy=chunking_strategy)

    def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Optional[VectorStoreFileAttributesParam] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFile:
        """Uploads the file, attaches it to the vector store and polls until its ingestion has
        ended."""
        uploaded = self._client.files.create(file=file, purpose="assistants")
        return self.create_and_poll(uploaded.id, vector_store_id=vector_store_id, attributes=attributes,
                                    poll_interval_ms=poll_interval_ms, chunking_strategy=chunking_strategy)

    def poll(self, file_id: str, *, vector_store_id: str, poll_interval_ms: int | Omit = omit) -> VectorStoreFile:
        """Re-fetches the vector store file until its ingestion has ended (completed, failed or
        cancelled)."""
        files = cast("Files", self).with_raw_response
        return poll(lambda: files.retrieve(file_id, vector_store_id=vector_store_id), pending=INGESTION_PENDING,
                    poll_interval_ms=poll_interval_ms)


class AsyncVectorStoreFilesPolling(AsyncAPIResource):
    async def create_and_poll(
        self,
        file_id: str,
        *,
        vector_store_id: str,
        attributes: Optional[VectorStoreFileAttributesParam] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFile:
        """Attaches a file to the vector store, then polls until its ingestion has ended."""
        created = await cast("AsyncFiles", self).create(
            vector_store_id, file_id=file_id, attributes=attributes, chunking_strategy=chunking_strategy,
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout)
        return await self.poll(created.id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    async def upload(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFile:
        """Uploads the file (purpose `assistants`) and attaches it to the vector store, without
        waiting for its ingestion."""
        uploaded = await self._client.files.create(file=file, purpose="assistants")
        return await cast("AsyncFiles", self).create(vector_store_id, file_id=uploaded.id,
                                                     chunking_strategy=chunking_strategy)

    async def upload_and_poll(
        self,
        *,
        vector_store_id: str,
        file: FileTypes,
        attributes: Optional[VectorStoreFileAttributesParam] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFile:
        """Uploads the file, attaches it to the vector store and polls until its ingestion has
        ended."""
        uploaded = await self._client.files.create(file=file, purpose="assistants")
        return await self.create_and_poll(uploaded.id, vector_store_id=vector_store_id, attributes=attributes,
                                          poll_interval_ms=poll_interval_ms, chunking_strategy=chunking_strategy)

    async def poll(self, file_id: str, *, vector_store_id: str, poll_interval_ms: int | Omit = omit) -> VectorStoreFile:
        """Re-fetches the vector store file until its ingestion has ended."""
        files = cast("AsyncFiles", self).with_raw_response
        return await async_poll(lambda: files.retrieve(file_id, vector_store_id=vector_store_id),
                                pending=INGESTION_PENDING, poll_interval_ms=poll_interval_ms)


class FileBatchesPolling(SyncAPIResource):
    def create_and_poll(
        self,
        vector_store_id: str,
        *,
        attributes: Optional[VectorStoreFileAttributesParam] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[CreateVectorStoreFileRequestParam] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """Creates a file batch from files already uploaded, then polls it until its ingestion has
        ended."""
        batch = cast("FileBatches", self).create(
            vector_store_id, attributes=attributes, chunking_strategy=chunking_strategy, file_ids=file_ids,
            files=files, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
            timeout=timeout)
        return self.poll(batch.id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    def upload_and_poll(
        self,
        vector_store_id: str,
        *,
        files: Iterable[FileTypes],
        max_concurrency: int = 5,
        file_ids: SequenceNotStr[str] = [],
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFileBatch:
        """Uploads `files` (at most `max_concurrency` at a time, in threads), then creates a batch of
        them and of `file_ids` and polls it until its ingestion has ended.

        When an upload fails, the uploads not yet started are cancelled, the running ones finish,
        and the first failure is raised: no batch is created. Files uploaded before the failure
        stay in the account's storage (`client.files.list(purpose="assistants")`)."""
        pending = list(files)
        if not pending:
            raise ValueError("No `files` to upload; to batch files already uploaded, use `create_and_poll`.")
        if max_concurrency < 1:
            raise ValueError(f"`max_concurrency` must be at least 1, got {max_concurrency}")
        uploaded = upload_all(lambda file: self._client.files.create(file=file, purpose="assistants").id, pending,
                              max_concurrency)
        return self.create_and_poll(vector_store_id, file_ids=[*file_ids, *uploaded],
                                    chunking_strategy=chunking_strategy, poll_interval_ms=poll_interval_ms)

    def poll(self, batch_id: str, *, vector_store_id: str, poll_interval_ms: int | Omit = omit) -> VectorStoreFileBatch:
        """Re-fetches the file batch until its ingestion has ended (completed, failed or cancelled)."""
        batches = cast("FileBatches", self).with_raw_response
        return poll(lambda: batches.retrieve(batch_id, vector_store_id=vector_store_id), pending=INGESTION_PENDING,
                    poll_interval_ms=poll_interval_ms)


class AsyncFileBatchesPolling(AsyncAPIResource):
    async def create_and_poll(
        self,
        vector_store_id: str,
        *,
        attributes: Optional[VectorStoreFileAttributesParam] | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
        file_ids: SequenceNotStr[str] | Omit = omit,
        files: Iterable[CreateVectorStoreFileRequestParam] | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> VectorStoreFileBatch:
        """Creates a file batch from files already uploaded, then polls it until its ingestion has
        ended."""
        batch = await cast("AsyncFileBatches", self).create(
            vector_store_id, attributes=attributes, chunking_strategy=chunking_strategy, file_ids=file_ids,
            files=files, extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body,
            timeout=timeout)
        return await self.poll(batch.id, vector_store_id=vector_store_id, poll_interval_ms=poll_interval_ms)

    async def upload_and_poll(
        self,
        vector_store_id: str,
        *,
        files: Iterable[FileTypes],
        max_concurrency: int = 5,
        file_ids: SequenceNotStr[str] = [],
        poll_interval_ms: int | Omit = omit,
        chunking_strategy: FileChunkingStrategyParam | Omit = omit,
    ) -> VectorStoreFileBatch:
        """Uploads `files` (at most `max_concurrency` at a time), then creates a batch of them and
        of `file_ids` and polls it until its ingestion has ended.

        When an upload fails, the other uploads are cancelled and the first failure is raised: no
        batch is created. Files uploaded before the failure stay in the account's storage."""
        pending = list(files)
        if not pending:
            raise ValueError("No `files` to upload; to batch files already uploaded, use `create_and_poll`.")
        if max_concurrency < 1:
            raise ValueError(f"`max_concurrency` must be at least 1, got {max_concurrency}")

        async def upload(file: FileTypes) -> str:
            return (await self._client.files.create(file=file, purpose="assistants")).id

        uploaded = await async_upload_all(upload, pending, max_concurrency)
        return await self.create_and_poll(vector_store_id, file_ids=[*file_ids, *uploaded],
                                          chunking_strategy=chunking_strategy, poll_interval_ms=poll_interval_ms)

    async def poll(self, batch_id: str, *, vector_store_id: str,
                   poll_interval_ms: int | Omit = omit) -> VectorStoreFileBatch:
        """Re-fetches the file batch until its ingestion has ended."""
        batches = cast("AsyncFileBatches", self).with_raw_response
        return await async_poll(lambda: batches.retrieve(batch_id, vector_store_id=vector_store_id),
                                pending=INGESTION_PENDING, poll_interval_ms=poll_interval_ms)


class VideosPolling(SyncAPIResource):
    def create_and_poll(
        self,
        *,
        prompt: str,
        input_reference: ImageRefParam2Param | Omit = omit,
        model: VideoModel | Omit = omit,
        seconds: VideoSeconds | Omit = omit,
        size: VideoSize | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """Starts a video job, then polls it until it has completed or failed."""
        video = cast("Videos", self).create(prompt=prompt, input_reference=input_reference, model=model,
                                            seconds=seconds, size=size, extra_headers=extra_headers,
                                            extra_query=extra_query, extra_body=extra_body, timeout=timeout)
        return self.poll(video.id, poll_interval_ms=poll_interval_ms)

    def poll(self, video_id: str, *, poll_interval_ms: int | Omit = omit) -> Video:
        """Re-fetches the video job until it has completed or failed."""
        videos = cast("Videos", self).with_raw_response
        return poll(lambda: videos.retrieve(video_id), pending=VIDEO_PENDING, poll_interval_ms=poll_interval_ms)


class AsyncVideosPolling(AsyncAPIResource):
    async def create_and_poll(
        self,
        *,
        prompt: str,
        input_reference: ImageRefParam2Param | Omit = omit,
        model: VideoModel | Omit = omit,
        seconds: VideoSeconds | Omit = omit,
        size: VideoSize | Omit = omit,
        poll_interval_ms: int | Omit = omit,
        extra_headers: Headers | None = None,
        extra_query: Query | None = None,
        extra_body: Body | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = not_given,
    ) -> Video:
        """Starts a video job, then polls it until it has completed or failed."""
        video = await cast("AsyncVideos", self).create(
            prompt=prompt, input_reference=input_reference, model=model, seconds=seconds, size=size,
            extra_headers=extra_headers, extra_query=extra_query, extra_body=extra_body, timeout=timeout)
        return await self.poll(video.id, poll_interval_ms=poll_interval_ms)

    async def poll(self, video_id: str, *, poll_interval_ms: int | Omit = omit) -> Video:
        """Re-fetches the video job until it has completed or failed."""
        videos = cast("AsyncVideos", self).with_raw_response
        return await async_poll(lambda: videos.retrieve(video_id), pending=VIDEO_PENDING,
                                poll_interval_ms=poll_interval_ms)


class FilesPolling(SyncAPIResource):
    def wait_for_processing(self, id: str, *, poll_interval: float = 5.0, max_wait_seconds: float = 30 * 60) -> FileObject:
        """Re-fetches the file every `poll_interval` seconds until it is processed (or in error);
        RuntimeError after `max_wait_seconds`."""
        start = time.monotonic()
        while True:
            file = cast("FileResource", self).retrieve(id)
            if file.status in FILE_DONE:
                return file
            if time.monotonic() - start + poll_interval > max_wait_seconds:
                raise RuntimeError(f"file {id} was still `{file.status}` after {max_wait_seconds} seconds")
            time.sleep(poll_interval)


class AsyncFilesPolling(AsyncAPIResource):
    async def wait_for_processing(self, id: str, *, poll_interval: float = 5.0,
                                  max_wait_seconds: float = 30 * 60) -> FileObject:
        """Re-fetches the file every `poll_interval` seconds until it is processed (or in error)."""
        import anyio

        start = time.monotonic()
        while True:
            file = await cast("AsyncFileResource", self).retrieve(id)
            if file.status in FILE_DONE:
                return file
            if time.monotonic() - start + poll_interval > max_wait_seconds:
                raise RuntimeError(f"file {id} was still `{file.status}` after {max_wait_seconds} seconds")
            await anyio.sleep(poll_interval)
