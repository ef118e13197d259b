""" "Test connection": what a WooCommerce shop says about itself before we sync with it.

Four read-only questions, each one request:
- `GET /wp-json/` (WordPress's REST index, no key needed): the site title, the shop's name by
  default (issue 14), and proof that the address is a WordPress site;
- `GET /wc/v3/system_status`: the WooCommerce version; 5.8 or newer is needed, for the
  `modified_after` filter every pull relies on;
- `GET /wc/v3/orders?per_page=1`: the key can read orders, and `X-WP-Total` is the size of the
  first pull;
- `PUT /wc/v3/orders/0`: no order 0 exists, so nothing changes; a read-only key is refused by
  WooCommerce's authentication ("does not have write permissions") before the id is looked at.

A 401 is told apart: an unknown key or a wrong secret, or (over HTTPS) no key seen at all, which
is what a host that strips the Authorization header looks like; query-string authentication is
offered then.
"""

from __future__ import annotations

from dataclasses import dataclass

from backoffice.sync import text
from backoffice.sync.errors import ShopError, ShopRejected
from backoffice.sync.http import DEFAULT_TIMEOUT, ShopHttp
from backoffice.sync.woocommerce.auth import make_auth
from backoffice.sync.woocommerce.client import API_PATH

MIN_VERSION = (5, 8)


@dataclass(frozen=True)
class Probe:
    site_title: str = ""
    version: str = ""  # WooCommerce's, e.g. "9.4.0"
    can_write: bool = False
    orders: int | None = None  # the first pull's size
    problem: str = ""  # one line; "" when the shop can be used
    offer_query_auth: bool = False  # a 401 that looks like a stripped Authorization header
    # What kind of problem, for a window that words it in its own language: bad_address,
    # not_wordpress, no_woocommerce, too_old, unknown_key, wrong_secret, no_key_seen, no_rights,
    # unreachable, refused.
    kind: str = ""

    @property
    def ok(self) -> bool:
        return not self.problem


def version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for part in text.split("."):
        digits = "".join(ch for ch in part if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def probe(
    site_url: str,
    key: str,
    secret: str,
    *,
    auth_mode: str = "",
    timeout: tuple[float, float] = DEFAULT_TIMEOUT,
) -> Probe:
    site = site_url.strip().rstrip("/")
    try:
        auth = make_auth(site, key.strip(), secret.strip(), mode=auth_mode)
    except ValueError as exc:
        return Probe(problem=str(exc), kind="bad_address")
    index = ShopHttp(site + "/wp-json", None, timeout=timeout)
    api = ShopHttp(site + API_PATH, auth, timeout=timeout)
    title = ""
    try:
        try:
            reply = index.request("GET", "/")
        except ShopRejected as exc:
            return Probe(
                problem=f"No WordPress site answers at {site}: check the address ({exc})",
                kind="not_wordpress",
            )
        data = reply.data if isinstance(reply.data, dict) else {}
        title = text.plain(data.get("name"))[:100]  # kept HTML-escaped by WordPress
        namespaces = data.get("namespaces")
        if isinstance(namespaces, list) and "wc/v3" not in namespaces:
            return Probe(
                site_title=title,
                problem="WooCommerce's REST API (wc/v3) is not active",
                kind="no_woocommerce",
            )
        status = api.request("GET", "/system_status").data
        environment = status.get("environment") if isinstance(status, dict) else None
        version = str((environment or {}).get("version") or "")
        if version_tuple(version) < MIN_VERSION:
            return Probe(
                site_title=title,
                version=version,
                problem=f"WooCommerce {version or '(unknown)'} is too old: 5.8 or newer is needed",
                kind="too_old",
            )
        orders = api.request("GET", "/orders", params={"per_page": 1}).headers
        total = orders.get("X-WP-Total") or orders.get("x-wp-total")
        return Probe(
            site_title=title,
            version=version,
            can_write=_can_write(api),
            orders=int(total) if total and str(total).isdigit() else None,
        )
    except ShopRejected as exc:
        return _refused(exc, site, title)
    except ShopError as exc:  # unreachable, or an answer that cannot be read
        return Probe(site_title=title, problem=str(exc), kind="unreachable")
    finally:
        index.close()
        api.close()


def _can_write(api: ShopHttp) -> bool:
    try:
        api.request("PUT", "/orders/0", json_body={})
    except ShopRejected as exc:
        return not (exc.status == 401 and "write" in str(exc).lower())
    return True


def _refused(exc: ShopRejected, site: str, title: str) -> Probe:
    text = str(exc)
    if exc.status == 401 and exc.code == "woocommerce_rest_authentication_error":
        if "consumer key" in text.lower():
            problem = "The shop does not know this consumer key: copy it again from WooCommerce"
            kind = "unknown_key"
        elif "signature" in text.lower():
            problem, kind = (
                "The consumer secret does not match the key: copy it again",
                "wrong_secret",
            )
        else:
            problem, kind = f"The shop refused the key: {text}", "refused"
        return Probe(site_title=title, problem=problem, kind=kind)
    if exc.status == 401 and site.startswith("https://"):
        # WooCommerce saw no key at all: the host dropped the Authorization header.
        return Probe(
            site_title=title,
            problem="The shop saw no key: its host may strip the Authorization header; "
            "try query-string authentication",
            offer_query_auth=True,
            kind="no_key_seen",
        )
    if exc.status in (401, 403):
        return Probe(
            site_title=title,
            problem="The key's user may not manage WooCommerce: make the key for a shop manager",
            kind="no_rights",
        )
    return Probe(site_title=title, problem=text, kind="refused")
