# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ...._utils import PropertyInfo
from ....types.beta.threads.file_citation_annotation import FileCitationAnnotation
from ....types.beta.threads.file_path_annotation import FilePathAnnotation

__all__ = [
    "Annotation",
]


Annotation: TypeAlias = Annotated[Union[FileCitationAnnotation, FilePathAnnotation], PropertyInfo(discriminator="type")]
