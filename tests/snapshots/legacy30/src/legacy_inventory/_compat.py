# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import sys
from functools import cached_property as cached_property
from typing import Any, ForwardRef, Optional

__all__ = ["cached_property", "forward_ref", "resolve_forward_ref"]


def forward_ref(name: str, module: str) -> Any:
    """`name` as module `module` will bind it, looked up when the type is first used rather than
    when it is defined. Type aliases of recursive schemas use it for names their module imports
    last (the other module imports this one too, so the name does not exist yet at definition
    time). pydantic and `typing.get_type_hints` resolve it in `module`, wherever the alias is used."""
    try:
        return ForwardRef(name, module=module)  # type: ignore[call-arg,unused-ignore]
    except TypeError:  # Python < 3.9.7: no `module`; the name is then looked up where it is used
        return ForwardRef(name)


def resolve_forward_ref(ref: Any) -> Optional[Any]:
    """The type a `forward_ref` stands for, or None while its module does not bind it."""
    module = sys.modules.get(getattr(ref, "__forward_module__", None) or "")
    if module is None:
        return None
    return getattr(module, ref.__forward_arg__, None)
