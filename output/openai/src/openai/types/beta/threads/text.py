# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import List, Union

from typing_extensions import Annotated, TypeAlias

from ...._models import BaseModel
from ...._utils import PropertyInfo
from ....types.beta.threads.file_citation_annotation import FileCitationAnnotation
from ....types.beta.threads.file_path_annotation import FilePathAnnotation

__all__ = [
    "Annotation",
    "Text",
]


Annotation: TypeAlias = Annotated[Union[FileCitationAnnotation, FilePathAnnotation], PropertyInfo(discriminator="type")]


class Text(BaseModel):
    value: str
    """The data that makes up the text."""

    annotations: List[Annotation]
