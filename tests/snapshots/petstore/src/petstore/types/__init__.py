# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activity_kind import ActivityKind as ActivityKind
    from .administrator import Administrator as Administrator
    from .administrator_param import AdministratorParam as AdministratorParam
    from .cat import Cat as Cat
    from .category import Category as Category
    from .dog import Dog as Dog
    from .owner_administrator import OwnerAdministrator as OwnerAdministrator
    from .owner_administrator_param import OwnerAdministratorParam as OwnerAdministratorParam
    from .pet import Pet as Pet
    from .pet_activity import PetActivity as PetActivity
    from .pet_activity_chunk import PetActivityChunk as PetActivityChunk
    from .pet_activity_event import PetActivityEvent as PetActivityEvent
    from .pet_create_params import PetCreateParams as PetCreateParams
    from .pet_deleted import PetDeleted as PetDeleted
    from .pet_events_params import PetEventsParams as PetEventsParams
    from .pet_events_params import PetEventsParamsBase as PetEventsParamsBase
    from .pet_events_params import PetEventsParamsNonStreaming as PetEventsParamsNonStreaming
    from .pet_events_params import PetEventsParamsStreaming as PetEventsParamsStreaming
    from .pet_list_params import PetListParams as PetListParams
    from .pet_photo import PetPhoto as PetPhoto
    from .pet_size import PetSize as PetSize
    from .pet_status import PetStatus as PetStatus
    from .pet_update_params import PetUpdateParams as PetUpdateParams
    from .pet_vaccinate_params import PetVaccinateParams as PetVaccinateParams
    from .species import Species as Species
    from .vaccination import Vaccination as Vaccination
    from .vaccine_list import VaccineList as VaccineList
    from .vet_administrator import VetAdministrator as VetAdministrator
    from .vet_administrator_param import VetAdministratorParam as VetAdministratorParam

# Exports load on first access (PEP 562): modules of sibling packages import each other, and eager
# imports here would turn every such pair into an import cycle through this file.
_EXPORTS: dict[str, str] = {
    "ActivityKind": "activity_kind",
    "Administrator": "administrator",
    "AdministratorParam": "administrator_param",
    "Cat": "cat",
    "Category": "category",
    "Dog": "dog",
    "OwnerAdministrator": "owner_administrator",
    "OwnerAdministratorParam": "owner_administrator_param",
    "Pet": "pet",
    "PetActivity": "pet_activity",
    "PetActivityChunk": "pet_activity_chunk",
    "PetActivityEvent": "pet_activity_event",
    "PetCreateParams": "pet_create_params",
    "PetDeleted": "pet_deleted",
    "PetEventsParams": "pet_events_params",
    "PetEventsParamsBase": "pet_events_params",
    "PetEventsParamsNonStreaming": "pet_events_params",
    "PetEventsParamsStreaming": "pet_events_params",
    "PetListParams": "pet_list_params",
    "PetPhoto": "pet_photo",
    "PetSize": "pet_size",
    "PetStatus": "pet_status",
    "PetUpdateParams": "pet_update_params",
    "PetVaccinateParams": "pet_vaccinate_params",
    "Species": "species",
    "Vaccination": "vaccination",
    "VaccineList": "vaccine_list",
    "VetAdministrator": "vet_administrator",
    "VetAdministratorParam": "vet_administrator_param",
}


def __getattr__(name: str) -> Any:
    import importlib

    module = _EXPORTS.get(name)
    if module is None:
        # a submodule not imported yet is an attribute too (`types.shared_params` after `import`
        # of the package), as it is where a package imports its submodules eagerly
        import importlib.util

        if name.startswith("_") or importlib.util.find_spec(f"{__name__}.{name}") is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        return importlib.import_module(f"{__name__}.{name}")
    value = getattr(importlib.import_module("." + module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))
