"""A fake WooCommerce REST API v3 on 127.0.0.1, real HTTP, with injectable faults.

    with FakeWooServer(key="ck_x", secret="cs_y") as woo:
        woo.shop.add_product("TEE-M", "19000", stock=5)
        woo.inject("POST /orders/{id}/notes", Fault.timeout_after_write(1.0))
        connector = WooCommerceConnector("test", woo.base_url, "ck_x", "cs_y", timeout=(1, 0.5))

Plain HTTP, so every request must carry a valid OAuth 1.0a one-legged signature in the query
string (HMAC-SHA1 or HMAC-SHA256, key "secret&"), a timestamp within 15 minutes and an unused
nonce, as WooCommerce checks them. Faults are queued per route (the route names look like
"GET /orders", "PUT /orders/{id}", "POST /orders/{id}/refunds") and each request takes the next
one; `requests` logs every request the server saw. Everything is bounded: a fault that sleeps
waits on an event that `stop()` sets, and the server thread is joined on exit.
"""

from __future__ import annotations

import contextlib
import json
import re
import socket
import struct
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import SimpleNamespace
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from oauthlib.oauth1.rfc5849 import signature as oauth_sig

from .woo_state import ManualClock, Shop, WooError

API = "/wp-json/wc/v3"
ROUTES: list[tuple[str, re.Pattern[str]]] = [
    ("/orders/{id}/notes", re.compile(r"^/orders/(\d+)/notes$")),
    ("/orders/{id}/refunds", re.compile(r"^/orders/(\d+)/refunds$")),
    ("/orders/{id}", re.compile(r"^/orders/(\d+)$")),
    ("/orders", re.compile(r"^/orders$")),
    ("/products/{id}/variations/{id}", re.compile(r"^/products/(\d+)/variations/(\d+)$")),
    ("/products/{id}", re.compile(r"^/products/(\d+)$")),
    ("/products", re.compile(r"^/products$")),
    ("/system_status", re.compile(r"^/system_status$")),
]


@dataclass(frozen=True)
class Fault:
    kind: str  # pass, status, timeout_after_write, reset_after_write, malformed, run
    status: int = 0
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    action: Callable[[Shop], None] | None = None
    payload: bytes = b""

    @classmethod
    def none(cls) -> Fault:
        return cls("pass")

    @classmethod
    def error(cls, status: int = 500, retry_after: str | None = None) -> Fault:
        return cls("status", status, {"Retry-After": retry_after} if retry_after else {})

    @classmethod
    def timeout_after_write(cls, delay: float) -> Fault:
        return cls("timeout_after_write", delay=delay)

    @classmethod
    def reset_after_write(cls) -> Fault:
        return cls("reset_after_write")

    @classmethod
    def malformed(cls) -> Fault:
        return cls("malformed")

    @classmethod
    def body(cls, payload: bytes) -> Fault:
        """Answer 200 with this body instead (e.g. an object where a list belongs)."""
        return cls("body", payload=payload)

    @classmethod
    def run(cls, action: Callable[[Shop], None]) -> Fault:
        """Change the shop just before this request is handled (e.g. shift a page)."""
        return cls("run", action=action)


class Chaos:
    """An unreliable host (shared WordPress hosting): every request, whatever its route, fails
    at the given rates: HTTP 500, HTTP 429 with Retry-After, or a reset after the shop applied
    it. Seeded, so a test sees the same faults every run. `log` keeps ("METHOD /path", kind,
    time) of every request it decided."""

    def __init__(
        self,
        seed: int,
        *,
        p500: float = 0.0,
        p429: float = 0.0,
        preset: float = 0.0,
        retry_after: str = "1",
        methods: tuple[str, ...] = ("GET", "POST", "PUT"),
    ) -> None:
        import random

        self.methods = methods
        self.rng = random.Random(seed)
        self.p500, self.p429, self.preset = p500, p429, preset
        self.retry_after = retry_after
        self.log: list[tuple[str, str, float]] = []

    def draw(self, route: str) -> Fault:
        if route.split()[0] not in self.methods:
            return Fault.none()
        x = self.rng.random()
        if x < self.p500:
            fault, kind = Fault.error(500), "500"
        elif x < self.p500 + self.p429:
            fault, kind = Fault.error(429, retry_after=self.retry_after), "429"
        elif x < self.p500 + self.p429 + self.preset:
            fault, kind = Fault.reset_after_write(), "reset"
        else:
            fault, kind = Fault.none(), "ok"
        self.log.append((route, kind, time.monotonic()))
        return fault


@dataclass(frozen=True)
class Seen:
    method: str
    route: str
    path: str
    query: dict[str, str]
    body: Any
    at: float = field(default_factory=time.monotonic)


class _Aborted(Exception):
    pass


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.0"  # one request per connection: no stale keep-alive sockets
    server: _Server

    def date_time_string(self, timestamp: float | None = None) -> str:
        # The Date header follows the shop's clock, as a real server's follows its own.
        return super().date_time_string(self.server.fake.shop.clock())

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - silence stderr
        pass

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def do_PUT(self) -> None:
        self._serve("PUT")

    def _serve(self, method: str) -> None:
        fake = self.server.fake
        parts = urlsplit(self.path)
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            self._send(400, {"code": "rest_invalid_json", "message": "Invalid JSON body passed."})
            return
        if parts.path.rstrip("/") == "/wp-json" and method == "GET":
            fake.seen.append(Seen(method, "GET /", "/", query, body))
            self._send(200, fake.index())  # WordPress's REST index: public, no key
            return
        if not parts.path.startswith(API):
            self._send(404, {"code": "rest_no_route", "message": "No route was found."})
            return
        sub = parts.path[len(API) :]
        route, ids = next(
            ((name, m.groups()) for name, rx in ROUTES if (m := rx.match(sub))), ("?", ())
        )
        route_name = f"{method} {route}"
        fake.seen.append(Seen(method, route_name, sub, query, body))
        auth_error = fake.check_oauth(method, f"http://{self.headers['Host']}{self.path}", query)
        if auth_error:
            self._send(
                401,
                {
                    "code": "woocommerce_rest_authentication_error",
                    "message": auth_error,
                    "data": {"status": 401},
                },
            )
            return
        if method != "GET" and fake.permissions == "read":
            # WC_REST_Authentication::check_permissions, before the route looks at anything.
            self._send(
                401,
                {
                    "code": "woocommerce_rest_authentication_error",
                    "message": "The API key provided does not have write permissions.",
                    "data": {"status": 401},
                },
            )
            return
        fault = fake.next_fault(route_name, sub)
        if fault.kind == "status":
            self._send(
                fault.status,
                {
                    "code": "fake_fault",
                    "message": "Injected failure",
                    "data": {"status": fault.status},
                },
                fault.headers,
            )
            return
        if fault.kind == "run" and fault.action is not None:
            try:
                fault.action(fake.shop)
            except Exception as exc:  # surfaced by FakeWooServer.stop(), not swallowed
                fake.errors.append(exc)
                raise
        try:
            status, data, headers = fake.handle(method, route, ids, query, body)
        except WooError as err:
            self._send(err.status, err.body())
            return
        if fault.kind == "timeout_after_write":
            # The write is applied; the answer comes too late for the client's read timeout.
            fake.stopping.wait(fault.delay)
        elif fault.kind == "reset_after_write":
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            raise _Aborted
        payload = json.dumps(data, ensure_ascii=False).encode("utf-8")
        for old, new in fake.byte_patches:  # bytes no JSON encoder would write (not UTF-8)
            payload = payload.replace(old, new)
        if fault.kind == "body":
            payload = fault.payload
        if fault.kind == "malformed":
            payload = (
                b"<br />\n<b>Notice</b>: Undefined index in functions.php<br />\n" + payload[:-5]
            )
        self._send(status, None, headers, payload)

    def _send(
        self,
        status: int,
        data: Any,
        headers: dict[str, str] | None = None,
        payload: bytes | None = None,
    ) -> None:
        if payload is None:
            payload = json.dumps(data, ensure_ascii=False).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=UTF-8")
            self.send_header("Content-Length", str(len(payload)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(payload)
        except OSError:
            pass  # the client gave up (read timeout); the write was applied all the same

    def handle_one_request(self) -> None:
        try:
            super().handle_one_request()
        except _Aborted:
            self.close_connection = True

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    fake: FakeWooServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a reset we caused ourselves is not an error worth printing


class FakeWooServer:
    def __init__(
        self,
        key: str = "ck_test",
        secret: str = "cs_test",
        *,
        currency: str = "KRW",
        decimals: int = 0,
        clock: ManualClock | None = None,
    ) -> None:
        self.key, self.secret = key, secret
        # What "Test connection" reads (sync/woocommerce/probe.py): the site's title, the
        # WooCommerce version in system_status, and the key's permissions (read, read_write).
        self.site_title = "Seoul Mug &amp; Tee"  # WordPress keeps titles HTML-escaped
        self.wc_version = "9.4.0"
        self.permissions = "read_write"
        self.shop = Shop(currency=currency, decimals=decimals, clock=clock or ManualClock())
        self.seen: list[Seen] = []
        self.errors: list[BaseException] = []  # exceptions raised by injected actions
        self.faults: dict[str, deque[Fault]] = {}
        self.byte_patches: list[tuple[bytes, bytes]] = []
        self.chaos: Chaos | None = None
        self.stopping = threading.Event()
        self._nonces: set[str] = set()
        self._lock = threading.Lock()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    # ---- lifecycle --------------------------------------------------------------------
    def start(self) -> FakeWooServer:
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.fake = self
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        if self.errors:
            raise AssertionError(f"fake shop: an injected action failed: {self.errors[0]!r}")

    def __enter__(self) -> FakeWooServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        assert self._server is not None
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    # ---- faults and inspection ----------------------------------------------------------
    def inject(self, route: str, *faults: Fault) -> None:
        with self._lock:
            self.faults.setdefault(route, deque()).extend(faults)

    def next_fault(self, route: str, path: str = "") -> Fault:
        with self._lock:
            queue = self.faults.get(route)
            if queue:
                return queue.popleft()
            if self.chaos is not None:
                return self.chaos.draw(f"{route.split()[0]} {path}")
            return Fault.none()

    def count(self, route: str) -> int:
        return sum(1 for s in self.seen if s.route == route)

    # ---- OAuth 1.0a, as WooCommerce checks it over plain HTTP ----------------------------
    def check_oauth(self, method: str, url: str, query: dict[str, str]) -> str | None:
        if query.get("oauth_consumer_key") != self.key:
            return "Consumer key is invalid."
        sig_method = query.get("oauth_signature_method")
        if sig_method not in ("HMAC-SHA1", "HMAC-SHA256"):
            return "Invalid signature method - must be HMAC-SHA1 or HMAC-SHA256."
        try:
            ts = int(query.get("oauth_timestamp", ""))
        except ValueError:
            return "Invalid timestamp."
        if abs(time.time() - ts) > 15 * 60:
            return "Invalid timestamp."
        params = oauth_sig.collect_parameters(uri_query=urlsplit(url).query)
        base = oauth_sig.signature_base_string(
            method, oauth_sig.base_string_uri(url), oauth_sig.normalize_parameters(params)
        )
        sign = (
            oauth_sig.sign_hmac_sha1_with_client
            if sig_method == "HMAC-SHA1"
            else oauth_sig.sign_hmac_sha256_with_client
        )
        expected = sign(base, SimpleNamespace(client_secret=self.secret, resource_owner_secret=""))
        if not oauth_sig.safe_string_equals(expected, query.get("oauth_signature", "")):
            return "Invalid signature - provided signature does not match."
        nonce = query.get("oauth_nonce", "")
        with self._lock:
            if not nonce or nonce in self._nonces:
                return "Invalid nonce - nonce has already been used."
            self._nonces.add(nonce)
        return None

    # ---- routes -----------------------------------------------------------------------
    def index(self) -> dict[str, Any]:
        """GET /wp-json/: the fields of WP_REST_Server::get_index a client reads."""
        return {
            "name": self.site_title,  # get_option('blogname'): stored HTML-escaped, sent so
            "description": "Mugs and tees from Seoul",
            "url": self.shop.site,
            "home": self.shop.site,
            "namespaces": ["oembed/1.0", "wc/v3", "wc/v2", "wc/store/v1", "wp/v2"],
            "authentication": [],
        }

    def system_status(self) -> dict[str, Any]:
        """GET /system_status: WC_REST_System_Status_V2_Controller, the parts we read."""
        return {
            "environment": {
                "home_url": self.shop.site,
                "site_url": self.shop.site,
                "version": self.wc_version,
                "wp_version": "6.7.1",
            },
            "settings": {"api_enabled": True, "currency": self.shop.currency},
        }

    def handle(
        self, method: str, route: str, ids: tuple[str, ...], q: dict[str, str], body: dict[str, Any]
    ) -> tuple[int, Any, dict[str, str]]:
        shop = self.shop
        n = [int(i) for i in ids]
        if route == "/system_status" and method == "GET":
            return 200, self.system_status(), {}
        if route == "/orders" and method == "GET":
            return self._paged(shop.list_orders(q), q)
        if route == "/orders" and method == "POST":
            return 201, shop.create_order(body), {}
        if route == "/orders/{id}" and method == "GET":
            shop._get(n[0])
            return 200, shop.order_json(n[0]), {}
        if route == "/orders/{id}" and method == "PUT":
            return 200, shop.update_order(n[0], body), {}
        if route == "/orders/{id}/notes" and method == "GET":
            return 200, shop.list_notes(n[0], q.get("type", "any")), {}
        if route == "/orders/{id}/notes" and method == "POST":
            return (
                201,
                shop.add_note(
                    n[0], body.get("note", ""), customer_note=bool(body.get("customer_note"))
                ),
                {},
            )
        if route == "/orders/{id}/refunds" and method == "GET":
            return 200, shop.list_refunds(n[0]), {}
        if route == "/orders/{id}/refunds" and method == "POST":
            return 201, shop.create_refund(n[0], body), {}
        if route == "/products" and method == "GET":
            rows = [
                shop.product_json(pid)
                for pid, p in shop.products.items()
                if not q.get("sku") or p["sku"] in q["sku"].split(",")
            ]
            return self._paged(rows, q)
        if route == "/products/{id}" and method == "GET":
            if n[0] not in shop.products:
                raise WooError(404, "woocommerce_rest_product_invalid_id", "Invalid ID.")
            return 200, shop.product_json(n[0]), {}
        if route == "/products/{id}" and method == "PUT":
            return 200, shop.set_stock(n[0], body), {}
        if route == "/products/{id}/variations/{id}" and method == "PUT":
            if shop.products.get(n[1], {}).get("parent_id") != n[0]:
                raise WooError(404, "woocommerce_rest_product_variation_invalid_id", "Invalid ID.")
            return 200, shop.set_stock(n[1], body), {}
        raise WooError(
            404, "rest_no_route", "No route was found matching the URL and request method."
        )

    def _paged(self, rows: list[Any], q: dict[str, str]) -> tuple[int, Any, dict[str, str]]:
        per_page = int(q.get("per_page", 10))
        page = int(q.get("page", 1))
        if not 1 <= per_page <= 100:
            raise WooError(400, "rest_invalid_param", "Invalid parameter(s): per_page")
        pages = max(1, -(-len(rows) // per_page))
        headers = {"X-WP-Total": str(len(rows)), "X-WP-TotalPages": str(pages)}
        return 200, rows[(page - 1) * per_page : page * per_page], headers
