"""Zero-config fixes found on real specs (GitHub, Stripe, Kubernetes), each on a small fixture of
`tests/fixtures/zero_config/` that reproduces it: the fixture generates with no config, every
module of the package imports, and its calls reach a real HTTP server on 127.0.0.1."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from generator.errors import InputError
from tests.conftest import FIXTURES, run_generator, send_json, serve

ZERO = FIXTURES / "zero_config"


def generate(tmp_path: Path, fixture: str, *flags: str) -> tuple[Path, str]:
    """The fixture's package in `tmp_path/out` (exit 0 required), and the generator's stderr."""
    out = tmp_path / "out"
    proc = run_generator("generate", "--spec", str(ZERO / fixture), "--out", str(out), "--no-validate", "--quiet",
                         *flags, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    return out, proc.stderr


def run_python(out: Path, script: str) -> str:
    """Runs `script` with the package's src/ first on sys.path; returns its stdout."""
    done = subprocess.run([sys.executable, "-c", script], cwd=out / "src", capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr
    return done.stdout


IMPORT_ALL = """
import importlib, pathlib, sys
root = pathlib.Path(".")
for path in sorted(root.rglob("*.py")):
    name = ".".join(path.with_suffix("").parts)
    importlib.import_module(name[: -len(".__init__")] if name.endswith(".__init__") else name)
print("imported")
"""


def import_every_module(out: Path) -> None:
    assert run_python(out, IMPORT_ALL).strip() == "imported"


class Recorder(BaseHTTPRequestHandler):
    """Answers every request with `{"id": ...}` JSON and records (verb, path) on the server."""

    def log_message(self, *args: Any) -> None:
        pass

    def answer(self) -> None:
        self.server.seen.append((self.command, self.path))  # type: ignore[attr-defined]
        send_json(self, [{"id": 1}] if self.path.endswith("/items") else {"id": "1", "n": 2})

    do_GET = do_POST = answer


def recorded(script: str, out: Path) -> list[list[str]]:
    with serve(Recorder) as httpd:
        httpd.seen = []  # type: ignore[attr-defined]
        run_python(out, script.replace("BASE", f"http://127.0.0.1:{httpd.server_address[1]}"))
        return [list(s) for s in httpd.seen]  # type: ignore[attr-defined]


# ----- name clashes from inference ---------------------------------------------------------------


def test_param_names_do_not_split_a_path_shape_and_a_clash_falls_back_with_a_warning(tmp_path: Path) -> None:
    """GitHub's POST /users/{user_id}/projectsV2/{n}/views and GET /users/{username}/projectsV2/{n}/
    views/{v}/items are one shape: `views` is a resource with `create`, not an action method that
    clashes with the sub-resource. A real clash (an action `archive` beside a resource `archive`)
    takes the operationId, with a warning naming both routes; neither stops generation."""
    out, stderr = generate(tmp_path, "clash.yaml")
    assert ("warning: " in stderr and "`post /things/{id}/archive` would be the method `things.archive`, but "
            "`get /things/archive/stats` makes `things.archive` a sub-resource; the method is named "
            "`things.archive_thing` (from its operationId)") in stderr, stderr
    assert stderr.count("warning: ") == 1, stderr
    import_every_module(out)
    seen = recorded("""
from clash import Clash
c = Clash(base_url="BASE", max_retries=0)
print(c.users.projects_v2.views.create(3, user_id="octo").id)
print(c.users.projects_v2.views.items.list(7, username="octo", project_number=3)[0].id)
c.things.archive_thing("t1")
print(c.things.archive.stats.retrieve().n)
""", out)
    assert seen == [["POST", "/users/octo/projectsV2/3/views"], ["GET", "/users/octo/projectsV2/3/views/7/items"],
                    ["POST", "/things/t1/archive"], ["GET", "/things/archive/stats"]]


# ----- unique file names -------------------------------------------------------------------------


def test_resources_of_one_singular_get_their_own_params_modules(tmp_path: Path) -> None:
    """Stripe's `client.account` and `client.accounts`: both used to write
    types/account_retrieve_params.py, and one TypedDict was lost. Each keeps its own name now, and a
    schema module beside a params package of the same name (GitHub's `installation`) moves into it."""
    out, _ = generate(tmp_path, "files.yaml")
    types = out / "src" / "files" / "types"
    assert "class AccountRetrieveParams(TypedDict" in (types / "account_retrieve_params.py").read_text()
    assert "class AccountsRetrieveParams(TypedDict" in (types / "accounts_retrieve_params.py").read_text()
    resources = out / "src" / "files" / "resources"
    assert "account_retrieve_params.AccountRetrieveParams" in (resources / "account.py").read_text()
    assert "accounts_retrieve_params.AccountsRetrieveParams" in (resources / "accounts.py").read_text()
    assert not (types / "installation.py").exists() and (types / "installation" / "installation.py").is_file()
    every = {p.relative_to(out).as_posix() for p in out.rglob("*.py")}
    assert not [p for p in every if p[: -len(".py")] + "/__init__.py" in every]
    import_every_module(out)
    seen = recorded("""
from files import Files
from files.types import Installation
c = Files(base_url="BASE", max_retries=0)
c.account.retrieve(expand=["x"])
c.accounts.retrieve("acct_1", with_balance=True)
print(c.installation.retrieve())
""", out)
    assert seen == [["GET", "/v1/account?expand=x"], ["GET", "/v1/accounts/acct_1?with_balance=true"], ["GET", "/installation"]]


def test_two_claims_of_one_path_fail_loudly() -> None:
    from generator.render import check_modules_beside_packages, claim

    out = {"src/x/types/a.py": "first"}
    with pytest.raises(InputError) as info:
        claim(out, {"src/x/types/a.py": "second"}, "the types")
    assert "src/x/types/a.py" in str(info.value) and "would both be written" in str(info.value)
    assert out == {"src/x/types/a.py": "first"}
    with pytest.raises(InputError) as info:
        check_modules_beside_packages(["src/x/types/installation.py", "src/x/types/installation/__init__.py"])
    assert "src/x/types/installation.py: a module beside the package src/x/types/installation/" in str(info.value)


def test_a_params_clash_is_an_error_not_a_silent_overwrite() -> None:
    """The last guard: were two methods ever given one params module, the run stops naming both."""
    from generator.builder import build_api
    from generator.config import Config
    from generator.loader import load_spec
    from generator.render import Renderer
    from generator.ir import walk_resources

    api = build_api(load_spec(str(ZERO / "files.yaml")), Config())
    account, accounts = (r for r in walk_resources(api.resources) if r.name in ("account", "accounts"))
    accounts.methods[0].params_module = account.methods[0].params_module
    with pytest.raises(InputError) as info:
        Renderer(api).files()
    text = str(info.value)
    assert "types/account_retrieve_params.py" in text and "get /v1/account`" in text and "get /v1/accounts/{account}`" in text


# ----- every emitted name is defined -------------------------------------------------------------

EXPANDED = {
    "/v1/file_links/l1": {"id": "l1", "file": {"id": "f1", "object": "file", "links": [{"id": "l2", "file": "f9"}]}},
    "/v1/customers/c1": {"id": "c1", "default_source": {"id": "card_1", "object": "card", "account": {
        "id": "acct_1", "object": "account", "logo": {"id": "f2", "object": "file"}, "default_customer": "c1"}},
        "sources": [{"id": "acct_2", "object": "account"}, {"id": "card_2", "object": "card", "account": "acct_2"}]},
    "/v1/payment_sources/s1": {"id": "card_3", "object": "card", "account": {"id": "acct_3", "object": "account"}},
}


class Expanded(BaseHTTPRequestHandler):
    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        send_json(self, EXPANDED[self.path])


def test_mutually_recursive_schemas_import_in_any_order_and_parse(tmp_path: Path) -> None:
    """Stripe's expandable fields (`Union[str, File]` pointing back) made type modules import each
    other, and the aliases, evaluated at import time, named types imported only at the bottom:
    `NameError: name 'TypesFile' is not defined`. The aliases now name them through `forward_ref`,
    resolved on first use; type checkers see them through `if TYPE_CHECKING:` imports."""
    out, _ = generate(tmp_path, "recursive.yaml")
    types = out / "src" / "recursive" / "types"
    assert "forward_ref(" in (types / "file_link.py").read_text()
    for module in sorted(p.stem for p in types.glob("*.py") if p.stem != "__init__"):
        # each module first in a fresh interpreter: a cycle must load from any side
        run_python(out, f"import recursive.types.{module}")
    import_every_module(out)
    script = """
from recursive import Recursive
from recursive.types import Account, Card, Customer, File, FileLink
c = Recursive(base_url="BASE", max_retries=0)
link = c.file_links.retrieve("l1")
assert isinstance(link, FileLink) and isinstance(link.file, File) and isinstance(link.file.links[0], FileLink)
assert link.file.links[0].file == "f9"
customer = c.customers.retrieve("c1")
assert isinstance(customer, Customer) and isinstance(customer.default_source, Card)
assert isinstance(customer.default_source.account, Account) and isinstance(customer.default_source.account.logo, File)
assert [type(s).__name__ for s in customer.sources] == ["Account", "Card"]
source = c.payment_sources.retrieve("s1")
assert isinstance(source, Card) and isinstance(source.account, Account)
# the emitted tests' type check follows the forward refs too
import sys
sys.path.insert(0, "..")
from recursive.types import PaymentSource
from tests.utils import assert_matches_type
assert_matches_type(PaymentSource, source)
assert_matches_type(Customer, customer)
assert_matches_type(FileLink, link)
# pydantic's own validation too: the inline unions are not named like the classes they expand to
# (`FileLinkFile`, not `File`), which pydantic would resolve to the class while building it
for model, data in ((FileLink, LINK), (Customer, CUSTOMER)):
    parsed = model.model_validate(data)
    assert parsed.to_dict() == data, parsed
assert isinstance(Customer.model_validate(CUSTOMER).default_source.account.logo, File)
print("ok")
""".replace("LINK", repr(EXPANDED["/v1/file_links/l1"])).replace("CUSTOMER", repr(EXPANDED["/v1/customers/c1"]))
    with serve(Expanded) as httpd:
        assert run_python(out, script.replace("BASE", f"http://127.0.0.1:{httpd.server_address[1]}")).strip() == "ok"


def test_mutually_recursive_schemas_are_pyright_strict_clean(tmp_path: Path) -> None:
    out, _ = generate(tmp_path, "recursive.yaml")
    bin_dir = Path(sys.executable).parent
    done = subprocess.run([str(bin_dir / "pyright"), "--pythonpath", sys.executable, "src"], cwd=out,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0 and "0 errors" in done.stdout, done.stdout[-3000:]


# ----- content types -----------------------------------------------------------------------------


class Media(BaseHTTPRequestHandler):
    """Answers each route of content.yaml (and verbs.yaml) with its media type; records what came."""

    def log_message(self, *args: Any) -> None:
        pass

    def reply(self, status: int, content_type: str, data: bytes) -> None:
        self.server.seen.append((self.command, self.path, self.headers.get("Content-Type"),  # type: ignore[attr-defined]
                                 self.headers.get("Accept")))
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def echo(self, content_type: str = "application/json") -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        data = {"content_type": self.headers.get("Content-Type"), "body": body, "verb": self.command}
        self.reply(200, content_type, json.dumps(data).encode())

    def do_GET(self) -> None:
        events = b'{"id": 1, "kind": "created"}\n{"id": 2, "kind": "paid"}\n\n'
        answers = {
            "/anything": ("application/json", b'{"body": "any"}'),
            "/blob": ("application/octet-stream", b"\x00\x01\xff"),
            "/wildcard-json": ("application/hal+json", b'{"body": "hal"}'),
            "/greeting": ("text/plain; charset=utf-8", "grüß dich".encode()),
            "/events/export": ("application/x-ndjson", events),
            "/events/lines": ("application/jsonl", events),
        }
        if self.path == "/missing":
            problem = {"type": "https://example.com/not-found", "title": "Not Found", "status": 404,
                       "detail": "no such thing as /missing"}
            return self.reply(404, "application/problem+json", json.dumps(problem).encode())
        if self.path.startswith("/objects/"):
            return self.echo()
        self.reply(200, *answers[self.path])

    def do_POST(self) -> None:
        self.echo()

    def do_PATCH(self) -> None:
        self.echo("application/vnd.acme.object+json")

    do_PUT = do_DELETE = do_OPTIONS = do_POST

    def do_HEAD(self) -> None:
        self.reply(200, "application/json", b"")

    def do_TRACE(self) -> None:
        self.reply(200, "message/http", f"TRACE {self.path} HTTP/1.1".encode())


def media_calls(out: Path, script: str) -> tuple[str, list[list[Any]]]:
    with serve(Media) as httpd:
        httpd.seen = []  # type: ignore[attr-defined]
        text = run_python(out, script.replace("BASE", f"http://127.0.0.1:{httpd.server_address[1]}"))
        return text, [list(s) for s in httpd.seen]  # type: ignore[attr-defined]


def test_content_types_beyond_json(tmp_path: Path) -> None:
    """A form body is sent as a form (it was JSON), a `+json` body with its own Content-Type, a text
    body as text (it was a JSON string), `*/*`
    of a schema is JSON and without one bytes, JSON lines become a list of typed items, text stays
    text, and a problem+json error says its `detail`."""
    out, _ = generate(tmp_path, "content.yaml")
    import_every_module(out)
    text, seen = media_calls(out, """
import asyncio, json
from urllib.parse import parse_qsl
from content import AsyncContent, Content, NotFoundError
from content.types import Echo, Event
c = Content(base_url="BASE", max_retries=0)
echo = c.customers.create(email="a@b.c", expand=["customer", "invoice"], address={"city": "Köln", "line1": "1 Way"},
                          items=[{"price": "p_1", "quantity": 2}, {"price": "p_2"}], tax_exempt=False)
assert echo.content_type == "application/x-www-form-urlencoded", echo
print(json.dumps(parse_qsl(echo.body)))
echo = c.objects.update("o1", size=3)
assert isinstance(echo, Echo) and echo.content_type == "application/merge-patch+json" and json.loads(echo.body) == {"size": 3}
echo = c.notes.create(body="grüß dich\\nzwei")
assert (echo.content_type, echo.body) == ("text/plain", "grüß dich\\nzwei"), echo
assert c.anything.retrieve().body == "any" and c.wildcard_json.retrieve().body == "hal"
import io, pathlib, tempfile
blob = pathlib.Path(tempfile.mkdtemp()) / "a.bin"
blob.write_bytes(b"\\x00from a path")
for upload, sent in ((b"\\x00raw", "\\x00raw"), (blob, "\\x00from a path"), (io.BytesIO(b"file object"), "file object"),
                     (("a.bin", b"in a tuple", "application/x-thing"), "in a tuple")):
    echo = c.uploads.create(body=upload, name="a.bin")
    assert (echo.content_type, echo.body) == ("application/octet-stream", sent), (upload, echo)
assert c.blob.retrieve().content == b"\\x00\\x01\\xff"
assert c.greeting.retrieve() == "grüß dich"
for events in (c.events.export.retrieve(), c.events.lines.retrieve()):
    assert [type(e).__name__ for e in events] == ["Event", "Event"] and [e.kind for e in events] == ["created", "paid"]
try:
    c.missing.retrieve()
except NotFoundError as e:
    assert e.message.startswith("Error code: 404 - ") and "no such thing as /missing" in e.message, e.message
    assert e.body["title"] == "Not Found" and e.body["detail"] == "no such thing as /missing", e.body
else:
    raise AssertionError("no error")

async def main():
    async with AsyncContent(base_url="BASE", max_retries=0) as a:
        echo = await a.customers.create(email="x@y.z", expand=["customer"])
        assert echo.content_type == "application/x-www-form-urlencoded" and echo.body == "email=x%40y.z&expand%5B0%5D=customer"
        assert [e.id for e in await a.events.export.retrieve()] == [1, 2]
        for upload in (b"bytes", io.BytesIO(b"bytes"), blob):
            echo = await a.uploads.create(body=upload, name="b")
            assert echo.content_type == "application/octet-stream" and echo.body in ("bytes", "\\x00from a path"), echo
asyncio.run(main())
""")
    assert json.loads(text) == [["email", "a@b.c"], ["expand[0]", "customer"], ["expand[1]", "invoice"],
                                ["address[city]", "Köln"], ["address[line1]", "1 Way"], ["items[0][price]", "p_1"],
                                ["items[0][quantity]", "2"], ["items[1][price]", "p_2"], ["tax_exempt", "false"]]
    accept = {path: a for _, path, _, a in seen}
    assert accept["/events/export"] == "application/x-ndjson" and accept["/events/lines"] == "application/jsonl"
    assert accept["/greeting"] == "text/plain" and accept["/anything"] == "application/json"


# ----- every HTTP verb ---------------------------------------------------------------------------


def test_every_http_verb_reaches_the_server(tmp_path: Path) -> None:
    """Kubernetes has HEAD and OPTIONS routes; OpenAPI allows TRACE too. Each method sends its verb,
    sync and async, and TRACE's `message/http` answer (a string) is returned as text."""
    out, _ = generate(tmp_path, "verbs.yaml")
    import_every_module(out)
    _, seen = media_calls(out, """
import asyncio
from verbs import AsyncVerbs, Verbs
c = Verbs(base_url="BASE", max_retries=0)
assert c.objects.retrieve("o").body == ""
c.objects.replace("o", size=1)  # PUT beside PATCH replaces
c.objects.touch("o")  # the operationId without the resource's word (`touchObject`): PATCH updates
c.objects.update("o", size=2)
assert c.objects.delete("o") is None
assert c.objects.head("o") is None
c.objects.options("o")
assert c.objects.trace("o") == "TRACE /objects/o HTTP/1.1"

async def main():
    async with AsyncVerbs(base_url="BASE", max_retries=0) as a:
        assert await a.objects.head("o") is None
        await a.objects.options("o")
        assert await a.objects.trace("o") == "TRACE /objects/o HTTP/1.1"
asyncio.run(main())
""")
    assert [v for v, *_ in seen] == ["GET", "PUT", "POST", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE",
                                     "HEAD", "OPTIONS", "TRACE"]


# ----- cache location ----------------------------------------------------------------------------


def test_caches_go_to_one_place_whatever_the_working_directory(tmp_path: Path) -> None:
    """Caches used to be written to `.cache/` of whatever directory the generator ran from. They
    go to the user cache dir (`$XDG_CACHE_HOME/sdkgen`) now, or to `$SDKGEN_CACHE_DIR`, or to
    `--cache-dir`, the flag first."""
    from tests.conftest import ROOT

    work = tmp_path / "work"
    work.mkdir()
    base = {k: v for k, v in os.environ.items() if k != "SDKGEN_CACHE_DIR"}
    base.update(PYTHONPATH=str(ROOT), XDG_CACHE_HOME=str(tmp_path / "xdg"))

    def run(out: str, *flags: str, **extra: str) -> None:
        proc = subprocess.run([sys.executable, "-m", "generator", "generate", "--spec", str(ZERO / "verbs.yaml"),
                               "--out", str(tmp_path / out), "--quiet", *flags], cwd=work, env={**base, **extra},
                              capture_output=True, text=True, check=False)
        assert proc.returncode == 0, proc.stderr

    def kinds(root: Path) -> list[str]:
        return sorted(p.name for p in root.iterdir() if any(p.iterdir())) if root.is_dir() else []

    run("a")
    assert kinds(tmp_path / "xdg" / "sdkgen") == ["generate", "validation"]
    run("b", SDKGEN_CACHE_DIR=str(tmp_path / "env"))
    assert kinds(tmp_path / "env") == ["generate", "validation"]
    run("c", "--cache-dir", str(tmp_path / "flag"), SDKGEN_CACHE_DIR=str(tmp_path / "env2"))
    assert kinds(tmp_path / "flag") == ["generate", "validation"] and not (tmp_path / "env2").exists()
    assert list(work.iterdir()) == []  # nothing in the working directory


def test_cache_root_order_and_xdg_rules(tmp_path: Path) -> None:
    from generator.cache import cache_root

    home = {"HOME": str(tmp_path / "home")}
    assert cache_root(None, home) == tmp_path / "home" / ".cache" / "sdkgen"
    assert cache_root(None, {**home, "XDG_CACHE_HOME": "relative/ignored"}) == tmp_path / "home" / ".cache" / "sdkgen"
    assert cache_root(None, {**home, "XDG_CACHE_HOME": str(tmp_path / "x")}) == tmp_path / "x" / "sdkgen"
    assert cache_root(None, {**home, "SDKGEN_CACHE_DIR": str(tmp_path / "e")}) == tmp_path / "e"
    assert cache_root(str(tmp_path / "f"), {**home, "SDKGEN_CACHE_DIR": str(tmp_path / "e")}) == tmp_path / "f"


def test_a_type_that_is_no_json_type_is_any_not_a_traceback(tmp_path: Path) -> None:
    """codat.io's `type: {...}` (an object where a type name goes) raised `TypeError: unhashable
    type: 'dict'`; the value is now typed as any, and the package imports. A property whose schema
    is `false` (vercel.com) is not offered; one that is `true` is any."""
    out, stderr = generate(tmp_path, "odd_type.json")
    assert "Traceback" not in stderr
    import_every_module(out)
    assert "rules: Optional[object]" in (out / "src" / "ledger" / "types" / "payment_retrieve_response.py").read_text()
    params = run_python(out, "import inspect; from ledger import Ledger; "
                             "print(sorted(inspect.signature(Ledger(base_url='http://x').payments.update).parameters))")
    assert "note" in params and "extra" in params and "additional_properties" not in params, params
