"""Names that collide in the emitted code keep meaning what the spec says.

The fixture (tests/fixtures/names/names.yaml) has a model with a field called `object` beside free-form
objects, a module that defines a nested `Annotation` and imports the schema `Annotation`, two request
bodies with a nested `Options` object each used by one resource module, and a path with two ids. The
generated package must resolve each name to the right class at runtime, keep the official SDK's call
shape for nested ids (the last id positional, parent ids keyword-only), and type-check in strict mode.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, run_generator

SPEC = FIXTURES / "names" / "names.yaml"


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("names")
    r = run_generator("generate", "--spec", str(SPEC), "--out", str(out), "--no-validate", "--quiet")
    assert r.returncode == 0, r.stderr
    return out


def run_in_package(package: Path, code: str) -> str:
    r = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        cwd=package / "src",
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr[-4000:]
    return r.stdout


def test_colliding_names_resolve_to_the_right_classes(package: Path) -> None:
    out = run_in_package(
        package,
        """
        import json, typing
        from names.types.book import Book
        from names.types import annotation, book, book_create_params, book_update_params
        from names.resources.books import Books

        b = Book.model_validate({
            "object": "book", "id": "b1", "metadata": {"k": [1]}, "extra": {"x": 1},
            "notes": [{"note": "n"}], "annotations": [{"start": 3}],
        })
        create = typing.get_type_hints(Books.create)["options"]
        update = typing.get_type_hints(Books.update)["options"]
        print(json.dumps({
            "note_cls": type(b.notes[0]) is annotation.Annotation,
            "nested_cls": type(b.annotations[0]) is book.Annotation,
            "metadata": b.metadata, "extra": b.extra, "object": b.object,
            "create_options": book_create_params.Options in typing.get_args(create),
            "update_options": book_update_params.Options in typing.get_args(update),
        }))
        """,
    )
    assert json.loads(out) == {
        "note_cls": True,
        "nested_cls": True,
        "metadata": {"k": [1]},
        "extra": {"x": 1},
        "object": "book",
        "create_options": True,
        "update_options": True,
    }


def test_parent_ids_are_keyword_only_and_the_last_id_positional(package: Path) -> None:
    out = run_in_package(
        package,
        """
        import inspect, json, httpx
        from names import Names

        seen = []
        def handler(request):
            seen.append(request.url.path)
            return httpx.Response(200, json={"object": "book", "id": "b1", "notes": [], "annotations": []})

        client = Names(base_url="http://test/v1", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
        params = inspect.signature(client.shelves.books.retrieve).parameters
        book = client.shelves.books.retrieve("b1", shelf_id="s1")
        try:
            client.shelves.books.retrieve("b1", "s1")
            positional_parent = True
        except TypeError:
            positional_parent = False
        print(json.dumps({"kinds": [params["book_id"].kind.name, params["shelf_id"].kind.name],
                          "paths": seen, "id": book.id, "positional_parent": positional_parent}))
        """,
    )
    assert json.loads(out) == {
        "kinds": ["POSITIONAL_OR_KEYWORD", "KEYWORD_ONLY"],
        "paths": ["/v1/shelves/s1/books/b1"],
        "id": "b1",
        "positional_parent": False,
    }


def test_api_md_lists_ids_as_the_official_one_does(package: Path) -> None:
    md = (package / "api.md").read_text()
    assert "retrieve</a>(book_id, \\*, shelf_id) -> " in md
    assert "from names.types import Annotation, Book" in md or "from names.types import Book" in md


def test_fixture_package_is_pyright_strict_clean(package: Path) -> None:
    r = subprocess.run(
        [str(Path(sys.executable).parent / "pyright"), "--pythonpath", sys.executable, "--outputjson"],
        cwd=package,
        capture_output=True,
        text=True,
    )
    report = json.loads(r.stdout)
    problems = [f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}" for d in report["generalDiagnostics"]]
    assert report["summary"]["filesAnalyzed"] > 10
    assert report["summary"]["errorCount"] == 0, "\n".join(problems[:40])
