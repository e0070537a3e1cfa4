# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .content import (
    AsyncContent,
    AsyncContentWithRawResponse,
    AsyncContentWithStreamingResponse,
    Content,
    ContentWithRawResponse,
    ContentWithStreamingResponse,
)
from .skills import (
    AsyncSkills,
    AsyncSkillsWithRawResponse,
    AsyncSkillsWithStreamingResponse,
    Skills,
    SkillsWithRawResponse,
    SkillsWithStreamingResponse,
)
from .versions import (
    AsyncVersions,
    AsyncVersionsWithRawResponse,
    AsyncVersionsWithStreamingResponse,
    Versions,
    VersionsWithRawResponse,
    VersionsWithStreamingResponse,
)

__all__ = [
    "Skills",
    "AsyncSkills",
    "SkillsWithRawResponse",
    "AsyncSkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "AsyncSkillsWithStreamingResponse",
    "Content",
    "AsyncContent",
    "ContentWithRawResponse",
    "AsyncContentWithRawResponse",
    "ContentWithStreamingResponse",
    "AsyncContentWithStreamingResponse",
    "Versions",
    "AsyncVersions",
    "VersionsWithRawResponse",
    "AsyncVersionsWithRawResponse",
    "VersionsWithStreamingResponse",
    "AsyncVersionsWithStreamingResponse",
]
