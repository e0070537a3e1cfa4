"""XML request bodies and responses (`application/xml`, `text/xml`): a body is written by the spec's
`xml` objects (root name and namespace, attributes, renamed and wrapped properties) and a response
is read into the method's type, against a real server on 127.0.0.1 that parses what it gets with
the standard library."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from tests.conftest import serve
from tests.test_zero_config_fixes import generate, import_every_module, run_python

NS = "https://pets.example.com/ns"

PET = (b'<?xml version="1.0"?><p:pet xmlns:p="' + NS.encode() + b'" id="7"><name>Rex</name><weight>12.5</weight>'
       b"<vaccinated>true</vaccinated><alias>T-Rex</alias><photoUrls><photoUrl>a.png</photoUrl></photoUrls>"
       b'<tags><id>1</id><label>good</label></tags><owner since="2019"><name>Ann</name></owner></p:pet>')
PETS = (b"<pets><pet><name>Rex</name><tags><id>1</id></tags><tags><id>2</id></tags></pet>"
        b"<pet><name>Kit</name><photoUrls><photoUrl>k.png</photoUrl><photoUrl>l.png</photoUrl></photoUrls></pet></pets>")


class PetServer(BaseHTTPRequestHandler):
    """Records each request's verb, path, Content-Type, Accept and body; answers with XML."""

    def log_message(self, *args: Any) -> None:
        pass

    def answer(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        self.server.seen.append((self.command, self.path, self.headers.get("Content-Type"),  # type: ignore[attr-defined]
                                 self.headers.get("Accept"), body.decode()))
        status, data = {("POST", "/pets"): (200, PET), ("GET", "/pets"): (200, PETS)}.get(
            (self.command, self.path), (204, b""))
        if self.headers.get("X-Broken"):
            data = b"<pet><name>Rex</nam"
        self.send_response(status)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = answer


SCRIPT = """
import asyncio
from pet_store_xml import APIResponseValidationError, AsyncPetStoreXML, PetStoreXML
from pet_store_xml.types import Owner, Pet, Tag
c = PetStoreXML(base_url="BASE", max_retries=0)
pet = c.pets.create(name="Rex", id=7, weight=12.5, vaccinated=True, nickname="T-Rex", photo_urls=["a.png", "b.png"],
                    tags=[{"id": 1, "label": "good"}, {"id": 2}], owner={"name": "Ann", "since": 2019})
assert isinstance(pet, Pet) and (pet.id, pet.name, pet.weight, pet.vaccinated) == (7, "Rex", 12.5, True), pet
assert pet.photo_urls == ["a.png"] and isinstance(pet.tags[0], Tag) and (pet.tags[0].id, pet.tags[0].label) == (1, "good")
assert isinstance(pet.owner, Owner) and (pet.owner.name, pet.owner.since) == ("Ann", 2019), pet.owner
pets = c.pets.list()
assert [p.name for p in pets] == ["Rex", "Kit"], pets
assert [t.id for t in pets[0].tags] == [1, 2] and pets[1].photo_urls == ["k.png", "l.png"], pets
c.pets.notes(3, text="a <b> & c")
try:
    c.pets.list(extra_headers={"X-Broken": "1"})
except APIResponseValidationError as e:
    assert str(e).startswith("Expected an XML body in the 200 response to GET /pets") and "not well-formed" in str(e), str(e)
else:
    raise AssertionError("a malformed XML body was taken")

async def main():
    async with AsyncPetStoreXML(base_url="BASE", max_retries=0) as a:
        pet = await a.pets.create(name="Kit", tags=[{"id": 3}])
        assert pet.name == "Rex"
        assert len(await a.pets.list()) == 2
asyncio.run(main())
print("ok")
"""


def test_xml_bodies_are_written_by_the_spec_and_responses_read_into_models(tmp_path: Path) -> None:
    out, _ = generate(tmp_path, "xml.yaml")
    import_every_module(out)
    with serve(PetServer) as httpd:
        httpd.seen = []  # type: ignore[attr-defined]
        assert run_python(out, SCRIPT.replace("BASE", f"http://127.0.0.1:{httpd.server_address[1]}")).strip() == "ok"
        seen = list(httpd.seen)  # type: ignore[attr-defined]
    create, listing, notes, _, async_create, _ = seen
    assert create[:4] == ("POST", "/pets", "application/xml", "application/xml"), create
    root = ET.fromstring(create[4])
    assert root.tag == f"{{{NS}}}pet" and root.attrib == {"id": "7"}, (root.tag, root.attrib)
    assert [child.tag for child in root] == ["name", "weight", "vaccinated", "alias", "photoUrls", "tag", "tag", "owner"]
    assert [e.text for e in root.find("photoUrls")] == ["a.png", "b.png"]  # type: ignore[union-attr]
    assert [e.tag for e in root.find("photoUrls")] == ["photoUrl", "photoUrl"]  # type: ignore[union-attr]
    assert root.findtext("vaccinated") == "true" and root.findtext("weight") == "12.5"
    assert [(t.findtext("id"), t.findtext("label")) for t in root.findall("tag")] == [("1", "good"), ("2", None)]
    owner = root.find("owner")
    assert owner is not None and owner.attrib == {"since": "2019"} and owner.findtext("name") == "Ann"
    assert listing[:4] == ("GET", "/pets", None, "application/xml") and listing[4] == "", listing
    assert notes[:3] == ("PUT", "/pets/3/notes", "text/xml"), notes
    note = ET.fromstring(notes[4])
    assert (note.tag, note.findtext("text")) == ("xml", "a <b> & c"), notes[4]
    assert ET.fromstring(async_create[4]).findtext("name") == "Kit"


def test_a_configured_json_spec_gets_no_xml_codec(tmp_path: Path) -> None:
    """A package without an XML route carries no `_xml` module (the OpenAI output is unchanged)."""
    out, _ = generate(tmp_path, "content.yaml")
    assert not list(out.rglob("_xml.py"))
    assert json.dumps(sorted(p.name for p in (out / "src" / "content").iterdir()))  # the package is there
