# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing import Union

from typing_extensions import Annotated, TypeAlias

from ...._utils import PropertyInfo
from ....types.container_file_citation_body import ContainerFileCitationBody
from ....types.file_citation_body import FileCitationBody
from ....types.file_path import FilePath
from ....types.url_citation_body import URLCitationBody

__all__ = [
    "Annotation",
]


Annotation: TypeAlias = Annotated[
    Union[FileCitationBody, URLCitationBody, ContainerFileCitationBody, FilePath], PropertyInfo(discriminator="type")
]
"""An annotation that applies to a span of output text."""
