"""Runtime bench worker: measures whichever `openai` package this interpreter imports.

    python scripts/bench_runtime.py cold   # fresh-process numbers: import, construction, first call, RSS
    python scripts/bench_runtime.py hot    # steady-state numbers: per-call, large parse, SSE, pagination
    python scripts/bench_runtime.py floor  # fresh-process floor: `import httpx` + `httpx.Client()`, RSS

`hot` measures each row's floor too, in the same process and alternating with the SDK: bare httpx
on the same transport plus `json.loads`, reading the same values from the decoded JSON (for SSE,
`iter_lines` + `json.loads` of each event).

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
    openai.OpenAI(api_key=API_KEY, base_url=BASE_URL)  # with its own default httpx.Client, as a user builds it
    t3 = time.perf_counter()
    rss_client = _rss_kb()
    client = openai.OpenAI(
        api_key=API_KEY, base_url=BASE_URL, http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    t3b = time.perf_counter()
    completion = client.chat.completions.create(**CHAT_REQUEST)
    t4 = time.perf_counter()
    assert completion.choices[0].message.content
    return {
        "file": openai.__file__,
        "version": getattr(openai, "__version__", "?"),
        "import_s": t1 - t0,
        "construct_s": t3 - t2,
        "first_call_s": t4 - t3b,
        "rss_base_kb": rss_base,
        "rss_import_kb": rss_import,
        "rss_client_kb": rss_client,
        "modules": modules_after - modules_before,
    }


def floor() -> dict:
    """The cold floor: what any client of the API pays, `import httpx` and one `httpx.Client()`."""
    rss_base = _rss_kb()
    t0 = time.perf_counter()
    import httpx

    t1 = time.perf_counter()
    httpx.Client()
    t2 = time.perf_counter()
    return {"import_s": t1 - t0, "construct_s": t2 - t1, "rss_base_kb": rss_base, "rss_client_kb": _rss_kb()}


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
        HELPER_SSE_CHUNKS,
        Payloads,
        digest_chat,
        digest_chat_dict,
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
    times, floor_times = [], []
    for i in range(11):
        t0 = time.perf_counter()
        r = client.chat.completions.create(**CHAT_REQUEST)
        d = digest_chat(r)
        t1 = time.perf_counter()
        fd = digest_chat_dict(json.loads(bare.post(url, json=CHAT_REQUEST, headers=auth).content))
        t2 = time.perf_counter()
        assert fd == d, (fd, d)
        if i:  # the first one pays one-off costs (converters, lazy schemas) and is reported apart
            times.append(t1 - t0)
            floor_times.append(t2 - t1)
        else:
            out["large_chat_first_ms"] = (t1 - t0) * 1e3
        digests["large_chat"] = d
        del r
    out["large_chat_ms"] = median(times) * 1e3
    out["floor_large_chat_ms"] = median(floor_times) * 1e3
    payloads.chat_mode = "small"
    gc.collect()

    times, floor_times = [], []
    models_url = BASE_URL + "/models"
    for i in range(5):
        t0 = time.perf_counter()
        ids = [m.id for m in client.models.list()]
        t1 = time.perf_counter()
        floor_ids = [m["id"] for m in json.loads(bare.get(models_url, headers=auth).content)["data"]]
        t2 = time.perf_counter()
        assert floor_ids == ids
        if i:
            times.append(t1 - t0)
            floor_times.append(t2 - t1)
        digests["models"] = [len(ids), ids[-1]]
        del ids, floor_ids
    out["models_ms"] = median(times) * 1e3
    out["floor_models_ms"] = median(floor_times) * 1e3
    gc.collect()

    # ---- SSE -----------------------------------------------------------------------------------
    def floor_sse() -> list:
        n = chars = 0
        finish = None
        with bare.stream("POST", url, json={**CHAT_REQUEST, "stream": True}, headers=auth) as response:
            for line in response.iter_lines():
                if line.startswith("data: ") and line != "data: [DONE]":
                    n += 1
                    choice = json.loads(line[6:])["choices"][0]
                    chars += len(choice["delta"].get("content") or "")
                    finish = choice["finish_reason"] or finish
        return [n, chars, finish]

    times, floor_times = [], []
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
        floor_digest = floor_sse()
        t2 = time.perf_counter()
        assert floor_digest == [n, chars, finish], (floor_digest, [n, chars, finish])
        if i:
            times.append(t1 - t0)
            floor_times.append(t2 - t1)
        digests["sse"] = [n, chars, finish]
    out["sse_chunks_per_s"] = SSE_CHUNKS / median(times)
    out["sse_ms"] = median(times) * 1e3
    out["floor_sse_ms"] = median(floor_times) * 1e3
    gc.collect()

    # ---- pagination ----------------------------------------------------------------------------
    jobs_url = BASE_URL + "/fine_tuning/jobs"

    def floor_pages() -> list:
        n = done = 0
        last = None
        after = None
        while True:
            params = {"limit": PAGE_SIZE} if after is None else {"limit": PAGE_SIZE, "after": after}
            page = json.loads(bare.get(jobs_url, params=params, headers=auth).content)
            for job in page["data"]:
                n += 1
                last = job["id"]
                done += job["status"] == "succeeded"
            if not page["has_more"] or not page["data"]:
                return [n, last, done]
            after = page["data"][-1]["id"]

    times, floor_times = [], []
    for i in range(5):
        t0 = time.perf_counter()
        n = done = 0
        last = None
        for job in client.fine_tuning.jobs.list(limit=PAGE_SIZE):
            n += 1
            last = job.id
            done += job.status == "succeeded"
        t1 = time.perf_counter()
        floor_digest = floor_pages()
        t2 = time.perf_counter()
        assert floor_digest == [n, last, done], (floor_digest, [n, last, done])
        if i:
            times.append(t1 - t0)
            floor_times.append(t2 - t1)
        digests["pagination"] = [n, last, done]
    assert digests["pagination"][0] == PAGES * PAGE_SIZE, digests["pagination"]
    out["page_us_per_item"] = median(times) / (PAGES * PAGE_SIZE) * 1e6
    out["floor_page_us_per_item"] = median(floor_times) / (PAGES * PAGE_SIZE) * 1e6
    gc.collect()

    # ---- helpers: structured parse of 200 choices, the chat stream helper on 20,000 chunks ------
    import pydantic

    class Verdict(pydantic.BaseModel):
        label: str
        score: float
        tags: list[str]
        ok: bool

    payloads.chat_mode = "structured"
    times = []
    for i in range(6):
        t0 = time.perf_counter()
        parsed = client.chat.completions.parse(**CHAT_REQUEST, response_format=Verdict)
        verdicts = [choice.message.parsed for choice in parsed.choices]
        d = [len(verdicts), round(sum(v.score for v in verdicts), 6), sum(v.ok for v in verdicts), verdicts[-1].label]
        t1 = time.perf_counter()
        if i:
            times.append(t1 - t0)
        digests["parse_helper"] = d
        del parsed, verdicts
    out["parse_helper_ms"] = median(times) * 1e3
    payloads.chat_mode = "small"
    gc.collect()

    payloads.sse_mode = "helper"
    # One run (5-10 s each): one-off costs are lost in it. Deltas counted are those carrying text
    # (the official helper also reports the role chunk's empty `""`; ours does not).
    t0 = time.perf_counter()
    deltas = 0
    with client.chat.completions.stream(**CHAT_REQUEST) as stream:
        for event in stream:
            if event.type == "content.delta" and event.delta:
                deltas += 1
        final = stream.get_final_completion()
    t1 = time.perf_counter()
    content = final.choices[0].message.content or ""
    digests["stream_helper"] = [deltas, len(content), final.choices[0].finish_reason]
    del final, stream
    assert digests["stream_helper"][1] > HELPER_SSE_CHUNKS, digests["stream_helper"]
    out["stream_helper_ms"] = (t1 - t0) * 1e3
    payloads.sse_mode = "base"
    out["digests"] = digests
    return out


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "hot"
    result = {"cold": cold, "floor": floor}.get(mode, hot)()
    import json  # only now: `cold` must find nothing imported beyond what it times

    print(json.dumps(result))


if __name__ == "__main__":
    main()
