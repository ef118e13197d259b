"""WooCommerce REST authentication, as its documentation requires.

Over HTTPS: HTTP basic auth with the consumer key and secret. Over plain HTTP the keys must not
travel in clear, so WooCommerce wants OAuth 1.0a "one-legged" signatures in the query string
(oauth_consumer_key, oauth_timestamp, oauth_nonce, oauth_signature_method, oauth_signature);
only the query parameters are signed, never a JSON body. The signing key is "secret&"
(no token secret), which is what oauthlib produces with an empty resource owner secret.
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


def make_auth(
    base_url: str, key: str, secret: str, signature_method: str = "HMAC-SHA256"
) -> AuthBase:
    """Basic auth for https:// shops, OAuth 1.0a query signatures for http:// shops."""
    scheme = urlsplit(base_url).scheme.lower()
    if scheme == "https":
        return _BasicAuth(key, secret)
    if scheme == "http":
        return OAuth1QueryAuth(key, secret, signature_method)
    raise ValueError(f"A shop URL must start with https:// or http://, not {base_url!r}")
