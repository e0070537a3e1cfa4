"""Hand-written code kept beside a config (README "Custom code"), on the worked example
tests/fixtures/custom/: the petstore spec plus tests/fixtures/custom/petstore/.

The package is generated, then used from a fresh interpreter against a real HTTP server on
127.0.0.1: custom resource methods (sync, async, raw and streaming wrappers), a model whose
hand-written base replaces a spec field, exports from the root and from `types`, and the packaging
keys. Mistakes in the `custom` section are exit 1 naming the config key.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import FIXTURES, ROOT, run_generator

pytestmark = pytest.mark.xdist_group("custom-code")

CUSTOM = FIXTURES / "custom"
CONFIG = CUSTOM / "petstore.custom.yaml"
SPEC = FIXTURES / "petstore.yaml"

DOG = {
    "id": "pet_1", "object": "pet", "name": "Rex", "species": "dog", "status": "available", "size": 2, "tags": [],
    "created_at": "2024-01-15T09:30:00Z", "class": "mammal", "from": "shelter", "schema": "2024-01",
    "metadata": {}, "attributes": {}, "bark_volume": 3, "good_boy": False,
}  # fmt: skip

USE = r"""
import asyncio, json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import petstore
from petstore import AsyncPetstore, Petstore, pet_label
from petstore.types import Dog, PetLabel

paths = []
created = []

class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        paths.append(self.path)
        body = sys.argv[1].encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        created.append(json.loads(self.rfile.read(int(self.headers["Content-Length"]))))
        self.do_GET()

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
base = f"http://127.0.0.1:{server.server_address[1]}/v1"
client = Petstore(api_key="k", base_url=base)
raw = client.pets.with_raw_response.retrieve_name("pet_1")
with client.pets.with_streaming_response.retrieve_name("pet_1") as streamed:
    streamed_name = streamed.parse()
dog = client.pets.retrieve("pet_1")
client.pets.create(name="Rex", species="dog")
client.pets.create(name="Rex", species="dog", nickname=None)

async def use_async():
    async with AsyncPetstore(api_key="k", base_url=base) as aclient:
        name = await aclient.pets.retrieve_name("pet_1")
        araw = await aclient.pets.with_raw_response.retrieve_name("pet_1")
        return name, araw.http_request.url.path, araw.parse()

print(json.dumps({
    "name": client.pets.retrieve_name("pet_1"),
    "raw": [type(raw).__name__, raw.status_code, raw.parse()],
    "streamed": streamed_name,
    "async": list(asyncio.run(use_async())),
    "dog": [type(dog).__name__, dog.good_boy, dog.display_name, "good_boy" in Dog.model_fields],
    "label": pet_label("Rex"),
    "label_type": PetLabel.__module__,
    "root_all": "pet_label" in petstore.__all__,
    "lib_export": __import__("petstore.lib", fromlist=["pet_label"]).pet_label is pet_label,
    "paths": paths,
    "created": created,
}))
"""


def generate(out: Path, config: Path = CONFIG) -> subprocess.CompletedProcess[str]:
    return run_generator("generate", "--spec", str(SPEC), "--config", str(config), "--out", str(out), "--quiet",
                         "--no-validate")


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("custom") / "out"
    proc = generate(out)
    assert proc.returncode == 0, proc.stderr
    return out


def test_custom_code_is_reachable_as_the_generated_code_is(package: Path, tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-c", USE, json.dumps(DOG)], cwd=tmp_path, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(package / "src")}, timeout=60)
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout)
    assert got["name"] == "Rex" and got["streamed"] == "Rex"
    assert got["raw"] == ["RawAPIResponse", 200, "Rex"]
    assert got["async"] == ["Rex", "/v1/pets/pet_1", "Rex"]
    # the hand-written property replaces the spec field, which the server sent as false
    assert got["dog"] == ["Dog", True, "Rex the dog", False]
    assert got["label"] == {"text": "Hello, Rex"} and got["label_type"] == "petstore.lib.labels"
    assert got["root_all"] is True
    assert got["lib_export"] is True
    assert got["paths"].count("/v1/pets/pet_1") == 6 and got["paths"].count("/v1/pets") == 2
    # the request hook fills the nickname only where the call left it out
    assert [c.get("nickname", "<absent>") for c in got["created"]] == ["Rex", None]


def test_custom_files_are_placed_as_written_and_packaged(package: Path) -> None:
    source = CUSTOM / "petstore"
    for path in sorted(source.rglob("*.py")):
        placed = package / "src" / "petstore" / path.relative_to(source)
        assert placed.read_bytes() == path.read_bytes(), placed
    assert (package / "helpers.md").read_bytes() == (source / "helpers.md").read_bytes()
    assert not (package / "src" / "petstore" / "helpers.md").exists()
    project = tomllib.loads((package / "pyproject.toml").read_text())["project"]
    assert "certifi" in project["dependencies"]
    assert project["optional-dependencies"]["labels"] == ["rich>=13"]


def test_regeneration_follows_the_custom_tree(tmp_path: Path) -> None:
    """The output is never edited by hand: a change to the custom tree reaches the next output,
    and a file deleted from it leaves the output too."""
    work = tmp_path / "custom"
    shutil.copytree(CUSTOM, work)
    out = tmp_path / "out"
    assert generate(out, work / CONFIG.name).returncode == 0
    extra = work / "petstore" / "lib" / "notes.py"
    extra.write_text('"""Notes."""\n\nNOTE = "kept"\n')
    assert generate(out, work / CONFIG.name).returncode == 0
    assert (out / "src" / "petstore" / "lib" / "notes.py").read_text() == extra.read_text()
    extra.unlink()
    assert generate(out, work / CONFIG.name).returncode == 0
    assert not (out / "src" / "petstore" / "lib" / "notes.py").exists()
    assert (out / "src" / "petstore" / "lib" / "pets.py").is_file()


def test_package_with_custom_code_type_checks(package: Path) -> None:
    user = package / "user_program.py"
    user.write_text(
        "from petstore import Petstore, pet_label\n"
        "from petstore.types import Dog, PetLabel\n\n\n"
        "def main(client: Petstore, dog: Dog) -> tuple[str, bool, PetLabel]:\n"
        "    name: str = client.pets.retrieve_name('p')\n"
        "    return name + dog.display_name, dog.good_boy, pet_label(name)\n"
    )
    pyright = subprocess.run([str(ROOT / ".venv" / "bin" / "pyright"), "--pythonpath", sys.executable,
                              str(package / "src"), str(user)], capture_output=True, text=True, cwd=package)
    assert pyright.returncode == 0, pyright.stdout[-3000:]
    mypy = subprocess.run([sys.executable, "-m", "mypy", "src", "user_program.py"], capture_output=True, text=True,
                          cwd=package)
    assert mypy.returncode == 0, mypy.stdout[-3000:]
    ruff = subprocess.run([str(ROOT / ".venv" / "bin" / "ruff"), "check", "src"], capture_output=True, text=True,
                          cwd=package)
    assert ruff.returncode == 0, ruff.stdout[-3000:]


def broken(tmp_path: Path, change: Any) -> subprocess.CompletedProcess[str]:
    work = tmp_path / "custom"
    shutil.copytree(CUSTOM, work)
    config = yaml.safe_load(CONFIG.read_text())
    change(config["custom"], work / "petstore")
    (work / CONFIG.name).write_text(yaml.safe_dump(config))
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("previous output")
    proc = generate(out, work / CONFIG.name)
    assert (out / "keep.txt").read_text() == "previous output"  # a failed run leaves the old output
    return proc


@pytest.mark.parametrize(("change", "key", "message"), [
    (lambda c, d: c["resources"]["pets"].update(base="lib.pets:Missing"), "custom.resources.pets.base",
     "class `Missing` is not defined"),
    (lambda c, d: c["resources"]["pets"].update(base="lib.nowhere:PetsHelpers"), "custom.resources.pets.base",
     "module `lib.nowhere` is not in"),
    (lambda c, d: c["resources"]["pets"].update(methods=["fly"]), "custom.resources.pets.methods",
     "`fly` is not defined by both base classes"),
    (lambda c, d: c["resources"]["pets"].update(methods=["retrieve"]), "custom.resources.pets.methods",
     "`retrieve` is a generated method"),
    (lambda c, d: c["resources"]["pets"].pop("async_base"), "custom.resources.pets", "give both"),
    (lambda c, d: c["resources"].update({"cats": {"base": "lib.pets:PetsHelpers"}}), "custom.resources.cats",
     "no resource has this path"),
    (lambda c, d: c["models"].update(Wolf="lib.dog:DogHelpers"), "custom.models.Wolf", "no response model"),
    (lambda c, d: c["exports"]["."].update(missing_helper="lib.labels"), "custom.exports...missing_helper",
     "does not define `missing_helper`"),
    (lambda c, d: c.update(extras={"x": ["bad\"quote"]}), "custom.extras.x[0]", "PEP 508"),
    (lambda c, d: c.update(extras={"realtime": ["x"]}), "custom.extras.realtime", "defines this extra already"),
    (lambda c, d: (d / "lib" / "pets.py").write_text((d / "lib" / "pets.py").read_text().replace(
        "def retrieve_name(", "def retrieve(", 1)), "custom.resources.pets.base",
     "`retrieve` in petstore/lib/pets.py is also a generated method"),
    (lambda c, d: (d / "lib" / "extra.py").write_text("from .._nowhere import x\n"), "lib/extra.py: line 1",
     "imports `.._nowhere`, which the package does not have"),
    (lambda c, d: (d / "lib" / "extra.py").write_text("\nfrom ..types.pet import Pet, Wolf\n"), "lib/extra.py: line 2",
     "imports `Wolf` from `..types.pet`, which does not define it"),
    (lambda c, d: c.update(docs=["missing.md"]), "custom.docs[0]", "no such file"),
    (lambda c, d: ((d / "README.md").write_text("mine"), c.update(docs=["README.md"])), "README.md",
     "the generator writes this file itself"),
    (lambda c, d: (d / "_client.py").write_text("x = 1\n"), "_client.py", "the generator writes this file itself"),
    (lambda c, d: (d / "lib" / "dog.py").write_text("class DogHelpers(:\n"), "line 1", "not valid Python"),
    (lambda c, d: c.update(client_resources={"pets": "lib.pets:PetsHelpers"}), "custom.client_resources.pets",
     "the client has a generated resource of this name"),
    (lambda c, d: c.update(client_resources={"helpers": "lib.dog:DogHelpers"}), "custom.client_resources.helpers",
     "class `AsyncDogHelpers` is not defined"),
    (lambda c, d: c.update(request_hooks={"pets.fly": "lib.pets:PetsHelpers"}), "custom.request_hooks.pets.fly",
     "no generated method has this path"),
    (lambda c, d: c.update(request_hooks={"pets.list": "lib.pets:PetsHelpers"}), "custom.request_hooks.pets.list",
     "needs a method with a JSON object body"),
    (lambda c, d: c.update(request_hooks={"pets.create": "lib.pets:missing"}), "custom.request_hooks.pets.create",
     "`lib.pets:missing` is not defined"),
    (lambda c, d: c.update(request_hooks={"pets.create": "not a ref"}), "custom.request_hooks.pets.create",
     "module:Class"),
])  # fmt: skip
def test_custom_mistakes_are_located_errors(tmp_path: Path, change: Any, key: str, message: str) -> None:
    proc = broken(tmp_path, change)
    assert proc.returncode == 1, proc.stderr
    assert key in proc.stderr and message in proc.stderr, proc.stderr
    assert "Traceback" not in proc.stderr


def test_spec_changes_keep_the_custom_code_working(tmp_path: Path) -> None:
    """A new operation in the spec and a changed description: the regenerated package has them
    and the hand-written methods, exports and model members still work."""
    work = tmp_path / "work"
    shutil.copytree(CUSTOM, work / "custom")
    spec = yaml.safe_load(SPEC.read_text())
    spec["paths"]["/pets/{pet_id}"]["get"]["description"] = "Fetch one pet (edited)."
    spec["paths"]["/pets/{pet_id}/toys"] = {"get": {"operationId": "listPetToys", "parameters": [
        {"name": "pet_id", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {
            "type": "array", "items": {"type": "string"}}}}}}}}
    edited = work / "petstore.yaml"
    edited.write_text(yaml.safe_dump(spec, sort_keys=False))
    out = tmp_path / "out"
    proc = run_generator("generate", "--spec", str(edited), "--config", str(work / "custom" / CONFIG.name), "--out",
                         str(out), "--quiet", "--no-validate")
    assert proc.returncode == 0, proc.stderr
    assert "Fetch one pet (edited)." in (out / "src" / "petstore" / "resources" / "pets" / "pets.py").read_text()
    run = subprocess.run([sys.executable, "-c", USE, json.dumps(DOG)], cwd=tmp_path, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(out / "src")}, timeout=60)
    assert run.returncode == 0, run.stderr
    got = json.loads(run.stdout)
    assert got["name"] == "Rex" and got["dog"] == ["Dog", True, "Rex the dog", False]
    api_md = (out / "api.md").read_text()
    assert 'client.pets.toys.<a href="./src/petstore/resources/pets/toys.py">list</a>' in api_md
    assert 'client.pets.<a href="./src/petstore/lib/pets.py">retrieve_name</a>' in api_md


def test_a_hand_edit_of_a_placed_file_is_drift(package: Path) -> None:
    """Custom files are part of the output that `make check` compares: an edit made in output/
    instead of the custom tree fails it."""
    from scripts.check import drift, tree_bytes

    fresh = tree_bytes(package)
    edited = dict(fresh)
    edited["src/petstore/lib/pets.py"] = fresh["src/petstore/lib/pets.py"] + b"# edited by hand\n"
    problems = drift(fresh, edited)
    assert problems and "src/petstore/lib/pets.py" in "\n".join(problems)


def test_diff_reports_a_removed_custom_method(tmp_path: Path) -> None:
    from generator.builder import build_api
    from generator.config import load_config
    from generator.diff import compare
    from generator.loader import load_spec

    work = tmp_path / "custom"
    shutil.copytree(CUSTOM, work)
    spec = load_spec(str(SPEC))
    old = build_api(spec, load_config(str(work / CONFIG.name)))
    pets = work / "petstore" / "lib" / "pets.py"
    text = pets.read_text()
    pets.write_text(text.replace("    def retrieve_name(", "    def _retrieve_name(", 1))
    config = yaml.safe_load(CONFIG.read_text())
    config["custom"]["resources"]["pets"]["methods"] = []
    (work / CONFIG.name).write_text(yaml.safe_dump(config))
    new = build_api(spec, load_config(str(work / CONFIG.name)))
    changes = [(c.kind, c.impact, c.subject) for c in compare(old, new).changes]
    assert ("method removed", "breaking", "client.pets.retrieve_name") in changes
    assert len(changes) == 1, changes


GREETINGS = """\
from .._resource import AsyncAPIResource, SyncAPIResource


class Greetings(SyncAPIResource):
    def hello(self, name: str) -> str:
        return f"Hello {name} from {self._client.base_url}"


class AsyncGreetings(AsyncAPIResource):
    def hello(self, name: str) -> str:
        return f"Hello {name}, asynchronously"
"""


def test_a_hand_written_client_resource_is_an_attribute_of_both_clients(tmp_path: Path) -> None:
    work = tmp_path / "work"
    shutil.copytree(CUSTOM, work)
    (work / "petstore" / "lib" / "greetings.py").write_text(GREETINGS)
    config = yaml.safe_load(CONFIG.read_text())
    config["custom"]["client_resources"] = {"greetings": "lib.greetings:Greetings"}
    (work / CONFIG.name).write_text(yaml.safe_dump(config))
    out = tmp_path / "out"
    proc = generate(out, work / CONFIG.name)
    assert proc.returncode == 0, proc.stderr
    code = ("import petstore; print(petstore.Petstore(api_key='k', base_url='http://x/v1').greetings.hello('Ann')); "
            "print(petstore.AsyncPetstore(api_key='k').greetings.hello('Bo'))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(out / "src")})
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["Hello Ann from http://x/v1/", "Hello Bo, asynchronously"]
