"""A route that offers a JSON and a multipart body (tests/fixtures/bodies/two_bodies.yaml): with no
config the method takes the multipart variant when a file can be passed in it, else the JSON one;
the method config key `body: json | multipart` chooses instead. Each generated package calls a real
HTTP server on 127.0.0.1 and the test reads what arrived."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any, Dict, List

import yaml

from tests.conftest import run_generator

SPEC = Path(__file__).parent / "fixtures" / "bodies" / "two_bodies.yaml"

USE = r"""
import json, sys, threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from attachments import AttachmentsClient

seen = []

class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        seen.append([self.path, self.headers["Content-Type"].split(";")[0], body.decode("latin-1")])
        data = b'{"id": "att_1"}'
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass

server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()
client = AttachmentsClient(base_url=f"http://127.0.0.1:{server.server_address[1]}/v1")
for call in json.loads(sys.argv[1]):
    kwargs = call["kwargs"]
    if "file" in kwargs:
        kwargs["file"] = ("a.txt", kwargs["file"].encode())
    getattr(client, call["resource"]).create(**kwargs)
print(json.dumps(seen))
"""


def generate(tmp_path: Path, config: Dict[str, Any] | None) -> subprocess.CompletedProcess[str]:
    args = ["generate", "--spec", str(SPEC), "--out", str(tmp_path / "out"), "--quiet", "--no-validate"]
    if config is not None:
        path = tmp_path / "config.yaml"
        path.write_text(yaml.safe_dump(config))
        args += ["--config", str(path)]
    return run_generator(*args)


def calls(tmp_path: Path, made: List[Dict[str, Any]]) -> List[List[str]]:
    run = subprocess.run([sys.executable, "-c", USE, json.dumps(made)], capture_output=True, text=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(tmp_path / "out" / "src")})
    assert run.returncode == 0, run.stderr
    return json.loads(run.stdout)


def test_zero_config_takes_multipart_where_a_file_fits(tmp_path: Path) -> None:
    proc = generate(tmp_path, None)
    assert proc.returncode == 0, proc.stderr
    seen = calls(tmp_path, [{"resource": "attachments", "kwargs": {"file": "hello", "label": "x"}},
                            {"resource": "notes", "kwargs": {"text": "hi"}}])
    (path, ctype, body), (npath, nctype, nbody) = seen
    assert path == "/v1/attachments" and ctype == "multipart/form-data"
    assert 'name="file"; filename="a.txt"' in body and "hello" in body and 'name="label"' in body
    assert npath == "/v1/notes" and nctype == "application/json" and json.loads(nbody) == {"text": "hi"}


def test_the_body_key_chooses_the_variant(tmp_path: Path) -> None:
    config = {"resources": {
        "attachments": {"methods": {"create": {"route": "post /attachments", "body": "json"}}},
        "notes": {"methods": {"create": {"route": "post /notes", "body": "multipart"}}},
    }}
    proc = generate(tmp_path, config)
    assert proc.returncode == 0, proc.stderr
    seen = calls(tmp_path, [{"resource": "attachments", "kwargs": {"source_url": "https://f/a.txt"}},
                            {"resource": "notes", "kwargs": {"text": "hi"}}])
    (_, ctype, body), (_, nctype, nbody) = seen
    assert ctype == "application/json" and json.loads(body) == {"source_url": "https://f/a.txt"}
    assert nctype == "multipart/form-data" and 'name="text"' in nbody


def test_a_bad_body_value_is_a_located_error(tmp_path: Path) -> None:
    method = {"route": "post /attachments", "body": "xml"}
    proc = generate(tmp_path, {"resources": {"attachments": {"methods": {"create": method}}}})
    assert proc.returncode == 1 and "resources.attachments.methods.create.body" in proc.stderr, proc.stderr
    assert "must be `json` or `multipart`, got 'xml'" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


def test_a_body_the_route_does_not_offer_is_a_located_error(tmp_path: Path) -> None:
    spec = yaml.safe_load(SPEC.read_text())
    del spec["paths"]["/notes"]["post"]["requestBody"]["content"]["multipart/form-data"]
    (tmp_path / "spec.yaml").write_text(yaml.safe_dump(spec))
    (tmp_path / "config.yaml").write_text(yaml.safe_dump(
        {"resources": {"notes": {"methods": {"create": {"route": "post /notes", "body": "multipart"}}}}}))
    proc = run_generator("generate", "--spec", str(tmp_path / "spec.yaml"), "--config", str(tmp_path / "config.yaml"),
                         "--out", str(tmp_path / "out"), "--quiet", "--no-validate")
    assert proc.returncode == 1, proc.stderr
    assert "resources.notes.methods.create.body" in proc.stderr
    assert "`post /notes` has no multipart/form-data body (it offers: application/json)" in proc.stderr

