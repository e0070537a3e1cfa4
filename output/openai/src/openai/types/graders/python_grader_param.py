# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

from typing_extensions import Literal, Required, TypedDict

__all__ = [
    "PythonGraderParam",
]


class PythonGraderParam(TypedDict, total=False):
    """A PythonGrader object that runs a python script on the input."""

    type: Required[Literal["python"]]
    """The object type, which is always `python`."""

    name: Required[str]
    """The name of the grader."""

    source: Required[str]
    """The source code of the python script."""

    image_tag: str
    """The image tag to use for the python script."""
