"""Shop connectors and the plain data they exchange with the rest of the app (R42–R46).

Connectors take and return the frozen dataclasses of `backoffice.sync.models`; this package also
holds the transport (http, retry, webhooks). It touches no database and imports neither services
nor ui: the steps that read or change the database (pull apply, conflicts, customer notes, the
outbox relay, one sync run, and their cursors, fan-out and shared transaction) live in
`backoffice/services/sync/`.
"""
