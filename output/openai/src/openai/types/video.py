# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Optional

from typing_extensions import Literal

from .._models import BaseModel
from ..types.video_create_error import VideoCreateError
from ..types.video_model import VideoModel
from ..types.video_size import VideoSize

__all__ = [
    "Video",
]


class Video(BaseModel):
    """Structured information describing a generated video job."""

    id: str
    """Unique identifier for the video job."""

    object: Literal["video"]
    """The object type, which is always `video`."""

    model: VideoModel
    """The video generation model that produced the job."""

    status: Literal["queued", "in_progress", "completed", "failed"]
    """Current lifecycle status of the video job."""

    progress: int
    """Approximate completion percentage for the generation task."""

    created_at: int
    """Unix timestamp (seconds) for when the job was created."""

    completed_at: Optional[int] = None
    expires_at: Optional[int] = None
    prompt: Optional[str] = None
    size: VideoSize
    """The resolution of the generated video."""

    seconds: str
    """Duration of the generated clip in seconds. For extensions, this is the stitched total duration."""

    remixed_from_video_id: Optional[str] = None
    error: Optional[VideoCreateError] = None
