"""A fake of Aligo's SMS API (https://apis.aligo.in/send/) on 127.0.0.1, from its published spec:
a form POST to /send/ with key, user_id, sender, receiver, msg, msg_type (SMS/LMS) and title,
answered with JSON — result_code 1 and a msg_id when taken, a negative code and a message when
not. Modes: "ok", "refuse" (a wrong key: -101), "down" (HTTP 503)."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs

KEY, USER_ID, SENDER = "aligo-test-key", "sodam", "02-123-4567"


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode("utf-8")
        form = {k: v[0] for k, v in parse_qs(raw, keep_blank_values=True).items()}
        fake = self.server.fake
        if self.path != "/send/":
            self._answer(404, {"result_code": -999, "message": "no such API"})
            return
        if fake.mode == "down":
            self._answer(503, {"result_code": -900, "message": "maintenance"})
            return
        if fake.mode == "refuse" or form.get("key") != KEY or form.get("user_id") != USER_ID:
            self._answer(
                200,
                {"result_code": -101, "message": "인증오류입니다.-id:" + form.get("user_id", "")},
            )
            return
        fake.received.append(form)
        self._answer(
            200,
            {
                "result_code": "1",
                "message": "success",
                "msg_id": str(1000 + len(fake.received)),
                "success_cnt": 1,
                "error_cnt": 0,
                "msg_type": form.get("msg_type", "SMS"),
            },
        )

    def _answer(self, status: int, body: dict[str, Any]) -> None:
        data = json.dumps(body, ensure_ascii=False).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    fake: FakeAligo


class FakeAligo:
    def __init__(self, mode: str = "ok") -> None:
        self.mode = mode
        self.received: list[dict[str, str]] = []
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/send/"

    def __enter__(self) -> FakeAligo:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
