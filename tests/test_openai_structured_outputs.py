"""Structured outputs on output/openai (hand-written in spec/openai/): `chat.completions.parse`,
`pydantic_function_tool`, the finish-reason errors, the guard on `create`, `beta.chat`, and
`Response.output_text`; sync and async, against a real HTTP server on 127.0.0.1 that answers with
canned chat completions and records the request bodies."""

from __future__ import annotations

import asyncio
import json
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any, Dict, Iterator, List, Literal, Optional

import pydantic
import pytest

from tests.conftest import serve

pytestmark = pytest.mark.xdist_group("openai-structured")


class Step(pydantic.BaseModel):
    explanation: str
    output: str


class MathReasoning(pydantic.BaseModel):
    """Steps and answer."""

    steps: List[Step]
    final_answer: str
    confidence: Optional[float] = None
    kind: Literal["exact", "approximate"] = "exact"


class Query(pydantic.BaseModel):
    """Look rows up in a table."""

    table_name: Literal["orders", "customers"]
    limit: int


ANSWER = {"steps": [{"explanation": "add", "output": "2"}], "final_answer": "2", "confidence": None, "kind": "exact"}


def completion(message: Dict[str, Any], finish_reason: str = "stop") -> Dict[str, Any]:
    return {
        "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "gpt-4o",
        "choices": [{"index": 0, "finish_reason": finish_reason, "logprobs": None,
                     "message": {"role": "assistant", "refusal": None, **message}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3},
    }  # fmt: skip


class Api:
    """What the server answers next, and what it was sent."""

    def __init__(self) -> None:
        self.reply: Dict[str, Any] = {}
        self.bodies: List[Dict[str, Any]] = []


@pytest.fixture()
def api() -> Iterator[tuple[Api, str]]:
    state = Api()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - http.server's name
            length = int(self.headers.get("Content-Length") or 0)
            state.bodies.append(json.loads(self.rfile.read(length)))
            body = json.dumps(state.reply).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: Any) -> None:
            pass

    with serve(Handler) as httpd:
        yield state, f"http://127.0.0.1:{httpd.server_address[1]}/v1"


def call(openai: Any, base: str, mode: str, path: str, **kwargs: Any) -> Any:
    """`client.<path>(**kwargs)` on a sync or an async client."""
    if mode == "sync":
        target: Any = openai.OpenAI(api_key="sk-test", base_url=base, max_retries=0)
        for part in path.split("."):
            target = getattr(target, part)
        return target(**kwargs)

    async def run() -> Any:
        async with openai.AsyncOpenAI(api_key="sk-test", base_url=base, max_retries=0) as client:
            target: Any = client
            for part in path.split("."):
                target = getattr(target, part)
            return await target(**kwargs)

    return asyncio.run(run())


MODES = pytest.mark.parametrize("mode", ["sync", "async"])
MESSAGES = [{"role": "user", "content": "1 + 1?"}]


@MODES
@pytest.mark.parametrize("path", ["chat.completions.parse", "beta.chat.completions.parse"])
def test_parse_sends_a_strict_schema_and_returns_the_model(openai: Any, api: Any, mode: str, path: str) -> None:
    state, base = api
    state.reply = completion({"content": json.dumps(ANSWER)})
    result = call(openai, base, mode, path, model="gpt-4o", messages=MESSAGES, response_format=MathReasoning)
    assert isinstance(result, openai.types.chat.ParsedChatCompletion) and isinstance(result, openai.types.chat.ChatCompletion)
    parsed = result.choices[0].message.parsed
    assert isinstance(parsed, MathReasoning) and parsed.steps[0].output == "2" and parsed.final_answer == "2"
    sent = state.bodies[-1]
    assert sent["model"] == "gpt-4o" and sent["messages"] == MESSAGES and sent["stream"] is False
    fmt = sent["response_format"]
    assert fmt["type"] == "json_schema" and fmt["json_schema"]["name"] == "MathReasoning"
    assert fmt["json_schema"]["strict"] is True
    schema = fmt["json_schema"]["schema"]
    # the strict subset: every property required, no extra properties, nested models in $defs
    assert schema["required"] == ["steps", "final_answer", "confidence", "kind"]
    assert schema["additionalProperties"] is False
    assert schema["$defs"]["Step"]["additionalProperties"] is False
    assert schema["$defs"]["Step"]["required"] == ["explanation", "output"]
    assert schema["properties"]["steps"]["items"] == {"$ref": "#/$defs/Step"}
    assert {"type": "null"} in schema["properties"]["confidence"]["anyOf"]
    assert "default" not in schema["properties"]["confidence"]
    assert schema["properties"]["kind"]["enum"] == ["exact", "approximate"]


@MODES
def test_refusal_leaves_parsed_empty(openai: Any, api: Any, mode: str) -> None:
    state, base = api
    state.reply = completion({"content": None, "refusal": "I can't help with that."})
    result = call(openai, base, mode, "chat.completions.parse", model="gpt-4o", messages=MESSAGES,
                  response_format=MathReasoning)
    message = result.choices[0].message
    assert message.parsed is None and message.refusal == "I can't help with that."


@MODES
def test_pydantic_function_tool_arguments_are_parsed(openai: Any, api: Any, mode: str) -> None:
    state, base = api
    calls = [{"id": f"call_{i}", "type": "function", "function": {"name": "Query", "arguments": json.dumps(args)}}
             for i, args in enumerate([{"table_name": "orders", "limit": 5}, {"table_name": "customers", "limit": 1}])]
    state.reply = completion({"content": None, "tool_calls": calls}, "tool_calls")
    tool = openai.pydantic_function_tool(Query)
    result = call(openai, base, mode, "chat.completions.parse", model="gpt-4o", messages=MESSAGES, tools=[tool])
    parsed = [c.function.parsed_arguments for c in result.choices[0].message.tool_calls]
    assert all(isinstance(p, Query) for p in parsed)
    assert [(p.table_name, p.limit) for p in parsed] == [("orders", 5), ("customers", 1)]
    sent_tool = state.bodies[-1]["tools"][0]
    assert sent_tool["type"] == "function" and sent_tool["function"]["name"] == "Query"
    assert sent_tool["function"]["strict"] is True
    assert sent_tool["function"]["description"] == "Look rows up in a table."
    assert sent_tool["function"]["parameters"]["required"] == ["table_name", "limit"]


@MODES
@pytest.mark.parametrize(("reason", "error"), [("length", "LengthFinishReasonError"),
                                               ("content_filter", "ContentFilterFinishReasonError")])
def test_finish_reasons_that_cannot_be_parsed_raise(openai: Any, api: Any, mode: str, reason: str, error: str) -> None:
    state, base = api
    state.reply = completion({"content": '{"steps": ['}, reason)
    with pytest.raises(getattr(openai, error)) as info:
        call(openai, base, mode, "chat.completions.parse", model="gpt-4o", messages=MESSAGES,
             response_format=MathReasoning)
    assert isinstance(info.value, openai.OpenAIError)
    assert info.value.completion.choices[0].finish_reason == reason


@MODES
def test_create_refuses_a_model_class_and_points_to_parse(openai: Any, api: Any, mode: str) -> None:
    state, base = api
    with pytest.raises(TypeError, match=r"chat\.completions\.parse"):
        call(openai, base, mode, "chat.completions.create", model="gpt-4o", messages=MESSAGES,
             response_format=MathReasoning)
    assert state.bodies == []  # nothing was sent


@MODES
def test_parse_refuses_tools_that_are_not_strict(openai: Any, api: Any, mode: str) -> None:
    state, base = api
    loose = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
    with pytest.raises(ValueError, match="not strict"):
        call(openai, base, mode, "chat.completions.parse", model="gpt-4o", messages=MESSAGES, tools=[loose])
    assert state.bodies == []


@MODES
def test_parse_through_raw_response(openai: Any, api: Any, mode: str) -> None:
    state, base = api
    state.reply = completion({"content": json.dumps(ANSWER)})
    raw = call(openai, base, mode, "chat.completions.with_raw_response.parse", model="gpt-4o", messages=MESSAGES,
               response_format=MathReasoning)
    assert raw.status_code == 200
    parsed = raw.parse()  # a plain call from the async client too, as in the official library
    assert isinstance(parsed.choices[0].message.parsed, MathReasoning)


def response(output: List[Dict[str, Any]]) -> Dict[str, Any]:
    return {"id": "resp_1", "object": "response", "created_at": 1, "model": "gpt-4o", "status": "completed",
            "output": output, "parallel_tool_calls": True, "tool_choice": "auto", "tools": []}


@MODES
def test_responses_parse_with_text_format_and_tools(openai: Any, api: Any, mode: str) -> None:
    state, base = api
    state.reply = response([
        {"type": "message", "id": "m1", "role": "assistant", "status": "completed", "content": [
            {"type": "output_text", "text": json.dumps(ANSWER), "annotations": []}]},
        {"type": "function_call", "id": "fc1", "call_id": "c1", "name": "Query",
         "arguments": json.dumps({"table_name": "orders", "limit": 2})},
    ])  # fmt: skip
    result = call(openai, base, mode, "responses.parse", model="gpt-4o", input="1 + 1?", text_format=MathReasoning,
                  tools=[openai.pydantic_function_tool(Query)])
    assert isinstance(result, openai.types.responses.ParsedResponse)
    assert isinstance(result.output_parsed, MathReasoning) and result.output_parsed.final_answer == "2"
    assert result.output_text == json.dumps(ANSWER)
    call_item = result.output[1]
    assert isinstance(call_item.parsed_arguments, Query) and call_item.parsed_arguments.limit == 2
    sent = state.bodies[-1]
    fmt = sent["text"]["format"]
    assert fmt["type"] == "json_schema" and fmt["name"] == "MathReasoning" and fmt["strict"] is True
    assert fmt["schema"]["additionalProperties"] is False
    # function tools go flat on the Responses API
    assert sent["tools"][0]["type"] == "function" and sent["tools"][0]["name"] == "Query"
    assert sent["tools"][0]["strict"] is True and "function" not in sent["tools"][0]


def test_response_output_text_is_computed(openai: Any) -> None:
    response = openai.types.responses.Response.construct(**{
        "id": "resp_1", "object": "response", "created_at": 1, "model": "gpt-4o", "status": "completed",
        "output": [
            {"type": "reasoning", "id": "rs_1", "summary": []},
            {"type": "message", "id": "m1", "role": "assistant", "status": "completed", "content": [
                {"type": "output_text", "text": "Hello, ", "annotations": []},
                {"type": "refusal", "refusal": "no"},
                {"type": "output_text", "text": "world", "annotations": []}]},
        ],
    })  # fmt: skip
    assert response.output_text == "Hello, world"
    assert "output_text" not in openai.types.responses.Response.model_fields


USER_PROGRAM = '''
from typing import List, Optional

import pydantic
from typing_extensions import assert_type

from openai import OpenAI, AsyncOpenAI, pydantic_function_tool, LengthFinishReasonError
from openai.types.chat import ParsedChatCompletion


class Step(pydantic.BaseModel):
    output: str


class Answer(pydantic.BaseModel):
    steps: List[Step]


def main(client: OpenAI) -> str:
    completion = client.chat.completions.parse(
        model="gpt-4o", messages=[{"role": "user", "content": "hi"}], response_format=Answer,
        tools=[pydantic_function_tool(Answer)],
    )
    assert_type(completion, ParsedChatCompletion[Answer])
    parsed = completion.choices[0].message.parsed
    assert_type(parsed, Optional[Answer])
    beta = client.beta.chat.completions.parse(model="gpt-4o", messages=[], response_format=Answer)
    assert_type(beta.choices[0].message.parsed, Optional[Answer])
    reply = client.responses.parse(model="gpt-4o", input="hi", text_format=Answer)
    assert_type(reply.output_parsed, Optional[Answer])
    assert_type(reply.output_text, str)
    return parsed.steps[0].output if parsed is not None else ""


async def amain(client: AsyncOpenAI) -> Optional[Answer]:
    try:
        completion = await client.chat.completions.parse(model="gpt-4o", messages=[], response_format=Answer)
    except LengthFinishReasonError:
        return None
    return completion.choices[0].message.parsed
'''


def test_parse_is_typed_for_a_strict_user_program(tmp_path: Any) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    program = tmp_path / "program.py"
    program.write_text(USER_PROGRAM)
    run = subprocess.run([str(ROOT / ".venv" / "bin" / "pyright"), "--pythonpath", sys.executable,
                          "-p", str(ROOT / "output" / "openai"), str(program)], capture_output=True, text=True)
    assert run.returncode == 0 and "0 errors" in run.stdout, run.stdout[-3000:]


# ----- the helper examples of ../shared/seeds (official api.md / helpers snippets), run unchanged ---

SEEDS = Path(__file__).resolve().parents[1].parent / "shared" / "seeds" / "003_1fa49bb70b3348b9.txt"
# The two examples as the seed file has them (its helpers section), kept here so that a clone
# without ../shared runs them too; where the seed file is present, the test checks they are its text.
SEED_EXAMPLES = {
    "parse": 'from typing import List\nfrom pydantic import BaseModel\nfrom openai import OpenAI\n\nclass Step(BaseModel):\n    explanation: str\n    output: str\n\nclass MathResponse(BaseModel):\n    steps: List[Step]\n    final_answer: str\n\nclient = OpenAI()\ncompletion = client.chat.completions.parse(\n    model="gpt-4o-2024-08-06",\n    messages=[\n        {"role": "system", "content": "You are a helpful math tutor."},\n        {"role": "user", "content": "solve 8x + 31 = 2"},\n    ],\n    response_format=MathResponse,\n)\n\nmessage = completion.choices[0].message\nif message.parsed:\n    print(message.parsed.steps)\n    print("answer: ", message.parsed.final_answer)\nelse:\n    print(message.refusal)\n',
    "pydantic_function_tool": 'from enum import Enum\nfrom typing import List, Union\nfrom pydantic import BaseModel\nimport openai\n\nclass Table(str, Enum):\n    orders = "orders"\n    customers = "customers"\n    products = "products"\n\nclass Column(str, Enum):\n    id = "id"\n    status = "status"\n    expected_delivery_date = "expected_delivery_date"\n    delivered_at = "delivered_at"\n    shipped_at = "shipped_at"\n    ordered_at = "ordered_at"\n    canceled_at = "canceled_at"\n\nclass Operator(str, Enum):\n    eq = "="\n    gt = ">"\n    lt = "<"\n    le = "<="\n    ge = ">="\n    ne = "!="\n\nclass OrderBy(str, Enum):\n    asc = "asc"\n    desc = "desc"\n\nclass DynamicValue(BaseModel):\n    column_name: str\n\nclass Condition(BaseModel):\n    column: str\n    operator: Operator\n    value: Union[str, int, DynamicValue]\n\nclass Query(BaseModel):\n    table_name: Table\n    columns: List[Column]\n    conditions: List[Condition]\n    order_by: OrderBy\n\nclient = openai.OpenAI()\ncompletion = client.chat.completions.parse(\n    model="gpt-4o-2024-08-06",\n    messages=[\n        {\n            "role": "system",\n            "content": "You are a helpful assistant. The current date is August 6, 2024. You help users query for the data they are looking for by calling the query function.",\n        },\n        {\n            "role": "user",\n            "content": "look up all my orders in may of last year that were fulfilled but not delivered on time",\n        },\n    ],\n    tools=[\n        openai.pydantic_function_tool(Query),\n    ],\n)\n\ntool_call = (completion.choices[0].message.tool_calls or [])[0]\nprint(tool_call.function)\nassert isinstance(tool_call.function.parsed_arguments, Query)\nprint(tool_call.function.parsed_arguments.table_name)\n',
}
QUERY_ARGUMENTS = {"table_name": "orders", "columns": ["id", "status"], "order_by": "asc",
                   "conditions": [{"column": "ordered_at", "operator": ">=", "value": "2023-05-01"},
                                  {"column": "delivered_at", "operator": ">", "value": {"column_name": "expected_delivery_date"}}]}  # fmt: skip
MATH = {"steps": [{"explanation": "subtract 31", "output": "8x = -29"}, {"explanation": "divide", "output": "x = -29/8"}],
        "final_answer": "x = -29/8"}  # fmt: skip


@pytest.mark.parametrize(("name", "expected"), [("parse", "answer:  x = -29/8"),
                                              ("pydantic_function_tool", "Table.orders")])
def test_seed_helper_examples_run_unchanged(openai: Any, api: Any, monkeypatch: Any, capsys: Any,
                                            name: str, expected: str) -> None:
    state, base = api
    block = SEED_EXAMPLES[name]
    if SEEDS.is_file():
        assert block in SEEDS.read_text(encoding="utf-8")
    monkeypatch.setenv("OPENAI_BASE_URL", base)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-seed")
    if name == "pydantic_function_tool":
        state.reply = completion({"content": None, "tool_calls": [{"id": "call_1", "type": "function", "function": {
            "name": "Query", "arguments": json.dumps(QUERY_ARGUMENTS)}}]}, "tool_calls")
    else:
        state.reply = completion({"content": json.dumps(MATH)})
    exec(compile(block, "seed_example.py", "exec", dont_inherit=True), {"__name__": "seed_example"})
    assert expected in capsys.readouterr().out
    sent = state.bodies[-1]
    schema = (sent["tools"][0]["function"]["parameters"] if "tools" in sent
              else sent["response_format"]["json_schema"]["schema"])
    assert schema["additionalProperties"] is False and set(schema["required"]) == set(schema["properties"])
