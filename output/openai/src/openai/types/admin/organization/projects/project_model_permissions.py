# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List

from pydantic import Field as FieldInfo
from typing_extensions import Literal

from ....._models import BaseModel

__all__ = [
    "ProjectModelPermissions",
]


class ProjectModelPermissions(BaseModel):
    """Represents the model allowlist or denylist policy for a project."""

    object: Literal["project.model_permissions"]
    """The object type, which is always `project.model_permissions`."""

    mode: Literal["allow_list", "deny_list"]
    """Whether the project uses an allowlist or a denylist."""

    model_ids_: List[str] = FieldInfo(alias="model_ids")
    """The model IDs included in the model permissions policy."""
