"""Generator fixes found by the real-world corpus (tests/test_corpus.py, `make corpus`), each on a
small fixture of `tests/fixtures/zero_config/` that reproduces it with no config."""

from __future__ import annotations

import subprocess
import sys
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from tests.conftest import send_json, serve
from tests.test_zero_config_fixes import generate, import_every_module, run_python


def pyright_clean(out: Path) -> None:
    bin_dir = Path(sys.executable).parent
    done = subprocess.run([str(bin_dir / "pyright"), "--pythonpath", sys.executable, "src"], cwd=out,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0 and "0 errors" in done.stdout, done.stdout[-3000:]


def test_a_schema_expandable_to_itself_imports_parses_and_type_checks(tmp_path: Path) -> None:
    """Stripe's `IssuingCard.replaced_by` (`anyOf: [string, $ref issuing_card]`): the inline union
    `ReplacedBy = Union[str, IssuingCard]` came before the class it names, which uses it, so
    `import stripe` raised `NameError: name 'IssuingCard' is not defined` (and pyright reported it
    undefined). The alias now names the class through `forward_ref`, and quoted for type checkers."""
    out, _ = generate(tmp_path, "self_expandable.yaml")
    import_every_module(out)
    script = """
from selfref.types import IssuingCard
card = IssuingCard.model_validate({"id": "a", "replaced_by": {"id": "b", "replaced_by": "c"}})
assert isinstance(card.replaced_by, IssuingCard) and card.replaced_by.replaced_by == "c", card
assert IssuingCard.model_validate({"id": "a", "replaced_by": "b"}).replaced_by == "b"
print("ok")
"""
    assert run_python(out, script).strip() == "ok"
    pyright_clean(out)


class NullOrApp(BaseHTTPRequestHandler):
    """`/apps/none` answers JSON `null`, any other app `{"id": 7}`."""

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        send_json(self, None if self.path.endswith("/none") else {"id": 7, "owner": None})


def test_a_nullable_schema_as_the_response_type_checks_and_parses(tmp_path: Path) -> None:
    """GitHub's `GET /apps/{app_slug}` returns `$ref: integration`, a schema that is `nullable:
    true`: the method returned `Optional[Integration]` with `cast_to=Optional[Integration]`, which
    is no `type[...]` (24 pyright errors on GitHub). It now goes through `cast(Any, ...)`, as lists
    and unions do, and parses both an object and `null`. A schema that is `enum: [null]` alone is an
    alias of `None` (it was `Optional[Literal[]]`, a syntax error)."""
    out, _ = generate(tmp_path, "nullable_response.yaml")
    assert "cast_to=cast(Any, Optional[Integration])" in (out / "src/nullable/resources/apps.py").read_text()
    pyright_clean(out)
    script = """
import asyncio
from nullable import Nullable, AsyncNullable
from nullable.types import Integration
client = Nullable(base_url="BASE", max_retries=0)
app = client.apps.retrieve("a")
assert isinstance(app, Integration) and app.id == 7 and app.owner is None, app
assert client.apps.retrieve("none") is None
async def main():
    async with AsyncNullable(base_url="BASE", max_retries=0) as c:
        assert (await c.apps.retrieve("a")).id == 7
        assert await c.apps.retrieve("none") is None
asyncio.run(main())
print("ok")
"""
    with serve(NullOrApp) as httpd:
        assert run_python(out, script.replace("BASE", f"http://127.0.0.1:{httpd.server_address[1]}")).strip() == "ok"


def test_a_long_cyclic_import_stays_ruff_clean_once_formatted(tmp_path: Path) -> None:
    """Stripe's treasury flows import each other, and one import placed last is longer than 120
    columns: the formatter wrapped it and moved `# noqa: E402, F401` onto the name's line, where it
    no longer covers the statement (ruff E402 twice on Stripe). The long import is written wrapped,
    E402 on its first line and F401 on each name."""
    out, _ = generate(tmp_path, "long_cycle.yaml")
    text = (out / "src/longcycle/types/treasury_received_credits_resource_linked_flows.py").read_text()
    assert "import (  # noqa: E402\n    TreasuryReceivedCreditsResourceSourceFlowsDetails,  # noqa: F401\n)" in text
    done = subprocess.run([str(Path(sys.executable).parent / "ruff"), "check", "src"], cwd=out, capture_output=True,
                          text=True, check=False)
    assert done.returncode == 0, done.stdout[-3000:]
    import_every_module(out)


def test_params_modules_of_one_name_in_two_packages_both_import(tmp_path: Path) -> None:
    """GitHub's orgs and enterprises code-security configurations: an inline shape shared by both
    request bodies is one class, in the params module of the first; the other resource then needs
    two `configuration_create_params` modules, and imported both under that name (ruff F811, and
    the second hid the first). The shared type is now imported by name where the leaf is taken."""
    out, _ = generate(tmp_path, "shared_params_shape.yaml")
    done = subprocess.run([str(Path(sys.executable).parent / "ruff"), "check", "src"], cwd=out,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stdout[-3000:]
    import_every_module(out)
    pyright_clean(out)


def test_pages_with_a_per_endpoint_list_name_type_check(tmp_path: Path) -> None:
    """Kubernetes' `items` and DigitalOcean's `droplets`: the page helper that finds a page's one
    list typed it `list[Unknown]` (2 pyright strict errors on Kubernetes)."""
    out, _ = generate(tmp_path, "pages.yaml")
    assert "def _page_items" in (out / "src" / "pages" / "pagination.py").read_text()
    pyright_clean(out)


class VendorJson(BaseHTTPRequestHandler):
    """406 unless the request accepts `application/jwk-set+json`, as Prism does for Kubernetes."""

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        if "application/jwk-set+json" not in (self.headers.get("Accept") or ""):
            self.send_response(406)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        data = b'{"keys": [{"kid": "k1"}]}' if self.path.endswith("/jwks") else b'"a-key-set"'
        self.send_response(200)
        self.send_header("Content-Type", "application/jwk-set+json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def test_a_response_only_offered_as_vendor_json_is_asked_for_by_name(tmp_path: Path) -> None:
    """Kubernetes' `GET /openid/v1/jwks/` answers `application/jwk-set+json` only; the client sent
    its default `Accept: application/json`, and Prism answered 406. Such a response now asks for
    its media type, and is decoded as JSON."""
    out, _ = generate(tmp_path, "vendor_json.yaml")
    script = """
from vendorjson import Vendorjson
client = Vendorjson(base_url="BASE", max_retries=0)
keys = client.openid.jwks.list()  # `/openid/v1/jwks`: the version is no resource; `{keys: [...]}` is a list
assert keys.keys is not None and keys.keys[0].kid == "k1", keys
assert "a-key-set" in client.openid.raw.retrieve()  # a string schema: the body as text
print("ok")
"""
    with serve(VendorJson) as httpd:
        assert run_python(out, script.replace("BASE", f"http://127.0.0.1:{httpd.server_address[1]}")).strip() == "ok"


def test_a_client_named_like_a_top_level_resource_is_the_client(tmp_path: Path) -> None:
    """nexmo.com/account and two vtex.local specs of the sample: the title gives the client the name
    of a top-level resource class (`Account API` and `/account`), and `_client.py` defined the client
    and imported the resource under one name (12 pyright errors each). Such a client is now
    `<Name>Client`."""
    out, _ = generate(tmp_path, "client_named_like_resource.yaml")
    script = """
from account import AccountClient, AsyncAccountClient
from account.resources.account import Account
client = AccountClient(base_url="http://127.0.0.1:9", max_retries=0)
assert isinstance(client.account, Account) and AsyncAccountClient.__name__ == "AsyncAccountClient"
print("ok")
"""
    assert run_python(out, script).strip() == "ok"
    pyright_clean(out)


class JointKeys(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass

    def answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        send_json(self, {"id": "s1", "seen": {
            "key": self.headers.get("X-Store-AppKey"), "token": self.headers.get("X-Store-AppToken"),
            "content_type": self.headers.get("Content-Type"), "body": body, "path": self.path,
            "page": self.headers.get("X-Page")}})

    do_GET = do_POST = answer


def test_keys_asked_for_together_a_required_content_type_and_a_list_body(tmp_path: Path) -> None:
    """vtex.local's three sample specs failed most of their emitted tests against Prism: the spec's
    requirement `{appKey, appToken}` gave the client one key (401 for want of the token), the GETs'
    required `Content-Type` header was dropped for want of a body (422), and a body that is a list
    of objects went out with Python keys (`address_name`, 422). Now the second key is a client option
    sent as its header, a Content-Type the call gives is kept, and a list body gets its wire keys.
    just-eat.co.uk: a query list with `explode: false` went out as repeated keys, an integer header
    param raised in httpx."""
    out, _ = generate(tmp_path, "joint_keys.yaml")
    script = """
import json, os
from shop import Shop
os.environ["SHOP_APP_TOKEN"] = "tok-env"
client = Shop(base_url="BASE", api_key="key-1", max_retries=0)
seen = client.stores.with_raw_response.retrieve("s1", content_type="application/json").json()["seen"]
assert (seen["key"], seen["token"], seen["content_type"]) == ("key-1", "tok-env", "application/json"), seen
client = Shop(base_url="BASE", api_key="key-1", app_token="tok-arg", max_retries=0)
seen = client.stores.with_raw_response.addresses("s1", body=[{"address_name": "home", "postal_code": "1"}]).json()["seen"]
assert seen["token"] == "tok-arg" and json.loads(seen["body"]) == [{"addressName": "home", "postalCode": "1"}], seen
seen = client.stores.with_raw_response.list(latlong=[51.5, -0.14], tags=["a", "b"], kinds=["x", "y"], x_page=2).json()["seen"]
assert seen["path"] == "/stores?latlong=51.5%2C-0.14&tags=a%7Cb&kinds=x&kinds=y" and seen["page"] == "2", seen
seen = client.stores.with_raw_response.ping("s1").json()["seen"]
assert (seen["body"], seen["content_type"]) == ("{}", "application/json"), seen
import inspect
mail = inspect.signature(client.stores.mail).parameters
assert mail["postal_code"].default is inspect.Parameter.empty and mail["address_name"].default is inspect.Parameter.empty
# an allOf with an `anyOf` of required lists is still an object body, and an annotating allOf part
# (`{description, example}`) leaves a property its type
rule = inspect.signature(client.stores.rules).parameters
assert {"inbound", "outbound", "tags"} <= set(rule) and "body" not in rule, rule
assert str(rule["tags"].annotation).startswith("Tags"), rule["tags"].annotation  # not `object`
print("ok")
"""
    with serve(JointKeys) as httpd:
        assert run_python(out, script.replace("BASE", f"http://127.0.0.1:{httpd.server_address[1]}")).strip() == "ok"
    tests = (out / "tests" / "api_resources" / "test_stores.py").read_text()
    assert "client.stores.retrieve(store_id=\"store_id\"" in tests  # not the spec's empty example
    assert '"app_token": "My app_token"' in (out / "tests" / "conftest.py").read_text()


class BodyEcho(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        send_json(self, {"id": body})


def test_a_required_name_no_property_defines_is_a_required_argument(tmp_path: Path) -> None:
    """DigitalOcean's `uptime.checks.create` and VTEX's `suggestions.update` require a body key their
    schema never defines; it is now a required argument of any type, sent by its wire name, with a
    warning that names the place. A `type: array` with `properties` beside it is an array."""
    out, stderr = generate(tmp_path, "undefined_required.yaml")
    assert "`required` names 'method', which no property defines" in stderr, stderr
    assert "#/paths/~1checks/post/requestBody/content/application~1json/schema" in stderr, stderr
    script = """
import inspect, json
from monitor import Monitor
client = Monitor(base_url="BASE", max_retries=0)
params = inspect.signature(client.checks.create).parameters
assert all(params[n].default is inspect.Parameter.empty for n in ("name", "method", "updated")), params
assert params["target"].default is not inspect.Parameter.empty
from monitor.types import images_param
assert "ImagesParam: TypeAlias = SequenceNotStr[str]" in inspect.getsource(images_param)
sent = json.loads(client.checks.create(name="n", method="GET", updated="2024-01-01", images=["a.jpg"]).id)
assert sent == {"name": "n", "method": "GET", "Updated": "2024-01-01", "images": ["a.jpg"]}, sent
print("ok")
"""
    with serve(BodyEcho) as httpd:
        assert run_python(out, script.replace("BASE", f"http://127.0.0.1:{httpd.server_address[1]}")).strip() == "ok"
