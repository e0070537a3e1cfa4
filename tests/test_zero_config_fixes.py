"""Zero-config fixes found on real specs (GitHub, Stripe, Kubernetes), each on a small fixture of
`tests/fixtures/zero_config/` that reproduces it: the fixture generates with no config, every
module of the package imports, and its calls reach a real HTTP server on 127.0.0.1."""

from __future__ import annotations

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


def run_python(out: Path, script: str, **env: str) -> str:
    """Runs `script` with the package's src/ first on sys.path; returns its stdout."""
    import os

    done = subprocess.run([sys.executable, "-c", script], cwd=out / "src", capture_output=True, text=True, timeout=120,
                          env={**os.environ, **env}, check=False)
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
print("ok")
"""
    with serve(Expanded) as httpd:
        assert run_python(out, script.replace("BASE", f"http://127.0.0.1:{httpd.server_address[1]}")).strip() == "ok"


def test_mutually_recursive_schemas_are_pyright_strict_clean(tmp_path: Path) -> None:
    out, _ = generate(tmp_path, "recursive.yaml")
    bin_dir = Path(sys.executable).parent
    done = subprocess.run([str(bin_dir / "pyright"), "--pythonpath", sys.executable, "src"], cwd=out,
                          capture_output=True, text=True, timeout=600, check=False)
    assert done.returncode == 0 and "0 errors" in done.stdout, done.stdout[-3000:]
