# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.
"""Resource classes: `from openai.resources import Admin`. They load on first access
(PEP 562), so that importing the client does not import every resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .admin import Admin as Admin
    from .admin import AdminWithRawResponse as AdminWithRawResponse
    from .admin import AdminWithStreamingResponse as AdminWithStreamingResponse
    from .admin import AsyncAdmin as AsyncAdmin
    from .admin import AsyncAdminWithRawResponse as AsyncAdminWithRawResponse
    from .admin import AsyncAdminWithStreamingResponse as AsyncAdminWithStreamingResponse
    from .audio import AsyncAudio as AsyncAudio
    from .audio import AsyncAudioWithRawResponse as AsyncAudioWithRawResponse
    from .audio import AsyncAudioWithStreamingResponse as AsyncAudioWithStreamingResponse
    from .audio import Audio as Audio
    from .audio import AudioWithRawResponse as AudioWithRawResponse
    from .audio import AudioWithStreamingResponse as AudioWithStreamingResponse
    from .batches import AsyncBatches as AsyncBatches
    from .batches import AsyncBatchesWithRawResponse as AsyncBatchesWithRawResponse
    from .batches import AsyncBatchesWithStreamingResponse as AsyncBatchesWithStreamingResponse
    from .batches import Batches as Batches
    from .batches import BatchesWithRawResponse as BatchesWithRawResponse
    from .batches import BatchesWithStreamingResponse as BatchesWithStreamingResponse
    from .beta import AsyncBeta as AsyncBeta
    from .beta import AsyncBetaWithRawResponse as AsyncBetaWithRawResponse
    from .beta import AsyncBetaWithStreamingResponse as AsyncBetaWithStreamingResponse
    from .beta import Beta as Beta
    from .beta import BetaWithRawResponse as BetaWithRawResponse
    from .beta import BetaWithStreamingResponse as BetaWithStreamingResponse
    from .chat import AsyncChat as AsyncChat
    from .chat import AsyncChatWithRawResponse as AsyncChatWithRawResponse
    from .chat import AsyncChatWithStreamingResponse as AsyncChatWithStreamingResponse
    from .chat import Chat as Chat
    from .chat import ChatWithRawResponse as ChatWithRawResponse
    from .chat import ChatWithStreamingResponse as ChatWithStreamingResponse
    from .completions import AsyncCompletions as AsyncCompletions
    from .completions import AsyncCompletionsWithRawResponse as AsyncCompletionsWithRawResponse
    from .completions import AsyncCompletionsWithStreamingResponse as AsyncCompletionsWithStreamingResponse
    from .completions import Completions as Completions
    from .completions import CompletionsWithRawResponse as CompletionsWithRawResponse
    from .completions import CompletionsWithStreamingResponse as CompletionsWithStreamingResponse
    from .containers import AsyncContainers as AsyncContainers
    from .containers import AsyncContainersWithRawResponse as AsyncContainersWithRawResponse
    from .containers import AsyncContainersWithStreamingResponse as AsyncContainersWithStreamingResponse
    from .containers import Containers as Containers
    from .containers import ContainersWithRawResponse as ContainersWithRawResponse
    from .containers import ContainersWithStreamingResponse as ContainersWithStreamingResponse
    from .conversations import AsyncConversations as AsyncConversations
    from .conversations import AsyncConversationsWithRawResponse as AsyncConversationsWithRawResponse
    from .conversations import AsyncConversationsWithStreamingResponse as AsyncConversationsWithStreamingResponse
    from .conversations import Conversations as Conversations
    from .conversations import ConversationsWithRawResponse as ConversationsWithRawResponse
    from .conversations import ConversationsWithStreamingResponse as ConversationsWithStreamingResponse
    from .embeddings import AsyncEmbeddings as AsyncEmbeddings
    from .embeddings import AsyncEmbeddingsWithRawResponse as AsyncEmbeddingsWithRawResponse
    from .embeddings import AsyncEmbeddingsWithStreamingResponse as AsyncEmbeddingsWithStreamingResponse
    from .embeddings import Embeddings as Embeddings
    from .embeddings import EmbeddingsWithRawResponse as EmbeddingsWithRawResponse
    from .embeddings import EmbeddingsWithStreamingResponse as EmbeddingsWithStreamingResponse
    from .evals import AsyncEvals as AsyncEvals
    from .evals import AsyncEvalsWithRawResponse as AsyncEvalsWithRawResponse
    from .evals import AsyncEvalsWithStreamingResponse as AsyncEvalsWithStreamingResponse
    from .evals import Evals as Evals
    from .evals import EvalsWithRawResponse as EvalsWithRawResponse
    from .evals import EvalsWithStreamingResponse as EvalsWithStreamingResponse
    from .files import AsyncFiles as AsyncFiles
    from .files import AsyncFilesWithRawResponse as AsyncFilesWithRawResponse
    from .files import AsyncFilesWithStreamingResponse as AsyncFilesWithStreamingResponse
    from .files import Files as Files
    from .files import FilesWithRawResponse as FilesWithRawResponse
    from .files import FilesWithStreamingResponse as FilesWithStreamingResponse
    from .fine_tuning import AsyncFineTuning as AsyncFineTuning
    from .fine_tuning import AsyncFineTuningWithRawResponse as AsyncFineTuningWithRawResponse
    from .fine_tuning import AsyncFineTuningWithStreamingResponse as AsyncFineTuningWithStreamingResponse
    from .fine_tuning import FineTuning as FineTuning
    from .fine_tuning import FineTuningWithRawResponse as FineTuningWithRawResponse
    from .fine_tuning import FineTuningWithStreamingResponse as FineTuningWithStreamingResponse
    from .images import AsyncImages as AsyncImages
    from .images import AsyncImagesWithRawResponse as AsyncImagesWithRawResponse
    from .images import AsyncImagesWithStreamingResponse as AsyncImagesWithStreamingResponse
    from .images import Images as Images
    from .images import ImagesWithRawResponse as ImagesWithRawResponse
    from .images import ImagesWithStreamingResponse as ImagesWithStreamingResponse
    from .models import AsyncModels as AsyncModels
    from .models import AsyncModelsWithRawResponse as AsyncModelsWithRawResponse
    from .models import AsyncModelsWithStreamingResponse as AsyncModelsWithStreamingResponse
    from .models import Models as Models
    from .models import ModelsWithRawResponse as ModelsWithRawResponse
    from .models import ModelsWithStreamingResponse as ModelsWithStreamingResponse
    from .moderations import AsyncModerations as AsyncModerations
    from .moderations import AsyncModerationsWithRawResponse as AsyncModerationsWithRawResponse
    from .moderations import AsyncModerationsWithStreamingResponse as AsyncModerationsWithStreamingResponse
    from .moderations import Moderations as Moderations
    from .moderations import ModerationsWithRawResponse as ModerationsWithRawResponse
    from .moderations import ModerationsWithStreamingResponse as ModerationsWithStreamingResponse
    from .realtime import AsyncRealtime as AsyncRealtime
    from .realtime import AsyncRealtimeWithRawResponse as AsyncRealtimeWithRawResponse
    from .realtime import AsyncRealtimeWithStreamingResponse as AsyncRealtimeWithStreamingResponse
    from .realtime import Realtime as Realtime
    from .realtime import RealtimeWithRawResponse as RealtimeWithRawResponse
    from .realtime import RealtimeWithStreamingResponse as RealtimeWithStreamingResponse
    from .responses import AsyncResponses as AsyncResponses
    from .responses import AsyncResponsesWithRawResponse as AsyncResponsesWithRawResponse
    from .responses import AsyncResponsesWithStreamingResponse as AsyncResponsesWithStreamingResponse
    from .responses import Responses as Responses
    from .responses import ResponsesWithRawResponse as ResponsesWithRawResponse
    from .responses import ResponsesWithStreamingResponse as ResponsesWithStreamingResponse
    from .skills import AsyncSkills as AsyncSkills
    from .skills import AsyncSkillsWithRawResponse as AsyncSkillsWithRawResponse
    from .skills import AsyncSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse
    from .skills import Skills as Skills
    from .skills import SkillsWithRawResponse as SkillsWithRawResponse
    from .skills import SkillsWithStreamingResponse as SkillsWithStreamingResponse
    from .uploads import AsyncUploads as AsyncUploads
    from .uploads import AsyncUploadsWithRawResponse as AsyncUploadsWithRawResponse
    from .uploads import AsyncUploadsWithStreamingResponse as AsyncUploadsWithStreamingResponse
    from .uploads import Uploads as Uploads
    from .uploads import UploadsWithRawResponse as UploadsWithRawResponse
    from .uploads import UploadsWithStreamingResponse as UploadsWithStreamingResponse
    from .vector_stores import AsyncVectorStores as AsyncVectorStores
    from .vector_stores import AsyncVectorStoresWithRawResponse as AsyncVectorStoresWithRawResponse
    from .vector_stores import AsyncVectorStoresWithStreamingResponse as AsyncVectorStoresWithStreamingResponse
    from .vector_stores import VectorStores as VectorStores
    from .vector_stores import VectorStoresWithRawResponse as VectorStoresWithRawResponse
    from .vector_stores import VectorStoresWithStreamingResponse as VectorStoresWithStreamingResponse
    from .videos import AsyncVideos as AsyncVideos
    from .videos import AsyncVideosWithRawResponse as AsyncVideosWithRawResponse
    from .videos import AsyncVideosWithStreamingResponse as AsyncVideosWithStreamingResponse
    from .videos import Videos as Videos
    from .videos import VideosWithRawResponse as VideosWithRawResponse
    from .videos import VideosWithStreamingResponse as VideosWithStreamingResponse

# class name -> the module (relative to this package) that defines it
_EXPORTS: dict[str, str] = {
    "Admin": "admin",
    "AdminWithRawResponse": "admin",
    "AdminWithStreamingResponse": "admin",
    "AsyncAdmin": "admin",
    "AsyncAdminWithRawResponse": "admin",
    "AsyncAdminWithStreamingResponse": "admin",
    "Audio": "audio",
    "AudioWithRawResponse": "audio",
    "AudioWithStreamingResponse": "audio",
    "AsyncAudio": "audio",
    "AsyncAudioWithRawResponse": "audio",
    "AsyncAudioWithStreamingResponse": "audio",
    "Batches": "batches",
    "BatchesWithRawResponse": "batches",
    "BatchesWithStreamingResponse": "batches",
    "AsyncBatches": "batches",
    "AsyncBatchesWithRawResponse": "batches",
    "AsyncBatchesWithStreamingResponse": "batches",
    "Beta": "beta",
    "BetaWithRawResponse": "beta",
    "BetaWithStreamingResponse": "beta",
    "AsyncBeta": "beta",
    "AsyncBetaWithRawResponse": "beta",
    "AsyncBetaWithStreamingResponse": "beta",
    "Chat": "chat",
    "ChatWithRawResponse": "chat",
    "ChatWithStreamingResponse": "chat",
    "AsyncChat": "chat",
    "AsyncChatWithRawResponse": "chat",
    "AsyncChatWithStreamingResponse": "chat",
    "Completions": "completions",
    "CompletionsWithRawResponse": "completions",
    "CompletionsWithStreamingResponse": "completions",
    "AsyncCompletions": "completions",
    "AsyncCompletionsWithRawResponse": "completions",
    "AsyncCompletionsWithStreamingResponse": "completions",
    "Containers": "containers",
    "ContainersWithRawResponse": "containers",
    "ContainersWithStreamingResponse": "containers",
    "AsyncContainers": "containers",
    "AsyncContainersWithRawResponse": "containers",
    "AsyncContainersWithStreamingResponse": "containers",
    "Conversations": "conversations",
    "ConversationsWithRawResponse": "conversations",
    "ConversationsWithStreamingResponse": "conversations",
    "AsyncConversations": "conversations",
    "AsyncConversationsWithRawResponse": "conversations",
    "AsyncConversationsWithStreamingResponse": "conversations",
    "Embeddings": "embeddings",
    "EmbeddingsWithRawResponse": "embeddings",
    "EmbeddingsWithStreamingResponse": "embeddings",
    "AsyncEmbeddings": "embeddings",
    "AsyncEmbeddingsWithRawResponse": "embeddings",
    "AsyncEmbeddingsWithStreamingResponse": "embeddings",
    "Evals": "evals",
    "EvalsWithRawResponse": "evals",
    "EvalsWithStreamingResponse": "evals",
    "AsyncEvals": "evals",
    "AsyncEvalsWithRawResponse": "evals",
    "AsyncEvalsWithStreamingResponse": "evals",
    "Files": "files",
    "FilesWithRawResponse": "files",
    "FilesWithStreamingResponse": "files",
    "AsyncFiles": "files",
    "AsyncFilesWithRawResponse": "files",
    "AsyncFilesWithStreamingResponse": "files",
    "FineTuning": "fine_tuning",
    "FineTuningWithRawResponse": "fine_tuning",
    "FineTuningWithStreamingResponse": "fine_tuning",
    "AsyncFineTuning": "fine_tuning",
    "AsyncFineTuningWithRawResponse": "fine_tuning",
    "AsyncFineTuningWithStreamingResponse": "fine_tuning",
    "Images": "images",
    "ImagesWithRawResponse": "images",
    "ImagesWithStreamingResponse": "images",
    "AsyncImages": "images",
    "AsyncImagesWithRawResponse": "images",
    "AsyncImagesWithStreamingResponse": "images",
    "Models": "models",
    "ModelsWithRawResponse": "models",
    "ModelsWithStreamingResponse": "models",
    "AsyncModels": "models",
    "AsyncModelsWithRawResponse": "models",
    "AsyncModelsWithStreamingResponse": "models",
    "Moderations": "moderations",
    "ModerationsWithRawResponse": "moderations",
    "ModerationsWithStreamingResponse": "moderations",
    "AsyncModerations": "moderations",
    "AsyncModerationsWithRawResponse": "moderations",
    "AsyncModerationsWithStreamingResponse": "moderations",
    "Realtime": "realtime",
    "RealtimeWithRawResponse": "realtime",
    "RealtimeWithStreamingResponse": "realtime",
    "AsyncRealtime": "realtime",
    "AsyncRealtimeWithRawResponse": "realtime",
    "AsyncRealtimeWithStreamingResponse": "realtime",
    "Responses": "responses",
    "ResponsesWithRawResponse": "responses",
    "ResponsesWithStreamingResponse": "responses",
    "AsyncResponses": "responses",
    "AsyncResponsesWithRawResponse": "responses",
    "AsyncResponsesWithStreamingResponse": "responses",
    "Skills": "skills",
    "SkillsWithRawResponse": "skills",
    "SkillsWithStreamingResponse": "skills",
    "AsyncSkills": "skills",
    "AsyncSkillsWithRawResponse": "skills",
    "AsyncSkillsWithStreamingResponse": "skills",
    "Uploads": "uploads",
    "UploadsWithRawResponse": "uploads",
    "UploadsWithStreamingResponse": "uploads",
    "AsyncUploads": "uploads",
    "AsyncUploadsWithRawResponse": "uploads",
    "AsyncUploadsWithStreamingResponse": "uploads",
    "VectorStores": "vector_stores",
    "VectorStoresWithRawResponse": "vector_stores",
    "VectorStoresWithStreamingResponse": "vector_stores",
    "AsyncVectorStores": "vector_stores",
    "AsyncVectorStoresWithRawResponse": "vector_stores",
    "AsyncVectorStoresWithStreamingResponse": "vector_stores",
    "Videos": "videos",
    "VideosWithRawResponse": "videos",
    "VideosWithStreamingResponse": "videos",
    "AsyncVideos": "videos",
    "AsyncVideosWithRawResponse": "videos",
    "AsyncVideosWithStreamingResponse": "videos",
}

__all__ = [
    "Admin",
    "AdminWithRawResponse",
    "AdminWithStreamingResponse",
    "AsyncAdmin",
    "AsyncAdminWithRawResponse",
    "AsyncAdminWithStreamingResponse",
    "Audio",
    "AudioWithRawResponse",
    "AudioWithStreamingResponse",
    "AsyncAudio",
    "AsyncAudioWithRawResponse",
    "AsyncAudioWithStreamingResponse",
    "Batches",
    "BatchesWithRawResponse",
    "BatchesWithStreamingResponse",
    "AsyncBatches",
    "AsyncBatchesWithRawResponse",
    "AsyncBatchesWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "Chat",
    "ChatWithRawResponse",
    "ChatWithStreamingResponse",
    "AsyncChat",
    "AsyncChatWithRawResponse",
    "AsyncChatWithStreamingResponse",
    "Completions",
    "CompletionsWithRawResponse",
    "CompletionsWithStreamingResponse",
    "AsyncCompletions",
    "AsyncCompletionsWithRawResponse",
    "AsyncCompletionsWithStreamingResponse",
    "Containers",
    "ContainersWithRawResponse",
    "ContainersWithStreamingResponse",
    "AsyncContainers",
    "AsyncContainersWithRawResponse",
    "AsyncContainersWithStreamingResponse",
    "Conversations",
    "ConversationsWithRawResponse",
    "ConversationsWithStreamingResponse",
    "AsyncConversations",
    "AsyncConversationsWithRawResponse",
    "AsyncConversationsWithStreamingResponse",
    "Embeddings",
    "EmbeddingsWithRawResponse",
    "EmbeddingsWithStreamingResponse",
    "AsyncEmbeddings",
    "AsyncEmbeddingsWithRawResponse",
    "AsyncEmbeddingsWithStreamingResponse",
    "Evals",
    "EvalsWithRawResponse",
    "EvalsWithStreamingResponse",
    "AsyncEvals",
    "AsyncEvalsWithRawResponse",
    "AsyncEvalsWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "FineTuning",
    "FineTuningWithRawResponse",
    "FineTuningWithStreamingResponse",
    "AsyncFineTuning",
    "AsyncFineTuningWithRawResponse",
    "AsyncFineTuningWithStreamingResponse",
    "Images",
    "ImagesWithRawResponse",
    "ImagesWithStreamingResponse",
    "AsyncImages",
    "AsyncImagesWithRawResponse",
    "AsyncImagesWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "Moderations",
    "ModerationsWithRawResponse",
    "ModerationsWithStreamingResponse",
    "AsyncModerations",
    "AsyncModerationsWithRawResponse",
    "AsyncModerationsWithStreamingResponse",
    "Realtime",
    "RealtimeWithRawResponse",
    "RealtimeWithStreamingResponse",
    "AsyncRealtime",
    "AsyncRealtimeWithRawResponse",
    "AsyncRealtimeWithStreamingResponse",
    "Responses",
    "ResponsesWithRawResponse",
    "ResponsesWithStreamingResponse",
    "AsyncResponses",
    "AsyncResponsesWithRawResponse",
    "AsyncResponsesWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "Uploads",
    "UploadsWithRawResponse",
    "UploadsWithStreamingResponse",
    "AsyncUploads",
    "AsyncUploadsWithRawResponse",
    "AsyncUploadsWithStreamingResponse",
    "VectorStores",
    "VectorStoresWithRawResponse",
    "VectorStoresWithStreamingResponse",
    "AsyncVectorStores",
    "AsyncVectorStoresWithRawResponse",
    "AsyncVectorStoresWithStreamingResponse",
    "Videos",
    "VideosWithRawResponse",
    "VideosWithStreamingResponse",
    "AsyncVideos",
    "AsyncVideosWithRawResponse",
    "AsyncVideosWithStreamingResponse",
]


def __getattr__(name: str) -> Any:
    import importlib

    module = _EXPORTS.get(name)
    if module is None:
        # a resource module not imported yet is an attribute too, as with eager imports
        import importlib.util

        if name.startswith("_") or importlib.util.find_spec(f"{__name__}.{name}") is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f"{__name__}.{name}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
