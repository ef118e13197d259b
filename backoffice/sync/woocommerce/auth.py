"""WooCommerce REST authentication, as its documentation requires.

Over HTTPS: HTTP basic auth with the consumer key and secret. Over plain HTTP the keys must not
travel in clear, so WooCommerce wants OAuth 1.0a "one-legged" signatures in the query string
(oauth_consumer_key, oauth_timestamp, oauth_nonce, oauth_signature_method, oauth_signature);
only the query parameters are signed, never a JSON body. The signing key is "secret&"
(no token secret), which is what oauthlib produces with an empty resource owner secret.

Some hosts strip the Authorization header before PHP sees it; WooCommerce then sees no key at
all. For them, over HTTPS only, the documented alternative is the key and secret as the query
parameters `consumer_key` and `consumer_secret` (auth mode "query").
"""

from __future__ import annotations

from urllib.parse import urlsplit

import requests
from oauthlib.oauth1 import SIGNATURE_HMAC_SHA1, SIGNATURE_HMAC_SHA256, SIGNATURE_TYPE_QUERY, Client
from requests.auth import AuthBase, HTTPBasicAuth

SIGNATURE_METHODS = {"HMAC-SHA256": SIGNATURE_HMAC_SHA256, "HMAC-SHA1": SIGNATURE_HMAC_SHA1}


class OAuth1QueryAuth(AuthBase):
    """Signs each prepared request's URL; a fresh nonce and timestamp every time."""

    def __init__(self, key: str, secret: str, signature_method: str = "HMAC-SHA256") -> None:
        if signature_method not in SIGNATURE_METHODS:
            raise ValueError(f"Unsupported OAuth signature method {signature_method!r}")
        self._key = key
        self._secret = secret
        self._method = SIGNATURE_METHODS[signature_method]

    def __repr__(self) -> str:  # never show the secret in logs or tracebacks
        return f"OAuth1QueryAuth(key={self._key[:6]}…)"

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        client = Client(
            self._key,
            client_secret=self._secret,
            signature_method=self._method,
            signature_type=SIGNATURE_TYPE_QUERY,
        )
        # Body deliberately not passed: WooCommerce signs the query string only.
        signed_url, _, _ = client.sign(str(r.url), http_method=str(r.method))
        r.url = signed_url
        return r


class _BasicAuth(HTTPBasicAuth):
    def __repr__(self) -> str:
        return "BasicAuth(***)"


class QueryStringAuth(AuthBase):
    """HTTPS only: the key and secret as query parameters, for hosts that strip the header."""

    def __init__(self, key: str, secret: str) -> None:
        self._key, self._secret = key, secret

    def __repr__(self) -> str:
        return "QueryStringAuth(***)"

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        r.prepare_url(str(r.url), {"consumer_key": self._key, "consumer_secret": self._secret})
        return r


AUTH_MODES = ("", "query")  # "": the header (https) or OAuth 1.0a (http); "query": see above


def make_auth(
    base_url: str, key: str, secret: str, signature_method: str = "HMAC-SHA256", mode: str = ""
) -> AuthBase:
    """Basic auth for https:// shops, OAuth 1.0a query signatures for http:// shops; with mode
    "query", the key in the query string (https:// only: it would travel in clear otherwise)."""
    scheme = urlsplit(base_url).scheme.lower()
    if mode not in AUTH_MODES:
        raise ValueError(f"Unknown authentication mode {mode!r}")
    if mode == "query":
        if scheme != "https":
            raise ValueError("Query-string authentication needs an https:// shop address")
        return QueryStringAuth(key, secret)
    if scheme == "https":
        return _BasicAuth(key, secret)
    if scheme == "http":
        return OAuth1QueryAuth(key, secret, signature_method)
    raise ValueError(f"A shop URL must start with https:// or http://, not {base_url!r}")
