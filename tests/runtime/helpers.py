"""Mock transports and clients for the runtime tests."""

from __future__ import annotations

import json
from typing import Any, Callable, List, Optional

import httpx

BASE_URL = "http://api.test/v1"
API_KEY = "sk-test-key-123"

Handler = Callable[[httpx.Request], httpx.Response]


class Recorder:
    """A MockTransport handler that records requests and answers from a list or a function."""

    def __init__(self, *responses: Any, handler: Optional[Handler] = None) -> None:
        self.requests: List[httpx.Request] = []
        self._responses = list(responses)
        self._handler = handler

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self._handler is not None:
            return _fresh(self._handler(request))
        if not self._responses:
            return httpx.Response(200, json={})
        item = self._responses.pop(0) if len(self._responses) > 1 else self._responses[0]
        if isinstance(item, BaseException):
            raise item
        if callable(item):
            return _fresh(item(request))
        return _fresh(item)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def last_json(self) -> Any:
        return json.loads(self.last.content)


def json_response(data: Any, status: int = 200, headers: Optional[dict[str, str]] = None) -> httpx.Response:
    return httpx.Response(status, json=data, headers=headers)


def sync_client(target: Any, recorder: Recorder, **kwargs: Any) -> Any:
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("base_url", BASE_URL)
    return target.Client(http_client=httpx.Client(transport=httpx.MockTransport(recorder)), **kwargs)


def async_client(target: Any, recorder: Recorder, **kwargs: Any) -> Any:
    kwargs.setdefault("api_key", API_KEY)
    kwargs.setdefault("base_url", BASE_URL)
    return target.AsyncClient(http_client=httpx.AsyncClient(transport=httpx.MockTransport(recorder)), **kwargs)


def _fresh(response: httpx.Response) -> httpx.Response:
    """A new copy of a canned response (a response object must not be sent twice)."""
    try:
        content = response.content
    except httpx.ResponseNotRead:
        return response
    # An explicit stream keeps the response unread, like a real transport's.
    return httpx.Response(response.status_code, headers=response.headers, stream=httpx.ByteStream(content))


# -- a real HTTP server on 127.0.0.1 whose answers (and faults) are written by the test --------------

import socket  # noqa: E402
import struct  # noqa: E402
import threading  # noqa: E402
import contextlib  # noqa: E402
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer  # noqa: E402
from typing import Dict, Iterator  # noqa: E402


class Exchange:
    """One request received by a `LocalServer`, and the means to answer it byte by byte."""

    def __init__(self, handler: BaseHTTPRequestHandler, attempt: int, body: bytes) -> None:
        self.handler = handler
        self.attempt = attempt  # 1 for the first request the server received, 2 for the next ...
        self.method = handler.command
        self.path = handler.path  # the raw request target, as it came over the wire
        self.headers = handler.headers
        self.body = body

    def write(self, data: bytes) -> None:
        self.handler.wfile.write(data)
        self.handler.wfile.flush()

    def head(self, status: int, headers: Optional[Dict[str, str]] = None) -> None:
        """The status line and headers, as given (no Content-Length or chunking is added)."""
        lines = [f"HTTP/1.1 {status} Fault Matrix"] + [f"{k}: {v}" for k, v in (headers or {}).items()]
        self.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1"))

    def send(self, status: int, body: bytes = b"", headers: Optional[Dict[str, str]] = None) -> None:
        """A complete response with a Content-Length (none for a 204)."""
        all_headers = dict(headers or {})
        if status != 204:
            all_headers["Content-Length"] = str(len(body))
        self.head(status, all_headers)
        self.write(body)

    def send_json(self, data: Any, status: int = 200, headers: Optional[Dict[str, str]] = None) -> None:
        self.send(status, json.dumps(data).encode(), {"Content-Type": "application/json", **(headers or {})})

    def chunk(self, data: bytes) -> None:
        self.write(b"%x\r\n%s\r\n" % (len(data), data))

    def end_chunks(self) -> None:
        self.write(b"0\r\n\r\n")

    def close(self) -> None:
        """Closes the connection cleanly (FIN): a close-delimited body ends here."""
        self.handler.close_connection = True
        with contextlib.suppress(OSError):
            self.handler.connection.shutdown(socket.SHUT_RDWR)

    def reset(self) -> None:
        """Aborts the connection: the client gets a TCP RST instead of a clean close."""
        self.handler.close_connection = True
        conn = self.handler.connection
        conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        conn.close()

    def wait_for_client_close(self, timeout: float = 10.0) -> bool:
        """Blocks until the client closes its side of the connection; False if it did not in time."""
        self.handler.close_connection = True
        conn = self.handler.connection
        conn.settimeout(timeout)
        try:
            while conn.recv(65536):
                pass
        except socket.timeout:
            return False
        except OSError:
            pass  # a reset is a close too
        return True


class LocalServer(ThreadingHTTPServer):
    """A threaded HTTP/1.1 server on a free 127.0.0.1 port; `respond(exchange)` writes each answer."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, respond: Callable[[Exchange], None]) -> None:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def handle_one_request(self) -> None:
                self.raw_requestline = self.rfile.readline(65537)
                if not self.raw_requestline or not self.parse_request():
                    self.close_connection = True
                    return
                body = self.rfile.read(int(self.headers.get("content-length") or 0))
                with server.lock:
                    server.exchanges.append((self.command, self.path, dict(self.headers.items())))
                    attempt = len(server.exchanges)
                try:
                    respond(Exchange(self, attempt, body))
                except OSError:
                    self.close_connection = True  # the client went away first

            def log_message(self, *args: Any) -> None:
                pass

        super().__init__(("127.0.0.1", 0), Handler)
        self.lock = threading.Lock()
        self.exchanges: List[tuple[str, str, Dict[str, str]]] = []
        self.stop = threading.Event()  # set when the server shuts down: answers that hang end then

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    @property
    def paths(self) -> List[str]:
        return [path for _, path, _ in self.exchanges]

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # faults are the point here; a handler error shows up as a failed client call


@contextlib.contextmanager
def local_server(respond: Callable[[Exchange], None]) -> Iterator[LocalServer]:
    server = LocalServer(respond)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        server.shutdown()
        server.server_close()
        thread.join()


def free_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connections to it are refused)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def unaccepting_port() -> Iterator[int]:
    """A port whose listen queue is full, so a new connection attempt hangs until it times out.

    The socket listens with a backlog of 0 and never accepts; connections are made until one no
    longer completes. Skips the test on a system where the queue never fills.
    """
    listener = socket.socket()
    fillers: List[socket.socket] = []
    try:
        listener.bind(("127.0.0.1", 0))
        listener.listen(0)
        port = int(listener.getsockname()[1])
        for _ in range(16):
            probe = socket.socket()
            probe.settimeout(0.2)
            fillers.append(probe)
            try:
                probe.connect(("127.0.0.1", port))
            except (socket.timeout, BlockingIOError):
                break
        else:
            import pytest

            pytest.skip("this system accepts every connection attempt: cannot simulate a connect timeout")
        yield port
    finally:
        for s in fillers:
            s.close()
        listener.close()
