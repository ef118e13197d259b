"""Shop connectors and the plain data they exchange with the rest of the app (R42–R46).

Connectors take and return the frozen dataclasses of `backoffice.sync.models`; this package also
holds the transport (http, retry, webhooks) and small persistence helpers (cursors, fanout, txn).
It imports neither services nor ui: the steps that change orders through the services (pull
apply, conflicts, customer notes, the outbox relay, one sync run) live in
`backoffice/services/sync_*.py`.
"""
