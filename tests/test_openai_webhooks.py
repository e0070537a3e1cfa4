"""`client.webhooks.verify_signature` / `unwrap` of output/openai (spec/openai/resources/webhooks,
lib/_webhook_signature.py), sync and async clients. The signatures are computed here with `hmac`
from the Standard Webhooks definition (HMAC-SHA256 of `id.timestamp.body` under the base64 key
after `whsec_`), not with the code under test. The official README's two Flask examples run
unchanged on a real server on 127.0.0.1."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import threading
import time
from typing import Any, Dict, Iterator

import httpx
import pytest

pytestmark = pytest.mark.xdist_group("openai-webhooks")

KEY = b"0123456789abcdef0123456789abcdef"
SECRET = "whsec_" + base64.b64encode(KEY).decode()
EVENT = {"id": "evt_1", "object": "event", "created_at": 1_750_000_000, "type": "response.completed",
         "data": {"id": "resp_1"}}
BODY = json.dumps(EVENT)


def sign(body: str, key: bytes = KEY, webhook_id: str = "wh_1", timestamp: int | None = None) -> Dict[str, str]:
    ts = int(time.time()) if timestamp is None else timestamp
    mac = hmac.new(key, f"{webhook_id}.{ts}.{body}".encode(), hashlib.sha256).digest()
    return {"webhook-id": webhook_id, "webhook-timestamp": str(ts),
            "webhook-signature": "v1," + base64.b64encode(mac).decode()}


@pytest.fixture(params=["sync", "async"])
def client(openai: Any, request: Any, monkeypatch: Any) -> Any:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    cls = openai.OpenAI if request.param == "sync" else openai.AsyncOpenAI
    return cls(api_key="sk-test", webhook_secret=SECRET)


def test_unwrap_verifies_and_returns_the_typed_event(openai: Any, client: Any) -> None:
    event = client.webhooks.unwrap(BODY, sign(BODY))
    assert type(event).__name__ == "ResponseCompletedWebhookEvent"
    assert isinstance(event, openai.types.webhooks.ResponseCompletedWebhookEvent)
    assert event.type == "response.completed" and event.data.id == "resp_1"
    assert client.webhooks.unwrap(BODY.encode(), httpx.Headers(sign(BODY))).id == "evt_1"  # bytes, httpx.Headers


def test_header_names_are_case_insensitive_and_several_signatures_may_be_sent(client: Any) -> None:
    headers = {k.upper(): v for k, v in sign(BODY).items()}
    stale_key = base64.b64encode(hmac.new(b"old key", b"x", hashlib.sha256).digest()).decode()
    headers["WEBHOOK-SIGNATURE"] = f"v1,{stale_key} v2,ignored {headers['WEBHOOK-SIGNATURE']}"
    assert client.webhooks.verify_signature(BODY, headers) is None


@pytest.mark.parametrize("case,message", [
    ("tampered body", "No signature in `webhook-signature` matches"),
    ("wrong secret", "No signature in `webhook-signature` matches"),
    ("old timestamp", "s old, over the 300 s tolerance"),
    ("future timestamp", "in the future, over the 300 s tolerance"),
    ("missing signature", "The `webhook-signature` header is missing"),
    ("missing id", "The `webhook-id` header is missing"),
    ("bad timestamp", "is not a Unix time"),
    ("no v1 entry", "has no `v1,` signature"),
])
def test_each_failed_check_says_which(openai: Any, client: Any, case: str, message: str) -> None:
    headers = sign(BODY)
    body = BODY
    if case == "tampered body":
        body = BODY.replace("resp_1", "resp_2")
    elif case == "wrong secret":
        headers = sign(BODY, key=b"another key of the same size!!!!")
    elif case == "old timestamp":
        headers = sign(BODY, timestamp=int(time.time()) - 301)
    elif case == "future timestamp":
        headers = sign(BODY, timestamp=int(time.time()) + 301)
    elif case == "missing signature":
        del headers["webhook-signature"]
    elif case == "missing id":
        del headers["webhook-id"]
    elif case == "bad timestamp":
        headers["webhook-timestamp"] = "yesterday"
    elif case == "no v1 entry":
        headers["webhook-signature"] = headers["webhook-signature"].replace("v1,", "v0,")
    with pytest.raises(openai.InvalidWebhookSignatureError, match=message):
        client.webhooks.unwrap(body, headers)
    with pytest.raises(ValueError):  # the official class derives from ValueError too
        client.webhooks.verify_signature(body, headers)


def test_tolerance_is_configurable(openai: Any, client: Any) -> None:
    headers = sign(BODY, timestamp=int(time.time()) - 1000)
    client.webhooks.verify_signature(BODY, headers, tolerance=2000)
    with pytest.raises(openai.InvalidWebhookSignatureError, match="tolerance"):
        client.webhooks.verify_signature(BODY, headers)


def test_the_secret_comes_from_the_call_the_client_or_the_environment(openai: Any, monkeypatch: Any) -> None:
    monkeypatch.delenv("OPENAI_WEBHOOK_SECRET", raising=False)
    bare = openai.OpenAI(api_key="sk-test")
    with pytest.raises(openai.InvalidWebhookSignatureError, match="No webhook secret.*OPENAI_WEBHOOK_SECRET"):
        bare.webhooks.unwrap(BODY, sign(BODY))
    assert bare.webhooks.unwrap(BODY, sign(BODY), secret=SECRET).id == "evt_1"
    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    assert openai.OpenAI(api_key="sk-test").webhooks.unwrap(BODY, sign(BODY)).id == "evt_1"
    assert openai.AsyncOpenAI(api_key="sk-test").webhook_secret == SECRET
    # a secret without the prefix is used as the raw key
    raw = openai.OpenAI(api_key="sk-test", webhook_secret="plain-secret")
    assert raw.webhooks.unwrap(BODY, sign(BODY, key=b"plain-secret")).id == "evt_1"
    assert raw.with_options(timeout=5).webhook_secret == "plain-secret"


README_UNWRAP = '''\
from openai import OpenAI
from flask import Flask, request

app = Flask(__name__)
client = OpenAI()  # OPENAI_WEBHOOK_SECRET environment variable is used by default


@app.route("/webhook", methods=["POST"])
def webhook():
    request_body = request.get_data(as_text=True)

    try:
        event = client.webhooks.unwrap(request_body, request.headers)

        if event.type == "response.completed":
            print("Response completed:", event.data)
        elif event.type == "response.failed":
            print("Response failed:", event.data)
        else:
            print("Unhandled event type:", event.type)

        return "ok"
    except Exception as e:
        print("Invalid signature:", e)
        return "Invalid signature", 400


if __name__ == "__main__":
    app.run(port=8000)
'''
README_VERIFY = '''\
import json
from openai import OpenAI
from flask import Flask, request

app = Flask(__name__)
client = OpenAI()  # OPENAI_WEBHOOK_SECRET environment variable is used by default


@app.route("/webhook", methods=["POST"])
def webhook():
    request_body = request.get_data(as_text=True)

    try:
        client.webhooks.verify_signature(request_body, request.headers)

        # Parse the body after verification
        event = json.loads(request_body)
        print("Verified event:", event)

        return "ok"
    except Exception as e:
        print("Invalid signature:", e)
        return "Invalid signature", 400


if __name__ == "__main__":
    app.run(port=8000)
'''


@pytest.fixture()
def flask_app(openai: Any, monkeypatch: Any) -> Iterator[Any]:
    """Runs a README example's `app` on a real server on 127.0.0.1; yields a function that
    starts it and returns its URL."""
    from werkzeug.serving import make_server

    monkeypatch.setenv("OPENAI_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    servers: list[Any] = []

    def start(code: str) -> str:
        namespace: Dict[str, Any] = {"__name__": "readme_webhook"}
        exec(compile(code, "readme_webhook.py", "exec", dont_inherit=True), namespace)
        server = make_server("127.0.0.1", 0, namespace["app"], threaded=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_port}/webhook"

    yield start
    for server in servers:
        server.shutdown()


@pytest.mark.parametrize("example,printed", [(README_UNWRAP, "Response completed: Data(id='resp_1')"),
                                             (README_VERIFY, "Verified event: {'id': 'evt_1'")])
def test_official_readme_webhook_examples(flask_app: Any, capfd: Any, example: str, printed: str) -> None:
    url = flask_app(example)
    good = httpx.post(url, content=BODY, headers={**sign(BODY), "Content-Type": "application/json"})
    assert (good.status_code, good.text) == (200, "ok")
    bad = httpx.post(url, content=BODY, headers={**sign(BODY, key=b"x" * 32), "Content-Type": "application/json"})
    assert (bad.status_code, bad.text) == (400, "Invalid signature")
    out = capfd.readouterr().out
    assert printed in out
    assert "Invalid signature: No signature in `webhook-signature` matches the body and the secret" in out


def test_the_examples_are_the_published_text() -> None:
    from tests.conftest import ROOT, official_readme

    seeds = ROOT.parent / "shared" / "seeds" / "003_1fa49bb70b3348b9.txt"
    if seeds.is_file():
        assert README_UNWRAP in seeds.read_text(encoding="utf-8")
    text = official_readme()
    assert README_UNWRAP in text and README_VERIFY in text
