"""Shop connectors and the plain data they exchange with the rest of the app (R42–R46).

Nothing here touches the database: connectors take and return the frozen dataclasses of
`backoffice.sync.models`; the relay and the apply step (elsewhere) own persistence.
"""
