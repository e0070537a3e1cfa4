# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from .owners import (
    AsyncOwners,
    AsyncOwnersWithRawResponse,
    AsyncOwnersWithStreamingResponse,
    Owners,
    OwnersWithRawResponse,
    OwnersWithStreamingResponse,
)
from .pets import (
    AsyncPets,
    AsyncPetsWithRawResponse,
    AsyncPetsWithStreamingResponse,
    Pets,
    PetsWithRawResponse,
    PetsWithStreamingResponse,
)

__all__ = [
    "Owners",
    "AsyncOwners",
    "OwnersWithRawResponse",
    "AsyncOwnersWithRawResponse",
    "OwnersWithStreamingResponse",
    "AsyncOwnersWithStreamingResponse",
    "Pets",
    "AsyncPets",
    "PetsWithRawResponse",
    "AsyncPetsWithRawResponse",
    "PetsWithStreamingResponse",
    "AsyncPetsWithStreamingResponse",
]
