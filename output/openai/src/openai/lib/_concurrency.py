"""Running one call per item with at most N at a time, results in the items' order, and stopping
at the first failure: the uploads of `file_batches.upload_and_poll` and the parts of
`uploads.upload_file_chunked`.

On a failure the calls not yet started never start, the running ones are cancelled (async) or
finish (threads cannot be interrupted), and the first failure is raised: the caller creates
nothing from a partial result."""

from __future__ import annotations

from concurrent.futures import FIRST_EXCEPTION, Future, ThreadPoolExecutor, wait
from typing import Awaitable, Callable, List, Optional, Sequence, TypeVar, cast

__all__ = ["upload_all", "async_upload_all"]

T = TypeVar("T")
R = TypeVar("R")


def upload_all(call: Callable[[T], R], items: Sequence[T], max_concurrency: int) -> List[R]:
    """`[call(item) for item in items]` on up to `max_concurrency` threads."""
    with ThreadPoolExecutor(max_workers=max_concurrency, thread_name_prefix="openai-upload") as pool:
        futures: List[Future[R]] = [pool.submit(call, item) for item in items]
        done, _ = wait(futures, return_when=FIRST_EXCEPTION)
        failure = next((f.exception() for f in futures if f in done and f.exception() is not None), None)
        if failure is not None:
            for future in futures:
                future.cancel()  # only the ones not started; leaving `with` waits for the rest
            raise failure
        return [future.result() for future in futures]


async def async_upload_all(call: Callable[[T], Awaitable[R]], items: Sequence[T], max_concurrency: int) -> List[R]:
    """`[await call(item) for item in items]`, up to `max_concurrency` at a time."""
    import anyio

    results: List[Optional[R]] = [None] * len(items)
    failures: List[Exception] = []
    limiter = anyio.Semaphore(max_concurrency)

    async with anyio.create_task_group() as group:

        async def run(index: int, item: T) -> None:
            async with limiter:
                if failures:
                    return
                try:
                    results[index] = await call(item)
                except Exception as exc:  # the first one is raised below, the others are cancelled
                    failures.append(exc)
                    group.cancel_scope.cancel()

        for index, item in enumerate(items):
            group.start_soon(run, index, item)
    if failures:
        raise failures[0]
    return cast(List[R], results)  # every slot was filled: no call failed
