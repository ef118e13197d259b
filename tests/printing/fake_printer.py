"""A network receipt printer on 127.0.0.1 for tests: a raw TCP listener like port 9100.

Modes:
- "capture": reads everything until the client closes and answers each DLE EOT 1 with a status
             byte (0x16: online), as network ESC/POS printers do (Epson TM, Bixolon, Sewoo).
             `received` is what it printed: the status queries are not in it.
- "status":  the same (the name older tests use).
- "silent":  reads everything, never answers a status query (a printer that cannot confirm).
- "stall":   accepts the connection and never reads a byte (a printer stuck with paper out).
- "drop":    reads `drop_after` bytes, then resets the connection mid-job.
`refused_port()` gives a port where nothing listens (printer switched off).
Tests wait on events, never on sleeps.
"""

from __future__ import annotations

import socket
import struct
import threading

STATUS_QUERY = b"\x10\x04\x01"


def refused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class FakePrinter:
    def __init__(self, mode: str = "capture", drop_after: int = 0, status_byte: int = 0x16) -> None:
        self.mode = mode
        self.drop_after = drop_after
        self.status_byte = status_byte
        self.received = bytearray()
        self.status_queries = 0
        self.connections = 0
        self.finished = threading.Event()  # a connection ended (client closed or we dropped it)
        self._stop = threading.Event()
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(8)
        self._server.settimeout(0.1)
        self.port = self._server.getsockname()[1]
        self._clients: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)

    @property
    def uri(self) -> str:
        return f"tcp://127.0.0.1:{self.port}"

    def __enter__(self) -> FakePrinter:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)
        for client in self._clients:
            client.close()
        self._server.close()

    def _serve(self) -> None:
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.connections += 1
            self._clients.append(client)
            if self.mode == "stall":
                continue  # hold it open, never read
            threading.Thread(target=self._handle, args=(client,), daemon=True).start()

    def _handle(self, client: socket.socket) -> None:
        client.settimeout(0.1)
        seen = 0  # how much of `received` was scanned for DLE EOT 1
        try:
            while not self._stop.is_set():
                try:
                    limit = 65536
                    if self.mode == "drop":
                        limit = min(limit, self.drop_after - len(self.received))
                    chunk = client.recv(limit)
                except TimeoutError:
                    continue
                if not chunk:
                    break
                self.received += chunk
                if self.mode == "drop" and len(self.received) >= self.drop_after:
                    # RST, as a printer that reboots or loses power mid-job.
                    client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    client.close()
                    break
                if self.mode in ("status", "capture"):
                    # A real-time command: answered at once, not printed.
                    while (at := self.received.find(STATUS_QUERY, max(seen - 2, 0))) != -1:
                        del self.received[at : at + len(STATUS_QUERY)]
                        self.status_queries += 1
                        client.sendall(bytes([self.status_byte]))
                        seen = at
                    seen = max(seen, len(self.received))
        except OSError:
            pass
        finally:
            self.finished.set()
