# File generated from our OpenAPI spec by the SDK generator. Do not edit by hand.

from __future__ import annotations

import functools
from typing import Any, Awaitable, Callable, TypeVar

from typing_extensions import ParamSpec

_P = ParamSpec("_P")
_R = TypeVar("_R")


async def to_thread(func: Callable[_P, _R], /, *args: _P.args, **kwargs: _P.kwargs) -> _R:
    """Runs a blocking function in a worker thread without blocking the event loop."""
    import anyio.to_thread

    return await anyio.to_thread.run_sync(functools.partial(func, *args, **kwargs))


def asyncify(function: Callable[_P, _R]) -> Callable[_P, Awaitable[_R]]:
    """Wraps a blocking function into an async one that runs it in a worker thread."""

    async def wrapper(*args: _P.args, **kwargs: _P.kwargs) -> _R:
        return await to_thread(function, *args, **kwargs)

    return wrapper


def is_coroutine_function(func: Any) -> bool:
    import inspect

    return inspect.iscoroutinefunction(func)
