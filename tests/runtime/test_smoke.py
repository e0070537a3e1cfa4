from __future__ import annotations

from .helpers import Recorder, sync_client, json_response


def test_import(target) -> None:
    pkg = target.pkg
    assert pkg.__version__
    assert isinstance(pkg.NOT_GIVEN, pkg.NotGiven)


def test_basic_get(target) -> None:
    rec = Recorder(json_response({"id": "w1", "object": "widget", "name": "n"}))
    client = sync_client(target, rec)
    result = client.get("/widgets/w1", cast_to=object)
    assert result == {"id": "w1", "object": "widget", "name": "n"}
    assert rec.last.url == "http://api.test/v1/widgets/w1"
