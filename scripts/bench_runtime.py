"""Runtime bench worker: measures whichever `openai` package this interpreter imports.

    python scripts/bench_runtime.py cold   # fresh-process numbers: import, construction, first call, RSS
    python scripts/bench_runtime.py hot    # steady-state numbers: per-call, large parse, SSE, pagination

`scripts/bench.py` runs it in a fresh subprocess per measurement, once with our package first on
PYTHONPATH and once without (the official package from site-packages), and reads the one JSON
object it prints on stdout. Nothing is imported before `import openai` in `cold` mode except the
standard library modules needed to time it, so the import is measured from a clean slate.
"""

from __future__ import annotations

import sys
import time


def _rss_kb() -> int:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def cold() -> dict:
    rss_base = _rss_kb()
    modules_before = len(sys.modules)
    t0 = time.perf_counter()
    import openai

    t1 = time.perf_counter()
    rss_import = _rss_kb()
    modules_after = len(sys.modules)

    import httpx
    from bench_payloads import API_KEY, BASE_URL, CHAT_REQUEST, Payloads, make_handler

    handler = make_handler(Payloads(full=False))
    t2 = time.perf_counter()
    client = openai.OpenAI(
        api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    t3 = time.perf_counter()
    completion = client.chat.completions.create(**CHAT_REQUEST)
    t4 = time.perf_counter()
    assert completion.choices[0].message.content
    return {
        "file": openai.__file__,
        "version": getattr(openai, "__version__", "?"),
        "import_s": t1 - t0,
        "construct_s": t3 - t2,
        "first_call_s": t4 - t3,
        "rss_base_kb": rss_base,
        "rss_import_kb": rss_import,
        "modules": modules_after - modules_before,
    }


def hot() -> dict:
    import asyncio
    import gc
    import json
    from statistics import median

    import httpx
    import openai
    from bench_payloads import (
        API_KEY,
        BASE_URL,
        CHAT_REQUEST,
        PAGE_SIZE,
        PAGES,
        SSE_CHUNKS,
        Payloads,
        digest_chat,
        make_handler,
    )

    payloads = Payloads()
    handler = make_handler(payloads)
    ahandler = make_handler(payloads, asynchronous=True)
    client = openai.OpenAI(
        api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    bare = httpx.Client(transport=httpx.MockTransport(handler))
    url = BASE_URL + "/chat/completions"
    auth = {"Authorization": f"Bearer {API_KEY}"}
    out: dict = {"file": openai.__file__}
    digests: dict = {}

    # ---- per-call overhead, sync: SDK batches and bare-httpx batches alternate -----------------
    batch, batches = 100, 7

    def sdk_call() -> None:
        r = client.chat.completions.create(**CHAT_REQUEST)
        r.choices[0].message.content  # noqa: B018 - read what a caller reads

    def bare_call() -> None:
        json.loads(bare.post(url, json=CHAT_REQUEST, headers=auth).content)["choices"][0]["message"]["content"]

    for _ in range(batch):  # warm-up: first-use imports, caches, lazy resources
        sdk_call()
        bare_call()
    sdk_t, bare_t = [], []
    for _ in range(batches):
        t0 = time.perf_counter()
        for _ in range(batch):
            sdk_call()
        t1 = time.perf_counter()
        for _ in range(batch):
            bare_call()
        t2 = time.perf_counter()
        sdk_t.append((t1 - t0) / batch)
        bare_t.append((t2 - t1) / batch)
    out["call_sync_us"] = median(sdk_t) * 1e6
    out["bare_sync_us"] = median(bare_t) * 1e6
    digests["small_chat"] = digest_chat(client.chat.completions.create(**CHAT_REQUEST))

    # ---- per-call overhead, async --------------------------------------------------------------
    async def async_part() -> None:
        aclient = openai.AsyncOpenAI(
            api_key=API_KEY,
            base_url=BASE_URL,
            http_client=httpx.AsyncClient(transport=httpx.MockTransport(ahandler)),
        )
        abare = httpx.AsyncClient(transport=httpx.MockTransport(ahandler))

        async def a_sdk() -> None:
            r = await aclient.chat.completions.create(**CHAT_REQUEST)
            r.choices[0].message.content  # noqa: B018

        async def a_bare() -> None:
            r = await abare.post(url, json=CHAT_REQUEST, headers=auth)
            json.loads(r.content)["choices"][0]["message"]["content"]

        for _ in range(batch):
            await a_sdk()
            await a_bare()
        s_t, b_t = [], []
        for _ in range(batches):
            t0 = time.perf_counter()
            for _ in range(batch):
                await a_sdk()
            t1 = time.perf_counter()
            for _ in range(batch):
                await a_bare()
            t2 = time.perf_counter()
            s_t.append((t1 - t0) / batch)
            b_t.append((t2 - t1) / batch)
        out["call_async_us"] = median(s_t) * 1e6
        out["bare_async_us"] = median(b_t) * 1e6
        await aclient.close()
        await abare.aclose()

    asyncio.run(async_part())
    gc.collect()

    # ---- large responses -----------------------------------------------------------------------
    payloads.chat_mode = "large"
    times = []
    for i in range(11):
        t0 = time.perf_counter()
        r = client.chat.completions.create(**CHAT_REQUEST)
        d = digest_chat(r)
        t1 = time.perf_counter()
        if i:  # the first one pays one-off costs (converters, lazy schemas) and is reported apart
            times.append(t1 - t0)
        else:
            out["large_chat_first_ms"] = (t1 - t0) * 1e3
        digests["large_chat"] = d
    out["large_chat_ms"] = median(times) * 1e3
    payloads.chat_mode = "small"
    gc.collect()

    times = []
    for i in range(5):
        t0 = time.perf_counter()
        ids = [m.id for m in client.models.list()]
        t1 = time.perf_counter()
        if i:
            times.append(t1 - t0)
        digests["models"] = [len(ids), ids[-1]]
    out["models_ms"] = median(times) * 1e3
    del ids
    gc.collect()

    # ---- SSE -----------------------------------------------------------------------------------
    times = []
    for i in range(5):
        t0 = time.perf_counter()
        n = chars = 0
        finish = None
        for chunk in client.chat.completions.create(**CHAT_REQUEST, stream=True):
            n += 1
            choice = chunk.choices[0]
            chars += len(choice.delta.content or "")
            finish = choice.finish_reason or finish
        t1 = time.perf_counter()
        if i:
            times.append(t1 - t0)
        digests["sse"] = [n, chars, finish]
    out["sse_chunks_per_s"] = SSE_CHUNKS / median(times)
    gc.collect()

    # ---- pagination ----------------------------------------------------------------------------
    times = []
    for i in range(5):
        t0 = time.perf_counter()
        n = done = 0
        last = None
        for job in client.fine_tuning.jobs.list(limit=PAGE_SIZE):
            n += 1
            last = job.id
            done += job.status == "succeeded"
        t1 = time.perf_counter()
        if i:
            times.append(t1 - t0)
        digests["pagination"] = [n, last, done]
    assert digests["pagination"][0] == PAGES * PAGE_SIZE, digests["pagination"]
    out["page_us_per_item"] = median(times) / (PAGES * PAGE_SIZE) * 1e6
    out["digests"] = digests
    return out


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "hot"
    result = cold() if mode == "cold" else hot()
    import json  # only now: `cold` must find nothing imported beyond what it times

    print(json.dumps(result))


if __name__ == "__main__":
    main()
