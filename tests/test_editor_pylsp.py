"""Editors lint unsaved buffers through flake8's standard input: proven with the real pylsp.

The test speaks LSP JSON-RPC to `python -m pylsp` over stdio. The package on
disk holds the fixed `__init__.py` while the editor buffer holds the masked
one, so a report can only come from the buffer, never from reopening the file.
The server gets the settings docs/integrations.md gives users, as LSP clients send them.
"""

from __future__ import annotations

import itertools
import json
import os
import queue
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

import pytest

from helpers import DOCS, markdown_blocks

MASKED = '''"""Chat service connections."""

try:
    from .state_machine import ApplicationConnectionState, get_connection_state_machine
except ImportError:
    ApplicationConnectionState = get_connection_state_machine = None

__all__ = ["ApplicationConnectionState", "get_connection_state_machine"]
'''
FIXED = '''"""Chat service connections."""

try:
    from .state_machine import ApplicationConnectionState, get_connection_state_machine
except ImportError as e:
    raise ImportError(f"websocket_core is broken: {e}") from e

__all__ = ["ApplicationConnectionState", "get_connection_state_machine"]
'''
STATE_MACHINE = '''def get_connection_state_machine() -> None:
    """Stand-in for the real state machine."""


class ApplicationConnectionState:
    """Stand-in for the real states."""
'''

OVERALL_TIMEOUT = 90.0
"""Seconds for the whole conversation, server start included."""

FF101_MESSAGE = (
    "FF101 failed import of '.state_machine' is masked: 'ApplicationConnectionState', "
    "'get_connection_state_machine' set to None; '.state_machine' cannot be absent; let the ImportError propagate"
)

Message = dict[str, Any]


class LanguageServer:
    """A minimal LSP client: Content-Length framed JSON-RPC over the server's stdio."""

    def __init__(self, process: subprocess.Popen[bytes], deadline: float) -> None:
        assert process.stdin is not None and process.stdout is not None
        self.process = process
        self.stdin: IO[bytes] = process.stdin
        self.deadline = deadline
        self.ids = itertools.count(1)
        self.inbox: queue.Queue[Message | None] = queue.Queue()
        self.reader = threading.Thread(target=self._read, args=(process.stdout,), daemon=True)
        self.reader.start()

    def _read(self, stream: IO[bytes]) -> None:
        try:
            while True:
                length = None
                while (header := stream.readline()) not in (b"\r\n", b""):
                    name, _, value = header.decode("ascii").partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value)
                if not header or length is None:
                    return
                self.inbox.put(json.loads(stream.read(length)))
        finally:
            self.inbox.put(None)

    def send(self, message: Message) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.stdin.flush()

    def notify(self, method: str, params: Message) -> None:
        self.send({"method": method, "params": params})

    def request(self, method: str, params: Message | None) -> Any:
        ident = next(self.ids)
        self.send({"id": ident, "method": method, "params": params})
        reply = self.wait_for(lambda m: m.get("id") == ident and "method" not in m)
        assert "error" not in reply, reply
        return reply.get("result")

    def wait_for(self, wanted: Callable[[Message], bool]) -> Message:
        """The next message `wanted` accepts; answers the server's own requests meanwhile."""
        while True:
            remaining = self.deadline - time.monotonic()
            if remaining <= 0:
                pytest.fail("the language server did not answer in time")
            try:
                message = self.inbox.get(timeout=remaining)
            except queue.Empty:
                continue
            if message is None:
                pytest.fail(f"the language server exited with code {self.process.poll()}")
            if wanted(message):
                return message
            if "id" in message and "method" in message:
                self.send({"id": message["id"], "result": None})

    def diagnostics(self, uri: str, version: int) -> list[Message]:
        """The diagnostics the server publishes for `version` of the document."""
        published = self.wait_for(
            lambda m: m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri
            and m["params"].get("version") == version
        )
        diagnostics: list[Message] = published["params"]["diagnostics"]
        return diagnostics


def documented_settings() -> dict[str, Any]:
    """The pylsp server settings the docs tell users to set, plus the flake8 beside this interpreter."""
    blocks = [json.loads(block) for block in markdown_blocks(DOCS / "integrations.md", "Editors", "json")]
    settings: dict[str, Any]
    (settings,) = (block for block in blocks if "pylsp" in block)
    executable = shutil.which("flake8", path=str(Path(sys.executable).parent))
    if executable is not None:
        settings["pylsp"]["plugins"]["flake8"]["executable"] = executable
    return settings


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LanguageServer]:
    """A pylsp started in `tmp_path`, always shut down (then killed if it lingers)."""
    process = subprocess.Popen(
        [sys.executable, "-m", "pylsp"],
        cwd=tmp_path,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    client = LanguageServer(process, time.monotonic() + OVERALL_TIMEOUT)
    try:
        yield client
        client.deadline = max(client.deadline, time.monotonic() + 10)
        client.request("shutdown", None)
        client.notify("exit", {})
        assert process.wait(timeout=10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(timeout=10)
        assert process.stdin is not None
        process.stdin.close()


def _summary(diagnostics: list[Message]) -> list[tuple[str, str, Message, str]]:
    return [(d["source"], d["code"], d["range"]["start"], d["message"]) for d in diagnostics]


E501 = ("flake8", "E501", {"line": 3, "character": 79}, "E501 line too long (87 > 79 characters)")
"""The long import line: proof that flake8 really ran on each version of the buffer."""


def test_pylsp_reports_ff101_in_the_buffer_and_clears_it_after_the_fix(
    tmp_path: Path, server: LanguageServer
) -> None:
    package = tmp_path / "websocket_core"
    package.mkdir()
    (package / "state_machine.py").write_text(STATE_MACHINE, encoding="utf-8")
    document = package / "__init__.py"
    document.write_text(FIXED, encoding="utf-8")
    uri = document.as_uri()

    server.request(
        "initialize",
        {
            "processId": os.getpid(),
            "rootUri": tmp_path.as_uri(),
            "capabilities": {},
        },
    )
    server.notify("initialized", {})
    server.notify("workspace/didChangeConfiguration", {"settings": documented_settings()})
    server.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "python", "version": 1, "text": MASKED}},
    )
    assert _summary(server.diagnostics(uri, version=1)) == [
        E501,
        ("flake8", "FF101", {"line": 4, "character": 0}, FF101_MESSAGE),
    ]

    server.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": FIXED}]},
    )
    assert _summary(server.diagnostics(uri, version=2)) == [E501]
