# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .pets import (
    AsyncPets,
    AsyncPetsWithRawResponse,
    AsyncPetsWithStreamingResponse,
    Pets,
    PetsWithRawResponse,
    PetsWithStreamingResponse,
)
from .photo import (
    AsyncPhoto,
    AsyncPhotoWithRawResponse,
    AsyncPhotoWithStreamingResponse,
    Photo,
    PhotoWithRawResponse,
    PhotoWithStreamingResponse,
)

__all__ = [
    "Pets",
    "AsyncPets",
    "PetsWithRawResponse",
    "AsyncPetsWithRawResponse",
    "PetsWithStreamingResponse",
    "AsyncPetsWithStreamingResponse",
    "Photo",
    "AsyncPhoto",
    "PhotoWithRawResponse",
    "AsyncPhotoWithRawResponse",
    "PhotoWithStreamingResponse",
    "AsyncPhotoWithStreamingResponse",
]
