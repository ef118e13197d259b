"""A webhook receiver on 127.0.0.1 (R46): an accounting system that verifies each signature
and drops repeated deliveries, as receivers are told to. Shared by the webhook tests."""

from __future__ import annotations

import json
import threading
from collections import deque
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from backoffice.sync.webhooks import DELIVERY_HEADER, SIGNATURE_HEADER, TIMESTAMP_HEADER, verify

SECRET = "whsec_9f8e7d"


@dataclass(frozen=True)
class Hit:
    """One POST as the receiver saw it."""

    delivery: str
    status: int  # what the receiver answered
    signed: bool  # the signature matched the raw body
    content_type: str
    envelope: dict[str, Any] | None


class Receiver:
    def __init__(self, secret: str = SECRET) -> None:
        self.accepted: dict[str, dict[str, Any]] = {}
        self.rejected = 0
        self.answers: deque[int] = deque()  # statuses to answer next (then 204)
        self.reply_body = b""  # what a success answer carries ("OK", an HTML page, nothing)
        self.hits: list[Hit] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: object) -> None:
                pass

            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                status = receiver.answers.popleft() if receiver.answers else 204
                signed = verify(body, self.headers.get(SIGNATURE_HEADER), secret)
                envelope = None
                if not signed:
                    receiver.rejected += 1
                    status = 401
                else:
                    envelope = json.loads(body)
                    assert envelope["sent_at"] == int(self.headers[TIMESTAMP_HEADER])
                    if status < 300:
                        receiver.accepted.setdefault(self.headers[DELIVERY_HEADER], envelope)
                receiver.hits.append(
                    Hit(
                        str(self.headers.get(DELIVERY_HEADER)),
                        status,
                        signed,
                        str(self.headers.get("Content-Type")),
                        envelope,
                    )
                )
                self.send_response(status)
                reply = receiver.reply_body if status < 300 else b""
                self.send_header("Content-Type", "text/html; charset=UTF-8")
                self.send_header("Content-Length", str(len(reply)))
                self.end_headers()
                self.wfile.write(reply)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/hooks/backoffice"

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)
