# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .projects import (
    AsyncProjects,
    AsyncProjectsWithRawResponse,
    AsyncProjectsWithStreamingResponse,
    Projects,
    ProjectsWithRawResponse,
    ProjectsWithStreamingResponse,
)

__all__ = [
    "Projects",
    "AsyncProjects",
    "ProjectsWithRawResponse",
    "AsyncProjectsWithRawResponse",
    "ProjectsWithStreamingResponse",
    "AsyncProjectsWithStreamingResponse",
]
