# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.
"""Resource classes: `from petstore.resources import Pets`. They load on first access
(PEP 562), so that importing the client does not import every resource."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .owners import AsyncOwners as AsyncOwners
    from .owners import AsyncOwnersWithRawResponse as AsyncOwnersWithRawResponse
    from .owners import AsyncOwnersWithStreamingResponse as AsyncOwnersWithStreamingResponse
    from .owners import Owners as Owners
    from .owners import OwnersWithRawResponse as OwnersWithRawResponse
    from .owners import OwnersWithStreamingResponse as OwnersWithStreamingResponse
    from .pets import AsyncPets as AsyncPets
    from .pets import AsyncPetsWithRawResponse as AsyncPetsWithRawResponse
    from .pets import AsyncPetsWithStreamingResponse as AsyncPetsWithStreamingResponse
    from .pets import Pets as Pets
    from .pets import PetsWithRawResponse as PetsWithRawResponse
    from .pets import PetsWithStreamingResponse as PetsWithStreamingResponse

# class name -> the module (relative to this package) that defines it
_EXPORTS: dict[str, str] = {
    "Pets": "pets",
    "PetsWithRawResponse": "pets",
    "PetsWithStreamingResponse": "pets",
    "AsyncPets": "pets",
    "AsyncPetsWithRawResponse": "pets",
    "AsyncPetsWithStreamingResponse": "pets",
    "Owners": "owners",
    "OwnersWithRawResponse": "owners",
    "OwnersWithStreamingResponse": "owners",
    "AsyncOwners": "owners",
    "AsyncOwnersWithRawResponse": "owners",
    "AsyncOwnersWithStreamingResponse": "owners",
}

__all__ = [
    "Pets",
    "PetsWithRawResponse",
    "PetsWithStreamingResponse",
    "AsyncPets",
    "AsyncPetsWithRawResponse",
    "AsyncPetsWithStreamingResponse",
    "Owners",
    "OwnersWithRawResponse",
    "OwnersWithStreamingResponse",
    "AsyncOwners",
    "AsyncOwnersWithRawResponse",
    "AsyncOwnersWithStreamingResponse",
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
